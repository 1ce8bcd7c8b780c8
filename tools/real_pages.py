"""Rebuild the real pages with coordinates that papercut is checked on, into corpus/real/
(git-ignored: the text is not ours to ship, even where it is old enough to be free).

    python tools/real_pages.py                       # from the public repositories over HTTPS
    python tools/real_pages.py --mirror DIR          # from a local clone (bare or not)

* 1967-08-29-p2.json: page 2 of a 1967 Red Guard paper, OCR'd by PaddleOCR, from
  banned-historical-archives/banned-historical-archives25
  (052417de-42fb-4781-9885-af4fb006e9b6/2.json): three stories, the first continued from page 1,
  two of them in two columns whose lines the engine ran together across the gutter.
  tests/test_layout.py checks it when it is here.
* nytribune-1903-05-01-p1.xml (with --alto): the Library of Congress's ALTO of the New-York
  Tribune front page whose plain OCR text is samples/en/ (Chronicling America, public domain).
"""

from __future__ import annotations

import argparse
import subprocess
import urllib.request
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "corpus" / "real"
PAGE_1967 = (
    "banned-historical-archives/banned-historical-archives25",
    "2524c905b02a5c65c6f879f7599366bb4d6698a6",
    "052417de-42fb-4781-9885-af4fb006e9b6/2.json",
)
ALTO_1903 = "https://chroniclingamerica.loc.gov/lccn/sn83030214/1903-05-01/ed-1/seq-1/ocr.xml"


def from_github(repo: str, commit: str, path: str) -> bytes:
    with urllib.request.urlopen(f"https://raw.githubusercontent.com/{repo}/{commit}/{path}", timeout=60) as r:
        return bytes(r.read())


def from_mirror(mirror: Path, commit: str, path: str) -> bytes:
    for ref in (commit, "HEAD"):
        done = subprocess.run(["git", "-C", str(mirror), "show", f"{ref}:{path}"], capture_output=True)
        if done.returncode == 0:
            return done.stdout
    raise SystemExit(f"{mirror}: no {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", type=Path, help="a clone of banned-historical-archives25")
    ap.add_argument("--alto", action="store_true", help="also fetch the 1903 Tribune ALTO page")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    repo, commit, path = PAGE_1967
    data = from_mirror(args.mirror, commit, path) if args.mirror else from_github(repo, commit, path)
    (OUT / "1967-08-29-p2.json").write_bytes(data)
    print(f"wrote {OUT / '1967-08-29-p2.json'} ({len(data):,} bytes)")
    if args.alto:
        with urllib.request.urlopen(ALTO_1903, timeout=60) as response:
            alto = bytes(response.read())
        (OUT / "nytribune-1903-05-01-p1.xml").write_bytes(alto)
        print(f"wrote {OUT / 'nytribune-1903-05-01-p1.xml'} ({len(alto):,} bytes)")


if __name__ == "__main__":
    main()
