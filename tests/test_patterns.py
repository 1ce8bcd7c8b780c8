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


def test_every_character_the_rules_are_written_with_has_its_traditional_forms() -> None:
    """The table is what OpenCC says: a simplified character in the strings of papercut's code
    (its patterns and the plain looks beside them; not its docstrings or comments) whose
    traditional form is missing would leave a rule blind on traditional pages."""
    import ast

    import regex

    from papercut.convert import converter

    strings: list[str] = []
    for path in Path(patterns.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        documented = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        strings += [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in documented
        ]
    strings.remove(patterns.TRADITIONAL_FORMS)
    traditional = set("".join(patterns.TRADITIONAL.values()))
    for char in sorted(set(regex.findall(r"\p{Han}", "".join(strings))) - traditional):
        forms = {converter(config)(char) for config in ("s2t", "s2hk", "s2tw")} - {char}
        missing = "".join(sorted(forms))
        assert forms <= set(patterns.TRADITIONAL.get(char, "")), f"add {char}{missing} to TRADITIONAL_FORMS"
    # OpenCC converts by words, and a character alone can convert otherwise than inside one:
    # 制 stays 制, but 制图 is 製圖 and 联系 聯繫
    for config in ("s2t", "s2hk", "s2tw"):
        for word in set(regex.findall(r"\p{Han}{2,}", "\n".join(strings))):
            for char, form in zip(word, converter(config)(word), strict=True):
                assert form == char or form in patterns.TRADITIONAL.get(char, ""), (
                    f"add {char}{form} to TRADITIONAL_FORMS ({word})"
                )


def test_every_plain_look_for_a_chinese_word_also_looks_for_its_traditional_form() -> None:
    """The patterns are widened by `either_script`; the cheap `"记者" in text` looks beside them
    are written by hand, so each function that looks for a word must look for its traditional
    form too (`"記者" in text`), or a rule goes blind on traditional pages."""
    import ast

    import regex

    from papercut.convert import converter

    to_traditional = converter("s2t")
    for path in Path(patterns.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            looked_for = {
                node.left.value
                for node in ast.walk(function)
                if isinstance(node, ast.Compare)
                and isinstance(node.ops[0], (ast.In, ast.NotIn))
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)
                and regex.search(r"\p{Han}", node.left.value)
            }
            for word in looked_for:
                assert to_traditional(word) in looked_for, f"{path.name}:{function.name} looks for {word}"


def test_either_script_widens_characters_inside_and_outside_sets_but_not_escapes() -> None:
    assert patterns.either_script(r"[^报\]]报\\p{Han}") == r"[^报報\]][报報]\\p{Han}"
    assert patterns.either_script(r"[]报]") == "[]报報]"


def test_a_traditional_page_is_read_by_the_same_rules() -> None:
    from papercut import split

    page = split(
        "習近平會見外賓\n\n本報記者 張三\n\n本報北京3月29日電 會議召開。\n\n會場 新華社記者 李四攝\n"
    )
    [article] = page.articles
    assert [(c.text, c.credit) for c in article.captions] == [("會場", "新華社記者 李四攝")]
    assert article.headline and article.headline.text == "習近平會見外賓"
    assert article.byline and article.byline.text == "本報記者 張三"
    assert article.dateline and article.dateline.text == "本報北京3月29日電"


def test_re_patterns_are_cached_too_and_are_what_re_compiles(cache: Path) -> None:
    import re

    plain = r"[ \t]*(?P<marks>[,;:?!]+)[ \uff10-\uff19]*"
    patterns.compile_plain(plain)
    patterns.save()
    patterns.forget()
    found = patterns.compile_plain(plain)
    assert not patterns._changed
    assert found == re.compile(plain) and found.groupindex == {"marks": 1}
    assert found.match(" ,;１")["marks"] == ",;"


def test_every_cjk_ideograph_kind_of_takes_for_a_letter_unasked_is_one() -> None:
    # kind_of asks no pattern of a block opening on U+4E00-U+9FFF; the pattern would say letter
    from papercut.classify import LETTER_OR_DIGIT

    assert all(LETTER_OR_DIGIT.match(chr(code)) for code in range(0x4E00, 0xA000))


def test_a_python_whose_re_insides_changed_still_compiles_plain_patterns(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # compile_plain builds from `re`'s private compiler; where that fails, `re.compile` serves
    import re

    def changed(*args: object) -> None:
        raise TypeError("compile() takes other arguments now")

    plain = r"[，,；;]"
    expected = re.compile(plain)  # before the change: `re` keeps what it compiled
    monkeypatch.setattr(patterns._sre, "compile", changed)
    assert patterns.compile_plain(plain) == expected
