"""Start-up stays cheap: what a plain split does not need is not imported."""

from __future__ import annotations

import subprocess
import sys

from conftest import SAMPLES


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        check=True,
        text=True,
    )
    return set(done.stdout.split())


def test_importing_papercut_loads_neither_rich_nor_opencc_nor_wordfreq() -> None:
    loaded = _modules_after("import papercut")
    assert not {"rich", "opencc", "wordfreq", "charset_normalizer", "dask", "multiprocessing"} & loaded


def test_splitting_a_chinese_page_from_the_command_line_loads_no_extras() -> None:
    page = SAMPLES / "zhejiang-2018-03-30.txt"
    code = (
        "import contextlib, io, sys\n"
        "from papercut.cli import main\n"
        f"sys.argv = ['papercut', 'split', {str(page)!r}]\n"
        "real, sys.stdout = sys.stdout, io.TextIOWrapper(io.BytesIO())\n"
        "with contextlib.suppress(SystemExit):\n"
        "    main()\n"
        "sys.stdout = real"
    )
    loaded = _modules_after(code)
    assert not {"rich", "opencc", "wordfreq", "charset_normalizer", "dask"} & loaded
    # nor the standard library's heavier modules: pathlib brings urllib.parse and ipaddress,
    # statistics fractions, decimal and random (together 0.25x the import floor); glob and
    # fnmatch serve only folders and patterns the shell left alone
    assert not {"pathlib", "statistics", "importlib.resources", "glob", "fnmatch"} & loaded


def test_the_command_takes_what_it_loaded_out_of_the_collectors_sight() -> None:
    # frozen, the modules and patterns a run loads are not walked by the cyclic collector at
    # every pass and again at exit (7% of one page from the shell)
    page = SAMPLES / "zhejiang-2018-03-30.txt"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import atexit, gc, sys\n"
            "from papercut.cli import main\n"
            "atexit.register(lambda: print(gc.get_freeze_count(), file=sys.stderr))\n"
            f"sys.argv = ['papercut', 'split', {str(page)!r}]\n"
            "main()",
        ],
        capture_output=True,
        check=True,
        text=True,
    )
    assert int(done.stderr.split()[-1]) > 5000


def test_loading_the_command_leaves_the_collector_on() -> None:
    # it is off only while click and the commands load
    done = subprocess.run(
        [sys.executable, "-c", "import gc, papercut.cli; print(gc.isenabled())"],
        capture_output=True,
        check=True,
        text=True,
    )
    assert done.stdout.split() == ["True"]
