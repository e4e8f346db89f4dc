"""``hub approve PATH --by ROLE [--note ...]`` and ``hub retire PATH --by ROLE --note ...``.

Records the decision in the page's front matter (who, when, the version raised, what
changed), changing only those fields, after every check the build makes has passed on
the page as it will be. Refused, with the reason and no file changed: an unknown page
or role, a role the rule in data/roles.yml does not let approve the page's type, a guide's
own author role, a retired page, and a page with any problem. Prints the change as a diff.
Exit codes as every hub command: 0 done, 1 refused for the content, 2 wrong arguments or set-up.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from yorkhub import approval, files, frontmatter, site
from yorkhub import catalogue as cat
from yorkhub import settings as hub_settings
from yorkhub.features.law.approvers import refusal
from yorkhub.problems import ERROR, SetupError


def add(sub) -> None:
    for name, action, text in (
        ("approve", approval.APPROVED, "record an approval of a page: who, when, what changed"),
        ("retire", approval.RETIRED, "mark a page retired, with the reason"),
    ):
        cmd = sub.add_parser(name, help=text, description=text)
        cmd.add_argument("path", help="the page's file, such as guides/0001-front-door.md")
        cmd.add_argument(
            "--by", required=True, metavar="ROLE", help="the role deciding, from data/roles.yml"
        )
        cmd.add_argument(
            "--note",
            default="",
            help="what changed in this version (for retire: why, and what replaces it)",
            required=action == approval.RETIRED,
        )
        cmd.add_argument(
            "--dry-run", action="store_true", help="show the change without writing it"
        )
        cmd.set_defaults(run=lambda root, args, action=action: run(root, args, action))


class Refused(Exception):
    """The decision cannot be recorded; ``code`` is the exit code."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def run(root: Path, args, action: str, today: date | None = None) -> int:
    command = "hub approve" if action == approval.APPROVED else "hub retire"
    try:
        label, path = locate(root, args.path)
        text, changed = decide(root, label, path, args, action, today or date.today())
    except Refused as err:
        print(f"{command}: {err}", file=sys.stderr)
        return err.code
    diff = difflib.unified_diff(
        text.splitlines(keepends=True), changed.splitlines(keepends=True), label, label
    )
    sys.stdout.writelines(diff)
    if args.dry_run:
        print(f"{command}: dry run: {label} not changed")
        return 0
    write(path, changed)
    print(f"{command}: {label}: {summary(changed, label)}; it goes live with the next build")
    return 0


def locate(root: Path, given: str) -> tuple[str, Path]:
    """The page's label (its path from the project's root) and file, or ``Refused``."""
    # A relative path is from the current folder inside the hub, else from the hub's folder.
    here = Path.cwd().resolve()
    path = ((here if here.is_relative_to(root) else root) / given).resolve()
    try:
        label = path.relative_to(root).as_posix()
    except ValueError:
        raise Refused(f"{given}: not inside the hub's folder ({root})", 2) from None
    if not label.startswith(tuple(f"{folder}/" for folder, _ in cat.SOURCES)):
        raise Refused(f"{label}: pages live in docs/ and guides/: give a page's file", 2)
    return label, path


def decide(root, label, path, args, action, today) -> tuple[str, str]:
    """The page's text now and as it will be, checked as the build checks it, or ``Refused``."""
    try:
        settings = hub_settings.load(root)
        registries, _ = site.load_registries(root)
        sources = cat.read_sources(root)
    except SetupError as err:
        raise Refused(str(err), 2) from None
    source = next((s for s in sources if s.src == label), None)
    if source is None:
        raise Refused(f"{label}: not a page the hub builds: check the path", 2)
    try:
        text = files.read(path).decode("utf-8")
    except (files.NotReadable, UnicodeDecodeError) as err:
        raise Refused(f"{label}: {err}", 2) from None
    page = next(iter(cat.collect([source], registries)[0].pages), None)
    meta = page.meta if page else {}
    if why := refusal(registries["roles"], meta.get("type", ""), args.by, meta):
        raise Refused(f"--by {why}")
    decision = approval.Decision(action, args.by, today, args.note, settings.review_months)
    try:
        made = approval.approve if action == approval.APPROVED else approval.retire
        changed = made(label, text, decision)
    except approval.ApprovalError as err:
        raise Refused(str(err)) from None
    try:
        planned = site.prepare(root, settings, today, changed={label: changed})
    except SetupError as err:
        raise Refused(str(err), 2) from None
    mine = [p for p in planned.problems if p.file == label and p.severity == ERROR]
    mine = [as_written(p, text, changed) for p in mine]
    if mine:
        listed = "\n".join(f"  {p}" for p in sorted(set(mine)))
        raise Refused(f"{label} has problems: fix them, then run the command again\n{listed}")
    return text, changed


def as_written(problem, text: str, changed: str):
    """The problem with its line in the file as the author has it: the approval adds lines to
    the front matter, so a line in the body moves down by as many."""
    end_now, end_then = _front_matter_end(text), _front_matter_end(changed)
    if problem.line and problem.line > end_then:
        return dataclasses.replace(problem, line=problem.line - (end_then - end_now))
    return problem


def _front_matter_end(text: str) -> int:
    """The line of the closing '---' (the text was checked already, so it has one)."""
    parsed, _ = frontmatter.split("page", text)
    return parsed.body_line - 1 if parsed else 0


def summary(text: str, label: str) -> str:
    meta = approval.read_meta(label, text)
    if meta.get("status") == approval.RETIRED:
        return f"retired by {meta['changes'][-1]['by']}"
    return f"version {meta['version']} approved by {meta['approved_by']} on {meta['approved']}"


def write(path: Path, text: str) -> None:
    """Replace the file whole, keeping its permissions: a reader never sees half of it."""
    mode = path.stat().st_mode & 0o7777
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
