"""Conventions of real pages beyond the gold pages, each with the smallest page that shows it."""

from __future__ import annotations

import pytest
import regex

from conftest import GOLD
from papercut import split
from papercut.model import Article


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_section_label_over_the_first_headline_is_page_furniture() -> None:
    page = split(_page("要闻", "坚持稳中求进 推动高质量发展", "本报记者 李明", "本报讯 正文。"))
    assert page.articles[0].headline.text == "坚持稳中求进 推动高质量发展"  # type: ignore[union-attr]
    assert page.articles[0].kicker is None
    assert [(o.kind, o.text) for o in page.other] == [("furniture", "要闻")]


def test_photo_story_is_an_article_of_its_own() -> None:
    page = split(_page("标题", "本报讯 正文。", "春到江南", "游客在西湖边赏花。新华社记者 王五摄"))
    assert [a.headline.text for a in page.articles] == ["标题", "春到江南"]  # type: ignore[union-attr]
    assert [c.credit for c in page.articles[1].captions] == ["新华社记者 王五摄"]


def test_picture_between_headline_and_byline_keeps_the_heading_stack() -> None:
    page = split(
        _page("引题在会上强调", "主标题", "副题", "会场 新华社记者 王五摄", "本报记者 李明", "正文。")
    )
    a = page.articles[0]
    assert (a.kicker.text, a.headline.text, a.subheadline.text) == ("引题在会上强调", "主标题", "副题")  # type: ignore[union-attr]
    assert [c.text for c in a.captions] == ["会场"]


def test_dateline_with_bracketed_reporter_and_full_width_space() -> None:
    a = split(_page("简讯", "　　本报讯　（记者 赵六）记者从省交通运输厅获悉。")).articles[0]
    assert (a.dateline.text, a.byline.text) == ("本报讯", "记者 赵六")  # type: ignore[union-attr]
    assert a.paragraphs[0].text == "记者从省交通运输厅获悉。"


def test_jump_line_is_kept_out_of_the_text() -> None:
    a = split(_page("标题", "本报讯 正文。", "（下转第二版）")).articles[0]
    assert [j.text for j in a.jumps] == ["（下转第二版）"]
    assert [p.text for p in a.paragraphs] == ["正文。"]


def test_short_list_lines_after_a_colon_stay_in_the_article() -> None:
    page = split(_page("标题", "本报讯 名单如下：", "宁波市", "金华市", "另据统计，今年全省增长。"))
    assert len(page.articles) == 1
    assert [p.text for p in page.articles[0].paragraphs][1:3] == ["宁波市", "金华市"]


def test_caption_inside_a_wrapped_column_with_no_blank_lines_is_lifted() -> None:
    column = [
        "　　车俊强调，平安是全社会的共同期盼，建设",
        "平安浙江是全省上下的共同责任，要坚持问题导",
        "会议表彰了平安建设先进 《浙江日报》记者 梁臻 摄",
        "向、增强忧患意识，准确把握新时代平安浙江建",
        "设的风险点和薄弱点。",
    ]
    other = "　　" + "另一段落的文字，写得很长很长很长很长很长很。\n" * 3
    a = split(_page("平安浙江", "本报记者 陈佳妮", "\n".join(column), other)).articles[0]
    assert a.paragraphs[0].text.endswith(
        "要坚持问题导向、增强忧患意识，准确把握新时代平安浙江建设的风险点和薄弱点。"
    )
    assert [(c.text, c.credit) for c in a.captions] == [
        ("会议表彰了平安建设先进", "《浙江日报》记者 梁臻 摄")
    ]


def test_bracketed_byline_under_a_headline_does_not_close_the_story() -> None:
    page = split(_page("标题", "（记者 张三）", "正文第一段。", "织密防控网", "正文第二段。"))
    assert len(page.articles) == 1
    a = page.articles[0]
    assert (a.headline.text, a.byline.text) == ("标题", "记者 张三")  # type: ignore[union-attr]
    assert [p.text for p in a.paragraphs] == ["正文第一段。", "织密防控网", "正文第二段。"]


