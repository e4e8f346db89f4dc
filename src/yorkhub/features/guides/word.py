"""A Word draft (.docx) as Markdown: headings, lists, bold and italics, links, tables, images.

mammoth reads the document (it never follows a link to an outside file) and writes
simple, regular HTML; ``to_markdown`` turns that HTML into the Markdown the hub's
pages use. Nothing is reshaped: headings keep their level and words, so a draft
whose headings are not the guide's four questions is reported (``structure``), not
silently rewritten. Images are handed to a callback that saves them; each keeps its
alt text, or is listed as having none.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from yorkhub.features.guides.template import QUESTIONS

# Word's title style is the guide's title; headings keep their level.
STYLE_MAP = "p[style-name='Title'] => h1:fresh\np[style-name='Subtitle'] => p:fresh"
# Images a browser shows, by the type Word records, with the file ending they are saved with.
IMAGE_TYPES = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected .docx, or an old .doc


class NotReadable(Exception):
    """The file cannot be read as a Word document: the message says why and what to do."""


@dataclass
class Image:
    number: int  # 1 for the first image in the document
    content_type: str
    data: bytes
    alt: str


@dataclass
class Converted:
    markdown: str
    images: list[Image] = field(default_factory=list)
    skipped: list[Image] = field(default_factory=list)  # images browsers cannot show


def read(raw: bytes, save: Callable[[Image], str]) -> Converted:
    """The document ``raw`` as Markdown; ``save(image)`` stores an image and returns the
    address the guide links it by. Raises ``NotReadable``."""
    problem = _not_a_docx(raw)
    if problem:
        raise NotReadable(problem)
    import mammoth  # imported here: only `hub import` needs it

    images: list[Image] = []
    skipped: list[Image] = []

    def convert_image(image) -> dict:
        with image.open() as stream:
            data = stream.read()
        found = Image(len(images) + len(skipped) + 1, image.content_type or "", data, "")
        found.alt = " ".join((image.alt_text or "").split())
        if found.content_type not in IMAGE_TYPES:
            skipped.append(found)
            return {"src": "", "data-skipped": str(found.number)}
        images.append(found)
        return {"src": save(found), "alt": found.alt}

    try:
        result = mammoth.convert_to_html(
            io.BytesIO(raw),
            style_map=STYLE_MAP,
            convert_image=mammoth.images.img_element(convert_image),
        )
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as err:
        raise NotReadable(
            f"cannot be read as a Word document ({type(err).__name__}): open it in Word, "
            "save it again as a Word Document (.docx), and import that"
        ) from None
    markdown = to_markdown(result.value)
    if not markdown.strip() and not images:
        raise NotReadable("has no text: write the draft in it, save it, and import it again")
    return Converted(markdown, images, skipped)


def _not_a_docx(raw: bytes) -> str | None:
    if not raw:
        raise NotReadable("is empty (0 bytes): save the draft in Word again and import that")
    if raw.startswith(_OLE):
        return (
            "is password-protected, or is an old Word 97-2003 (.doc) file: remove the password "
            "(File > Info > Protect Document > Encrypt with Password) or save it as a Word "
            "Document (.docx), and import that"
        )
    if not raw.startswith(b"PK"):
        return (
            "is not a Word document (.docx): open it in Word and save it as a Word Document "
            "(.docx), and import that"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
            broken = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
        return (
            "is damaged (not a complete .docx): open it in Word, save it again as a Word "
            "Document (.docx), and import that"
        )
    if broken is not None:
        return (
            f"is damaged ({broken} cannot be read): open it in Word, save it again as a Word "
            "Document (.docx), and import that"
        )
    if "word/document.xml" not in names:
        return (
            "is a zip file but not a Word document (it has no word/document.xml): import the "
            ".docx file Word saved"
        )
    return None


# HTML (as mammoth writes it) to Markdown.

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "td", "th"}
_ESCAPE = re.compile(r"([\\`*_\[\]])")
# What would start a heading, a quote or a list at the start of a paragraph.
_LINE_START = re.compile(r"^(\s*)(?:([#>+-])|(\d+)(?=\.\s))")


@dataclass
class _Node:
    tag: str
    attrs: dict
    children: list = field(default_factory=list)  # _Node or str


class _Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in ("img", "br"):
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(_Node(tag, dict(attrs)))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def to_markdown(html_text: str) -> str:
    """Markdown for mammoth's HTML: one block per paragraph, heading, list or table."""
    tree = _Tree()
    tree.feed(html_text)
    tree.close()
    blocks = _blocks(tree.root.children, 0)
    text = "\n\n".join(b for b in blocks if b.strip())
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _blocks(children, depth: int) -> list[str]:
    out: list[str] = []
    inline: list = []
    for child in children:
        if isinstance(child, _Node) and child.tag in _BLOCKS:
            if inline:
                out.append(_inline(inline))
                inline = []
            out.append(_block(child, depth))
        else:
            inline.append(child)
    if inline:
        out.append(_inline(inline))
    return out


