"""The tags index: every page listed under the titles of the themes it is about.

The listing itself is Material's tags plugin (the ``material/tags`` marker);
the hook gives each page its theme titles as tags (``yorkhub.learning.tags``).
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.learning.model import OWNER, stamp
from yorkhub.generated import Output

URI = "learning/tags.md"
TITLE = "Pages by learning theme"
INTRO = """\
Every page of the hub that is about a learning theme, listed under the theme's
title: standards, procedures, one minute guides, audits and the theme pages
themselves. The theme names shown at the top of a page link here.
"""


def generate(catalogue, context) -> Output:
    page = generated.page(
        TITLE,
        "\n".join(
            [
                f"# {TITLE}\n",
                stamp(context.today),
                INTRO,
                "<!-- material/tags -->\n",
            ]
        ),
        summary="Every page about each audit learning theme, listed by theme.",
        owner=OWNER,
        status="draft",
        order=60,
        keywords=["tags", "themes", "index"],
    )
    return Output(pages={URI: page})
