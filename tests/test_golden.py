"""Real and composed pages in, the exact JSON papercut gave when a person last checked it out.

A change in output fails here; if the change is right, rewrite with
`pytest tests/test_golden.py --update-golden` and review the diff like code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GOLD, GOLDEN
from papercut import page_dict, split
from papercut.read import read_path

PAGES = sorted(GOLD.glob("*.txt"))


def _output(page: Path) -> dict:
    text, source = read_path(page)
    data = page_dict(split(text, source))
    data["source"]["path"] = page.name  # the same wherever the checkout lives
    return data


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_gives_its_golden_json(page: Path, update_golden: bool) -> None:
    expected_file = GOLDEN / f"{page.stem}.json"
    got = _output(page)
    if update_golden:
        expected_file.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert expected_file.exists(), f"no golden file for {page.name}: run with --update-golden"
    assert got == json.loads(expected_file.read_text("utf-8"))


def test_every_golden_file_has_its_page() -> None:
    stems = {p.stem for p in PAGES}
    assert {f.stem for f in GOLDEN.glob("*.json")} <= stems
