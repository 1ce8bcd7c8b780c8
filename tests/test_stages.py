"""One behaviour a test, each with the smallest page that shows it."""

from __future__ import annotations

import pytest

from papercut import split
from papercut.blocks import split_blocks
from papercut.classify import classify, kind_of
from papercut.model import Kind, Piece, Role, Span
from papercut.repair import repair


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_one_paragraph_a_line_gives_a_block_a_line() -> None:
    blocks = split_blocks("标题\n\n第一段。\n第二段。\n")
    assert [b.text for b in blocks] == ["标题", "第一段。", "第二段。"]


def test_wrapped_column_lines_join_and_an_indent_starts_a_paragraph() -> None:
    column = "\n".join(["　　" + "甲" * 16] + ["乙" * 18] * 6 + ["丙" * 5, "　　" + "丁" * 16, "戊" * 4])
    blocks = split_blocks(column)
    assert [len(b.text) for b in blocks] == [16 + 18 * 6 + 5, 20]
    assert blocks[1].spans[0].start == column.index("丁")


def test_spans_point_into_the_input_even_with_crlf() -> None:
    text = "标题\r\n\r\n正文第一句。\r\n"
    block = split_blocks(text)[1]
    assert text[block.spans[0].start : block.spans[0].end] == "正文第一句。"


def test_kinds_of_lines_judged_alone() -> None:
    def kind(text: str) -> Kind:
        return kind_of(split_blocks(text)[0])

    assert kind("本报记者 陈佳妮") is Kind.BYLINE
    assert kind("《浙江日报》记者 王国锋 余勤") is Kind.BYLINE
    assert kind("记者 张三 通讯员 李四") is Kind.BYLINE
    assert kind("本报全媒体记者 张三 通讯员 李四") is Kind.BYLINE  # provincial papers' reporters
    assert kind("本报特派记者 李四") is Kind.BYLINE
    assert kind("本报记者\u3000陈\u00a0佳\u00a0妮") is Kind.BYLINE
    assert kind("（本报记者 张三 报道）") is Kind.CLOSING_CREDIT
    assert kind("新华社记者 李四摄") is Kind.CREDIT
    assert kind("会议现场 《浙江日报》记者 梁臻 摄") is Kind.CAPTION
    assert kind("2018年3月30日 星期五") is Kind.FURNITURE
    assert kind("责任编辑：张伟") is Kind.FURNITURE
    assert kind("导读") is Kind.TEASER_HEAD
    assert kind("本报讯 3月26日晚上，台州市公安局民警下班回家。") is Kind.DATELINE
    assert kind("新华社记者近日从国家电网获悉，电网负荷创新高，各地保供有力有序。") is Kind.BODY


def test_kicker_on_the_headline_line_is_split_off() -> None:
    page = split(_page("车俊在会议上强调 建设平安浙江", "本报记者 陈佳妮", "正文。"))
    article = page.articles[0]
    assert article.kicker and article.kicker.text == "车俊在会议上强调"
    assert article.headline and article.headline.text == "建设平安浙江"


def test_three_heading_lines_are_kicker_headline_subheadline() -> None:
    page = split(_page("引题在这里", "主标题在这里", "副题在这里", "本报记者 张三", "正文。"))
    a = page.articles[0]
    assert (a.kicker.text, a.headline.text, a.subheadline.text) == (  # type: ignore[union-attr]
        "引题在这里",
        "主标题在这里",
        "副题在这里",
    )


def test_letter_spaced_headline_is_closed_up() -> None:
    page = split(_page("平 安 浙 江", "本报讯 正文。"))
    assert page.articles[0].headline.text == "平安浙江"  # type: ignore[union-attr]


def test_letter_spaced_headline_closes_up_its_marks_and_digits_too() -> None:
    """Marks and digits are spaced out with the characters; a wider gap was a word space."""
    for spaced, closed in (
        ("带 着 问 题 学 （ 大 家 手 笔 ）", "带着问题学（大家手笔）"),
        ("坚 守 2 3 年 的 报 栏", "坚守23年的报栏"),
        ('图 书 、 展 览 \u3000 " 云 " 上 看', "图书、展览 “云”上看"),
    ):
        [article] = split(_page(spaced, "本报讯 报栏立在村口，二十多年来每天都有新报纸贴上。")).articles
        assert article.headline.text == closed  # type: ignore[union-attr]


def test_xinhua_dateline_gives_dateline_and_bracketed_byline() -> None:
    page = split(_page("标题", "新华社北京12月31日电（记者王五）全国铁路今日迎来客流高峰。"))
    a = page.articles[0]
    assert a.dateline.text == "新华社北京12月31日电"  # type: ignore[union-attr]
    assert a.byline.text == "记者王五"  # type: ignore[union-attr]
    assert a.paragraphs[0].text == "全国铁路今日迎来客流高峰。"


