"""Compiled patterns, kept from one run to the next.

`regex` compiles a pattern in Python, and papercut's patterns (the Chinese credit and byline
patterns above all) cost about 60 ms to compile, more than the rest of a one-page run. A
compiled `regex` pattern pickles as the code the compiler made (its `copyreg` reduction), and is
rebuilt from that code without compiling again (under 1 ms for all of them), so the first run
keeps that code in a cache file and later runs load it. The file holds plain data (`marshal`:
strings, numbers, lists), never anything that runs; it is named for the `regex` and Python
versions that made it, a pattern whose text changed is simply compiled again, and a cache that
cannot be read or written is passed over.

    PAPERCUT_CACHE_DIR=/some/dir   where the file goes (default: $XDG_CACHE_HOME/papercut,
                                   else ~/.cache/papercut)
    PAPERCUT_CACHE_DIR=            (empty) no cache: compile every time
"""

from __future__ import annotations

import atexit
import contextlib
import copyreg
import marshal
import os
import sys
from typing import Any

import regex

Key = tuple[str, int]

_compiled: dict[Key, regex.Pattern[str]] | None = None
_changed = False
#: a compiled pattern -> (how `regex` rebuilds it, its code): what pickling one uses
_reduce: Any = copyreg.dispatch_table[regex.Pattern]


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - the regex name
    """`regex.compile`, served from the cache when the same pattern was compiled before."""
    global _compiled, _changed
    if _compiled is None:
        _compiled = _load()
        atexit.register(save)
    key = (pattern, int(flags))  # a RegexFlag is an int that marshal cannot write
    found = _compiled.get(key)
    if found is None:
        found = _compiled[key] = regex.compile(pattern, flags)
        _changed = True
    return found


def cache_file() -> str | None:
    configured = os.environ.get("PAPERCUT_CACHE_DIR")
    if configured == "":
        return None
    if configured is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        configured = os.path.join(base, "papercut")
    version = f"regex{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}"
    return os.path.join(configured, f"patterns-{version}.marshal")


def _load() -> dict[Key, regex.Pattern[str]]:
    path = cache_file()
    if path is None:
        return {}
    try:
        status = os.stat(path)
        # only a file no one else can have written: its code becomes the patterns' code
        if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
            return {}
        with open(path, "rb") as stream:
            data = marshal.load(stream)
        rebuild = _reduce(regex.compile(""))[0]
        return {key: rebuild(*code) for key, code in data.items()}
    except Exception:  # missing, unreadable, truncated, from another version: compile instead
        return {}


def save() -> None:
    """Write the cache if this run compiled anything new (at exit, or when a caller asks)."""
    global _changed
    path = cache_file()
    if not _changed or _compiled is None or path is None:
        return
    import tempfile  # only when writing, once in the life of a cache

    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".patterns.", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            marshal.dump({key: _reduce(found)[1] for key, found in _compiled.items()}, stream)
        os.replace(temp, path)
        _changed = False
    except (OSError, ValueError):  # a read-only home, a full disk: the next run compiles
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temp)


def forget() -> None:
    """Drop what this process loaded or compiled (for tests)."""
    global _compiled, _changed
    _compiled, _changed = None, False
