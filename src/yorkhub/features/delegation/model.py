"""The scheme of delegation as data: who may take each decision.

``parse`` turns ``data/delegation.yml`` (already loaded as plain data) and the
roles registry into a ``Scheme`` of checked decisions, and returns a problem for
every mistake it finds. A decision with a mistake is left out of the scheme, so
the pages built from it never show a wrong or half-checked row.

The roles with a ``rank`` in ``data/roles.yml`` form the line of delegation. A
decision names the *lowest* role that may take it; any role above may take it
too, and no role below ever may.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yorkhub import fields
from yorkhub.datafiles import line_of
from yorkhub.problems import Problem
from yorkhub.registry import Registry

# Owns the pages made from the scheme, as it owns the written scheme page (delegation/index.md).
OWNER = "head-of-service"

FILE = "data/delegation.yml"
STATUSES = ("draft", "approved")
REQUIRED = (
    "id",
    "decision",
    "question",
    "area",
    "lowest_role",
    "consult",
    "recorded_in",
    "status",
    "keywords",
)
OPTIONAL = ("acting_as", "legal_basis", "note")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Area:
    id: str
    title: str


@dataclass(frozen=True)
class Decision:
    """One decision of the scheme, every field checked."""

    id: str
    decision: str
    question: str
    area: str
    lowest_role: str
    consult: tuple[str, ...]
    recorded_in: str
    status: str
    keywords: tuple[str, ...]
    acting_as: str | None = None
    legal_basis: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Scheme:
    """The checked scheme: areas and decisions in file order, and the line of delegation."""

    areas: tuple[Area, ...]
    decisions: tuple[Decision, ...]
    line: tuple[str, ...]  # ranked role ids, lowest first
    # Every id the file gives a decision, including those refused for a problem of their own,
    # so a page naming one is not reported a second time as naming an unknown id.
    named: frozenset[str] = frozenset()

    def area_title(self, area_id: str) -> str:
        return next((a.title for a in self.areas if a.id == area_id), area_id)

    def in_area(self, area_id: str) -> list[Decision]:
        return [d for d in self.decisions if d.area == area_id]

    def lowest_is(self, role: str) -> list[Decision]:
        """Decisions whose lowest role is ``role``."""
        return [d for d in self.decisions if d.lowest_role == role]

    def below(self, role: str) -> list[Decision]:
        """Decisions delegated to roles lower in the line than ``role``, which ``role`` may also take."""
        rank = self.line.index(role)
        return [d for d in self.decisions if self.line.index(d.lowest_role) < rank]


def line_of_delegation(roles: Registry) -> tuple[tuple[str, ...], list[Problem]]:
    """Ranked role ids from lowest to highest, and a problem for each bad or repeated rank."""
    ranked, problems = {}, []
    for key, entry in roles.entries.items():
        if "rank" not in entry:
            continue
        rank, message = fields.whole_number(entry["rank"], {})
        if message:
            problems.append(Problem(roles.file, line_of(entry, "rank"), f"{key}: rank: {message}"))
        elif rank in ranked:
            problems.append(
                Problem(
                    roles.file,
                    line_of(entry, "rank"),
                    f"{key}: rank {rank} is already used by '{ranked[rank]}': give each role in the line of delegation its own rank",
                )
            )
        else:
            ranked[rank] = key
    return tuple(ranked[r] for r in sorted(ranked)), problems


def parse(raw: object, roles: Registry) -> tuple[Scheme, list[Problem]]:
    """The checked scheme from ``data/delegation.yml``'s data, and every problem found."""
    line, problems = line_of_delegation(roles)
    if raw is None:
        return Scheme((), (), line), problems + [
            Problem(
                FILE,
                None,
                "not found: restore it from git (the scheme of delegation pages are built from it)",
            )
        ]
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("areas"), list)
        or not isinstance(raw.get("decisions"), list)
    ):
        return Scheme((), (), line), problems + [
            Problem(
                FILE,
                None,
                "expected 'areas:' and 'decisions:', each a list of entries starting '- id: ...'",
            )
        ]
    areas, found = _areas(raw["areas"])
    problems += found
    decisions, found = _decisions(raw["decisions"], {a.id for a in areas}, roles, line)
    named = frozenset(
        entry["id"]
        for entry in raw["decisions"]
        if isinstance(entry, dict) and isinstance(entry.get("id"), str)
    )
    return Scheme(tuple(areas), tuple(decisions), line, named), problems + found


def _areas(raw: list) -> tuple[list[Area], list[Problem]]:
    areas, problems = [], []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("title"):
            problems.append(
                Problem(FILE, line_of(entry), f"area {number}: expected 'id:' and 'title:'")
            )
        elif message := _id(entry["id"]) or fields.short_text()(entry["title"], {})[1]:
            field = "id" if _id(entry["id"]) else "title"
            problems.append(
                Problem(FILE, line_of(entry, field), f"area {number}: {field}: {message}")
            )
        elif any(a.id == entry["id"] for a in areas):
            problems.append(
                Problem(
                    FILE,
                    line_of(entry, "id"),
                    f"area '{entry['id']}': id is used twice: ids must be unique",
                )
            )
        else:
            areas.append(Area(str(entry["id"]), str(entry["title"])))
    return areas, problems


