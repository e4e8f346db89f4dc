"""``hub new guide "Title" --theme ID``: start a one minute guide from the template.

The guide gets the next free number (numbers are never reused, even when a
guide is retired), a file name from its title, and complete front matter, so it
passes ``hub check`` as it is. Mistakes in the arguments exit with code 2 and a
message naming the argument and what to do.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from string import Template

import yaml

from yorkhub import catalogue as cat
from yorkhub import fields
from yorkhub import settings as hub_settings
from yorkhub.features.guides import model as guides
from yorkhub.features.guides import template as guide_template
from yorkhub.features.safety import personal_data as personal
from yorkhub.features.safety.personal_data_check import ALLOW
from yorkhub.frontmatter import split
from yorkhub.problems import SetupError
from yorkhub.schema import AUDIENCES
from yorkhub.settings import Settings
from yorkhub.site import load_registries

FOLDER = "guides"
PREVIEW = "http://127.0.0.1:8000/"  # where `make serve` shows the hub


class UsageError(Exception):
    """Arguments are wrong: each message names one argument and says what to do."""

    def __init__(self, *messages: str):
        super().__init__("\n".join(messages))
        self.messages = list(messages)


@dataclass
class Request:
    title: str
    themes: list[str] = field(default_factory=list)
    audience: list[str] = field(default_factory=list)
    audits: list[str] = field(default_factory=list)
    contact: str = "ap-team"
    summary: str = ""


def add(sub) -> None:
    cmd = sub.add_parser(
        "new",
        help="start a new one minute guide from the template",
        description='Start a one minute guide: hub new guide "Title" --theme drift-and-delay',
    )
    cmd.add_argument("kind", choices=["guide"], help="what to start (only 'guide' for now)")
    cmd.add_argument("title", help="the guide's title, in quotes; a question reads well")
    cmd.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="ID",
        help="an audit learning theme from data/themes.yml (give one or more)",
    )
    cmd.add_argument(
        "--audience",
        action="append",
        default=[],
        metavar="ID",
        help=f"who it is for (default social-workers): {', '.join(AUDIENCES)}",
    )
    cmd.add_argument(
        "--audit",
        action="append",
        default=[],
        metavar="ID",
        help="the id of an audit the guide draws on (give any number)",
    )
    cmd.add_argument(
        "--contact",
        default="ap-team",
        metavar="ROLE",
        help="the role to contact (default ap-team), from data/roles.yml",
    )
    cmd.add_argument(
        "--summary",
        default="",
        help="one sentence saying what the guide is for (you can write it later)",
    )
    cmd.set_defaults(run=run)


def run(root: Path, args) -> int:
    request = Request(args.title, args.theme, args.audience, args.audit, args.contact, args.summary)
    try:
        path = create(root, request, date.today())
    except UsageError as err:
        say_all("hub new guide", err.messages)
        return 2
    except SetupError as err:
        print(f"hub new guide: {err}", file=sys.stderr)
        return 2
    rel = path.relative_to(root).as_posix()
    print(f"hub new guide: created {rel} (No. {guides.split_file_name(path.name)[0]}, a draft)")
    print("Next: answer each question in the file, then run `make check`.")
    print(f"Preview it: run `make serve`, then open {PREVIEW}guides/{path.stem}/")
    return 0


def create(root: Path, request: Request, today: date) -> Path:
    """Write the new guide under ``root/guides`` and return its path. Raises UsageError."""
    registries, _ = load_registries(root)
    existing = existing_guides(root)
    slug, problems = checked_slug(request.title, existing)
    problems += validate(request, registries, audit_ids(root, registries))
    problems += personal_data(request, hub_settings.load(root))
    if problems:
        raise UsageError(*problems)
    number = guides.next_number([n for n, _ in existing.values()] + used_numbers(root))
    path = root / FOLDER / guides.file_name(number, slug)
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        render(request, number, today, registries["roles"].title(request.contact)), encoding="utf-8"
    )
    return path


def existing_guides(root: Path) -> dict[str, tuple[int, str]]:
    """Each guide file's name, with the number and slug its name holds."""
    folder = root / FOLDER
    found = {}
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        parts = guides.split_file_name(path.name)
        if parts:
            found[path.name] = parts
    return found


def used_numbers(root: Path) -> list[int]:
    """Every ``number:`` in guides' front matter, retired and draft guides included."""
    numbers = []
    for path in sorted((root / FOLDER).glob("*.md")) if (root / FOLDER).is_dir() else []:
        parsed, _ = split(path.name, path.read_text(encoding="utf-8", errors="replace"))
        value = parsed.meta.get("number") if parsed else None
        if isinstance(value, int) and not isinstance(value, bool):
            numbers.append(value)
    return numbers


