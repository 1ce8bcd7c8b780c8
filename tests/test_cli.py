"""The command as a user runs it: through click's CliRunner, and once as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from papercut.cli import main

PAGE = SAMPLES / "zhejiang-2018-03-30.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_split_prints_one_json_page(runner: CliRunner) -> None:
    result = runner.invoke(main, ["split", str(PAGE)])
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    assert list(page) == ["papercut", "source", "articles", "other"]
    assert [a["headline"] for a in page["articles"]] == [
        "更深层次更广领域更高水平建设平安浙江",
        "警营文化“润物细无声” 民警“不用扬鞭自奋蹄”",
    ]


def test_stdin_is_a_dash(runner: CliRunner) -> None:
    result = runner.invoke(main, ["split", "-"], input=PAGE.read_bytes())
    assert result.exit_code == 0
    page = json.loads(result.stdout)
    assert page["source"]["path"] == "<stdin>"
    assert len(page["articles"]) == 2


def test_jsonl_is_one_article_a_line_with_its_source(runner: CliRunner) -> None:
    result = runner.invoke(main, ["split", "--jsonl", str(PAGE)])
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    record = json.loads(lines[1])
    assert record["source"]["path"] == str(PAGE) and record["article"] == 1
    assert record["byline"] == "本报记者 陈佳妮"


def test_text_output_is_readable(runner: CliRunner) -> None:
    result = runner.invoke(main, ["split", "--text", str(PAGE)])
    assert "[headline] 更深层次更广领域更高水平建设平安浙江" in result.stdout


def test_binary_file_is_one_line_naming_it_and_status_2(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(main, ["split", str(bad)])
    assert result.exit_code == 2
    assert result.stderr == f"papercut: error: {bad}: not text: binary data at byte 0 (33% control bytes)\n"
    assert result.stdout == ""


def test_missing_file_is_status_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["split", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt: no such file" in result.stderr


def test_unknown_convert_config_lists_the_valid_ones(runner: CliRunner) -> None:
    result = runner.invoke(main, ["split", "--convert", "x2y", str(PAGE)])
    assert result.exit_code == 2
    assert "t2s" in result.stderr and "s2tw" in result.stderr


def test_convert_s2t_changes_text_not_offsets(runner: CliRunner) -> None:
    plain = json.loads(runner.invoke(main, ["split", str(PAGE)]).stdout)
    converted = json.loads(runner.invoke(main, ["split", "--convert", "s2t", str(PAGE)]).stdout)
    assert converted["articles"][1]["byline"] == "本報記者 陳佳妮"
    assert converted["articles"][1]["spans"] == plain["articles"][1]["spans"]


def test_help_teaches_the_inputs_and_exit_statuses(runner: CliRunner) -> None:
    result = runner.invoke(main, ["split", "--help"])
    assert "- for standard input" in result.output and "Exit status" in result.output


def test_a_real_process_with_a_pipe_prints_plain_json() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "papercut", "split", str(PAGE)], capture_output=True, check=True
    )
    assert json.loads(done.stdout)["papercut"] == 1
    assert done.stderr == b""


def test_quotes_curls_latin_quotes_only_when_asked(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "en.txt"
    page.write_text('FIRE DESTROYS MILL.\n"It was a fine mill," said the owner\'s son--sadly.\n', "utf-8")
    plain = json.loads(runner.invoke(main, ["split", str(page)]).stdout)
    curled = json.loads(runner.invoke(main, ["split", "--quotes", str(page)]).stdout)
    assert plain["articles"][0]["paragraphs"] == ['"It was a fine mill," said the owner\'s son--sadly.']
    assert curled["articles"][0]["paragraphs"] == ["“It was a fine mill,” said the owner’s son—sadly."]


def test_a_directory_without_pages_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["split", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"papercut: error: no pages found in {tmp_path} (looking for *.txt; see --glob)\n"
