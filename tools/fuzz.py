"""Fuzz papercut's entry points with atheris (coverage-guided, libFuzzer): raw bytes through the
batch reader (`papercut.decode`), and its text, or the bytes read as UTF-8 when it refuses them,
through `split` (and its JSON and text output) and `normalize`.

    make fuzz                                    # a million inputs, niced; not part of CI
    .venv/bin/python tools/fuzz.py -runs=100000  # any libFuzzer flags

A crash is an exception other than `InputError` from decode (or from split, for a page that
looks like ALTO, hOCR or PaddleOCR JSON and does not parse), or `normalize` not idempotent;
a hang is an input over `-timeout` seconds. libFuzzer writes the input that did it to
`crash-*` / `timeout-*`; keep each as a regression test (tests/test_fuzz_regressions.py).
The corpus it grows is kept in `fuzz-corpus/` (git-ignored), seeded from the shipped pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["papercut"]):
    import papercut
    from papercut.errors import InputError
    from papercut.output import render
    from papercut.punct import normalize
    from papercut.read import sniff

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz-corpus"
#: seeds: pieces of the shipped pages, short enough for libFuzzer's `-max_len`
SEED_LENGTH = 1500


def one_input(data: bytes) -> None:
    try:
        text, source = papercut.decode(data, "fuzz.txt")
    except InputError:
        text, source = data.decode("utf-8", "replace"), None  # split must take any text all the same
    once = normalize(text)
    if normalize(once) != once:
        raise AssertionError(f"normalize is not idempotent on {text!r}")
    try:
        page = papercut.split(text, source)
    except InputError:
        if sniff(text) is None:
            raise  # page text is always split; only a page in a coordinate format may be refused
        return  # ALTO, hOCR or PaddleOCR JSON that does not parse: refused, naming the file
    render(page, "json", None)
    render(page, "text", None)


def _seed() -> None:
    """Write the seed corpus once: each shipped page cut into pieces, in UTF-8 and GB18030."""
    if CORPUS.exists():
        return
    CORPUS.mkdir()
    pages = sorted(ROOT.glob("samples/**/*.txt")) + sorted(ROOT.glob("tests/gold/*.txt"))
    for number, path in enumerate(pages):
        text = path.read_text("utf-8")
        for start in range(0, min(len(text), 6 * SEED_LENGTH), SEED_LENGTH):
            piece = text[start : start + SEED_LENGTH // 3]
            (CORPUS / f"seed-{number}-{start}.txt").write_bytes(piece.encode("utf-8"))
            (CORPUS / f"seed-{number}-{start}-gb.txt").write_bytes(piece.encode("gb18030", "replace"))


def main() -> None:
    _seed()
    arguments = sys.argv + ([str(CORPUS)] if not any(not a.startswith("-") for a in sys.argv[1:]) else [])
    atheris.Setup(arguments, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
