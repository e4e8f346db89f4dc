"""The audits index: every audit and external review, newest first."""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.learning.model import AUDITS_INDEX, OWNER, audits, kind_label, stamp
from yorkhub.generated import Output
from yorkhub.markdown import link, month, table

TITLE = "Audits and reviews"
INTRO = """\
Every audit, inspection and peer challenge the hub holds, newest first. Each
page says what was looked at, what was found and which learning themes the
findings raise. Dates show the month only: for most audits the day is not known.
"""


def generate(catalogue, context) -> Output:
    rows = [
        [
            link(AUDITS_INDEX, p.uri, p.title),
            kind_label(p.meta.get("kind", "")),
            month(p.meta["date"]),
            p.meta.get("scope", ""),
            p.meta.get("cases", "not known"),
            len(p.meta.get("findings", [])),
        ]
        for p in audits(catalogue)
    ]
    page = generated.page(
        TITLE,
        "\n".join(
            [
                f"# {TITLE}\n",
                stamp(context.today),
                INTRO,
                table(["audit", "kind", "date", "scope", "cases", "findings"], rows),
            ]
        ),
        summary="Every audit, inspection and peer challenge, newest first, with what it looked at and how many findings it recorded.",
        owner=OWNER,
        status="draft",
        order=20,
        keywords=[
            "audits",
            "inspection",
            "peer challenge",
            "Ofsted",
            "JTAI",
            "multi-agency audit",
            "live audit",
        ],
    )
    return Output(pages={AUDITS_INDEX: page})