def test_caption_between_halves_is_lifted_and_paragraph_rejoined() -> None:
    page = split(_page("标题", "本报讯 坚持抓", "会议现场 新华社记者 李四摄", "发展、抓稳定。"))
    a = page.articles[0]
    assert [p.text for p in a.paragraphs] == ["坚持抓发展、抓稳定。"]
    assert [(c.text, c.credit) for c in a.captions] == [("会议现场", "新华社记者 李四摄")]


def test_credit_on_the_next_line_belongs_to_the_caption() -> None:
    page = split(_page("标题", "本报讯 坚持抓", "会议现场\n新华社记者 李四摄", "发展。"))
    assert [(c.text, c.credit) for c in page.articles[0].captions] == [("会议现场", "新华社记者 李四摄")]


def test_closing_credit_is_the_byline_not_a_paragraph() -> None:
    page = split(_page("标题", "本报讯 正文。", "（本报记者 张三 报道）"))
    a = page.articles[0]
    assert a.byline.text == "本报记者 张三 报道"  # type: ignore[union-attr]
    assert [p.text for p in a.paragraphs] == ["正文。"]


def test_closing_credit_run_into_the_last_paragraph_is_cut_off() -> None:
    page = split(_page("标题", "本报讯 正文。（记者 李四）"))
    assert page.articles[0].byline.text == "记者 李四"  # type: ignore[union-attr]


def test_intertitle_stays_in_its_article_as_a_paragraph() -> None:
    page = split(_page("标题", "本报记者 张三", "第一段。", "织密防控网", "第二段。"))
    assert len(page.articles) == 1
    assert [p.text for p in page.articles[0].paragraphs] == ["第一段。", "织密防控网", "第二段。"]


def test_page_furniture_teaser_and_ads_go_to_other() -> None:
    page = split(
        _page(
            "2019年1月2日 星期三",
            "标题",
            "本报讯 正文。",
            "导读",
            "条目一",
            "条目二",
            "订阅热线\n0571-85310000",
        )
    )
    kinds = [(o.kind, o.text) for o in page.other]
    assert kinds == [
        ("furniture", "2019年1月2日 星期三"),
        ("teaser", "导读\n条目一\n条目二"),
        ("advertisement", "订阅热线\n0571-85310000"),
    ]


def test_column_break_on_an_indented_page_joins_the_unindented_half() -> None:
    lines = ["　　" + "甲" * 16] + ["乙" * 18] * 3 + ["丙。丙" * 6]
    page_text = _page("标题", "本报记者 张三", "\n".join(lines), "丁丁丁。", "　　" + "戊" * 10 + "。")
    paragraphs = [p.text for p in split(page_text).articles[0].paragraphs]
    assert paragraphs[0].endswith("丁丁丁。") and paragraphs[1] == "戊" * 10 + "。"


@pytest.mark.parametrize("cut", ["。", "！", "？", "。”", "；"])
def test_a_column_break_right_after_a_full_stop_on_an_indented_page_still_joins(cut: str) -> None:
    """On a page that marks paragraphs by indent, a column that ends on a sentence's end and
    a next column whose first line has no indent are one paragraph: the indent decides, not the
    punctuation (`…共同责任。` / `当前我省…` printed flush left at the top of the next column)."""
    first = "　　全省建设平安浙江工作会议29日在杭州举行，会议表彰了平安建设先进" + cut
    second = "当前我省正处在高水平全面建成小康社会的关键时期。"
    text = _page("平安浙江", "本报记者 张三", first, second, "　　会议强调，要坚持问题导向。")
    paragraphs = [p.text for p in split(text).articles[0].paragraphs]
    assert paragraphs == [first.strip("　") + second, "会议强调，要坚持问题导向。"]


def test_roles_mark_where_articles_start() -> None:
    pieces = classify(split_blocks(_page("标题一", "本报讯 正文。", "标题二", "本报记者 李四", "正文。")))
    assert [p.role for p in pieces if p.starts_article] == [Role.HEADLINE, Role.HEADLINE]


def test_a_figure_cut_at_a_columns_edge_is_whole_again() -> None:
    """`…签订201` / `8年度…`: a figure is never set apart inside Chinese text."""
    column = "　　会上，各市主要负责人签订201\n8年度平安综治目标管理责任书。\n\n　　会议表彰了平安建设先进。"
    [article] = split(_page("平安浙江", "本报记者 张三", column)).articles
    assert [p.text for p in article.paragraphs] == [
        "会上，各市主要负责人签订2018年度平安综治目标管理责任书。",
        "会议表彰了平安建设先进。",
    ]


