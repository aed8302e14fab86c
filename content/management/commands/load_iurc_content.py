from django.core.management.base import BaseCommand

from ...loader import ContentLoader
from ...models import LoadedContent


class Command(BaseCommand):
    help = "Load the IURC-China programme content (both languages). Safe to run again: it never overwrites edits."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Write the brochure content again over any edits.")
        parser.add_argument("--if-empty", action="store_true", help="Do nothing if content was loaded before.")

    def handle(self, *args, reset=False, if_empty=False, **options):
        if if_empty and LoadedContent.objects.exists():
            self.stdout.write("Programme content already loaded; nothing to do.")
            return
        ContentLoader(reset=reset, log=self.stdout.write, verbose=options["verbosity"] > 1).run()
