"""What Material's built-in search reads from a page's front matter, worked out by the hub.

- ``keywords`` (the words and abbreviations people type that the text may not
  use) become the page's search *tags*: Material indexes them with every section
  of the page, so they find it, but neither the page nor the search results show
  them (the hub's search worker, docs/assets/javascripts/search-worker.js, leaves
  them out of each result), so readers get no hidden or repeated text.
- An abbreviation among the keywords brings its meaning from the glossary, and a
  meaning brings its abbreviation, so "CIN" and "child in need" find the same page;
  the glossary page is tagged with every abbreviation it explains.
- Standards, procedures and policies (what to do) rank above audit reports,
  and listings of other pages rank below both (Material's ``search.boost``).
- Pages for authors and maintainers (the menu's "For authors" section) are left
  out of readers' search altogether; the menu still reaches them.
"""

from __future__ import annotations

# Pages that say what to do rank above pages that report on audits or describe the hub.
TYPE_BOOST = {
    "practice-standard": 2.0,
    "managers-standard": 2.0,
    "procedure": 2.0,
    "policy": 2.0,
    "scheme-of-delegation": 2.0,
    "framework": 1.5,
}
# Pages for authors and maintainers: the "For authors" section of the menu (mkdocs.yml lists
# the same pages). Readers never search for how the hub is made, so they are not searched.
FOR_AUTHORS = ("authoring/", "learning/coverage.md", "learning/matrix.md")
# Site paths whose pages list or describe other pages: useful, but never the answer.
LOWER = ("whats-new.md",)
LOWER_BOOST = 0.5
# Listings that only repeat other pages' titles and summaries: each entry is
# found on its own page, so indexing them again would only grow the index (it
# is downloaded by every reader) and crowd the results.
NOT_SEARCHED = (
    "learning/matrix.md",
    "learning/tags.md",
    "authoring/review-schedule.md",
    "whats-new.md",
)
GLOSSARY = "about/glossary.md"


def settings(uri: str, meta: dict, glossary: dict[str, str]) -> dict:
    """Front-matter keys to add to the page for search (``tags``, ``search``); never overrides the author's."""
    added: dict = {}
    tags = terms([str(k) for k in meta.get("keywords") or []], glossary)
    if uri == GLOSSARY:  # "what is a PSW?": every abbreviation leads to its meaning
        tags = sorted(glossary, key=str.lower)
    if tags and "tags" not in meta:
        added["tags"] = tags
    boost = LOWER_BOOST if uri.startswith(LOWER) else TYPE_BOOST.get(str(meta.get("type")))
    if "search" not in meta and (uri in NOT_SEARCHED or uri.startswith(FOR_AUTHORS)):
        added["search"] = {"exclude": True}
    elif boost and "search" not in meta:
        added["search"] = {"boost": boost}
    return added


def terms(keywords: list[str], glossary: dict[str, str]) -> list[str]:
    """The keywords, each followed by its glossary meaning or abbreviation, once each."""
    meanings = {meaning.lower(): abbr for abbr, meaning in glossary.items()}
    found: list[str] = []
    for keyword in keywords:
        partner = glossary.get(keyword) or meanings.get(keyword.lower())
        for term in (keyword, partner):
            if term and term.lower() not in (t.lower() for t in found):
                found.append(term)
    return found
