"""Inputs the fuzzer (tools/fuzz.py, `make fuzz`) found to break papercut, each kept as it was
found or minimised, so the break stays mended."""

from __future__ import annotations

import pytest

import papercut
from papercut.punct import normalize


@pytest.mark.parametrize(
    "text",
    [
        "(((((((((聪",  # 2026-11-30: nine unpaired `(` took nine rounds to turn; normalize stops at 8
        "聪)))))))))",
        "((((((((((((聪))))))))))))",
        "(⺀|(((((((()))))))))",  # pairs inside a full-width pair turned a level a round
    ],
)
def test_normalize_settles_a_run_of_brackets_at_once(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert "(" not in once and ")" not in once
    papercut.split(text)  # and the page splits


@pytest.mark.parametrize("text", ['"""""""""发', "'''''''''''发", '他说"""""""""""'])
def test_normalize_settles_a_run_of_quotes_at_once(text: str) -> None:
    # 2026-11-30: each round turned one more straight quote of a run curly; normalize stops at 8
    once = normalize(text)
    assert normalize(once) == once
    assert '"' not in once and "'" not in once
    papercut.split(text)


def test_deeply_nested_brackets_cost_linear_time() -> None:
    # the inside of every pair was searched for Chinese text: 100,000 nested pairs never ended
    text = "(" * 100_000 + ")" * 100_000 + "聪"
    assert normalize(text) == "（" * 100_000 + "）" * 100_000 + "聪"


@pytest.mark.parametrize(
    "text",
    [
        "')')')')')')')')持",  # 2026-11-30 evening, minimised from 286,147 inputs' one finding
        '")' * 30 + "持",
        "持" + "('" * 30,
        "'," * 30 + "持",  # the same with the marks `_half_marks` turns
        '":' * 30 + "持",
        "'!" * 30 + "持",
    ],
)
def test_normalize_settles_quotes_alternating_with_brackets_and_marks(text: str) -> None:
    # each turned one mark a round, the quote beside it the next: not settled in 8 rounds
    once = normalize(text)
    assert normalize(once) == once
    assert not set("'\"()") & set(once)
    papercut.split(text)


@pytest.mark.parametrize("text", ['"———', '中"———', '说:"———'])
def test_normalize_settles_a_run_of_dashes_beside_a_quote_made_curly(text: str) -> None:
    # 2026-12-01, hypothesis: the quote turned curly in the last round, and the dashes it made
    # Chinese text of were left for a round that never ran
    once = normalize(text)
    assert normalize(once) == once
    assert "———" not in once
