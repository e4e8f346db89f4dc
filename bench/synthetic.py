"""A deterministic synthetic hub of N pages with the real mix, for the scale benchmark.

It starts from a copy of the real hub (so every generator and check has real
content to work on) and adds guides, audits with findings, standards,
procedures and induction pages until the hub has N pages. The same N and seed
always give the same files, byte for byte.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import yaml

PARTS = ("mkdocs.yml", "docs", "guides", "data", "includes", "overrides", "hooks")
# Share of the added pages by kind: guides and audits accumulate over the years.
MIX = (
    ("guide", 0.40),
    ("audit", 0.25),
    ("standard", 0.15),
    ("procedure", 0.10),
    ("induction", 0.10),
)
WORDS = (
    "child plan visit record manager review outcome family school health police conference core group "
    "assessment threshold referral supervision decision timescale chronology voice wishes feelings safety "
    "risk support partner agency escalate transfer permanence placement carer education"
).split()


def count_pages(root: Path) -> int:
    return sum(1 for _ in (root / "docs").rglob("*.md")) + sum(
        1 for _ in (root / "guides").glob("*.md")
    )


def make(root: Path, project: Path, pages: int, seed: int = 2026) -> int:
    """Write a hub of ``pages`` Markdown pages at ``project``; returns how many were added."""
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    for part in PARTS:
        source = root / part
        if source.is_dir():
            shutil.copytree(source, project / part)
        elif source.is_file():
            shutil.copy2(source, project / part)
    (project / "guides").mkdir(exist_ok=True)
    rng = random.Random(seed)
    themes = [t["id"] for t in yaml.safe_load((root / "data/themes.yml").read_text())]
    missing = max(0, pages - count_pages(project))
    plan = [kind for kind, share in MIX for _ in range(round(missing * share))]
    plan = (plan + ["guide"] * missing)[:missing]
    for number, kind in enumerate(plan, start=1):
        path, text = WRITERS[kind](number, rng, themes)
        target = project / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return len(plan)


def _prose(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    sentences = [" ".join(chosen[i : i + 12]).capitalize() + "." for i in range(0, words, 12)]
    return "\n".join(" ".join(sentences[i : i + 4]) + "\n" for i in range(0, len(sentences), 4))


def _common(page_type: str, title: str, rng, themes, **extra) -> dict:
    meta = {
        "type": page_type,
        "title": title,
        "summary": f"Synthetic page: {title.lower()}.",
        "owner": "principal-social-worker",
        "status": "draft",
        "approver": "principal-social-worker",
        "version": "0.1",
        "audience": ["social-workers"],
        "themes": rng.sample(themes, 2),
        "priorities": [rng.choice("abcdef")],
        "keywords": ["synthetic"],
    }
    meta.update(extra)
    return meta


def _page(meta: dict, body: str) -> str:
    return "---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n\n" + body


def _guide(n, rng, themes):
    number = 10000 + n
    meta = _common(
        "one-minute-guide",
        f"Synthetic guide {number}",
        rng,
        themes,
        number=number,
        published=f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
        owner="ap-team",
        contact="ap-team",
        review_by="2027-11-30",
        status="approved",
        last_reviewed="2026-11-01",
        # What `hub approve` records: a synthetic approval, for a synthetic guide only.
        approved_by="principal-social-worker",
        approved="2026-11-01",
        version="1.0",
        changes=[
            {
                "version": "1.0",
                "date": "2026-11-01",
                "action": "approved",
                "by": "principal-social-worker",
                "note": "First approved version.",
            }
        ],
    )
    del meta["approver"]
    body = "".join(
        f"## {q}\n\n{_prose(rng, 70)}\n"
        for q in (
            "What is it?",
            "Why does it matter?",
            "What do I need to do?",
            "Where can I find out more?",
        )
    )
    return f"guides/{number}-synthetic-guide.md", _page(meta, f"# {meta['title']}\n\n{body}")


def _audit(n, rng, themes):
    findings = [
        {
            "summary": _prose(rng, 14).strip(),
            "themes": rng.sample(themes, 1),
            "kind": rng.choice(["strength", "improvement"]),
        }
        for _ in range(3)
    ]
    meta = _common(
        "audit",
        f"Synthetic audit {n}",
        rng,
        themes,
        id=f"synthetic-audit-{n}",
        kind="single-agency-case-audit",
        date=f"20{rng.randint(20, 26)}-{rng.randint(1, 12):02d}-01",
        scope="Synthetic scope.",
        cases=rng.randint(5, 60),
        findings=findings,
    )
    meta["owner"] = "head-of-quality-assurance"  # the approver stays the one role that approves
    return f"docs/learning/audits/synthetic-audit-{n}.md", _page(
        meta, f"# {meta['title']}\n\n{_prose(rng, 150)}"
    )


def _sectioned(kind: str, folder: str):
    def write(n, rng, themes):
        meta = _common(kind, f"Synthetic {kind.replace('-', ' ')} {n}", rng, themes)
        body = "".join(f"## Section {i}\n\n{_prose(rng, 120)}\n" for i in range(1, 5))
        return f"docs/{folder}/synthetic-{n // 25:03d}/page-{n}.md", _page(
            meta, f"# {meta['title']}\n\n{IN_SHORT}## Scope\n\n{body}"
        )

    return write


# What the build asks of every standard and procedure: it opens with its key points.
IN_SHORT = (
    '!!! abstract "In short"\n\n'
    "    - **When:** visit a child in need [[timescale:cin-visits]].\n"
    "    - **First:** read the sections below.\n\n"
)


def _induction(n, rng, themes):
    path, text = _sectioned("practice-standard", "standards")(n, rng, themes)
    text = text.replace(
        "keywords:",
        f"induction:\n  order: {100 + n}\n  week: {1 + n % 4}\n  why: Synthetic.\nkeywords:",
        1,
    )
    return path, text


WRITERS = {
    "guide": _guide,
    "audit": _audit,
    "standard": _sectioned("practice-standard", "standards"),
    "procedure": _sectioned("procedure", "procedures"),
    "induction": _induction,
}
