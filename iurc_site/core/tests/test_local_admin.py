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


def test_the_local_admin_can_save_its_preferences_in_the_account_form(client, settings):
    from django.urls import reverse
    from wagtail.test.utils.form_data import querydict_from_html
    from wagtail.users.models import UserProfile

    settings.DEBUG = True
    password = re.search(r"password: (\S+)", run()).group(1)
    assert client.login(username="admin", password=password)
    url = reverse("wagtailadmin_account")
    data = querydict_from_html(client.get(url).content.decode())
    data["locale-preferred_language"] = "zh-hans"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    admin = get_user_model().objects.get(username="admin")
    assert admin.get_full_name() == "Local Admin"
    assert UserProfile.get_for_user(admin).preferred_language == "zh-hans"
