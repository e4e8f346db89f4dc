"""Writing help for authors: advice with file:line, never an error, never part of a build.

``hub check`` (and ``hub import guide``) show it after the problems: sentences over
``LONG_SENTENCE`` words, words with a plainer alternative (``data/plain-english.yml``),
abbreviations the glossary (``includes/abbreviations.md``) does not explain, and each
page's reading ease (Flesch, by textstat) where it is low, then one summary line.
The build does not run it: it is advice for the author, not a rule for the site.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from yorkhub.features.guides.model import prose
from yorkhub.features.safety.raw_html import without_code
from yorkhub.problems import NOTE, Problem

LONG_SENTENCE = 25  # words; the GOV.UK style guide's limit
EASE_LOW = 50  # Flesch reading ease below this is "fairly difficult"; 60 or more is plain
EASE_MIN_WORDS = 100  # fewer words give no meaningful score
PLAIN_FILE = "data/plain-english.yml"
GLOSSARY_FILE = "includes/abbreviations.md"

_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['’.-][A-Za-z0-9\u00C0-\u024F]+)*")
# Blanked before reading: what a reader does not read as prose (same length, lines kept).
_HIDDEN = [
    re.compile(r"<!--.*?(?:-->|\Z)", re.S),  # comments
    re.compile(r"^\*\[[^\]]+\]:.*$", re.M),  # abbreviation definitions
    re.compile(r"!\[[^\]]*\]\([^)]*\)"),  # images
    re.compile(r"(?<=\])\([^)\n]*\)"),  # link targets (the link's words stay)
    re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:.*$", re.M),  # reference definitions
    re.compile(r"<[^<>\n]+>"),  # HTML tags
    re.compile(r"\[\[[^\]]+\]\]"),  # [[timescale:id]] and [[contents]] markers
    re.compile(r"\{[:\s]*[.#][^}\n]*\}"),  # attribute lists
]
_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|(?:\d+|[a-z])[.)]\s|>\s?|!!!|\?\?\?|\|)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"\b(?:[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*|s\d{1,3}[A-Z]?)\b")
_ROMAN = re.compile(r"^[IVXLC]+$")


@dataclass
class Summary:
    pages: int = 0
    long_sentences: int = 0
    plain_words: int = 0
    abbreviations: int = 0
    ease: list[float] = field(default_factory=list)  # each scored page's reading ease

    def line(self) -> str:
        low = sum(1 for e in self.ease if e < EASE_LOW)
        ease = (
            f"reading ease (Flesch) median {statistics.median(self.ease):.0f}, {low} of "
            f"{len(self.ease)} pages below {EASE_LOW}"
            if self.ease
            else "no page long enough for a reading ease"
        )
        return (
            f"writing help: {self.pages} pages; {self.long_sentences} sentences over "
            f"{LONG_SENTENCE} words; {self.plain_words} words with a plainer alternative; "
            f"{self.abbreviations} abbreviations not in the glossary; {ease} "
            "(advice: none of it fails the build)"
        )


def plain_words(data: object) -> tuple[dict[str, str], list[Problem]]:
    """``data/plain-english.yml`` as {word or phrase: plainer alternative}."""
    if data is None:
        return {}, []
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        return {}, [
            Problem(
                PLAIN_FILE,
                None,
                "expected lines 'word: plainer word', such as 'utilise: use': fix the file",
                NOTE,
            )
        ]
    return {" ".join(k.lower().split()): v.strip() for k, v in data.items() if k.strip()}, []


def advise(pages, context) -> tuple[list[Problem], Summary]:
    """Advice for each page, in file and line order, and the run's summary."""
    words, advice = plain_words(context.data.get("plain-english"))
    plain = _plain_pattern(words)
    known = set(context.glossary)
    summary = Summary(pages=len(pages))
    for page in sorted(pages, key=lambda p: p.src):
        found = page_advice(page, plain, words, known)
        summary.long_sentences += sum(1 for p in found if "a sentence of" in p.message)
        summary.plain_words += sum(1 for p in found if "a plainer word" in p.message)
        summary.abbreviations += sum(1 for p in found if "not in the glossary" in p.message)
        score = reading_ease(page.body)
        if score is not None:
            summary.ease.append(score)
            if score < EASE_LOW:
                found.insert(
                    0,
                    Problem(
                        page.src,
                        None,
                        f"advice: reading ease {score:.0f} (Flesch; {EASE_LOW} is fairly "
                        "difficult, 60 or more reads easily): use shorter sentences and "
                        "everyday words",
                        NOTE,
                    ),
                )
        advice += found
    return advice, summary