def test_a_url_cut_at_a_columns_edge_is_whole_again() -> None:
    for cut, whole in (
        ("课程内容可登录http://w\nww.zjol.com.cn查询，", "课程内容可登录http://www.zjol.com.cn查询，"),
        ("来信请寄rmrbgj@peop\nle.cn，", "来信请寄rmrbgj@people.cn，"),
        ("项目名为Cloud\nfor Good，", "项目名为Cloud for Good，"),  # two words keep their space
    ):
        column = f"　　{cut}每周二开课。\n\n　　全部免费。"
        [article] = split(_page("平安浙江", "本报记者 张三", column)).articles
        assert article.paragraphs[0].text == f"{whole}每周二开课。"


@pytest.mark.xfail(
    strict=True, reason="known: a paragraph's opening alone at a column's foot reads as an intertitle"
)
def test_a_paragraphs_opening_alone_at_a_columns_foot_joins_the_next_column() -> None:
    first, rest = (
        "　　路桥公安分局大院\n里也开展了“家”文化",
        "建设：警营文化活动中，民警可以赏鉴同事们的作品。",
    )
    text = _page("平安浙江", "本报记者 张三", first, rest, "　　会议强调，要坚持问题导向。")
    paragraphs = [p.text for p in split(text).articles[0].paragraphs]
    assert paragraphs[0] == "路桥公安分局大院里也开展了“家”文化" + rest


P1 = "全省建设平安浙江工作会议29日举行，省委书记车俊出席会议并讲话，各市县设分会场。"
P2 = "车俊强调，平安是全社会的共同期盼，建设平安浙江是全省上下的共同责任，要坚持问题导向。"
#: two stories with every tail repair mends: a jump line and a closing credit run into their
#: paragraphs (in either script, with either bracket), a credit on the line under its caption
TAILS = _page(
    "平安浙江",
    P1 + " （下转第二版）",
    "与会领导为获奖者授鼎授牌",
    "新华社记者 李四摄",
    P2 + "(本报记者 王五 报道)",
    "第二篇标题在这里",
    "本报记者 赵六",
    P1 + "（上接第一版）",
    P2 + "（下轉第三版）",
)


def test_tails_run_into_paragraphs_are_cut_off_and_each_cut_is_recorded() -> None:
    pieces, decisions = repair(classify(split_blocks(TAILS)))
    assert [(d.stage, d.action, [TAILS[s.start : s.end] for s in d.spans], d.detail) for d in decisions] == [
        ("repair", "split jump", ["（下转第二版）"], "（下转第二版）"),
        ("repair", "split byline", ["(本报记者 王五 报道)"], "本报记者 王五 报道"),
        ("repair", "split jump", ["（上接第一版）"], "（上接第一版）"),
        ("repair", "split jump", ["（下轉第三版）"], "（下轉第三版）"),
        ("repair", "credit joined", ["新华社记者 李四摄"], "新华社记者 李四摄"),
    ]
    # each half keeps its place on the page and the story it was printed in
    cut = [(p.role, p.text, [TAILS[s.start : s.end] for s in p.spans], p.group) for p in pieces[1:6]]
    assert cut == [
        (Role.BODY, P1, [P1 + " "], 1),  # the span is cut where the jump starts
        (Role.JUMP, "（下转第二版）", ["（下转第二版）"], 1),
        (Role.CAPTION, "与会领导为获奖者授鼎授牌", ["与会领导为获奖者授鼎授牌", "新华社记者 李四摄"], 2),
        (Role.BODY, P2, [P2], 4),
        (Role.BYLINE, "本报记者 王五 报道", ["(本报记者 王五 报道)"], 4),
    ]
    first, second = split(TAILS).articles
    assert (first.byline and first.byline.text, [j.text for j in first.jumps]) == (
        "本报记者 王五 报道",
        ["（下转第二版）"],
    )
    assert [p.text for p in first.paragraphs] == [P1, P2]
    assert [(c.text, c.credit) for c in first.captions] == [("与会领导为获奖者授鼎授牌", "新华社记者 李四摄")]
    assert [p.text for p in second.paragraphs] == [P1, P2]
    assert [j.text for j in second.jumps] == ["（上接第一版）", "（下轉第三版）"]


