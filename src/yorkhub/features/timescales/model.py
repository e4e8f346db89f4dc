"""Timescales written once in ``data/timescales.yml`` and named in pages by id.

A page writes ``[[timescale:icpc]]`` where a figure belongs. The build replaces
it with the timescale's phrase in bold and a link to its row on the generated
"Timescales at a glance" page, so a figure is never typed twice. This module is
the pure core: reading and checking the data, finding markers in Markdown
(never inside code), and rendering them.

A York standard that York has not set yet has ``figure: null`` and
``status: not-set``: its phrase says what to do meanwhile, and the hub says
plainly that there is no standard rather than inventing a figure.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from yorkhub import markers
from yorkhub.datafiles import line_of
from yorkhub.fields import suggestion
from yorkhub.markdown import strong, text
from yorkhub.markers import Reference
from yorkhub.problems import Problem
from yorkhub.registry import ID

FILE = "data/timescales.yml"
PAGE_URI = "timescales/index.md"  # the generated "Timescales at a glance" page

# The child's journey, in order: the page shows one table per stage.
STAGES = {
    "front-door": "Front door and assessment",
    "child-protection": "Child protection",
    "child-in-need": "Child in need",
    "children-in-care": "Children in care",
    "leaving-care": "Leaving care",
    "iro-and-disputes": "IRO and dispute resolution",
    "recording-and-supervision": "Recording and supervision",
}
BASES = ("statutory", "york-standard")
STATUSES = ("draft", "approved", "not-set")
REQUIRED = ("id", "stage", "what", "figure", "phrase", "basis")
FIELDS = REQUIRED + ("source", "status", "note", "rule")

# What a timescale's rule may run from: id -> (how the page lists it, how a rule says it).
EVENTS = {
    "referral-received": ("Referral received", "the referral was received"),
    "concern-raised": (
        "Concern about significant harm raised",
        "the concern about significant harm was raised",
    ),
    "strategy-discussion": (
        "Strategy discussion (section 47 enquiries started)",
        "the strategy discussion at which section 47 enquiries were started",
    ),
    "initial-conference": (
        "Initial child protection conference held",
        "the initial child protection conference",
    ),
    "first-review-conference": (
        "First review child protection conference held",
        "the first review child protection conference",
    ),
    "became-looked-after": ("Child became looked after", "the child became looked after"),
    "placement-started": ("Placement started", "the placement started"),
    "first-review-held": ("First looked-after review held", "the first looked-after review"),
    "second-review-held": ("Second looked-after review held", "the second looked-after review"),
    "last-visit": ("Last visit to the child", "the last visit to the child"),
}
UNITS = ("working-days", "calendar-days", "weeks", "months")
RULE_FIELDS = ("unit", "count", "from", "recurring")

MARKER = re.compile(r"\[\[timescale:([^\]]*)\]\]")


@dataclass(frozen=True)
class Rule:
    """How to work out a due date: ``count`` ``unit`` after the event ``start`` (day 0).

    A recurring rule repeats: each due date runs from the one before.
    """

    unit: str
    count: int
    start: str
    recurring: bool = False

    def words(self) -> str:
        """The rule as a reader says it: "every 6 weeks after the last visit to the child"."""
        unit = self.unit.replace("-", " ")
        unit = unit[:-1] if self.count == 1 else unit
        event = EVENTS[self.start][1] if self.start in EVENTS else self.start
        if self.recurring:
            return f"every {self.count} {unit}, counting from {event}"
        return f"{self.count} {unit} after {event}"


@dataclass(frozen=True)
class Timescale:
    """One timescale from the data file."""

    id: str
    stage: str
    what: str
    figure: str | None
    phrase: str
    basis: str
    source: str = ""
    status: str = ""
    note: str = ""
    rule: Rule | None = None

    @property
    def is_set(self) -> bool:
        return self.figure is not None

    @property
    def label(self) -> str:
        """How a reader is told where the timescale comes from."""
        if not self.is_set:
            return "no York standard yet"
        if self.basis == "statutory":
            return "statutory"
        return "draft standard proposed for York" if self.status == "draft" else "York standard"

    @property
    def duty(self) -> str:
        """Must for law and statutory guidance, should for York's own standards."""
        if not self.is_set:
            return "Not set yet"
        if self.basis == "statutory":
            return "Must (statutory)"
        return (
            "Should (draft York standard)" if self.status == "draft" else "Should (York standard)"
        )


