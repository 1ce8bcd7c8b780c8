"""Batches as users leave them running overnight: hundreds of pages, some of them broken."""

from __future__ import annotations

import codecs
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import GOLD
from papercut import batch, page_dict, split, to_json
from papercut.cli import main
from papercut.errors import InputError
from papercut.read import read_path

GOOD_SOURCES = sorted(GOLD.glob("*.txt"))


def _make_archive(root: Path, pages: int = 240) -> tuple[list[Path], list[Path]]:
    """Good pages in a two-level tree, plus one broken page of every kind a scanner makes."""
    texts = [p.read_text("utf-8") for p in GOOD_SOURCES]
    good = []
    for i in range(pages):
        day = root / f"1950-{1 + i % 12:02d}" / f"{1 + i % 28:02d}"
        day.mkdir(parents=True, exist_ok=True)
        path = day / f"page-{i:04d}.txt"
        # each page different: a different page and a different number on it
        path.write_text(texts[i % len(texts)].replace("2018", str(1900 + i)), "utf-8")
        good.append(path)
    broken_dir = root / "broken"
    broken_dir.mkdir()
    bad = {
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "empty.txt": b"",
        # random bytes, as compressed data: 10% control bytes (high bytes alone would be read, as
        # cp1252 or with a U+FFFD for each: only binary is refused)
        "noise.txt": random.Random(5).randbytes(4096),
    }
    for name, data in bad.items():
        (broken_dir / name).write_bytes(data)
    chinese = (GOLD / "zhejiang-2018-03-30.txt").read_text("utf-8")
    encoded = {
        "gbk.txt": chinese.encode("gb18030"),
        "utf16.txt": codecs.BOM_UTF16_LE + chinese.encode("utf-16-le"),
        "bom.txt": codecs.BOM_UTF8 + chinese.encode("utf-8"),
        "crlf.txt": chinese.replace("\n", "\r\n").encode("utf-8"),
    }
    for name, data in encoded.items():
        (root / name).write_bytes(data)
        good.append(root / name)
    # unreadable even for root, who reads any file whatever its mode: a link to nowhere
    unreadable = root / "gone.txt"
    unreadable.symlink_to(root / "nowhere" / "page.txt")
    broken = [broken_dir / n for n in bad] + [unreadable]
    return good, broken


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], list[Path]]:
    root = tmp_path_factory.mktemp("archive")
    good, broken = _make_archive(root)
    return root, good, broken


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "papercut", *args], capture_output=True, timeout=300)


def _tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_unreadable_file_is_named(tmp_path: Path) -> None:
    page = tmp_path / "locked.txt"
    page.write_text("平安浙江", "utf-8")
    page.chmod(0)
    done = _run("split", str(page))
    assert done.returncode == 2 and b"permission denied" in done.stderr


def test_batch_writes_every_good_page_as_a_single_run_would_and_names_each_bad_one(
    archive: tuple[Path, list[Path], list[Path]], tmp_path: Path
) -> None:
    root, good, broken = archive
    out = tmp_path / "out"
    done = _run("split", str(root), str(broken[-1]), "-o", str(out), "-j", "2")
    assert done.returncode == 1
    errors = done.stderr.decode().splitlines()
    for path in broken:
        assert any(line.startswith(f"papercut: error: {path}: ") for line in errors), path
    assert "papercut: failed: " in done.stderr.decode()
    files = _tree(out)
    assert len(files) == len(good)
    for page in good[::37] + good[-4:]:
        single = _run("split", str(page))
        assert single.returncode == 0
        written = out / page.relative_to(root).with_suffix(".json")
        assert written.read_bytes() == single.stdout


def _expected_tree(root: Path, good: list[Path]) -> dict[str, bytes]:
    """What `-o DIR` must hold after a batch over `root`: one file a good page, at the page's
    place in the tree with `.json` for `.txt`, holding the page as the library splits it alone;
    nothing for a broken page."""
    tree = {}
    for page in good:
        text, source = read_path(str(page))
        data = json.dumps(page_dict(split(text, source)), ensure_ascii=False, indent=2) + "\n"
        tree[str(page.relative_to(root).with_suffix(".json"))] = data.encode("utf-8")
    return tree