def test_a_paragraph_long_text_over_a_credit_line_is_its_caption_up_to_the_caption_limit() -> None:
    from papercut.classify import CAPTION_MAX

    for length, lifted in ((CAPTION_MAX, True), (CAPTION_MAX + 1, False)):
        words = ("与会领导为获奖者授鼎授牌，" * 20)[: length - 1] + "。"
        page = split(_page("平安浙江", "本报记者 张三", P1, words, "新华社记者 李四摄", P2))
        captions = [(c.text, c.credit) for c in page.articles[0].captions]
        assert (captions == [(words, "新华社记者 李四摄")]) is lifted, length


def test_a_reporter_in_brackets_after_the_dateline_joins_the_byline_printed_above() -> None:
    text = _page(
        "标题", "本报记者 张三", "新华社北京12月31日电（记者王五）国务院常务会议31日召开，部署各项工作。"
    )
    [article] = split(text).articles
    assert article.byline is not None and article.byline.text == "本报记者 张三 记者王五"
    assert [text[s.start : s.end] for s in article.byline.spans] == [
        "本报记者 张三",
        "新华社北京12月31日电（记者王五）",
    ]
    assert article.dateline is not None and article.dateline.text == "新华社北京12月31日电"
    assert [p.text for p in article.paragraphs] == ["国务院常务会议31日召开，部署各项工作。"]


@pytest.mark.parametrize(
    ("width", "lines"), [(10, ["新华社北京12月", "31日电"]), (12, ["新华社北京12月31", "日电"])]
)
def test_a_dateline_wrapped_over_two_lines_points_at_both(width: int, lines: list[str]) -> None:
    body = "\u3000\u3000新华社北京12月31日电 国务院常务会议31日召开，部署各项工作。会议指出，要做好各项工作。"
    column = "\n".join(body[i : i + width] for i in range(0, len(body), width))
    text = _page("标题", "本报记者 张三", column, "\u3000\u3000会议强调，要坚持问题导向。")
    article = split(text).articles[0]
    assert article.dateline is not None and [text[s.start : s.end] for s in article.dateline.spans] == lines
    assert article.paragraphs[0].text.startswith("国务院常务会议")
    assert text[article.paragraphs[0].spans[0].start] == "国"


def test_a_dateline_with_nothing_after_it_is_left_as_text() -> None:
    [article] = split(_page("标题", "本报记者 张三", "新华社北京12月31日电")).articles
    assert article.dateline is None
    assert [p.text for p in article.paragraphs] == ["新华社北京12月31日电"]


def test_a_headline_after_an_articles_text_starts_the_next_article() -> None:
    from papercut.articles import group
    from papercut.model import Piece, Span

    def piece(role: Role, text: str, at: int) -> Piece:
        return Piece(role, text, (Span(at, at + len(text)),))

    pieces = [
        piece(Role.HEADLINE, "标题一", 0),
        piece(Role.BODY, "正文一。", 4),
        piece(Role.HEADLINE, "标题二", 9),  # not marked as starting an article
        piece(Role.HEADLINE, "标题三", 13),  # a second headline over no text
        piece(Role.BODY, "正文三。", 17),
    ]
    articles, other = group(pieces, [], "标题一\n正文一。\n标题二\n标题三\n正文三。")
    assert [(a.headline and a.headline.text, [p.text for p in a.paragraphs]) for a in articles] == [
        ("标题一", ["正文一。"]),
        ("标题二", []),
        ("标题三", ["正文三。"]),
    ]
    assert other == []


def test_a_credit_under_a_short_paragraph_makes_it_a_caption() -> None:
    from papercut.model import Piece, Span

    text = "会议表彰了平安建设先进。\n新华社记者 李四摄\n"
    body = Piece(Role.BODY, "会议表彰了平安建设先进。", (Span(0, 12),))
    credit = Piece(Role.CREDIT, "新华社记者 李四摄", (Span(13, 22),))
    [caption], decisions = repair([body, credit])
    assert (caption.role, caption.text, caption.credit) == (
        Role.CAPTION,
        "会议表彰了平安建设先进。",
        "新华社记者 李四摄",
    )
    assert [text[s.start : s.end] for s in caption.spans] == ["会议表彰了平安建设先进。", "新华社记者 李四摄"]
    assert [(d.action, d.detail) for d in decisions] == [("credit joined", "新华社记者 李四摄")]


def test_a_credit_with_no_caption_is_a_caption_of_its_own() -> None:
    from papercut.model import Piece, Span

    credit = Piece(Role.CREDIT, "新华社记者 李四摄 ", (Span(0, 10),))
    headline = Piece(Role.HEADLINE, "平安浙江", (Span(11, 15),), starts_article=True)
    for pieces in ([credit], [headline, credit], [credit, headline]):
        mended, _ = repair(pieces)
        [alone] = [p for p in mended if p.credit is not None]
        assert (alone.role, alone.text, alone.credit) == (Role.CAPTION, "", "新华社记者 李四摄")
        assert len(mended) == len(pieces)


