"""Mutation testing (`make mutation`): mutmut over the stages users depend on, one module at a
time, then the score per module.

Slow and never part of CI: every mutant runs the in-process tests that reach the function it
changed. Run under `nice` on a shared machine. A surviving mutant either gets a test or a line in
tools/mutation-equivalent.txt (`NAME  why the change cannot be seen`); equivalent mutants are
set aside from the score.

    python tools/mutation.py                 # every module, then the table
    python tools/mutation.py punct read      # only these
    python tools/mutation.py --report        # the table from the last runs
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("read", "punct", "repair", "articles", "batch", "classify")
EQUIVALENT = ROOT / "tools" / "mutation-equivalent.txt"
MUTMUT = Path(sys.executable).with_name("mutmut")


def equivalent() -> dict[str, str]:
    """Mutant name -> why it cannot be told from the original."""
    found = {}
    for line in EQUIVALENT.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, why = line.partition(" ")
            found[name] = why.strip()
    return found


def statuses() -> dict[str, str]:
    done = subprocess.run(
        [str(MUTMUT), "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    out = {}
    for line in done.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            out[name] = status
    return out


def report(modules: list[str]) -> list[str]:
    table = statuses()
    set_aside = equivalent()
    lines = [
        "| module | mutants | killed | survived | equivalent | not run | score |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for module in modules:
        mine = {k: v for k, v in table.items() if k.startswith(f"papercut.{module}.")}
        # a listed mutant is set aside whatever became of it (an equivalent one may still time out
        # on a busy machine)
        killed = sum(
            v in ("killed", "timeout", "caught by type check") and k not in set_aside for k, v in mine.items()
        )
        same = sum(k in set_aside for k in mine)
        # a mutant no test reaches survives as surely as one the tests run and miss
        survived = sum(v in ("survived", "no tests") and k not in set_aside for k, v in mine.items())
        not_run = sum(v in ("not checked", "skipped") and k not in set_aside for k, v in mine.items())
        judged = killed + survived
        score = f"{killed / judged:.0%}" if judged else "-"
        lines.append(f"| {module} | {len(mine)} | {killed} | {survived} | {same} | {not_run} | {score} |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("modules", nargs="*", default=list(MODULES))
    ap.add_argument("--report", action="store_true", help="only print the table of the last runs")
    ap.add_argument("--children", type=int, default=2, help="mutants tested at once")
    args = ap.parse_args()
    if not args.report:
        for module in args.modules:
            print(f"--- mutating papercut.{module}", flush=True)
            subprocess.run(
                [str(MUTMUT), "run", "--max-children", str(args.children), f"papercut.{module}.*"],
                cwd=ROOT,
                check=False,
                env={**os.environ, "TERM": "dumb"},
            )
    print("\n".join(report(args.modules)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
