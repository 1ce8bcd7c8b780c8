"""How fast papercut is, measured next to baselines run in the same process on the same machine.

    python benchmarks/bench.py            # all sections (a few minutes on 2 cores)
    python benchmarks/bench.py --quick    # fewer rounds and pages, for a first look

Sections:
  1. in-process `papercut.split` on ~16 KB Chinese pages, pages/s and MB/s, median of rounds,
     next to a trivial baseline (split on blank lines, dump JSON) and the ratio of the two, and
     the least a block-by-block classifier costs (`least_classifier`): the floor for that ratio;
  2. cost against page length: 16 KB, 160 KB, 1.6 MB (linear means x10 a step), for a Chinese
     page, an English one and a page of short English lines, and English's cost per MB against
     Chinese;
  3. one page from the shell, `papercut split page.txt > /dev/null`, next to
     `python3 -c "import click, regex, json"`, medians of repeated runs and the ratio;
  4. a batch of generated pages at -j 1 and -j N: pages/s and speed-up, next to the speed-up
     the machine itself gives a pure-Python loop in N processes (a shared machine's cores are
     not always all there);
  5. memory over a long batch: resident memory of `-j 1` sampled while 10,000 pages are
     written (flat means the same at 10% and at 90%).

Timings are medians; single times on a shared machine mean little. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import regex

import papercut

ROOT = Path(__file__).resolve().parent.parent


def _han_share(text: str) -> float:
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    return han / max(han + sum(ch.isascii() and ch.isalpha() for ch in text), 1)


#: the Chinese pages: the shipped one and the composed gold pages (the English ones are left out)
SOURCES = [
    p for p in sorted((ROOT / "tests" / "gold").glob("*.txt")) if _han_share(p.read_text("utf-8")) > 0.5
]


def chinese_page(size: int) -> str:
    """A page of about `size` UTF-8 bytes made of the shipped and composed Chinese pages."""
    texts = [p.read_text("utf-8").replace("\r\n", "\n") for p in SOURCES]
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        parts.append(texts[i % len(texts)])
        total += len(parts[-1].encode("utf-8"))
        i += 1
    return "\n\n".join(parts)


def baseline(text: str) -> str:
    return json.dumps({"blocks": text.split("\n\n")}, ensure_ascii=False)


class _Record(NamedTuple):
    role: str
    text: str
    start: int
    end: int


_DATELINE = regex.compile(r"^(?:本报|新华社)\p{Han}{0,6}(?:电|讯)")
_OPEN_END = regex.compile(r"[。；：;:，,、]$")
_BYLINE = regex.compile(r"记者\s*\p{Han}{2,3}$")
_HALF = regex.compile(r"(?<=\p{Han}),(?=\p{Han})")


def least_classifier(text: str) -> str:
    """The least any block-by-block classifier does: each block's lines joined, three pattern
    looks, one punctuation pass, one record, JSON. No repair, no articles. What it costs
    against the baseline is the floor for papercut's ratio in CPython."""
    records = []
    start = 0
    for block in text.split("\n\n"):
        joined = "".join(line.strip() for line in block.split("\n"))
        role = "body"
        if _DATELINE.search(joined):
            role = "dateline"
        elif _BYLINE.search(joined):
            role = "byline"
        elif len(joined) < 40 and not _OPEN_END.search(joined):
            role = "headline"
        records.append(_Record(role, _HALF.sub("，", joined), start, start + len(block)))
        start += len(block) + 2
    return json.dumps({"blocks": [r._asdict() for r in records]}, ensure_ascii=False)


def text_caches() -> list:
    """papercut's caches keyed by text (the bounded ones; loaded resources stay)."""
    found = []
    for name, module in sorted(sys.modules.items()):
        if name.startswith("papercut"):
            for value in vars(module).values():
                parameters = getattr(value, "cache_parameters", None)
                if parameters is not None and parameters()["maxsize"] is not None and value not in found:
                    found.append(value)
    return found


def per_page(function, page: str, rounds: int, repeat: int, fresh: bool = False) -> float:
    """Median seconds per call over `rounds` rounds of `repeat` calls, after a warm-up;
    `fresh` empties papercut's text caches before each call (their emptying is not timed)."""
    caches = text_caches() if fresh else []
    for _ in range(3):
        function(page)
    times = []
    for _ in range(rounds):
        spent = 0.0
        for _ in range(repeat):
            for cached in caches:
                cached.cache_clear()
            start = time.perf_counter()
            function(page)
            spent += time.perf_counter() - start
        times.append(spent / repeat)
    return statistics.median(times)


def split_to_json(page: str) -> str:
    return papercut.to_json(papercut.split(page), indent=None)


