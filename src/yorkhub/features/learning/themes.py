"""A page per audit learning theme, and the learning themes index.

Each theme page says what the theme means, lists every audit finding tagged with
it (newest first) and every document that addresses it. The index counts, for
each theme, the audits that raised it, when it was last seen and the documents
that address it. Each theme page carries the theme's title as a Material tag.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub import markdown as md
from yorkhub.features.learning.model import (
    KIND_LABELS,
    OWNER,
    THEMES_INDEX,
    documents,
    findings,
    stamp,
    theme_uri,
    type_label,
)
from yorkhub.generated import Output
from yorkhub.markdown import link, month, table

INDEX_TITLE = "Learning themes"
INTRO = """\
Each finding from York's audits, inspections and peer challenges is tagged with
one or more learning themes. A theme's page shows what audits found about it and
which standards, procedures and one minute guides address it.
"""


def generate(catalogue, context) -> Output:
    themes = catalogue.registries["themes"]
    pages = {theme_uri(key): theme_page(catalogue, key, context.today) for key in themes.ids()}
    pages[THEMES_INDEX] = index_page(catalogue, context.today)
    return Output(pages=pages)


def theme_page(catalogue, key: str, today) -> generated.Generated:
    """One theme's page."""
    themes, uri = catalogue.registries["themes"], theme_uri(key)
    title, description = themes.title(key), themes.entries[key]["description"]
    parts = [
        f"# {md.text(title)}\n",
        stamp(today),
        "## What does this theme mean?\n",
        md.text(description) + "\n",
        "## What have audits found?\n",
        finding_list(uri, findings(catalogue, key)),
        "## Which documents address it?\n",
        document_list(uri, documents(catalogue, "themes", key)),
        f"See all themes: {link(uri, THEMES_INDEX, INDEX_TITLE)}.\n",
    ]
    return generated.page(
        title,
        "\n".join(parts),
        type="learning-theme",
        theme=key,
        summary=description,
        owner=OWNER,
        status="draft",
        theme_tags=[md.title(title)],
    )


def finding_list(uri: str, found) -> str:
    """Findings as list items: month, what was found, its kind and its audit, linked."""
    if not found:
        return "_No audit finding in the hub is tagged with this theme yet._\n"
    lines = [
        f"- **{month(f.date)}**, {KIND_LABELS[f.kind]}: {md.text(f.summary)} "
        f"({link(uri, f.audit.uri, f.audit.title)})"
        for f in found
    ]
    return "\n".join(lines) + "\n"


def document_list(uri: str, pages) -> str:
    """Documents as list items: type, linked title, draft marker, summary."""
    if not pages:
        return "_No standard, procedure or guide in the hub addresses this theme yet._\n"
    lines = []
    for page in pages:
        draft = " (draft)" if page.status == "draft" else ""
        lines.append(
            f"- {type_label(page)}: **{link(uri, page.uri, page.title)}**{draft}. "
            f"{md.text(page.meta.get('summary', ''))}"
        )
    return "\n".join(lines) + "\n"


def index_page(catalogue, today) -> generated.Generated:
    """The learning themes index: each theme with its audits, last seen and documents."""
    themes = catalogue.registries["themes"]
    rows = []
    for key in themes.ids():
        found = findings(catalogue, key)
        audits = {f.audit.uri for f in found}
        rows.append(
            [
                link(THEMES_INDEX, theme_uri(key), md.text(themes.title(key))),
                len(audits),
                month(found[0].date) if found else "not yet raised",
                len(documents(catalogue, "themes", key)),
            ]
        )
    return generated.page(
        INDEX_TITLE,
        "\n".join(
            [
                f"# {INDEX_TITLE}\n",
                stamp(today),
                INTRO,
                table(
                    ["theme", "audits that raised it", "last seen", "documents that address it"],
                    rows,
                ),
            ]
        ),
        summary="Each audit learning theme, how many audits raised it, when it was last seen, and how many documents address it.",
        owner=OWNER,
        status="draft",
        order=10,
        keywords=["themes", "learning", "audit findings", "tags"],
    )
