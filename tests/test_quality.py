"""The quality bar on hand-checked gold pages, scored by the project's copy of the scorer.

The held-out pages are judged with seg_f1 >= 0.97 and the other figures >= 0.90; on our own
gold pages, where every convention is known, every figure must be perfect.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import GOLD, ROOT
from papercut import page_dict, split
from papercut.read import read_path

sys.path.insert(0, str(ROOT / "tests" / "eval"))
import score  # noqa: E402

CHINESE = sorted(p for p in GOLD.glob("*.gold.json"))


def _figures(gold_pages: list[Path]) -> dict[str, float]:
    tally = score.Tally()
    for gold_path in gold_pages:
        page = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        text, source = read_path(page)
        predicted = page_dict(split(text, source))
        score.score_page(json.loads(gold_path.read_text("utf-8")), predicted, tally)
    return tally.figures()


@pytest.mark.parametrize("gold", CHINESE, ids=[p.name.split(".")[0] for p in CHINESE])
def test_gold_page_scores_perfectly(gold: Path) -> None:
    figures = _figures([gold])
    assert figures == {key: 1.0 for key in score.FIELDS}