def _piece(role: Role, text: str, at: int, script: str = "zh") -> Piece:
    return Piece(role, text, (Span(at, at + len(text)),), script=script)


def test_a_latin_line_in_capitals_never_continues_the_paragraph_above() -> None:
    """`POLAND! POLAND!` under a paragraph that ends in OCR noise stays apart; a Latin
    intertitle in small letters goes on with it."""
    above = _piece(Role.BODY, "The council met last night and voted for the bond issue of", 0, "latin")
    for line, joined in (("POLAND! POLAND! POLAND!", False), ("the city's water works.", True)):
        mended, _ = repair([above, _piece(Role.INTERTITLE, line, 60, "latin")])
        assert (len(mended) == 1) is joined, line


def test_a_chinese_paragraph_ending_in_a_lone_character_goes_on() -> None:
    """The speck rule is Latin's (`him. ,` ends a sentence); in Chinese `…责任书。 二` is cut."""
    first = _piece(Role.BODY, "会上签订了责任书。 二", 0)
    mended, _ = repair([first, _piece(Role.BODY, "〇一八年度目标同时下达。", 12)._replace(continues=True)])
    assert [p.text for p in mended] == ["会上签订了责任书。 二〇一八年度目标同时下达。"]


def test_a_word_broken_at_a_column_break_is_joined_as_the_page_spells_it() -> None:
    """`Old-` / (column break) / `field`: the page prints `Oldfield` elsewhere, so it is one word."""
    pieces = [
        _piece(Role.BODY, "The car driven by Leo Old-", 0, "latin"),
        _piece(Role.BODY, "field plunged into the crowd.", 27, "latin")._replace(continues=True),
        _piece(Role.BODY, "Oldfield was hurt.", 57, "latin")._replace(continues=True),
        _piece(Role.BODY, "全省会议召开。", 76)._replace(continues=True),
    ]
    mended, decisions = repair(pieces)
    assert mended[0].text == "The car driven by Leo Oldfield plunged into the crowd."
    assert [(d.action, d.detail) for d in decisions] == [("join", "no closing punctuation")]


def test_each_repair_of_a_page_is_recorded_with_its_reason() -> None:
    first = "\u3000\u3000全省建设平安浙江工作会议29日在杭州举行，会议表彰了平安建设先进。"
    second = "当前我省正处在高水平全面建成小康社会的关键时期。"
    text = _page("平 安 浙 江", "本报记者 张三", first, second, "\u3000\u3000会议强调，要坚持问题导向。")
    _, decisions = repair(classify(split_blocks(text)))
    found = [(d.action, [text[s.start : s.end] for s in d.spans], d.detail) for d in decisions]
    assert found == [
        ("join", [first.strip(), second], "no indent"),
        ("close up", ["平 安 浙 江"], "平 安 浙 江"),
    ]
    assert {d.stage for d in decisions} == {"repair"}


def _grouped(*pieces: tuple[Role, str]) -> list[tuple[object, ...]]:
    """articles.group over hand-made pieces, one a line: each article's fields as text."""
    from papercut.articles import group

    page, made = "", []
    for role, text in pieces:
        made.append(Piece(role, text, (Span(len(page), len(page) + len(text)),)))
        page += text + "\n"
    articles, _ = group(made, [], page)

    def text(field: object) -> str | None:
        return getattr(field, "text", None)

    return [
        (
            text(a.headline),
            text(a.byline),
            text(a.dateline),
            [p.text for p in a.paragraphs],
            [c.text for c in a.captions],
        )
        for a in articles
    ]


def test_articles_are_made_of_their_pieces() -> None:
    # two byline lines are one byline
    assert _grouped(
        (Role.HEADLINE, "标题"),
        (Role.BYLINE, "本报记者 张三"),
        (Role.BYLINE, "通讯员 李四"),
        (Role.BODY, "正文。"),
    ) == [("标题", "本报记者 张三 通讯员 李四", None, ["正文。"], [])]
    # a caption printed before any article goes to the first one
    assert _grouped((Role.CAPTION, "会议现场"), (Role.HEADLINE, "标题"), (Role.BODY, "正文。")) == [
        ("标题", None, None, ["正文。"], ["会议现场"])
    ]
    # a body that is only a dateline is text; a dateline with only a mark after it is lifted
    assert _grouped((Role.HEADLINE, "标题"), (Role.BODY, "本报讯")) == [("标题", None, None, ["本报讯"], [])]
    assert _grouped((Role.HEADLINE, "标题"), (Role.BODY, "本报讯。")) == [
        ("标题", None, "本报讯", ["。"], [])
    ]


