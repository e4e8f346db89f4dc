"""Scale benchmark: the hub at N pages, built with its hooks and as plain Material.

    python bench/scale.py              # N = 250 and 1,000
    python bench/scale.py --large      # adds N = 4,000
    python bench/scale.py --sizes 100 --rounds 1   # a quick look

For each N it makes a synthetic hub (bench/synthetic.py), then builds the same
pages with the hub's hooks and without them (plain Material: same theme, plugins
and pages; guides copied into docs/ since only the hooks bring them in),
interleaved, several rounds. It prints a table and writes it to
bench/results/scale.md. Figures, not assertions: machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import synthetic  # noqa: E402
import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ENV = {
    **os.environ,
    "NO_MKDOCS_2_WARNING": "1",
    "HUB_DRAFTS": "exclude",
    "HUB_AUDIENCE": "intranet",
}


def run(command: list[str], cwd: Path) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MB and exit code of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        sys.stderr.write(child.stderr.read().decode()[-2000:])
    return seconds, usage.ru_maxrss // 1024, child.returncode


def plain_copy(hub: Path, plain: Path) -> None:
    """The same site as plain Material, so the difference in build time is the
    cost of the hooks alone: every page is written into docs/ as the hooks would
    hand it to MkDocs (notices, filled-in timescales, search and theme tags), the
    generated pages are static files, left-out pages are removed, the nav is the
    one the hooks would build, and the hooks are switched off."""
    from datetime import date

    from yorkhub import navigation, render, search, settings, site
    from yorkhub.features.learning import model as learning

    shutil.rmtree(plain, ignore_errors=True)
    shutil.copytree(hub, plain)
    plan = site.prepare(plain, settings.load(plain), date.today())
    for uri, text in plan.generated.items():
        _write(plain / "docs" / uri, text)
    for page in plan.catalogue.pages:
        raw = (plain / page.src).read_text(encoding="utf-8")
        block = raw.split("---\n", 2)[1]
        extra = search.settings(page.uri, page.meta, plan.context.glossary)
        if themes := learning.tags(page, plan.catalogue.registries["themes"]):
            extra[learning.TAGS_KEY] = themes
        added = yaml.safe_dump(extra, sort_keys=False, allow_unicode=True) if extra else ""
        _write(
            plain / "docs" / page.uri,
            f"---\n{block}{added}---\n" + render.page_markdown(page, page.body, plan),
        )
    for uri in plan.excluded:
        (plain / "docs" / uri).unlink(missing_ok=True)
    config = (plain / "mkdocs.yml").read_text().replace("hooks:\n  - hooks/hub.py\n", "")
    nav = navigation.extend(
        settings.read_config(plain).get("nav"), site.nav_entries(plan), plan.left_out()
    )
    config = (
        config[: config.index("\nnav:\n")]
        + "\n"
        + yaml.safe_dump({"nav": nav}, sort_keys=False, allow_unicode=True)
    )
    (plain / "mkdocs.yml").write_text(config)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build(project: Path, out: Path) -> tuple[float, int]:
    shutil.rmtree(out, ignore_errors=True)
    seconds, rss, code = run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(out)], project
    )
    if code != 0:
        raise SystemExit(f"bench: the build of {project} failed")
    return seconds, rss


def page_sizes(site: Path) -> tuple[int, float, float]:
    pages = [p.stat().st_size for p in site.rglob("*.html") if p.name != "404.html"]
    index = site / "search/search_index.json"
    return (
        len(pages),
        statistics.median(pages) / 1024,
        index.stat().st_size / 1024 / max(1, len(pages)),
    )


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1024 / 1024


def measure(n: int, rounds: int, work: Path) -> dict:
    hub, plain = work / f"hub-{n}", work / f"plain-{n}"
    synthetic.make(ROOT, hub, n)
    plain_copy(hub, plain)
    check_seconds, _, check_code = run([sys.executable, "-m", "yorkhub.cli", "check"], hub)
    if check_code != 0:
        raise SystemExit(
            f"bench: the synthetic hub of {n} pages is not valid under the content model (see above)"
        )
    times = {"hub": [], "plain": []}
    rss = {"hub": 0, "plain": 0}
    for _ in range(rounds):
        for name, project in (("hub", hub), ("plain", plain)):
            seconds, peak = build(project, work / f"site-{name}-{n}")
            times[name].append(seconds)
            rss[name] = max(rss[name], peak)
    pages, median_kb, index_kb = page_sizes(work / f"site-hub-{n}")
    hub_s, plain_s = statistics.median(times["hub"]), statistics.median(times["plain"])
    return {
        "n": n,
        "hub_s": hub_s,
        "plain_s": plain_s,
        "ratio": hub_s / plain_s,
        "hub_rss": rss["hub"],
        "plain_rss": rss["plain"],
        "site_mb": folder_mb(work / f"site-hub-{n}"),
        "html_pages": pages,
        "median_kb": median_kb,
        "index_kb": index_kb,
        "check_s": check_seconds,
    }


def table(rows: list[dict], rounds: int) -> str:
    head = (
        "| N | hub build (s) | plain build (s) | hub / plain | peak RSS hub / plain (MB) | site/ (MB) "
        "| HTML pages | median page (KB) | search index per page (KB) | hub check (s) |\n|"
        + "---|"
        * 10
    )
    lines = [head]
    for r in rows:
        lines.append(
            f"| {r['n']:,} | {r['hub_s']:.2f} | {r['plain_s']:.2f} | {r['ratio']:.3f} | {r['hub_rss']} / {r['plain_rss']} "
            f"| {r['site_mb']:.1f} | {r['html_pages']:,} | {r['median_kb']:.1f} | {r['index_kb']:.2f} "
            f"| {r['check_s']:.2f} |"
        )
    by_n = {r["n"]: r for r in rows}
    if 1000 in by_n and 4000 in by_n:
        lines.append(
            f"\nGrowth: the hub's build at 4,000 pages took {by_n[4000]['hub_s'] / by_n[1000]['hub_s']:.2f} times the build at 1,000."
        )
    lines.append(
        f"\nMedians of {rounds} interleaved rounds; `hub check` and the builds run as fresh processes "
        f"(Python start-up included). Python {sys.version.split()[0]}, {os.cpu_count()} cores."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="also measure N = 4,000")
    parser.add_argument(
        "--sizes", type=int, nargs="+", help="the sizes to measure (default 250 1000)"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved rounds per size (default 3)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/scale.md")
    args = parser.parse_args(argv)
    sizes = args.sizes or [250, 1000] + ([4000] if args.large else [])
    rows = []
    with tempfile.TemporaryDirectory(prefix="hub-bench-") as work:
        for n in sizes:
            rows.append(measure(n, args.rounds, Path(work)))
            print(f"measured N = {n:,}", file=sys.stderr)
    report = table(rows, args.rounds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(report)
    print(f"written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
