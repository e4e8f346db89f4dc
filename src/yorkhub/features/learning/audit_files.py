"""Audit pages live at docs/learning/audits/<id>.md, so an audit's id, its file
and its address always agree: guides cite audits by id, and readers and links
find them by address.

Missing dates, findings without themes and unknown theme ids are the content
model's (schema.py); a theme nothing refers to is a note from references.py.
"""

from __future__ import annotations

import posixpath

from yorkhub.features.learning.model import AUDIT
from yorkhub.problems import Problem

FOLDER = "learning/audits"


def check(catalogue, context) -> list[Problem]:
    problems = []
    for page in catalogue.by_type(AUDIT):
        folder, name = posixpath.split(page.uri)
        audit_id = page.meta.get("id")
        if folder != FOLDER:
            problems.append(
                Problem(
                    page.src,
                    page.line("type"),
                    f"type: an audit page belongs in docs/{FOLDER}/: move it there",
                )
            )
        elif audit_id and name != f"{audit_id}.md":
            problems.append(
                Problem(
                    page.src,
                    page.line("id"),
                    f"id: '{audit_id}' does not match the file name: rename the file to {audit_id}.md or change the id",
                )
            )
    return problems
