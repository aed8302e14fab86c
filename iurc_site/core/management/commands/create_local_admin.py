import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse


class Command(BaseCommand):
    help = (
        "Create a local superuser `admin` (named “Local Admin”, so its account preferences can be saved) with a "
        "random password (development settings only, once)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="Where `make run` serves the site.")

    def handle(self, *args, base_url, **options):
        login_url = base_url.rstrip("/") + reverse("wagtailadmin_home")
        if not settings.DEBUG:
            raise CommandError("create_local_admin only runs with the development settings (DEBUG on).")
        users = get_user_model().objects
        # The admin's account form requires a first and last name: without them no preference could be saved.
        users.filter(username="admin", first_name="").update(first_name="Local", last_name="Admin")
        if users.filter(is_superuser=True).exists():
            self.stdout.write(
                f"An admin account already exists: log in at {login_url} "
                "(forgotten password: `.venv/bin/python manage.py changepassword admin`)."
            )
            return
        password = secrets.token_urlsafe(12)
        users.create_superuser("admin", "admin@localhost", password, first_name="Local", last_name="Admin")
        self.stdout.write(
            self.style.SUCCESS(
                f"Local admin created. Log in at {login_url} as `admin` with password: {password}\n"
                "It is shown only this once."
            )
        )
