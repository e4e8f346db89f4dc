"""Small helpers for writing generated Markdown safely."""

from __future__ import annotations

from datetime import date


def cell(value: object) -> str:
    """Text for a table cell: pipes escaped, new lines folded."""
    if value is None or value == "":
        return "–"
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split()).replace("|", "\\|")


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A Markdown table; an empty table says so instead."""
    if not rows:
        return "_None._\n"
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def front_matter(title: str, **extra: object) -> str:
    """Front matter for a generated page (plain keys MkDocs and Material read)."""
    import yaml

    data = {"title": title, **extra}
    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n\n"


def link(from_uri: str, to_uri: str, text: str) -> str:
    """A Markdown link from one page to another, relative as MkDocs expects."""
    import posixpath

    start = posixpath.dirname(from_uri)
    return f"[{text}]({posixpath.relpath(to_uri, start or '.')})"
