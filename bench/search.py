"""How search feels as a hub grows: index size, time until search is ready, keystroke lag.

    python bench/search.py                     # synthetic hubs of 100 and 1,000 pages
    python bench/search.py --sizes 100 1000 4000 --rounds 3

For each size it builds a synthetic hub (bench/synthetic.py) once, with Material's search,
copies it and indexes the copy with Pagefind as a served build is (yorkhub.search_pages),
serves both on 127.0.0.1 and opens them in Debian's chromium, then prints per engine, rounds
interleaved:

- the search files a reader downloads until the first result of the first question shows
  (search/ and pagefind/; the worker scripts, the same for both engines, are left out), raw
  and as deploy/nginx.conf sends them: gzipped at level 1 (nginx's default) when their type
  is in its gzip_types, as they are otherwise (Pagefind's index files are gzipped already);
- search ready after navigation: from the start of a fresh page load (empty cache) until
  the search box stops saying "Initializing" (Material's worker has built its index;
  the hub's Pagefind worker takes questions at once and loads Pagefind from then on);
- the first question: keyup to its first result, right after ready, so it includes
  whatever the engine still had to load (for Pagefind: its code, WebAssembly and chunks);
- keyup to first result: the median over the shared questions and words of the hub.

Engines are measured side by side in one run: "material" (Material for MkDocs' own search,
as the offline copy still ships it) and "pagefind" (what a served build ships). Figures, not
assertions.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import shutil
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

from yorkhub import search_pages  # noqa: E402

READY = "() => { const m = document.querySelector('.md-search-result__meta'); return m && !m.textContent.includes('Initializing'); }"
WORDS = ["visit", "core group", "supervision", "assessment", "placement", "chronology"]


# What deploy/nginx.conf gzips (gzip_types, and text/html always), by file name.
GZIPPED = (".html", ".css", ".js", ".json", ".xml", ".txt", ".svg")


def sent(path: Path) -> int:
    """Bytes nginx sends for ``path`` with deploy/nginx.conf's gzip settings."""
    data = path.read_bytes()
    return len(gzip.compress(data, compresslevel=1)) if path.suffix in GZIPPED else len(data)


def first_visit(page, base: str, site: Path, question: str) -> dict:
    """A fresh page load: time until search is ready, then the first question's keyup to
    first result, and the search files fetched until then."""
    fetched = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(base + "about/", wait_until="commit")
    page.wait_for_function(READY, polling=5)
    ready_ms = page.evaluate("performance.now()")
    page.keyboard.press("/")
    first_ms = page.evaluate(MEASURE, question)
    paths = {url.removeprefix(base).split("?")[0] for url in fetched if url.startswith(base)}
    files = [site / p for p in paths if p.startswith(("search/", "pagefind/"))]
    files = [f for f in files if f.is_file()]
    return {
        "ready_ms": ready_ms,
        "first_ms": first_ms,
        "raw": sum(f.stat().st_size for f in files),
        "gzip": sum(sent(f) for f in files),
        "files": len(files),
    }


ENGINES = ("material", "pagefind")


def sites(project: Path, work: Path, n: int, port: int) -> dict[str, Path]:
    """The synthetic hub built once with Material's search, and a copy indexed by Pagefind."""
    material = build_site(project, work / f"site-{n}-material", port, HUB_SEARCH="material")
    pagefind = work / f"site-{n}-pagefind"
    shutil.copytree(material, pagefind)
    search_pages.write(pagefind)
    return {"material": material, "pagefind": pagefind}


def measure(n: int, rounds: int, work: Path, playwright, engines: list[str]) -> dict:
    project = work / f"hub-{n}"
    synthetic.make(ROOT, project, n)
    port = free_port()
    built = sites(project, work, n, port)
    questions = [q.q for q in search_eval.load_queries()] + WORDS
    found = {name: {"ready": [], "keyup": [], "first": [], "raw": 0, "gzip": 0} for name in engines}
    with contextlib.ExitStack() as stack:
        # Both on the port the site was built for (site_url): one after the other per round.
        browser = launch(playwright)
        for _ in range(rounds):
            for name in engines:  # interleaved: each round runs every engine once
                base = stack.enter_context(serve(built[name], port))
                context = browser.new_context()  # an empty cache, as a first visit
                page = context.new_page()
                first = first_visit(page, base, built[name], questions[0])
                found[name]["ready"].append(first["ready_ms"])
                found[name]["first"].append(first["first_ms"])
                found[name]["raw"], found[name]["gzip"] = first["raw"], first["gzip"]
                found[name]["keyup"] += [page.evaluate(MEASURE, q) for q in questions]
                context.close()
                stack.close()
        browser.close()
    return {"n": n, "engines": found}


def table(rows: list[dict], rounds: int) -> str:
    lines = [
        "| pages | engine | search files to first result (MB) | sent, gzip as nginx.conf (MB) "
        "| ready after navigation (s) | first question, keyup to result (ms) "
        "| keyup to first result, median (ms) |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        for name, f in row["engines"].items():
            lines.append(
                f"| {row['n']:,} | {name} | {f['raw'] / 1e6:.2f} | {f['gzip'] / 1e6:.2f} "
                f"| {statistics.median(f['ready']) / 1000:.2f} | {statistics.median(f['first']):.0f} "
                f"| {statistics.median(f['keyup']):.0f} |"
            )
    lines.append(
        f"\nMedians over {rounds} interleaved rounds, each a fresh browser context (empty cache), "
        "served by Python's HTTP server on 127.0.0.1 (no network delay: a council network only adds). "
        f"Keyup medians over {len(search_eval.load_queries()) + len(WORDS)} questions and words a round; "
        "the first question is asked with nothing of its index fetched yet."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--engines", nargs="+", default=list(ENGINES), choices=list(ENGINES))
    parser.add_argument("--work", type=Path, help="keep the built hubs in this folder")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/search.md")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    rows = []
    with (
        tempfile.TemporaryDirectory(prefix="hub-search-bench-") as temporary,
        sync_playwright() as pw,
    ):
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            rows.append(measure(n, args.rounds, work, pw, args.engines))
            print(table(rows, args.rounds), file=sys.stderr)
            print(f"measured N = {n:,}", file=sys.stderr)
    report = table(rows, args.rounds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(report, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
