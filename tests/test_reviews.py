"""hub reviews: who must review what, and one digest email per owner role through a real
SMTP server on 127.0.0.1."""

from __future__ import annotations

from datetime import date, timedelta
from email import message_from_bytes

import pytest
from browser_support import free_port

from yorkhub import cli, reviews
from yorkhub.page import Page

TODAY = date(2027, 3, 1)


def page(uri, review_by, status="draft", owner="ap-team"):
    meta = {"title": uri, "owner": owner, "status": status, "review_by": review_by}
    return Page(f"docs/{uri}", uri, meta, "")


def test_pages_past_or_near_their_review_date_are_due_by_owner_soonest_first():
    pages = [
        page("late.md", TODAY - timedelta(days=1)),
        page("soon.md", TODAY + timedelta(days=30)),
        page("later.md", TODAY + timedelta(days=31)),
        page("retired.md", TODAY - timedelta(days=9), status="retired"),
        page("today.md", TODAY, owner="head-of-service"),
        page("a/index.md", TODAY + timedelta(days=2)),
    ]
    found = reviews.due(pages, TODAY, 30, "https://hub.example.org/practice/")
    assert {k: [(d.page.uri, d.overdue) for d in v] for k, v in found.items()} == {
        "ap-team": [("late.md", True), ("a/index.md", False), ("soon.md", False)],
        "head-of-service": [("today.md", False)],
    }
    assert found["ap-team"][1].url == "https://hub.example.org/practice/a/"


class Inbox:
    """What a real SMTP server (aiosmtpd) received."""

    def __init__(self):
        self.mails = []

    async def handle_DATA(self, server, session, envelope):
        self.mails.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


MAILBOXES = """    mailboxes:
      principal-social-worker: psw@example.org
      head-of-service: hos@example.org
"""


def hub(root, capsys, *args):
    code = cli.main(["--root", str(root), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def with_mailboxes(hub_copy):
    config = hub_copy.root / "mkdocs.yml"
    text = config.read_text()
    assert "    mailboxes: {}\n" in text
    config.write_text(text.replace("    mailboxes: {}\n", MAILBOXES))


@pytest.mark.slow
def test_each_owner_with_a_mailbox_gets_one_digest_and_a_missing_one_is_named(
    hub_copy, capsys, smtp, monkeypatch
):
    inbox, port = smtp
    with_mailboxes(hub_copy)
    monkeypatch.setenv("HUB_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("HUB_SMTP_PORT", str(port))
    monkeypatch.setenv("HUB_SMTP_FROM", "hub@example.org")
    # Every page in the hub is due within two years.
    code, out, err = hub(hub_copy.root, capsys, "reviews", "--within", "800", "--send")
    assert code == 1
    assert err == (
        "hub reviews: no mailbox for ap-team: add it to mkdocs.yml under extra.hub.mailboxes "
        "(ap-team: address), then send again\n"
    )
    received = {tuple(to): mail for to, mail in inbox.mails}
    assert sorted(received) == [("hos@example.org",), ("psw@example.org",)]
    psw = received[("psw@example.org",)]
    listed = [line for line in out.splitlines() if line.startswith("Principal Social Worker")]
    count = int(listed[0].split(": ")[1].split()[0])
    assert psw["Subject"] == f"York practice hub: {count} pages to review"
    assert psw["From"] == "hub@example.org"
    body = psw.get_payload()
    assert body.startswith("To the Principal Social Worker,")
    assert "http://127.0.0.1:8000/standards/child-protection/" in body
    assert body.count("\n- ") == count
    assert f"hub reviews: sent to psw@example.org: {psw['Subject']}" in out


@pytest.mark.slow
@pytest.mark.parametrize(
    "environment, message",
    [
        ({"HUB_SMTP_FROM": "hub@example.org"}, "set HUB_SMTP_HOST to send"),
        (
            {"HUB_SMTP_HOST": "127.0.0.1", "HUB_SMTP_FROM": "h@example.org", "HUB_SMTP_PORT": "x"},
            "HUB_SMTP_PORT=x: use a port number such as 25 or 587",
        ),
        (
            {
                "HUB_SMTP_HOST": "127.0.0.1",
                "HUB_SMTP_FROM": "h@example.org",
                "HUB_SMTP_PORT": "{closed}",
            },
            "could not reach the mail server at 127.0.0.1:{closed} (Connection refused): "
            "check HUB_SMTP_HOST and HUB_SMTP_PORT; no mail was sent",
        ),
    ],
)
def test_bad_mail_settings_or_a_refused_connection_are_a_message(
    hub_copy, capsys, monkeypatch, environment, message
):
    closed = str(free_port())  # nothing listens there
    with_mailboxes(hub_copy)
    for name in ("HUB_SMTP_HOST", "HUB_SMTP_PORT", "HUB_SMTP_FROM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value.format(closed=closed))
    code, _, err = hub(hub_copy.root, capsys, "reviews", "--within", "800", "--send")
    assert code == 2
    assert err.startswith("hub reviews: " + message.format(closed=closed))


@pytest.mark.slow
def test_a_dry_run_prints_the_mails_and_sends_nothing(hub_copy, capsys, smtp, monkeypatch):
    inbox, _ = smtp
    with_mailboxes(hub_copy)
    code, out, _ = hub(
        hub_copy.root,
        capsys,
        "reviews",
        "--within",
        "800",
        "--send",
        "--dry-run",
        "--owner",
        "head-of-service",
    )
    assert code == 0
    assert "--- mail to hos@example.org ---" in out and "To the Head of Service," in out
    assert "psw@example.org" not in out
    assert inbox.mails == []
