"""The quality bar on hand-checked gold pages, scored by the project's copy of the scorer.

The held-out pages are judged with seg_f1 >= 0.97 and the other figures >= 0.90; on our own
gold pages, where every convention is known, every figure must be perfect.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import regex

from conftest import GOLD, ROOT
from papercut import page_dict, split
from papercut.convert import converter
from papercut.hyphens import Vocabulary
from papercut.read import read_path

sys.path.insert(0, str(ROOT / "tests" / "eval"))
import score  # noqa: E402

#: real Chronicling America pages, their gold written from tests/gold/*.marks by tests/gold/marks.py
REAL_LATIN = sorted(GOLD.glob("*_ocr.gold.json"))
CHINESE = sorted(p for p in GOLD.glob("*.gold.json") if not p.name.startswith("en-") and p not in REAL_LATIN)
LATIN = sorted(GOLD.glob("en-*.gold.json"))


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


def _in_traditional(value: object, convert: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, list):
        return [_in_traditional(v, convert) for v in value]
    if isinstance(value, dict):
        return {k: _in_traditional(v, convert) for k, v in value.items()}
    return value


@pytest.mark.parametrize("config", ["s2t", "s2hk", "s2tw"])
@pytest.mark.parametrize("gold", CHINESE, ids=[p.name.split(".")[0] for p in CHINESE])
def test_gold_page_in_traditional_characters_scores_perfectly(gold: Path, config: str) -> None:
    """A page printed in traditional characters (a 1950 page, a Hong Kong or Taiwan paper) is
    read by the same rules: the page and its gold set in traditional characters by OpenCC."""
    convert = converter(config)
    page = gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")
    text, source = read_path(page)
    tally = score.Tally()
    expected = _in_traditional(json.loads(gold.read_text("utf-8")), convert)
    score.score_page(expected, page_dict(split(convert(text), source)), tally)
    assert tally.figures() == {key: 1.0 for key in score.FIELDS}


def _zhejiang_set(*parts: tuple[slice, int, str]) -> tuple[str, dict[str, object]]:
    """The shipped page's gold articles set again in hard-wrapped columns: each part a slice of
    the articles, its column width and its paragraph indent."""
    sys.path.insert(0, str(GOLD))
    import compose

    articles, other = compose.from_gold(GOLD / "zhejiang-2018-03-30.gold.json")
    articles[0].caption_after = {2: 0}
    bottom = [[line] for line in other[0]["text"].split("\n")] + [other[1]["text"].split("\n")]
    pages = [
        compose.print_page(
            articles[part],
            "wrapped",
            [],
            bottom if index == len(parts) - 1 else [],
            width=width,
            indent_text=indent,
        )
        for index, (part, width, indent) in enumerate(parts)
    ]
    return "\n".join(pages), compose.gold(articles, other)


@pytest.mark.parametrize(
    "parts",
    [
        ((slice(None), 12, "  "),),
        ((slice(None), 30, "  "),),
        ((slice(None), 16, ""),),  # no indents: a paragraph ends at a short line only
        ((slice(0, 1), 24, "  "), (slice(1, None), 12, "  ")),  # two column widths on one page
        ((slice(0, 1), 12, "  "), (slice(1, None), 24, "  ")),
    ],
    ids=["narrow", "wide", "no-indent", "wide-then-narrow", "narrow-then-wide"],
)
def test_the_shipped_page_in_other_column_widths_scores_perfectly(
    parts: tuple[tuple[slice, int, str], ...],
) -> None:
    text, gold = _zhejiang_set(*parts)
    tally = score.Tally()
    score.score_page(gold, page_dict(split(text)), tally)
    assert tally.figures() == {key: 1.0 for key in score.FIELDS}


#: what our Chinese gold pages score when OCR sets every character apart (`全 省 建 设`): the
#: space between two phrases of a headline is lost with the others, so not everything is 1.000
SPACED_FLOOR = {"seg_f1": 0.98, "found": 0.9, "heading": 0.9, "byline": 0.9, "dateline": 0.9, "para_f1": 0.94}


def test_gold_pages_spaced_out_hold_their_figures() -> None:
    tally = score.Tally()
    for gold in CHINESE:
        text, source = read_path(gold.with_name(gold.name.removesuffix(".gold.json") + ".txt"))
        spaced = regex.sub(r"(?<=[\p{Han}，。、；：？！“”（）])(?=[\p{Han}，。、；：？！“”（）])", " ", text)
        score.score_page(json.loads(gold.read_text("utf-8")), page_dict(split(spaced, source)), tally)
    figures = tally.figures()
    assert all(figures[k] >= floor for k, floor in SPACED_FLOOR.items()), figures


#: the bar the held-out Chronicling America pages are judged by (issue 5)
LATIN_BAR = {"seg_f1": 0.90, "heading": 0.90, "byline": 0.90, "dateline": 0.90, "caption_f1": 0.90}


@pytest.mark.parametrize("gold", LATIN, ids=[p.name.split(".")[0] for p in LATIN])
def test_latin_gold_page_clears_the_bar(gold: Path) -> None:
    figures = _figures([gold])
    assert all(figures[k] >= bar for k, bar in LATIN_BAR.items()), figures
    # a paragraph whose last line runs nearly to the margin cannot be told from one that goes
    # on; that costs one paragraph on this page and is why para_f1 is not held at 1.0 here
    assert figures["para_f1"] >= 0.5


#: what the real English pages scored when last improved: a change may raise these, never lower
#: them. Their OCR is badly garbled and their paragraph ends are often invisible (the page
#: lost its indents), so most fields are far from 1.0; seg_f1 is the issue's bar for such pages.
REAL_LATIN_FLOOR = {
    "seg_f1": 0.97,
    "found": 0.93,
    "heading": 0.72,
    "byline": 0.90,
    "dateline": 0.75,
    "para_f1": 0.52,
}


@pytest.mark.parametrize("gold", REAL_LATIN, ids=[p.name.split("_")[0] for p in REAL_LATIN])
def test_real_latin_page_clears_the_segmentation_bar(gold: Path) -> None:
    assert _figures([gold])["seg_f1"] >= 0.90


def test_real_latin_pages_hold_their_figures() -> None:
    figures = _figures(REAL_LATIN)
    assert all(figures[k] >= floor for k, floor in REAL_LATIN_FLOOR.items()), figures


def test_line_ends_of_the_real_pages_are_joined_as_the_editor_did() -> None:
    """Dehyphenation: a word broken at a line end (with its hyphen, or with the hyphen OCR lost)
    made whole, a compound kept, two words left apart; over every line end inside a paragraph."""
    sys.path.insert(0, str(GOLD))
    import marks

    right = wrong = 0
    for gold in REAL_LATIN:
        page = gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text("utf-8")
        vocabulary = Vocabulary(page.splitlines())
        written = (GOLD / gold.name.replace(".gold.json", ".marks")).read_text("utf-8")
        for left, line, joined in marks.line_ends(written):
            # only the line ends where the editor or papercut joined: the rest are trivially right
            ours = vocabulary.join(left, line)
            if ours != f"{left} {line}" or joined != f"{left} {line}":
                right, wrong = right + (ours == joined), wrong + (ours != joined)
    assert right / (right + wrong) >= 0.83, (right, wrong)  # 0.41 before the rules of 2026-11-29


def test_real_latin_gold_is_what_its_marks_say() -> None:
    sys.path.insert(0, str(GOLD))
    import marks

    for gold in REAL_LATIN:
        written = (GOLD / gold.name.replace(".gold.json", ".marks")).read_text("utf-8")
        assert marks.build(written) == json.loads(gold.read_text("utf-8")), gold.name
