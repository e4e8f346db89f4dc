"""Search: the hub's search worker, run in Node over the real built hub with the index its
readers get (Pagefind's on a served build; Material's, as the offline copy has it), answers
practitioners' questions; and the pieces that make it so."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import search_eval

from yorkhub import search

QUERY_SETS = {
    # The shared development set (../shared/eval, where CI has it too) and the hub's own.
    "shared": (search_eval.QUERIES, 1.0),
    "practice": (Path(__file__).parent / "search" / "practice-queries.yml", 0.96),
}


@pytest.fixture(scope="module")
def built_hub(request):
    """The session's production build of the real hub (node is needed first)."""
    if search_eval.node() is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "node is missing: CI must install it (.ci/system-packages) to score the hub's search"
            )
        pytest.skip(
            "node is not installed: the search evaluation runs Material's search worker in Node"
        )
    return request.getfixturevalue("production_build").site


@pytest.mark.slow
@pytest.mark.parametrize("name", list(QUERY_SETS))
def test_search_answers_practitioners_questions_in_its_top_three_results(built_hub, name):
    path, threshold = QUERY_SETS[name]
    if not path.is_file() and os.environ.get("CI") != "true":
        pytest.skip(
            f"{path} is not here: the shared questions sit beside the project in ../shared/eval"
        )
    outcomes = search_eval.evaluate(built_hub, search_eval.load_queries(path))
    print(f"{name} ({path}):\n{search_eval.report(outcomes)}")  # shown with pytest -s or on failure
    assert search_eval.hit_rate(outcomes) >= threshold, search_eval.report(outcomes)


@pytest.mark.slow
def test_materials_engine_as_the_offline_copy_has_it_answers_the_shared_questions_too(request):
    if search_eval.node() is None or not search_eval.QUERIES.is_file():
        pytest.skip("node and the shared questions are needed to score the search")
    site = request.getfixturevalue("offline_build")
    assert not (site / "pagefind").exists()  # Lunr over Material's whole index
    outcomes = search_eval.evaluate(site, search_eval.load_queries())
    print(f"Material's engine:\n{search_eval.report(outcomes)}")
    assert search_eval.hit_rate(outcomes) == 1.0, search_eval.report(outcomes)


@pytest.mark.slow
def test_the_served_build_is_scored_on_pagefinds_index(built_hub):
    assert (built_hub / "pagefind/pagefind.js").is_file()
    (cin,) = search_eval.search(built_hub, ["CIN"])
    assert cin and cin[0][0]["location"].startswith("standards/child-in-need/")


@pytest.mark.slow
def test_common_words_in_a_question_never_decide_its_answer(built_hub):
    """ "a" matches "allegation" once Material adds its wildcard: the hub's worker drops
    such words, so a question ranks as its meaningful words do."""
    question, plain = search_eval.search(
        built_hub, ["how often do I visit a child in need", "visit child need"]
    )
    assert search_eval.top_links(question, 3) == search_eval.top_links(plain, 3)
    (only_common,) = search_eval.search(built_hub, ["what is it"])
    assert only_common, "a query of common words alone is still searched as typed"


@pytest.mark.slow
def test_one_typo_in_a_long_word_still_finds_the_page_and_short_words_stay_exact(built_hub):
    typo, exact, short = search_eval.search(built_hub, ["asessment", "assessment", "IRX"])
    assert typo and search_eval.top_links(typo, 1) == search_eval.top_links(exact, 1)
    assert short == []  # three letters: no typo allowed, so nothing is found


def test_the_hubs_worker_loads_the_worker_material_ships():
    import material
    from conftest import ROOT

    worker = (ROOT / "docs/assets/javascripts/search-worker.js").read_text(encoding="utf-8")
    (name,) = re.findall(r'"(workers/search\.[0-9a-f]+\.min\.js)"', worker)
    shipped = Path(material.__file__).parent / "templates/assets/javascripts" / name
    assert shipped.is_file(), f"Material no longer ships {name}: update search-worker.js"
    base = (Path(material.__file__).parent / "templates/base.html").read_text(encoding="utf-8")
    assert name in base, "Material's config block names another worker: update overrides/main.html"


@pytest.mark.slow
def test_the_worker_finds_an_abbreviation_through_page_keywords_and_the_glossary(built_hub):
    (cin,), (psw,) = [
        search_eval.top_links(groups, 1) for groups in search_eval.search(built_hub, ["CIN", "PSW"])
    ]
    assert cin.startswith("standards/child-in-need/")
    assert psw == "about/glossary/#p"  # the letter P of the glossary, with its meaning


