"""Rebuild src/papercut/data/seam-words.tsv: pairs of Han characters that stand together far
more often than chance, for the seam model (`repair.seam_cues`: a break falling inside a word,
`…服务中` / `心的…`, cut a paragraph; a title and the paragraph under it meet at no word).

    python tools/pd_seam_words.py corpus/pd/2020-01.jsonl corpus/pd/2020-02.jsonl

Counts each pair of adjacent Han characters in the paragraphs of the tuning months (the
held-back month, 2019-02, is never read) and keeps those seen at least MIN_SEEN times whose
pointwise mutual information, log(seen together / expected by chance), is at least MIN_PMI.
Each pair's traditional forms (OpenCC s2t, s2hk, s2tw) are written beside it, so a traditional
page reads alike. Only the pairs are written, a row for each first character.
"""

from __future__ import annotations

import argparse
import json
import math
import unicodedata
from collections import Counter
from pathlib import Path

import regex

from papercut.convert import converter

HAN = regex.compile(r"\p{Han}{2,}")
#: rarer pairs are names and one story's words: they say little about the next month's seams
MIN_SEEN = 50
#: seen together at least e^2 (7.4) times as often as their characters' frequencies predict
MIN_PMI = 2.0
CONFIGS = ("s2t", "s2hk", "s2tw")
OUT = Path(__file__).resolve().parent.parent / "src" / "papercut" / "data" / "seam-words.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("months", nargs="+", type=Path)
    args = parser.parse_args()
    single, pairs = Counter[str](), Counter[str]()
    for month in args.months:
        assert "2019-02" not in month.name, "the held-back month is never read"
        for line in month.read_text("utf-8").splitlines():
            for text in json.loads(line)["paragraphs"]:
                for run in HAN.findall(unicodedata.normalize("NFKC", text)):
                    single.update(run)
                    pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    total = sum(single.values())
    kept = {
        pair
        for pair, seen in pairs.items()
        if seen >= MIN_SEEN and math.log(seen * total / (single[pair[0]] * single[pair[1]])) >= MIN_PMI
    }
    written = set(kept)
    for pair in kept:
        for config in CONFIGS:
            form = converter(config)(pair)
            if len(form) == 2:
                written.add(form)
    following: dict[str, str] = {}
    for pair in sorted(written):
        following[pair[0]] = following.get(pair[0], "") + pair[1]
    months = ", ".join(m.stem for m in args.months)
    rows = [
        f"# Pairs of Han characters that stand together in People's Daily ({months})",
        f"# at least {MIN_SEEN} times and e^{MIN_PMI:g} times as often as chance: {len(kept):,} pairs, with",
        "# their traditional forms. Written by tools/pd_seam_words.py; do not edit.",
        "# A row: a character, the characters that follow it in a pair.",
        *(f"{first}\t{seconds}" for first, seconds in following.items()),
    ]
    OUT.write_text("\n".join(rows) + "\n", "utf-8")
    print(f"wrote {OUT}: {len(kept):,} pairs, {len(written):,} with traditional forms")


if __name__ == "__main__":
    main()
