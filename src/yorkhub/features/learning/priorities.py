"""The improvement priorities a) to f), each traced to the documents that serve it."""

from __future__ import annotations

from yorkhub.features.guides.model import md_text
from yorkhub.features.learning.model import documents, stamp, type_label
from yorkhub.generated import Output
from yorkhub.markdown import front_matter, link

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
        front_matter(
            TITLE,
            summary="York's six improvement priorities, a) to f), each with the standards, procedures and guides that serve it.",
            order=30,
            keywords=["priorities", "improvement plan", "improvement board", "traceability"],
        ),
        f"# {TITLE}\n",
        stamp(context.today),
        INTRO,
    ]
    for key in priorities.ids():
        parts += [
            f"## {key}) {md_text(priorities.title(key))}\n",
            md_text(priorities.entries[key]["description"]) + "\n",
            served_by(catalogue, key),
        ]
    return Output(pages={URI: "\n".join(parts)})


def served_by(catalogue, key: str) -> str:
    pages = documents(catalogue, "priorities", key)
    if not pages:
        return "_No document in the hub names this priority yet._\n"
    lines = [
        f"{len(pages)} document{'s' * (len(pages) != 1)} serve{'s' * (len(pages) == 1)} this priority:\n"
    ]
    for page in pages:
        draft = " (draft)" if page.status == "draft" else ""
        lines.append(f"- {type_label(page)}: {link(URI, page.uri, md_text(page.title))}{draft}")
    return "\n".join(lines) + "\n"
