"""Inputs that used to crash a build or vanish without a word now get a message naming the file
(issue 15, classes 8 and 10), in ``hub check`` and in the strict build alike."""

from __future__ import annotations

import pytest

from yorkhub import addresses, fields
from yorkhub.features.safety import snippets


def page(body: str = "# A page\n\nText.\n", **extra) -> str:
    lines = "".join(f"{k}: {v}\n" for k, v in extra.items())
    return (
        "---\ntype: reference\ntitle: A page\nsummary: A page for a test.\n"
        "owner: principal-social-worker\nstatus: draft\napprover: principal-social-worker\n"
        f"{lines}---\n{body}"
    )


# --- class 8: values Material or pymdownx would stop on with a traceback ----------------------


@pytest.mark.slow
def test_material_settings_templates_and_snippet_folders_are_messages_not_tracebacks(small_hub):
    writes = {
        "search-yes": {"search": "yes"},
        "search-zero": {"search": "{boost: 0}"},
        "missing": {"template": "nothere.html"},
        "outside": {"template": "../../../etc/passwd"},
        "folder": {"template": "folder.html"},
        "dangling": {"template": "dangling.html"},
        "hide": {"hide": "[menu]"},
    }
    for name, extra in writes.items():
        small_hub.write(f"docs/about/{name}.md", page(**extra))
    (small_hub.root / "overrides/folder.html").mkdir()
    (small_hub.root / "overrides/dangling.html").symlink_to(small_hub.root / "nowhere.html")
    small_hub.write("docs/about/snippet.md", page('# S\n\n--8<-- "includes"\n'))
    expected = [
        "docs/about/search-yes.md:8: search: expected settings such as 'search: {exclude: true}' "
        "or 'search: {boost: 2}', got True",  # YAML reads yes as true
        "docs/about/search-zero.md:8: search: boost: expected a number above 0 (such as 2 or 0.5), got 0",
        "docs/about/missing.md:8: template: no template 'nothere.html' in overrides/ (a regular "
        "file, not a link or folder): use one of 404.html, main.html, or remove the field",
        "docs/about/outside.md:8: template: expected the name of a template in overrides/, "
        "such as 'main.html', got '../../../etc/passwd'",
        "docs/about/folder.md:8: template: no template 'folder.html' in overrides/",
        "docs/about/dangling.md:8: template: no template 'dangling.html' in overrides/",
        "docs/about/hide.md:8: hide: expected one of navigation, toc, footer, path, tags, feedback, got 'menu'",
        "docs/about/snippet.md:11: snippet 'includes' is not a regular file: include a text file",
    ]
    checked = small_hub.hub("check")
    assert checked.returncode == 1
    for message in expected:
        assert message in checked.stderr
    built = small_hub.build()
    assert built.returncode == 1
    assert "Traceback" not in built.log and "Error building page" not in built.log
    for message in expected:
        assert "WARNING -  hub: " + message in built.log


def test_a_refused_snippet_is_escaped_so_pymdownx_never_reads_it():
    text = 'A\n--8<-- "includes"\n  --8<-- "ok.md"\n--8<--\nincludes\n--8<--\n;--8<-- "includes"'
    assert snippets.neutralise(text, {"includes"}) == (
        'A\n;--8<-- "includes"\n  --8<-- "ok.md"\n--8<--\n;includes\n--8<--\n;--8<-- "includes"'
    )


# --- class 10: silently accepted ------------------------------------------------------------


@pytest.mark.parametrize(
    ("uri", "address"),
    [
        ("whats-new.md", "whats-new/"),
        ("about/x.markdown", "about/x/"),
        ("about/x/index.md", "about/x/"),
        ("about/x/README.md", "about/x/"),
        ("index.md", ""),
        ("feed.xml", "feed.xml"),
    ],
)
def test_every_file_has_the_address_mkdocs_gives_it(uri, address):
    assert addresses.address(uri) == address


def test_titles_have_a_bound_and_numbers_must_be_above_zero():
    check = fields.short_text()
    assert check("Who can approve a care plan?", {}) == ("Who can approve a care plan?", None)
    assert check("x" * 91, {})[1] == (
        "91 characters, more than 90: shorten it (put the detail in the summary or the page)"
    )
    assert fields.positive_number(-1, {})[1].startswith("expected a number above 0")
    assert fields.positive_number(True, {})[1] is not None
    assert fields.whole_number(0, {})[1] == "expected a whole number above 0, got 0"


