#!/usr/bin/env python3
"""Evaluate papercut on the composed English pages (tools/en_compose.py), part by part.

Figures of our own, then the shared scorer's:
* article starts: an article papercut starts within the lines of a gold article's heading (or on
  its first line, for an item printed with no heading) is a hit; precision, recall and F1 over
  every page of the part;
* line-end joins: at each line end inside a gold paragraph where a word meets a word, how papercut
  joined them (`drop` the hyphen, `keep` it, a `space`, or `break`: the line end became a
  paragraph end or the words were lost), against the gold. Counted where the OCR line ends with a
  hyphen, or the gold is not a space, or papercut did not put a space: the line ends where there
  is something to decide, and only where OCR read both words right (a join of misread words is
  OCR's error, not the join's);
* line-end seams: at every line end inside a gold paragraph, OCR's misreads and specks included
  (`pic` / `turo`, `be- ")` / `cause`), the join alone as hyphens.Vocabulary decides it over the
  page's lines (`drop`, `keep` or `space`) against the gold: ten times the line ends the joins
  count, and no paragraph break in the way;
* paragraph breaks: at every line end inside a gold article's text, from its first paragraph's
  first line to its last paragraph's last (the line ends the seams walk, those at a dash, and
  those ending a gold paragraph), whether papercut broke the paragraph there (the two lines are
  not in one paragraph of one article), against the gold: precision, recall and F1 of the breaks.
  The transcription marks no paragraph: the gold's are en_compose's reading of the human lines
  (a sentence's end short of the article's column), so the figure says how well papercut reads
  that from the OCR lines, whose marks OCR may have lost or garbled.

    .venv/bin/python tools/en_eval.py                    # both parts, with the scorer
    .venv/bin/python tools/en_eval.py --part tune --no-score --misses 20
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import papercut  # noqa: E402
from papercut import hyphens  # noqa: E402

TAIL = re.compile(r"([A-Za-z]+)-$")
BARE = re.compile(r"([A-Za-z]+)$")
HEAD = re.compile(r"^([A-Za-z]+)")


def line_starts(text: str) -> list[int]:
    starts, offset = [], 0
    for line in text.split("\n"):
        starts.append(offset)
        offset += len(line) + 1
    return starts


def all_spans(spans: dict) -> list[list[int]]:
    out: list[list[int]] = []
    for key, value in spans.items():
        if key == "jumps":
            continue
        if key == "paragraphs":
            for paragraph in value:
                out += paragraph
        else:
            out += value
    return out


def starts_of(page: dict, starts: list[int]) -> list[int]:
    lines = []
    for article in page["articles"]:
        spans = all_spans(article["spans"])
        if spans:
            lines.append(bisect.bisect_right(starts, min(s for s, _ in spans)) - 1)
    return lines


def match_starts(predicted: list[int], gold: list[tuple[int, int]]) -> int:
    hits, used = 0, set()
    for first, body in gold:
        for index, line in enumerate(predicted):
            if index not in used and first <= line <= max(first, body):
                used.add(index)
                hits += 1
                break
    return hits


def join_of(page: dict, lines: list[str], starts: list[int], i: int, j: int) -> str | None:
    """How papercut joined line i to line j, or None when the words are not plain words."""
    left, right = lines[i].rstrip(), lines[j].lstrip()
    tail = TAIL.search(left) or BARE.search(left)
    head = HEAD.match(right)
    if not tail or not head:
        return None
    wl, wr = tail.group(1), head.group(1)
    end = starts[i] + len(lines[i].rstrip()) - 1
    begin = starts[j] + len(lines[j]) - len(right)
    for article in page["articles"]:
        for text, spans in zip(article["paragraphs"], article["spans"]["paragraphs"], strict=True):
            inside = [k for k, (s, e) in enumerate(spans) if s <= end < e]
            if not inside:
                continue
            if not any(s <= begin < e for s, e in spans):
                return "break"
            estimate = sum(e - s + 1 for s, e in spans[: inside[0]]) + end - spans[inside[0]][0]
            found = []
            for kind, pattern in (("keep", f"{wl}-{wr}"), ("drop", f"{wl}{wr}"), ("space", rf"{wl}\s+{wr}")):
                for m in re.finditer(rf"(?<![A-Za-z]){pattern}(?![A-Za-z])", text):
                    found.append((abs(m.start() + len(wl) - estimate), kind))
            return min(found)[1] if found else "break"
    return "break"


def paragraph_of(page: dict) -> tuple[list[int], list[tuple[int, int, int]]]:
    """papercut's paragraphs as sorted spans: their starts, and (start, end, paragraph number)."""
    paragraphs = (p for article in page["articles"] for p in article["spans"]["paragraphs"])
    spans = sorted(
        (start, end, number) for number, paragraph in enumerate(paragraphs) for start, end in paragraph
    )
    return [start for start, _, _ in spans], spans


