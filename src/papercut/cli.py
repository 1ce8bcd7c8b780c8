"""The papercut command: options, messages and exit codes. The work is done by the library."""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, NoReturn, TypeVar

from . import __version__
from .errors import PapercutError, printable
from .model import Source
from .read import damage, read_input

# click and the commands made of it below live as long as the process, as the package does: the
# cyclic collector is off while they load (see the end of this module)
_collecting = gc.isenabled()
gc.disable()
import click  # noqa: E402

if TYPE_CHECKING:
    from rich.console import Console

#: exit statuses: 1 some pages of a batch failed, 2 a usage error or an unreadable single input
EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130

T = TypeVar("T")
CONVERT_HELP = "Convert the output text with OpenCC: s2t, t2s, s2tw, tw2s, s2hk, hk2s, t2tw..."


def _say(line: str) -> None:
    """One line on stderr; a file name's bytes that are not UTF-8 written `\\xff`."""
    click.echo(printable(line), err=True)


def _fail(message: str, status: int = EXIT_USAGE) -> NoReturn:
    _say(f"papercut: error: {message}")
    sys.exit(status)


def _warn(message: str) -> None:
    _say(f"papercut: warning: {message}")


def _warn_damage(source: Source) -> None:
    message = damage(source)
    if message:
        _warn(message)


def _check_convert(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from .convert import CONFIGS

    if value.removesuffix(".json") not in CONFIGS:
        raise click.BadParameter(f"{value!r} is not an OpenCC config; valid: {', '.join(CONFIGS)}")
    return value.removesuffix(".json")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="papercut")
def main() -> None:
    """Turn OCR'd newspaper pages into clean, structured articles.

    \b
      papercut split page.txt | jq '.articles[].headline'
      papercut split --jsonl archive/ > corpus.jsonl
      papercut split archive/ -o out/ -j 8 --resume
      papercut normalize < text.txt > clean.txt
    """


