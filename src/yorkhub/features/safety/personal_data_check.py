"""No personal data in any page (front matter and body) or data file.

Every finding names the file, the line and the kind, with the value masked. A
page may allow a value it must publish (a service number, say) with a reason in
``personal_data_allow``; every allowance in use is listed as a note, so the
allow-list is reviewed on every build rather than forgotten.
"""

from __future__ import annotations

from yorkhub.features.safety.personal_data import (
    Finding,
    Rules,
    find,
    mask,
    name_hints,
    normalise,
    rules,
)
from yorkhub.problems import NOTE, Problem, SetupError

FIELD = "personal_data_allow"
ALLOW = 'personal_data_allow: [{value: "...", reason: "..."}]'
FIX = f"remove it; if the page must publish it, allow it with a reason in the front matter: {ALLOW}"


def check(catalogue, context) -> list[Problem]:
    settings = context.settings
    try:
        active = rules(settings.allow, settings.case_id_patterns)
    except ValueError as err:
        raise SetupError(f"mkdocs.yml: extra.hub.{err}") from None
    problems = [_summary(settings.allow or {})]
    for page in catalogue.pages:
        problems += _page(page, active)
    for name, data in sorted(context.data.items()):
        problems += _data(f"data/{name}.yml", data, active)
    return problems


def _page(page, active: Rules) -> list[Problem]:
    allowed = page.meta.get(FIELD, [])
    used, problems = set(), []
    for line, finding in _page_findings(page, active):
        entry = next(
            (
                i
                for i, e in enumerate(allowed)
                if normalise(finding.kind, e["value"]) == normalise(finding.kind, finding.value)
            ),
            None,
        )
        if entry is None:
            problems.append(
                Problem(page.src, line, f"personal data: {finding.kind} {finding.masked}: {FIX}")
            )
        elif entry not in used:
            used.add(entry)
            problems.append(
                Problem(
                    page.src,
                    page.line(FIELD),
                    f"personal data allowed: {finding.kind} {finding.masked} ({allowed[entry]['reason']})",
                    NOTE,
                )
            )
    for hint in name_hints(page.body):
        problems.append(
            Problem(
                page.src,
                page.body_line + page.body.count("\n", 0, hint.start),
                f"advice: '{hint.masked}' next to an age, school or street may be a person's name: "
                "check it is not a child's or family's (names cannot be detected reliably)",
                NOTE,
            )
        )
    for i, entry in enumerate(allowed):
        if i not in used:
            problems.append(
                Problem(
                    page.src,
                    page.line(FIELD),
                    f"{FIELD}: '{mask(entry['value'])}' is not on the page: remove it from the list",
                    NOTE,
                )
            )
    return problems


def _page_findings(page, active: Rules) -> list[tuple[int, Finding]]:
    found = []
    for key, value in page.meta.items():
        if key != FIELD:
            found += [(page.line(key), f) for text in _strings(value) for f in find(text, active)]
    found += [
        (page.body_line + page.body.count("\n", 0, f.start), f) for f in find(page.body, active)
    ]
    return found


def _data(label: str, data, active: Rules) -> list[Problem]:
    # Data files are parsed before any check sees them, so the place is given as the
    # path to the value (``icpc.source``) rather than a line.
    problems = []
    for path, text in paths(data, ""):
        for finding in find(text, active):
            where = f" in {path}" if path else ""
            problems.append(
                Problem(
                    label, None, f"personal data{where}: {finding.kind} {finding.masked}: remove it"
                )
            )
    return problems


def _summary(allow: dict) -> Problem:
    phones = len(allow.get("phones") or [])
    domains = ", ".join(allow.get("email_domains") or []) or "none"
    return Problem(
        "mkdocs.yml",
        None,
        f"personal data allow-list (extra.hub.allow): {phones} phone number{'s' if phones != 1 else ''}; "
        f"email domains: {domains}",
        NOTE,
    )


def _strings(value) -> list[str]:
    return [text for _, text in paths(value, "")]


def paths(value, path: str) -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, int) and not isinstance(value, bool):
        return [(path, str(value))]  # an NHS number written without quotes is an integer
    if isinstance(value, dict):
        return [
            item for key, inner in value.items() for item in paths(inner, _join(path, str(key)))
        ]
    if isinstance(value, list):
        return [
            item for i, inner in enumerate(value) for item in paths(inner, _join(path, str(i + 1)))
        ]
    return []


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