def _block(node: _Node, depth: int) -> str:
    tag = node.tag
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return "#" * int(tag[1]) + " " + _inline(node.children).replace("\n", " ")
    if tag == "p":
        return _LINE_START.sub(_unstart, _inline(node.children))
    if tag in ("ul", "ol"):
        return _list(node, depth)
    if tag == "table":
        return _table(node)
    return "\n\n".join(_blocks(node.children, depth))


def _unstart(match: re.Match) -> str:
    if match.group(2):
        return match.group(1) + "\\" + match.group(2)
    return match.group(1) + match.group(3) + "\\"  # "1." read as a number: 1\.


def _list(node: _Node, depth: int) -> str:
    lines = []
    indent = "    " * depth
    for number, item in enumerate((c for c in node.children if isinstance(c, _Node)), start=1):
        if item.tag != "li":
            continue
        marker = f"{number}." if node.tag == "ol" else "-"
        own = [c for c in item.children if not (isinstance(c, _Node) and c.tag in ("ul", "ol"))]
        nested = [c for c in item.children if isinstance(c, _Node) and c.tag in ("ul", "ol")]
        text = " ".join(b.replace("\n", " ") for b in _blocks(own, depth + 1) if b.strip())
        lines.append(f"{indent}{marker} {text}".rstrip())
        lines += [_list(sub, depth + 1) for sub in nested]
    return "\n".join(lines)


def _table(node: _Node) -> str:
    rows = []
    for row in _descendants(node, "tr"):
        cells = [c for c in row.children if isinstance(c, _Node) and c.tag in ("td", "th")]
        rows.append(
            [
                " ".join(b.replace("\n", " ") for b in _blocks(c.children, 0)).replace("|", "\\|")
                for c in cells
            ]
        )
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def _descendants(node: _Node, tag: str) -> list[_Node]:
    found = []
    for child in node.children:
        if isinstance(child, _Node):
            if child.tag == tag:
                found.append(child)
            else:
                found += _descendants(child, tag)
    return found


def _inline(children, top: bool = True) -> str:
    parts = []
    for child in children:
        if isinstance(child, str):
            parts.append(_text(child))
            continue
        inner = _inline(child.children, top=False)
        tag = child.tag
        if tag == "strong":
            parts.append(_wrap(inner, "**"))
        elif tag == "em":
            parts.append(_wrap(inner, "*"))
        elif tag == "a":
            href = child.attrs.get("href") or ""
            # Bookmarks and footnote marks point inside the Word file: their text is kept.
            parts.append(f"[{inner}]({href})" if href and not href.startswith("#") else inner)
        elif tag == "img":
            if child.attrs.get("src"):
                alt = _ESCAPE.sub(r"\\\1", child.attrs.get("alt") or "")
                parts.append(f"![{alt}]({child.attrs['src']})")
        elif tag == "br":
            parts.append("\n")
        else:
            parts.append(inner)
    text = re.sub(r"[ \t]+", " ", "".join(parts))
    return text.strip(" ") if top else text


def _text(value: str) -> str:
    """Text Markdown shows as written: its markup characters escaped, '<' as an entity."""
    value = _ESCAPE.sub(r"\\\1", value.replace("\n", " ")).replace("<", "&lt;")
    return value.replace("{", "\\{")


def _wrap(text: str, mark: str) -> str:
    """``**text**`` with the spaces Word leaves inside the bold moved outside it."""
    core = text.strip()
    if not core:
        return text
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() else ""
    return f"{lead}{mark}{core}{mark}{tail}"


# The guide's shape: the four questions, each a level-2 heading.

_HEADING = re.compile(r"^(#{1,6}) (.+)$", re.M)


def _key(text: str) -> str:
    return re.sub(r"[^a-z ]", "", text.lower()).strip()


def structure(markdown: str, first_line: int = 1) -> list[tuple[int | None, str]]:
    """``(line, what to do)`` for each way the headings differ from the four questions."""
    wanted = {_key(q): q for q in QUESTIONS}
    found = []
    for match in _HEADING.finditer(markdown):
        line = first_line + markdown.count("\n", 0, match.start())
        found.append((line, len(match.group(1)), match.group(2).strip()))
    advice: list[tuple[int | None, str]] = []
    seen = []
    for line, level, text in found:
        question = wanted.get(_key(text))
        if question is None:
            if level >= 2:
                advice.append(
                    (
                        line,
                        f"the heading '{text}' is not one of the guide's four questions: move "
                        "its text under the question it answers, or make it a question of its "
                        "own if it needs one",
                    )
                )
            continue
        seen.append(question)
        if level != 2:
            advice.append(
                (
                    line,
                    f"'{question}' is a level-{level} heading: make it Heading 2 in Word, or "
                    f"'## {question}' in the file",
                )
            )
    for question in QUESTIONS:
        if question not in seen:
            advice.append(
                (
                    None,
                    f"the draft has no heading '{question}': add it as '## {question}' "
                    "(Heading 2 in Word) with its answer",
                )
            )
    order = [q for q in QUESTIONS if q in seen]
    if len(set(seen)) == len(seen) and seen != order:
        advice.append(
            (None, f"the questions are in a different order: put them as {', '.join(QUESTIONS)}")
        )
    return advice
