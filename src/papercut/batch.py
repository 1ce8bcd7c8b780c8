"""Many pages: discovery, worker processes, atomic writes, resume.

The unit of work is `process_page`, a pure function from a path to the bytes papercut writes for
it (or the one-line reason it failed). The local batch runs it in a process pool; the order and
bytes of the output do not depend on the number of workers.

The annotations here are evaluated as the module loads (no `from __future__ import
annotations`), as in `model`: `NamedTuple` would otherwise compile each field's annotation string
at every start (0.7 M instructions of a one-page run from the shell).
"""

import contextlib
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from . import output
from .convert import convert_tree, converter
from .errors import InputError, PapercutError, printable
from .model import Source
from .pipeline import split
from .read import damage, read_input

GLOB_CHARS = frozenset("*?[")


class Task(NamedTuple):
    """One page to do: where it is read from and, for `--out-dir`, where it goes."""

    path: str
    relative: str  # the output path under --out-dir, mirroring the input tree


class Options(NamedTuple):
    format: str = "json"  # json, jsonl or text
    encoding: str | None = None
    convert: str | None = None
    indent: int | None = 2
    quotes: bool = False  # curly quotes and dashes in Latin text
    #: `--out-dir` on this machine: the page is written where it is made, so a pool's parent
    #: only hears how it went (a parent that wrote every page held `-j 2` to 1.5x `-j 1`)
    out_dir: str | None = None
    #: seconds one page may take before it fails alone (`--page-timeout`); None: no limit
    page_timeout: float | None = None


class Result(NamedTuple):
    task: Task
    text: str | None  # what is written for the page; None when it failed
    articles: int = 0
    error: str | None = None
    written: bool = False  # already written under `Options.out_dir`; `text` is then empty
    warning: str | None = None  # one line for stderr: the page was read with replacements


def discover(
    inputs: Iterable[str], pattern: str | Sequence[str] = "*.txt"
) -> tuple[list[Task], list[Result]]:
    """Expand files, directories (recursively) and globs the shell did not expand. In a
    directory, the files whose names match `pattern` (or any of several patterns: `--glob`
    given more than once, as for `*.txt` pages beside ALTO `*.xml` and PaddleOCR `*.json`).

    Missing paths come back as failed Results so the batch can go on and report them; what
    matches but is no file (a folder named `x.txt`, a broken link) as a Result with only a warning.
    """
    tasks: list[Task] = []
    missing: list[Result] = []
    for name in inputs:
        if os.path.isdir(name):
            found = sorted(_files_under(name, pattern, missing), key=_path_order)
            tasks += [Task(p, os.path.relpath(p, name)) for p in found]
        elif os.path.exists(name) or name == "-":
            tasks.append(Task(name, os.path.basename(os.path.normpath(name)) if name != "-" else "stdin.txt"))
        elif GLOB_CHARS & set(name):
            import glob  # only for a pattern the shell left alone: one page from the shell never asks

            root = _glob_root(name)
            found = sorted(
                (os.path.normpath(p) for p in glob.glob(name, recursive=True) if _page_file(p, missing)),
                key=_path_order,
            )
            tasks += [Task(p, _relative(p, root)) for p in found]
            if not found:
                missing.append(Result(Task(name, name), None, error=f"{name}: no file matches"))
        else:
            missing.append(Result(Task(name, name), None, error=f"{name}: no such file"))
    return tasks, missing


def _files_under(folder: str, pattern: str | Sequence[str], skipped: list[Result]) -> Iterator[str]:
    """Files below `folder` whose names match `pattern`; symlinked folders are not followed.
    What matches but is no file (a folder `x.txt`, a link to nowhere) goes to `skipped`."""
    for root, folders, names in os.walk(folder):
        for name in (n for n in folders + names if name_matches(n, pattern)):
            path = os.path.normpath(os.path.join(root, name))
            if _page_file(path, skipped):
                yield path


def name_matches(name: str, pattern: str | Sequence[str]) -> bool:
    """Whether a file name matches a `--glob` pattern, or one of several."""
    import fnmatch  # only for a folder's files: one page from the shell never asks

    patterns = (pattern,) if isinstance(pattern, str) else pattern
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def _page_file(path: str, skipped: list[Result]) -> bool:
    """A regular file (or a link to one); else a warning that it is passed over, in `skipped`:
    a Result with neither text nor error."""
    if os.path.isfile(path):
        return True
    if os.path.isdir(path):
        why = "a directory"
    elif os.path.islink(path) and not os.path.exists(path):
        why = "a link to nowhere"
    else:
        why = "not a regular file"
    skipped.append(Result(Task(path, path), None, warning=f"{path}: skipped: {why}, not a page"))
    return False


def _path_order(path: str) -> list[str]:
    """Folder by folder, as paths sort (`a/b` before `a-b`), not character by character."""
    return path.split(os.sep)


def _glob_root(pattern: str) -> str:
    """The folder a glob starts from: `issues/1950-*/*.txt` -> `issues`."""
    fixed = pattern[: min(pattern.index(c) for c in GLOB_CHARS if c in pattern)]
    return os.path.dirname(fixed) or "."


def _relative(path: str, root: str) -> str:
    relative = os.path.relpath(path, root)
    return os.path.basename(path) if relative.startswith("..") else relative


