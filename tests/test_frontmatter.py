"""Splitting front matter from the body, and reading it safely."""

from __future__ import annotations

import pytest

from yorkhub import frontmatter


def test_fields_and_body_are_split_with_line_numbers():
    parsed, problems = frontmatter.split(
        "docs/a.md", "---\ntitle: A\nreview_by: 2025-01-02\n---\n# A\n"
    )
    assert problems == []
    assert parsed.meta == {
        "title": "A",
        "review_by": "2025-01-02",
    }  # dates stay text for the schema
    assert parsed.body == "# A\n"
    assert parsed.body_line == 5
    assert parsed.lines == {"title": 2, "review_by": 3}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "# No fields\n",
            "docs/a.md:1: no front matter: start the file with a line '---', the page's fields, then '---'",
        ),
        (
            "---\ntitle: A\n# body\n",
            "docs/a.md:1: front matter is not closed: add a line '---' after the last field",
        ),
        (
            "---\n---\nbody\n",
            "docs/a.md:2: front matter is empty: add the page's fields (see the Authoring page)",
        ),
        (
            "---\n- a\n- b\n---\n",
            "docs/a.md:2: front matter must be a list of 'field: value' lines",
        ),
        (
            "---\ntitle: A\nsummary: [unclosed\n---\n",
            "docs/a.md:4: front matter is not valid YAML (did not find expected ',' or ']'): check the indentation, colons and quotes",
        ),
        (
            "---\ntitle: A\n  owner: x\n---\n",
            "docs/a.md:3: front matter is not valid YAML (mapping values are not allowed in this context): check the indentation, colons and quotes",
        ),
    ],
)
def test_broken_front_matter_is_one_clear_problem(text, expected):
    parsed, problems = frontmatter.split("docs/a.md", text)
    assert parsed is None
    assert [str(p) for p in problems] == [expected]


def test_a_field_given_twice_is_reported_at_its_second_line():
    parsed, problems = frontmatter.split("docs/a.md", "---\ntitle: A\nsummary: s\ntitle: B\n---\n")
    assert [str(p) for p in problems] == [
        "docs/a.md:4: 'title' is given twice (first on line 2): keep one"
    ]
    assert parsed.meta["title"] == "B"


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"", "docs/a.md: the file is empty: add front matter and content, or delete the file"),
        (
            b"  \n\n",
            "docs/a.md: the file is empty: add front matter and content, or delete the file",
        ),
        (
            b"---\ntitle: caf\xe9\n---\n",
            "docs/a.md:2: the file is not UTF-8 text (byte 14): save it with UTF-8 encoding",
        ),
    ],
)
def test_unreadable_files_are_named(raw, expected):
    text, problems = frontmatter.decode("docs/a.md", raw)
    assert text is None
    assert [str(p) for p in problems] == [expected]


def test_libyaml_does_the_parsing():
    # The pinned PyYAML wheels carry libyaml; without it every build reads pages ten times slower.
    assert issubclass(frontmatter._Loader, __import__("yaml").CSafeLoader)


def test_a_byte_order_mark_is_accepted():
    text, problems = frontmatter.decode("docs/a.md", "\ufeff---\n".encode("utf-8"))
    assert (text, problems) == ("---\n", [])
