"""STARTTLS with a certificate made here, login with the password from the keyring, and what
happens when there is no keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from lendingdesk.services import notices
from lendingdesk.store.models import Setting
from tests.notices.conftest import Desk, MemoryKeyring
from tests.notices.smtp_server import Inbox, self_signed, start_server

PASSWORD = "s3cret-wachtwoord"


@pytest.fixture
def tls_server(desk: Desk, tmp_path: Path) -> Iterator[tuple[str, Inbox]]:
    """A server that demands STARTTLS (certificate made here) and a login; the desk set to it."""
    context, cert = self_signed(tmp_path)
    controller, inbox = start_server(tls=context, users={"balie": PASSWORD})
    url = f"smtp://balie@127.0.0.1:{controller.port}?cafile={cert}"
    desk.configure(0, smtp_url=url, overdue=False)
    yield url, inbox
    controller.stop()


def test_starttls_and_login_with_the_password_from_the_keyring(
    desk: Desk, tls_server: tuple[str, Inbox], memory_keyring: MemoryKeyring
) -> None:
    url, inbox = tls_server
    notices.store_password(notices.parse_server(url), PASSWORD)
    report = desk.send()
    assert report.ok, report.server_error
    assert len(report.sent) == 2 and len(inbox.messages) == 2
    # Nothing of the password in the database's settings.
    with desk.db.session() as s:
        stored = " ".join(s.scalars(select(Setting.value)))
    assert "s3cret" not in stored


def test_a_wrong_password_is_reported_and_nothing_is_marked(
    desk: Desk, tls_server: tuple[str, Inbox], memory_keyring: MemoryKeyring
) -> None:
    _url, inbox = tls_server
    report = desk.send(password="fout")
    assert report.sent == [] and inbox.messages == []
    assert "user name or password" in (report.server_error or "")
    assert desk.send(password=PASSWORD).ok
    assert len(inbox.messages) == 2


def test_smtps_sends_over_tls_from_the_first_byte(desk: Desk, tmp_path: Path) -> None:
    context, cert = self_signed(tmp_path)
    controller, inbox = start_server(implicit_tls=context)
    try:
        desk.configure(0, smtp_url=f"smtps://127.0.0.1:{controller.port}?cafile={cert}")
        report = desk.send()
        assert report.ok, report.server_error
        assert len(report.sent) == 3 and len(inbox.messages) == 3
    finally:
        controller.stop()


def test_a_certificate_that_is_not_trusted_is_refused(desk: Desk, tmp_path: Path) -> None:
    context, _cert = self_signed(tmp_path)
    controller, inbox = start_server(tls=context)
    try:
        desk.configure(controller.port, overdue=False)
        report = desk.send()
        assert "encryption failed" in (report.server_error or "")
        assert inbox.messages == [] and report.sent == []
    finally:
        controller.stop()


def test_without_a_keyring_the_refusal_says_what_to_do(desk: Desk, no_keyring: None) -> None:
    server = notices.parse_server("smtp://balie@mail.lindehof.example")
    with pytest.raises(notices.MailSetupError) as stored:
        notices.store_password(server, "x")
    assert "keyring" in stored.value.en and "sleutelbos" in stored.value.nl
    with pytest.raises(notices.MailSetupError) as missing:
        notices.find_password(server, prompt=None)
    assert "notices password" in missing.value.en
    # A prompt (the terminal, the desk's dialog) is asked instead.
    assert notices.find_password(server, prompt=lambda s: "getypt") == "getypt"
