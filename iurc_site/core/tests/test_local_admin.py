"""`create_local_admin`: one local superuser with a random password, printed once, development only."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def run():
    output = io.StringIO()
    call_command("create_local_admin", "--base-url", "http://127.0.0.1:8123", stdout=output)
    return output.getvalue()


def test_creates_one_admin_whose_printed_password_works(client, settings):
    settings.DEBUG = True
    first = run()
    password = re.search(r"password: (\S+)", first).group(1)
    assert "http://127.0.0.1:8123/admin/" in first
    assert client.login(username="admin", password=password)

    second = run()
    assert "already exists" in second and password not in second
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_refuses_outside_development(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="development settings"):
        run()
