"""The same pipeline on Dask: byte-identical pages and the same error report as the local batch."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
fsspec = pytest.importorskip("fsspec")

import papercut.dask as pd  # noqa: E402
from papercut.batch import Options  # noqa: E402
from test_batch import _make_archive, _tree  # noqa: E402


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "papercut", *args], capture_output=True, timeout=600)


def _report(stderr: bytes) -> list[str]:
    """The error report without the run time, which differs from run to run."""
    return [re.sub(r" in \d+\.\d s$", "", line) for line in stderr.decode().splitlines()]


@pytest.fixture
def dashboard_port_taken() -> object:
    """Port 8787, distributed's default dashboard port, held as another cluster on the machine
    would hold it (if something holds it already, so much the better)."""
    holder = socket.socket()
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        holder.bind(("0.0.0.0", 8787))
        holder.listen()
    except OSError:
        pass
    yield
    holder.close()


@pytest.mark.usefixtures("dashboard_port_taken")
def test_local_cluster_matches_the_local_batch_byte_for_byte(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    good, broken = _make_archive(root, pages=200)
    local, on_dask = tmp_path / "local", tmp_path / "dask"
    inputs = [str(root), str(broken[-1])]
    batch_run = _run("split", *inputs, "-o", str(local), "-j", "2")
    dask_run = _run("split", *inputs, "-o", str(on_dask), "--dask", "local", "-j", "2")
    assert batch_run.returncode == dask_run.returncode == 1
    assert _tree(local) == _tree(on_dask)
    assert len(_tree(on_dask)) == len(good)
    assert _report(batch_run.stderr) == _report(dask_run.stderr)
    jsonl_batch = _run("split", str(root / "1950-01"), "--jsonl", "-q")
    jsonl_dask = _run("split", str(root / "1950-01"), "--jsonl", "-q", "--dask", "local", "-j", "2")
    assert jsonl_batch.stdout == jsonl_dask.stdout and jsonl_batch.stdout


def test_bag_and_writers_on_an_fsspec_filesystem(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    _make_archive(root, pages=12)
    memory = fsspec.filesystem("memory")
    for page in sorted((root / "1950-02").rglob("*.txt")):
        memory.pipe(f"/in/{page.name}", page.read_bytes())
    with dask.config.set(scheduler="synchronous"):  # memory:// lives in this process
        tasks, missing = pd.discover(["memory://in/"])
        assert not missing and [t.relative for t in tasks] == ["page-0001.txt"]
        bag = pd.split_bag(tasks, Options(format="jsonl"))
        errors = pd.write_jsonl(bag, "memory://out/")
        assert errors == []
        written = memory.cat("/out/part-00000.jsonl").decode()
        records = [json.loads(line) for line in written.splitlines()]
        assert records and records[0]["source"]["path"] == "memory:///in/page-0001.txt"
        pages = pd.split_bag(["memory://in/*.txt"])
        assert pd.write_pages(pages, "memory://pages/") == []
        assert memory.exists("/pages/page-0001.json")


def test_urls_without_dask_are_a_usage_error() -> None:
    done = _run("split", "s3://bucket/pages/")
    assert done.returncode == 2 and b"URLs (s3://, gs://...) need --dask" in done.stderr