def test_a_closing_credit_ends_the_story_and_the_next_short_line_is_a_headline() -> None:
    page = split(_page("标题", "本报讯 正文。", "（本报记者 张三 报道）", "下一篇标题", "正文。"))
    assert [a.headline.text for a in page.articles] == ["标题", "下一篇标题"]  # type: ignore[union-attr]


def test_ornaments_and_page_numbers_are_furniture() -> None:
    page = split(_page("★★★", "标题", "文/图 本报记者 张三", "正文。", "- 3 -"))
    assert [o.text for o in page.other] == ["★★★", "- 3 -"]
    assert page.articles[0].byline.text == "文/图 本报记者 张三"  # type: ignore[union-attr]


def test_scene_setting_clause_over_a_headline_is_its_kicker() -> None:
    a = split(_page("在全省平安建设大会上", "袁家军为先进单位颁奖", "本报记者 张三", "正文。")).articles[0]
    assert (a.kicker.text, a.headline.text, a.subheadline) == (
        "在全省平安建设大会上",
        "袁家军为先进单位颁奖",
        None,
    )  # type: ignore[union-attr]


def test_a_latin_masthead_does_not_join_the_chinese_heading_below() -> None:
    page = split(
        _page("ZHEJIANG DAILY", "车俊在会议上强调 建设平安浙江", "袁家军主持", "本报记者 陈佳妮", "正文。")
    )
    a = page.articles[0]
    assert (a.kicker.text, a.headline.text, a.subheadline.text) == (  # type: ignore[union-attr]
        "车俊在会议上强调",
        "建设平安浙江",
        "袁家军主持",
    )
    assert [o.text for o in page.other] == ["ZHEJIANG DAILY"]


def test_a_bullet_before_a_byline_is_layout_not_credit() -> None:
    assert split(_page("标题", "■本报记者 陈 佳 妮", "正文。")).articles[0].byline.text == "本报记者 陈佳妮"  # type: ignore[union-attr]


def test_bracketed_agency_credit_on_its_own_line_joins_the_caption() -> None:
    a = split(_page("标题", "本报讯 坚持抓", "合作社工作人员在直播销售", "（新华社发）", "发展。")).articles[
        0
    ]
    assert [(c.text, c.credit) for c in a.captions] == [("合作社工作人员在直播销售", "（新华社发）")]
    assert [p.text for p in a.paragraphs] == ["坚持抓发展。"]


def test_datelines_of_other_papers_sites_and_stations() -> None:
    for opening, dateline, byline in (
        ("新京报讯（记者 张三）", "新京报讯", "记者 张三"),
        ("法制日报讯 ", "法制日报讯", None),
        ("经济日报北京3月29日讯 ", "经济日报北京3月29日讯", None),
        ("光明日报北京3月29日电（记者 张三）", "光明日报北京3月29日电", "记者 张三"),
        ("央广网北京3月29日消息（记者 张三）", "央广网北京3月29日消息", "记者 张三"),
        ("中国日报网3月29日电 ", "中国日报网3月29日电", None),
        ("中国青年报客户端北京3月29日电（记者 张三）", "中国青年报客户端北京3月29日电", "记者 张三"),
    ):
        [article] = split(_page("标题", opening + "全省会议29日召开。")).articles
        assert article.dateline and article.dateline.text == dateline, opening
        assert (article.byline and article.byline.text) == byline, opening
        assert article.paragraphs[0].text == "全省会议29日召开。", opening


def test_an_opening_that_only_looks_like_a_dateline_stays_text() -> None:
    for text in ("旅行社电话咨询量大增。", "报社通讯员来稿说明情况。", "网友3月29日讯问此事。"):
        [article] = split(_page("标题", "本报记者 张三", text)).articles
        assert article.dateline is None, text
        assert article.paragraphs[0].text == text, text


def test_bylines_behind_other_bullets_and_with_the_photographer() -> None:
    for line in ("◎本报记者 张三", "★本报记者 张三", "文/张三 图/李四", "文/本报记者 张三 图/李四"):
        [article] = split(_page("标题", line, "全省会议29日召开。")).articles
        assert article.byline and article.byline.text == line.lstrip("◎★"), line
        assert not article.captions, line


