"""StreamField blocks shared by every page body. Each block carries help text and a preview value."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        search_index=False,  # the choice label is for editors, not page text
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        help_text = _("A section heading. Use “Section heading” for main sections.")
        preview_value = {"text": "Background", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        help_text = _("Running text. Keep paragraphs short; links may point to pages or documents.")
        preview_value = "<p>In 2006 the NDRC and the European Commission launched the regional policy dialogue.</p>"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"), max_length=250, help_text=_("What the image shows, for screen readers.")
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit and licence"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        help_text = _("An image with alternative text, an optional caption and its credit/licence.")

    def get_preview_value(self):
        """The most recently uploaded image, if there is one (a preview cannot name a fixed image)."""
        image = get_image_model().objects.order_by("-created_at").first()
        if image is None:
            return None
        return self.to_python({"image": image.pk, "alt_text": image.title, "caption": image.title, "credit": ""})


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        help_text = _("A quotation and who said it.")
        preview_value = {"text": "From cooperation between cities to cooperation between regions.", "attribution": ""}


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=20, help_text=_("E.g. 31 or 2017–2020."))
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    side = blocks.ChoiceBlock(
        label=_("Side"),
        choices=[("cn", _("China")), ("eu", _("Europe"))],
        required=False,
        help_text=_("Colours the figure as on the map: red for China, blue for Europe. Empty for the programme."),
    )

    class Meta:
        icon = "pick"
        help_text = _("One figure and what it counts, e.g. “31” and “case cities”.")
        preview_value = {"value": "31", "label": "case cities"}


class KeyFiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), **kwargs)

    class Meta:
        icon = "pick"
        template = "blocks/key_figures.html"
        help_text = _("A row of key figures, each with a short label.")
        preview_value = [{"value": "31", "label": "case cities"}, {"value": "2017–2020", "label": "IUC-Asia"}]


class TimelineEntryBlock(blocks.StructBlock):
    year = blocks.CharBlock(label=_("Year or period"), max_length=20)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        icon = "date"
        help_text = _("One milestone: when, what, and optionally a sentence about it.")
        preview_value = {"year": "2017", "title": "IUC-Asia begins", "text": ""}


class TimelineBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(TimelineEntryBlock(), **kwargs)

    class Meta:
        icon = "date"
        template = "blocks/timeline.html"
        help_text = _("Milestones in date order.")
        preview_value = [{"year": "2006", "title": "Regional policy dialogue launched", "text": ""}]


class ListItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Item"), max_length=200)
    text = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "list-ul"
        help_text = _("One actor, step or point, with an optional description.")
        preview_value = {"title": "Local governments", "text": ""}


class ItemListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("bullets", _("Bulleted list")), ("steps", _("Numbered steps")), ("actors", _("Actors (cards)"))],
        default="bullets",
        search_index=False,
    )
    items = blocks.ListBlock(ListItemBlock(), label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "blocks/item_list.html"
        help_text = _("A list of actors, steps or points, each with an optional description.")
        preview_value = {
            "title": "Triple helix",
            "style": "actors",
            "items": [{"title": "Research institutions", "text": ""}, {"title": "Local governments", "text": ""}],
        }


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), required=False, max_length=250)
    label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External link"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/call_to_action.html"
        help_text = _("A button to a page of this site or to another website (choose one).")
        preview_value = {"text": "Meet the case cities", "label": "Case cities", "url": "https://www.iurc.eu"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external link.")
            raise StructBlockValidationError(block_errors={"page": ErrorList([ValidationError(message)])})
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Leave empty to use the document's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        help_text = _("A link to download a document (e.g. the brochure), shown with its type, size and language.")

    def get_preview_value(self):
        """The most recently uploaded document, if there is one."""
        document = get_document_model().objects.order_by("-created_at").first()
        return self.to_python({"document": document.pk, "title": ""}) if document else None


class GoalsGridBlock(blocks.StaticBlock):
    """The 17 UN goals in their official colours, each linking to its roll-up of stories and cities."""

    class Meta:
        icon = "table"
        template = "blocks/goals_grid.html"
        admin_text = _("The 17 UN Sustainable Development Goals as coloured tiles, with how many stories each has.")
        help_text = _("Shows every goal with its number and name in both languages, linked to its stories.")

    def get_context(self, value, parent_context=None):
        """Every goal with the number of live stories tagged with it (one query)."""
        from django.db.models import Count, Q

        from .models import SustainableDevelopmentGoal

        context = super().get_context(value, parent_context=parent_context)
        context["goals"] = list(
            SustainableDevelopmentGoal.objects.annotate(
                story_count=Count("stories", filter=Q(stories__live=True), distinct=True)
            ).order_by("number")
        )
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Heading"))
    paragraph = ParagraphBlock(label=_("Paragraph"))
    image = CaptionedImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    key_figures = KeyFiguresBlock(label=_("Key figures"))
    timeline = TimelineBlock(label=_("Timeline"))
    list = ItemListBlock(label=_("List of actors or steps"))
    call_to_action = CallToActionBlock(label=_("Call to action"))
    document = DocumentBlock(label=_("Document download"))
    goals = GoalsGridBlock(label=_("UN goals grid"))


class OutcomesBlock(blocks.StreamBlock):
    outcome = blocks.CharBlock(
        label=_("Outcome"),
        max_length=250,
        help_text=_("One concrete result, e.g. a railway line or a centre opened."),
        preview_value="A freight rail line between Chongqing and Duisburg",
    )

    class Meta:
        help_text = _("The cooperation's concrete results, one per block.")
