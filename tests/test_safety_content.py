"""Active content and public-build leaks in pages (issue 15, classes 5 and 6)."""

from __future__ import annotations

import pytest

from yorkhub.features.safety import public_links, raw_html


def page(body: str, visibility: str = "public") -> str:
    return (
        "---\ntype: reference\ntitle: A page\nsummary: A page for a test.\n"
        "owner: principal-social-worker\nstatus: draft\napprover: principal-social-worker\n"
        f"visibility: {visibility}\n---\n{body}"
    )


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("<script>alert(1)</script>", "a <script> element"),
        ("<IFRAME src=x></IFRAME>", "a <iframe> element"),
        ("<img src=x onerror=alert(1)>", "an event-handler attribute (onerror)"),
        ('<svg/onload="alert(1)">', "an event-handler attribute (onload)"),
        ('[a](x){ onclick="y" }', "an event-handler attribute (onclick)"),
        ("[a](javascript:alert(1))", "a javascript: address"),
        ('<a href="jav&#x61;script:x">a</a>', "a javascript: address"),
        ("[a](java\u200bscript:x)", "a javascript: address"),
        ("[x]: vbscript:y", "a vbscript: address"),
        ('<a href="data:text/html,x">a</a>', "a data:text/html: address"),
    ],
)
def test_active_content_is_refused(text, says):
    [(offset, message)] = raw_html.find("Intro.\n\n" + text)
    assert message.startswith(says)


@pytest.mark.parametrize(
    "text",
    [
        "`<script>` is shown as code",
        "```html\n<script>alert(1)</script>\n```\n",
        "Use JavaScript: or not.",
        '<a href="https://example.org" title="online=1">x</a>',
        '<abbr title="Child in need">CIN</abbr> and { .class #id }',
        '<span class="hub-note">Note</span>',
    ],
)
def test_code_and_ordinary_html_are_accepted(text):
    assert raw_html.find(text) == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("../staff/", ["about/staff/index.md", "about/staff.md"]),
        ("/about/staff/", ["about/staff/index.md", "about/staff.md"]),
        ("https://hub.example/about/staff/", ["about/staff/index.md", "about/staff.md"]),
        ("https://elsewhere.example/about/staff/", []),
        ("staff.md#part", ["about/x/staff.md"]),
    ],
)
def test_links_are_resolved_however_they_are_written(written, expected):
    assert public_links.candidates("about/x/index.md", written, "https://hub.example/") == expected


@pytest.mark.slow
def test_public_pages_with_scripts_html_links_or_comments_fail_check_and_build(small_hub):
    small_hub.write("docs/about/staff.md", page("# Staff\n\nStaff only.\n", "internal"))
    body = (
        "# Open\n\n"
        '<a href="staff/">staff</a>\n\n'
        "[again](/about/staff/)\n\n"
        "<!-- the family's name is in the case notes -->\n\n"
        "<script>alert(1)</script>\n"
    )
    small_hub.write("docs/about/open.md", page(body))
    small_hub.write("docs/about/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>')
    result = small_hub.hub("check", "--public")
    err = result.stderr
    assert result.returncode == 1
    assert "docs/about/open.md:12: links to docs/about/staff.md, an internal page" in err
    assert "docs/about/open.md:14: links to docs/about/staff.md, an internal page" in err
    assert "docs/about/open.md:16: an HTML comment (<!-- ... -->) is published" in err
    assert "docs/about/open.md:18: a <script> element: remove it" in err
    assert "docs/about/logo.svg:1: an event-handler attribute (onload)" in err
    built = small_hub.build(env={"HUB_AUDIENCE": "public"})
    assert built.returncode == 1
    assert "docs/about/open.md:18: a <script> element" in built.log
    intranet = small_hub.hub("check")
    assert "a <script> element" in intranet.stderr  # scripts are refused in every build
    assert "HTML comment" not in intranet.stderr  # comments only matter in public


# --- class 11: links that fail only in one build, said with file:line -----------------------


@pytest.mark.slow
def test_a_link_to_a_draft_guide_and_awkward_file_names_are_reported_by_check(hub_copy):
    body = "# Links\n\nSee [the guide](../guides/0001-front-door-thresholds.md).\n"
    hub_copy.write("docs/about/links.md", page(body))
    hub_copy.write("docs/about/two words.md", page("# Two\n"))
    hub_copy.write("docs/about/what#.md", page("# What\n"))
    result = hub_copy.hub("check")
    err = result.stderr
    assert result.returncode == 1
    assert (
        "docs/about/links.md:12: links to guides/0001-front-door-thresholds.md, a draft guide "
        "the build leaves out until it is approved" in err
    )
    assert "docs/about/two words.md: the file's name has a space, '#' or '?'" in err
    assert "docs/about/what#.md: the file's name has a space, '#' or '?'" in err


def test_active_content_in_front_matter_is_refused_on_its_line():
    from datetime import date

    from yorkhub.context import Context
    from yorkhub.page import Page
    from yorkhub.settings import Settings

    meta = {"title": "T", "version": '<img src=x onerror="alert(1)">', "keywords": ["<script>"]}
    page = Page("docs/x.md", "x.md", meta, "# T\n", 6, {"title": 2, "version": 3, "keywords": 4})
    catalogue = type("C", (), {"pages": [page]})()
    problems = raw_html.check(catalogue, Context(Settings(), date(2026, 1, 1)))
    assert [str(p) for p in problems] == [
        "docs/x.md:3: version: an event-handler attribute (onerror): remove it: pages may not carry scripts",
        "docs/x.md:4: keywords: a <script> element: remove it: pages may not carry scripts or embedded pages",
    ]


def test_the_facts_box_escapes_the_version():
    from yorkhub import notices
    from yorkhub.page import Page
    from yorkhub.registry import Registry

    page = Page("docs/x.md", "x.md", {"version": "<b>1</b>", "status": "approved"}, "")
    html = notices.after(page, Registry("roles", "data/roles.yml", {}))
    assert "<dd>&lt;b&gt;1&lt;/b&gt;</dd>" in html


def test_active_content_in_data_files_is_refused():
    from datetime import date

    from yorkhub.context import Context
    from yorkhub.settings import Settings

    data = {"delegation": {"decisions": [{"id": "a", "decision": "Agree <script>x()</script>"}]}}
    catalogue = type("C", (), {"pages": []})()
    problems = raw_html.check(catalogue, Context(Settings(), date(2026, 1, 1), data=data))
    assert [str(p) for p in problems] == [
        "data/delegation.yml: decisions.1.decision: a <script> element: remove it: "
        "pages may not carry scripts or embedded pages"
    ]
