"""Check one page's front matter against the content model.

``check_page`` returns the page (or ``None`` when it cannot be read at all) and
every problem found; it never raises for bad content and never logs.
"""

from __future__ import annotations

from yorkhub import frontmatter
from yorkhub.fields import suggestion
from yorkhub.page import Page
from yorkhub.problems import Problem
from yorkhub.registry import Registry
from yorkhub.schema import COMMON_REQUIRED, FIELDS, TYPES


def check_page(
    src: str, uri: str, raw: bytes, registries: dict[str, Registry]
) -> tuple[Page | None, list[Problem]]:
    """Read and check the file ``src`` (its bytes are ``raw``)."""
    text, problems = frontmatter.decode(src, raw)
    if text is None:
        return None, problems
    parsed, problems = frontmatter.split(src, text)
    if parsed is None:
        return None, problems
    page = Page(src, uri, {}, parsed.body, parsed.body_line, parsed.lines)
    problems += _check_fields(page, parsed.meta, registries)
    problems += _check_rules(page)
    return page, problems


def _check_fields(page: Page, raw: dict, registries: dict[str, Registry]) -> list[Problem]:
    kind = raw.get("type")
    page_type = TYPES.get(kind) if isinstance(kind, str) else None
    problems = []
    if kind is not None and page_type is None:
        problems.append(
            Problem(
                page.src,
                page.line("type"),
                f"type: unknown type '{kind}'{suggestion(str(kind), TYPES)}: use one of {', '.join(TYPES)}",
            )
        )
    required = COMMON_REQUIRED + (page_type.required if page_type else ())
    allowed = page_type.allowed() if page_type else tuple(FIELDS)
    for key in required:
        if key not in raw:
            problems.append(
                Problem(
                    page.src,
                    1,
                    f"{key}: missing: add '{key}: ...' to the front matter ({FIELDS[key].help})",
                )
            )
    for key, value in raw.items():
        key = str(key)
        if key not in allowed:
            problems.append(Problem(page.src, page.line(key), _unknown(key, allowed, kind)))
            continue
        clean, message = FIELDS[key].check(value, registries)
        if message:
            problems.append(Problem(page.src, page.line(key), f"{key}: {message}"))
        else:
            page.meta[key] = clean
    return _once(problems)


def _unknown(key: str, allowed: tuple[str, ...], kind) -> str:
    near = suggestion(key, allowed)
    if near:
        return f"{key}: unknown field{near}: fix the spelling"
    if key in FIELDS:
        return f"{key}: not a field of type '{kind}': remove it"
    return f"{key}: unknown field: remove it, or see the Authoring page for the fields of type '{kind}'"


def _check_rules(page: Page) -> list[Problem]:
    """Rules that involve more than one field."""
    meta, problems = page.meta, []
    reviewed, review_by = meta.get("last_reviewed"), meta.get("review_by")
    if reviewed and review_by and review_by < reviewed:
        problems.append(
            Problem(
                page.src,
                page.line("review_by"),
                f"review_by: {review_by} is before last_reviewed ({reviewed}): the next review comes after the last",
            )
        )
    if meta.get("status") == "approved":
        for key in ("last_reviewed", "review_by"):
            if key not in meta:
                problems.append(
                    Problem(
                        page.src,
                        page.line("status"),
                        f"{key}: an approved page needs '{key}: YYYY-MM-DD'",
                    )
                )
    if meta.get("status") == "draft" and "approver" not in meta:
        problems.append(
            Problem(
                page.src,
                page.line("status"),
                "approver: a draft needs the role that will approve it, for example 'approver: principal-social-worker'",
            )
        )
    return problems


def _once(problems: list[Problem]) -> list[Problem]:
    seen, unique = set(), []
    for problem in problems:
        if problem not in seen:
            seen.add(problem)
            unique.append(problem)
    return unique
