"""How search feels as a hub grows: index size, time until search is ready, keystroke lag.

    python bench/search.py                     # synthetic hubs of 100 and 1,000 pages
    python bench/search.py --sizes 100 1000 4000 --rounds 3

For each size it builds a synthetic hub (bench/synthetic.py), serves it on 127.0.0.1
and opens it in Debian's chromium, then prints per engine, rounds interleaved:

- the search files a reader downloads before the first result, raw and gzipped (nginx's
  `gzip on` is level 1; level 1 is used here too);
- search ready after navigation: from the start of a fresh page load (empty cache) until
  the search box stops saying "Initializing";
- keyup to first result: the median over the shared questions and words of the hub.

Engines are measured side by side in one run. Today one is built in: "material" (Material
for MkDocs' own search, as the hub ships it). Figures, not assertions.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
import search_eval  # noqa: E402
import synthetic  # noqa: E402
from browser_support import build_site, free_port, launch, serve  # noqa: E402
from search_latency import MEASURE  # noqa: E402

READY = "() => { const m = document.querySelector('.md-search-result__meta'); return m && !m.textContent.includes('Initializing'); }"
WORDS = ["visit", "core group", "supervision", "assessment", "placement", "chronology"]


def material(page, base: str, site: Path) -> dict:
    """Material's search: one index file, fetched and built in a web worker on every page."""
    fetched = []
    page.on("request", lambda r: fetched.append(r.url) if "/search/" in r.url else None)
    page.goto(base + "about/", wait_until="commit")
    page.wait_for_function(READY, polling=5)
    ready_ms = page.evaluate("performance.now()")
    files = [site / url.removeprefix(base).split("?")[0] for url in fetched]
    files = [f for f in files if f.is_file()]
    raw = sum(f.stat().st_size for f in files)
    packed = sum(len(gzip.compress(f.read_bytes(), compresslevel=1)) for f in files)
    page.keyboard.press("/")
    return {"ready_ms": ready_ms, "raw": raw, "gzip": packed}


ENGINES = {"material": material}


def measure(n: int, rounds: int, work: Path, playwright, engines: list[str]) -> dict:
    project = work / f"hub-{n}"
    synthetic.make(ROOT, project, n)
    port = free_port()
    site = build_site(project, work / f"site-{n}", port)
    questions = [q.q for q in search_eval.load_queries()] + WORDS
    found = {name: {"ready": [], "keyup": [], "raw": 0, "gzip": 0} for name in engines}
    with serve(site, port) as base:
        browser = launch(playwright)
        for _ in range(rounds):
            for name in engines:  # interleaved: each round runs every engine once
                context = browser.new_context()  # an empty cache, as a first visit
                page = context.new_page()
                first = ENGINES[name](page, base, site)
                found[name]["ready"].append(first["ready_ms"])
                found[name]["raw"], found[name]["gzip"] = first["raw"], first["gzip"]
                found[name]["keyup"] += [page.evaluate(MEASURE, q) for q in questions]
                context.close()
        browser.close()
    return {"n": n, "engines": found}


def table(rows: list[dict], rounds: int) -> str:
    lines = [
        "| pages | engine | search files (MB) | gzip (MB) | ready after navigation (s) "
        "| keyup to first result, median (ms) |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        for name, f in row["engines"].items():
            lines.append(
                f"| {row['n']:,} | {name} | {f['raw'] / 1e6:.2f} | {f['gzip'] / 1e6:.2f} "
                f"| {statistics.median(f['ready']) / 1000:.2f} | {statistics.median(f['keyup']):.0f} |"
            )
    lines.append(
        f"\nMedians over {rounds} interleaved rounds, each a fresh browser context (empty cache), "
        "served by Python's HTTP server on 127.0.0.1 (no network delay: a council network only adds)."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--engines", nargs="+", default=list(ENGINES), choices=list(ENGINES))
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/search.md")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory(prefix="hub-search-bench-") as work, sync_playwright() as pw:
        for n in args.sizes:
            rows.append(measure(n, args.rounds, Path(work), pw, args.engines))
            print(f"measured N = {n:,}", file=sys.stderr)
    report = table(rows, args.rounds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(report, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
