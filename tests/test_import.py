"""``hub import guide DRAFT.docx``: real Word documents (written with python-docx) become
guides with complete front matter, their images saved beside them, every check run and what
is left to do listed; files that are not readable Word documents are clear messages."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import sys
import zlib
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from yorkhub import cli
from yorkhub.features.guides import word

ROOT = Path(__file__).resolve().parents[1]
TODAY = date.today()
QUESTIONS = (
    "What is it?",
    "Why does it matter?",
    "What do I need to do?",
    "Where can I find out more?",
)


@pytest.fixture
def mini(tmp_path) -> Path:
    """A hub with its settings, registries and glossary, no pages and an empty guides folder."""
    for part in ("data", "includes"):
        shutil.copytree(ROOT / part, tmp_path / "hub" / part)
    shutil.copy2(ROOT / "mkdocs.yml", tmp_path / "hub/mkdocs.yml")
    (tmp_path / "hub/docs").mkdir()
    (tmp_path / "hub/guides").mkdir()
    return tmp_path / "hub"


def png() -> bytes:
    """A real 2 x 2 PNG image."""
    rows = b"".join(b"\x00" + b"\x00\x70\xc0" * 2 for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def link(paragraph, text: str, address: str) -> None:
    """A hyperlink run, as Word writes it (python-docx has no call for one)."""
    r_id = paragraph.part.relate_to(address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    run_text = OxmlElement("w:t")
    run_text.text = text
    run.append(run_text)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def good_draft(path: Path) -> Path:
    """A draft as the AP team writes one: a Title, the four questions as Heading 2, bold,
    a link, bullets, a numbered list, a table and a picture with alt text."""
    document = docx.Document()
    document.add_heading("Why do core groups matter?", level=0)
    document.add_heading(QUESTIONS[0], level=2)
    intro = document.add_paragraph("A core group is ")
    intro.add_run("the team").bold = True
    intro.add_run(" that carries out the child protection plan.")
    document.add_heading(QUESTIONS[1], level=2)
    document.add_paragraph("Audits found core groups that met late or not at all.")
    picture = document.add_picture(io.BytesIO(png()))
    picture._inline.docPr.set("descr", "A core group around a child")
    document.add_heading(QUESTIONS[2], level=2)
    document.add_paragraph("Book the first core group at the conference.", style="List Bullet")
    document.add_paragraph("Record who came and what was agreed.", style="List Bullet")
    document.add_paragraph("Invite the family.", style="List Number")
    document.add_paragraph("Invite the agencies.", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {
        (0, 0): "Meeting",
        (0, 1): "Who chairs",
        (1, 0): "Core group",
        (1, 1): "Social worker",
    }.items():
        table.cell(row, col).text = text
    document.add_heading(QUESTIONS[3], level=2)
    more = document.add_paragraph("Read ")
    link(more, "Working Together", "https://www.gov.uk/government/publications/working-together")
    more.add_run(".")
    document.save(path)
    return path


def hub(root: Path, *args: str, capsys) -> tuple[int, str, str]:
    code = cli.main(["--root", str(root), "import", "guide", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


EXPECTED_BODY = """\
# Why do core groups matter?

## What is it?

A core group is **the team** that carries out the child protection plan.

## Why does it matter?

Audits found core groups that met late or not at all.

![A core group around a child](0014-why-do-core-groups-matter/image-1.png)

## What do I need to do?

- Book the first core group at the conference.
- Record who came and what was agreed.

1. Invite the family.
2. Invite the agencies.

| Meeting | Who chairs |
|---|---|
| Core group | Social worker |

## Where can I find out more?

