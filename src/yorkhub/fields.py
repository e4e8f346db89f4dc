"""Checks for single front-matter values: each returns the clean value or a message.

A checker takes the raw YAML value and the registries, and returns
``(value, None)`` when the value is good or ``(None, "what to fix")`` when not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from difflib import get_close_matches

from yorkhub.registry import Registry

Check = Callable[[object, dict[str, Registry]], tuple[object, str | None]]

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def text(value, _registries):
    if isinstance(value, str) and value.strip():
        return value.strip(), None
    return None, f"expected text, got {_show(value)}"


TITLE_LIMIT = 90  # characters: a title fits a menu line, a browser tab and a search result


def short_text(limit: int = TITLE_LIMIT) -> Check:
    """Text of at most ``limit`` characters, such as a title."""

    def check(value, registries):
        clean, message = text(value, registries)
        if message is None and len(clean) > limit:
            return None, (
                f"{len(clean)} characters, more than {limit}: shorten it "
                "(put the detail in the summary or the page)"
            )
        return clean, message

    return check


def a_date(value, _registries):
    match = _DATE.match(str(value).strip()) if isinstance(value, (str, date)) else None
    if match:
        try:
            return date(*map(int, match.groups())), None
        except ValueError:
            return None, f"'{value}' is not a real date: check the month and day"
    return None, f"expected a date (YYYY-MM-DD), got {_show(value)}"


def whole_number(value, _registries):
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value, None
    return None, f"expected a whole number above 0, got {_show(value)}"


def one_of(*choices: str) -> Check:
    def check(value, _registries):
        if value in choices:
            return value, None
        return (
            None,
            f"expected one of {', '.join(choices)}, got {_show(value)}{_hint(value, choices)}",
        )

    return check


def listed(item: Check) -> Check:
    """A list of values, each checked by ``item``; a single value is taken as a list of one."""

    def check(value, registries):
        values = value if isinstance(value, list) else [value]
        if not values or value is None:
            return None, "expected a list with at least one entry"
        clean = []
        for one in values:
            good, message = item(one, registries)
            if message:
                return None, message
            clean.append(good)
        return clean, None

    return check


def entry_of(registry: str, what: str) -> Check:
    """An id from a registry in ``data/``, with a suggestion for a near miss."""

    def check(value, registries):
        known = registries[registry]
        if isinstance(value, str) and value in known:
            return value, None
        return (
            None,
            f"unknown {what} '{value}'{_hint(value, known.ids())}: use an id from {known.file}",
        )

    return check


def mapping(fields: dict[str, Check], required: tuple[str, ...]) -> Check:
    """A nested mapping such as ``induction: {order: 1, week: 1, why: ...}``."""

    def check(value, registries):
        if not isinstance(value, dict):
            return None, f"expected fields {', '.join(fields)}, got {_show(value)}"
        unknown = [key for key in value if key not in fields]
        if unknown:
            return None, f"unknown field '{unknown[0]}'{_hint(unknown[0], list(fields))}"
        missing = [key for key in required if key not in value]
        if missing:
            return None, f"missing {', '.join(missing)}"
        clean = {}
        for key, item in value.items():
            good, message = fields[key](item, registries)
            if message:
                return None, f"{key}: {message}"
            clean[key] = good
        return clean, None

    return check


def anything(value, _registries):
    return value, None


def settings(inner: Check, example: str) -> Check:
    """A mapping of settings, with an example when the value is not a mapping at all."""

    def check(value, registries):
        if not isinstance(value, dict):
            return None, f"expected settings such as {example}, got {_show(value)}"
        return inner(value, registries)

    return check


def yes_no(value, _registries):
    if isinstance(value, bool):
        return value, None
    return None, f"expected true or false, got {_show(value)}"


def positive_number(value, _registries):
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 1000:
        return value, None
    return None, f"expected a number above 0 (such as 2 or 0.5), got {_show(value)}"


_TEMPLATE = re.compile(r"^(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\.html$")


def template_name(value, _registries):
    """A template's name inside overrides/ (whether it exists is checked with the project)."""
    if isinstance(value, str) and _TEMPLATE.match(value) and ".." not in value:
        return value, None
    return (
        None,
        f"expected the name of a template in overrides/, such as 'main.html', got {_show(value)}",
    )


def _show(value) -> str:
    if value is None:
        return "nothing"
    shown = repr(value) if isinstance(value, str) else str(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _hint(value, choices) -> str:
    near = get_close_matches(str(value), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{near[0]}'?)" if near else ""


def suggestion(value: str, choices) -> str:
    """`` (did you mean 'x'?)`` for a near miss among ``choices``, else ''."""
    return _hint(value, choices)