def test_every_kind_of_editor_and_section_label_is_page_furniture() -> None:
    for line in ("美术编辑 张三", "图片编辑：李四", "值班编辑 李明", "国内新闻", "综合新闻", "时事"):
        page = split(_page("标题", "本报记者 张三", "全省会议29日召开。", line))
        [article] = page.articles
        assert [p.text for p in article.paragraphs] == ["全省会议29日召开。"], line
        assert [(o.kind, o.text) for o in page.other] == [("furniture", line)], line


def test_a_picture_source_is_a_photo_credit() -> None:
    page = split(
        _page("标题", "本报讯 全省会议29日召开，", "游客在西湖边赏花。图片来源：视觉中国", "各地代表参加。")
    )
    [article] = page.articles
    assert [(c.text, c.credit) for c in article.captions] == [("游客在西湖边赏花。", "图片来源：视觉中国")]
    assert [p.text for p in article.paragraphs] == ["全省会议29日召开，各地代表参加。"]


def test_datelines_as_a_1950_page_prints_them() -> None:
    for opening, dateline in (
        ("【新華社北京二十九日電】", "新華社北京二十九日電"),
        ("〔本報訊〕 ", "本報訊"),
        ("新華社北京三月二十九日電 ", "新華社北京三月二十九日電"),
        ("新华社25日电 ", "新华社25日电"),
        ("新华社北京 3 月 29 日电 ", "新华社北京 3 月 29 日电"),
    ):
        [article] = split(_page("中央人民政府委員會舉行會議", opening + "會議今日舉行。")).articles
        assert article.dateline and article.dateline.text == dateline, opening
        assert [p.text for p in article.paragraphs] == ["會議今日舉行。"], opening


def test_a_day_and_a_word_starting_with_dian_are_no_dateline() -> None:
    [article] = split(_page("标题", "本报记者 张三", "某网友25日电话投诉此事。")).articles
    assert article.dateline is None
    assert [p.text for p in article.paragraphs] == ["某网友25日电话投诉此事。"]


def test_marks_of_a_vertically_printed_page_read_as_horizontal_ones() -> None:
    page = split(
        _page(
            "會見外賓",
            "本報記者 張三",
            "︻新華社北京二十九日電︼會議今日舉行︐代表們說︓﹁好﹂︒",
            "代表們一致同意︒",
        )
    )
    [article] = page.articles
    assert article.dateline and article.dateline.text == "新華社北京二十九日電"
    assert [p.text for p in article.paragraphs] == ["會議今日舉行，代表們說：「好」。", "代表們一致同意。"]
    assert ("punct", "horizontal") in [(d.stage, d.action) for d in page.decisions]


def test_the_end_mark_of_a_wire_story_is_no_headline() -> None:
    page = split(_page("标题一", "新华社北京3月29日电 会议召开。", "（完）", "标题二", "本报讯 会议召开。"))
    assert [a.headline and a.headline.text for a in page.articles] == ["标题一", "标题二"]
    assert [(o.kind, o.text) for o in page.other] == [("furniture", "（完）")]


def test_reporters_named_after_the_dateline_without_brackets_are_the_byline() -> None:
    for reporters in ("记者张三 通讯员李四", "记者 张三 通讯员 李四"):
        [article] = split(_page("标题", f"本报讯 {reporters} 会议召开。")).articles
        assert article.byline and article.byline.text == reporters
        assert [p.text for p in article.paragraphs] == ["会议召开。"]
    [article] = split(_page("标题", "本报讯 记者从市教育局获悉，会议召开。")).articles
    assert article.byline is None
    assert [p.text for p in article.paragraphs] == ["记者从市教育局获悉，会议召开。"]


def test_a_byline_naming_what_each_did_after_the_name() -> None:
    for line in ("本报记者 张三/文 李四/图", "张三/文 李四/摄", "张三／文"):
        [article] = split(_page("标题", line, "会议召开。")).articles
        assert article.byline and article.byline.text == line, line
        assert article.subheadline is None and not article.captions, line


