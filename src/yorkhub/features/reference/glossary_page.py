"""The glossary page, generated from the same file that gives every page its tooltips.

One short table per first letter, each under its own heading, so a search for "what is a
PSW?" opens the letter P with the meaning on the first screen, not the top of a long list.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.reference.glossary import FILE
from yorkhub.generated import Output
from yorkhub.markdown import strong, table

URI = "about/glossary.md"
TITLE = "Glossary: what do the abbreviations mean?"
OWNER = "principal-social-worker"


def generate(catalogue, context) -> Output:
    letters: dict[str, list[list[str]]] = {}
    for abbr, meaning in sorted(context.glossary.items(), key=lambda kv: kv[0].lower()):
        letters.setdefault(abbr[:1].upper(), []).append([strong(abbr), meaning])
    body = [
        f"# {TITLE}\n",
        "Hover over or focus on an abbreviation anywhere in the hub to see what it stands for.",
        "This list is the same one the hub uses for those tooltips.\n",
    ]
    for letter, rows in letters.items():
        body += [f"## {letter}\n", table(["abbreviation", "meaning"], rows), ""]
    body += [
        "## How do I add an abbreviation?\n",
        f"Add a line to `{FILE}` in the hub's source.\n",
    ]
    return Output(
        pages={
            URI: generated.page(
                TITLE,
                "\n".join(body),
                summary="Abbreviations used across York Children's Social Care, and what they stand for.",
                visibility="public",
                owner=OWNER,
                status="draft",
            )
        }
    )
