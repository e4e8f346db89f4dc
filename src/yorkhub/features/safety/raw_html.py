"""No active content in pages: ``<script>``, ``<iframe>``, event handlers, ``javascript:``.

Markdown passes raw HTML through, and attr_list sets any attribute
(``[x](y){ onclick="..." }``). The hub is served with a Content-Security-Policy
that blocks them, but the offline copy and a server without the policy would run
them. Code (fenced blocks and `inline code`) is shown, not run, so it is left out.
"""

from __future__ import annotations

import html
import re

from yorkhub.features.safety.personal_data_check import paths
from yorkhub.problems import Problem

_FENCE = re.compile(
    r"^([ \t]*)(`{3,}|~{3,})[^\n]*\n.*?(?:^\1?[ \t]*\2[`~]*[ \t]*$|\Z)", re.M | re.S
)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.S)
_ELEMENT = re.compile(r"<\s*(script|iframe|frame|object|embed|base)\b", re.I)
_TAG = re.compile(r"<[a-z][^<>]*>|\{:?[^{}\n]*\}", re.I)  # an HTML tag, or attr_list braces
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_HANDLER = re.compile(r"(?:^|[\s/{])(on[a-z]+)\s*=", re.I)
_TARGET = re.compile(
    r"(?:\]\(\s*<?|^[ ]{0,3}\[[^\]]+\]:\s*<?|<(?=[a-z]+:)|"
    r"\b(?:href|src|action|formaction|xlink:href|data)\s*=\s*[\"']?)([^\s\"')>]{1,300})",
    re.I | re.M,
)
_INVISIBLE = re.compile("[\u0000-\u0020\u00ad\u200b-\u200d\u2060\ufeff]")
_SCHEMES = ("javascript:", "vbscript:", "data:text/html")


def check(catalogue, context) -> list[Problem]:
    problems = []
    for page in catalogue.pages:
        for offset, message in find(page.body):
            line = page.body_line + page.body.count("\n", 0, offset)
            problems.append(Problem(page.src, line, message))
        # Front-matter values (version, summary, ...) are inserted into generated HTML too.
        for key, value in page.meta.items():
            for text in _texts(value):
                problems += [
                    Problem(page.src, page.line(key), f"{key}: {message}")
                    for _, message in find(text)
                ]
    # Registries and data files fill the generated pages (delegation, timescales, themes).
    for name, data in sorted(context.data.items()):
        for path, text in paths(data, ""):
            problems += [
                Problem(f"data/{name}.yml", None, f"{path}: {message}") for _, message in find(text)
            ]
    return problems


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for inner in value.values() for t in _texts(inner)]
    if isinstance(value, list):
        return [t for inner in value for t in _texts(inner)]
    return []


def find(text: str) -> list[tuple[int, str]]:
    """``(offset, message)`` for each piece of active content in ``text``, outside code."""
    shown = without_code(text)
    found = [
        (
            m.start(),
            f"a <{m.group(1).lower()}> element: remove it: pages may not carry scripts or embedded pages",
        )
        for m in _ELEMENT.finditer(shown)
    ]
    for tag in _TAG.finditer(shown):
        for handler in _HANDLER.finditer(
            _QUOTED.sub(lambda q: " " * len(q.group(0)), tag.group(0))
        ):
            found.append(
                (
                    tag.start(),
                    f"an event-handler attribute ({handler.group(1).lower()}): remove it: "
                    "pages may not carry scripts",
                )
            )
    for match in _TARGET.finditer(shown):
        target = _INVISIBLE.sub("", html.unescape(match.group(1))).lower()
        scheme = next((s for s in _SCHEMES if target.startswith(s)), None)
        if scheme:
            found.append(
                (
                    match.start(1),
                    f"a {scheme.rstrip(':')}: address: link to a page or a web address instead",
                )
            )
    return sorted(set(found))


def without_code(text: str) -> str:
    """``text`` with fenced code blocks and inline code blanked (same length, lines kept)."""

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return _INLINE_CODE.sub(blank, _FENCE.sub(blank, text))
