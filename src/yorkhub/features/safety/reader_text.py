"""The text a reader sees, from the text an author wrote, with a map back to it.

Personal data can be hidden from a plain pattern by the way it is written but
not by the way it reads: ``943&nbsp;476&nbsp;5919``, ``9\u200b43 476 5919``,
``943 *476* 5919``, ``<b>943</b> 476 5919``, full-width digits, ``name&#64;x.org``,
``name%40x.org``, ``name [at] x [dot] org``. ``resolve`` undoes all of these, so
that the detectors see what a reader sees; ``Resolved.origin`` maps every
character back to where it was written, so messages keep the right line.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<percent>%[0-9A-Fa-f]{2})"
    r"|(?P<tag></?[A-Za-z][^<>\n]{0,300}>)"
    r"|(?P<at>\s?[\[({]\s*(?:at|AT)\s*[\])}]\s?)"
    r"|(?P<dot>\s?[\[({]\s*(?:dot|DOT)\s*[\])}]\s?)"
    r"|(?P<markup>[*_`~^]|==)"
)
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"}


@dataclass(frozen=True)
class Resolved:
    text: str
    origin: tuple[int, ...]  # origin[i]: where text[i] starts in the written text

    def where(self, index: int) -> int:
        return self.origin[index] if index < len(self.origin) else len(self.origin)


def resolve(written: str) -> Resolved:
    """What a reader sees: entities, %-escapes and [at]/[dot] decoded, tags, emphasis and
    invisible characters dropped, compatibility forms (full-width digits, no-break spaces)
    made plain, runs of spaces made one."""
    out: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _TOKEN.finditer(written):
        _plain(written[position : match.start()], position, out, origin)
        kind, token = match.lastgroup, match.group(0)
        if kind == "entity":
            _plain(html.unescape(token), match.start(), out, origin, same_origin=True)
        elif kind == "percent":
            char = chr(int(token[1:], 16))
            _plain(char if char.isprintable() else token, match.start(), out, origin, True)
        elif kind == "at":
            out.append("@")
            origin.append(match.start())
        elif kind == "dot":
            out.append(".")
            origin.append(match.start())
        position = match.end()  # tags and markup read as nothing
    _plain(written[position:], position, out, origin)
    return Resolved("".join(out), tuple(origin))


def _plain(text: str, start: int, out: list, origin: list, same_origin: bool = False) -> None:
    for offset, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        where = start if same_origin else start + offset
        for plain in unicodedata.normalize("NFKC", char):
            if plain != "\n" and plain.isspace():
                plain = " "
                if out and out[-1] == " ":
                    continue  # a reader sees one space
            out.append(plain)
            origin.append(where)