def audit_ids(root: Path, registries) -> set[str]:
    catalogue, _ = cat.collect(cat.read_sources(root), registries)
    return {str(p.meta["id"]) for p in catalogue.by_type("audit") if "id" in p.meta}


def say_all(command: str, messages: list[str]) -> None:
    """Every mistake at once, one line each, and that nothing was written."""
    for message in messages:
        print(f"{command}: {message}", file=sys.stderr)
    if len(messages) > 1:
        print(f"{command}: {len(messages)} mistakes: nothing was written", file=sys.stderr)


def checked_slug(title: str, existing: dict[str, tuple[int, str]]) -> tuple[str, list[str]]:
    """The file name's words from the title, and what is wrong with the title."""
    if not title.strip():
        return "", [
            'title: the title is empty: give the guide a title in quotes, for example hub new guide "Why do core groups matter?" --theme multi-agency-engagement'
        ]
    if "\n" in title.strip() or "\r" in title.strip():
        return "", ["title: the title has more than one line: put it on one line"]
    slug = guides.slugify(title)
    if not slug:
        return "", [
            f"title: '{title}' has no letters or numbers to make a file name from: use words in the title"
        ]
    for name, (_, other) in existing.items():
        if other == slug:
            return slug, [
                f"title: a guide with the file name '{slug}' already exists ({FOLDER}/{name}): choose a different title, or edit that guide"
            ]
    return slug, []


def validate(request: Request, registries, audits: set[str] | None = None) -> list[str]:
    """What is wrong with each id in the request, one message per argument given."""
    problems = []
    if not request.themes:
        problems.append(
            "--theme: give at least one audit learning theme, for example --theme drift-and-delay "
            f"(the ids are in data/themes.yml: {', '.join(registries['themes'].ids())})"
        )
    for theme in _unique(request.themes):
        problems += _known("--theme", theme, "theme", registries["themes"])
    problems += _known("--contact", request.contact, "role", registries["roles"])
    for audience in _unique(request.audience):
        _, message = fields.one_of(*AUDIENCES)(audience, registries)
        if message:
            problems.append(f"--audience: {message}")
    for audit in _unique(request.audits):
        if audits is not None and audit not in audits:
            known = ", ".join(sorted(audits)) or "none yet"
            problems.append(
                f"--audit: no audit has id '{audit}'{near(audit, sorted(audits))}: use the id of an audit page in docs/learning/audits/ (known: {known})"
            )
    return problems


def personal_data(request: Request, settings: Settings) -> list[str]:
    """The title and summary are published in every listing and in search (the title in the
    file's name too): personal data in them is refused, masked, with how to allow a value."""
    rules = personal.rules(settings.allow, settings.case_id_patterns)
    problems = []
    for option, text in (("title", request.title), ("--summary", request.summary)):
        for finding in personal.find(text or "", rules):
            problems.append(
                f"{option}: personal data: {finding.kind} {finding.masked}: remove it (the title "
                "and summary are shown in every listing and in search). If the service must "
                f"publish it, write it in the guide's text and allow it in its front matter: {ALLOW}"
            )
    return problems


def near(value: str, ids: list[str]) -> str:
    """`` (did you mean 'x'?)``: an id that starts with or contains ``value``, or is spelt alike."""
    lowered = value.lower()
    found = [i for i in ids if i.startswith(lowered)] or [
        i for i in ids if lowered and lowered in i
    ]
    return f" (did you mean '{found[0]}'?)" if found else fields.suggestion(value, ids)


def _known(option: str, value: str, what: str, registry) -> list[str]:
    if value in registry:
        return []
    return [
        f"{option}: unknown {what} '{value}'{near(value, registry.ids())}: use an id from "
        f"{registry.file}: {', '.join(registry.ids())}"
    ]


def render(request: Request, number: int, today: date, contact_title: str) -> str:
    """The new guide's text, from the template."""
    template = Template(
        resources.files("yorkhub").joinpath(guide_template.TEMPLATE).read_text(encoding="utf-8")
    )
    summary = request.summary.strip() or guide_template.SUMMARY
    audits = f"audits: {_flow(request.audits)}" if request.audits else ""
    text = template.substitute(
        number=number,
        title=request.title.strip(),
        title_yaml=_scalar(request.title.strip()),
        summary_yaml=_scalar(summary),
        published=today.isoformat(),
        review_by=guides.one_year_on(today).isoformat(),
        audience=_flow(request.audience or ["social-workers"]),
        themes=_flow(_unique(request.themes)),
        audits_line=audits,
        contact=request.contact,
        contact_title=contact_title,
    )
    return text.replace("\n\n", "\n", 1) if not audits else text  # the empty audits line goes


def _scalar(value: str) -> str:
    return (
        yaml.safe_dump(value, default_style=None, width=10_000, allow_unicode=True)
        .removesuffix("\n...\n")
        .strip()
    )


def _flow(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))
