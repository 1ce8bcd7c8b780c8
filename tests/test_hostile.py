"""Damaged and hostile input (issue 13): odd file names, files that are not pages, damaged
bytes through the command, the per-page time budget, output modes, and work that must stay
linear in the page's size. The decoding rules themselves are in test_read.py."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import GOLD
from papercut import batch, cues, split
from papercut.cli import main
from papercut.hyphens import REACH, Vocabulary
from papercut.model import join_lines

CHINESE = (GOLD / "zhejiang-2018-03-30.txt").read_bytes()
ENGLISH = (GOLD / "en-composed.txt").read_bytes()


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "papercut", *args], capture_output=True, timeout=300, cwd=cwd
    )


# --- file names as the operating system gives them


@pytest.mark.skipif(sys.platform != "linux", reason="names that are not UTF-8: a Linux file system")
def test_a_name_that_is_not_utf8_is_read_reported_escaped_and_mirrored(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    raw = os.fsencode(pages) + b"/bad\xffname.txt"
    with open(raw, "wb") as handle:
        handle.write(CHINESE)
    single = _run("split", os.fsdecode(raw))
    assert single.returncode == 0, single.stderr
    assert json.loads(single.stdout)["source"]["path"] == f"{pages}/bad\\xffname.txt"
    out = tmp_path / "out"
    done = _run("split", str(pages), "-o", str(out), "-j", "2")
    assert done.returncode == 0, done.stderr
    assert os.listdir(os.fsencode(out)) == [b"bad\xffname.json"]  # the same bytes, mirrored
    missing = _run("split", os.fsdecode(os.fsencode(pages) + b"/gone\xfe.txt"))
    assert missing.returncode == 2
    assert missing.stderr == f"papercut: error: {pages}/gone\\xfe.txt: no such file\n".encode()


# --- output files follow the umask


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_follow_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(CHINESE)
    code = (
        f"import os, sys; os.umask({umask}); from papercut.cli import main; "
        f"sys.argv = ['papercut', 'split', {str(page)!r}, '-o', {str(tmp_path / 'out')!r}]; main()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "page.json").stat().st_mode & 0o777 == mode


# --- inputs passed over, and whole messages


def test_every_input_passed_over_is_named(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(CHINESE)
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    for inputs in ([str(tmp_path)], [str(tmp_path / "*.txt")]):
        result = CliRunner().invoke(main, ["split", *inputs, "-q"])
        assert result.exit_code == 0
        assert f"papercut: warning: {tmp_path / 'folder.txt'}: skipped: a directory, not a page\n" in (
            result.stderr
        )
        assert f"papercut: warning: {tmp_path / 'gone.txt'}: skipped: a link to nowhere" in result.stderr
        assert json.loads(result.stdout)["source"]["path"] == str(tmp_path / "good.txt")  # once


def test_only_things_passed_over_is_no_pages_found(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    result = CliRunner().invoke(main, ["split", str(tmp_path)])
    assert result.exit_code == 2
    assert "no pages found" in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_interrupt_message_is_one_whole_sentence(tmp_path: Path, jobs: str) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(400):
        (pages / f"p{number:03d}.txt").write_bytes(CHINESE)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "papercut", "split", str(pages), "-o", str(out), "-j", jobs, "-q"],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not any(out.rglob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.decode().splitlines() == [
        "papercut: interrupted; the pages finished are written, and no partial file is left behind"
    ]


# --- damaged bytes through the command


def test_a_damaged_page_is_split_with_one_warning_naming_it(tmp_path: Path) -> None:
    page = tmp_path / "damaged.txt"
    at = CHINESE.index("本报".encode())
    page.write_bytes(CHINESE[:at] + b"\xff\x00" + CHINESE[at:])
    (tmp_path / "good.txt").write_bytes(CHINESE)
    warning = f"papercut: warning: {page}: 2 damaged bytes (not utf-8, or control characters) read as U+FFFD"
    for args in (
        ["split", str(page)],
        ["split", str(page), "--encoding", "utf-8"],
        ["split", str(tmp_path), "-j", "2", "-o", str(tmp_path / "o")],
    ):
        done = _run(*args)
        assert done.returncode == 0, done.stderr
        assert [line for line in done.stderr.decode().splitlines() if "warning" in line] == [warning]
    first = json.loads(_run("split", str(page)).stdout)
    assert first["source"]["replaced"] == 2 and first["articles"]
    for command in (["normalize", str(page)], ["explain", str(page)]):
        assert warning in _run(*command).stderr.decode()


# --- a time budget per page


def _slow_on(name: str):  # type: ignore[no-untyped-def]
    def slow_split(text, source=None, **kwargs):  # type: ignore[no-untyped-def]
        if source is not None and name in (source.path or ""):
            time.sleep(60)
        return split(text, source, **kwargs)

    return slow_split


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_over_its_time_budget_fails_alone_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    for name in ("a.txt", "slow.txt", "z.txt"):
        (tmp_path / name).write_bytes(CHINESE)
    monkeypatch.setattr(batch, "split", _slow_on("slow.txt"))  # workers are forked: they see it
    started = time.monotonic()
    result = CliRunner().invoke(main, ["split", str(tmp_path), "--page-timeout", "0.5", "-j", jobs, "-q"])
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert (
        result.stderr == f"papercut: error: {tmp_path / 'slow.txt'}: stopped after 0.5 s (--page-timeout)\n"
    )
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "z.txt"),
    ]


def test_the_time_budget_leaves_no_timer_behind() -> None:
    task = batch.Task(str(GOLD / "zhejiang-2018-03-30.txt"), "page.txt")
    assert batch.process_page(task, batch.Options(page_timeout=60)).error is None
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL


# --- line wraps joined by script


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["全省建设", "平安浙江"], "全省建设平安浙江"),
        (["ひらがなの", "カタカナ"], "ひらがなのカタカナ"),
        (["поддержка малого", "бизнеса"], "поддержка малого бизнеса"),
        (["малого бизнеса,", "и работы"], "малого бизнеса, и работы"),
        (["η ελληνική", "γλώσσα"], "η ελληνική γλώσσα"),
        (["한국 경제는", "성장했다"], "한국 경제는 성장했다"),
        (["اللغة", "العربية"], "اللغة العربية"),
        (["2018年3月,", "ABC公司"], "2018年3月,ABC公司"),  # Chinese punctuation to be: no space
        (["предпри-", "ятие"], "предпри-ятие"),  # English hyphen rules are not Russian ones
    ],
)
def test_line_wraps_are_joined_by_script(lines: list[str], joined: str) -> None:
    assert join_lines(lines, "zh") == joined


def test_a_wrapped_cyrillic_paragraph_keeps_its_word_spaces() -> None:
    page = split("Развитие малого\nбизнеса, и работы государства\nв городе предпри-\nятие работает.\n")
    assert [p.text for a in page.articles for p in a.paragraphs] == [
        "Развитие малого бизнеса, и работы государства в городе предпри-ятие работает."
    ]


# --- linear work


def test_a_paragraph_of_many_lines_is_joined_looking_only_at_its_tail(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looked: list[int] = []
    seam = Vocabulary.seam

    def counted(self: Vocabulary, left: str, right: str) -> tuple[int, str]:
        looked.append(len(left))
        return seam(self, left, right)

    monkeypatch.setattr(Vocabulary, "seam", counted)
    lines = ["the gov-", "ernment of", "the well-", "known state", "said it"] * 2000
    page = split("\n".join(lines) + "\n")
    assert len(looked) >= len(lines) - 1 and max(looked) <= REACH  # never the paragraph so far
    text = " ".join(p.text for a in page.articles for p in a.paragraphs)
    assert text.count("government of the well-known state said it") == 2000


def test_joining_many_lines_at_once_is_joining_them_one_by_one() -> None:
    vocabulary = Vocabulary(["the government", "a well-known man"])
    lines = [
        "a gov-",
        "ern-",
        "ment",
        "",
        "well-",
        "known",
        "in 1902-",
        "1903",
        "the dem",
        "ocrats",
        "-",
        "x",
    ]
    one_by_one = lines[0]
    for line in lines[1:]:
        one_by_one = vocabulary.join(one_by_one, line)
    assert vocabulary.join_all(lines) == one_by_one


def test_an_english_page_counts_its_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # blocks counts the page's words for the joins at line ends and repair joins at column
    # breaks with the same counts: counting again cost an English page 6-8% of its time
    counted: list[int] = []
    count = Vocabulary.__init__

    def once(self: Vocabulary, lines: list[str]) -> None:
        counted.append(len(lines))
        count(self, lines)

    monkeypatch.setattr(Vocabulary, "__init__", once)
    page = split((GOLD / "nytribune_1903-05-01_p1_ocr.txt").read_text("utf-8"))
    assert any(d.stage == "repair" and d.action == "join" for d in page.decisions)
    assert len(counted) == 1


@pytest.mark.parametrize(
    "line",
    [
        "By Associated Press.",
        "BY ASSOCIATED PRESS",
        "By Aſſociated Preſs.",  # the long s: the pattern's IGNORECASE reads it as `s`
        "[BY CABLE TO THE TRIBUNE.]",
        "By Leaſed Wire to The Tribune",
        "(Special Cable to The Tribune.)",
        "kSsooIfttcrt Press",
        "the president of the company",
        "went to town",
        "Paris, to the",
    ],
)
def test_a_wire_credit_is_found_as_the_pattern_alone_finds_it(line: str) -> None:
    # `wire_credit` searches only a line holding `to t` or `pres`, in any case: never a credit less
    assert cues.wire_credit(line) == (cues.LATIN_WIRE.search(line) is not None)


def test_the_needles_before_the_latin_patterns_lose_no_line() -> None:
    # every line of the gold pages, as printed and in capitals: the cheap look first decides
    # each as the pattern alone does
    lines = {t for path in GOLD.glob("*.txt") for t in path.read_text("utf-8").splitlines()}
    lines |= {t.upper() for t in lines}
    assert any(cues.LATIN_WIRE.search(t) for t in lines) and any(cues.ADVT.search(t) for t in lines)
    for line in lines:
        assert cues.wire_credit(line) == (cues.LATIN_WIRE.search(line) is not None), line
        assert cues.ends_advt(line) == (cues.ADVT.search(line) is not None), line
