"""The served build's search index (yorkhub.search_pages): Pagefind gets the pages Material
indexes, their article only, with keywords and rank as metadata that no reader sees."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from yorkhub import search_pages

INDEX = {
    "config": {"lang": ["en"], "separator": "[\\s\\-]+", "fields": {"tags": {"boost": 300}}},
    "docs": [
        {"location": "", "title": "York practice hub", "text": "", "boost": 0.5},
        {
            "location": "standards/cin/",
            "title": "Child in need",
            "text": "<p>In short: visit every four weeks.</p>",
            "tags": ["CIN", "child in need"],
            "boost": 2.0,
        },
        {
            "location": "standards/cin/#visits",
            "title": "How often do I visit?",
            "text": "<p>Visits: every <strong>four</strong> weeks, visits recorded.</p>",
            "tags": ["CIN", "child in need"],
            "boost": 2.0,
        },
    ],
}

PAGE = """<html><body><nav class="md-nav"><a href="/">Menu words</a></nav>
<article class="md-content__inner md-typeset">
<div class="admonition warning" data-search-exclude><p>Draft notice</p></div>
<h1 id="child-in-need">Child in need<a class="headerlink" href="#child-in-need">¶</a></h1>
<p>In short: visit every four weeks.</p>
<h2 id="visits">How often do I visit?</h2><p>Visits: every four weeks.</p>
<aside class="hub-facts" data-search-exclude><dl><dt>Owner</dt><dd>PSW</dd></dl></aside>
</article><footer>Footer words</footer></body></html>"""


def test_pagefind_gets_the_pages_of_materials_index_with_their_keywords_and_rank():
    assert search_pages.pages(INDEX) == [
        search_pages.Page("", (), 0.5),
        search_pages.Page("standards/cin/", ("CIN", "child in need"), 2.0),
    ]


def test_a_record_is_the_article_with_keywords_and_rank_as_metadata_never_as_text():
    page = search_pages.Page("standards/cin/", ("CIN", "child in need"), 2.0)
    record = search_pages.record(PAGE, page)
    text = re.sub(r"<[^>]+>", " ", record)
    assert "Menu words" not in text and "Footer words" not in text  # the article only
    assert "CIN" not in text  # keywords are no text: a reader never sees them
    assert 'data-pagefind-meta="keywords:CIN, child in need"' in record
    assert 'data-pagefind-meta="boost:2"' in record
    assert 'data-pagefind-meta="url:/standards/cin/"' in record  # sections link into the page
    # The furniture Material's index leaves out, Pagefind leaves out too.
    assert record.count('data-search-exclude data-pagefind-ignore="all"') == 2
    assert search_pages.record("<html><body><p>No article</p></body></html>", page) is None


def test_the_words_for_the_typo_rule_are_the_long_words_most_used_first():
    words = search_pages.words(INDEX)
    assert words[0] == "child"  # in a title and in both documents' keywords
    assert words.index("visits") < words.index("recorded")  # twice before once
    assert "four" not in words and "strong" not in words  # short words and markup left out
    assert set(words) >= {"practice", "often", "visit", "weeks", "recorded"}


def test_the_served_search_index_keeps_materials_settings_and_no_documents():
    slim = search_pages.settings_only(INDEX)
    assert slim["docs"] == []
    assert slim["config"] == {**INDEX["config"], "engine": "pagefind"}


def _site(tmp_path):
    (tmp_path / "search").mkdir()
    (tmp_path / "search/search_index.json").write_text(json.dumps(INDEX))
    for location in ("", "standards/cin/"):
        (tmp_path / location).mkdir(parents=True, exist_ok=True)
        (tmp_path / location / "index.html").write_text(PAGE)
    return tmp_path


def test_writing_the_index_builds_pagefinds_files_and_slims_materials(tmp_path):
    site = _site(tmp_path)
    assert search_pages.write(site) == 2
    names = sorted(p.name for p in (site / "pagefind").iterdir() if p.is_file())
    assert "pagefind.js" in names and "wasm.en.pagefind" in names and "hub-words.json" in names
    assert not [n for n in names if n.startswith("pagefind-ui") or "unknown" in n]
    fragments = [
        json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd"))
        for f in (site / "pagefind/fragment").iterdir()
    ]
    assert sorted(f["meta"]["location"] for f in fragments) == ["", "standards/cin/"]
    assert all(
        "Draft notice" not in f["content"] and "Owner" not in f["content"] for f in fragments
    )
    assert json.loads((site / "search/search_index.json").read_text())["docs"] == []


def test_writing_without_materials_index_names_the_file_and_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"search_index\.json: .*keep the search plugin"):
        search_pages.write(tmp_path)
