"""A guide or page still holding the template's placeholder text cannot be approved: each
placeholder is a problem with its file and line; a draft may keep them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from factories import context
from guide_factory import page

from yorkhub import catalogue as cat
from yorkhub.commands import new
from yorkhub.features.guides import template
from yorkhub.site import load_registries

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def mini(tmp_path) -> Path:
    for part in ("data", "includes"):
        shutil.copytree(ROOT / part, tmp_path / part)
    shutil.copy2(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "docs").mkdir()
    return tmp_path


def _approve(text: str) -> str:
    return text.replace(
        "status: draft\napprover: principal-social-worker\n",
        "status: approved\nlast_reviewed: 2026-01-01\n",
        1,
    )


def _check(root: Path) -> list[str]:
    registries, _ = load_registries(root)
    catalogue, problems = cat.collect(cat.read_sources(root), registries)
    assert problems == []
    return [str(p) for p in template.check(catalogue, context())]


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_an_untouched_template_cannot_be_approved_each_placeholder_named_with_its_line(mini):
    path = new.create(
        mini, new.Request("Why do core groups matter?", ["permanence"]), date(2026, 1, 1)
    )
    assert _check(mini) == []  # a draft may keep the template's text
    text = _approve(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    src = f"guides/{path.name}"
    found = _check(mini)
    assert found[0] == (
        f"{src}:{_line(text, 'summary:')}: summary: still the template's placeholder ('Write one "
        "sentence here saying what this guide is for.'): write one sentence saying what the "
        "page is for before it is approved, or keep 'status: draft'"
    )
    notes = [f for f in found if "the template's note" in f]
    assert len(notes) == 5
    assert notes[0] == (
        f"{src}:{_line(text, '<!-- A one minute')}: the template's note '<!-- A one minute guide "
        "fits on one side ... -->' is still here: answer the question and delete the note "
        "before the page is approved, or keep 'status: draft'"
    )
    empty = [f for f in found if "is empty" in f]
    assert empty == [
        f"{src}:{_line(text, '## ' + q)}: the section '{q}' is empty: answer it before the guide "
        "is approved, or keep 'status: draft'"
        for q in template.QUESTIONS
    ]


def test_a_filled_in_guide_can_be_approved(mini):
    path = new.create(
        mini,
        new.Request(
            "Why do core groups matter?", ["permanence"], summary="Why core groups matter."
        ),
        date(2026, 1, 1),
    )
    text = path.read_text(encoding="utf-8")
    for i, comment in enumerate(text.split("<!--")[1:]):
        text = text.replace("<!--" + comment.split("-->")[0] + "-->", f"Answer {i}.", 1)
    path.write_text(_approve(text), encoding="utf-8")
    assert _check(mini) == []


def test_the_contact_line_alone_does_not_answer_where_to_find_out_more():
    body = "## What is it?\n\nText.\n\n## Where can I find out more?\n\n**Contact:** the AP team.\n"
    assert template.unanswered(body, 10) == [(14, "Where can I find out more?")]


def test_a_page_of_another_type_with_the_placeholder_summary_cannot_be_approved(registries):
    text = (
        "---\ntype: reference\ntitle: T\nsummary: Write one sentence here saying what this guide "
        "is for.\nowner: ap-team\nstatus: approved\nlast_reviewed: 2026-01-01\n"
        "review_by: 2027-01-01\n---\n# T\n\n## What is it?\n"
    )
    found = template.placeholders(page(registries, "docs/t.md", text))
    assert [p.line for p in found] == [4]  # the summary; an empty section matters only in guides
