"""The glossary page, generated from the same file that gives every page its tooltips."""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.reference.glossary import FILE
from yorkhub.generated import Output
from yorkhub.markdown import strong, table

URI = "about/glossary.md"
TITLE = "Glossary: what do the abbreviations mean?"
OWNER = "principal-social-worker"


def generate(catalogue, context) -> Output:
    rows = [
        [strong(abbr), meaning]
        for abbr, meaning in sorted(context.glossary.items(), key=lambda kv: kv[0].lower())
    ]
    body = [
        f"# {TITLE}\n",
        "Hover over or focus on an abbreviation anywhere in the hub to see what it stands for.",
        "This list is the same one the hub uses for those tooltips.\n",
        table(["abbreviation", "meaning"], rows),
        f"\nTo add an abbreviation, add a line to `{FILE}` in the hub's source.\n",
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
