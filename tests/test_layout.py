"""Pages with coordinates: ALTO, hOCR and PaddleOCR output read by content, laid out in column
order by their boxes, headings told by type size, every piece keeping its boxes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from papercut import InputError, page_dict, split
from papercut.cli import main
from papercut.coords import OcrLine, read_lines
from papercut.explain import explain, to_html
from papercut.layout import lay_out
from papercut.model import Box, Source
from papercut.read import MAX_BYTES, read_path, sniff
from papercut.schema import SCHEMA

sys.path.insert(0, str(ROOT / "tests" / "eval"))
import score  # noqa: E402

COLUMNS = ROOT / "tests" / "columns"
#: the 1967 page, rebuilt by tools/real_pages.py (public-domain text, kept out of git)
REAL_1967 = ROOT / "corpus" / "real" / "1967-08-29-p2.json"


def paddle(lines: list[tuple[str, float, float, float, float]]) -> str:
    """A PaddleOCR 3.x `save_to_json` page from (text, x0, y0, x1, y1) lines."""
    polys = [[[x0, y0], [x1, y0], [x1, y1], [x0, y1]] for _, x0, y0, x1, y1 in lines]
    return json.dumps({"rec_texts": [t for t, *_ in lines], "rec_polys": polys}, ensure_ascii=False)


#: five paragraphs set in two columns of 10 characters, 7 lines each; the third runs from the
#: foot of the left column to the top of the right one
EXPECTED = ["甲" * 21 + "。", "乙" * 13 + "。", "丙" * 31 + "。", "丁" * 19 + "。", "戊" * 11 + "。"]


def column_page(merged: bool) -> str:
    """A headline over two columns of one story, as the engine lists the lines: top to bottom
    across both columns. With `merged`, two lines on one baseline with only the gutter (two
    ems) between them come out as one box, as PaddleOCR gives them."""
    wrapped: list[tuple[str, int]] = []  # (text, indent in ems)
    for paragraph in EXPECTED:
        rest, indent = paragraph, 2
        while rest:
            wrapped.append((rest[: 10 - indent], indent))
            rest, indent = rest[10 - indent :], 0
    columns = [[(text, 20 * indent, text) for text, indent in wrapped[:7]]]
    columns.append([(text, 240 + 20 * indent, text) for text, indent in wrapped[7:]])
    lines: list[tuple[str, float, float, float, float]] = [("两栏文章的标题", 60, 0, 340, 40)]
    for row, (left, right) in enumerate(zip(*columns, strict=True)):
        y = 60 + 26 * row
        (a, ax, _), (b, bx, _) = left, right
        a_end = ax + 20 * len(a)
        if merged and bx - a_end <= 40:
            lines.append((a + b, ax, y, bx + 20 * len(b), y + 20))
        else:
            lines += [(a, ax, y, a_end, y + 20), (b, bx, y, bx + 20 * len(b), y + 20)]
    return paddle(lines)


@pytest.mark.parametrize("merged", [False, True], ids=["apart", "run-together"])
def test_two_columns_read_in_column_order(merged: bool) -> None:
    page = split(column_page(merged))
    assert page.source.format == "paddleocr"
    [article] = page.articles
    assert article.headline is not None and article.headline.text == "两栏文章的标题"
    assert [p.text for p in article.paragraphs] == EXPECTED
    cuts = [d for d in page.decisions if d.action == "gutter cut"]
    assert len(cuts) == (8 if merged else 0)  # each side of the four lines run together


@pytest.mark.parametrize("merged", [False, True], ids=["apart", "run-together"])
def test_each_piece_keeps_the_boxes_it_came_from_in_the_inputs_units(merged: bool) -> None:
    data = page_dict(split(column_page(merged)))
    jsonschema.validate(data, SCHEMA)
    article = data["articles"][0]
    assert article["bbox"]["headline"] == [[60, 0, 340, 40]]
    # the paragraph cut at the foot of the left column: two lines there, two at the top right
    # (where the engine ran lines together, each keeps its side of the box, cut at the gutter)
    assert article["bbox"]["paragraphs"][2] == [
        [40, 190, 200, 210],
        [0, 216, 200, 236],
        [240, 60, 440, 80],
        [240, 86, 320, 106],
    ]
    assert data["source"]["format"] == "paddleocr"


def test_a_text_page_has_no_boxes_and_no_format() -> None:
    data = page_dict(split("标题\n\n　　本报讯 会上，车俊强调。\n"))
    assert "bbox" not in data["articles"][0] and "format" not in data["source"]


def test_headings_by_type_size_kicker_above_headline_deck_below() -> None:
    page = split(
        paddle(
            [
                ("省委召开全会", 40, 0, 220, 30),  # kicker, 30 high
                ("推动高质量发展", 0, 40, 420, 100),  # headline, 60 high
                ("记者在现场看到", 40, 110, 250, 140),  # deck, 30 high
                ("本报讯 会议今天在杭州举行，", 0, 160, 280, 180),
                ("与会代表认真讨论了报告。", 0, 186, 240, 206),
            ]
        )
    )
    [article] = page.articles
    assert article.kicker and article.kicker.text == "省委召开全会"
    assert article.headline and article.headline.text == "推动高质量发展"
    assert article.subheadline and article.subheadline.text == "记者在现场看到"


def test_a_short_line_in_body_type_is_no_headline_where_headlines_are_set_large() -> None:
    page = split(
        paddle(
            [
                ("新区建设全面提速", 0, 0, 480, 60),
                ("本报讯 新区今年开工项目六十个，总投资三百亿元。", 0, 80, 480, 100),
                ("重点项目", 200, 106, 280, 126),  # an intertitle: body type, centred
                ("交通枢纽年底前完工。", 40, 132, 240, 152),
            ]
        )
    )
    assert len(page.articles) == 1
    assert "重点项目" in [p.text for p in page.articles[0].paragraphs]


def test_paddleocr_forms_and_hocr_read_alike() -> None:
    boxes = [[0, 0, 100, 20], [0, 30, 120, 50]]
    texts = ["第一行", "第二行"]
    forms = [
        json.dumps({"res": {"rec_texts": texts, "rec_boxes": boxes}}),
        json.dumps(
            [
                [
                    [[[0, 0], [100, 0], [100, 20], [0, 20]], [texts[0], 0.99]],
                    [[[0, 30], [120, 30], [120, 50], [0, 50]], [texts[1], 0.98]],
                ]
            ]
        ),
        json.dumps({"ocr_results": [{"text": t, "box": b} for t, b in zip(texts, boxes, strict=True)]}),
        '<html><body><div class="ocr_page" title="bbox 0 0 200 60">'
        '<span class="ocr_line" title="bbox 0 0 100 20; x_size 20">'
        '<span class="ocrx_word" title="bbox 0 0 100 20">第一行</span></span>'
        '<span class="ocr_line" title="bbox 0 30 120 50; x_size 20">'
        '<span class="ocrx_word">第二</span><span class="ocrx_word"><strong>行</strong></span></span>'
        "</div></body></html>",
    ]
    for form in forms:
        fmt = sniff(form)
        assert fmt is not None
        lines = read_lines(form, fmt)
        assert [line.text for line in lines] == texts
        assert lines[1].box == Box(0, 30, 120, 50)


def test_alto_reads_strings_spaces_hyphens_and_font_sizes() -> None:
    alto = (
        '<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Styles>'
        '<TextStyle ID="S1" FONTSIZE="9"/><TextStyle ID="S2" FONTSIZE="24"/></Styles>'
        "<Layout><Page><PrintSpace>"
        '<TextBlock STYLEREFS="S2"><TextLine HPOS="10" VPOS="10" WIDTH="400" HEIGHT="40">'
        '<String CONTENT="FIRE"/><SP/><String CONTENT="DOWNTOWN"/></TextLine></TextBlock>'
        '<TextBlock STYLEREFS="S1"><TextLine HPOS="10" VPOS="60" WIDTH="300" HEIGHT="12">'
        '<String CONTENT="The"/><SP/><String CONTENT="gov"/><HYP CONTENT="-"/></TextLine></TextBlock>'
        "</PrintSpace></Page></Layout></alto>"
    )
    assert sniff(alto) == "alto"
    head, body = read_lines(alto, "alto")
    assert (head.text, head.size, head.box) == ("FIRE DOWNTOWN", 24, Box(10, 10, 410, 50))
    assert (body.text, body.size) == ("The gov-", 9)


def test_text_that_only_looks_like_json_or_markup_is_read_as_text() -> None:
    for text in ('{"note": "not OCR"}', "<p>a letter</p>", "[1] 本报讯"):
        assert sniff(text) is None


BOMB = (
    '<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><alto><Layout><Page><PrintSpace><TextBlock>'
    '<TextLine HPOS="0" VPOS="0" WIDTH="9" HEIGHT="9"><String CONTENT="&c;"/></TextLine>'
    "</TextBlock></PrintSpace></Page></Layout></alto>"
)
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY x SYSTEM "file:///etc/passwd">]><alto><Layout><Page>'
    '<PrintSpace><TextBlock><TextLine HPOS="0" VPOS="0" WIDTH="9" HEIGHT="9"><String CONTENT="&x;"/>'
    "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>"
)


@pytest.mark.parametrize("hostile", [BOMB, EXTERNAL], ids=["entity-expansion", "external-entity"])
def test_hostile_xml_is_refused_naming_the_file(hostile: str) -> None:
    with pytest.raises(InputError, match=r"^bad\.xml: refused XML"):
        split(hostile, Source(path="bad.xml"))


def test_hostile_and_huge_pages_are_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bomb.xml").write_text(BOMB, encoding="utf-8")
    (tmp_path / "external.xml").write_text(EXTERNAL, encoding="utf-8")
    with open(tmp_path / "huge.xml", "wb") as handle:
        handle.write(b"<alto>")
        handle.truncate(MAX_BYTES + 1)
    (tmp_path / "page.json").write_text(column_page(merged=True), encoding="utf-8")
    (tmp_path / "page.txt").write_text("标题\n\n　　本报讯 会上，车俊强调。\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "split",
            "--jsonl",
            "-q",
            "-j",
            "1",
            "--glob",
            "*.txt",
            "--glob",
            "*.xml",
            "--glob",
            "*.json",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 3
    assert any("bomb.xml: refused XML" in line for line in errors)
    assert any("external.xml: refused XML" in line for line in errors)
    assert any("huge.xml: too large" in line for line in errors)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"].rsplit("/", 1)[1] for r in records] == ["page.json", "page.txt"]
    assert "bbox" in records[0] and "bbox" not in records[1]


def test_a_directory_gives_its_text_pages_only_unless_asked(tmp_path: Path) -> None:
    (tmp_path / "page.json").write_text(column_page(merged=False), encoding="utf-8")
    (tmp_path / "page.txt").write_text("标题\n\n　　本报讯 会上，车俊强调。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["split", "--jsonl", "-q", "-j", "1", str(tmp_path)])
    assert result.exit_code == 0
    assert [json.loads(line)["source"]["path"][-8:] for line in result.stdout.splitlines()] == ["page.txt"]


def test_explain_html_draws_the_boxes_coloured_by_role() -> None:
    rendered = to_html(explain(column_page(merged=True)))
    assert "<svg" in rendered
    assert 'fill="#c00"' in rendered  # the headline's box, in the headline's colour
    assert rendered.count("<rect") == 1 + 14  # the headline and each line (each side of a run-together one)


def test_composed_column_pages_meet_the_bar() -> None:
    tally = score.Tally()
    pages = sorted(COLUMNS.glob("*.gold.json"))
    assert len(pages) == 8
    for gold_path in pages:
        stem = gold_path.name.removesuffix(".gold.json")
        page = next(p for p in COLUMNS.glob(stem + ".*") if not p.name.endswith(".gold.json"))
        text, source = read_path(page)
        score.score_page(json.loads(gold_path.read_text("utf-8")), page_dict(split(text, source)), tally)
    figures = tally.figures()
    # pinned at today's figures: lower them only with a reason
    assert figures["seg_f1"] == 1.0
    assert figures["heading"] == 1.0
    assert figures["para_f1"] == 1.0


@pytest.mark.skipif(not REAL_1967.exists(), reason="rebuild it with tools/real_pages.py")
def test_the_1967_page_gives_its_three_stories_in_column_order() -> None:
    text, source = read_path(REAL_1967)
    page = split(text, source)
    assert len(page.articles) == 3
    first, second, third = page.articles
    assert first.headline is None  # continued from page 1
    assert second.headline and second.headline.text == "周总理批斗贺龙問題"
    assert third.headline and third.headline.text.startswith("是革命老英雄")
    body = ["".join(p.text for p in a.paragraphs) for a in page.articles]
    # the left column runs on into the right one: 派 / 了二、三个人 and 比作“向 / 大地撒下
    assert "秋收起义。派了二、三个人到洪湖" in body[1]
    assert "是一贯正确的，这当然是不对的" in body[1]
    assert "比作“向大地撒下金黄色光辉" in body[2]
    assert body[2].index("这部以红二方面军") < body[2].index("文章说") < body[2].index("大地撒下")


BOXED_LINES = st.lists(
    st.tuples(
        st.text(alphabet="甲乙丙丁，。“”ab 12", min_size=1, max_size=30),
        st.integers(0, 2000),
        st.integers(0, 3000),
        st.integers(1, 900),
        st.integers(1, 120),
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(BOXED_LINES)
def test_any_lines_with_boxes_are_laid_out_and_no_letter_is_lost(
    lines: list[tuple[str, int, int, int, int]],
) -> None:
    page = [(text, x, y, x + w, y + h) for text, x, y, w, h in lines if text.strip()]
    if not page:
        return
    laid = lay_out([OcrLine(t, Box(x0, y0, x1, y1), y1 - y0, y1 - y0) for t, x0, y0, x1, y1 in page])
    letters = sorted(ch for t, *_ in page for ch in t if not ch.isspace())
    assert sorted(ch for ch in laid.text if not ch.isspace()) == letters
    split(paddle(page))  # and the whole pipeline takes it


def test_alto_in_a_national_encoding_is_decoded_as_declared(tmp_path: Path) -> None:
    alto = (
        '<?xml version="1.0" encoding="GB2312"?><alto><Layout><Page><PrintSpace><TextBlock>'
        '<TextLine HPOS="0" VPOS="0" WIDTH="200" HEIGHT="40"><String CONTENT="城市绿道串起公园"/></TextLine>'
        '<TextLine HPOS="0" VPOS="60" WIDTH="400" HEIGHT="20">'
        '<String CONTENT="本报讯 绿道二期工程日前开工，全长四十六公里。"/>'
        "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>"
    )
    (tmp_path / "page.xml").write_bytes(alto.encode("gb18030"))
    text, source = read_path(tmp_path / "page.xml")
    page = split(text, source)
    assert page.source.format == "alto"
    assert page.articles[0].headline and page.articles[0].headline.text == "城市绿道串起公园"


def test_paddleocr_3_json_is_told_however_long_its_settings_before_the_texts() -> None:
    polys = [[[0, 0], [100, 0], [100, 20], [0, 20]]] * 400
    saved = {"input_path": "p.png", "dt_polys": polys, "text_det_params": {"limit_side_len": 64}}
    saved |= {"rec_texts": ["第一行"] * 400, "rec_polys": polys}
    assert sniff(json.dumps(saved, ensure_ascii=False)) == "paddleocr"
