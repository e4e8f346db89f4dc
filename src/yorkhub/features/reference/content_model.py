"""The content model reference for authors, generated from the schema itself."""

from __future__ import annotations

from yorkhub import generated
from yorkhub.generated import Output
from yorkhub.markdown import Markdown as M
from yorkhub.markdown import table
from yorkhub.schema import COMMON_OPTIONAL, COMMON_REQUIRED, FIELDS, TYPES

URI = "authoring/content-model.md"
OWNER = "principal-social-worker"


def generate(catalogue, context) -> Output:
    registries = catalogue.registries
    parts = [
        "# Content model: types and fields\n",
        "The build checks every page against this model. This page is generated from the",
        "hub's code, so it always matches what the build checks.\n",
        "## Which type is my page?\n",
        table(
            ["type", "what it is", "fields it needs beyond the common ones"],
            [
                [
                    M(f"`{key}`"),
                    M(f"{t.label}: {t.purpose}"),
                    M(", ".join(f"`{r}`" for r in t.required)),
                ]
                for key, t in TYPES.items()
            ],
        ),
        "\n## Which fields does every page need?\n",
        table(
            ["field", "what it holds"], [[M(f"`{k}`"), M(FIELDS[k].help)] for k in COMMON_REQUIRED]
        ),
        "\n## Which fields may a page add?\n",
        table(
            ["field", "what it holds"], [[M(f"`{k}`"), M(FIELDS[k].help)] for k in COMMON_OPTIONAL]
        ),
        "\n## Which fields belong to one type?\n",
        table(["field", "type", "what it holds"], _type_fields()),
        "\n## Which ids can I use?\n",
    ]
    for name in ("roles", "themes", "priorities"):
        reg = registries[name]
        parts.append(f"\n### {name.capitalize()} (from `{reg.file}`)\n")
        parts.append(table(["id", "title"], [[M(f"`{k}`"), reg.title(k)] for k in reg.ids()]))
    return Output(
        pages={
            URI: generated.page(
                "Content model: types and fields",
                "\n".join(parts),
                summary="Every type of page and every front-matter field the build checks.",
                owner=OWNER,
                status="draft",
            )
        }
    )


def _type_fields() -> list[list[str]]:
    rows = []
    for key, page_type in TYPES.items():
        for name in page_type.required + page_type.optional:
            need = "required" if name in page_type.required else "optional"
            rows.append([M(f"`{name}`"), M(f"`{key}` ({need})"), M(FIELDS[name].help)])
    return rows
