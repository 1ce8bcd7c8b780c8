#!/usr/bin/env python3
"""Cross-validation of the English line-end joins inside the tune part: the word facts hyphens.py
ships (tools/en_compounds.py) are counted on one half of the tune articles and the joins measured
on pages composed from the other half, then the halves swap. The tune part's own figure reads
the facts it was counted from; this one does not, so it says how the facts hold on articles
they never saw (the held-back part is never read).

    .venv/bin/python tools/en_cv.py                 # both folds, three groupings each
    .venv/bin/python tools/en_cv.py --misses 40     # and the joins it gets wrong
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import en_compose  # noqa: E402
import en_compounds  # noqa: E402
import en_eval  # noqa: E402

from papercut import hyphens  # noqa: E402


def half(article_id: str, salt: str) -> int:
    return hashlib.sha1(f"{salt}:{article_id}".encode()).digest()[0] % 2


def use_facts(facts: en_compounds.Facts) -> None:
    """papercut reads the facts counted on one half, not the shipped ones."""
    hyphens.COMPOUNDS = frozenset(facts.compounds)
    hyphens.FIRST_PARTS = frozenset(facts.first_parts)
    hyphens.NAME_PARTS = frozenset(facts.name_parts)
    pairs = {(a, b): (apart, closed) for a, b, apart, closed in facts.pairs}
    hyphens.press_pairs = lambda: pairs  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "en"))
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--salts", default="a", help="ways to halve the tune part, comma-separated")
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    articles = [
        json.loads(line)
        for line in (Path(args.corpus) / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    spelling = en_compose.Spelling(articles)  # the gold's spelling, as en_compose gives it
    tune = [a for a in articles if a["part"] == "tune"]
    right = total = seams_right = seams = 0
    with tempfile.TemporaryDirectory() as tmp:
        for salt in args.salts.split(","):
            for fold in (0, 1):
                counted = [a for a in tune if half(a["id"], salt) != fold]
                measured = [dict(a, part="cv") for a in tune if half(a["id"], salt) == fold]
                use_facts(en_compounds.count(counted))
                for seed in args.seeds.split(","):
                    out = Path(tmp) / f"{salt}{fold}s{seed}"
                    en_compose.compose("cv", measured, spelling, out, int(seed))
                    result = en_eval.evaluate(out, args.misses)
                    j, m = result["joins"], result["seams"]
                    right, total = right + j["right"], total + j["all"]
                    seams_right, seams = seams_right + m["right"], seams + m["all"]
                    print(
                        f"salt {salt} fold {fold} seed {seed}: "
                        f"joins {j['right']}/{j['all']} = {j['acc']:.3f}, seams {m['right']}/{m['all']}"
                    )
                    for line in result["join_misses"]:
                        print("   ", line)
    print(
        f"cross-validated joins {right}/{total} = {right / max(1, total):.3f}, "
        f"seams {seams_right}/{seams} = {seams_right / max(1, seams):.3f}"
    )


if __name__ == "__main__":
    main()
