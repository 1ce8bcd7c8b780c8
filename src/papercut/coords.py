"""OCR output with coordinates -> the page's lines, each with its box and type size.

Three formats are read, told apart by their content, not their file name (`sniff`):

* ALTO v2-v4 XML (libraries: the Library of Congress, Europeana): `TextLine` elements of
  `String`s with `HPOS VPOS WIDTH HEIGHT`, type sizes from `TextStyle FONTSIZE`;
* hOCR (Tesseract): `ocr_line` spans of `ocrx_word`s, `title="bbox x0 y0 x1 y1; x_size 30"`;
* PaddleOCR JSON: 3.x `save_to_json` (`rec_texts` with `rec_polys` or `rec_boxes`), 2.x
  `[[box, [text, score]], ...]`, and `{"ocr_results": [{"text", "box"}]}`.

XML is parsed by defusedxml, which refuses entity declarations (billion laughs) and external
entities; hOCR by the standard library's HTML tokenizer, which expands no entity it does not
know. Both are imported only when a page needs them, so a text page pays nothing for them.
Every failure is an InputError naming the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from .errors import InputError
from .model import Box
from .read import ALTO, HOCR


class OcrLine(NamedTuple):
    """One line as the engine gave it.

    `height` is the height of its letters in the input's units: the distance between the top
    and bottom edges of a tilted four-point box, not the height of the rectangle around it.
    `size` is what type sizes are compared by: the font size where the format gives one, else
    `height`.
    """

    text: str
    box: Box
    height: float
    size: float


def read_lines(text: str, fmt: str, name: str = "<input>") -> list[OcrLine]:
    """The page's lines in the engine's order; raises InputError naming `name`."""
    if fmt == ALTO:
        lines = _alto(text, name)
    elif fmt == HOCR:
        lines = _hocr(text)
    else:
        lines = _paddle(text, name)
    lines = [line for line in lines if line.text.strip() and line.box.x1 > line.box.x0]
    if not lines:
        raise InputError(name, f"no text lines in this {fmt} page")
    return lines


# -- ALTO --------------------------------------------------------------------------------------


def _alto(text: str, name: str) -> list[OcrLine]:
    import defusedxml.ElementTree as safe_tree  # only ALTO pages pay for the XML parser
    from defusedxml import DefusedXmlException

    try:
        root = safe_tree.fromstring(text.lstrip("\ufeff"))
    except DefusedXmlException as exc:
        raise InputError(name, f"refused XML: {type(exc).__name__} (entity tricks are not read)") from None
    except Exception as exc:  # ParseError, and expat's own errors on broken bytes
        raise InputError(name, f"not well-formed XML: {exc}") from None
    sizes: dict[str, float] = {}
    for element in root.iter():
        if _local(element.tag) == "TextStyle" and element.get("ID") and element.get("FONTSIZE"):
            sizes[element.get("ID", "")] = _number(element.get("FONTSIZE"))
    lines: list[OcrLine] = []
    for block in root.iter():
        if _local(block.tag) != "TextBlock":
            continue
        block_size = _style_size(block, sizes)
        for line in block:
            if _local(line.tag) == "TextLine":
                made = _alto_line(line, sizes, block_size)
                if made is not None:
                    lines.append(made)
    with_font = [line for line in lines if line.size != line.height]
    if with_font and len(with_font) < len(lines):
        # font sizes on some lines only cannot be compared with heights on the rest
        lines = [line._replace(size=line.height) for line in lines]
    return lines


def _alto_line(line: Any, sizes: dict[str, float], block_size: float | None) -> OcrLine | None:
    parts: list[str] = []
    boxes: list[Box] = []
    size = _style_size(line, sizes) or block_size
    # where the engine writes SP elements, they are the spaces; a Latin line without any
    # still has its words apart, a Chinese one has none
    marked = any(_local(child.tag) == "SP" for child in line)
    spaced = False  # an SP element stands between the last word and the next
    for child in line:
        tag = _local(child.tag)
        if tag == "String":
            content = child.get("CONTENT", "")
            if parts and (spaced or not marked and _needs_space(parts[-1], content)):
                parts.append(" ")
            parts.append(content)
            spaced = False
            word = _alto_box(child)
            if word is not None:
                boxes.append(word)
            size = size or _style_size(child, sizes)
        elif tag == "SP":
            spaced = True
        elif tag == "HYP":
            parts.append("-")  # printed `-` or `¬`: a line-end hyphen either way, for `repair`
    text = "".join(parts).strip()
    box = _alto_box(line) or _union(boxes)
    if not text or box is None:
        return None
    height = box.y1 - box.y0
    return OcrLine(text, box, height, size or height)


def _needs_space(left: str, right: str) -> bool:
    """Words of a Latin line are printed apart; ideographs, and figures or letters run into
    Chinese text (`2月1` `2日电`), are not."""
    if not left or not right or _wide(left[-1]) or _wide(right[0]):
        return False
    return left[-1].isalpha() and right[0].isalpha() or not any(_wide(ch) for ch in left)


def _alto_box(element: Any) -> Box | None:
    try:
        x, y = _number(element.get("HPOS")), _number(element.get("VPOS"))
        w, h = _number(element.get("WIDTH")), _number(element.get("HEIGHT"))
    except (TypeError, ValueError):
        return None
    return Box(x, y, x + w, y + h)


def _style_size(element: Any, sizes: dict[str, float]) -> float | None:
    for ref in (element.get("STYLEREFS") or "").split():
        if ref in sizes:
            return sizes[ref]
    return None


def _local(tag: Any) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _number(value: str | None) -> float:
    if value is None:
        raise TypeError("missing")
    number = float(value)
    return int(number) if number.is_integer() else number


# -- hOCR --------------------------------------------------------------------------------------

#: the classes of an hOCR line (Tesseract writes headers, captions and floats as lines too)
HOCR_LINES = frozenset({"ocr_line", "ocrx_line", "ocr_header", "ocr_caption", "ocr_textfloat"})


def _hocr(text: str) -> list[OcrLine]:
    from html.parser import HTMLParser  # only hOCR pages pay for it

    lines: list[OcrLine] = []

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.stack: list[str] = []  # what each open element is: "line", "word" or ""
            self.line: tuple[Box, float | None] | None = None
            self.words: list[str] = []
            self.word: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("br", "meta", "img", "link", "input", "hr"):
                return  # void elements never close
            values = dict(attrs)
            classes = (values.get("class") or "").split()
            title = values.get("title") or ""
            kind = ""
            if HOCR_LINES.intersection(classes) and self.line is None:
                box = _hocr_bbox(title)
                if box is not None:
                    self.line, self.words, kind = (box, _hocr_field(title, "x_size")), [], "line"
            elif "ocrx_word" in classes and self.line is not None:
                self.word, kind = [], "word"
            self.stack.append(kind)

        def handle_endtag(self, tag: str) -> None:
            if tag in ("br", "meta", "img", "link", "input", "hr") or not self.stack:
                return
            kind = self.stack.pop()
            if kind == "word":
                word = "".join(self.word).strip()
                if word:
                    self.words.append(word)
            elif kind == "line" and self.line is not None:
                box, x_size = self.line
                joined = ""
                for word in self.words:
                    joined += (" " if joined and _needs_space(joined, word) else "") + word
                height = box.y1 - box.y0
                lines.append(OcrLine(joined, box, height, x_size or height))
                self.line = None

        def handle_data(self, data: str) -> None:
            if "word" in self.stack:  # also inside <strong> or <em> within a word
                self.word.append(data)
            elif self.line is not None and data.strip():
                self.words.append(data.strip())  # a line written without word spans

    reader = Reader()
    reader.feed(text)
    reader.close()
    return lines


def _hocr_bbox(title: str) -> Box | None:
    for part in title.split(";"):
        fields = part.split()
        if len(fields) == 5 and fields[0] == "bbox":
            try:
                x0, y0, x1, y1 = (_number(v) for v in fields[1:])
            except ValueError:
                return None
            return Box(x0, y0, x1, y1)
    return None


def _hocr_field(title: str, key: str) -> float | None:
    for part in title.split(";"):
        fields = part.split()
        if len(fields) == 2 and fields[0] == key:
            try:
                return float(fields[1])
            except ValueError:
                return None
    return None


# -- PaddleOCR ---------------------------------------------------------------------------------


def _paddle(text: str, name: str) -> list[OcrLine]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InputError(name, f"not JSON: {exc}") from None
    try:
        return list(_paddle_lines(data))
    except (TypeError, ValueError, KeyError, IndexError):
        raise InputError(name, "not PaddleOCR output: its lines are not text with a box") from None


def _paddle_lines(data: Any) -> Iterator[OcrLine]:
    if isinstance(data, dict):
        found = data.get("res", data)
        if isinstance(found, dict) and "rec_texts" in found:
            boxes = found.get("rec_polys") or found.get("rec_boxes") or found.get("dt_polys")
            if boxes is None or len(boxes) != len(found["rec_texts"]):
                raise ValueError("texts and boxes do not pair")
            for words, points in zip(found["rec_texts"], boxes, strict=True):
                yield _line(str(words), points)
            return
        if "ocr_results" in data:
            for item in data["ocr_results"]:
                yield _line(str(item["text"]), item["box"])
            return
        raise ValueError("no lines")
    items = data
    # 2.x: one list per page: [[[box, [text, score]], ...]]; a single page may come unwrapped
    while isinstance(items, list) and items and _is_paddle_page(items[0]):
        items = [line for page in items for line in page]
    for item in items:
        recognised = item[1]
        yield _line(str(recognised[0] if isinstance(recognised, list | tuple) else recognised), item[0])


def _is_paddle_page(value: Any) -> bool:
    """A page of 2.x results is a list of [box, [text, score]] pairs: its first item's first
    item is a box, a list of points."""
    return (
        isinstance(value, list)
        and bool(value)
        and isinstance(value[0], list)
        and bool(value[0])
        and isinstance(value[0][0], list)
        and bool(value[0][0])
        and isinstance(value[0][0][0], list)
    )


def _line(text: str, points: Any) -> OcrLine:
    """A line from a four-point box (tilted with the scan) or `[x0, y0, x1, y1]`."""
    if len(points) == 4 and all(isinstance(p, int | float) for p in points):
        x0, y0, x1, y1 = (_plain(p) for p in points)
        return OcrLine(text, Box(x0, y0, x1, y1), y1 - y0, y1 - y0)
    xs = [_plain(p[0]) for p in points]
    ys = [_plain(p[1]) for p in points]
    box = Box(min(xs), min(ys), max(xs), max(ys))
    if len(points) == 4:
        # top-left, top-right, bottom-right, bottom-left: the letters' height is the mean of
        # the two upright edges, whatever the tilt
        height = ((ys[3] - ys[0]) + (ys[2] - ys[1])) / 2
        if height <= 0:
            height = box.y1 - box.y0
    else:
        height = box.y1 - box.y0
    return OcrLine(text, box, height, height)


def _plain(value: Any) -> float:
    number = float(value)
    return int(number) if number.is_integer() else number


# -- shared ------------------------------------------------------------------------------------


def _wide(char: str) -> bool:
    """An ideograph, kana, hangul or full-width mark: one em wide, no spaces between them."""
    return (
        "\u2e80" <= char <= "\u9fff"
        or "\uac00" <= char <= "\ud7af"
        or "\uff00" <= char <= "\uffef"
        or ("\u3000" <= char <= "\u303f")
    )


def _union(boxes: Iterable[Box]) -> Box | None:
    boxes = list(boxes)
    if not boxes:
        return None
    return Box(
        min(b.x0 for b in boxes), min(b.y0 for b in boxes), max(b.x1 for b in boxes), max(b.y1 for b in boxes)
    )
