"""How long a reader waits for search: median time from keyup to the first result.

    python bench/search_latency.py            # builds the hub, serves it, asks every question
    python bench/search_latency.py --rounds 5

Uses Debian's chromium through Playwright and the questions in
../shared/eval/search-queries.yml. Prints the median, 90th percentile and
maximum over all questions and rounds. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import search_eval  # noqa: E402
from browser_support import build_site, free_port, launch, serve  # noqa: E402

# Runs in the page: type the last character, then time keyup to the first result.
MEASURE = """async q => {
  const input = document.querySelector('.md-search__input');
  const list = document.querySelector('.md-search-result__list');
  input.value = ''; input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
  await new Promise(r => setTimeout(r, 50));
  input.value = q;
  const start = performance.now();
  const shown = new Promise(resolve => {
    const seen = () => list.children.length > 0 && resolve(performance.now() - start);
    new MutationObserver(seen).observe(list, {childList: true, subtree: true});
  });
  input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: q.slice(-1)}));
  return await shown;
}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    questions = [q.q for q in search_eval.load_queries()]
    timings = []
    with tempfile.TemporaryDirectory() as work, sync_playwright() as playwright:
        port = free_port()
        site = build_site(ROOT, Path(work) / "site", port)
        with serve(site, port) as base:
            browser = launch(playwright)
            page = browser.new_page()
            page.goto(base)
            page.keyboard.press("/")
            page.wait_for_function(
                "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initializing')"
            )
            for _ in range(args.rounds):
                for question in questions:
                    timings.append(page.evaluate(MEASURE, question))
            browser.close()
    timings.sort()
    print(
        f"search, keyup to first result, {len(timings)} searches ({len(questions)} questions x {args.rounds} rounds):"
    )
    print(
        f"  median {statistics.median(timings):.1f} ms, 90th percentile {timings[int(len(timings) * 0.9) - 1]:.1f} ms, "
        f"max {timings[-1]:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
