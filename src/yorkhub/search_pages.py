"""The served hub's search index: Pagefind's chunked index of the pages Material indexes.

Material's search downloads one file holding every page (search/search_index.json) and
builds its index in the reader's browser: 16 MB for a hub of 4,000 pages, seconds before the
first result. A served build (intranet or public) instead gets Pagefind's static index,
split in small chunks that the reader fetches for the words asked only
(bench/search.py measures both). The offline copy keeps Material's search: it opens
from files, where Pagefind cannot fetch its chunks.

After MkDocs has written the site, :func:`write` reads what Material's search plugin indexed
(so a page left out of search, src/yorkhub/search.py, stays out), hands each of those pages
to Pagefind as one record (the article only, without the furniture the hub marks
``data-search-exclude``; its sections are found by their headings), with its keywords and
rank as metadata, never as text a reader sees, and replaces search_index.json by its
settings alone, with ``"engine": "pagefind"``: the hub's search worker
(docs/assets/javascripts/search-worker.js) reads that and answers Material's search box
from Pagefind, with the hub's query rules, so the header, the results and the keyboard are
Material's as before.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

FOLDER = "pagefind"
INDEX = "search/search_index.json"
WORDS = "hub-words.json"  # the words of the hub, for the one-typo rule (fetched on a miss only)
# Pagefind's browser files the hub uses; its own search interfaces are left out.
KEEP = ("pagefind.js", "pagefind-entry.json", "wasm.en.pagefind")
# Furniture inside the article that Material's index leaves out too ("¶" links).
EXCLUDE = ".headerlink"
_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*)</article>', re.S)
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]{5,}")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Page:
    """A page of Material's index (its document without an anchor)."""

    location: str  # as Material's index has it: "" (home), "standards/cin/"
    keywords: tuple[str, ...]
    boost: float


def pages(index: dict) -> list[Page]:
    """The pages Material's search index holds, with their keywords (tags) and rank."""
    return [
        Page(
            str(doc.get("location", "")),
            tuple(str(tag) for tag in doc.get("tags") or []),
            float(doc.get("boost", 1.0)),
        )
        for doc in index.get("docs") or []
        if "#" not in str(doc.get("location", ""))
    ]


def record(page_html: str, page: Page) -> str | None:
    """The page as Pagefind reads it: the article, its furniture ignored, and as metadata
    (never text) its address, keywords and rank; None when it has no article."""
    found = _ARTICLE.search(page_html)
    if found is None:
        return None
    body = found.group(1).replace(
        " data-search-exclude", ' data-search-exclude data-pagefind-ignore="all"'
    )
    meta = {"url": "/" + page.location, "location": page.location, "boost": f"{page.boost:g}"}
    if page.keywords:
        meta["keywords"] = ", ".join(page.keywords)
    marks = "".join(
        f'<span data-pagefind-meta="{html.escape(key)}:{html.escape(value)}"></span>'
        for key, value in meta.items()
    )
    return f'<html lang="en"><body>{body}{marks}</body></html>'


def words(index: dict) -> list[str]:
    """Every word of five letters or more in the index (titles, text, keywords), lower case,
    the most used first (the one-typo rule takes the first near word)."""
    counts: Counter[str] = Counter()
    for doc in index.get("docs") or []:
        text = " ".join(
            [str(doc.get("title", "")), str(doc.get("text", "")), *map(str, doc.get("tags") or [])]
        )
        counts.update(w.lower() for w in _WORD.findall(html.unescape(_TAG.sub(" ", text))))
    return [word for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def settings_only(index: dict) -> dict:
    """search_index.json for a served build: Material's settings, the engine, no documents."""
    return {"config": {**index.get("config", {}), "engine": FOLDER}, "docs": []}


def write(site: Path) -> int:
    """Build Pagefind's index of ``site`` into site/pagefind/ and slim search_index.json;
    the number of pages indexed."""
    index_file = site / INDEX
    if not index_file.is_file():
        raise FileNotFoundError(
            f"{index_file}: Material's search index is missing: keep the search plugin in mkdocs.yml"
        )
    index = json.loads(index_file.read_text(encoding="utf-8"))
    records = []
    for page in pages(index):
        source = site / page.location / "index.html"
        if source.is_file() and (text := record(source.read_text(encoding="utf-8"), page)):
            records.append(text)
    out = site / FOLDER
    _index(records, out)
    for entry in out.iterdir():  # only what the hub's worker fetches
        if entry.is_file() and not (entry.name in KEEP or entry.suffix == ".pf_meta"):
            entry.unlink()
    (out / WORDS).write_text(json.dumps(words(index)), encoding="utf-8")
    index_file.write_text(json.dumps(settings_only(index)), encoding="utf-8")
    return len(records)


def _index(records: list[str], out: Path) -> None:
    """Pagefind's binary (PyPI's pagefind[bin]) over the records, each written as a file."""
    if out.exists():
        shutil.rmtree(out)
    with tempfile.TemporaryDirectory(prefix="hub-search-") as work:
        for number, text in enumerate(records):
            (Path(work) / f"{number}.html").write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "pagefind", "--site", work, "--output-path", str(out)]
        command += ["--exclude-selectors", EXCLUDE, "--force-language", "en", "--quiet"]
        done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(
            f"{out}: Pagefind could not index the site: {(done.stderr or done.stdout).strip()}"
        )
