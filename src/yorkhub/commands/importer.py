"""``hub import guide DRAFT.docx --theme ID``: a Word draft as a new one minute guide.

The guide gets the next free number, a file name from its title (the document's
Title or first Heading 1, or ``--title``), the complete front matter of ``hub new``
(a draft), and the document's text as Markdown (``features/guides/word.py``). Its
images are saved in a folder named after the guide, beside it. Then every check
runs on it, as ``hub check`` would, and the command lists what the author still has
to do: the summary, questions the headings do not match, images without alt text,
and the problems the checks found. The headings are never reshaped.

Exit codes: 2 when the arguments or the file are wrong (nothing is written), 1 when
the guide was written but has problems the build would refuse, 0 otherwise.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from yorkhub import settings as hub_settings
from yorkhub import site, writing
from yorkhub.commands import new
from yorkhub.features.guides import model as guides
from yorkhub.features.guides import template, word
from yorkhub.problems import ERROR, Problem, SetupError
from yorkhub.site import load_registries

COMMAND = "hub import guide"
_FOLDER_TOKEN = "\x00folder\x00"  # where each image's address gets the guide's folder
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


def add(sub) -> None:
    cmd = sub.add_parser(
        "import",
        help="import a Word draft (.docx) as a new one minute guide",
        description="Import a Word draft: hub import guide DRAFT.docx --theme drift-and-delay",
    )
    cmd.add_argument("kind", choices=["guide"], help="what to import (only 'guide' for now)")
    cmd.add_argument("draft", type=Path, help="the Word document (.docx)")
    cmd.add_argument(
        "--title", default="", help="the guide's title (default: the document's title)"
    )
    cmd.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="ID",
        help="an audit learning theme from data/themes.yml (give one or more)",
    )
    cmd.add_argument("--audience", action="append", default=[], metavar="ID", help="who it is for")
    cmd.add_argument("--audit", action="append", default=[], metavar="ID", help="an audit's id")
    cmd.add_argument("--contact", default="ap-team", metavar="ROLE", help="the role to contact")
    cmd.add_argument("--summary", default="", help="one sentence saying what the guide is for")
    cmd.set_defaults(run=run)


@dataclass
class Imported:
    path: Path
    number: int
    images: list[Path] = field(default_factory=list)
    todo: list[Problem] = field(default_factory=list)  # what the author still has to do
    problems: list[Problem] = field(default_factory=list)  # what the checks found


def run(root: Path, args) -> int:
    request = new.Request(
        args.title, args.theme, args.audience, args.audit, args.contact, args.summary
    )
    draft = args.draft if args.draft.is_absolute() else Path.cwd() / args.draft
    try:
        done = import_guide(root, draft, request, date.today())
    except new.UsageError as err:
        new.say_all(COMMAND, err.messages)
        return 2
    except SetupError as err:
        print(f"{COMMAND}: {err}", file=sys.stderr)
        return 2
    report(root, args.draft, done)
    return 1 if any(p.severity == ERROR for p in done.problems) else 0


def report(root: Path, draft: Path, done: Imported) -> None:
    """What was written, then what is left to do, one line each, all on standard output."""
    rel = done.path.relative_to(root).as_posix()
    lines = [f"{COMMAND}: created {rel} (No. {done.number}, a draft) from {draft.name}"]
    if done.images:
        folder = done.images[0].parent.relative_to(root).as_posix()
        lines.append(f"{COMMAND}: saved {len(done.images)} image(s) in {folder}/")
    errors = [p for p in done.problems if p.severity == ERROR]
    notes = [p for p in done.problems if p.severity != ERROR]
    if done.todo:
        lines.append("Still to do before the guide can be approved:")
        lines += [f"  {p}" for p in done.todo]
    if errors:
        lines.append("Problems the build would refuse (fix them, then run `make check`):")
        lines += [f"  {p}" for p in errors]
    if notes:
        lines.append("Notes:")
        lines += [f"  {p}" for p in notes]
    if not (done.todo or errors):
        lines.append("Nothing left to fix: read it through, then run `make check`.")
    lines.append(f"Preview it: run `make serve`, then open {new.PREVIEW}guides/{done.path.stem}/")
    print("\n".join(lines))


def import_guide(root: Path, draft: Path, request: new.Request, today: date) -> Imported:
    """Write the guide (and its images) from ``draft``; raises ``UsageError`` (nothing
    written) for bad arguments or a file that is not a readable Word document."""
    registries, _ = load_registries(root)
    settings = hub_settings.load(root)
    mistakes = new.validate(request, registries, new.audit_ids(root, registries))
    converted, why = _read(draft)
    if why:
        mistakes.insert(0, f"{draft.name}: {why}")
    title, body = _title(request.title, converted.markdown if converted else "")
    if converted is not None and not title:
        mistakes.append(
            f'--title: {draft.name} has no title (no Title or Heading 1 before its text): give one, for example --title "Why do core groups matter?"'
        )
    request = dataclasses.replace(request, title=title)
    existing = new.existing_guides(root)
    slug = ""
    if title:
        slug, found = new.checked_slug(title, existing)
        mistakes += found
    mistakes += new.personal_data(request, settings)
    if mistakes:
        raise new.UsageError(*mistakes)
    number = guides.next_number([n for n, _ in existing.values()] + new.used_numbers(root))
    path = root / new.FOLDER / guides.file_name(number, slug)
    folder = path.with_suffix("")
    body = body.replace(_FOLDER_TOKEN, folder.name)
    text = _front_matter(request, number, today, registries["roles"].title(request.contact))
    text += f"\n# {title}\n\n{body}"
    if "**Contact:**" not in body:
        text += f"\n**Contact:** the {registries['roles'].title(request.contact)}.\n"
    path.parent.mkdir(exist_ok=True)
    saved = _save_images(folder, converted.images)
    path.write_text(text, encoding="utf-8")
    done = Imported(path, number, saved)
    src = path.relative_to(root).as_posix()
    done.todo = _todo(src, text, converted)
    done.problems = _checks(root, settings, today, src, folder.relative_to(root).as_posix())
    return done


def _read(draft: Path) -> tuple[word.Converted | None, str | None]:
    if draft.suffix.lower() == ".doc":
        return None, (
            "is an old Word 97-2003 document (.doc): open it in Word, save it as a Word "
            "Document (.docx), and import that"
        )
    if not draft.exists():
        return None, "no such file: check its name and folder"
    if not draft.is_file():
        return None, "is a folder, not a file: give the Word document (.docx)"
    try:
        raw = draft.read_bytes()
    except OSError as err:
        return None, f"cannot be read ({err.strerror}): check it is not open elsewhere"
    try:
        return word.read(raw, _address), None
    except word.NotReadable as err:
        return None, str(err)


def _address(image: word.Image) -> str:
    return f"{_FOLDER_TOKEN}/image-{image.number}{word.IMAGE_TYPES[image.content_type]}"


def _title(given: str, markdown: str) -> tuple[str, str]:
    """The title (given, or the first level-1 heading before any text) and the body
    without that heading."""
    first = re.match(r"\A\s*# (.+)\n", markdown)
    if given.strip():
        return given.strip(), markdown
    if first:
        heading = re.sub(r"\\(.)", r"\1", first.group(1)).strip()
        return heading, markdown[first.end() :].lstrip("\n")
    return "", markdown


def _front_matter(request: new.Request, number: int, today: date, contact_title: str) -> str:
    """The front matter ``hub new`` writes, ending with its closing '---'."""
    text = new.render(request, number, today, contact_title)
    return text[: text.index("\n---\n", 4) + 5]


def _save_images(folder: Path, images: list[word.Image]) -> list[Path]:
    if not images:
        return []
    if folder.exists():
        shutil.rmtree(folder)  # the folder of a guide number never used before: left over
    folder.mkdir()
    saved = []
    for image in images:
        path = folder / f"image-{image.number}{word.IMAGE_TYPES[image.content_type]}"
        path.write_bytes(image.data)
        saved.append(path)
    return saved


def _todo(src: str, text: str, converted: word.Converted) -> list[Problem]:
    closing = text.index("\n---\n", 4) + 1  # where the front matter's closing '---' starts
    body, body_line = text[closing + 4 :], text.count("\n", 0, closing) + 2
    todo = []
    summary = re.search(r"^summary: (.*)$", text, re.M)
    if summary and template.SUMMARY in summary.group(1):
        todo.append(
            Problem(
                src,
                text.count("\n", 0, summary.start()) + 1,
                "summary: write one sentence saying what the guide is for (shown in listings "
                "and search)",
            )
        )
    todo += [Problem(src, line, what) for line, what in word.structure(body, body_line)]
    todo += [
        Problem(src, line, f"the section '{question}' is empty: answer it")
        for line, question in template.unanswered(body, body_line)
    ]
    for match in _IMAGE.finditer(text):
        if not match.group(1).strip():
            todo.append(
                Problem(
                    src,
                    text.count("\n", 0, match.start()) + 1,
                    f"the image {match.group(2)} has no alt text: describe it for readers who "
                    f"cannot see it, between the brackets: ![A short description]({match.group(2)})",
                )
            )
    for image in converted.skipped:
        todo.append(
            Problem(
                src,
                None,
                f"image {image.number} of the draft ({image.content_type or 'unknown type'}) is "
                "a kind browsers cannot show, so it was left out: save it as a PNG picture and "
                "add it to the guide's folder, with a line ![A short description](FOLDER/NAME.png)",
            )
        )
    return todo


def _checks(root: Path, settings, today: date, src: str, folder: str) -> list[Problem]:
    """Every check of ``hub check`` (as the preview runs them: drafts included), and its
    writing help, on this guide."""
    plan = site.prepare(root, dataclasses.replace(settings, drafts="preview"), today)
    found = [p for p in plan.problems if p.file == src or p.file.startswith(folder + "/")]
    page = next((p for p in plan.catalogue.pages if p.src == src), None)
    if page is not None:
        found += writing.advise([page], plan.context)[0]
    return found
