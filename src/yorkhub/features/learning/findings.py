"""Under an audit page's own text: its facts and its findings, each linked to its themes.

The findings come from the page's checked front matter (unknown themes, missing
dates and findings without themes are reported by the content model), so the
list can never disagree with the theme pages, which read the same data.
"""

from __future__ import annotations

from yorkhub import markdown as md
from yorkhub.features.learning.model import AUDIT, AUDITS_INDEX, KIND_LABELS, kind_label, theme_uri
from yorkhub.markdown import link, month

HEADING = "## Which learning themes did it raise?"


def transform(page, markdown, catalogue, context) -> str:
    if page.type != AUDIT or not page.meta.get("findings"):
        return markdown
    return markdown.rstrip("\n") + "\n\n" + section(page, catalogue.registries["themes"])


def section(page, themes) -> str:
    """The facts line and the findings list, as Markdown."""
    meta = page.meta
    facts = [
        f"Kind: {md.text(kind_label(meta.get('kind', '')))}",
        f"When: {month(meta['date'])}" if "date" in meta else None,
        f"Cases audited: {md.text(meta.get('cases', 'not known'))}",
    ]
    lines = [HEADING, "", " · ".join(f for f in facts if f), ""]
    for finding in meta["findings"]:
        links = ", ".join(
            link(page.uri, theme_uri(t), md.text(themes.title(t))) for t in finding["themes"]
        )
        lines.append(
            f"- **{KIND_LABELS[finding['kind']].capitalize()}**: {md.text(finding['summary'])} Themes: {links}."
        )
    lines += ["", f"See all audits: {link(page.uri, AUDITS_INDEX, 'Audits and reviews')}.", ""]
    return "\n".join(lines)
