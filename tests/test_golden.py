"""Real and composed pages in, the exact JSON papercut gave when a person last checked it out,
and that JSON judged against the page's gold, field by field.

A change in output fails here. `pytest tests/test_golden.py --update-golden` rewrites a golden
file only when its page scores no lower against gold on any figure; review the diff like code.
Where the golden output and the gold disagree (a kicker read as the headline, a caption's
credit lost, a furniture line taken for an ad) the test fails unless the disagreement is listed,
with the reason it is not mended yet, in tests/gold/known-misses.json; a listed miss that no
longer happens fails too, so the list only shrinks.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import GOLD, GOLDEN, ROOT
from papercut import page_dict, split
from papercut.read import read_path

sys.path.insert(0, str(ROOT / "tests" / "eval"))
import score  # noqa: E402

PAGES = sorted(GOLD.glob("*.txt"))
KNOWN_MISSES = GOLD / "known-misses.json"
HEADINGS = ("kicker", "headline", "subheadline")


def _output(page: Path) -> dict:
    text, source = read_path(page)
    data = page_dict(split(text, source))
    data["source"]["path"] = page.name  # the same wherever the checkout lives
    return data


def _gold(page: Path) -> dict:
    return json.loads(page.with_name(page.stem + ".gold.json").read_text("utf-8"))


def _figures(gold: dict, got: dict) -> dict[str, float]:
    tally = score.Tally()
    score.score_page(gold, got, tally)
    return tally.figures()


def _pairs(golds: list[score.Article], preds: list[score.Article]) -> dict[int, int]:
    """Gold article -> the predicted article it is matched with, as the scorer matches them:
    greedily by the share of the gold article's text they have in common, at least half."""
    shares = sorted(
        (
            (score.overlap(g, p) / max(g.size, 1), i, j)
            for i, g in enumerate(golds)
            for j, p in enumerate(preds)
        ),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    for share, i, j in shares:
        if share >= 0.5 and i not in pairs and j not in pairs.values():
            pairs[i] = j
    return pairs


def _differ(gold: list[str], got: list[str]) -> str:
    missing, extra = Counter(gold) - Counter(got), Counter(got) - Counter(gold)
    return f"missing {sorted(missing)}, extra {sorted(extra)}"


def disagreements(gold: dict, got: dict) -> dict[str, str]:
    """Every place the output and the gold differ, by a stable name (`3. headline`: the third
    gold article's headline; `other`: what belongs to no article) -> what differs.

    Headings are compared one by one, so a kicker read as the headline shows even where the
    joined heading is right; text as the scorer compares it (white space aside, punctuation kept).
    """
    golds = [score.Article(a) for a in gold["articles"]]
    preds = [score.Article(a) for a in got["articles"]]
    pairs = _pairs(golds, preds)
    found: dict[str, str] = {}
    for i, g in enumerate(golds):
        name = f"{i + 1}. "
        if i not in pairs:
            found[name + "article"] = f"not found: {g.heading or g.paragraphs[:1]}"
            continue
        p = preds[pairs[i]]
        singles = [*zip(HEADINGS, g.fields, p.fields, strict=True)]
        singles += [("byline", g.byline, p.byline), ("dateline", g.dateline, p.dateline)]
        for field, want, have in singles:
            if score.squash(want) != score.squash(have):
                found[name + field] = f"gold {want!r}, got {have!r}"
        for field, want_all, have_all in (
            ("paragraphs", [score.squash(x) for x in g.paragraphs], [score.squash(x) for x in p.paragraphs]),
            ("captions", g.credited, p.credited),
        ):
            if Counter(want_all) != Counter(have_all):
                found[name + field] = _differ(want_all, have_all)
    for j, p in enumerate(preds):
        if j not in pairs.values():
            found[f"extra article {j + 1}"] = f"{p.heading or p.paragraphs[:1]}"
    # what belongs to no article, by kind: which printed letters are furniture, teaser or ad
    # (a header and the weather ear under it are one piece of furniture or two alike)
    kinds = [
        {
            kind: Counter(
                "".join(score.content(o["text"]) for o in page.get("other") or [] if o["kind"] == kind)
            )
            for kind in {o["kind"] for o in (gold.get("other") or []) + (got.get("other") or [])}
        }
        for page in (gold, got)
    ]
    for kind in sorted(kinds[0]):
        if kinds[0][kind] != kinds[1][kind]:
            items = [
                [o["text"][:24] for o in page.get("other") or [] if o["kind"] == kind] for page in (gold, got)
            ]
            found[f"other {kind}"] = f"gold {items[0]}, got {items[1]}"
    return found


def _known_misses() -> dict[str, dict[str, str]]:
    return json.loads(KNOWN_MISSES.read_text("utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_gives_its_golden_json(page: Path, update_golden: bool) -> None:
    expected_file = GOLDEN / f"{page.stem}.json"
    got = _output(page)
    if update_golden:
        if expected_file.exists():
            gold, before = _gold(page), json.loads(expected_file.read_text("utf-8"))
            old, new = _figures(gold, before), _figures(gold, got)
            lower = {k: (old[k], new[k]) for k in score.FIELDS if new[k] < old[k]}
            assert not lower, f"not rewriting {expected_file.name}: it scores lower against gold: {lower}"
        expected_file.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert expected_file.exists(), f"no golden file for {page.name}: run with --update-golden"
    assert got == json.loads(expected_file.read_text("utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_golden_json_agrees_with_gold_but_for_known_misses(page: Path) -> None:
    golden = json.loads((GOLDEN / f"{page.stem}.json").read_text("utf-8"))
    found = disagreements(_gold(page), golden)
    listed = _known_misses().get(page.stem, {})
    unlisted = {k: v for k, v in found.items() if k not in listed}
    assert not unlisted, f"{page.stem}: golden output disagrees with gold (mend it or list it): {unlisted}"
    mended = sorted(set(listed) - set(found))
    assert not mended, f"{page.stem}: no longer missed, take them off {KNOWN_MISSES.name}: {mended}"


def test_every_known_miss_names_a_page_and_gives_a_reason() -> None:
    stems = {p.stem for p in PAGES}
    for page, misses in _known_misses().items():
        assert page in stems, page
        for name, reason in misses.items():
            assert len(reason.split()) >= 4, f"{page}: {name}: say why it is not mended"


def test_every_golden_file_has_its_page_and_every_page_its_gold() -> None:
    stems = {p.stem for p in PAGES}
    assert {f.stem for f in GOLDEN.glob("*.json")} <= stems
    assert all(p.with_name(p.stem + ".gold.json").exists() for p in PAGES)
