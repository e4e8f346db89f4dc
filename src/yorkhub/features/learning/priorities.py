"""The improvement priorities a) to f), each traced to the documents that serve it."""

from __future__ import annotations

from yorkhub import generated
from yorkhub import markdown as md
from yorkhub.features.learning.model import OWNER, documents, stamp, type_label
from yorkhub.generated import Output
from yorkhub.markdown import link

URI = "learning/priorities.md"
TITLE = "Improvement priorities"
INTRO = """\
York's Improvement Board set six improvement priorities in 2019. Each is listed
here with the hub's documents that serve it: pages name the priorities they
serve in their `priorities` field, so this page is never edited by hand.
"""


def generate(catalogue, context) -> Output:
    priorities = catalogue.registries["priorities"]
    parts = [
        f"# {TITLE}\n",
        stamp(context.today),
        INTRO,
    ]
    for key in priorities.ids():
        parts += [
            f"## {key}) {md.text(priorities.title(key))}\n",
            md.text(priorities.entries[key]["description"]) + "\n",
            served_by(catalogue, key),
        ]
    return Output(
        pages={
            URI: generated.page(
                TITLE,
                "\n".join(parts),
                summary="York's six improvement priorities, a) to f), each with the standards, procedures and guides that serve it.",
                owner=OWNER,
                status="draft",
                order=30,
                keywords=["priorities", "improvement plan", "improvement board", "traceability"],
            )
        }
    )


def served_by(catalogue, key: str) -> str:
    pages = documents(catalogue, "priorities", key)
    if not pages:
        return "_No document in the hub names this priority yet._\n"
    lines = [
        f"{len(pages)} document{'s' * (len(pages) != 1)} serve{'s' * (len(pages) == 1)} this priority:\n"
    ]
    for page in pages:
        draft = " (draft)" if page.status == "draft" else ""
        lines.append(f"- {type_label(page)}: {link(URI, page.uri, page.title)}{draft}")
    return "\n".join(lines) + "\n"
