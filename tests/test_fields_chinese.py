"""The fields of an article that is found (kicker, headline, subheadline, byline, dateline), on
small pages of our own text set as People's Daily sets them (issue 12)."""

from __future__ import annotations

from papercut import split
from papercut.model import Article


def _articles(page: str) -> list[Article]:
    return list(split(page).articles)


def _paragraphs(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


def test_the_credit_closing_a_column_of_briefs_is_its_byline_the_others_its_paragraphs() -> None:
    page = """农事短讯

　　东村合作社新建冷库投用

　　本报电 东村合作社新建的冷库日前投入使用，可储存蔬菜水果两千吨，帮助农户错峰销售。

　　（王小明）

　　西镇举办农民技能培训班

　　本报电 西镇近日举办农民技能培训班，三百多名农民学习了果树修剪和病虫害防治技术。

　　（李小红）
"""
    (article,) = _articles(page)
    assert article.byline is not None and article.byline.text == "李小红"
    assert "（王小明）" in _paragraphs(article)


def test_a_closing_credit_naming_many_reporters_is_the_byline() -> None:
    names = "、".join(
        ["王小明", "李大红", "张一凡", "赵子龙", "钱多多", "孙悟空", "周末", "吴刚", "郑和"] * 2
    )
    page = f"""各地有序推进春耕生产

　　连日来，各地在做好防控工作的同时，有序推进春耕生产，农资供应充足，农机下田作业。

　　（综合本报记者{names}报道）
"""
    (article,) = _articles(page)
    assert article.byline is not None and article.byline.text == f"综合本报记者{names}报道"
    assert len(f"（综合本报记者{names}报道）") > 60


def test_a_round_ups_credit_of_over_a_hundred_characters_with_the_agency_is_the_byline() -> None:
    # GOLD.md: a closing credit is the byline however many reporters it names (the composer's
    # gold once kept those over 80 characters as paragraphs, and papercut had followed it)
    reporters = ["王小明", "李大红", "张一凡", "赵子龙", "钱多多", "孙悟空", "周末", "吴刚", "郑和"]
    credit = f"综合本报记者{'、'.join(reporters * 4)}和新华社报道"
    page = f"""各地有序推进春耕生产

　　连日来，各地在做好防控工作的同时，有序推进春耕生产，农资供应充足，农机下田作业。

　　（{credit}）
"""
    (article,) = _articles(page)
    assert len(credit) > 130
    assert article.byline is not None and article.byline.text == credit
    (paragraph,) = _paragraphs(article)
    assert paragraph.startswith("连日来，") and paragraph.endswith("农机下田作业。")


def test_the_tail_of_a_wrapped_authors_note_is_no_kicker_of_the_next_article() -> None:
    page = """把论文写在大地上（新知新觉）

　　农业科技要从实验室走向田间地头，科研人员要扎根农村，把论文写在大地上。

（作者为北方农业大学教授、东山师范大

学“青松学者”讲座教授）

让农民用上好种子

　　种子是农业的“芯片”。近年来，各地加快推进种业振兴，良种覆盖率不断提高。
"""
    first, second = _articles(page)
    assert (second.kicker, second.headline and second.headline.text) == (None, "让农民用上好种子")


def test_an_authors_note_holding_brackets_of_its_own_closes_its_article() -> None:
    page = """把论文写在大地上（新知新觉）

　　农业科技要从实验室走向田间地头，科研人员要扎根农村，把论文写在大地上。

（作者为北方农业大学（东山农学院）教授）

让农民用上好种子（新论）

　　种子是农业的“芯片”。近年来，各地加快推进种业振兴，良种覆盖率不断提高。
"""
    first, second = _articles(page)
    assert _paragraphs(first)[-1] == "（作者为北方农业大学（东山农学院）教授）"
    assert (second.kicker, second.headline and second.headline.text) == (None, "让农民用上好种子（新论）")


def test_a_line_opening_with_a_date_and_a_comma_under_a_headline_is_the_texts_first_line() -> None:
    page = """春风里的笑脸

3月5日，在东山县人民医院，护士王小红的两个女儿和

　　当日，东山县人民医院的十名医护人员集结出发，前往一线支援当地的医疗救治工作。
"""
    (article,) = _articles(page)
    assert (article.kicker, article.headline and article.headline.text) == (None, "春风里的笑脸")
    assert _paragraphs(article)[0].startswith("3月5日，")


def test_a_label_or_a_signature_closing_the_text_above_tops_no_heading() -> None:
    page = """山村里的新年（凭栏处）

　　新年的山村格外热闹，家家户户贴春联、挂灯笼，孩子们在村口放鞭炮，老人们晒着太阳聊家常。

图片说明：

远方来信（凭栏处）

　　一封来自远方的信，讲述了异乡游子对故乡的思念，字里行间满是深情。

——@山风吹过

新春走基层（凭栏处）

　　记者走进乡村，记录下人们迎接新春的点点滴滴，感受到浓浓的年味。
"""
    headings = [(a.kicker, a.headline and a.headline.text) for a in _articles(page)]
    assert headings == [
        (None, "山村里的新年（凭栏处）"),
        (None, "远方来信（凭栏处）"),
        (None, "新春走基层（凭栏处）"),
    ]


def test_a_lead_in_over_a_headline_that_opens_an_article_is_its_kicker() -> None:
    page = """山村里的新年（凭栏处）

　　新年的山村格外热闹，家家户户贴春联、挂灯笼，孩子们在村口放鞭炮，老人们晒着太阳聊家常。

东山县农业局：

春耕备耕有序推进（资讯）

　　本报电 东山县农业局近日组织农技人员下乡，指导农民做好春耕备耕，确保不误农时。
"""
    first, second = _articles(page)
    assert (second.kicker and second.kicker.text, second.headline and second.headline.text) == (
        "东山县农业局：",
        "春耕备耕有序推进（资讯）",
    )
    assert _paragraphs(first)[-1].startswith("新年的山村")


def test_the_tail_of_a_wrapped_closing_credit_is_no_kicker_of_the_next_article() -> None:
    page = """各地有序推进春耕生产

　　连日来，各地在做好防控工作的同时，有序推进春耕生产，农资供应充足，农机下田作业。

（记者王小明、李大红、张一凡、孙小美、周大福、

赵子龙、钱多多）

让农民用上好种子（新论）

　　种子是农业的“芯片”。近年来，各地加快推进种业振兴，良种覆盖率不断提高。
"""
    first, second = _articles(page)
    assert (second.kicker, second.headline and second.headline.text) == (None, "让农民用上好种子（新论）")


def test_a_deck_with_a_comma_over_the_texts_box_label_stays_the_deck() -> None:
    page = """农业生产稳中有进（经济发展亮点多）

去年粮食产量再创新高，农民收入稳步增长

核心阅读

　　去年以来，各地加大农业投入，粮食生产再获丰收，农村居民人均可支配收入稳步增长。

　　农业农村部有关负责人表示，今年将继续抓好粮食生产，稳定种植面积，提高单产水平。
"""
    (article,) = _articles(page)
    assert article.subheadline is not None
    assert article.subheadline.text == "去年粮食产量再创新高，农民收入稳步增长"


def test_a_long_deck_on_one_line_over_the_dateline_is_the_deck() -> None:
    deck = (
        "部署做好春季农业生产工作，确保粮食播种面积稳定；决定加大对中小企业的金融支持力度，帮助企业渡过难关"
    )
    page = f"""国务院召开常务会议

{deck}

　　新华社北京2月3日电　国务院总理主持召开国务院常务会议，部署做好春季农业生产工作，
决定加大对中小企业的金融支持力度。

　　会议指出，抓好春季农业生产，对保障粮食安全和重要农产品供给具有重要意义。
"""
    (article,) = _articles(page)
    assert article.headline is not None and article.headline.text == "国务院召开常务会议"
    assert article.subheadline is not None and article.subheadline.text == deck
    assert len(deck) > 40


def test_a_headline_with_its_column_tag_tops_no_kicker_and_the_third_line_is_text() -> None:
    page = """山村的路越走越宽（人民时评）

东山县青松村

护好青山的人们

　　近年来，青松村修通了公路，产业发展有了新门路，村民们的日子越过越红火。

　　路通了，人心也通了。村民们说，日子一天比一天好。
"""
    (article,) = _articles(page)
    assert (article.kicker, article.headline and article.headline.text) == (
        None,
        "山村的路越走越宽（人民时评）",
    )


def test_a_dateline_from_a_long_place_abroad_or_with_no_date_is_lifted_with_its_byline() -> None:
    page = """春节庆典在海外举行

　　据新华社智利比尼亚德尔马1月10日电　（记者王小明、李大红）　春节庆典晚会10日在当地举行，吸引了众多观众。

　　晚会上，艺术家们表演了精彩的民族歌舞。

慈善组织数量稳步增长

　　据新华社北京电　（张一凡、赵子龙）　截至去年年底，全国登记认定的慈善组织数量稳步增长。
"""
    first, second = _articles(page)
    assert (first.dateline and first.dateline.text, first.byline and first.byline.text) == (
        "据新华社智利比尼亚德尔马1月10日电",
        "记者王小明、李大红",
    )
    assert (second.dateline and second.dateline.text, second.byline and second.byline.text) == (
        "据新华社北京电",
        "张一凡、赵子龙",
    )


def test_closing_credits_of_interviews_translations_and_helpers_are_bylines() -> None:
    for credit in (
        "本报记者 王小明采访整理",
        "本报记者李大红、张一凡编译",
        "本报记者赵子龙、钱多多 参与采写：孙小美",
    ):
        page = f"""我在山村当老师

　　大学毕业那年，我回到家乡的山村小学当老师，一晃已经十年了。

　　孩子们的笑脸，是我坚持下来的最大动力。

（{credit}）
"""
        (article,) = _articles(page)
        assert article.byline is not None and article.byline.text == credit


def test_a_credit_line_under_a_sections_title_stays_in_the_round_up() -> None:
    page = """走近今年的科技奖得主

王小明——

　　潜心科研，造大国重器

　　本报记者 李大红

　　研制新型装备倾注了王小明的半生心血，他常说，科研就是要耐得住寂寞。

张一凡——

　　扎根田野，育丰收良种

　　本报记者 赵子龙

　　几十年如一日，张一凡带着学生走遍了大江南北的试验田，培育出多个高产品种。
"""
    (article,) = _articles(page)
    assert article.byline is None
    assert "本报记者 李大红" in _paragraphs(article) and "本报记者 赵子龙" in _paragraphs(article)


def test_a_line_indented_as_the_paragraphs_are_is_the_texts_never_a_heading() -> None:
    # a page that indents its paragraphs sets its headings flush: a section's title over its
    # credit line, indented, is the round-up's own text, not a headline with its byline
    page = """小城里的年味

　　灯笼挂起来

　　本报记者 王小明

　　腊月二十八，城东的老街上挂满了红灯笼，来往的行人纷纷驻足拍照，脸上洋溢着笑容。

　　街坊们说，今年的灯笼比往年更多、更亮，整条街都红红火火的。

　　年货备起来

　　本报记者 李大红

　　城西的农贸市场里人头攒动，摊主们忙着招呼顾客，年货一天比一天卖得好。
"""
    (article,) = _articles(page)
    assert (article.kicker, article.headline and article.headline.text, article.subheadline) == (
        None,
        "小城里的年味",
        None,
    )
    assert article.byline is None
    assert _paragraphs(article)[:2] == ["灯笼挂起来", "本报记者 王小明"]


def test_a_credit_for_the_words_and_the_picture_under_a_headline_is_its_byline() -> None:
    """Many papers print `文/摄` under the headline of a photo story; a credit for the picture
    alone under a short line is a caption's (People's Daily's photo news), and a name holding 文
    is no credit for the words."""
    story = (
        "老街焕发新活力\n\n{}\n\n老街改造完成后，游客数量明显增加，周边商户的生意也越来越好。\n\n"
        "街道负责人介绍，下一步将继续完善配套设施。\n"
    )
    words_and_picture = (
        "本报记者 孙八 文/摄",
        "记者 孙八 文 吴十 摄",
        "首席记者 孙八 见习记者 周九 文 记者 吴十 摄",
    )
    for credit in words_and_picture:
        (article,) = _articles(story.format(credit))
        assert article.headline is not None and article.headline.text == "老街焕发新活力"
        assert article.byline is not None and article.byline.text == credit
    for credit in ("记者 李文 摄", "本报记者 李文/摄"):
        (article,) = _articles(story.format(credit))
        assert article.headline is None
        assert [(c.text, c.credit) for c in article.captions] == [("老街焕发新活力", credit)]


def test_the_last_credit_of_a_column_of_briefs_under_a_story_is_its_byline() -> None:
    """Each brief closes on its writer's name: the last is the column's byline, the others its
    paragraphs, and none opens an article of its own."""
    page = """金融改革要统筹兼顾

　　本报评论员

　　改革还需要统筹兼顾。中小银行和农信社
是服务地方经济的主力军，未来还应当聚焦本
地经济和社区居民，走出一条稳健规范的差异
化、特色化发展道路。

　　实现这一点，需要监管制度改革配套推进。

财经短波

　　第五届风险管理大会举行

　　本报电　第五届风险管理大会近日在上海举
行，大会以“从风险管控到价值创造”为主题。
与会专家认为，构造风险管理模型时应考虑货
币政策等变量。

　　（张小明）

　　银联助力海水稻研究

　　本报电 近日，第四届国际海水稻论坛在三亚
开幕。论坛上，银联正式加入海水稻研究计划。

　　目前，云闪付用户数已突破2.2亿，使用场景
覆盖公交地铁、医院、学校等。

　　（李 红）
"""
    story, column = _articles(page)
    assert column.headline is not None and column.headline.text == "财经短波"
    assert column.byline is not None and column.byline.text == "李红"
    assert "（张小明）" in _paragraphs(column)
    assert _paragraphs(column)[-1].startswith("目前，云闪付")


def test_a_taiwan_papers_credit_with_the_place_it_reports_from_is_the_byline() -> None:
    """`記者王小明／台北報導`: the writer and where the report comes from, under the headline."""
    for credit in ("記者王小明／台北報導", "記者李四、張三／綜合報導"):
        page = (
            f"北市擴大推動老屋健檢\n\n{credit}\n\n"
            "台北市政府昨日宣布，將擴大推動老屋健檢計畫，符合資格的屋主最高可獲十萬元補助。\n\n"
            "市府官員表示，今年預計受理兩千件申請，民眾可上網或至區公所辦理。\n"
        )
        (article,) = _articles(page)
        assert article.headline is not None and article.headline.text == "北市擴大推動老屋健檢"
        assert article.byline is not None and article.byline.text == credit


def test_taiwans_agency_dateline_in_brackets_opens_its_report_but_a_closing_one_does_not() -> None:
    """`（中央社記者李四高雄2日電）` opens the text; People's Daily's `（新华社北京1月1日电）` after the
    text closes a story and opens nothing."""
    page = (
        "高雄港擴建碼頭\n\n（中央社記者李四高雄2日電）台灣港務公司今天表示，高雄港將持續擴建碼頭。\n\n"
        "公司指出，新碼頭預計三年後完工。\n\n（新华社北京1月2日电）\n"
    )
    (article,) = _articles(page)
    assert article.dateline is not None and article.dateline.text == "中央社記者李四高雄2日電"
    assert _paragraphs(article) == [
        "台灣港務公司今天表示，高雄港將持續擴建碼頭。",
        "公司指出，新碼頭預計三年後完工。",
        "（新华社北京1月2日电）",
    ]