@main.command(name="split")
@click.argument("inputs", nargs=-1, required=True, metavar="PAGE...")
@click.option("--jsonl", is_flag=True, help="One article per line, each with its page's source.")
@click.option("--text", "as_text", is_flag=True, help="Readable text instead of JSON.")
@click.option(
    "-o",
    "--out-dir",
    type=click.Path(file_okay=False, path_type=str),
    help="Write one .json per page here, mirroring the input tree.",
)
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: cores].")
@click.option("--resume", is_flag=True, help="With -o: skip pages whose output is newer.")
@click.option(
    "--glob",
    "pattern",
    default=("*.txt",),
    multiple=True,
    show_default=True,
    help="Which files to take from a directory; give it again for more (--glob '*.txt' --glob '*.xml').",
)
@click.option("--encoding", help="Decode every page with this encoding instead of detecting it.")
@click.option("--convert", callback=_check_convert, metavar="CONFIG", help=CONVERT_HELP)
@click.option("--quotes", is_flag=True, help="Curly quotes and dashes in Latin-script text too.")
@click.option(
    "--page-timeout",
    type=click.FloatRange(min=0),
    default=120,
    show_default=True,
    metavar="SECONDS",
    help="A page that takes longer fails alone and the batch goes on (0: no limit; not with --dask).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first page that fails.")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Run on a Dask cluster (tcp://host:8786) or 'local' for one on this machine; "
    "PAGE and -o may then be fsspec URLs (s3://, gs://...). Needs papercut[dask].",
)
def split_command(
    inputs: tuple[str, ...],
    jsonl: bool,
    as_text: bool,
    out_dir: str | None,
    jobs: int | None,
    resume: bool,
    pattern: tuple[str, ...],
    encoding: str | None,
    convert: str | None,
    quotes: bool,
    page_timeout: float,
    quiet: bool,
    fail_fast: bool,
    debug: bool,
    dask_address: str | None,
) -> None:
    """Split newspaper pages into articles.

    PAGE is a text file, a directory (searched recursively for --glob), a quoted glob such as
    'archive/**/*.txt', or - for standard input. One page prints one JSON object; several pages
    print one JSON object a line (or, with --jsonl, one article a line); -o writes a file a page.

    \b
    Exit status: 0 all pages done, 1 some pages failed (each is named on stderr),
    2 a usage error or a single page that cannot be read.
    """
    from . import batch

    if jsonl and as_text:
        raise click.UsageError("--jsonl and --text do not go together")
    if resume and out_dir is None:
        raise click.UsageError("--resume needs -o/--out-dir")
    if as_text and out_dir is not None:
        raise click.UsageError("--text writes to the terminal; drop -o or --text")
    remote = any("://" in name for name in inputs) or (out_dir is not None and "://" in str(out_dir))
    if remote and not dask_address:
        raise click.UsageError("URLs (s3://, gs://...) need --dask")
    if dask_address and "-" in inputs:
        raise click.UsageError("--dask cannot read standard input")
    if dask_address:
        try:
            from . import dask as on_dask
        except ImportError:
            _fail("--dask needs the extra: pip install 'papercut[dask]'")
    if remote:
        tasks, missing = on_dask.discover(inputs, pattern)
    else:
        tasks, missing = batch.discover(inputs, pattern)
    for result in missing:
        if result.error is None and result.warning:  # matched but no file: said, not failed
            _warn(result.warning)
    missing = [result for result in missing if result.error is not None]
    if not tasks and not missing:
        _fail(f"no pages found in {', '.join(inputs)} (looking for {' '.join(pattern)}; see --glob)")
    single = len(inputs) == 1 and len(tasks) + len(missing) == 1 and not os.path.isdir(inputs[0])
    if "-" in inputs:
        jobs = 1  # standard input can be read once, in this process
    workers = jobs or _cores()
    fmt = "jsonl" if jsonl else "text" if as_text else "json"
    # a file a page is pretty, like one page on stdout; several pages on stdout are a line each
    pretty = single or out_dir is not None
    local_out = str(out_dir) if out_dir is not None and not remote and not dask_address else None
    options = batch.Options(
        format=fmt,
        encoding=encoding,
        convert=convert,
        indent=2 if pretty else None,
        quotes=quotes,
        out_dir=local_out,
        page_timeout=page_timeout or None,
    )
    if out_dir is not None and resume:
        before = len(tasks)
        tasks = [t for t in tasks if not batch.is_done(t, batch.out_path(out_dir, t, jsonl))]
        skipped = before - len(tasks)
    else:
        skipped = 0

    # outputs end in .json or .jsonl, so only an input named so could be written over; keeping
    # just those keeps a million-page batch from holding a million resolved paths
    protected = frozenset(
        os.path.realpath(t.path) for t in tasks if t.path != "-" and t.path.endswith((".json", ".jsonl"))
    )
    signal.signal(signal.SIGTERM, _terminated)
    started = time.monotonic()
    failed: list[str] = []
    pages = articles = 0
    for result in missing:
        failed.append(result.task.path)
        _say(f"papercut: error: {result.error}")
        if fail_fast:
            sys.exit(EXIT_FAILED)
    stdout = sys.stdout.buffer
    show_progress = not quiet and len(tasks) > 1 and sys.stderr.isatty()
    try:
        runner = (
            on_dask.run(tasks, options, dask_address, workers)
            if dask_address
            else batch.run(tasks, options, workers, protected)
        )
        for result in _progress(runner, len(tasks), show_progress):
            if result.warning:
                _warn(result.warning)
            if result.text is None:
                failed.append(result.task.path)
                _say(f"papercut: error: {result.error}")
                if debug and "internal error" in (result.error or ""):
                    batch.process_page(result.task, options)  # again, to show where
                if fail_fast:
                    break
                continue
            pages += 1
            articles += result.articles
            if result.written:  # the worker wrote it (a local -o without --dask)
                continue
            if out_dir is not None and remote:
                on_dask.write_text(
                    on_dask.join(str(out_dir), result.task.relative, ".jsonl" if jsonl else ".json"),
                    result.text,
                )
            elif out_dir is not None:
                target = batch.out_path(out_dir, result.task, jsonl)
                batch.write_atomic(target, result.text, protected)
            else:
                _emit(stdout, result.text)
    except (KeyboardInterrupt, _Terminated):
        _say("papercut: interrupted; the pages finished are written, and no partial file is left behind")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`| head`): nothing more to say
        sys.exit(0)
    except PapercutError as exc:
        _fail(str(exc))

    if not quiet and (len(tasks) + len(missing) > 1 or skipped):
        seconds = time.monotonic() - started
        summary = f"papercut: {pages} pages, {articles} articles, {len(failed)} failed"
        if skipped:
            summary += f", {skipped} skipped (done before)"
        _say(f"{summary} in {seconds:.1f} s")
        if failed:
            shown = ", ".join(failed[:20]) + (f" and {len(failed) - 20} more" if len(failed) > 20 else "")
            _say(f"papercut: failed: {shown}")
    if failed:
        sys.exit(EXIT_USAGE if single else EXIT_FAILED)


