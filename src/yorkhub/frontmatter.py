"""Split a Markdown file into its YAML front matter and body, with line numbers.

MkDocs' own reader drops broken YAML silently, so the hub parses front matter
itself with a safe loader. Dates stay as text here: the schema checks their
form and turns them into ``datetime.date`` with a message a person can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from yorkhub import yaml_safe
from yorkhub.problems import Problem


# yaml_safe's loader uses libyaml's parser where PyYAML has it (its wheels do): ten
# times faster, which matters when every build reads every page. It refuses aliases.
class _Loader(yaml_safe.Loader):
    """A safe loader that leaves timestamps as strings (the schema parses them)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_FENCE = re.compile(r"(?:---|\.\.\.)[ \t]*")


@dataclass
class Parsed:
    """A file's front matter (``meta``), body, and the line each key starts on."""

    meta: dict
    body: str
    body_line: int
    lines: dict[str, int] = field(default_factory=dict)


def decode(label: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    """The file's text, or a problem saying it is empty or not UTF-8."""
    if not raw.strip():
        return None, [
            Problem(
                label, None, "the file is empty: add front matter and content, or delete the file"
            )
        ]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return None, [
            Problem(
                label,
                line,
                f"the file is not UTF-8 text (byte {err.start}): save it with UTF-8 encoding",
            )
        ]


def split(label: str, text: str) -> tuple[Parsed | None, list[Problem]]:
    """Front matter and body of ``text``; problems if the block is missing or broken."""
    lines = text.splitlines(keepends=True)
    if not lines or not _FENCE.fullmatch(lines[0].rstrip("\r\n")) or lines[0].startswith("."):
        return None, [
            Problem(
                label,
                1,
                "no front matter: start the file with a line '---', the page's fields, then '---'",
            )
        ]
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        return None, [
            Problem(label, 1, "front matter is not closed: add a line '---' after the last field")
        ]
    closing = lines[end]
    if not closing.endswith(("\n", "\r")) or not _FENCE.fullmatch(closing.rstrip("\r\n")):
        # MkDocs reads front matter only between lines that are exactly '---' (or '...')
        # plus spaces, each ending in a new line; otherwise it shows the fields as text.
        return None, [
            Problem(
                label,
                end + 1,
                "the closing '---' must be on a line of its own, followed by a new line "
                "(MkDocs would show the fields as page text): end the line after '---'",
            )
        ]
    block = "".join(lines[1:end])
    meta, key_lines, problems = _load(label, block)
    if meta is None:
        return None, problems
    return Parsed(meta, "".join(lines[end + 1 :]), end + 2, key_lines), problems


def _load(label: str, block: str) -> tuple[dict | None, dict[str, int], list[Problem]]:
    loader = _Loader(block)
    try:
        node = loader.get_single_node()
        if node is None:
            return (
                None,
                {},
                [
                    Problem(
                        label,
                        2,
                        "front matter is empty: add the page's fields (see the Authoring page)",
                    )
                ],
            )
        if not isinstance(node, yaml.MappingNode):
            return (
                None,
                {},
                [Problem(label, 2, "front matter must be a list of 'field: value' lines")],
            )
        key_lines, problems = _key_lines(label, node)
        meta = loader.construct_document(node)
    except yaml_safe.AliasError as err:
        return None, {}, [Problem(label, err.problem_mark.line + 2, f"front matter: {err.problem}")]
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        what = getattr(err, "problem", None) or str(err).splitlines()[0]
        return (
            None,
            {},
            [
                Problem(
                    label,
                    line,
                    f"front matter is not valid YAML ({what}): check the indentation, colons and quotes",
                )
            ],
        )
    finally:
        loader.dispose()
    return meta, key_lines, problems


def _key_lines(label: str, node: yaml.MappingNode) -> tuple[dict[str, int], list[Problem]]:
    """Line of each top-level key; a key given twice is a problem (YAML keeps the last)."""
    seen: dict[str, int] = {}
    problems = []
    for key_node, _ in node.value:
        key, line = str(key_node.value), key_node.start_mark.line + 2
        if key in seen:
            problems.append(
                Problem(
                    label, line, f"'{key}' is given twice (first on line {seen[key]}): keep one"
                )
            )
        seen.setdefault(key, line)
    return seen, problems
