import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create a local superuser `admin` with a random password (development settings only, once)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_local_admin only runs with the development settings (DEBUG on).")
        users = get_user_model().objects
        if users.filter(is_superuser=True).exists():
            self.stdout.write(
                "An admin account already exists: log in at http://127.0.0.1:8000/admin/ "
                "(forgotten password: `.venv/bin/python manage.py changepassword admin`)."
            )
            return
        password = secrets.token_urlsafe(12)
        users.create_superuser("admin", "admin@localhost", password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Local admin created. Log in at http://127.0.0.1:8000/admin/ as `admin` with password: {password}\n"
                "It is shown only this once."
            )
        )