def paragraph_at(paragraphs: tuple[list[int], list[tuple[int, int, int]]], offset: int) -> int | None:
    """The number of papercut's paragraph holding the character at `offset`, if any."""
    starts, spans = paragraphs
    at = bisect.bisect_right(starts, offset) - 1
    return spans[at][2] if at >= 0 and offset < spans[at][1] else None


def paragraph_breaks(article: dict) -> list[tuple[int, int, bool]]:
    """The gold article's line ends inside its text: (line, next line, a paragraph ends there)."""
    if "paragraphs" not in article:
        sys.exit("the pages' meta.json has no paragraphs: compose them again (tools/en_compose.py)")
    ends = []
    for number, indexes in enumerate(article["paragraphs"]):
        ends += [(i, j, False) for i, j in zip(indexes, indexes[1:], strict=False)]
        if number + 1 < len(article["paragraphs"]):
            ends.append((indexes[-1], article["paragraphs"][number + 1][0], True))
    return ends


def seam_of(vocabulary: hyphens.Vocabulary, left: str, right: str) -> str:
    """How the page's vocabulary joins two lines on its own: `drop`, `keep` or `space`."""
    text = left.rstrip()
    drop, between, _ = vocabulary.seam(text[-hyphens.REACH :], right.lstrip())
    if between == " ":
        return "space"
    return "keep" if between == "-" or text[: len(text) - drop].endswith("-") else "drop"


def read_right(left: str, right: str, edges: list[str]) -> bool:
    """The OCR words meeting at the line end are the transcriber's words (case aside)."""
    tail = TAIL.search(left.rstrip()) or BARE.search(left.rstrip())
    head = HEAD.match(right.lstrip())
    return bool(tail and head) and [tail.group(1).lower(), head.group(1).lower()] == edges