@pytest.mark.slow
def test_overridden_clashing_misnumbered_and_overlong_inputs_are_problems(hub_copy):
    hub_copy.write("docs/whats-new.md", page("# My own news\n"))
    hub_copy.write("docs/about/x.md", page())
    hub_copy.write("docs/about/x/index.md", page())
    guide = next((hub_copy.root / "guides").glob("0002-*.md"))
    guide.rename(guide.with_name("0020" + guide.name[4:]))
    hub_copy.write("docs/about/long.md", page().replace("title: A page", "title: " + "Long " * 20))
    themes = hub_copy.root / "data/themes.yml"
    themes.write_text(themes.read_text() + "- id: Bad Id\n  title: Bad\n  description: Spaces.\n")
    roles = hub_copy.root / "data/roles.yml"
    roles.write_text(roles.read_text().replace("  title: Social Worker", "  title: [a, b]"))
    abbreviations = hub_copy.root / "includes/abbreviations.md"
    abbreviations.write_text(abbreviations.read_text() + "\n<script>x()</script>\n")
    lines = abbreviations.read_text().count("\n")
    expected = [
        "docs/whats-new.md: the hub makes whats-new.md itself, from the pages and data files, "
        "so this file would be dropped without a word: give it another name",
        "docs/about/x/index.md: has the same address (/about/x/) as docs/about/x.md",
        f"guides/0020{guide.name[4:]}:3: number: 2 does not match the file's name: rename the "
        f"file 0002{guide.name[4:]} or correct the number",
        "docs/about/long.md:3: title: 99 characters, more than 90: shorten it",
        "data/themes.yml",
        "Bad Id: id 'Bad Id': expected lower-case letters, digits and hyphens",
        "social-worker: title: expected text, got ['a', 'b']",
        f"includes/abbreviations.md:{lines}: a <script> element: remove it",
    ]
    checked = hub_copy.hub("check")
    assert checked.returncode == 1
    for message in expected:
        assert message in checked.stderr
    built = hub_copy.build()
    assert built.returncode == 1
    assert "Traceback" not in built.log
    for message in expected[:4]:
        assert "WARNING -  hub: " + message in built.log


# --- class 11: links that break in one build only, said with file:line ------------------------


@pytest.mark.slow
def test_links_that_break_only_in_the_public_build_are_named_by_check_public(hub_copy):
    page_path = hub_copy.root / "docs/about/accessibility.md"
    text = page_path.read_text()
    first = text.count("\n") + 2
    page_path.write_text(
        text + "\nA conference is due [[timescale:icpc]].\n"
        "Read [the JTAI](../learning/audits/jtai-2018.md).\n"
        "See [what is new](../whats-new.md) and [the scheme](../delegation/scheme.md).\n"
    )
    src = "docs/about/accessibility.md"
    expected = [
        f"{src}:{first}: [[timescale:icpc]] links to Timescales at a glance, which this build "
        "leaves out (it is internal): write the timescale in words on a public page",
        f"{src}:{first + 1}: links to docs/learning/audits/jtai-2018.md, an internal page the "
        "public build leaves out",
        f"{src}:{first + 2}: links to whats-new.md, a page the hub makes that this build leaves "
        "out (it is internal): remove the link from this page",
        f"{src}:{first + 2}: links to delegation/scheme.md, a page the hub makes",
    ]
    public = hub_copy.hub("check", "--public")
    assert public.returncode == 1
    for message in expected:
        assert message in public.stderr
    intranet = hub_copy.hub("check")
    assert intranet.returncode == 0, intranet.stderr
    built = hub_copy.build(env={"HUB_AUDIENCE": "public"})
    assert built.returncode == 1
    for message in expected:
        assert "WARNING -  hub: " + message in built.log


# --- found by trying hostile inputs: mkdocs.yml's text reaches every page as HTML ------------


@pytest.mark.slow
def test_active_content_in_mkdocs_yml_site_name_copyright_or_nav_is_refused(hub_copy):
    config = hub_copy.root / "mkdocs.yml"
    text = config.read_text()
    text = text.replace("site_name: York practice hub", "site_name: '<img src=x onerror=y()>'")
    text = text.replace(
        "copyright: City of York Council, Children's Social Care",
        "copyright: '<script>x()</script>'",
    )
    text = text.replace("  - Home: index.md", "  - '<svg onload=z()>': index.md")
    config.write_text(text)
    checked = hub_copy.hub("check")
    assert checked.returncode == 1
    for message in [
        "mkdocs.yml: site_name: an event-handler attribute (onerror): remove it",
        "mkdocs.yml: copyright: a <script> element: remove it",
        "mkdocs.yml: nav: an event-handler attribute (onload): remove it",
    ]:
        assert message in checked.stderr