Read [Working Together](https://www.gov.uk/government/publications/working-together).

**Contact:** the Advanced Practitioner team.
"""


def test_a_good_draft_becomes_a_complete_guide_with_its_image_and_nothing_left_to_do(
    mini, tmp_path, capsys
):
    (mini / "guides/0013-old.md").write_text(
        "---\ntype: one-minute-guide\nnumber: 13\nstatus: retired\n---\n# Old\n"
    )
    draft = good_draft(tmp_path / "Core groups draft.docx")
    code, out, err = hub(
        mini,
        str(draft),
        "--theme",
        "multi-agency-engagement",
        "--summary",
        "Why core groups matter and how to run them.",
        capsys=capsys,
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "hub import guide: created guides/0014-why-do-core-groups-matter.md (No. 14, a draft) "
        "from Core groups draft.docx",
        "hub import guide: saved 1 image(s) in guides/0014-why-do-core-groups-matter/",
        "Nothing left to fix: read it through, then run `make check`.",
        "Preview it: run `make serve`, then open "
        "http://127.0.0.1:8000/guides/0014-why-do-core-groups-matter/",
    ]
    text = (mini / "guides/0014-why-do-core-groups-matter.md").read_text(encoding="utf-8")
    front, body = text.split("\n---\n\n", 1)
    assert front.splitlines() == [
        "---",
        "type: one-minute-guide",
        "number: 14",
        "title: Why do core groups matter?",
        "summary: Why core groups matter and how to run them.",
        "owner: ap-team",
        "status: draft",
        "approver: principal-social-worker",
        'version: "0.1"',
        f"published: {TODAY.isoformat()}",
        f"review_by: {TODAY.replace(year=TODAY.year + 1).isoformat()}",
        "audience: [social-workers]",
        "themes: [multi-agency-engagement]",
        "contact: ap-team",
    ]
    assert body == EXPECTED_BODY
    assert (mini / "guides/0014-why-do-core-groups-matter/image-1.png").read_bytes() == png()
    checked = subprocess.run(
        [sys.executable, "-m", "yorkhub.cli", "check", "--no-writing"],
        cwd=mini,
        capture_output=True,
        text=True,
    )
    assert "0014-why-do-core-groups-matter" not in checked.stdout + checked.stderr


def test_a_draft_that_does_not_fit_the_guide_is_written_and_every_gap_reported(
    mini, tmp_path, capsys
):
    document = docx.Document()
    document.add_heading("Core groups", level=1)
    document.add_heading("What is it?", level=1)  # a Heading 1, as Word drafts often have
    document.add_paragraph("Ring 07700 900123 to book it. " + "More words here. " * 170)
    document.add_heading("Background", level=2)
    document.add_paragraph("Some history.")
    document.add_heading("What do I need to do?", level=2)
    document.add_picture(io.BytesIO(png()))  # no alt text
    draft = tmp_path / "draft.docx"
    document.save(draft)
    code, out, err = hub(mini, str(draft), "--theme", "permanence", capsys=capsys)
    assert (code, err) == (1, "")
    src = "guides/0001-core-groups.md"
    text = (mini / src).read_text(encoding="utf-8")
    lines = text.splitlines()

    def line(start: str) -> int:
        return next(n for n, t in enumerate(lines, start=1) if t.startswith(start))

    assert lines[line("# ") - 1] == "# Core groups"
    assert "# What is it?" in lines  # reported, not reshaped
    assert out.splitlines() == [
        f"hub import guide: created {src} (No. 1, a draft) from draft.docx",
        "hub import guide: saved 1 image(s) in guides/0001-core-groups/",
        "Still to do before the guide can be approved:",
        f"  {src}:{line('summary:')}: summary: write one sentence saying what the guide is for "
        "(shown in listings and search)",
        f"  {src}:{line('# What is it?')}: 'What is it?' is a level-1 heading: make it Heading 2 "
        "in Word, or '## What is it?' in the file",
        f"  {src}:{line('## Background')}: the heading 'Background' is not one of the guide's "
        "four questions: move its text under the question it answers, or make it a question "
        "of its own if it needs one",
        f"  {src}: the draft has no heading 'Why does it matter?': add it as "
        "'## Why does it matter?' (Heading 2 in Word) with its answer",
        f"  {src}: the draft has no heading 'Where can I find out more?': add it as "
        "'## Where can I find out more?' (Heading 2 in Word) with its answer",
        f"  {src}:{line('![')}: the image 0001-core-groups/image-1.png has no alt text: describe "
        "it for readers who cannot see it, between the brackets: "
        "![A short description](0001-core-groups/image-1.png)",
        "Problems the build would refuse (fix them, then run `make check`):",
        f"  {src}: the guide has 535 words; the budget is 500: cut it to one side of A4",
        f"  {src}:{line('Ring')}: personal data: phone number 077*********: remove it; if the "
        "page must publish it, allow it with a reason in the front matter: "
        'personal_data_allow: [{value: "...", reason: "..."}]',
        "Preview it: run `make serve`, then open http://127.0.0.1:8000/guides/0001-core-groups/",
    ]


def _zip_without_a_document(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not Word")
    return path


@pytest.mark.parametrize(
    "name, make, message",
    [
        (
            "notes.docx",
            lambda p: p.write_text("just some text saved with the wrong ending"),
            "is not a Word document (.docx): open it in Word and save it as a Word Document "
            "(.docx), and import that",
        ),
        (
            "empty.docx",
            lambda p: p.write_bytes(b""),
            "is empty (0 bytes): save the draft in Word again and import that",
        ),
        (
            "locked.docx",  # what Word writes for a .docx with a password: an OLE container
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024),
            "is password-protected, or is an old Word 97-2003 (.doc) file: remove the password "
            "(File > Info > Protect Document > Encrypt with Password) or save it as a Word "
            "Document (.docx), and import that",
        ),
        (
            "cut-short.docx",
            lambda p: p.write_bytes(good_draft(p).read_bytes()[:1500]),
            "is damaged (not a complete .docx): open it in Word, save it again as a Word "
            "Document (.docx), and import that",
        ),
        (
            "other.docx",
            _zip_without_a_document,
            "is a zip file but not a Word document (it has no word/document.xml): import the "
            ".docx file Word saved",
        ),
        (
            "old.doc",
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0"),
            "is an old Word 97-2003 document (.doc): open it in Word, save it as a Word Document "
            "(.docx), and import that",
        ),
        ("missing.docx", lambda p: None, "no such file: check its name and folder"),
    ],
)
def test_a_file_that_is_not_a_readable_word_document_is_a_clear_message_and_nothing_is_written(
    mini, tmp_path, capsys, name, make, message
):
    path = tmp_path / name
    make(path)
    code, out, err = hub(mini, str(path), "--theme", "permanence", capsys=capsys)
    assert (code, out) == (2, "")
    assert err == f"hub import guide: {name}: {message}\n"
    assert list((mini / "guides").iterdir()) == []


def test_a_document_with_no_text_is_refused(mini, tmp_path, capsys):
    draft = tmp_path / "blank.docx"
    docx.Document().save(draft)
    code, _, err = hub(mini, str(draft), "--theme", "permanence", capsys=capsys)
    assert code == 2
    assert err == (
        "hub import guide: blank.docx: has no text: write the draft in it, save it, and import "
        "it again\n"
    )


def test_every_mistake_is_reported_at_once_without_a_traceback(mini, tmp_path):
    (tmp_path / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    result = subprocess.run(
        [sys.executable, "-m", "yorkhub.cli", "import", "guide", str(tmp_path / "locked.docx")]
        + ["--theme", "pudding", "--contact", "ap"],
        cwd=mini,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr
    assert [line.split(": ", 2)[1] for line in result.stderr.splitlines()] == [
        "locked.docx",
        "--theme",
        "--contact",
        "3 mistakes",
    ]


def test_a_title_is_needed_when_the_draft_has_none(mini, tmp_path, capsys):
    document = docx.Document()
    document.add_paragraph("Just text.")
    document.save(tmp_path / "untitled.docx")
    code, _, err = hub(
        mini, str(tmp_path / "untitled.docx"), "--theme", "permanence", capsys=capsys
    )
    assert code == 2
    assert "--title: untitled.docx has no title (no Title or Heading 1 before its text)" in err
    code, out, _ = hub(
        mini,
        str(tmp_path / "untitled.docx"),
        "--theme",
        "permanence",
        "--title",
        "Plain words",
        capsys=capsys,
    )
    assert code == 0
    assert "created guides/0001-plain-words.md" in out


@pytest.mark.parametrize(
    "html, markdown",
    [
        (
            "<p>1. not a list, - nor * this [x] &lt;b&gt;</p>",
            "1\\. not a list, - nor \\* this \\[x\\] &lt;b>\n",
        ),
        ("<p>A <strong>bold </strong>word</p>", "A **bold** word\n"),
        ("<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul>", "- one\n    - inner\n- two\n"),
        ('<p>See <a href="#_Toc1">section 2</a></p>', "See section 2\n"),
        (
            "<table><tr><td><p>A</p></td><td><p>B | C</p></td></tr></table>",
            "| A | B \\| C |\n|---|---|\n",
        ),
    ],
)
def test_word_html_becomes_markdown_that_shows_as_written(html, markdown):
    assert word.to_markdown(html) == markdown


def test_a_guide_s_images_are_published_with_it_and_left_out_with_it(mini, tmp_path, capsys):
    import dataclasses

    from yorkhub import settings, site

    draft = good_draft(tmp_path / "draft.docx")
    assert hub(mini, str(draft), "--theme", "permanence", capsys=capsys)[0] == 0
    image = "guides/0001-why-do-core-groups-matter/image-1.png"
    production = settings.load(mini)
    preview = dataclasses.replace(production, drafts="preview")
    shown = site.prepare(mini, preview, TODAY)
    assert image in site.files(shown, None).add
    hidden = site.prepare(mini, production, TODAY)  # the draft is left out, and so its image
    assert image not in site.files(hidden, None).add
    assert image in hidden.images_left_out