def _decisions(
    raw: list, areas: set[str], roles: Registry, line: tuple[str, ...]
) -> tuple[list[Decision], list[Problem]]:
    decisions, problems, seen = [], [], set()
    for number, entry in enumerate(raw, start=1):
        decision, found = _decision(number, entry, areas, roles, line)
        key = (
            entry.get("id")
            if isinstance(entry, dict) and isinstance(entry.get("id"), str)
            else None
        )
        if key is not None and key in seen:
            found = [
                Problem(FILE, line_of(entry, "id"), f"{key}: id is used twice: ids must be unique"),
                *found,
            ]
            decision = None
        seen.add(key)
        problems += found
        if decision is not None:
            decisions.append(decision)
    return decisions, problems


def _decision(
    number: int, entry: object, areas: set[str], roles: Registry, line: tuple[str, ...]
) -> tuple[Decision | None, list[Problem]]:
    if not isinstance(entry, dict):
        return None, [Problem(FILE, None, f"decision {number}: expected fields such as 'id: ...'")]
    label = str(entry["id"]) if entry.get("id") else f"decision {number} (no id)"
    messages = _field_messages(entry, areas, roles, line)
    if messages:
        return None, [
            Problem(FILE, line_of(entry, m.split(":", 1)[0]), f"{label}: {m}") for m in messages
        ]
    clean = {key: entry.get(key) for key in REQUIRED + OPTIONAL}
    clean.update(consult=tuple(entry["consult"]), keywords=tuple(entry["keywords"]))
    return Decision(**clean), []


def _field_messages(
    entry: dict, areas: set[str], roles: Registry, line: tuple[str, ...]
) -> list[str]:
    """What is wrong with one decision's fields, each as 'field: what to fix'."""
    messages = [f"{key}: missing: add '{key}: ...'" for key in REQUIRED if key not in entry]
    for key in entry:
        if key not in REQUIRED + OPTIONAL:
            messages.append(
                f"{key}: unknown field{fields.suggestion(str(key), REQUIRED + OPTIONAL)}: fix the spelling or remove it"
            )
    for key, value in entry.items():
        check = _CHECKS.get(key)
        message = check(value, areas, roles, line) if check else None
        if message:
            messages.append(f"{key}: {message}")
    if entry.get("status") == "draft" and not entry.get("note"):
        messages.append(
            "note: a draft decision needs a note saying what York has not yet confirmed"
        )
    return messages


def _text(value, *_):
    return fields.text(value, {})[1]


def _id(value, *_):
    if isinstance(value, str) and _ID.match(value):
        return None
    return f"expected lower-case words joined by hyphens, such as 'close-case', got {value!r}"


def _question(value, *_):
    if isinstance(value, str) and value.startswith("Who ") and value.rstrip().endswith("?"):
        return fields.short_text()(value, {})[1]  # the decision's page title
    return f"expected a question people ask, such as 'Who can approve a care plan?', got {value!r}"


def _area(value, areas, *_):
    if value in areas:
        return None
    return f"unknown area '{value}'{fields.suggestion(str(value), sorted(areas))}: use an id from the areas at the top of {FILE}"


def _role(value, _areas, roles, _line):
    return fields.entry_of("roles", "role")(value, {"roles": roles})[1]


def _ranked_role(value, areas, roles, line):
    message = _role(value, areas, roles, line)
    if message or value in line:
        return message
    return f"'{value}' has no rank in {roles.file}, so it is not in the line of delegation: use one of {', '.join(line)}"


def _roles(value, areas, roles, line):
    if not isinstance(value, list):
        return f"expected a list of role ids ([] if York has set none), got {value!r}"
    return next((m for m in (_role(v, areas, roles, line) for v in value) if m), None)


def _words(value, *_):
    return fields.listed(fields.text)(value, {})[1]


def _status(value, *_):
    return fields.one_of(*STATUSES)(value, {})[1]


_CHECKS = {
    "id": _id,
    "decision": _text,
    "question": _question,
    "area": _area,
    "lowest_role": _ranked_role,
    "acting_as": _role,
    "consult": _roles,
    "recorded_in": _text,
    "legal_basis": _text,
    "status": _status,
    "note": _text,
    "keywords": _words,
}


def decider(decision: Decision, roles: Registry) -> str:
    """The lowest role that may decide, as readers see it: 'Service Manager (as Nominated officer)'."""
    title = roles.title(decision.lowest_role)
    return (
        f"{title} (as {roles.title(decision.acting_as).lower()})" if decision.acting_as else title
    )


def draft_notice(scheme: Scheme) -> str:
    """An admonition for pages built from the scheme while any decision is a draft; else ''."""
    drafts = sum(d.status == "draft" for d in scheme.decisions)
    if not drafts:
        return ""
    total = len(scheme.decisions)
    count = (
        f"All {total} decisions here are drafts."
        if drafts == total
        else (
            f"{drafts} of the {total} decisions here {'is a draft' if drafts == 1 else 'are drafts'}."
        )
    )
    return (
        '!!! warning "Draft: York has not approved this scheme"\n\n'
        f"    {count} Drafts show what schemes of delegation in other authorities\n"
        "    commonly hold; York has not yet confirmed them. Check with your manager before you rely on them.\n\n"
    )