def parse(raw: object) -> tuple[dict[str, Timescale], list[Problem]]:
    """Timescales by id from the data file's contents, and every problem with them.

    An entry with problems is still returned when it has an id, so pages naming it
    are not reported a second time as naming an unknown id.
    """
    if raw is None:
        return {}, [
            Problem(
                FILE,
                None,
                "not found or empty: restore it from git (every timescale in the hub comes from it)",
            )
        ]
    if not isinstance(raw, list):
        return {}, [Problem(FILE, None, "expected a list of timescales, each starting '- id: ...'")]
    found: dict[str, Timescale] = {}
    problems: list[Problem] = []
    for number, entry in enumerate(raw, start=1):
        timescale, entry_problems = _entry(number, entry, found)
        problems += entry_problems
        if timescale is not None:
            found[timescale.id] = timescale
    return found, problems


def _entry(
    number: int, entry: object, found: dict[str, Timescale]
) -> tuple[Timescale | None, list[Problem]]:
    if not isinstance(entry, dict) or not entry.get("id"):
        where = line_of(entry)
        what = f"timescale {number}" if where is None else "this timescale"
        return None, [Problem(FILE, where, f"{what}: expected fields starting with 'id: ...'")]
    key = str(entry["id"])
    if not ID.match(key):
        return None, [
            Problem(
                FILE,
                line_of(entry, "id"),
                f"{key}: id: expected lower-case letters, digits and hyphens, such as 'icpc' "
                "(pages write [[timescale:ID]] and the id becomes an anchor)",
            )
        ]
    if key in found:
        return None, [
            Problem(FILE, line_of(entry, "id"), f"{key}: id is used twice: ids must be unique")
        ]
    problems = [
        Problem(FILE, line_of(entry, message.split(":", 1)[0]), f"{key}: {message}")
        for message in entry_messages(entry)
    ]
    problems += [
        Problem(FILE, line, f"{key}: rule: {message}") for line, message in rule_messages(entry)
    ]
    values = {name: entry.get(name) for name in FIELDS if name not in ("id", "rule")}
    text = {name: str(value).strip() if value is not None else "" for name, value in values.items()}
    figure = None if values["figure"] is None else text["figure"]
    rule = _rule(entry.get("rule")) if not rule_messages(entry) else None
    return Timescale(key, **{**text, "figure": figure}, rule=rule), problems


def _rule(raw: object) -> Rule | None:
    if raw is None:
        return None
    return Rule(raw["unit"], raw["count"], raw["from"], bool(raw.get("recurring", False)))


def rule_messages(entry: dict) -> list[tuple[int | None, str]]:
    """What is wrong with an entry's optional ``rule:``, each with the line it is on."""
    if "rule" not in entry:
        return []
    rule = entry["rule"]
    if not isinstance(rule, dict):
        example = "{unit: working-days, count: 15, from: strategy-discussion}"
        return [(line_of(entry, "rule"), f"expected a mapping like {example}")]
    here = lambda key: line_of(rule, key) or line_of(entry, "rule")  # noqa: E731
    found = [
        (
            here(name),
            f"unknown field '{name}'{suggestion(str(name), RULE_FIELDS)}: use {', '.join(RULE_FIELDS)}",
        )
        for name in rule
        if name not in RULE_FIELDS
    ]
    found += [
        (here("rule"), f"{name}: missing: add '{name}: ...'")
        for name in RULE_FIELDS[:3]
        if name not in rule
    ]
    unit, count, start = rule.get("unit"), rule.get("count"), rule.get("from")
    if "unit" in rule and unit not in UNITS:
        found.append(
            (
                here("unit"),
                f"unit: unknown unit '{unit}'{suggestion(str(unit), UNITS)}: use one of {', '.join(UNITS)}",
            )
        )
    if "count" in rule and (type(count) is not int or count < 1):
        found.append((here("count"), f"count: expected a whole number of 1 or more, got {count!r}"))
    elif type(count) is int and str(count) not in str(entry.get("figure") or ""):
        found.append(
            (
                here("count"),
                f"count: {count} is not in the figure {entry.get('figure')!r}: make them agree",
            )
        )
    if "from" in rule and start not in EVENTS:
        found.append(
            (
                here("from"),
                f"from: unknown event '{start}'{suggestion(str(start), EVENTS)}: use one of {', '.join(EVENTS)}",
            )
        )
    if "recurring" in rule and not isinstance(rule["recurring"], bool):
        found.append(
            (here("recurring"), f"recurring: expected true or false, got {rule['recurring']!r}")
        )
    return found


