"""Inputs that used to hang, crash or slip past the checks (issue 15, classes 2, 3 and 7).

What the hub checks must be exactly what MkDocs publishes: every Markdown
extension, folder links, every other file in docs/, and what pages include with
``--8<--``. No input may hang a build: YAML aliases, FIFOs and catastrophic
regular expressions are refused with a message.
"""

from __future__ import annotations

import os
import textwrap

import pytest

from yorkhub import frontmatter, yaml_safe
from yorkhub.features.safety import personal_data, snippets

NHS = "943 476 5919"  # a made-up number that passes the modulus 11 check
BOMB = textwrap.dedent(
    """\
    a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
    h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
    """
)


def page(body: str = "# A page\n\nText.\n", visibility: str = "public", **fields) -> str:
    """A page whose title is its first heading, as the build requires."""
    extra = "".join(f"{k}: {v}\n" for k, v in fields.items())
    heading = next((line[2:] for line in body.split("\n") if line.startswith("# ")), "A page")
    return (
        f"---\ntype: reference\ntitle: {heading}\nsummary: A page for a test.\nowner: principal-social-worker\n"
        f"status: draft\napprover: principal-social-worker\nvisibility: {visibility}\n{extra}---\n{body}"
    )


# --- class 7: hangs -------------------------------------------------------------------


def test_yaml_aliases_are_refused_with_the_line_of_the_alias():
    assert yaml_safe.load(BOMB)[1] == (
        "line 2: YAML anchors and aliases (&name, *name) are not allowed: write each value out in full"
    )
    assert yaml_safe.load("a: &x 1\nb: 2\n") == (
        {"a": 1, "b": 2},
        None,
    )  # an unused anchor is harmless
    assert yaml_safe.load("a: &a [*a]\n")[1].startswith("line 1: YAML anchors")
    assert yaml_safe.load("- 1\n- [2, 3]\n") == ([1, [2, 3]], None)


def test_an_alias_bomb_in_front_matter_is_a_problem_not_21_gigabytes():
    parsed, problems = frontmatter.split("docs/a.md", "---\n" + BOMB + "---\nbody\n")
    assert parsed is None
    assert [str(p) for p in problems] == [
        "docs/a.md:3: front matter: YAML anchors and aliases (&name, *name) are not allowed: "
        "write each value out in full"
    ]


@pytest.mark.slow
def test_an_alias_bomb_in_a_data_file_or_front_matter_stops_check_and_build(small_hub):
    small_hub.write("data/bomb.yml", BOMB)
    result = small_hub.hub("check")
    assert result.returncode == 2
    assert "data/bomb.yml:2: cannot be read (YAML anchors and aliases" in result.stderr
    (small_hub.root / "data/bomb.yml").unlink()
    small_hub.write("docs/bomb.md", "---\n" + BOMB + "---\n# Bomb\n")
    built = small_hub.build()
    assert built.returncode == 1
    assert "docs/bomb.md:3: front matter: YAML anchors and aliases" in built.log
    assert "Traceback" not in built.log


@pytest.mark.slow
def test_a_fifo_named_md_is_refused_by_check_and_build_without_hanging(small_hub):
    os.mkfifo(small_hub.root / "docs/about/pipe.md")
    os.mkfifo(small_hub.root / "docs/about/pipe.png")
    result = small_hub.hub("check")
    assert result.returncode == 1
    assert "docs/about/pipe.md: is not a regular file (a pipe, socket or device)" in result.stderr
    assert "docs/about/pipe.png: is not a regular file (a pipe, socket or device)" in result.stderr
    built = small_hub.build()
    assert built.returncode == 1
    assert "docs/about/pipe.md: is not a regular file" in built.log
    assert "Traceback" not in built.log


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        (r"(a+)+$", "repeats a group that itself repeats"),
        (r"(\d+\s?)+x", "repeats a group that itself repeats"),
        (r"(CS|CS-)*\d", "repeats a group of alternatives"),
    ],
)
def test_a_catastrophic_case_id_pattern_is_refused_naming_mkdocs_yml(pattern, says):
    with pytest.raises(ValueError, match="case_id_patterns") as err:
        personal_data.rules({}, [pattern])
    assert says in str(err.value)


def test_the_default_and_safe_case_id_patterns_are_accepted():
    personal_data.rules(
        {}, [*personal_data.DEFAULT_CASE_ID_PATTERNS, r"\bCS-(\d{7})\b", r"(?:x\d)+"]
    )


@pytest.mark.slow
def test_a_catastrophic_pattern_in_mkdocs_yml_fails_check_with_a_message(small_hub):
    config = small_hub.root / "mkdocs.yml"
    config.write_text(config.read_text().replace(r"- '\bID\s*[:#.]?\s*(\d{5,})\b'", "- '(a+)+$'"))
    small_hub.write("docs/about/slow.md", page("# Slow\n\n" + "a" * 40 + "!\n"))
    result = small_hub.hub("check")
    assert result.returncode == 2
    assert "mkdocs.yml: extra.hub.case_id_patterns: '(a+)+$' repeats a group" in result.stderr


