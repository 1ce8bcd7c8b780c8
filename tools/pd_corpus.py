"""Rebuild the People's Daily development corpus from the public crawler repository's archives.

The repository caspiankexin/people-daily-crawler-date keeps one 7z archive a month in its
history, one article a file (`YYYYMMDD-PP-NN.txt`: kicker, headline and subheadline lines, then
paragraphs indented with 　　). The articles are not ours to redistribute, so nothing of them is
committed: this script rebuilds `corpus/pd/YYYY-MM.jsonl` (git-ignored) wherever the archives are.

    python tools/pd_corpus.py --repo /path/to/people-daily-crawler-date   # a git clone (bare or not)
    python tools/pd_corpus.py --archives DIR      # a folder holding 2020年1月.7z and the others

Only the development months are read (January and February 2020, February 2019); the other
months are kept for held-out evaluation and are never opened here.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import py7zr

#: development months and the archive paths the repository's history keeps them at
MONTHS = {
    "2020-01": "2020年数据/2020年1月.7z",
    "2020-02": "2020年数据/2020年2月.7z",
    "2019-02": "2019年数据/2019年2月.7z",
}
NAME = re.compile(r"(\d{8})-(\d{2})-(\d{2})\.txt$")
OUT = Path(__file__).resolve().parent.parent / "corpus" / "pd"


def archive_from_repo(repo: Path, path: str) -> bytes:
    """The archive's bytes from whichever commit of the history still holds it."""
    commits = subprocess.run(
        ["git", "-C", str(repo), "log", "--all", "--format=%H", "--", path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for commit in commits:
        shown = subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True)
        if shown.returncode == 0 and shown.stdout:
            return shown.stdout
    raise SystemExit(f"pd_corpus: {path} is in no commit of {repo}")


def articles(data: bytes) -> list[dict[str, object]]:
    """Every article of one month's archive, in page order."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        with py7zr.SevenZipFile(io.BytesIO(data)) as archive:
            archive.extractall(path=tmp)
        files = {path.name: path.read_bytes() for path in Path(tmp).rglob("*.txt")}
    for name in sorted(files):
        found = NAME.search(name)
        if not found:
            continue
        text = files[name].decode("utf-8", errors="replace").replace("\r\n", "\n")
        record = parse(text)
        if record is None:
            continue
        date, page, number = found.groups()
        record.update(id=f"{date}-{page}-{number}", date=date, page=int(page), number=int(number))
        out.append(record)
    return out


def parse(text: str) -> dict[str, object] | None:
    """Kicker, headline and subheadline are the first three lines (blank when absent); the
    paragraphs follow, each one line."""
    lines = text.split("\n")
    heads = [line.strip() or None for line in (lines + ["", "", ""])[:3]]
    paragraphs = [line.strip(" \u3000\t") for line in lines[3:]]
    paragraphs = [p for p in paragraphs if p.strip()]
    if not heads[1] or not paragraphs:
        return None
    return {"kicker": heads[0], "headline": heads[1], "subheadline": heads[2], "paragraphs": paragraphs}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--repo", type=Path, help="a clone of caspiankexin/people-daily-crawler-date")
    source.add_argument("--archives", type=Path, help="a folder holding the month archives")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for month, path in MONTHS.items():
        if args.repo:
            data = archive_from_repo(args.repo, path)
        else:
            data = (args.archives / Path(path).name).read_bytes()
        records = articles(data)
        with (args.out / f"{month}.jsonl").open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{month}: {len(records)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
