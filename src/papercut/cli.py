"""The papercut command; parsing, messages and exit codes only."""

from __future__ import annotations

import sys

import click

from . import output
from .errors import PapercutError
from .pipeline import split
from .read import decode, read_path


@click.group()
def main() -> None:
    """Turn OCR'd newspaper pages into structured articles."""


@main.command(name="split")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--jsonl", is_flag=True)
def split_command(inputs: tuple[str, ...], jsonl: bool) -> None:
    """Split pages into articles."""
    for name in inputs:
        try:
            if name == "-":
                text, source = decode(sys.stdin.buffer.read(), "<stdin>")
            else:
                text, source = read_path(name)
        except PapercutError as exc:
            click.echo(f"papercut: error: {exc}", err=True)
            sys.exit(2)
        page = split(text, source)
        click.echo(output.to_jsonl(page) if jsonl else output.to_json(page), nl=not jsonl)