def entry_messages(entry: dict) -> list[str]:
    """What is wrong with one entry, field by field."""
    messages = [f"{name}: missing: add '{name}: ...'" for name in REQUIRED if name not in entry]
    messages += [
        f"{name}: unknown field{suggestion(str(name), FIELDS)}: remove it or fix the spelling"
        for name in entry
        if name not in FIELDS
    ]
    messages += [
        f"{name}: empty: fill it in"
        for name in ("what", "phrase", "source")
        if name in entry and not str(entry[name] or "").strip()
    ]
    stage, basis, status = entry.get("stage"), entry.get("basis"), entry.get("status")
    if "stage" in entry and stage not in STAGES:
        messages.append(
            f"stage: unknown stage '{stage}'{suggestion(str(stage), STAGES)}: use one of {', '.join(STAGES)}"
        )
    if "basis" in entry and basis not in BASES:
        messages.append(
            f"basis: unknown basis '{basis}'{suggestion(str(basis), BASES)}: use statutory or york-standard"
        )
    if basis == "statutory" and "source" not in entry:
        messages.append(
            "source: missing: a statutory timescale must name its regulation or guidance (with the paragraph where known)"
        )
    return messages + _status_messages(entry, basis, status)


def _status_messages(entry: dict, basis, status) -> list[str]:
    if basis == "statutory":
        unset = entry.get("figure") is None and "figure" in entry
        return ["figure: a statutory timescale needs its figure"] if unset else []
    if basis != "york-standard":
        return []
    if status not in STATUSES:
        return [
            f"status: expected one of {', '.join(STATUSES)} for a York standard, got {status!r}"
            f"{suggestion(str(status), STATUSES)}"
        ]
    if status == "not-set" and entry.get("figure") is not None:
        return [
            "figure: a York standard that is not set has 'figure: null': remove the figure or change the status"
        ]
    if status != "not-set" and entry.get("figure") is None and "figure" in entry:
        return ["figure: empty: give the figure, or 'status: not-set' if York has not set one yet"]
    return []


def references(body: str) -> Iterator[Reference]:
    """Every ``[[timescale:ID]]`` in Markdown outside code, with its line offset."""
    return markers.references(body, MARKER)


def substitute(markdown: str, render: Callable[[str], str | None]) -> str:
    """``markdown`` with each ``[[timescale:ID]]`` outside code replaced by ``render(id)``."""
    return markers.substitute(markdown, render, MARKER)


def render(timescale: Timescale, from_uri: str) -> str:
    """The phrase in bold, then where it comes from, linked to its row on the Timescales page.

    The link is marked ``hub-source``: a note of where a figure comes from, not a way on, so
    paper does not repeat the Timescales page's address after every figure (hub.js)."""
    target = posixpath.relpath(PAGE_URI, posixpath.dirname(from_uri) or ".")
    # The title is an attribute: Markdown writes it escaped, so only its quotes need care.
    title = " ".join(timescale.source.split()).replace('"', "'")
    link = f'[{text(timescale.label)}]({target}#{timescale.id} "{title}"){{: .hub-source }}'
    return f"{strong(timescale.phrase)} ({link})"


def unknown(src: str, body: str, body_line: int, known: dict[str, Timescale]) -> list[Problem]:
    """A problem for each marker in a page that names no timescale, with a near id."""
    problems = []
    for ref in references(body):
        if ref.id not in known:
            near = suggestion(ref.id, sorted(known))
            problems.append(
                Problem(
                    src,
                    body_line + ref.offset,
                    f"[[timescale:{ref.id}]]: no timescale has this id{near}: "
                    f"use an id from {FILE} (listed on the Timescales at a glance page)",
                )
            )
    return problems