PAGE = """<html><body><nav><h2 id="nav">Menu</h2></nav>
<article class="md-content__inner md-typeset">
<div class="admonition warning" data-search-exclude><p>Draft notice</p></div>
<h1 id="title">Title<a class="headerlink" href="#title">¶</a></h1><p>Intro.</p>
<h2 id="visits">How often?</h2><p>Every <strong>6 weeks</strong>.</p>
<h3 id="alone">Alone</h3><p>See the child alone.</p>
<h2 id="reviews">Reviews</h2><p>Within 20 working days.</p>
<aside class="hub-facts" data-search-exclude><dl><dt>Owner</dt><dd>PSW</dd></dl></aside>
</article><footer><p>Footer</p></footer></body></html>"""


@pytest.mark.parametrize(
    "anchor, expected",
    [
        (
            "",
            "Title Intro. How often? Every 6 weeks . Alone See the child alone. Reviews Within 20 working days.",
        ),
        (
            "title",
            "Title Intro. How often? Every 6 weeks . Alone See the child alone. Reviews Within 20 working days.",
        ),
        ("visits", "How often? Every 6 weeks . Alone See the child alone."),
        ("alone", "Alone See the child alone."),
        ("reviews", "Reviews Within 20 working days."),
        ("missing", ""),
    ],
)
def test_section_text_runs_to_the_next_heading_of_the_same_or_higher_level_without_boilerplate(
    anchor, expected
):
    assert search_eval.section_text(PAGE, anchor) == expected


def test_a_result_links_to_the_best_document_of_each_of_the_first_three_pages():
    groups = [
        [{"location": "a/#x"}, {"location": "a/"}],
        [{"location": "b/"}],
        [{"location": "c/#y"}],
        [{"location": "d/"}],
    ]
    assert search_eval.top_links(groups) == ("a/#x", "b/", "c/#y")


@pytest.mark.parametrize(
    "must, text, answered",
    [
        (("child in need|\\bCIN\\b", "visit"), "Visit a CIN every 4 weeks", True),
        (("child in need|\\bCIN\\b", "visit"), "Visit a CINEMA", False),
        (("15 working days",), "within 15 Working Days", True),
    ],
)
def test_a_query_is_answered_only_when_every_pattern_matches_ignoring_case(must, text, answered):
    assert search_eval.Query("q", must).answered_by(text) is answered


GLOSSARY = {"CIN": "child in need", "PSW": "Principal Social Worker", "s47": "section 47 enquiry"}


@pytest.mark.parametrize(
    "uri, meta, expected",
    [
        (
            "standards/cin.md",
            {"type": "practice-standard", "keywords": ["CIN", "visits"]},
            {"tags": ["CIN", "child in need", "visits"], "search": {"boost": 2.0}},
        ),
        (
            "standards/cin.md",
            {"type": "practice-standard", "keywords": ["Child in need", "CIN"]},
            {"tags": ["Child in need", "CIN"], "search": {"boost": 2.0}},
        ),
        (
            "learning/audits/x.md",
            {"type": "audit", "keywords": ["s47"]},
            {"tags": ["s47", "section 47 enquiry"]},
        ),
        ("authoring/index.md", {"type": "reference"}, {"search": {"exclude": True}}),
        ("learning/coverage.md", {}, {"search": {"exclude": True}}),
        ("whats-new.md", {}, {"search": {"exclude": True}}),
        ("about/glossary.md", {}, {"tags": ["CIN", "PSW", "s47"]}),
        (
            "standards/x.md",
            {
                "type": "practice-standard",
                "keywords": ["CIN"],
                "tags": ["mine"],
                "search": {"boost": 9},
            },
            {},
        ),
    ],
)
def test_search_settings_turn_keywords_into_tags_and_rank_standards_first(uri, meta, expected):
    assert search.settings(uri, meta, GLOSSARY) == expected


@pytest.mark.slow
def test_the_standard_that_answers_ranks_above_an_audit_whose_title_names_the_question(built_hub):
    (groups,) = search_eval.search(built_hub, ["core group"])
    first = search_eval.top_links(groups, 1)[0]
    assert first.startswith("standards/child-protection/#"), first  # not learning/audits/...
    assert "core-group" in first  # and it is the section that answers, not the page top


@pytest.mark.slow
def test_a_plural_in_the_question_finds_the_singular_in_a_heading(built_hub):
    plural, singular = search_eval.search(
        built_hub, ["how often visits child in need", "how often visit child in need"]
    )
    assert search_eval.top_links(plural, 1) == search_eval.top_links(singular, 1)
    assert search_eval.top_links(plural, 1)[0].endswith("#how-often-do-i-visit-a-child-in-need")