def process_page(task: Task, options: Options) -> Result:
    """Read, split and render one page; never raises for a bad page, nor for one that takes
    longer than `options.page_timeout`."""
    try:
        with _time_budget(options.page_timeout):
            return process_with(task, options, _read_local)
    except _PageTimeout:
        limit = f"{options.page_timeout:g}"
        return Result(task, None, error=f"{printable(task.path)}: stopped after {limit} s (--page-timeout)")


class _PageTimeout(BaseException):
    """A page over its time budget; a BaseException, so no `except Exception` swallows it."""


def _out_of_time(signum: int, frame: object) -> None:
    raise _PageTimeout


@contextlib.contextmanager
def _time_budget(seconds: float | None) -> Iterator[None]:
    """Raise _PageTimeout in this process once `seconds` have passed (a real-time timer; only
    where signals are: a POSIX process's main thread, as in the local batch and its workers).
    Python checks for it between steps, so one long pattern call finishes first."""
    import signal

    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _read_local(task: Task, options: Options) -> tuple[str, Source]:
    return read_input(task.path, options.encoding)


def process_with(task: Task, options: Options, read: Callable[[Task, Options], tuple[str, Source]]) -> Result:
    """The pure page function every runner shares (local pool, Dask): `read` fetches the text,
    from a local file or an object store; the rest is the same, so the bytes are too."""
    try:
        text, source = read(task, options)
        warning = damage(source)
        page = split(text, source, quotes=options.quotes)
        if options.convert:
            page = convert_tree(page, converter(options.convert))
        rendered = output.render(page, options.format, options.indent)
        if options.out_dir is None:
            return Result(task, rendered, len(page.articles), warning=warning)
        target = out_path(options.out_dir, task, options.format == "jsonl")
        try:
            write_atomic(target, rendered, _protected)
        except OSError as exc:
            return Result(task, None, error=f"{target}: cannot write: {exc.strerror or exc}", warning=warning)
        return Result(task, "", len(page.articles), written=True, warning=warning)
    except PapercutError as exc:
        return Result(task, None, error=str(exc))
    except Exception as exc:  # a bug on one page must not stop an overnight batch
        return Result(task, None, error=f"{task.path}: internal error: {type(exc).__name__}: {exc}")


def _process_star(args: tuple[Task, Options]) -> Result:
    return process_page(*args)


#: the batch's own pages, which no output may replace; set in each process that writes
_protected: frozenset[str] = frozenset()


def run(
    tasks: list[Task], options: Options, jobs: int, protected: frozenset[str] = frozenset()
) -> Iterator[Result]:
    """Results in input order, from `jobs` worker processes (in this process for one job)."""
    if jobs <= 1 or len(tasks) <= 1:
        _start_worker(protected, in_pool=False)
        for task in tasks:
            yield process_page(task, options)
        return
    import multiprocessing

    # results are a few bytes now that workers write, so small chunks cost little and the last
    # one leaves a worker idle for 16 pages at most
    chunk = max(1, min(16, len(tasks) // (jobs * 8)))
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(jobs, initializer=_start_worker, initargs=(protected,)) as pool:
        yield from pool.imap(_process_star, ((t, options) for t in tasks), chunksize=chunk)


def _start_worker(protected: frozenset[str], in_pool: bool = True) -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool, and die on its SIGTERM (held
    while a file is being written, so none is left half-written)."""
    global _protected
    _protected = protected
    if in_pool:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def out_path(out_dir: str | os.PathLike[str], task: Task, jsonl: bool) -> str:
    """Where `--out-dir` puts a page: its path under the input root, `.txt` -> `.json`."""
    return os.path.join(out_dir, os.path.splitext(task.relative)[0] + (".jsonl" if jsonl else ".json"))


def is_done(task: Task, target: str) -> bool:
    """For --resume: the output exists and is newer than the page it was made from."""
    try:
        return os.stat(target).st_mtime >= os.stat(task.path).st_mtime
    except OSError:
        return False


def write_atomic(target: str | os.PathLike[str], text: str, protected: frozenset[str] = frozenset()) -> None:
    """Write through a temporary file renamed into place: a reader, or an interrupted run,
    never sees half a file. Refuses to write over a page of the batch (`protected`: their
    real paths)."""
    target = os.fspath(target)
    if os.path.realpath(target) in protected:
        raise InputError(target, "refusing to overwrite an input file")
    import tempfile  # here: it pulls in shutil, bz2 and lzma, which a single page never needs

    folder = os.path.dirname(target) or "."
    os.makedirs(folder, exist_ok=True)
    with _signals_held():
        handle, temp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".part", dir=folder)
        try:
            if hasattr(os, "fchmod"):  # mkstemp makes it 0600; the output is for others too
                os.fchmod(handle, _file_mode())
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                if not text.endswith("\n"):
                    stream.write("\n")
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


@functools.cache
def _file_mode() -> int:
    """The mode `cp` or a shell redirect would give a new file: 0666 less the umask (0644
    under 022). The umask can only be read by setting it, so it is set back at once."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM for the moment of one write, so an interrupt lands between
    files, never inside one: no temporary file is left behind."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