def test_output_is_the_expected_tree_whatever_the_number_of_workers(
    archive: tuple[Path, list[Path], list[Path]], tmp_path: Path
) -> None:
    root, good, _ = archive
    one, four = tmp_path / "one", tmp_path / "four"
    by_one = _run("split", str(root), "-o", str(one), "-j", "1", "-q")
    by_four = _run("split", str(root), "-o", str(four), "-j", "4", "-q")
    assert by_one.returncode == by_four.returncode == 1  # the broken pages failed, alone
    assert by_one.stdout == by_four.stdout == b""
    expected = _expected_tree(root, good)
    assert len(expected) == len(good) > 200
    assert _tree(one) == expected
    assert _tree(four) == expected
    # JSON Lines on stdout, a month of pages and the broken ones: the same whatever the workers
    month = [p for p in good if p.parent.parent.name == "1950-01"]
    serial = _run("split", str(root / "1950-01"), str(root / "broken"), "--jsonl", "-j", "1", "-q")
    parallel = _run("split", str(root / "1950-01"), str(root / "broken"), "--jsonl", "-j", "4", "-q")
    assert serial.returncode == parallel.returncode == 1
    assert serial.stdout == parallel.stdout
    records = [json.loads(line) for line in serial.stdout.splitlines()]
    # every good page's articles in input order, and none from a broken page
    assert list(dict.fromkeys(r["source"]["path"] for r in records)) == [str(p) for p in sorted(month)]


def test_jsonl_records_carry_their_page(archive: tuple[Path, list[Path], list[Path]]) -> None:
    root, good, _ = archive
    done = _run("split", str(root / "1950-01"), "--jsonl", "-q")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records and all(r["source"]["path"].startswith(str(root / "1950-01")) for r in records)
    assert {r["source"]["encoding"] for r in records} == {"utf-8"}


def test_encodings_are_recorded_in_the_source(archive: tuple[Path, list[Path], list[Path]]) -> None:
    root, _, _ = archive
    for name, encoding in [("gbk.txt", "gb18030"), ("utf16.txt", "utf-16-le"), ("bom.txt", "utf-8")]:
        done = _run("split", str(root / name))
        assert done.returncode == 0, done.stderr
        page = json.loads(done.stdout)
        assert page["source"]["encoding"] == encoding
        assert page["articles"], name


def test_resume_skips_pages_already_done(
    archive: tuple[Path, list[Path], list[Path]], tmp_path: Path
) -> None:
    root, good, _ = archive
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["split", str(root / "1950-02"), "-o", str(out), "-j", "1"])
    assert first.exit_code == 0
    written = sorted(out.rglob("*.json"))
    stamp = written[0].stat().st_mtime_ns
    again = runner.invoke(main, ["split", str(root / "1950-02"), "-o", str(out), "--resume"])
    assert again.exit_code == 0
    assert f"0 pages, 0 articles, 0 failed, {len(written)} skipped" in again.stderr
    assert written[0].stat().st_mtime_ns == stamp


def test_glob_the_shell_did_not_expand(archive: tuple[Path, list[Path], list[Path]], tmp_path: Path) -> None:
    root, _, _ = archive
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["split", f"{root}/1950-03/**/*.txt", "-o", str(out), "-q"])
    assert result.exit_code == 0
    assert sorted(p.name for p in out.rglob("*.json")) == sorted(
        p.with_suffix(".json").name for p in (root / "1950-03").rglob("*.txt")
    )


def test_fail_fast_stops_at_the_first_failure(archive: tuple[Path, list[Path], list[Path]]) -> None:
    _, good, broken = archive
    result = CliRunner().invoke(main, ["split", "--fail-fast", str(broken[0]), str(good[0]), "-q"])
    assert result.exit_code == 1
    assert result.stdout == ""


def test_an_input_file_is_never_written_to(tmp_path: Path) -> None:
    page = tmp_path / "page.json"
    page.write_text("平安浙江\n\n本报讯 正文。\n", "utf-8")
    before = page.read_bytes()
    result = CliRunner().invoke(main, ["split", str(page), "-o", str(tmp_path)])
    assert result.exit_code != 0
    assert "refusing to overwrite an input file" in result.stderr
    assert page.read_bytes() == before