def _wrapped(text: str, width: int) -> list[str]:
    """A paragraph set in a column `width` characters wide, its first line indented."""
    body = "　　" + text
    lines = [body[: width + 2]]
    body = body[width + 2 :]
    while body:
        lines.append(body[:width])
        body = body[width:]
    return lines


def test_a_heading_wider_than_the_column_stands_apart_on_a_page_with_no_blank_lines() -> None:
    """An OCR page with no blank line anywhere: only the lengths of the lines tell a heading set
    across columns from the column's text, which is cut at one width (here 12)."""
    first = (
        "市里今年新建了三座公园，居民出门就能看到绿地。公园里还修了步道和健身场地，周末来散步的人很多。"
        "园林部门说，明年还要在老城区见缝插绿，再建一批口袋公园，让更多居民受益。"
    )
    second = (
        "全市中小学春季开学的准备工作已经基本就绪，各校检查了教室和食堂的安全。开学第一周学生分批返校。"
        "教育部门要求各校做好课程衔接，帮助学生尽快收心，回到正常的学习节奏。"
    )
    lines = [
        "城市日报 2020年3月2日 星期一 第4版",
        "城北新区三座新公园本月全部开放迎客",
        "本报记者 王小明",
        *_wrapped(first, 12),
        "全市中小学开学准备工作基本就绪",
        "本报记者 李文",
        *_wrapped(second, 12),
    ]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [
        "城市日报 2020年3月2日 星期一 第4版",
        "城北新区三座新公园本月全部开放迎客",
        "本报记者 王小明",
        first,
        "全市中小学开学准备工作基本就绪",
        "本报记者 李文",
        second,
    ]


def _bare(text: str, width: int) -> list[str]:
    """A paragraph set in a column `width` characters wide, as OCR that drops indents gives it."""
    return [text[at : at + width] for at in range(0, len(text), width)]


def test_paragraph_ends_and_headings_at_the_columns_width_on_a_page_of_bare_lines() -> None:
    """OCR that gives one line a line, no blank lines and no indents: a line short of the
    column's width (12) that ends a sentence ends its paragraph, and a heading as wide as the
    column ending in its tag, or letter-spaced, stands apart from the text under it."""
    head = "新公园开放了（城市观察）"
    first = "市里今年新建了三座公园，居民出门就能看到绿地。公园里还修了步道和健身场地，周末来散步的人很多。"
    second = "园林部门说，明年还要在老城区见缝插绿，再建一批口袋公园，让居民受益。"
    spaced = "开 学 准 备 已 就 绪"
    third = "全市中小学春季开学的准备工作已经基本就绪，各校检查了教室和食堂的安全。开学第一周学生分批返校。"
    assert (len(head), len(first) % 12, len(second) % 12, len(spaced)) == (12, 11, 10, 13)
    lines = [head, *_bare(first, 12), *_bare(second, 12), spaced, *_bare(third, 12)]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [head, first, second, spaced, third]


def test_a_list_lead_in_and_item_short_of_the_column_end_their_paragraphs_on_a_page_of_bare_lines() -> None:
    """A line a character short of the column (12) that ends in a colon (a list's lead-in) or a
    semicolon (a list's item) ends its paragraph, as one ending a sentence does: the list's next
    item opens a paragraph of its own."""
    lead = "会议研究讨论企业的重大经营管理事项，主要包括："
    first = "（一）企业发展战略、中长期发展规划和改革方案；"
    second = "（二）企业资产重组、产权转让和大额投资中的原则性问题。"
    assert (len(lead) % 12, len(first) % 12) == (11, 11)
    lines = [*_bare(lead, 12), *_bare(first, 12), *_bare(second, 12)]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [lead, first, second]


def test_a_line_opening_a_block_short_of_the_column_is_weighed_whole_on_a_page_of_bare_lines() -> None:
    """A line a character short of the column (12) under a paragraph's end, with commas but no
    stop, stands whole when it is a title of two phrases (an intertitle, its own paragraph) and
    goes on when the text below opens mid-sentence (a paragraph's first line, its mark lost by
    OCR): repair weighs it as it weighs a line further short."""
    first = "法国有机农业近年来发展迅速，有机农场的数量和面积都在快速增长。"
    title = "提升产品质量，减少污染"
    second = "走进位于巴黎西南部的一家有机农场，农场主正在给果树修剪枝条，他说有机种植让土地更健康。"
    third = "各校检查了教室和食堂安全，开学第一周学生分批返校。"
    assert (len(first) % 12, len(title), len(second) % 12, len(third[:11])) == (7, 11, 7, 11)
    lines = ["法国有机农业发展迅速", *_bare(first, 12), title, *_bare(second, 12), third[:11], third[11:]]
    (article,) = split("\n".join(lines) + "\n").articles
    assert [paragraph.text for paragraph in article.paragraphs] == [first, title, second, third]


