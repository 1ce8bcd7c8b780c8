"""explain, normalize and schema: seeing what papercut did, and using its parts alone."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import regex
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import GOLDEN, SAMPLES
from papercut.cli import main
from papercut.schema import SCHEMA

PAGE = SAMPLES / "zhejiang-2018-03-30.txt"
EXPLAIN_GOLDEN = GOLDEN / "explain" / "zhejiang-2018-03-30.json"


def test_explain_json_of_the_shipped_page(update_golden: bool) -> None:
    result = CliRunner().invoke(main, ["explain", "--json", str(PAGE)])
    assert result.exit_code == 0, result.stderr
    got = json.loads(result.stdout)
    got["source"]["path"] = PAGE.name
    if update_golden:
        EXPLAIN_GOLDEN.parent.mkdir(exist_ok=True)
        EXPLAIN_GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert got == json.loads(EXPLAIN_GOLDEN.read_text("utf-8"))


def test_explain_names_each_repair_with_its_lines() -> None:
    result = CliRunner().invoke(main, ["explain", "--json", str(PAGE)])
    repairs = json.loads(result.stdout)["repairs"]
    joins = {tuple(r["lines"]): r["detail"] for r in repairs if r["action"] == "join"}
    # `…共同责` / `任。…`: a join the seam model decided names its probability and weightiest cues
    assert regex.fullmatch(r"seam model: joins, p 0\.\d\d \(\w+ [+-]\d\.\d, \w+ [+-]\d\.\d\)", joins[21, 23])
    assert any(r["action"] == "caption lifted" and r["lines"][0] == 17 for r in repairs)
    blocks = json.loads(result.stdout)["blocks"]
    teaser = {
        "lines": [73, 73],
        "role": "teaser",
        "article": None,
        "text": "导读",
        "why": "a teaser box's label (导读)",
    }
    assert teaser in blocks
    # every role says which rule gave it, from the same run that made the articles
    assert all(block["why"] for block in blocks)


def test_explain_on_a_pipe_is_plain_text() -> None:
    result = CliRunner().invoke(main, ["explain", str(PAGE)])
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "L17       caption       #1" in result.stdout


def test_explain_html_is_one_page_linking_pieces_to_their_lines(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["explain", "--html", "-o", str(target), str(PAGE)])
    assert result.exit_code == 0
    page = target.read_text("utf-8")
    assert page.startswith("<!doctype html>") and "<script" not in page and "http" not in page.split("$id")[0]
    assert 'id="L17"' in page and 'href="#L17"' in page
    assert "更深层次更广领域更高水平建设平安浙江" in page


def test_normalize_is_a_unix_filter_keeping_lines() -> None:
    raw = '会上,车俊说:"好"\r\n\r\n２０１９年(市、区)\n'
    result = CliRunner().invoke(main, ["normalize"], input=raw.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("utf-8") == "会上，车俊说：“好”\r\n\r\n2019年（市、区）\n"


def test_normalize_with_convert() -> None:
    result = CliRunner().invoke(main, ["normalize", "--convert", "t2s"], input="會議,開始".encode())
    assert result.stdout == "会议，开始"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("中文,.;:?!()\"'…—-・ ０1a\n。，")), max_size=30))
def test_normalize_command_is_idempotent(text: str) -> None:
    runner = CliRunner()
    once = runner.invoke(main, ["normalize"], input=text.encode("utf-8")).stdout_bytes
    twice = runner.invoke(main, ["normalize"], input=once).stdout_bytes
    assert once == twice


def _broken(page: dict, where: str) -> dict:
    """A copy of `page` with one thing the contract forbids."""
    page = json.loads(json.dumps(page))
    if where == "no articles":
        del page["articles"]
    elif where == "a number for a headline":
        page["articles"][0]["headline"] = 3
    elif where == "a paragraph that is no string":
        page["articles"][0]["paragraphs"] = [{"text": "正文。"}]
    elif where == "a caption without its credit key":
        page["articles"][0]["captions"] = [{"text": "会议现场"}]
    elif where == "an unknown kind in other":
        page["other"] = [{"kind": "weather", "text": "晴"}]
    elif where == "a newline no page has":
        page["source"]["newline"] = "LFCR"
    return page


@pytest.mark.parametrize(
    "where",
    [
        "no articles",
        "a number for a headline",
        "a paragraph that is no string",
        "a caption without its credit key",
        "an unknown kind in other",
        "a newline no page has",
    ],
)
def test_schema_command_prints_a_schema_that_holds_every_output_and_rejects_a_broken_one(where: str) -> None:
    done = CliRunner().invoke(main, ["schema"])
    assert done.exit_code == 0
    printed = json.loads(done.stdout)
    jsonschema.Draft202012Validator.check_schema(printed)
    for golden in sorted(GOLDEN.glob("*.json")):
        jsonschema.validate(json.loads(golden.read_text("utf-8")), printed)
    page = json.loads((GOLDEN / "zhejiang-2018-03-30.json").read_text("utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(_broken(page, where), printed)


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_every_golden_output_follows_the_schema(golden: Path) -> None:
    jsonschema.validate(json.loads(golden.read_text("utf-8")), SCHEMA)


def test_schema_rejects_a_page_missing_its_articles() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {"papercut": 1, "source": {"path": None, "encoding": "utf-8"}, "other": []}, SCHEMA
        )
