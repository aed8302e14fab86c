"""The blocks editors build the main menu from (links and groups of links), and the navigation settings' form."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .forms import SettingsForm
from .i18n import localized_field
from .querysets import visible_pages

# At most this many top-level entries fit on one line of the main menu at 1280 px in both languages.
MAX_TOP_LEVEL_ITEMS = 6


class MenuLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External link"), required=False, help_text=_("Instead of a page: a full address."))
    label_en = blocks.CharBlock(
        label=_("Label in English"), required=False, max_length=60, help_text=_("Leave empty to show the page's title.")
    )
    label_zh_hans = blocks.CharBlock(
        label=_("Label in Chinese"), required=False, max_length=60, help_text=_("Leave empty to show the page's title.")
    )
    visible = blocks.BooleanBlock(
        label=_("Visible"), required=False, default=True, help_text=_("Untick to hide the item for now.")
    )

    class Meta:
        icon = "link"
        form_classname = "menu-link-block"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if bool(value.get("page")) == bool(value.get("url")):
            errors["page"] = ErrorList([ValidationError(_("Choose either a page or an external link."))])
        elif value.get("url") and not value.get("label_en"):
            errors["label_en"] = ErrorList([ValidationError(_("An external link needs an English label."))])
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class MenuGroupBlock(blocks.StructBlock):
    label_en = blocks.CharBlock(label=_("Label in English"), max_length=60)
    label_zh_hans = blocks.CharBlock(label=_("Label in Chinese"), max_length=60)
    visible = blocks.BooleanBlock(
        label=_("Visible"), required=False, default=True, help_text=_("Untick to hide the group for now.")
    )
    items = blocks.ListBlock(MenuLinkBlock(), label=_("Links in this group"), min_num=1)

    class Meta:
        icon = "folder-open-inverse"
        help_text = _("A menu entry that opens a list of links, e.g. “About the programme”.")


class MainMenuBlock(blocks.StreamBlock):
    link = MenuLinkBlock(label=_("Link"))
    group = MenuGroupBlock(label=_("Group of links"))

    class Meta:
        max_num = MAX_TOP_LEVEL_ITEMS
        help_text = _("At most six entries, so that the menu fits on one line; put related pages in a group.")


class FooterMenuBlock(blocks.StreamBlock):
    link = MenuLinkBlock(label=_("Footer link"))


class SocialLinkValue(blocks.StructValue):
    @property
    def label(self):
        """The label in the active language, English when it has none."""
        return self.get(localized_field("label", get_language())) or self.get(localized_field("label", "en"))


class SocialLinkBlock(blocks.StructBlock):
    label_en = blocks.CharBlock(
        label=_("Label in English"), max_length=60, help_text=_("The network's name, e.g. WeChat or LinkedIn.")
    )
    label_zh_hans = blocks.CharBlock(label=_("Label in Chinese"), max_length=60, required=False)
    url = blocks.URLBlock(label=_("Address"), help_text=_("The account's full address, starting with https://."))

    class Meta:
        icon = "link"
        value_class = SocialLinkValue


class SocialMediaBlock(blocks.StreamBlock):
    link = SocialLinkBlock(label=_("Social media link"))


def automatic_menu_pages(site):
    """The pages the menu shows when editors have set none: the first six of the home page's visible sections
    marked "show in menus" (as `navigation.NavigationPages.automatic_menu`)."""
    return visible_pages().child_of(site.root_page).in_menu().order_by("path")[:MAX_TOP_LEVEL_ITEMS]


def list_values(raw_items):
    """A ListBlock's raw items as plain values (stored as {"type": "item", "value": …, "id": …})."""
    return [item["value"] if item.get("type") == "item" and "value" in item else item for item in raw_items]


class NavigationSettingsForm(SettingsForm):
    """Settings → Navigation starts from the menu visitors see: with no entry saved yet, the form holds the
    automatic menu, so that adding or changing one entry keeps all the others."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        site = getattr(self.instance, "site", None)
        if "main_menu" in self.fields and site is not None and not self.instance.main_menu and not self.is_bound:
            block = self.fields["main_menu"].block
            self.initial["main_menu"] = block.to_python(
                [{"type": "link", "value": {"page": page.pk, "visible": True}} for page in automatic_menu_pages(site)]
            )
