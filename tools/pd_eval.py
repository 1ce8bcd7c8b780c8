"""Score papercut on composed pages in-process: the scorer's figures for each folder given.

    python tools/pd_eval.py corpus/pages/A/2020-01 corpus/pages/A/2020-02
    python tools/pd_eval.py DIR --limit 100      # the first 100 pages of DIR only

Uses the project's copy of the scorer (tests/eval/score.py), so figures match
`score.py DIR --cmd 'papercut split {}'` without a process per page.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import papercut

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("score", HERE.parent / "tests" / "eval" / "score.py")
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def evaluate(folder: Path, limit: int = 0) -> tuple[dict[str, float], int, int]:
    tally = score.Tally()
    pages = sorted(folder.glob("*.gold.json"))
    if limit:
        pages = pages[:limit]
    articles = 0
    for gold_path in pages:
        gold = json.loads(gold_path.read_text("utf-8"))
        text = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt").read_text("utf-8")
        pred = json.loads(papercut.to_json(papercut.split(text)))
        score.score_page(gold, pred, tally)
        articles += len(gold["articles"])
    return tally.figures(), len(pages), articles


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    keys = (
        "seg_f1",
        "found",
        "heading",
        "fields",
        "byline",
        "dateline",
        "para_f1",
        "punct_f1",
        "caption_f1",
        "credit_f1",
    )
    print(f"{'folder':32} {'pages':>5} {'arts':>5} " + " ".join(f"{k[:8]:>8}" for k in keys))
    for folder in args.folders:
        figures, pages, articles = evaluate(folder, args.limit)
        print(
            f"{str(folder)[-32:]:32} {pages:5} {articles:5} " + " ".join(f"{figures[k]:8.3f}" for k in keys)
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