class _Terminated(BaseException):
    """SIGTERM, turned into an exception so a write in progress removes its temporary file."""


def _terminated(signum: int, frame: object) -> None:
    raise _Terminated


def _emit(stdout: IO[bytes], text: str) -> None:
    stdout.write(text.encode("utf-8"))
    if not text.endswith("\n"):
        stdout.write(b"\n")
    stdout.flush()


def _progress(results: Iterator[T], total: int, show: bool) -> Iterator[T]:
    if not show:
        yield from results
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
        console=_stderr_console(),
    ) as bar:
        task = bar.add_task("pages", total=total)
        for result in results:
            yield result
            bar.advance(task)


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@main.command()
@click.argument("inputs", nargs=-1, metavar="[FILE]...")
@click.option("--convert", callback=_check_convert, metavar="CONFIG", help=CONVERT_HELP)
@click.option("--encoding", help="Decode with this encoding instead of detecting it.")
def normalize(inputs: tuple[str, ...], convert: str | None, encoding: str | None) -> None:
    """Fix punctuation and widths only (GB/T 15834), a unix filter.

    Reads FILEs (or standard input) and writes the text with half-width punctuation in Chinese
    text made full-width, full-width digits and letters made half-width, ellipses and dashes
    mended. Lines stay as they were; running it twice changes nothing more.

    \b
      cat text.txt | papercut normalize > clean.txt
      papercut normalize --convert t2s old.txt > new.txt
    """
    from .convert import converter
    from .punct import normalize as normalize_text

    stdout = sys.stdout.buffer
    for name in inputs or ("-",):
        try:
            text, source = read_input(name, encoding)
        except PapercutError as exc:
            _fail(str(exc))
        _warn_damage(source)
        text = normalize_text(text)
        if convert:
            text = converter(convert)(text)
        stdout.write(text.encode("utf-8"))
    stdout.flush()


@main.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of `papercut split` output."""
    import json

    from .schema import SCHEMA

    click.echo(json.dumps(SCHEMA, indent=2, ensure_ascii=False))


@main.command(name="explain")
@click.argument("page", metavar="PAGE")
@click.option("--json", "as_json", is_flag=True, help="The same facts as JSON.")
@click.option("--html", "as_html", is_flag=True, help="A self-contained HTML page (use with -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str), help="Write here.")
@click.option("--encoding", help="Decode with this encoding instead of detecting it.")
def explain_command(
    page: str, as_json: bool, as_html: bool, output: str | None, encoding: str | None
) -> None:
    """Show how papercut read PAGE: each block's lines, role and article, and every repair.

    On a terminal the table is in colour; on a pipe it is plain text.

    \b
      papercut explain page.txt
      papercut explain page.txt --json | jq '.repairs'
      papercut explain page.txt --html -o page.html
    """
    import json

    from . import explain as ex

    if as_json and as_html:
        raise click.UsageError("--json and --html do not go together")
    try:
        text, source = read_input(page, encoding)
    except PapercutError as exc:
        _fail(str(exc))
    _warn_damage(source)
    try:
        explanation = ex.explain(text, source)
    except PapercutError as exc:  # a page of boxes that cannot be read: hostile or broken XML
        _fail(str(exc))
    if as_html:
        rendered = ex.to_html(explanation)
    elif as_json:
        rendered = json.dumps(ex.to_data(explanation), ensure_ascii=False, indent=2) + "\n"
    elif output is None and sys.stdout.isatty():
        ex.print_rich(explanation)
        return
    else:
        rendered = ex.to_plain(explanation)
    if output is None:
        sys.stdout.buffer.write(rendered.encode("utf-8"))
        return
    from .batch import write_atomic

    try:
        write_atomic(output, rendered, frozenset({os.path.realpath(page)}))
    except PapercutError as exc:
        _fail(str(exc))


# What is loaded by now (the package, click, regex, the compiled patterns, these commands: some
# 15,000 objects the cyclic collector follows) lives as long as the process. Frozen, it is out of
# the collector's sight: neither its passes during a run nor the full one Python makes at exit
# walk it again (7% of a one-page run's instructions); and with the collector off while click
# and the commands loaded, none of its passes walked them then (4.7 M instructions more, 1.5%)
gc.freeze()
if _collecting:
    gc.enable()
