#!/usr/bin/env python3
"""Rebuild the English development corpus: Overproof dataset 2 (Sydney Morning Herald, 1842-1954),
each OCR line beside its human transcription, from the public repository
impresso/llm-transcript-postcorrection. Nothing of it is committed; this script rebuilds it.

    python3 tools/en_corpus.py                       # from the fetched mirror
    python3 tools/en_corpus.py --from allArticles.txt  # from a copy of the file
    python3 tools/en_corpus.py --repo PATH/TO/GITDIR   # from another clone (bare or not)

Writes corpus/en/articles.jsonl, one article a line:
    {"id": "12414000", "year": 1843, "part": "tune" | "held",
     "lines": [[ocr, human, overproof], ...]}

The source file holds one `*$*OVERPROOF*$* ID year YYYY type ...` header per article, then one
line per printed line: the OCR text, the human correction and Overproof's automatic correction,
separated by `||@@||`. Articles are split 70/30 into a tuning part and a held-back part by a hash
of their id, so the split never depends on the file's order. Dataset 3 is left alone: it is kept
for evaluation.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIRROR = Path("/work/.mirror/impresso+llm-transcript-postcorrection/repo")
SOURCE = (
    "data/datasets/ocr/original/overproof/dataset2/"
    "rawTextAndHumanCorrectionAndOverproofCorrectionTriples/allArticles.txt"
)
HEADER = "*$*OVERPROOF*$*"
SEPARATOR = "||@@||"
#: tenths of the articles kept for tuning; the rest is held back
TUNE_TENTHS = 7


def part_of(article_id: str) -> str:
    """`tune` or `held`, by a hash of the id: the same article always lands in the same part."""
    digest = hashlib.sha256(f"overproof-2:{article_id}".encode()).digest()
    return "tune" if digest[0] % 10 < TUNE_TENTHS else "held"


def parse(text: str) -> list[dict[str, object]]:
    articles: list[dict[str, object]] = []
    lines: list[list[str]] = []
    for raw in text.splitlines():
        if raw.startswith(HEADER):
            fields = raw.split()
            article_id, year = fields[1], int(fields[3])
            lines = []
            articles.append({"id": article_id, "year": year, "part": part_of(article_id), "lines": lines})
            continue
        cells = raw.split(SEPARATOR)
        if len(cells) != 3 or not articles:
            raise ValueError(f"not a triple line: {raw[:60]!r}")
        if any(cell.strip() for cell in cells):
            lines.append([cell.strip() for cell in cells])
    return articles


def read_source(args: argparse.Namespace) -> str:
    if args.source:
        return Path(args.source).read_text(encoding="utf-8")
    show = subprocess.run(
        ["git", "-C", str(args.repo), "show", f"HEAD:{SOURCE}"], check=True, capture_output=True
    )
    return show.stdout.decode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--from", dest="source", help="a copy of allArticles.txt")
    parser.add_argument(
        "--repo", default=str(MIRROR), help="a clone of impresso/llm-transcript-postcorrection"
    )
    parser.add_argument("--out", default=str(ROOT / "corpus" / "en"))
    args = parser.parse_args()
    articles = parse(read_source(args))
    seen: set[object] = set()
    unique = [a for a in articles if not (a["id"] in seen or seen.add(a["id"]))]  # type: ignore[func-returns-value]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for article in unique:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    tune = sum(a["part"] == "tune" for a in unique)
    print(
        f"{len(unique)} articles: {tune} tune, {len(unique) - tune} held -> {out / 'articles.jsonl'}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
