"""Approving and retiring a page: the front-matter fields an approval writes, and the edit.

``approve`` and ``retire`` are pure: they take a page's text and return the new
text, changing only the fields the approval owns (status, version, approved_by,
approved, last_reviewed, review_by and one new item in ``changes``), line by line,
so every other byte of the file stays as the author wrote it. The result is parsed
again and compared with what was meant before anyone writes it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from yorkhub import frontmatter

APPROVED = "approved"
RETIRED = "retired"
OWNED = ("status", "version", "approved_by", "approved", "last_reviewed", "review_by")


class ApprovalError(ValueError):
    """Why the page cannot be approved or retired, in words an author can act on."""


@dataclass(frozen=True)
class Decision:
    """What one approval or retirement records."""

    action: str  # APPROVED or RETIRED
    by: str  # a role id
    day: date
    note: str
    review_months: int = 12


def raised(version: object, first: bool) -> str:
    """The version an approval gives: the first approval of a draft is 1.0 (or the next whole
    number above it); a later one raises the minor number: 1.2 becomes 1.3."""
    text = "0.0" if version is None else str(version)
    match = re.fullmatch(r"(\d+)\.(\d+)", text)
    if not match:
        raise ApprovalError(
            f"version: '{text}' is not a number such as '1.0': set it as MAJOR.MINOR in quotes"
        )
    major, minor = int(match[1]), int(match[2])
    return f"{major + 1}.0" if first else f"{major}.{minor + 1}"


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day where it is shorter."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def approve(label: str, text: str, decision: Decision) -> str:
    """``text`` with the approval recorded. Raises ``ApprovalError``."""
    meta = read_meta(label, text)
    status = meta.get("status")
    if status == RETIRED:
        raise ApprovalError(
            f"{label}: the page is retired: a retired page is not approved again; "
            "write a new page, or set status: draft and approve it"
        )
    earlier = [c for c in _changes(meta) if isinstance(c, dict) and c.get("action") == APPROVED]
    first = status != APPROVED and not earlier
    note = decision.note.strip() or ("First approved version." if first else "")
    if not note:
        raise ApprovalError(
            f"{label}: say what changed in this version: hub approve {label} "
            f'--by {decision.by} --note "what changed"'
        )
    version = raised(meta.get("version"), first)
    fields = {
        "status": APPROVED,
        "version": version,
        "approved_by": decision.by,
        "approved": decision.day.isoformat(),
        "last_reviewed": decision.day.isoformat(),
        "review_by": add_months(decision.day, decision.review_months).isoformat(),
    }
    change = {"version": version, "date": decision.day.isoformat(), "action": APPROVED}
    return _edit(label, text, meta, fields, {**change, "by": decision.by, "note": note})


def retire(label: str, text: str, decision: Decision) -> str:
    """``text`` marked retired, with the reason as its change note. Raises ``ApprovalError``."""
    meta = read_meta(label, text)
    if meta.get("status") == RETIRED:
        raise ApprovalError(f"{label}: the page is retired already")
    if not decision.note.strip():
        raise ApprovalError(
            f"{label}: say why it is retired and what replaces it: hub retire {label} "
            f'--by {decision.by} --note "replaced by ..."'
        )
    version = str(meta.get("version") or "0.1")
    change = {"version": version, "date": decision.day.isoformat(), "action": RETIRED}
    change |= {"by": decision.by, "note": decision.note.strip()}
    fields = {"status": RETIRED, "last_reviewed": decision.day.isoformat()}
    return _edit(label, text, meta, fields, change)


def read_meta(label: str, text: str) -> dict:
    parsed, problems = frontmatter.split(label, text)
    if parsed is None:
        raise ApprovalError("; ".join(str(p) for p in problems))
    return parsed.meta


def _changes(meta: dict) -> list:
    value = meta.get("changes")
    return value if isinstance(value, list) else []


# --- the line-by-line edit -------------------------------------------------------------

_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")


def _edit(label: str, text: str, meta: dict, fields: dict[str, str], change: dict) -> str:
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    end = next(i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "..."))
    block = lines[1:end]
    spans = _top_level(block)
    for key in fields:
        if key in spans and spans[key][1] - spans[key][0] > 1:
            raise ApprovalError(
                f"{label}:{spans[key][0] + 2}: {key} runs over several lines: write it on one "
                f"line ({key}: value) and run the command again"
            )
    after = len(block)  # a field the page lacks goes after the one before it, or at the end
    for key, value in fields.items():
        line = f"{key}: {_scalar(value)}{newline}"
        if key in spans:
            block[spans[key][0]] = line
        else:
            block.insert(after, line)
            spans = _top_level(block)
        after = spans[key][1]
    item = _item(change, _indent(block, spans.get("changes")), newline)
    if "changes" in spans:
        start, stop = spans["changes"]
        head = block[start].split(":", 1)[1].strip()
        if head in ("[]", ""):
            block[start] = f"changes:{newline}"
            block[stop:stop] = item
        else:
            raise ApprovalError(
                f"{label}:{start + 2}: changes: is written on one line: write each change as "
                "an item of its own under 'changes:' and run the command again"
            )
    else:
        block[len(block) :] = [f"changes:{newline}", *item]
    result = "".join([lines[0], *block, *lines[end:]])
    _verify(label, meta, result, fields, change)
    return result


def _top_level(block: list[str]) -> dict[str, tuple[int, int]]:
    """Each top-level key's lines in the front matter: (first, one past the last)."""
    starts = [(i, m[1]) for i, line in enumerate(block) if (m := _KEY.match(line))]
    spans = {}
    for n, (i, key) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(block)
        while stop - 1 > i and not block[stop - 1].strip():
            stop -= 1  # blank lines after a value belong to no key
        spans[key] = (i, stop)
    return spans


def _indent(block: list[str], span) -> str:
    """The indent of the list's items as the author wrote them (two spaces by default)."""
    if span:
        for line in block[span[0] + 1 : span[1]]:
            if line.lstrip().startswith("- "):
                return line[: len(line) - len(line.lstrip())]
    return "  "


def _item(change: dict, indent: str, newline: str) -> list[str]:
    keys = list(change)
    first = f"{indent}- {keys[0]}: {_scalar(change[keys[0]])}{newline}"
    rest = [f"{indent}  {k}: {_scalar(change[k])}{newline}" for k in keys[1:]]
    return [first, *rest]


def _scalar(value: str) -> str:
    """A YAML scalar for ``value``: dates and ids bare, versions and notes double-quoted."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}|[a-z][a-z0-9-]*", value) and value not in _YAML_WORDS:
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}


def _verify(label: str, before: dict, text: str, fields: dict, change: dict) -> None:
    """The edited front matter holds exactly what was meant: the same fields as before, the
    approval's fields set, one change added."""
    after = read_meta(label, text)
    expected = {**before, **fields, "changes": [*_changes(before), change]}
    if after != expected:
        raise ApprovalError(
            f"{label}: the front matter could not be changed safely (its layout is unusual): "
            "set the fields by hand, or ask a developer; the file was not changed"
        )