def test_a_heading_under_a_paragraph_ending_at_the_columns_width_stands_apart_on_a_page_of_bare_lines() -> (
    None
):
    """A paragraph's last line can fill the column; a short line with no mark under it is the
    next story's heading, not the paragraph's."""
    first = "园林部门说，明年还要在老城区见缝插绿，再建一批口袋公园。"
    second = "全市中小学春季开学的准备工作已经基本就绪，各校检查了教室和食堂的安全。"
    assert len(first) % 14 == 0
    lines = [*_bare(first, 14), "中小学开学准备就绪", *_bare(second, 14)]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [first, "中小学开学准备就绪", second]


def test_a_heading_a_character_short_of_the_column_stands_apart_on_a_page_of_bare_lines() -> None:
    """A line with no mark that falls only a character short of the column (12) would go on into
    the line under it as a wrapped line does; it is a heading's, and ends its block."""
    head = "全市中小学开学准备就绪"
    text = "各校检查了教室和食堂的安全，开学第一周学生分批返校，家长可以在网上预约。"
    assert len(head) == 11
    lines = ["新学期开学了。", head, *_bare(text, 12)]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == ["新学期开学了。", head, text]


def test_a_paragraph_ending_on_a_full_line_ends_before_what_opens_one_on_a_page_of_bare_lines() -> None:
    """A paragraph's last line filling the column (12) ends it where the sentence is a quotation's
    attribution (`…说。`), or closes a quotation and the line under it opens another, or the line
    under it opens a law's article or a closing credit in brackets or a list's item; a full line
    ending a sentence otherwise goes on."""
    said = "“公园就在家门口，每天都来走走，身体好多了。”家住附近的王大妈高兴地说。"
    goes_on = (
        "园林部门的负责人介绍，明年还要在老城区见缝插绿。还要再建一批口袋公园，让更多的居民出门就能见绿。"
    )
    article = "第四条 国家实行森林资源保护发展目标责任制和考核评价制度，各地应当执行。"
    assert (len(said) % 12, goes_on.index("。") + 1, len(goes_on) % 12, len(article) % 12) == (0, 24, 0, 0)
    quoted = "“口袋公园让我们出门就见绿，散步都方便，真好。”"
    assert len(quoted) % 12 == 0
    lines = [*_bare(quoted, 12), *_bare(said, 12), *_bare(goes_on, 12), *_bare(article, 12), "（二）林长制"]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [
        quoted,
        said,
        goes_on,
        article,
        "（二）林长制",
    ]


def test_the_space_after_a_dateline_is_no_indent_on_a_page_of_bare_lines() -> None:
    """OCR that keeps the space after a dateline set alone on its line (`　国务院总理…`) and no
    other indent: the page marks its paragraphs by nothing, so a heading under a paragraph
    ending on a full line stands apart as on any such page (the dateline goes on into its
    paragraph)."""
    first = "国务院总理李克强6日上午主持召开国务院常务会议，部署进一步做好稳就业工作，确保就业大局总体稳定。"
    second = "会议指出，就业是民生之本，要把稳就业摆在更加突出的位置。"
    assert len(first) % 12 == 0
    head = "稳就业工作部署"
    lines = ["新华社北京1月6日电", "　" + first[:12], *_bare(first[12:], 12), head, *_bare(second, 12)]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [
        "新华社北京1月6日电" + first,
        head,
        second,
    ]


def test_a_deck_as_wide_as_the_column_stands_apart_but_a_dashed_list_item_goes_on() -> None:
    """A page of bare lines, column 18: a deck opening with a dash, with no mark, under its
    headline stands apart from the text under it; a list's item opening so under a sentence's
    end is a paragraph's first line and goes on."""
    deck = "——访天津大学药学院院长杰伊·西格尔"
    text = (
        "２０１１年，美国著名分子设计与新药研发专家杰伊·西格尔来到天津大学，探讨中国的高等教育问题。"
        "此后他出任药学院院长，把国际通行的课程和科研评价引入学院，培养了一批年轻学者。"
    )
    lead = "会议对今年的重点工作作出部署。"
    item = "——对大龄失业人员零就业家庭等急需就业的重点群体，要加强就业援助。"
    assert (len(deck), len(item[:18]), "，" in item[:18]) == (18, 18, False)
    lines = ["“中国将取得更多创新成果”", deck, *_bare(text, 18), lead, *_bare(item, 18)]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [
        "“中国将取得更多创新成果”",
        deck,
        text,
        lead,
        item,
    ]