# --- class 2: the catalogue sees what MkDocs publishes --------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("ext", [".markdown", ".mdown", ".mkdn", ".mkd"])
def test_every_markdown_extension_mkdocs_renders_gets_the_checks(small_hub, ext):
    small_hub.write(f"docs/about/other{ext}", page(f"# Other\n\nNHS number {NHS}.\n"))
    result = small_hub.hub("check")
    assert result.returncode == 1
    assert (
        f"docs/about/other{ext}:" in result.stderr and "personal data: NHS number" in result.stderr
    )


@pytest.mark.slow
def test_internal_pages_of_any_extension_are_left_out_of_the_public_build(small_hub):
    small_hub.write("docs/about/secret.markdown", page("# Secret\n\nStaff only.\n", "internal"))
    built = small_hub.build(env={"HUB_AUDIENCE": "public"})
    assert built.returncode == 0, built.log
    assert not (built.site / "about/secret/index.html").exists()
    built = small_hub.build()
    assert built.returncode == 0, built.log
    assert (built.site / "about/secret/index.html").exists()


@pytest.mark.slow
def test_files_mkdocs_would_copy_unchecked_are_scanned_or_refused(small_hub, tmp_path):
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n")
    small_hub.write("docs/about/list.csv", f"name,nhs\nA child,{NHS}\n")
    small_hub.write("docs/about/page.html", "<html><body>Anything</body></html>")
    small_hub.write("docs/about/report.pdf", b"%PDF-1.4")
    small_hub.write("docs/assets/javascripts/extra.js", "alert(1)")
    small_hub.write("docs/about/picture.png", b"\x89PNG\r\n")
    (small_hub.root / "docs/about/passwd.txt").symlink_to(outside)
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.md").write_text("outside")
    (small_hub.root / "docs/etc").symlink_to(elsewhere)
    result = small_hub.hub("check")
    assert result.returncode == 1
    err = result.stderr
    assert "docs/about/list.csv:2: personal data: NHS number 943*********: remove it" in err
    assert "docs/about/page.html: MkDocs would publish this HTML file as it is" in err
    assert "docs/about/report.pdf: MkDocs would publish this file as it is" in err
    assert (
        "docs/assets/javascripts/extra.js: a script or style sheet that is not one of the hub's own"
        in err
    )
    assert "docs/about/passwd.txt: is a symbolic link to something outside the project" in err
    assert "docs/etc: is a symbolic link to something outside the project" in err
    assert "picture.png" not in err  # an image is allowed
    built = small_hub.build()
    assert built.returncode == 1
    assert "docs/about/list.csv:2: personal data" in built.log
    assert not (built.site / "about/passwd.txt").exists()


@pytest.mark.slow
def test_a_folder_link_inside_the_project_is_checked_like_any_folder(small_hub):
    small_hub.write("shared/pages/linked.md", page(f"# Linked\n\nNHS {NHS}\n"))
    (small_hub.root / "docs/linked").symlink_to(small_hub.root / "shared/pages")
    (small_hub.root / "docs/about/loop").symlink_to(small_hub.root / "docs/about")
    result = small_hub.hub("check")
    assert result.returncode == 1
    assert "docs/linked/linked.md:" in result.stderr and "NHS number" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_a_dangling_link_or_folder_named_md_is_a_message(small_hub):
    (small_hub.root / "docs/about/gone.md").symlink_to(small_hub.root / "nowhere.md")
    (small_hub.root / "docs/about/folder.md").mkdir()
    result = small_hub.hub("check")
    assert "docs/about/gone.md: is a symbolic link to nothing" in result.stderr
    assert "Traceback" not in result.stderr
    built = small_hub.build()
    assert "docs/about/gone.md: is a symbolic link to nothing" in built.log
    assert "Traceback" not in built.log


# --- class 3: snippets ----------------------------------------------------------------


def test_snippet_references_are_found_as_pymdownx_reads_them():
    text = textwrap.dedent(
        """\
        --8<-- "includes/a.md"
        ;--8<-- "includes/escaped.md"
        text
        --8<--
        includes/b.md:3:5
        ;includes/commented.md
        includes/c.md:intro
        --8<--
          --8<-- 'docs/d.md'
        --8<-- "https://example.org/e.md"
        """
    )
    assert snippets.references(text) == [
        (1, "includes/a.md"),
        (5, "includes/b.md"),
        (7, "includes/c.md"),
        (9, "docs/d.md"),
    ]