def evaluate(part_dir: Path, misses: int) -> dict:
    tp = fp = fn = 0
    joins: Counter[str] = Counter()
    breaks: Counter[str] = Counter()
    wrong: list[str] = []
    break_misses: list[str] = []
    start_misses: list[str] = []
    for txt in sorted(part_dir.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        meta = json.loads(txt.with_suffix(".meta.json").read_text())
        page = json.loads(papercut.to_json(papercut.split(text)))
        lines, starts = text.split("\n"), line_starts(text)
        gold = [(a["first_line"], a["heading_lines"]) for a in meta["articles"]]
        vocabulary = hyphens.Vocabulary(lines)
        predicted = starts_of(page, starts)
        hits = match_starts(predicted, gold)
        tp, fp, fn = tp + hits, fp + len(predicted) - hits, fn + len(gold) - hits
        if misses:
            spans = {line for first, body in gold for line in range(first, max(first, body) + 1)}
            start_misses += [f"{txt.stem}:{n} invented  {lines[n][:60]}" for n in predicted if n not in spans]
            found = set(predicted)
            start_misses += [
                f"{txt.stem}:{first} missed  {lines[first][:60]}"
                for first, body in gold
                if not found & set(range(first, max(first, body) + 1))
            ]
        paragraphs = paragraph_of(page)
        for article in meta["articles"]:
            for i, j, gold_break in paragraph_breaks(article):
                end = starts[i] + len(lines[i].rstrip()) - 1
                begin = starts[j] + len(lines[j]) - len(lines[j].lstrip())
                here = paragraph_at(paragraphs, end)
                broke = here is None or here != paragraph_at(paragraphs, begin)
                breaks[f"{'gold' if gold_break else 'no'} {'broke' if broke else 'ran on'}"] += 1
                if broke != gold_break:
                    kind = "missed break" if gold_break else "false break"
                    break_misses.append(f"{txt.stem}:{i} {kind}: {lines[i][-35:]!r} / {lines[j][:25]!r}")
            for i, j, kind in article["joins"]:
                seam = seam_of(vocabulary, lines[i], lines[j])
                joins["seams"] += 1
                joins["seams right"] += seam == kind
                got = join_of(page, lines, starts, i, j)
                if got is None:
                    continue
                if not read_right(lines[i], lines[j], article["edges"][f"{i}"]):
                    continue  # OCR misread a word at the line end: no join can be right
                hyphen = lines[i].rstrip().endswith("-")
                if not (hyphen or kind != "space" or got != "space"):
                    continue
                joins["all"] += 1
                joins["right"] += got == kind
                if got != kind:
                    wrong.append(
                        f"{txt.stem}:{i} gold {kind} got {got}: {lines[i][-25:]!r} / {lines[j][:20]!r}"
                    )
    return {
        "breaks": prf(breaks["gold broke"], breaks["no broke"], breaks["gold ran on"]),
        "starts": prf(tp, fp, fn),
        "joins": {"right": joins["right"], "all": joins["all"], "acc": joins["right"] / max(1, joins["all"])},
        "seams": {
            "right": joins["seams right"],
            "all": joins["seams"],
            "acc": joins["seams right"] / max(1, joins["seams"]),
        },
        "join_misses": wrong[:misses],
        "start_misses": start_misses[: 2 * misses],
        "break_misses": break_misses[: 2 * misses],
    }


def prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "en"))
    parser.add_argument("--part", choices=("tune", "held", "both"), default="both")
    parser.add_argument("--no-score", action="store_true", help="skip the shared scorer")
    parser.add_argument("--scorer", default=str(ROOT / "tests" / "eval" / "score.py"))
    parser.add_argument("--cmd", default=f"{sys.executable} -m papercut split {{}}")
    parser.add_argument("--misses", type=int, default=0, help="list this many misses of each kind")
    args = parser.parse_args()
    parts = ("tune", "held") if args.part == "both" else (args.part,)
    for part in parts:
        result = evaluate(Path(args.corpus) / part, args.misses)
        s, j, b = result["starts"], result["joins"], result["breaks"]
        print(
            f"{part}: article starts P {s['p']:.3f} R {s['r']:.3f} F1 {s['f1']:.3f} "
            f"(tp {s['tp']} fp {s['fp']} fn {s['fn']}); "
            f"line-end joins {j['right']}/{j['all']} = {j['acc']:.3f}; "
            f"seams {result['seams']['right']}/{result['seams']['all']} = {result['seams']['acc']:.3f}; "
            f"paragraph breaks P {b['p']:.3f} R {b['r']:.3f} F1 {b['f1']:.3f} "
            f"(tp {b['tp']} fp {b['fp']} fn {b['fn']})"
        )
        for line in result["start_misses"] + result["join_misses"] + result["break_misses"]:
            print("   ", line)
        if not args.no_score:
            score = subprocess.run(
                [sys.executable, args.scorer, str(Path(args.corpus) / part), "--cmd", args.cmd],
                capture_output=True,
                text=True,
                check=False,
            )
            print(score.stdout.strip() or score.stderr.strip())


if __name__ == "__main__":
    main()
