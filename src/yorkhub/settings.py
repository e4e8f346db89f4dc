"""The hub's settings, from the ``extra.hub`` block of ``mkdocs.yml``.

Read with a YAML loader that tolerates MkDocs' own tags (``!ENV``,
``!!python/name:``), so ``hub check`` needs no MkDocs.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml

from yorkhub import yaml_safe
from yorkhub.features.safety import personal_data
from yorkhub.features.safety.personal_data import DEFAULT_CASE_ID_PATTERNS
from yorkhub.problems import SetupError


@dataclass(frozen=True)
class Settings:
    """What the hooks and the CLI need to know about this build."""

    site_url: str = "http://127.0.0.1:8000/"
    default_visibility: str = "internal"
    audience: str = "intranet"  # intranet: everything; public: internal pages left out
    drafts: str = "exclude"  # exclude: production; preview: shown with a Draft banner
    word_budget: int = 500
    coverage_months: int = 24
    new_days: int = 60
    review_months: int = 12  # an approval holds this long before the page is due for review
    allow: dict = field(
        default_factory=dict
    )  # personal data the service publishes: phones, email_domains
    case_id_patterns: tuple = (
        DEFAULT_CASE_ID_PATTERNS  # case-system ids the personal-data check refuses
    )
    # Each owner role's mailbox (role id -> address): where "Report a problem with this page"
    # sends mail, and where hub reviews --send sends the role's reminders. None is assumed.
    mailboxes: dict = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, extra_hub: object, site_url: str | None = None) -> Settings:
        """Settings from ``extra.hub``, every field checked. Raises ``SetupError`` naming
        mkdocs.yml and the field, with what to write instead."""
        if not isinstance(extra_hub, dict):
            raise SetupError(f"{WHERE}: expected settings such as 'word_budget: 500'")
        known = {f.name for f in fields(cls)}
        unknown = sorted(str(key) for key in set(extra_hub) - known)
        if unknown:
            raise SetupError(
                f"{WHERE}: unknown setting '{unknown[0]}': use one of {', '.join(sorted(known))}"
            )
        values = {k: v for k, v in extra_hub.items() if v is not None}
        if site_url:
            values["site_url"] = site_url
        for name, value in values.items():
            values[name] = _check(name, value)
        return cls(**values)


WHERE = "mkdocs.yml: extra.hub"
CHOICES = {
    "audience": ("intranet", "public"),
    "drafts": ("exclude", "preview"),
    "default_visibility": ("internal", "public"),
}
# Each number's largest sensible value: a window counted back from the build date must stay
# inside the calendar (100 years), and no guide is longer than a short pamphlet.
NUMBERS = {
    "word_budget": 100_000,
    "coverage_months": 1200,
    "new_days": 36_500,
    "review_months": 1200,
}


def _check(name: str, value: object) -> object:
    """The clean value of one setting, or ``SetupError`` saying what is wrong with it."""
    if name in CHOICES and value not in CHOICES[name]:
        raise SetupError(
            f"{WHERE}.{name}: expected one of {', '.join(CHOICES[name])}, got {value!r}"
        )
    if name in NUMBERS and (
        isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= NUMBERS[name]
    ):
        raise SetupError(
            f"{WHERE}.{name}: expected a whole number from 1 to {NUMBERS[name]:,}, got {value!r}"
        )
    if name == "site_url" and not (
        isinstance(value, str) and value.startswith(("http://", "https://"))
    ):
        raise SetupError(
            f"mkdocs.yml: site_url: expected an address starting http:// or https://, got {value!r}"
        )
    if name == "case_id_patterns":
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise SetupError(
                f"{WHERE}.{name}: expected a list of regular expressions, got {value!r}"
            )
        value = tuple(value)
    if name == "mailboxes":
        return _mailboxes(value)
    if name in ("allow", "case_id_patterns"):
        try:  # the personal-data check's own rules decide what it accepts
            if name == "allow":
                personal_data.rules(value)
            else:
                personal_data.rules(None, value)
        except ValueError as err:
            raise SetupError(f"{WHERE}.{err}") from None
    return value


_ADDRESS = re.compile(r"[^@\s<>\"'?&%]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _mailboxes(value: object) -> dict:
    """``{role-id: address}``: each a role id (checked against data/roles.yml by the build)
    and one plain email address."""
    where = f"{WHERE}.mailboxes"
    if not isinstance(value, dict):
        raise SetupError(
            f"{where}: expected role ids with an email address each, such as "
            f"'principal-social-worker: name@example.org', got {value!r}"
        )
    for role, address in value.items():
        if not isinstance(address, str) or not _ADDRESS.fullmatch(address.strip()):
            raise SetupError(
                f"{where}.{role}: expected one email address (name@domain, no 'mailto:'), "
                f"got {address!r}"
            )
    return {str(role): address.strip() for role, address in value.items()}


def mailbox_problems(settings: Settings, roles) -> list[str]:
    """Messages for ``mailboxes`` entries the build cannot use: a role data/roles.yml does not
    list, or an address on a domain the personal-data check does not allow."""
    where, found = f"{WHERE}.mailboxes", []
    allowed = personal_data.rules(settings.allow or None)  # the personal-data check's own rule
    for role, address in sorted(settings.mailboxes.items()):
        if role not in roles:
            found.append(
                f"{where}: '{role}' is not a role in data/roles.yml: use a role id, such as "
                "principal-social-worker"
            )
        domain = address.rsplit("@", 1)[-1].lower()
        if personal_data.find(address, allowed):
            found.append(
                f"{where}.{role}: {domain} is not one of the service's own email domains: "
                "add it to extra.hub.allow.email_domains, or use an address on one of them"
            )
    return found


class _TolerantLoader(yaml_safe.Loader):
    """Reads mkdocs.yml: ``!ENV`` resolves like MkDocs does; other tags become None; no aliases."""


def _env(loader, node):
    names = (
        loader.construct_sequence(node)
        if isinstance(node, yaml.SequenceNode)
        else [loader.construct_scalar(node)]
    )
    *variables, default = names if len(names) > 1 else (*names, None)
    return next((os.environ[v] for v in variables if v in os.environ), default)


_TolerantLoader.add_constructor("!ENV", _env)
_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(root: Path) -> dict:
    """mkdocs.yml as plain data."""
    path = root / "mkdocs.yml"
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except FileNotFoundError:
        raise SetupError(f"{path}: not found: run the hub from the project's folder") from None
    except yaml_safe.AliasError as err:
        raise SetupError(f"mkdocs.yml: {yaml_safe.describe(err)}") from None
    except yaml.YAMLError as err:
        raise SetupError(f"mkdocs.yml: not valid YAML ({str(err).splitlines()[0]})") from None


def load(root: Path) -> Settings:
    config = read_config(root)
    extra = config.get("extra") if isinstance(config, dict) else None
    hub = extra.get("hub") if isinstance(extra, dict) else None
    site_url = config.get("site_url") if isinstance(config, dict) else None
    return Settings.from_mapping(hub or {}, site_url)