@pytest.mark.slow
def test_snippet_problems_are_file_line_messages_in_check_and_build(small_hub, tmp_path):
    outside = tmp_path.parent / f"{tmp_path.name}-secret.txt"
    outside.write_text("secret\n")
    (small_hub.root / "includes/passwd.md").symlink_to(outside)
    small_hub.write("includes/ok.md", "Shared text.\n")
    (small_hub.root / "includes/linked.md").symlink_to(small_hub.root / "includes/ok.md")
    body = (
        "# Snips\n\n"
        '--8<-- "includes/missing.md"\n\n'
        '--8<-- "../outside.md"\n\n'
        '--8<-- "includes/linked.md"\n\n'
        '--8<-- "includes/ok.md"\n'
    )
    small_hub.write("docs/about/snips.md", page(body))
    result = small_hub.hub("check")
    assert result.returncode == 1
    err = result.stderr
    assert "docs/about/snips.md:12: snippet 'includes/missing.md' not found" in err
    assert "docs/about/snips.md:14: snippet '../outside.md' is outside the project" in err
    assert (
        "docs/about/snips.md:16: snippet 'includes/linked.md' passes through a symbolic link" in err
    )
    assert "includes/passwd.md: is a symbolic link to something outside the project" in err
    assert "includes/ok.md" not in err
    built = small_hub.build()
    assert built.returncode == 1
    assert "docs/about/snips.md:12: snippet 'includes/missing.md' not found" in built.log
    assert "SnippetMissingError" not in built.log and "Traceback" not in built.log


@pytest.mark.slow
def test_included_text_is_scanned_and_an_internal_page_never_reaches_a_public_one(small_hub):
    small_hub.write("includes/contact.md", f"Ring about NHS {NHS}.\n")
    small_hub.write("docs/about/staff.md", page("# Staff\n\nStaff only.\n", "internal"))
    small_hub.write("includes/wrapper.md", '--8<-- "docs/about/staff.md"\n')
    body = '# Open\n\n--8<-- "includes/contact.md"\n\n--8<-- "includes/wrapper.md"\n'
    small_hub.write("docs/about/open.md", page(body))
    result = small_hub.hub("check", "--public")
    err = result.stderr
    assert result.returncode == 1
    assert "includes/contact.md:1: personal data: NHS number 943*********" in err
    assert (
        "includes/wrapper.md:1: snippet 'docs/about/staff.md' brings in docs/about/staff.md, "
        "a page this build leaves out (internal, or a draft), into docs/about/open.md" in err
    )
    (small_hub.root / "includes/contact.md").write_text("Ring the front door.\n")
    intranet = small_hub.hub("check")
    assert intranet.returncode == 0, intranet.stderr  # on the intranet the page is published


# --- class 10 (registry loading): duplicate keys and look-alike ids ------------------------


def test_a_key_given_twice_in_a_registry_entry_is_refused_with_its_line():
    text = "- id: a\n  title: One\n  title: Two\n"
    assert yaml_safe.load(text, yaml_safe.StrictLoader) == (
        None,
        "line 3: 'title' is given twice in one entry: keep one",
    )
    assert yaml_safe.load(text) == (
        [{"id": "a", "title": "Two"}],
        None,
    )  # plain loader: YAML's rule


@pytest.mark.slow
def test_look_alike_ids_and_duplicate_keys_in_registries_are_messages(small_hub):
    themes = small_hub.root / "data/themes.yml"
    original = themes.read_text()
    themes.write_text(original + "- id: v\u043eice\n  title: Voice\n  description: Look-alike.\n")
    result = small_hub.hub("check")
    line = original.count("\n") + 1  # the new entry's first line
    assert f"data/themes.yml:{line}: v\u043eice: id" in result.stderr
    assert "has a character that only looks like a plain letter (not ASCII)" in result.stderr
    themes.write_text(original + "- id: extra\n  title: A\n  title: B\n  description: Twice.\n")
    result = small_hub.hub("check")
    assert result.returncode == 2
    assert f"data/themes.yml:{line + 2}: cannot be read (" in result.stderr
    assert "'title' is given twice in one entry: keep one" in result.stderr


# --- class 10: the hub and MkDocs agree on what front matter is ----------------------------


@pytest.mark.parametrize(
    ("text", "meta"),
    [
        ("---\ntitle: x\n---\nbody", {"title": "x"}),
        ("---\ntitle: x\n...\nbody", {"title": "x"}),
        ("--- \ntitle: x\n---\t\nbody", {"title": "x"}),
        ("---\r\ntitle: x\r\n---\r\nbody", {"title": "x"}),
        ("---\ntitle: x\n---", None),  # MkDocs needs a new line after the fence
    ],
)
def test_front_matter_is_read_exactly_when_mkdocs_reads_it(text, meta):
    parsed, problems = frontmatter.split("docs/a.md", text)
    assert (parsed.meta if parsed else None) == meta
    if meta is None:
        assert "the closing '---' must be on a line of its own" in problems[0].message
