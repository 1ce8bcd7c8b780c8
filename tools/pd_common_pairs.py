"""Rebuild src/papercut/common_pairs.txt: the character pairs most Chinese articles share.

    python tools/pd_common_pairs.py corpus/pd/2020-01.jsonl corpus/pd/2020-02.jsonl

Counts, for each pair of adjacent Han characters, the articles it occurs in (tuning months only)
and keeps the 300 commonest (我们, 发展, 工作, …). Topic cohesion (`cues.topic_shift`) leaves
them out: they are the language's, not any one story's. Each pair's traditional forms (OpenCC
s2t, s2hk, s2tw) are written beside it, so a traditional page leaves out the same words. Only the
pairs are written, one line.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import regex

from papercut.convert import converter

HAN = regex.compile(r"\p{Han}+")
KEEP = 300
CONFIGS = ("s2t", "s2hk", "s2tw")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("months", nargs="+", type=Path)
    default = Path(__file__).parents[1] / "src/papercut/common_pairs.txt"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    for month in args.months:
        if "2019-02" in month.name:
            parser.error("the held-back month (2019-02) is never read")
        for line in month.read_text("utf-8").splitlines():
            article = json.loads(line)
            han = "".join(HAN.findall("".join(article["paragraphs"])))
            counts.update({han[i : i + 2] for i in range(len(han) - 1)})
    common = [pair for pair, _ in counts.most_common(KEEP)]
    pairs = sorted({form for pair in common for form in (pair, *(converter(c)(pair) for c in CONFIGS))})
    args.out.write_text(" ".join(pairs) + "\n", "utf-8")
    print(f"{len(pairs)} pairs -> {args.out}")


if __name__ == "__main__":
    main()