def page_advice(page, plain: re.Pattern | None, words: dict[str, str], known: set[str]):
    shown = readable(page.body)

    def line(offset: int) -> int:
        return page.body_line + page.body.count("\n", 0, offset)

    found = []
    for offset, sentence in sentences(shown):
        count = len(_WORD.findall(sentence))
        if count > LONG_SENTENCE:
            start = " ".join(sentence.split()[:6])
            found.append(
                Problem(
                    page.src,
                    line(offset),
                    f"advice: a sentence of {count} words ('{start} ...'): split it; aim for "
                    f"{LONG_SENTENCE} words or fewer",
                    NOTE,
                )
            )
    for match in plain.finditer(shown) if plain else []:
        written = match.group(0)
        found.append(
            Problem(
                page.src,
                line(match.start()),
                f"advice: '{written}': a plainer word is '{words[' '.join(written.lower().split())]}' "
                f"({PLAIN_FILE})",
                NOTE,
            )
        )
    seen = set()
    for match in _ABBREVIATION.finditer(shown):
        term = match.group(0)
        if term.endswith("s") and term[:-1] in known:
            continue  # a plural (IROs) of a term the glossary explains
        if term in known or term in seen or _ROMAN.match(term) or not _looks_abbreviated(term):
            continue
        seen.add(term)
        found.append(
            Problem(
                page.src,
                line(match.start()),
                f"advice: '{term}' is not in the glossary: add '*[{term}]: what it stands for' "
                f"to {GLOSSARY_FILE}, or write it out",
                NOTE,
            )
        )
    return sorted(found, key=lambda p: p.line or 0)


def readable(body: str) -> str:
    """The body with what readers do not read as prose blanked (offsets and lines kept)."""

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    shown = without_code(body)
    for pattern in _HIDDEN:
        shown = pattern.sub(blank, shown)
    return shown


def sentences(shown: str) -> list[tuple[int, str]]:
    """``(offset, text)`` of each sentence: paragraphs run over lines; a heading, list item,
    quote or table cell starts a new one."""
    units: list[tuple[int, str]] = []
    offset, current, start = 0, [], 0
    for raw in shown.splitlines(keepends=True):
        text = raw.strip()
        if not text or _BLOCK_START.match(raw):
            if current:
                units.append((start, " ".join(current)))
            current = []
            if text.startswith("|"):
                for cell in text.strip("|").split("|"):
                    units.append((offset, cell))
            elif text:
                current, start = [text], offset
        else:
            if not current:
                start = offset
            current.append(text)
        offset += len(raw)
    if current:
        units.append((start, " ".join(current)))
    found = []
    for start, unit in units:
        unit = re.sub(
            r"^(?:#{1,6}|[-*+]|(?:\d+|[a-z])[.)]|>|!!!\s*\S+|\?\?\?\+?\s*\S+)\s*", "", unit
        )
        for sentence in _SENTENCE_END.split(unit):
            if sentence.strip():
                found.append((start, sentence.strip()))
    return found


def reading_ease(body: str) -> float | None:
    """The page's Flesch reading ease (textstat), or None for a page too short to score."""
    text = prose(body)
    if len(_WORD.findall(text)) < EASE_MIN_WORDS:
        return None
    import textstat  # loads its pronouncing dictionary once, on first use

    return float(textstat.flesch_reading_ease(text))


def _plain_pattern(words: dict[str, str]) -> re.Pattern | None:
    if not words:
        return None
    phrases = sorted(words, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.I)


def _looks_abbreviated(term: str) -> bool:
    """Capitals all through, but for one small letter (ICPC, CiC), or a section such as s47:
    not a name written in capitals partly (MkDocs)."""
    if re.fullmatch(r"s\d{1,3}[A-Z]?", term):
        return True
    capitals = sum(c.isupper() or c.isdigit() for c in term)
    return capitals >= 2 and capitals >= len(term) - 1