def section_in_process(quick: bool) -> None:
    page = chinese_page(16_000)
    size = len(page.encode("utf-8"))
    rounds, repeat = (3, 20) if quick else (7, 60)
    ours = per_page(split_to_json, page, rounds, repeat, fresh=True)
    base = per_page(baseline, page, rounds, repeat * 20)
    least = per_page(least_classifier, page, rounds, repeat * 4)
    print(f"1. in process, {size / 1000:.1f} KB Chinese page, median of {rounds} rounds")
    print(f"   papercut.split + JSON  {1 / ours:8.0f} pages/s  {size / ours / 1e6:6.2f} MB/s")
    print(f"   baseline (split+JSON)  {1 / base:8.0f} pages/s  {size / base / 1e6:6.2f} MB/s")
    print(f"   ratio                  {ours / base:8.1f}x the baseline's time")
    print(f"   least classifier       {1 / least:8.0f} pages/s  {least / base:6.1f}x the baseline's time")


#: the English pages: the two Chronicling America front pages and the composed one
ENGLISH_SOURCES = [p for p in sorted((ROOT / "tests" / "gold").glob("*.txt")) if p not in SOURCES]
#: words for the page of short lines (issue 13: a page of 10,000 of them took 40 s)
_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "is",
    "was",
    "that",
    "for",
    "it",
    "with",
    "as",
    "his",
    "on",
    "be",
    "at",
    "by",
    "this",
    "had",
    "not",
    "are",
    "but",
    "from",
    "or",
    "have",
    "an",
    "they",
    "which",
    "one",
    "were",
    "her",
    "all",
    "she",
    "there",
    "would",
    "their",
    "we",
    "him",
    "been",
    "has",
    "when",
    "who",
    "will",
    "more",
    "no",
    "if",
    "out",
    "so",
]


def english_page(size: int) -> str:
    """A page of about `size` UTF-8 bytes made of the English gold pages."""
    texts = [p.read_text("utf-8").replace("\r\n", "\n") for p in ENGLISH_SOURCES]
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(texts[len(parts) % len(texts)])
        total += len(parts[-1].encode("utf-8"))
    return "\n\n".join(parts)


def short_lines_page(size: int) -> str:
    """A page of about `size` bytes of short English lines and no blank line: one paragraph
    a page long, each line joined onto all before it."""
    lines: list[str] = []
    total = 0
    while total < size:
        n = len(lines)
        lines.append(" ".join(_WORDS[(n * 7 + k * 13) % len(_WORDS)] for k in range(2 + n % 3)))
        total += len(lines[-1]) + 1
    return "\n".join(lines) + "\n"


