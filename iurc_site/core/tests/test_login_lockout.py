"""Admin sign-in lock-out (django-axes): five failures for one username from one address block that pair."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

LOGIN_URL = f"/{settings.WAGTAIL_ADMIN_PATH}login/"
HOME_URL = f"/{settings.WAGTAIL_ADMIN_PATH}"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editors(db):
    User = get_user_model()
    return [User.objects.create_superuser(name, f"{name}@example.org", PASSWORD) for name in ("ana", "bo")]


def sign_in(client, username, password):
    return client.post(LOGIN_URL, {"username": username, "password": password, "next": HOME_URL})


def is_signed_in(client):
    return client.get(HOME_URL).status_code == 200


def test_five_failures_lock_out_even_the_right_password(editors):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(4):
        response = sign_in(client, "ana", "wrong")
        assert response.status_code == 200  # the form again, with the usual error
        assert b"Too many failed sign-in attempts" not in response.content
    response = sign_in(client, "ana", "wrong")
    assert response.status_code == 429
    response = sign_in(client, "ana", PASSWORD)
    assert response.status_code == 429
    text = response.content.decode()
    assert "Too many failed sign-in attempts" in text and "60 minutes" in text
    assert 'name="password"' in text  # still the Wagtail sign-in page, not a bare error
    assert not is_signed_in(client)


def test_lockout_message_in_chinese(editors):
    client = Client(REMOTE_ADDR="203.0.113.8", HTTP_ACCEPT_LANGUAGE="zh-hans")
    for _ in range(6):
        response = sign_in(client, "ana", "wrong")
    assert response.status_code == 429
    assert "登录失败次数过多" in response.content.decode()


def test_other_user_and_other_address_are_not_affected(editors):
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(5):
        sign_in(attacker, "ana", "wrong")
    assert sign_in(attacker, "ana", PASSWORD).status_code == 429

    same_address_other_user = Client(REMOTE_ADDR="203.0.113.9")
    assert sign_in(same_address_other_user, "bo", PASSWORD).status_code == 302
    assert is_signed_in(same_address_other_user)

    same_user_other_address = Client(REMOTE_ADDR="198.51.100.20")
    assert sign_in(same_user_other_address, "ana", PASSWORD).status_code == 302
    assert is_signed_in(same_user_other_address)


def test_success_before_the_limit_resets_the_count(editors):
    client = Client(REMOTE_ADDR="203.0.113.10")
    for _ in range(4):
        sign_in(client, "ana", "wrong")
    assert sign_in(client, "ana", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, "ana", "wrong").status_code == 200
    assert sign_in(client, "ana", PASSWORD).status_code == 302


def test_test_client_login_without_request_still_works(editors):
    """Logins without a request (shell, Client.login) are not counted and not refused."""
    client = Client()
    assert client.login(username="bo", password=PASSWORD)
    assert is_signed_in(client)