def test_a_deck_naming_things_in_a_list_stands_apart_on_a_page_of_bare_lines() -> None:
    """A deck at the column's full width (19) may hold enumeration commas, and still stands apart
    from the text under it."""
    deck = "——访文化和旅游部党组书记、部长雒树刚"
    text = (
        "党的十九届四中全会对坚持和完善繁荣发展社会主义先进文化的制度作出部署，文化和旅游系统"
        "要认真学习领会，抓好贯彻落实。记者就此专访了文化和旅游部党组书记、部长雒树刚。"
    )
    assert len(deck) == 19
    head = "为实现中华民族伟大复兴凝神聚力"
    lines = [head, deck, *_bare(text, 19)]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [head, deck, text]


def test_a_running_head_as_wide_as_the_column_stands_apart_on_a_page_of_bare_lines() -> None:
    head = "人民日报  2020年1月10日"
    text = "全市中小学春季开学的准备工作已经基本就绪，各校检查了教室和食堂的安全。开学第一周学生分批返校。"
    lines = [head, "中小学开学准备就绪", *_bare(text, len(head))]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [head, "中小学开学准备就绪", text]


def test_a_headline_of_two_phrases_ending_in_its_tag_stands_apart_on_a_page_of_bare_lines() -> None:
    head = "奋斗，源自使命感（记者手记）"
    text = "从教六十余年，黄会林始终努力把课堂搬到田间地头，让学生在实践中读懂中国。"
    lines = ["新学期开学了。", head, *_bare(text, len(head))]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == ["新学期开学了。", head, text]


def test_a_sentence_ending_with_a_space_at_the_columns_width_goes_on_a_page_of_bare_lines() -> None:
    """The space after `。”` fills the line: the paragraph goes on below it."""
    lines = [
        "“村庄是我们共同的家园，",
        "境搞好了，是受益者。” ",
        "老村长回忆，两个月里一百",
        "名群众参与整治。",
    ]
    assert [len(line) for line in lines] == [12, 12, 12, 8]
    page = "\n".join(["这里的变化有目共睹，村民们都说好。", *lines]) + "\n"
    assert [b.text for b in split_blocks(page)][-1] == "".join(lines).replace(" ", "")


def test_a_column_rule_read_at_a_lines_edge_is_left_out() -> None:
    """OCR reads the rule between columns as `|` at a Chinese line's edge; it is no part of the
    text."""
    text = "\n".join(
        [
            "城北新区三座新公园开放 |",
            "",
            "本报记者 王小明",
            "",
            "| 市里今年新建了三座公园。",
            "",
            "园林部门说，明年还要建。 ｜",
        ]
    )
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == [
        "城北新区三座新公园开放",
        "本报记者 王小明",
        "市里今年新建了三座公园。",
        "园林部门说，明年还要建。",
    ]
    assert all(text[s.start : s.end] == b.text for b in blocks for s in b.spans)


def test_a_heading_under_a_full_line_stands_apart_on_an_indented_page_without_blank_lines() -> None:
    """OCR that keeps indents and gives no blank line: a flush line goes on the paragraph above
    it, but a short one with no mark under a full line ending a sentence or a closing credit,
    with text under it, is the next story's heading; a running head stands alone."""
    first = "　　园林部门说，明年还要在老城区见缝插绿，再建一批新的口袋公园。"
    second = "　　春运首日，全省铁路发送旅客二十万人次，比去年同期增长五个百分点，秩序井然。（本报记者 李文）"
    third = "　　全市中小学春季开学的准备工作已经基本就绪，各校检查了教室和食堂的安全。"
    assert (len(first) % 16, len(second) % 16, len(third) % 16) == (0, 0, 5)
    lines = [
        *_bare(first, 16),
        "公园建到家门口",
        *_bare(second, 16),
        "中小学开学准备就绪",
        *_bare(third, 16),
        "人民日报  2020年1月5日",
        "春运首日客流平稳",
        *_bare(second, 16),
    ]
    assert [b.text for b in split_blocks("\n".join(lines) + "\n")] == [
        first.strip(),
        "公园建到家门口",
        second.strip(),
        "中小学开学准备就绪",
        third.strip(),
        "人民日报  2020年1月5日",
        "春运首日客流平稳",
        second.strip(),
    ]
