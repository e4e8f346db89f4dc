"""The theme-by-document matrix, readable on a phone as well as a desktop.

A real table (row and column headers with ``scope``) for wide screens: it
scrolls sideways with the document column held in place (hub.css). The same
facts follow as a list per theme, which reads well on a phone and in a screen
reader. Links are written in Markdown inside the HTML (``md_in_html``) so MkDocs
checks and rewrites them like any other link.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub import markdown as md
from yorkhub.features.learning.model import (
    OWNER,
    document_order,
    documents,
    stamp,
    theme_uri,
    type_label,
)
from yorkhub.generated import Output
from yorkhub.markdown import link

URI = "learning/matrix.md"
HEADING = "Which themes does each document address?"
HEADING_ID = "which-themes-does-each-document-address"  # the id MkDocs' toc gives HEADING
TITLE = "Theme-by-document matrix"
INTRO = """\
Which documents address which audit learning themes. The table is for wide
screens: scroll it sideways and the document column stays in view. On a phone,
use [the list by theme](#which-documents-address-each-theme) below it, which
holds the same facts.
"""


def generate(catalogue, context) -> Output:
    themes = catalogue.registries["themes"]
    keys = themes.ids()
    docs = sorted(
        {p.uri: p for key in keys for p in documents(catalogue, "themes", key)}.values(),
        key=document_order,
    )
    parts = [
        f"# {TITLE}\n",
        stamp(context.today),
        INTRO,
        f"## {HEADING}\n",
        f"{len(docs)} documents, {len(keys)} learning themes.\n",
        matrix(docs, keys, themes) if docs else "_No document addresses a theme yet._\n",
        "## Which documents address each theme?\n",
        by_theme(catalogue, keys, themes),
    ]
    return Output(
        pages={
            URI: generated.page(
                TITLE,
                "\n".join(parts),
                summary="Which documents address which audit learning themes, as a table and as lists.",
                owner=OWNER,
                status="draft",
                order=50,
                keywords=["matrix", "themes", "documents", "coverage", "traceability"],
            )
        }
    )


def matrix(docs, keys, themes) -> str:
    """An accessible HTML table: documents as row headers, themes as column headers."""
    head = ['<th scope="col">Document</th>'] + [
        f'<th scope="col" markdown="span">{link(URI, theme_uri(k), md.text(themes.title(k)))}</th>'
        for k in keys
    ]
    # Named by the heading above it: md_in_html would wrap a <caption> in a paragraph.
    lines = [
        '<div class="hub-matrix" markdown="1">',
        f'<table markdown="1" aria-labelledby="{HEADING_ID}">',
        '<thead markdown="1">',
        '<tr markdown="1">' + "".join(head) + "</tr>",
        "</thead>",
        '<tbody markdown="1">',
    ]
    for page in docs:
        cells = ["<td>Yes</td>" if k in page.themes else "<td></td>" for k in keys]
        row_head = f'<th scope="row" markdown="span">{link(URI, page.uri, page.title)} ({type_label(page).lower()})</th>'
        lines.append('<tr markdown="1">' + row_head + "".join(cells) + "</tr>")
    lines += ["</tbody>", "</table>", "</div>", ""]
    return "\n".join(lines)


def by_theme(catalogue, keys, themes) -> str:
    """The same facts as a list per theme."""
    parts = []
    for key in keys:
        pages = documents(catalogue, "themes", key)
        parts.append(f"### {md.text(themes.title(key))}\n")
        if not pages:
            parts.append("_No document addresses this theme yet._\n")
            continue
        parts.append(
            "\n".join(f"- {link(URI, p.uri, p.title)} ({type_label(p).lower()})" for p in pages)
            + "\n"
        )
    return "\n".join(parts)
