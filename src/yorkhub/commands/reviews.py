"""``hub reviews [--within DAYS] [--owner ROLE] [--send [--dry-run]]``: who must review what.

Lists the pages due for review (or overdue) by owner role. With ``--send``, each owner
role gets one digest email, to the mailbox ``extra.hub.mailboxes`` in mkdocs.yml gives it,
through the SMTP server the environment names (never the config file):

    HUB_SMTP_HOST, HUB_SMTP_PORT (default 25, or 587 with STARTTLS), HUB_SMTP_FROM,
    HUB_SMTP_STARTTLS (yes to upgrade the connection), HUB_SMTP_USER, HUB_SMTP_PASSWORD

``--dry-run`` prints the mails instead. Exit codes: 0 done; 1 some owner has no mailbox;
2 wrong arguments, settings or a mail server that cannot be reached.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import smtplib
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from yorkhub import reviews, site
from yorkhub import settings as hub_settings
from yorkhub.fields import suggestion
from yorkhub.problems import SetupError


def add(sub) -> None:
    cmd = sub.add_parser(
        "reviews",
        help="list the pages due for review by owner; --send emails each owner a digest",
        description=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmd.add_argument(
        "--within", type=int, default=30, metavar="DAYS", help="due within this many days (30)"
    )
    cmd.add_argument("--owner", metavar="ROLE", help="only this owner role's pages")
    cmd.add_argument("--send", action="store_true", help="email each owner role its digest")
    cmd.add_argument("--dry-run", action="store_true", help="with --send: print the mails")
    cmd.set_defaults(run=run)


class Stop(Exception):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    sender: str
    starttls: bool
    user: str | None
    password: str | None


def run(root: Path, args, today: date | None = None, environ=None) -> int:
    today = today or date.today()
    try:
        if args.within < 0:
            raise Stop(f"--within {args.within}: give a number of days, 0 or more")
        settings = hub_settings.load(root)
        # Every page counts, drafts too: an owner reviews what they own.
        plan = site.prepare(root, dataclasses.replace(settings, drafts="preview"), today)
        roles = plan.catalogue.registries["roles"]
        if args.owner and args.owner not in roles:
            raise Stop(
                f"--owner {args.owner}: unknown role{suggestion(args.owner, roles.ids())}: "
                "use an id from data/roles.yml"
            )
        strangers = sorted(set(settings.mailboxes) - set(roles.ids()))
        if strangers:
            raise Stop(
                f"mkdocs.yml: extra.hub.mailboxes: unknown role '{strangers[0]}'"
                f"{suggestion(strangers[0], roles.ids())}: use an id from data/roles.yml"
            )
        by_owner = reviews.due(plan.catalogue.pages, today, args.within, settings.site_url)
        if args.owner:
            by_owner = {k: v for k, v in by_owner.items() if k == args.owner}
        print(reviews.listing(by_owner, roles, today, args.within), end="")
        if not args.send:
            return 0
        server = None if args.dry_run else from_environment(environ or os.environ)
        sender = server.sender if server else "hub@example.invalid (dry run)"
        mails, unaddressed = [], []
        for owner, items in by_owner.items():
            to = settings.mailboxes.get(owner)
            if to is None:
                unaddressed.append(owner)
                continue
            mails.append(reviews.digest(owner, items, roles, today, sender, to))
        if args.dry_run:
            for mail in mails:
                print(f"\n--- mail to {mail['To']} ---\n{mail.as_string()}")
        else:
            send(server, mails)
            for mail in mails:
                print(f"hub reviews: sent to {mail['To']}: {mail['Subject']}")
    except SetupError as err:
        print(f"hub reviews: {err}", file=sys.stderr)
        return 2
    except Stop as err:
        print(f"hub reviews: {err}", file=sys.stderr)
        return err.code
    for owner in unaddressed:
        print(
            f"hub reviews: no mailbox for {owner}: add it to mkdocs.yml under extra.hub.mailboxes "
            f"({owner}: address), then send again",
            file=sys.stderr,
        )
    return 1 if unaddressed else 0


def from_environment(environ) -> Server:
    """The SMTP server and sender the environment names, or ``Stop`` saying what is missing."""
    missing = [name for name in ("HUB_SMTP_HOST", "HUB_SMTP_FROM") if not environ.get(name)]
    if missing:
        raise Stop(
            f"set {' and '.join(missing)} to send (the mail server and the sender's address); "
            "see hub reviews --help"
        )
    starttls = environ.get("HUB_SMTP_STARTTLS", "no").lower()
    if starttls not in ("yes", "no"):
        raise Stop(f"HUB_SMTP_STARTTLS={starttls}: use yes or no")
    port = environ.get("HUB_SMTP_PORT", "587" if starttls == "yes" else "25")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise Stop(f"HUB_SMTP_PORT={port}: use a port number such as 25 or 587")
    user, password = environ.get("HUB_SMTP_USER"), environ.get("HUB_SMTP_PASSWORD")
    if bool(user) != bool(password):
        raise Stop("set both HUB_SMTP_USER and HUB_SMTP_PASSWORD, or neither")
    return Server(
        environ["HUB_SMTP_HOST"],
        int(port),
        environ["HUB_SMTP_FROM"],
        starttls == "yes",
        user,
        password,
    )


def send(server: Server, mails) -> None:
    """Send every mail over one connection, or ``Stop`` with what went wrong."""
    where = f"{server.host}:{server.port}"
    try:
        with smtplib.SMTP(server.host, server.port, timeout=30) as smtp:
            if server.starttls:
                smtp.starttls()
            if server.user:
                smtp.login(server.user, server.password)
            for mail in mails:
                smtp.send_message(mail)
    except smtplib.SMTPAuthenticationError:
        raise Stop(
            f"the mail server at {where} refused HUB_SMTP_USER and HUB_SMTP_PASSWORD; "
            "no mail was sent"
        ) from None
    except smtplib.SMTPException as err:  # before OSError: SMTPException is one
        raise Stop(f"the mail server at {where} refused the mail ({err})") from None
    except OSError as err:
        reason = err.strerror or str(err) or type(err).__name__
        raise Stop(
            f"could not reach the mail server at {where} ({reason}): check HUB_SMTP_HOST and "
            "HUB_SMTP_PORT; no mail was sent"
        ) from None
