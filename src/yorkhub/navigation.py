"""Add generated children to the nav sections named in mkdocs.yml."""
from __future__ import annotations


def extend(nav: list | None, children: dict[str, list[tuple[str, str]]]) -> list | None:
    """A copy of ``nav`` where each section whose first entry is a key of ``children``
    gains those ``(title, uri)`` entries after its own. Leaves ``nav`` untouched."""
    if nav is None:
        return None
    return [_extend_item(item, children) for item in nav]


def _extend_item(item, children):
    if not isinstance(item, dict) or len(item) != 1:
        return item
    (title, value), = item.items()
    if not isinstance(value, list):
        return item
    inner = [_extend_item(child, children) for child in value]
    index = inner[0] if inner and isinstance(inner[0], str) else None
    extra = [{t: uri} for t, uri in children.get(index, [])] if index else []
    return {title: inner + extra}
