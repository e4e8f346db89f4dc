"""Score the hub's search with the hub's own search worker, run in Node as readers get it.

    .venv/bin/python tests/search_eval.py SITE_DIR [QUERIES_YML]

QUERIES_YML defaults to ../shared/eval/search-queries.yml beside the project. Each
entry has ``q`` (what a social worker types) and ``must`` (regexes). Scoring, as
that file's header says: a query is answered when one of the top 3 results links
to a section whose text matches every ``must`` regex (case-insensitive).

- The worker is the one the built pages name, with the index the build ships: on a served
  build, Pagefind's (pagefind/, read from SITE_DIR as the server would send it); on a build
  that keeps Material's (the offline copy, HUB_SEARCH=material), Material's Lunr index.
- A *result* is what Material's search box lists: one entry per page, best first
  (the worker's groups). A result links to its best-scoring document, which
  Material shows highlighted under the page: a section (``page/#anchor``) or the
  page itself.
- A section's text is its heading and everything after it up to the next heading
  of the same or higher level; a page's text is its whole main content. Both are
  read from the built HTML, leaving out what the hub marks ``data-search-exclude``
  (the page facts box, print footer and draft notice: boilerplate on every page,
  which must not count as an answer).
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT.parent / "shared" / "eval" / "search-queries.yml"
RUNNER = Path(__file__).resolve().parent / "search" / "run_search.mjs"
TOP = 3
_HEADING = re.compile(r"^h([1-6])$")
_SKIP = {"script", "style"}
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}


@dataclass(frozen=True)
class Query:
    q: str
    must: tuple[str, ...]

    def answered_by(self, text: str) -> bool:
        return all(re.search(pattern, text, re.IGNORECASE) for pattern in self.must)


@dataclass(frozen=True)
class Outcome:
    query: Query
    links: tuple[str, ...]  # what the top results link to, best first
    answered: bool


def load_queries(path: Path = QUERIES) -> list[Query]:
    """The evaluation questions from the shared YAML file."""
    return [
        Query(str(item["q"]), tuple(item["must"]))
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def indexed(site: Path) -> dict[str, dict]:
    """What readers' search holds, page by page: {location: {"title", "text", "anchors"}}
    (anchors: the ids of the sections a result can open). On a served build, Pagefind's
    records (pagefind/fragment/, gzipped JSON); else Material's index."""
    folder = site / "pagefind" / "fragment"
    found: dict[str, dict] = {}
    if folder.is_dir():
        for path in sorted(folder.glob("*.pf_fragment")):
            record = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
            meta = record["meta"]
            found[meta["location"]] = {
                "title": meta.get("title", ""),
                "text": record["content"],
                "anchors": [a["id"] for a in record.get("anchors", []) if a.get("id")],
            }
        return found
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        location, _, anchor = doc["location"].partition("#")
        page = found.setdefault(location, {"title": "", "text": "", "anchors": []})
        if anchor:
            page["anchors"].append(anchor)
        else:
            page["title"] = doc["title"]
        page["text"] += " " + doc["text"]
    return found


def node() -> str | None:
    """The Node executable, or None when it is not installed."""
    return shutil.which("node") or ("/usr/bin/node" if Path("/usr/bin/node").is_file() else None)


def search(site: Path, queries: list[str]) -> list[list[list[dict]]]:
    """The hub's worker's answer for each query: groups (one per page) of {location, title, score}."""
    done = subprocess.run(
        [node() or "node", str(RUNNER), str(site)],
        input=json.dumps(queries),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the search runner failed: {done.stderr.strip()}")
    return json.loads(done.stdout)


def top_links(groups: list[list[dict]], top: int = TOP) -> tuple[str, ...]:
    """The location each of the first ``top`` results links to: its best-scoring document."""
    return tuple(group[0]["location"] for group in groups[:top] if group)


class _Sections(HTMLParser):
    """The main content of a page as (heading level or 0, anchor id, text) pieces, in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[int, str, str]] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped) from <article> down
        self.inside = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if not self.inside:
            self.inside = tag == "article" and "md-content__inner" in (attrs.get("class") or "")
            if self.inside:
                self.stack.append((tag, False))
            return
        if tag in _VOID:
            return
        skipped = (
            self._skipping()
            or tag in _SKIP
            or "data-search-exclude" in attrs
            or "headerlink" in (attrs.get("class") or "")
        )
        heading = _HEADING.match(tag)
        if heading and not skipped:
            self.pieces.append((int(heading.group(1)), attrs.get("id") or "", ""))
        self.stack.append((tag, skipped))

    def handle_endtag(self, tag):
        if not self.inside or tag in _VOID:
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        self.inside = bool(self.stack)

    def handle_data(self, data):
        if self.inside and not self._skipping():
            self.pieces.append((0, "", data))

    def _skipping(self) -> bool:
        return any(skipped for _, skipped in self.stack)


def section_text(html: str, anchor: str = "") -> str:
    """The text of the section whose heading has id ``anchor``, or the whole main content."""
    parser = _Sections()
    parser.feed(html)
    pieces, start, level = parser.pieces, 0, 0
    if anchor:
        found = [i for i, (lvl, key, _) in enumerate(pieces) if lvl and key == anchor]
        if not found:
            return ""
        start, level = found[0], pieces[found[0]][0]
    texts = [pieces[start][2]] if pieces else []
    for lvl, _, text in pieces[start + 1 :]:
        if anchor and lvl and lvl <= level:
            break
        texts.append(text)
    return " ".join(" ".join(texts).split())


def linked_text(site: Path, location: str) -> str:
    """The text a search result's link leads to, read from the built site."""
    path, _, anchor = location.partition("#")
    page = site / path / "index.html" if not path.endswith(".html") else site / path
    return section_text(page.read_text(encoding="utf-8"), anchor) if page.is_file() else ""


def evaluate(site: Path, queries: list[Query]) -> list[Outcome]:
    """Run every query through the hub's search and score its top results."""
    outcomes = []
    for query, groups in zip(queries, search(site, [q.q for q in queries]), strict=True):
        links = top_links(groups)
        answered = any(query.answered_by(linked_text(site, link)) for link in links)
        outcomes.append(Outcome(query, links, answered))
    return outcomes


def report(outcomes: list[Outcome]) -> str:
    """The hit rate at 3 and every miss, with what the top results were."""
    hits = sum(o.answered for o in outcomes)
    lines = [
        f"search hit rate at {TOP}: {hits}/{len(outcomes)} = {hits / max(len(outcomes), 1):.2f}"
    ]
    for outcome in outcomes:
        if not outcome.answered:
            lines.append(
                f"MISS {outcome.query.q!r} (must match {list(outcome.query.must)}): top {TOP}: {list(outcome.links)}"
            )
    return "\n".join(lines)


def hit_rate(outcomes: list[Outcome]) -> float:
    return sum(o.answered for o in outcomes) / max(len(outcomes), 1)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    results = evaluate(
        Path(sys.argv[1]), load_queries(Path(sys.argv[2]) if len(sys.argv) > 2 else QUERIES)
    )
    print(report(results))