def test_a_page_ocr_set_with_a_space_between_every_character_reads_as_the_page() -> None:
    """`本 报 讯` is read as `本报讯`; the spans still point at the spaced-out page."""
    text = (GOLD / "zhejiang-2018-03-30.txt").read_text("utf-8")
    spaced = regex.sub(r"(?<=[\p{Han}，。、；：？！“”（）])(?=[\p{Han}，。、；：？！“”（）])", " ", text)
    normal, read = split(text), split(spaced)
    assert [a.dateline and a.dateline.text for a in read.articles] == [
        a.dateline and a.dateline.text for a in normal.articles
    ]
    assert [p.text for a in read.articles for p in a.paragraphs] == [
        p.text for a in normal.articles for p in a.paragraphs
    ]
    assert [c.text for a in read.articles for c in a.captions] == [
        c.text for a in normal.articles for c in a.captions
    ]
    for paragraph in (p for a in read.articles for p in a.paragraphs):
        printed = "".join(spaced[s.start : s.end] for s in paragraph.spans)
        assert regex.findall(r"\p{Han}", printed) == regex.findall(r"\p{Han}", paragraph.text)
    assert read.decisions[0].action == "close up"
    # a byline keeps its names set apart (`王 国 锋 余 勤`): run together they could not be told apart
    assert [a.byline and a.byline.text.replace(" ", "") for a in read.articles] == [
        a.byline and a.byline.text.replace(" ", "") for a in normal.articles
    ]

    def heading(article: Article) -> str:
        # the space between a kicker and its headline on one line is gone with the others, so
        # the two come out as one headline: the heading as a whole is what is the same
        fields = (article.kicker, article.headline, article.subheadline)
        return "".join(f.text for f in fields if f).replace(" ", "")

    assert [heading(a) for a in read.articles] == [heading(a) for a in normal.articles]


def test_a_tables_rows_are_never_the_next_heading() -> None:
    rows = ("杭州 多云 12～20℃", "宁波 小雨 10～18℃", "温州 阴 14～21℃")
    page = split(_page("标题一", "本报讯 今日天气晴好。", *rows, "标题二", "本报讯 会议召开。"))
    assert [(a.kicker, a.headline and a.headline.text) for a in page.articles] == [
        (None, "标题一"),
        (None, "标题二"),
    ]
    assert [p.text for p in page.articles[0].paragraphs] == ["今日天气晴好。", *rows]
    [article] = split(_page("今日天气", *rows, "浙江省气象台发布。")).articles
    assert article.headline and article.headline.text == "今日天气"
    assert [p.text for p in article.paragraphs] == [*rows, "浙江省气象台发布。"]


def test_a_short_paragraph_whose_full_stop_was_read_as_a_dot_is_no_heading() -> None:
    page = split(
        _page(
            "标题",
            "本报讯 会议召开。",
            "支教老师把贺词读给孩子们听.她说,山里的孩子也有梦",
            "想,我们要做的,就是为他们点亮前行的路.",
            "奋斗者永远在路上。受访干部群众纷纷表示，将把贺词精神转化为实际行动。",
        )
    )
    [article] = page.articles
    assert article.headline and article.headline.text == "标题"
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "text",
    [
        "本报电话：0571-85310000，欢迎读者来电反映情况。",
        "本报电视新闻部记者近日走访了十个村。",
        "本报电子版今日起改版上线。",
        "本台电视记者深入一线采访。",
        "本报电商频道推出年货专题。",
        "新华社电台广播节目受到欢迎。",
    ],
)
def test_an_outlet_followed_by_a_word_starting_with_dian_is_no_dateline(text: str) -> None:
    """`本报电话…` is the paper's telephone, not the dateline `本报电`: 电 that starts a word
    (电话, 电视, 电子, 电商, 电台) never ends an outlet's dateline."""
    [article] = split(_page("标题", "本报记者 张三", text)).articles
    assert article.dateline is None, text
    assert [p.text for p in article.paragraphs] == [text]


def test_an_outlets_bare_dispatch_is_still_a_dateline() -> None:
    """The other side of the guard above: `本报电 …` and `新华社电 …` are datelines."""
    for opening, rest in (("本报电", "全省会议29日召开。"), ("新华社电", "国务院常务会议29日召开。")):
        [article] = split(_page("标题", f"{opening} {rest}")).articles
        assert article.dateline is not None and article.dateline.text == opening
        assert [p.text for p in article.paragraphs] == [rest]
