"""Everything MkDocs would publish besides the checked pages, checked too.

The survey (``yorkhub.survey``) lists what ``docs/`` holds and what pages include;
this turns it into problems: files that may not be published, snippets that are
missing or reach outside the project, an included page the build leaves out,
and personal data in assets and included text. Pure: it reads nothing from disk.
"""

from __future__ import annotations

from yorkhub.features.safety import raw_html
from yorkhub.features.safety.personal_data import find, rules
from yorkhub.features.safety.personal_data_check import paths
from yorkhub.problems import Problem, SetupError

PAGE_FOLDERS = (("docs/", ""), ("guides/", "guides/"))


def check(survey, catalogue, left_out: set[str], settings) -> list[Problem]:
    """Problems with the survey, given the pages this build publishes and leaves out."""
    problems = [Problem(r.src, None, r.reason) for r in survey.refused]
    problems += [
        Problem(i.src, i.line, f"snippet '{i.path}' {i.problem}")
        for i in survey.includes
        if i.problem
    ]
    problems += _included_pages(survey, catalogue, left_out)
    try:
        active = rules(settings.allow, settings.case_id_patterns)
    except ValueError as err:
        raise SetupError(f"mkdocs.yml: extra.hub.{err}") from None
    texts = [(src, raw) for src, _, raw in survey.assets]
    texts += [(src, raw) for src, raw in survey.included.items() if uri_of(src) is None]
    for src, raw in sorted(texts):
        text = raw.decode("utf-8", errors="replace")
        problems += scan(src, text, active)
        # Browsers run scripts inside an SVG; included text is pasted into pages as it is.
        if src.lower().endswith((".svg", ".xml")) or src in survey.included:
            problems += [
                Problem(src, text.count("\n", 0, offset) + 1, message)
                for offset, message in raw_html.find(text)
            ]
    names = [src for src, _, _ in survey.pages + survey.assets] + list(survey.included)
    problems += [
        Problem(
            src, None, f"personal data in the file's name: {f.kind} {f.masked}: rename the file"
        )
        for src in sorted(set(names))
        for f in find(src.replace("/", " ").replace("_", " "), active)
    ]
    problems += [
        Problem(
            src,
            None,
            "the file's name has a space, '#' or '?', which breaks links to it: "
            "rename it with hyphens (standards/home-visits.md)",
        )
        for src in sorted(set(names))
        if any(c in src for c in " #?")
    ]
    return problems + _config(survey.config, active)


def _config(config: dict, active) -> list[Problem]:
    """mkdocs.yml's text (site name, description, copyright, nav, extra) reaches every page."""
    published = {k: v for k, v in config.items() if k not in ("markdown_extensions", "plugins")}
    extra = dict(published.get("extra") or {})
    extra.pop("hub", None)  # the hub's settings: allow-list and patterns, never published
    published["extra"] = extra
    texts = paths(published, "") + [("nav", title) for title in _nav_titles(published.get("nav"))]
    problems = [
        Problem("mkdocs.yml", None, f"personal data in {path}: {f.kind} {f.masked}: remove it")
        for path, text in texts
        for f in find(text, active)
    ]
    # Material writes the site name, copyright and nav titles into every page as HTML.
    return problems + [
        Problem("mkdocs.yml", None, f"{path}: {message}")
        for path, text in texts
        for _, message in raw_html.find(text)
    ]


def _nav_titles(nav) -> list[str]:
    """The section and page titles of mkdocs.yml's nav (the keys of its entries)."""
    if isinstance(nav, list):
        return [title for item in nav for title in _nav_titles(item)]
    if isinstance(nav, dict):
        return [str(k) for k in nav] + [t for v in nav.values() for t in _nav_titles(v)]
    return []


def scan(src: str, text: str, active) -> list[Problem]:
    """Personal data in a file published or included as it is, by line."""
    return [
        Problem(
            src,
            text.count("\n", 0, f.start) + 1,
            f"personal data: {f.kind} {f.masked}: remove it (this file is published as it is)",
        )
        for f in find(text, active)
    ]


def uri_of(src: str) -> str | None:
    """The site path of a page's source file, or None if it is not a page."""
    for folder, prefix in PAGE_FOLDERS:
        if src.startswith(folder) and src.rsplit(".", 1)[-1] in (
            "md",
            "markdown",
            "mdown",
            "mkdn",
            "mkd",
        ):
            return prefix + src[len(folder) :]
    return None


def _included_pages(survey, catalogue, left_out: set[str]) -> list[Problem]:
    by_src: dict[str, list] = {}
    for include in survey.includes:
        by_src.setdefault(include.src, []).append(include)
    problems = []
    for page in catalogue.pages:
        for include in _closure(page.src, by_src):
            target = uri_of(include.target or "")
            if target in left_out:
                problems.append(
                    Problem(
                        include.src,
                        include.line,
                        f"snippet '{include.path}' brings in {include.target}, a page this build "
                        f"leaves out (internal, or a draft), into {page.src}: remove the snippet, "
                        "or move the shared text into includes/",
                    )
                )
    return problems


def blocked(survey) -> dict[str, set[str]]:
    """For each page, the snippet paths it writes that lead to a refused file (directly
    or through the files they include): the build must not let pymdownx read them."""
    by_src: dict[str, list] = {}
    for include in survey.includes:
        by_src.setdefault(include.src, []).append(include)
    found: dict[str, set[str]] = {}
    for src, includes in by_src.items():
        for include in includes:
            reached = [include] + (_closure(include.target, by_src) if include.target else [])
            if any(i.problem for i in reached):
                found.setdefault(src, set()).add(include.path)
    return found


def _closure(src: str, by_src: dict) -> list:
    found, stack, seen = [], [src], {src}
    while stack:
        for include in by_src.get(stack.pop(), []):
            found.append(include)
            if include.target and include.target not in seen and not include.problem:
                seen.add(include.target)
                stack.append(include.target)
    return found
