"""The compiled-pattern cache: later runs load what the first compiled, and a cache that is
missing, broken or writable by others is passed over, never trusted."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from papercut import patterns

PATTERN = r"(?P<who>\p{Han}{2,4})记者"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PAPERCUT_CACHE_DIR", str(tmp_path))
    patterns.forget()
    yield tmp_path
    patterns.forget()


def _from_cache() -> bool:
    patterns.forget()
    found = patterns.compile(PATTERN)
    assert found.search("新华社记者")["who"] == "新华社"
    return not patterns._changed


def test_a_second_run_loads_what_the_first_compiled(cache: Path) -> None:
    patterns.compile(PATTERN)
    patterns.save()
    [written] = cache.iterdir()
    assert written.name.startswith("patterns-regex")
    assert _from_cache()


def test_a_broken_cache_is_compiled_over(cache: Path) -> None:
    patterns.compile(PATTERN)
    patterns.save()
    [written] = cache.iterdir()
    written.write_bytes(b"not a cache")
    assert not _from_cache()
    patterns.save()
    assert _from_cache()


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_cache_others_can_write_is_not_loaded(cache: Path) -> None:
    patterns.compile(PATTERN)
    patterns.save()
    [written] = cache.iterdir()
    written.chmod(0o666)
    assert not _from_cache()


def test_an_empty_cache_dir_setting_turns_the_cache_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCUT_CACHE_DIR", "")
    patterns.compile(PATTERN)
    patterns.save()
    assert not list(cache.iterdir())
    assert not _from_cache()


def test_patterns_with_flags_are_cached_too(cache: Path) -> None:
    import regex

    patterns.compile(r"by associated press", regex.IGNORECASE)
    patterns.save()
    patterns.forget()
    found = patterns.compile(r"by associated press", regex.IGNORECASE)
    assert found.match("BY ASSOCIATED PRESS") and not patterns._changed
