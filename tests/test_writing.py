"""Writing help in ``hub check``: long sentences, plainer words, abbreviations missing from the
glossary and a low reading ease, each with its file and line, as advice that never fails."""

from __future__ import annotations

from factories import context
from guide_factory import page

from yorkhub import cli, writing
from yorkhub.problems import NOTE

HEAD = (
    "---\ntype: reference\ntitle: Help\nsummary: A page to advise on.\nowner: ap-team\n"
    "status: draft\napprover: principal-social-worker\n---\n"
)
LONG = (
    "When the social worker has finished the assessment and the manager has read it and agreed "
    "the plan with the family and the partner agencies the plan is sent out to everyone."
)
BODY = f"""# Help

This is short. {LONG}

We will utilise the plan prior to the meeting. Ask the IRO or the
LADO, or the SGO panel, or the IROs.

- A list item that is short.

| A table cell | Another |
|---|---|
| Short | Cells |

```
{LONG}
```

`UTILISE` in code is not read, nor [a link](utilise.md) target.
"""
PLAIN = {"utilise": "use", "prior to": "before", "in order to": "to"}
GLOSSARY = {"IRO": "Independent Reviewing Officer", "LADO": "local authority designated officer"}


def _advice(registries, body: str = BODY):
    found = page(registries, "docs/help.md", HEAD + body)
    ctx = context(data={"plain-english": PLAIN}, glossary=GLOSSARY)
    return writing.advise([found], ctx)


def test_each_piece_of_advice_names_the_file_and_line(registries):
    advice, summary = _advice(registries)
    assert [str(p) for p in advice] == [
        "docs/help.md:11: advice: a sentence of 32 words ('When the social worker has finished ...'): "
        "split it; aim for 25 words or fewer",
        "docs/help.md:13: advice: 'utilise': a plainer word is 'use' (data/plain-english.yml)",
        "docs/help.md:13: advice: 'prior to': a plainer word is 'before' (data/plain-english.yml)",
        "docs/help.md:14: advice: 'SGO' is not in the glossary: add '*[SGO]: what it stands for' "
        "to includes/abbreviations.md, or write it out",
    ]
    assert all(p.severity == NOTE for p in advice)  # advice never fails a build
    assert summary.line() == (
        "writing help: 1 pages; 1 sentences over 25 words; 2 words with a plainer alternative; "
        "1 abbreviations not in the glossary; no page long enough for a reading ease "
        "(advice: none of it fails the build)"
    )


def test_a_phrase_split_over_two_lines_is_found(registries):
    advice, _ = _advice(registries, "# Help\n\nWe met prior\nto the conference.\n")
    assert [p.line for p in advice] == [11]


def test_a_page_that_is_hard_to_read_gets_its_reading_ease(registries):
    hard = (
        "Notwithstanding considerable organisational complexity, multidisciplinary "
        "safeguarding arrangements necessitate comprehensive interagency communication. "
    ) * 12
    easy = "We see the child. We talk to them. We write it down the same day. " * 10
    advice, summary = _advice(registries, f"# Help\n\n{hard}\n")
    assert advice[0].line is None and advice[0].message.startswith("advice: reading ease ")
    assert "use shorter sentences and everyday words" in advice[0].message
    assert summary.ease[0] < writing.EASE_LOW
    advice, summary = _advice(registries, f"# Help\n\n{easy}\n")
    assert not any("reading ease" in p.message for p in advice)
    assert summary.ease[0] > 60


def test_hub_check_prints_the_advice_and_a_summary_and_still_passes(small_hub):
    small_hub.write("docs/about/help.md", HEAD + "# Help\n\nWe will utilise the plan.\n")
    result = small_hub.hub("check", writing=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        "note: docs/about/help.md:11: advice: 'utilise': a plainer word is 'use' "
        "(data/plain-english.yml)" in lines
    )
    assert lines[-2].startswith("writing help: ") and lines[-1].startswith("hub check: ")


def test_no_writing_leaves_the_advice_out(small_hub, capsys):
    small_hub.write("docs/about/help.md", HEAD + "# Help\n\nWe will utilise the plan.\n")
    assert cli.main(["--root", str(small_hub.root), "check", "--no-writing"]) == 0
    assert "writing help" not in capsys.readouterr().out