@pytest.mark.parametrize("jobs", ["1", "2", "3"])
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_run_leaves_no_partial_file(
    archive: tuple[Path, list[Path], list[Path]], tmp_path: Path, signum: int, jobs: str
) -> None:
    """Stopped half-way, with one worker or several: status 130, every file written is whole,
    and no temporary `.part` file is left behind (each worker holds the signal while it writes)."""
    root, good, _ = archive
    out = tmp_path / "out"
    many = [str(root)] * 20  # the archive twenty times over: long enough to stop half-way
    proc = subprocess.Popen(
        [sys.executable, "-m", "papercut", "split", *many, "-o", str(out), "-j", jobs, "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    # let the workers get going: several pages written, so signals land while others are written
    while len(list(out.rglob("*.json"))) < 8 and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"interrupted" in err
    assert not list(out.rglob("*.part")), sorted(p.name for p in out.rglob("*.part"))
    written = sorted(out.rglob("*.json"))
    assert written, "stopped before any page was written"
    for path in written:
        json.loads(path.read_text("utf-8"))  # every file there is whole
    assert len(written) < len(good), "the run ended before the signal: nothing was interrupted"


def _write_slowly(target: str, inside: str) -> None:
    """A pool worker in the middle of writing a page: the rename into place takes two seconds,
    and `inside` appears when the temporary file is there."""
    batch._start_worker(frozenset())
    rename = os.replace

    def slow_rename(source: str, destination: str) -> None:
        Path(inside).touch()
        time.sleep(2)
        rename(source, destination)

    os.replace = slow_rename  # type: ignore[assignment]  # this child process only
    batch.write_atomic(target, '{"papercut": 1}')
    time.sleep(30)  # the SIGTERM held during the write ends the worker here


def test_a_worker_terminated_mid_write_finishes_the_file_then_dies(tmp_path: Path) -> None:
    """What `-j N` relies on: the parent stops its pool by SIGTERM, and a worker caught inside a
    write holds it until the file is renamed into place, so no `.part` file is left."""
    target, inside = tmp_path / "out" / "page.json", tmp_path / "inside"
    worker = multiprocessing.get_context("fork").Process(
        target=_write_slowly, args=(str(target), str(inside))
    )
    worker.start()
    deadline = time.monotonic() + 30
    while not inside.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert inside.exists(), "the worker never started writing"
    os.kill(worker.pid or 0, signal.SIGTERM)
    worker.join(timeout=30)
    assert worker.exitcode == -signal.SIGTERM  # it died of the signal, once the write was done
    assert json.loads(target.read_text("utf-8")) == {"papercut": 1}
    assert sorted(p.name for p in target.parent.iterdir()) == ["page.json"]


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: costs no disk
    result = CliRunner().invoke(main, ["split", str(huge)])
    assert result.exit_code == 2
    assert f"{huge}: too large: 104,857,600 bytes" in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_that_cannot_be_written_fails_alone(tmp_path: Path, jobs: str) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a", "b", "c"):
        (pages / f"{name}.txt").write_text("平安浙江\n\n本报讯 正文。\n", "utf-8")
    out = tmp_path / "out"
    (out / "b.json").mkdir(parents=True)  # a folder where b's output should go
    result = CliRunner().invoke(main, ["split", str(pages), "-o", str(out), "-j", jobs])
    assert result.exit_code == 1
    assert f"{out / 'b.json'}: cannot write" in result.stderr
    assert "2 pages, 2 articles, 1 failed" in result.stderr
    assert json.loads((out / "a.json").read_text("utf-8"))["articles"]
    assert json.loads((out / "c.json").read_text("utf-8"))["articles"]
    assert not list(out.rglob("*.part"))


def test_discovery_expands_folders_globs_and_files_into_the_tree_they_mirror(tmp_path: Path) -> None:
    for name in (
        "a/2.txt",
        "a/10.txt",
        "a/b/1.txt",
        "a/b-c/1.txt",
        "a-b/1.txt",
        "a/skip.json",
        "c.txt",
        "d/1.txt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("平安浙江\n", "utf-8")
    root = str(tmp_path)
    tasks, missing = batch.discover(
        [
            f"{root}/a",
            f"{root}/c.txt",
            f"{root}/a-*/*.txt",
            "-",
            f"{root}/d",
            f"{root}/gone.txt",
            f"{root}/none/*.txt",
        ]
    )
    assert [(os.path.relpath(t.path, root) if t.path != "-" else t.path, t.relative) for t in tasks] == [
        ("a/10.txt", "10.txt"),  # folder by folder, each sorted as paths sort
        ("a/2.txt", "2.txt"),
        ("a/b/1.txt", "b/1.txt"),  # `b/` before `b-c/`, as folders sort
        ("a/b-c/1.txt", "b-c/1.txt"),
        ("c.txt", "c.txt"),
        ("a-b/1.txt", "a-b/1.txt"),  # a glob mirrors the tree from where it starts
        ("-", "stdin.txt"),
        ("d/1.txt", "1.txt"),
    ]
    assert [(r.task, r.error) for r in missing] == [
        (batch.Task(f"{root}/gone.txt", f"{root}/gone.txt"), f"{root}/gone.txt: no such file"),
        (batch.Task(f"{root}/none/*.txt", f"{root}/none/*.txt"), f"{root}/none/*.txt: no file matches"),
    ]
    # `**` goes down any number of folders
    deep = batch.discover([f"{root}/**/1.txt"])[0]
    assert [t.relative for t in deep] == ["a/b/1.txt", "a/b-c/1.txt", "a-b/1.txt", "d/1.txt"]
    assert all(r.text is None and r.articles == 0 for r in missing)
    assert [t.relative for t in batch.discover([f"{root}/a"], "*.json")[0]] == ["skip.json"]


def test_where_output_goes_and_when_a_page_is_done(tmp_path: Path) -> None:
    task = batch.Task(str(tmp_path / "p.txt"), "1950/01/p.txt")
    assert batch.out_path("out", task, jsonl=False) == os.path.join("out", "1950/01/p.json")
    assert batch.out_path("out", task, jsonl=True) == os.path.join("out", "1950/01/p.jsonl")
    target = tmp_path / "p.json"
    assert not batch.is_done(task, str(target))  # neither exists
    Path(task.path).write_text("平安浙江\n", "utf-8")
    assert not batch.is_done(task, str(target))  # no output yet
    target.write_text("{}", "utf-8")
    os.utime(task.path, (1_000_000, 1_000_000))
    assert batch.is_done(task, str(target))  # the output is newer
    os.utime(target, (1_000_000, 1_000_000))
    assert batch.is_done(task, str(target))  # or as old: written in the same tick
    os.utime(task.path, None)
    os.utime(target, (1_000_000, 1_000_000))
    assert not batch.is_done(task, str(target))  # the page changed since


def test_a_page_is_processed_to_its_bytes_or_to_one_reason(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("平安浙江\n\n本报讯 会议今日举行。\n", "utf-8")
    bad.write_bytes(b"")
    task = batch.Task(str(good), "good.txt")
    result = batch.process_page(task, batch.Options())
    assert (result.task, result.error, result.articles, result.written) == (task, None, 1, False)
    assert result.text == to_json(split(*read_path(str(good))))
    failed = batch.process_page(batch.Task(str(bad), "bad.txt"), batch.Options())
    assert (failed.text, failed.error, failed.articles) == (None, f"{bad}: empty file", 0)
    jsonl = batch.process_page(batch.Task(str(good), "good.txt"), batch.Options(format="jsonl"))
    assert jsonl.text is not None and json.loads(jsonl.text)["source"]["path"] == str(good)
    compact = batch.process_page(task, batch.Options(indent=None))
    assert compact.text is not None and "\n" not in compact.text
    assert json.loads(compact.text) == json.loads(result.text or "")
    forced = batch.process_page(task, batch.Options(encoding="latin-1"))
    assert forced.text is not None and json.loads(forced.text)["source"]["encoding"] == "iso8859-1"
    out = tmp_path / "out"
    elsewhere = batch.Task(str(good), "x/good.txt")
    written = batch.process_page(elsewhere, batch.Options(out_dir=str(out)))
    assert (written.task, written.text, written.written, written.articles) == (elsewhere, "", True, 1)
    assert (out / "x" / "good.json").read_text("utf-8") == result.text + "\n"
    batch.process_page(elsewhere, batch.Options(format="jsonl", out_dir=str(out)))
    assert (out / "x" / "good.jsonl").read_text("utf-8") == jsonl.text
    (out / "y" / "good.json").mkdir(parents=True)  # a folder where the page should go
    blocked = batch.process_page(batch.Task(str(good), "y/good.txt"), batch.Options(out_dir=str(out)))
    assert blocked.error == f"{out / 'y' / 'good.json'}: cannot write: Is a directory"


def test_a_bug_on_one_page_is_that_pages_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.txt"
    page.write_text("平安浙江\n", "utf-8")

    def broken(*_: object, **__: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(batch, "split", broken)
    task = batch.Task(str(page), "page.txt")
    result = batch.process_page(task, batch.Options())
    assert (result.task, result.text, result.error) == (
        task,
        None,
        f"{page}: internal error: KeyError: 'boom'",
    )


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_whatever_the_workers(tmp_path: Path, jobs: int) -> None:
    names = [f"{i:02d}.txt" for i in range(12)]
    for i, name in enumerate(names):
        (tmp_path / name).write_text("平安浙江\n\n" + "本报讯 会议今日举行。\n\n" * (i % 3 + 1), "utf-8")
    tasks = [batch.Task(str(tmp_path / n), n) for n in names]
    results = list(batch.run(tasks, batch.Options(), jobs))
    assert [r.task for r in results] == tasks
    assert [r.text for r in results] == [to_json(split(*read_path(t.path))) for t in tasks]


def test_a_write_over_a_page_of_the_batch_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.json"
    page.write_text("{}", "utf-8")
    with pytest.raises(InputError) as refused:
        batch.write_atomic(page, "[]", frozenset({os.path.realpath(page)}))
    assert str(refused.value) == f"{page}: refusing to overwrite an input file"
    assert page.read_text("utf-8") == "{}"
    batch.write_atomic(tmp_path / "new" / "out.json", "[]\n")
    assert (tmp_path / "new" / "out.json").read_text("utf-8") == "[]\n"  # one line end, not two
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["out.json"]


def test_a_glob_mirrors_the_tree_from_its_fixed_folder() -> None:
    assert batch._glob_root("issues/1950-*/*.txt") == "issues"
    assert batch._glob_root("issues/1950/??.txt") == "issues/1950"
    assert batch._glob_root("*.txt") == "."
    assert batch._relative("issues/1950/01/p.txt", "issues") == "1950/01/p.txt"
    assert batch._relative("/elsewhere/p.txt", "issues") == "p.txt"  # outside the root: its name


def test_a_page_written_without_a_folder_goes_where_the_batch_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    batch.write_atomic("page.json", "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.json"]


def test_a_batch_in_this_process_leaves_its_signals_alone(tmp_path: Path) -> None:
    """`-j 1` runs in the command's own process: Ctrl-C must still stop it."""
    page = tmp_path / "page.txt"
    page.write_text("平安浙江\n", "utf-8")
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)

    def on_term(signum: int, frame: object) -> None:
        """What the command's own SIGTERM handler stands for here."""

    try:  # handlers of the command's own, whatever the test runner set
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, on_term)
        list(batch.run([batch.Task(str(page), "page.txt")] * 2, batch.Options(), 1))
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
        assert signal.getsignal(signal.SIGTERM) is on_term
    finally:
        signal.signal(signal.SIGINT, before[0])
        signal.signal(signal.SIGTERM, before[1])


def test_a_worker_leaves_ctrl_c_to_the_parent_and_dies_on_sigterm() -> None:
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    try:
        batch._start_worker(frozenset({"/in/page.txt"}))
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
        assert batch._protected == frozenset({"/in/page.txt"})
    finally:
        signal.signal(signal.SIGINT, before[0])
        signal.signal(signal.SIGTERM, before[1])
        batch._protected = frozenset()


def test_workers_refuse_to_write_over_a_page_of_the_batch(tmp_path: Path) -> None:
    pages = [tmp_path / "a.json", tmp_path / "b.json"]
    for page in pages:
        page.write_text("平安浙江\n\n本报讯 正文。\n", "utf-8")
    tasks = [batch.Task(str(p), p.name) for p in pages]
    protected = frozenset(os.path.realpath(p) for p in pages)
    results = list(batch.run(tasks, batch.Options(out_dir=str(tmp_path)), 2, protected))
    assert [r.error for r in results] == [f"{p}: refusing to overwrite an input file" for p in pages]
    assert all(p.read_text("utf-8") == "平安浙江\n\n本报讯 正文。\n" for p in pages)


def test_a_page_is_written_through_a_hidden_part_file_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    renamed: list[tuple[str, str]] = []
    rename = os.replace

    def spy(source: str, destination: str) -> None:
        renamed.append((source, destination))
        rename(source, destination)

    monkeypatch.setattr(os, "replace", spy)
    target = tmp_path / "out" / "page.json"
    batch.write_atomic(target, "{}")
    [(source, destination)] = renamed
    assert destination == str(target)
    assert os.path.dirname(source) == str(target.parent)  # one file system: the rename is atomic
    name = os.path.basename(source)
    assert name.startswith(".page.json.") and name.endswith(".part") and len(name) > len(".page.json..part")