def section_linear(quick: bool) -> None:
    print("2. cost against page length (papercut.split + JSON, median; linear means x10 a step)")
    per_mb: dict[str, float] = {}
    for kind, make in (
        ("Chinese", chinese_page),
        ("English", english_page),
        ("short lines", short_lines_page),
    ):
        first = None
        for size in (16_000, 160_000, 1_600_000):
            page = make(size)
            megabytes = len(page.encode("utf-8")) / 1e6
            rounds = 3 if quick or size > 200_000 else 5
            repeat = max(1, 20 * 16_000 // size)
            seconds = per_page(split_to_json, page, rounds, repeat, fresh=True)
            first = first or seconds
            per_mb[kind] = seconds / megabytes
            print(
                f"   {kind:11s} {size / 1000:7.0f} KB  {seconds * 1000:9.1f} ms  {seconds / first:7.1f}x the"
                f" 16 KB page  {seconds / megabytes:6.2f} s/MB"
            )
    for kind in ("English", "short lines"):
        ratio = per_mb[kind] / per_mb["Chinese"]
        print(f"   {kind} costs {ratio:.1f}x Chinese per MB at 1.6 MB (issue 13: English within 3x)")


def median_run(command: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def section_shell(quick: bool) -> None:
    runs = 5 if quick else 15
    page = ROOT / "samples" / "zhejiang-2018-03-30.txt"
    papercut_bin = shutil.which("papercut", path=str(Path(sys.executable).parent)) or "papercut"
    # as installed: byte-compiled (an editable install under PYTHONDONTWRITEBYTECODE is not)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(papercut.__file__).parent)], check=True
    )
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PAPERCUT_CACHE_DIR": cache}
        cold = median_run([papercut_bin, "split", str(page)], 1, env)  # compiles and caches patterns
        # the two commands take turns, so a load that comes and goes falls on both alike
        floors, ours_times = [], []
        for _ in range(runs):
            floors.append(median_run([sys.executable, "-c", "import click, regex, json"], 1, env))
            ours_times.append(median_run([papercut_bin, "split", str(page)], 1, env))
    floor, ours = statistics.median(floors), statistics.median(ours_times)
    ratio = statistics.median(o / f for o, f in zip(ours_times, floors, strict=True))
    print(f"3. one page from the shell, {runs} runs each, taking turns")
    print(f"   python3 -c 'import click, regex, json'  {floor * 1000:7.1f} ms")
    print(f"   papercut split page.txt > /dev/null     {ours * 1000:7.1f} ms")
    print(f"   ratio (median of the {runs} pairs)         {ratio:7.2f}x the floor")
    print(f"   (the first run on a machine compiles and caches the patterns: {cold * 1000:.0f} ms)")


def _archive(root: Path, pages: int) -> Path:
    """`pages` page files in folders of 500, each a little different from the last."""
    archive = root / f"archive-{pages}"
    texts = [p.read_text("utf-8") for p in SOURCES]
    for i in range(pages):
        folder = archive / f"{i // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"page-{i:05d}.txt").write_text(texts[i % len(texts)].replace("2018", str(1000 + i)))
    return archive


def _spin(_: int) -> int:
    total = 0
    for i in range(2_000_000):
        total += i
    return total


def machine_speedup(jobs: int) -> float:
    """What `jobs` processes give a pure-Python loop here: the ceiling for any batch."""
    import multiprocessing

    ratios = []
    for _ in range(3):
        start = time.perf_counter()
        for n in range(2 * jobs):
            _spin(n)
        alone = time.perf_counter() - start
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            start = time.perf_counter()
            pool.map(_spin, range(2 * jobs))
            together = time.perf_counter() - start
        ratios.append(alone / together)
    return statistics.median(ratios)


def section_batch(quick: bool) -> None:
    pages = 400 if quick else 3000
    jobs = os.cpu_count() or 1
    papercut_bin = shutil.which("papercut", path=str(Path(sys.executable).parent)) or "papercut"
    with tempfile.TemporaryDirectory() as tmp:
        archive = _archive(Path(tmp), pages)
        print(f"4. batch of {pages} pages (-o out/), median of 3 runs")
        rates = {}
        for j in sorted({1, jobs}):
            times = []
            for attempt in range(3):
                out = Path(tmp) / f"out-{j}-{attempt}"
                start = time.perf_counter()
                subprocess.run(
                    [papercut_bin, "split", str(archive), "-o", str(out), "-j", str(j), "-q"], check=True
                )
                times.append(time.perf_counter() - start)
            rates[j] = pages / statistics.median(times)
            print(f"   -j {j}  {rates[j]:8.0f} pages/s")
        if jobs > 1:
            print(f"   -j {jobs} is {rates[jobs] / rates[1]:.2f}x -j 1")
            print(
                f"   (this machine gives a pure-Python loop {machine_speedup(jobs):.2f}x in {jobs} processes)"
            )
        try:
            import papercut.dask  # noqa: F401
        except ImportError:
            print("   --dask local: skipped (pip install 'papercut[dask]')")
        else:
            times = []
            for attempt in range(3):
                out = Path(tmp) / f"out-dask-{attempt}"
                start = time.perf_counter()
                subprocess.run(
                    [
                        papercut_bin,
                        "split",
                        str(archive),
                        "-o",
                        str(out),
                        "-j",
                        str(jobs),
                        "-q",
                        "--dask",
                        "local",
                    ],
                    check=True,
                )
                times.append(time.perf_counter() - start)
            print(
                f"   --dask local -j {jobs}  {pages / statistics.median(times):8.0f} pages/s"
                " (cluster start-up included)"
            )


def _rss_while_running(command: list[str], out: Path, pages: int) -> list[tuple[int, float]]:
    """(pages written, resident MB) sampled while a batch runs: flat means no page leaves
    anything behind. Linux (/proc) only; elsewhere an empty list."""
    process = subprocess.Popen(command)
    samples: list[tuple[int, float]] = []
    status = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        try:
            kb = next(
                int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith("VmRSS")
            )
        except (OSError, StopIteration, ValueError):
            break
        done = sum(1 for _ in out.rglob("*.json")) if out.exists() else 0
        samples.append((done, kb / 1024))
        time.sleep(0.25)
    process.wait()
    return samples


def section_memory(quick: bool) -> None:
    pages = 2000 if quick else 10_000
    papercut_bin = shutil.which("papercut", path=str(Path(sys.executable).parent)) or "papercut"
    print(f"5. memory over a long batch of {pages} pages (-j 1 -o out/), resident MB while it runs")
    with tempfile.TemporaryDirectory() as tmp:
        archive = _archive(Path(tmp), pages)
        out = Path(tmp) / "out"
        samples = _rss_while_running(
            [papercut_bin, "split", str(archive), "-o", str(out), "-j", "1", "-q"], out, pages
        )
    if not samples:
        print("   (needs /proc)")
        return
    for share in (0.1, 0.5, 0.9):
        done, mb = next(((d, m) for d, m in samples if d >= share * pages), samples[-1])
        print(f"   after {done:6d} pages  {mb:6.1f} MB")
    first = next((m for d, m in samples if d >= 0.1 * pages), samples[0][1])
    last = samples[-1][1]
    print(f"   from 10% to the end of the batch: {last / first:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and pages")
    parser.add_argument("--only", type=int, choices=[1, 2, 3, 4, 5], action="append", help="run a section")
    args = parser.parse_args()
    sections = {
        1: section_in_process,
        2: section_linear,
        3: section_shell,
        4: section_batch,
        5: section_memory,
    }
    for number in args.only or sorted(sections):
        sections[number](args.quick)


if __name__ == "__main__":
    main()
