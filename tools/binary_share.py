"""Measure what `papercut.read.BINARY_SHARE` rests on: the share of control bytes (C0 but tab,
line ends, VT, FF) in the first 64 KB of files of each kind, binary and text.

    python tools/binary_share.py                     # the kinds of files a Debian machine holds
    python tools/binary_share.py 'corpus/**/*.txt'   # or any globs, reported together

Prints, per kind, how many files, the least, 5th percentile, median and largest share.
"""

from __future__ import annotations

import glob
import os
import sys

from papercut.read import CONTROLS

KINDS = {
    "ELF executables": ["/usr/bin/*", "/usr/lib/x86_64-linux-gnu/*.so*"],
    "PNG images": ["/usr/share/icons/**/*.png", "/usr/share/pixmaps/*.png", "/usr/lib/python3*/**/*.png"],
    "JPEG images": ["/usr/share/**/*.jpg"],
    "gzip": ["/usr/share/doc/*/*.gz", "/usr/share/man/man1/*.gz"],
    "compiled Python": ["/usr/lib/python3*/__pycache__/*.pyc"],
    "message catalogues": ["/usr/share/locale/*/LC_MESSAGES/*.mo"],
    "text": ["/usr/share/doc/*/copyright", "/usr/lib/python3*/*.py", "samples/**/*.txt", "tests/gold/*.txt"],
}
LIMIT = 400  # files a kind
#: the first bytes a kind's files must have (/usr/bin holds shell scripts too)
STARTS = {"ELF executables": b"\x7fELF"}


def share(path: str, starts: bytes = b"") -> float | None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError:
        return None
    if len(head) < 64 or not head.startswith(starts):
        return None
    return (len(head) - len(head.translate(None, CONTROLS))) / len(head)


def report(kind: str, patterns: list[str]) -> None:
    paths = sorted(
        {p for pattern in patterns for p in glob.glob(pattern, recursive=True) if os.path.isfile(p)}
    )
    shares = sorted(s for s in (share(p, STARTS.get(kind, b"")) for p in paths[:LIMIT]) if s is not None)
    if not shares:
        print(f"{kind:20s} no files")
        return
    n = len(shares)
    print(
        f"{kind:20s} {n:4d} files  least {shares[0]:.2%}  5th pct {shares[n // 20]:.2%}"
        f"  median {shares[n // 2]:.2%}  most {shares[-1]:.2%}"
    )


def main() -> None:
    if sys.argv[1:]:
        report("given", sys.argv[1:])
        return
    for kind, patterns in KINDS.items():
        report(kind, patterns)


if __name__ == "__main__":
    main()
