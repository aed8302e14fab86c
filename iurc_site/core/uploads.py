"""Image uploads: refuse decompression bombs from their header, before decoding, and refuse images that cannot be
decoded (truncated or corrupt) with a form error instead of a server error. Used by every admin image form
through WAGTAILIMAGES_IMAGE_FORM_BASE."""

import warnings

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


def declared_size(image_file):
    """(width, height) as the file's header states it, without decoding any pixels; None if Pillow can't tell."""
    stream = getattr(image_file, "f", None)
    if stream is None:
        return None
    position = stream.tell()
    try:
        stream.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(stream) as image:
                return image.size
    except Exception:  # not a Pillow format (SVG) or refused outright: Wagtail's own checks below decide
        return None
    finally:
        stream.seek(position)


class SafeImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        size = declared_size(f.image)
        if size and self.max_image_pixels and size[0] * size[1] > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": size[0] * size[1], "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except Exception as error:  # Pillow's decoders raise OSError, ValueError, SyntaxError, zlib.error, …
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


class ImageForm(BaseImageForm):
    file = SafeImageField(label=capfirst(get_image_model()._meta.get_field("file").verbose_name))
