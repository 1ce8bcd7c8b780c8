"""Page -> JSON, JSON Lines or readable text. The key order is the contract: it never changes
within a schema version."""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterator
from json.encoder import encode_basestring  # the C encoder where the build has it
from typing import Any

from .model import Article, Box, Caption, Field, OtherItem, Page, Source, Span

#: (start, end, box) stretches of a page read from boxes (`Page.boxes`)
Stretches = tuple[tuple[int, int, Box], ...]

#: bumped whenever a key is renamed, removed or changes meaning; adding a key does not bump it
SCHEMA_VERSION = 1

_HEADINGS = ("kicker", "headline", "subheadline", "byline", "dateline")


def page_dict(page: Page) -> dict[str, Any]:
    return {
        "papercut": SCHEMA_VERSION,
        "source": source_dict(page.source),
        "articles": [article_dict(a, page.boxes) for a in page.articles],
        "other": [other_dict(o, page.boxes) for o in page.other],
    }


def source_dict(source: Source) -> dict[str, Any]:
    out = {
        "path": source.path,
        "encoding": source.encoding,
        "bom": source.bom,
        "newline": {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}[source.newline],
        "chars": source.chars,
        "bytes": source.bytes,
        "replaced": source.replaced,
    }
    if source.format != "text":  # only pages read from boxes say so: text pages print as before
        out["format"] = source.format
    return out


def article_dict(article: Article, boxes: Stretches = ()) -> dict[str, Any]:
    fields: dict[str, Field | None] = {name: getattr(article, name) for name in _HEADINGS}
    out: dict[str, Any] = {name: f.text if f else None for name, f in fields.items()}
    out["paragraphs"] = [p.text for p in article.paragraphs]
    out["captions"] = [caption_dict(c) for c in article.captions]
    out["jumps"] = [j.text for j in article.jumps]
    spans: dict[str, Any] = {name: _spans(f.spans) for name, f in fields.items() if f}
    spans["paragraphs"] = [_spans(p.spans) for p in article.paragraphs]
    if article.jumps:
        spans["jumps"] = [_spans(j.spans) for j in article.jumps]
    out["spans"] = spans
    if boxes:
        out["captions"] = [caption_dict(c, boxes) for c in article.captions]
        where: dict[str, Any] = {name: bbox(f.spans, boxes) for name, f in fields.items() if f}
        where["paragraphs"] = [bbox(p.spans, boxes) for p in article.paragraphs]
        if article.jumps:
            where["jumps"] = [bbox(j.spans, boxes) for j in article.jumps]
        out["bbox"] = where
    return out


def caption_dict(caption: Caption, boxes: Stretches = ()) -> dict[str, Any]:
    out: dict[str, Any] = {"text": caption.text, "credit": caption.credit, "spans": _spans(caption.spans)}
    if boxes:
        out["bbox"] = bbox(caption.spans, boxes)
    return out


def other_dict(item: OtherItem, boxes: Stretches = ()) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": item.kind, "text": item.text, "spans": _spans(item.spans)}
    if boxes:
        out["bbox"] = bbox(item.spans, boxes)
    return out


def bbox(spans: tuple[Span, ...], boxes: Stretches) -> list[list[float]]:
    """The boxes of the lines a piece was read from, each once, in reading order."""
    starts = [start for start, _, _ in boxes]
    out: list[list[float]] = []
    for span in spans:
        index = max(bisect_left(starts, span.start) - 1, 0)
        while index < len(boxes):
            start, end, box = boxes[index]
            if start >= span.end and not (span.start == span.end == start):
                break
            if end > span.start or start == span.start:
                # a box cut at a gutter is worked out in floats: whole numbers print as such
                corners = [int(v) if float(v).is_integer() else v for v in box]
                if corners not in out:
                    out.append(corners)
            index += 1
    return out


def _spans(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def to_json(page: Page, indent: int | None = 2) -> str:
    data = page_dict(page)
    if indent == 2:
        return pretty_json(data)
    return json.dumps(data, ensure_ascii=False, indent=indent)


def pretty_json(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, byte for byte, in half the time: the
    standard library indents in pure Python, one generator step per value, and a page's spans
    are thousands of small integer lists."""
    out: list[str] = []
    _pretty(data, "", out)
    return "".join(out)


def _numbers(value: list[int], pad: str) -> str:
    inner = pad + "  "
    return "[\n" + inner + (",\n" + inner).join(map(str, value)) + "\n" + pad + "]"


def _pretty(value: Any, pad: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True or value is False:
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(float.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        separator = "{\n" + inner
        for key, item in value.items():
            out.append(separator + encode_basestring(key) + ": ")
            separator = ",\n" + inner
            _pretty(item, inner, out)
        out.append("\n" + pad + "}")
    elif isinstance(value, list):
        if not value:
            out.append("[]")
            return
        inner = pad + "  "
        if all(type(item) is int for item in value):  # a span: [start, end]
            out.append(_numbers(value, pad))
            return
        if all(type(item) is list and item and all(type(n) is int for n in item) for item in value):
            out.append("[\n" + inner + (",\n" + inner).join(_numbers(item, inner) for item in value))
            out.append("\n" + pad + "]")  # a paragraph's spans
            return
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            separator = ",\n" + inner
            _pretty(item, inner, out)
        out.append("\n" + pad + "]")
    else:
        raise TypeError(f"not JSON: {type(value).__name__}")


def jsonl_records(page: Page) -> Iterator[dict[str, Any]]:
    """One record per article, carrying the page's fields, for `--jsonl` corpora."""
    source = source_dict(page.source)
    for number, article in enumerate(page.articles):
        yield {
            "papercut": SCHEMA_VERSION,
            "source": source,
            "article": number,
            **article_dict(article, page.boxes),
        }


def to_jsonl(page: Page) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in jsonl_records(page))


def to_text(page: Page) -> str:
    """A page as an editor would read it: each article's headings, then its paragraphs."""
    parts: list[str] = []
    for article in page.articles:
        lines = []
        for name in _HEADINGS:
            value = getattr(article, name)
            if value:
                lines.append(f"[{name}] {value.text}")
        lines += [p.text for p in article.paragraphs]
        lines += [
            f"[caption] {c.text} ({c.credit})" if c.credit else f"[caption] {c.text}"
            for c in article.captions
        ]
        parts.append("\n".join(lines))
    for item in page.other:
        parts.append(f"[{item.kind}] " + item.text.replace("\n", " / "))
    return "\n\n".join(parts) + "\n"


def render(page: Page, fmt: str, indent: int | None = 2) -> str:
    """The page in one of the output formats: `json`, `jsonl` or `text`."""
    if fmt == "jsonl":
        return to_jsonl(page)
    if fmt == "text":
        return to_text(page)
    return to_json(page, indent)
