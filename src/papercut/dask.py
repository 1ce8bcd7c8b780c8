"""The same pipeline on Dask, for archives larger than one machine.

    pip install 'papercut[dask]'
    papercut split 's3://bucket/pages/**/*.txt' --dask tcp://scheduler:8786 --jsonl -o s3://bucket/out/

    import papercut.dask as pd
    bag = pd.split_bag(["/data/pages/**/*.txt"])      # a dask.bag of papercut.batch.Result
    pd.write_pages(bag, "s3://bucket/out/")            # one JSON a page, each written whole

Paths are anything fsspec understands (local, s3://, gs://, hdfs://...). Each task runs
`papercut.batch.process_with`, the same pure page function as the local batch, so a page gives
the same bytes whichever runner made them. Nothing here is imported unless asked for.
"""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Iterable, Iterator, Sequence

import dask.bag as db
import fsspec

from . import batch
from .batch import GLOB_CHARS, Options, Result, Task, name_matches
from .model import Source
from .read import read_opened


def discover(
    inputs: Iterable[str], pattern: str | Sequence[str] = "*.txt"
) -> tuple[list[Task], list[Result]]:
    """Like `batch.discover`, for any fsspec URL: files, directories (recursively), globs."""
    tasks: list[Task] = []
    missing: list[Result] = []
    for name in inputs:
        fs, root = fsspec.core.url_to_fs(name)
        if GLOB_CHARS & set(root):
            base = root[: min(root.index(c) for c in GLOB_CHARS if c in root)].rsplit("/", 1)[0]
            found = sorted(p for p in fs.glob(root) if fs.isfile(p))
        elif fs.isdir(root):
            base = root.rstrip("/")
            found = sorted(p for p in fs.find(root) if name_matches(posixpath.basename(p), pattern))
        elif fs.exists(root):
            tasks.append(Task(name, posixpath.basename(root)))
            continue
        else:
            missing.append(Result(Task(name, name), None, error=f"{name}: no such file"))
            continue
        if not found:
            missing.append(Result(Task(name, name), None, error=f"{name}: no file matches"))
        for path in found:
            url = fs.unstrip_protocol(path) if "://" in name else path
            tasks.append(Task(url, posixpath.relpath(path, base) if base else posixpath.basename(path)))
    return tasks, missing


def _read_url(task: Task, options: Options) -> tuple[str, Source]:
    fs, path = fsspec.core.url_to_fs(task.path)
    return read_opened(task.path, lambda: fs.size(path), lambda: fs.open(path, "rb"), options.encoding)


def process_url(task: Task, options: Options) -> Result:
    return batch.process_with(task, options, _read_url)


def split_bag(
    paths: Iterable[str] | list[Task],
    options: Options | None = None,
    pattern: str = "*.txt",
    partition_size: int = 64,
) -> db.Bag:
    """A bag of page Results, in input order, from paths, globs or Tasks."""
    options = options or Options()
    items = list(paths)
    tasks = items if all(isinstance(t, Task) for t in items) else discover(items, pattern)[0]  # type: ignore[arg-type]
    bag = db.from_sequence(tasks, partition_size=max(1, partition_size))
    return bag.map(process_url, options)


def run(tasks: list[Task], options: Options, address: str, workers: int) -> Iterator[Result]:
    """Results in input order from a Dask cluster: `local` starts a LocalCluster here."""
    from distributed import Client, LocalCluster

    cluster = None
    if address == "local":
        # the cluster's own log (a heartbeat missed on a loaded machine, then made good) is not
        # the user's business; a page that fails is reported as in a local batch
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: a batch needs no dashboard at a known one
            silence_logs=logging.CRITICAL,
        )
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        if not tasks:
            return
        bag = split_bag(tasks, options, partition_size=max(1, len(tasks) // (workers * 4) or 1))
        # partition by partition, in order: the results of an archive need not fit in memory
        futures = client.compute(bag.to_delayed())
        for future in futures:
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def write_pages(bag: db.Bag, out_url: str, jsonl: bool = False) -> list[str]:
    """Write each page's output under `out_url`, mirroring the input tree; returns the errors."""

    def write(result: Result) -> str | None:
        if result.text is None:
            return result.error
        write_text(join(out_url, result.task.relative, ".jsonl" if jsonl else ".json"), result.text)
        return None

    return [e for e in bag.map(write).compute() if e]


def write_jsonl(bag: db.Bag, out_url: str) -> list[str]:
    """Write JSON Lines partitions `part-00000.jsonl`… (requires Options(format="jsonl"))."""

    def write_partition(results: list[Result], index: int) -> list[str]:
        text = "".join(r.text for r in results if r.text is not None)
        write_text(posixpath.join(out_url.rstrip("/"), f"part-{index:05d}.jsonl"), text)
        return [r.error for r in results if r.error]

    parts = bag.to_delayed()
    import dask

    errors = dask.compute(*[dask.delayed(write_partition)(part, i) for i, part in enumerate(parts)])
    return [e for part in errors for e in part]


def join(out_url: str, relative: str, suffix: str) -> str:
    stem, _ = posixpath.splitext(relative)
    return posixpath.join(out_url.rstrip("/"), stem + suffix)


def write_text(url: str, text: str) -> None:
    """Write one output whole: locally through a temporary file renamed into place; on an
    object store a single PUT, which is all-or-nothing already."""
    if "://" not in url or url.startswith("file://"):
        batch.write_atomic(url.removeprefix("file://"), text)
        return
    with fsspec.open(url, "w", encoding="utf-8") as handle:
        handle.write(text if text.endswith("\n") else text + "\n")
