"""The JSON Schema (draft 2020-12) of `papercut split`'s output, schema version 1."""

from __future__ import annotations

from typing import Any

from .output import SCHEMA_VERSION

_SPANS: dict[str, Any] = {
    "type": "array",
    "description": "[start, end) character offsets into the decoded input",
    "items": {
        "type": "array",
        "prefixItems": [{"type": "integer"}, {"type": "integer"}],
        "minItems": 2,
        "maxItems": 2,
    },
}
_TEXT_OR_NULL: dict[str, Any] = {"type": ["string", "null"]}
_BOXES: dict[str, Any] = {
    "type": "array",
    "description": "[x0, y0, x1, y1] of each line the piece was read from, in the input's units "
    "(pages read from ALTO, hOCR or PaddleOCR output only)",
    "items": {"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 4},
}

ARTICLE: dict[str, Any] = {
    "type": "object",
    "required": ["kicker", "headline", "subheadline", "byline", "dateline", "paragraphs", "captions"],
    "properties": {
        "kicker": _TEXT_OR_NULL,
        "headline": _TEXT_OR_NULL,
        "subheadline": {**_TEXT_OR_NULL, "description": "several decks joined by newlines"},
        "byline": _TEXT_OR_NULL,
        "dateline": _TEXT_OR_NULL,
        "paragraphs": {"type": "array", "items": {"type": "string"}},
        "captions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["text", "credit"],
                "properties": {
                    "text": {"type": "string"},
                    "credit": _TEXT_OR_NULL,
                    "spans": _SPANS,
                    "bbox": _BOXES,
                },
            },
        },
        "jumps": {"type": "array", "items": {"type": "string"}},
        "spans": {
            "type": "object",
            "properties": {
                **{name: _SPANS for name in ("kicker", "headline", "subheadline", "byline", "dateline")},
                "paragraphs": {"type": "array", "items": _SPANS},
                "jumps": {"type": "array", "items": _SPANS},
            },
        },
        "bbox": {
            "type": "object",
            "description": "the boxes of each piece, keyed as `spans` (pages with coordinates only)",
            "properties": {
                **{name: _BOXES for name in ("kicker", "headline", "subheadline", "byline", "dateline")},
                "paragraphs": {"type": "array", "items": _BOXES},
                "jumps": {"type": "array", "items": _BOXES},
            },
        },
    },
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": f"https://papercut.invalid/schema/{SCHEMA_VERSION}/page.json",
    "title": "papercut page",
    "type": "object",
    "required": ["papercut", "source", "articles", "other"],
    "properties": {
        "papercut": {"const": SCHEMA_VERSION},
        "source": {
            "type": "object",
            "required": ["path", "encoding"],
            "properties": {
                "path": _TEXT_OR_NULL,
                "encoding": {"type": "string"},
                "bom": {"type": "boolean"},
                "newline": {"enum": ["LF", "CRLF", "CR"]},
                "chars": {"type": "integer"},
                "bytes": {"type": ["integer", "null"]},
                "format": {
                    "enum": ["alto", "hocr", "paddleocr"],
                    "description": "the coordinate format the page came in; absent for page text",
                },
                "replaced": {
                    "type": "integer",
                    "description": "bytes that did not decode and control characters, each now U+FFFD",
                },
            },
        },
        "articles": {"type": "array", "items": ARTICLE},
        "other": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "text"],
                "properties": {
                    "kind": {"enum": ["furniture", "teaser", "advertisement"]},
                    "text": {"type": "string"},
                    "spans": _SPANS,
                    "bbox": _BOXES,
                },
            },
        },
    },
}
