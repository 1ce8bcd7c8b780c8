"""What real papers print that our first pages did not: each case of issue 12 on a small page of
our own text, set as People's Daily sets it (the corpus of its articles is not ours to ship;
`tools/pd_corpus.py` rebuilds it and `tools/pd_eval.py` scores composed pages of it)."""

from __future__ import annotations

from papercut import cues, split
from papercut.blocks import split_blocks
from papercut.convert import converter
from papercut.model import Article


def _articles(page: str) -> list[Article]:
    return list(split(page).articles)


def _heading(article: Article) -> tuple[str | None, str | None, str | None]:
    return tuple(f.text if f else None for f in (article.kicker, article.headline, article.subheadline))  # type: ignore[return-value]


def _paragraphs(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


def test_intertitles_of_one_character_a_dash_or_a_figure_stay_in_their_article() -> None:
    page = """春耕时节访农家

本报记者 王小明

　　清明前后，种瓜点豆。记者走进山村，看到的是一派繁忙景象。村民们趁着好天气平整土地。

特

　　这里的土特产远近闻名，每年都吸引大批客商前来收购，村民的腰包鼓了起来。

科学修复——

　　过去几年，村里对老房子进行了科学修复，既保留了原有风貌，又改善了居住条件。

1.6万人次

　　去年全年，来村里参观游览的游客达到一万六千人次，比上一年增长了三成多。
"""
    (article,) = _articles(page)
    assert [p for p in _paragraphs(article) if len(p) < 8] == ["特", "科学修复——", "1.6万人次"]


def test_a_headline_ending_in_its_column_tag_starts_a_new_article_after_text() -> None:
    page = """春耕时节访农家

　　清明前后，种瓜点豆。记者走进山村，看到的是一派繁忙景象。

让文物活起来（人民时评）

　　文物是历史的见证。让文物活起来，需要在保护中发展、在发展中保护。

传承文明的努力，都值得尊重（新语）

　　每一份守护文明的努力，都值得被看见。修复一件文物，往往需要数年的时间。
"""
    headlines = [_heading(a)[1] for a in _articles(page)]
    assert headlines == ["春耕时节访农家", "让文物活起来（人民时评）", "传承文明的努力，都值得尊重（新语）"]


def test_a_round_up_with_contributors_name_lines_is_one_article() -> None:
    page = """代表委员寄语

李长乐 黑龙江省牡丹江市农业技术推广中心主任

　　希望更多年轻人投身农业，用科技让黑土地长出好庄稼，让农民的日子越过越红火。

王芳 江苏省南京市某社区党委书记

　　社区是城市的细胞。我们要把服务做到群众心坎上，让居民的烦心事在家门口就能解决。

“一亩地千把斤！”

　　说起今年的收成，老张乐得合不拢嘴，他说种粮的劲头更足了。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "代表委员寄语", None)
    assert "李长乐 黑龙江省牡丹江市农业技术推广中心主任" in _paragraphs(article)
    assert "“一亩地千把斤！”" in _paragraphs(article)  # a line of dialogue is no heading


def test_lines_that_close_an_article_never_head_the_next() -> None:
    page = """让文物活起来（人民时评）

　　文物是历史的见证。让文物活起来，需要在保护中发展、在发展中保护。

（作者为中国社会科学院研究员）

春耕时节访农家

　　清明前后，种瓜点豆。记者走进山村，看到的是一派繁忙景象。

（作者单位：中国农业大学）

城市更新要留住记忆

　　老街区是城市的年轮。更新改造，不能一拆了之，要把历史文化留下来。

（执笔：李明）

美丽乡村入画来

　　冬日的江南，白墙黛瓦掩映在青山绿水之间，村民们在院子里晒着腊肉。

（尚 文）

曹 一图 原 石文

社区服务暖人心

　　家门口的服务站，让老人们办事不再跑远路。

减负不能“一阵风”

　　为基层减负，贵在常态长效，不能刮一阵风就了事。

——编 者

本版摄影
"""
    articles = _articles(page)
    assert [_heading(a) for a in articles] == [
        (None, "让文物活起来（人民时评）", None),
        (None, "春耕时节访农家", None),
        (None, "城市更新要留住记忆", None),
        (None, "美丽乡村入画来", None),
        (None, "社区服务暖人心", None),
        (None, "减负不能“一阵风”", None),
    ]
    # an author's note is the last paragraph, printed whole even without the page's indent
    assert _paragraphs(articles[0])[-1] == "（作者为中国社会科学院研究员）"
    assert _paragraphs(articles[1])[-1] == "（作者单位：中国农业大学）"
    assert _paragraphs(articles[2])[-1] == "（执笔：李明）"
    assert articles[3].byline and articles[3].byline.text.replace(" ", "") == "尚文"
    assert _paragraphs(articles[3])[-1] == "曹 一图 原 石文"
    assert _paragraphs(articles[5])[-1] == "——编 者"
    assert "本版摄影" not in "".join(_paragraphs(articles[5]))


def test_box_labels_and_a_dateline_after_summary_lines_stay_in_the_text() -> None:
    page = """乡村振兴看浙江

核心阅读

　　浙江持续推进“千万工程”，农村人居环境明显改善，农民收入稳步增长。

　　本报杭州5月7日电  （记者王小明）记者近日走访浙江多地，感受到乡村振兴的蓬勃活力。

　　在安吉县，竹林成了村民致富的“绿色银行”。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "乡村振兴看浙江", None)
    assert _paragraphs(article)[0] == "核心阅读"
    assert article.dateline and article.dateline.text == "本报杭州5月7日电"
    assert article.byline and article.byline.text == "记者王小明"


def test_a_dateline_cut_by_the_line_end_is_read_whole() -> None:
    page = """小城故事多

　　本报杭州５月７日
电  （记者李四）今年以来，小城新开了十多家书店，成了市民休闲的好去处。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "小城故事多", None)
    assert article.dateline and article.dateline.text == "本报杭州5月7日电"


def test_heading_lines_over_forty_characters_are_headings() -> None:
    page = """国务院关税税则委员会办公室有关负责人 就调整对原产于美国的部分进口商品加征关税措施答记者问

　　新华社北京2月6日电  国务院关税税则委员会6日发布公告，调整部分进口商品的加征关税税率。

李克强主持召开中央应对新型冠状病毒感染肺炎疫情工作领导小组会议

部署提高湖北武汉收治率治愈率降低感染率病死率措施进一步做好医疗资源和生活物资保障供应

王沪宁出席

　　新华社北京2月3日电  中共中央政治局常委、国务院总理李克强主持召开会议。
"""
    first, second = _articles(page)
    assert _heading(first) == (
        "国务院关税税则委员会办公室有关负责人",
        "就调整对原产于美国的部分进口商品加征关税措施答记者问",
        None,
    )
    assert _heading(second) == (
        "李克强主持召开中央应对新型冠状病毒感染肺炎疫情工作领导小组会议",
        "部署提高湖北武汉收治率治愈率降低感染率病死率措施进一步做好医疗资源和生活物资保障供应",
        "王沪宁出席",
    )


def test_a_teaser_box_pointing_to_pages_ends_before_the_heading() -> None:
    page = """导读
执着追求 造福人类（序与跋）(第20版)
上万名小哥无接触送餐(第18版)

长征五号B遥一运载火箭运抵海南文昌，“三大件”齐集航天发射场

中国空间站在轨建造 启幕在即（解码）

　　近日，长征五号B遥一运载火箭顺利运抵海南文昌航天发射场。
"""
    (article,) = _articles(page)
    assert _heading(article) == (
        "长征五号B遥一运载火箭运抵海南文昌，“三大件”齐集航天发射场",
        "中国空间站在轨建造 启幕在即（解码）",
        None,
    )


def test_a_dateline_after_summary_paragraphs_does_not_start_a_headless_article() -> None:
    page = """脱贫攻坚取得决定性成就

　　过去一年，脱贫攻坚战取得决定性成就。

　　贫困人口大幅减少，贫困地区面貌明显改善。

　　新华社北京5月8日电  国务院扶贫办8日发布数据，全国832个贫困县中已有780个摘帽。

　　扶贫办负责人表示，要确保剩余贫困人口如期脱贫。
"""
    (article,) = _articles(page)
    assert article.dateline and article.dateline.text == "新华社北京5月8日电"
    assert len(article.paragraphs) == 4


def test_two_heading_lines_are_a_kicker_and_headline_unless_the_second_reads_as_a_deck() -> None:
    page = """天安门广场

今年首场升国旗仪式举行

　　1月1日凌晨，不少市民、游客在天安门广场等待升国旗仪式。

在“不忘初心、牢记使命”主题教育总结大会上的讲话

（2020年1月8日）

　　同志们：今天，我们召开大会，总结主题教育。
"""
    first, second = _articles(page)
    assert _heading(first) == ("天安门广场", "今年首场升国旗仪式举行", None)
    assert _heading(second) == (None, "在“不忘初心、牢记使命”主题教育总结大会上的讲话", "（2020年1月8日）")


def test_a_running_head_of_paper_date_and_page_is_furniture() -> None:
    page = """人民日报  2020年1月2日

04  要闻

春耕时节访农家

　　清明前后，种瓜点豆。记者走进山村，看到的是一派繁忙景象。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "春耕时节访农家", None)
    assert [o.kind for o in split(page).other] == ["furniture", "furniture"]


def test_intertitles_set_as_two_phrases_stay_in_their_article() -> None:
    """An article's intertitles are set alike: two phrases after text are one more of them,
    and a first one too (People's Daily: 303 such first intertitles to 120 headlines)."""
    page = """勇立潮头御风行

　　当新年钟声敲响，亿万中华儿女满怀豪情迎来了具有里程碑意义的一年。

彪炳史册 雄健豪迈

　　这一年，成立70周年的新中国展现出风华正茂的崭新姿态。

沧海长风 把舵定向

　　这一年，中国沉着应对国内外复杂挑战，经济保持了平稳向好的发展态势。
"""
    (article,) = _articles(page)
    assert _paragraphs(article)[1::2] == ["彪炳史册 雄健豪迈", "沧海长风 把舵定向"]


def test_two_phrases_after_single_phrase_intertitles_head_the_next_article() -> None:
    page = """平安浙江

　　过去一年，我省深入推进平安浙江建设，群众安全感满意度保持高位，社会治安防控体系不断完善。

织密防控网

　　在杭州，一张覆盖城乡的智能防控网正在发挥作用，防控网连着每个村社的网格员。

小区加装电梯 居民出行不再难

　　家住老小区六楼的王阿姨今年七十八岁，以前很少下楼。加装电梯以后，王阿姨每天都下楼买菜、散步。
"""
    first, second = _articles(page)
    assert _paragraphs(first)[1] == "织密防控网"
    assert _heading(second) == (None, "小区加装电梯 居民出行不再难", None)


def test_a_closing_exclamation_and_a_summary_sentence_are_text_not_heading() -> None:
    page = """新年贺词在基层引发热烈反响

　　大家纷纷表示，要在新的一年里撸起袖子加油干，把各项工作做得更好。

祝大家新年快乐！

让广大基层干部轻装上阵（评论员观察）

为基层减负，在繁文缛节上做“减法”，在勤廉作风上做“加法”

　　基层是落实各项政策的“最后一公里”，减负才能让干部把精力用在干事创业上。
"""
    first, second = _articles(page)
    assert _paragraphs(first)[-1] == "祝大家新年快乐！"
    assert _heading(second) == (None, "让广大基层干部轻装上阵（评论员观察）", None)
    assert _paragraphs(second)[0] == "为基层减负，在繁文缛节上做“减法”，在勤廉作风上做“加法”"


def test_a_bracketed_box_label_and_a_salutation_open_the_text() -> None:
    page = """航空工业集团成飞公司钳工刘时勇

千锤百炼 精准铆装（工匠绝活）

【绝活看点】

　　在飞机装配车间，刘时勇用铆枪把一颗颗铆钉打进机身，误差不超过头发丝。

在“不忘初心、牢记使命”主题教育总结大会上的讲话

（2020年1月8日）

同志们：

　　今天，我们召开大会，总结主题教育。
"""
    first, second = _articles(page)
    assert _heading(first) == ("航空工业集团成飞公司钳工刘时勇", "千锤百炼 精准铆装（工匠绝活）", None)
    assert _paragraphs(first)[0] == "【绝活看点】"
    assert _heading(second)[2] == "（2020年1月8日）"
    assert _paragraphs(second)[0] == "同志们："


def test_a_section_short_lead_in_with_a_dash_stays_in_its_article() -> None:
    page = """“我们对中国经济展现出的韧性充满信心”

　　国际机构和多国专家积极评价中国应对疫情的措施。

世界银行——

中国政府有充足政策空间应对疫情

　　世界银行3日在社交媒体发文，表示将与中国一道应对疫情。

山东日照着力打造现代化海滨城市——

打好“开放牌” 念好“山海经”

　　数十年砥砺奋进，日照从默默无闻崛起为“黄海明珠”。
"""
    first, second = _articles(page)
    assert _paragraphs(first)[1:3] == ["世界银行——", "中国政府有充足政策空间应对疫情"]
    assert _heading(second) == ("山东日照着力打造现代化海滨城市——", "打好“开放牌” 念好“山海经”", None)


def test_a_paragraph_a_dateline_opens_is_never_joined_to_summary_lines_without_a_stop() -> None:
    """A page without indents joins a paragraph ending without a stop to the next: not when the
    next opens with a dateline (`新华社北京1月3日电 …` under summary lines)."""
    page = """抓好黄河流域生态保护和高质量发展

黄河流域必须下大气力进行大保护、大治理，走生态保护和高质量发展的路子，让黄河成为造福人民的幸福河

要推动成渝地区双城经济圈建设，使成渝地区成为具有全国影响力的重要经济中心、科技创新中心和改革开放新高地

新华社北京1月3日电 中共中央总书记习近平1月3日下午主持召开中央财经委员会第六次会议。

会议指出，黄河是中华民族的母亲河。
"""
    (article,) = _articles(page)
    assert article.dateline and article.dateline.text == "新华社北京1月3日电"
    assert _paragraphs(article)[-2].startswith("中共中央总书记习近平")


def test_a_letter_spaced_line_after_text_heads_a_new_article() -> None:
    page = """春耕时节访农家

　　清明前后，种瓜点豆。记者走进山村，看到的是一派繁忙景象。

大 湾 区 三 地 融 合 加 快 推 进

　　粤港澳三地往来更加便利，一小时生活圈正在形成。
"""
    first, second = _articles(page)
    assert _heading(second)[1] and _heading(second)[1].replace(" ", "") == "大湾区三地融合加快推进"


def test_a_dateline_filling_its_line_goes_on_into_the_next_whatever_its_indent() -> None:
    """A wrapped column: the space after the dateline falls at the next line's start and looks
    like a paragraph's indent."""
    page = """国家地下水监测工程收官

本报北京1月1日电 (记者常钦)
　自然资源部国家地下水监测工程近
日通过验收，监测站点覆盖全国。
"""
    (article,) = _articles(page)
    assert article.dateline and article.dateline.text == "本报北京1月1日电"
    assert article.byline and article.byline.text == "记者常钦"
    assert _paragraphs(article) == ["自然资源部国家地下水监测工程近日通过验收，监测站点覆盖全国。"]


def test_a_round_ups_sections_under_their_own_credit_lines_stay_one_article() -> None:
    # each section: a lead-in, a title and its reporter's credit, then text with no dateline;
    # the credits stay in the text where they were printed
    page = """各地多措并举保障春耕生产

山东寿光蔬菜基地——

大棚里的新希望

本报记者 王小明

　　天刚亮，菜农老李就钻进了大棚。今年的黄瓜长势喜人，订单早早排到了下个月。

　　“科技特派员常来指导，心里踏实多了。”老李一边采摘一边说。

河南滑县种粮大户——

小麦田里的好帮手

本报记者 李大为

　　无人机在麦田上空盘旋，几分钟就完成了一块地的喷洒作业，省时又省力。

四川眉山农技站——

把课堂搬到田间

本报记者 张晓红

　　农技员蹲在田埂上，手把手教村民识别病虫害，大家听得格外认真。
"""
    (article,) = _articles(page)
    assert article.headline is not None and article.headline.text == "各地多措并举保障春耕生产"
    paragraphs = _paragraphs(article)
    assert "河南滑县种粮大户——" in paragraphs and "本报记者 李大为" in paragraphs
    assert "本报记者 张晓红" in paragraphs


def test_news_stories_each_under_a_credit_line_over_a_dateline_stay_apart() -> None:
    page = """春耕生产有序推进

本报记者 王小明

　　本报济南3月2日电　山东各地抢抓农时，春耕生产有序推进，农资供应充足。

小麦田里用上无人机

本报记者 李大为

　　本报郑州3月2日电　河南滑县的种粮大户用无人机喷洒作业，效率提高了十倍。
"""
    headlines = [_heading(a)[1] for a in _articles(page)]
    assert headlines == ["春耕生产有序推进", "小麦田里用上无人机"]


def test_a_round_ups_sections_signed_with_a_name_and_post_in_brackets_stay_one_article() -> None:
    page = """文艺家寄语春天（我们的心声）

春天一定会到来

王 平（省作协副主席）

　　寒冬总会过去。我们用文字记录下每一个平凡而感人的瞬间，为奋战在一线的人们加油。

用歌声传递温暖

李晓燕（歌唱演员）

　　这些天，我和同事们在家里录制了一首新歌，希望能给大家带去一点力量和温暖。

画笔下的坚守

赵 刚（《美术》杂志主编）

　　我画下了守在路口的志愿者，他们的身影让人感动，也让人看到了希望。
"""
    (article,) = _articles(page)
    assert "李晓燕（歌唱演员）" in _paragraphs(article) and "画笔下的坚守" in _paragraphs(article)


def test_a_headline_with_no_cue_over_another_story_starts_a_new_article() -> None:
    # nothing in the line says headline; only that the text under it shares no words with the
    # story above, and the line shares its words with the text under it
    page = """山区小学用上智慧课堂

　　开学第一天，山区小学的孩子们坐进了新装修的教室，电子白板、平板电脑一应俱全。老师通过网络和城里的名师一起备课，孩子们也能听到城里同样的课程。

　　校长说，过去学校缺少音乐和美术老师，现在通过远程课堂，这些课程都开齐了，孩子们的笑声也多了。

沿海港口集装箱吞吐量创新高

　　记者从港务集团获悉，去年全港完成集装箱吞吐量两千万标箱，同比增长百分之八，航线数量达到一百三十条。码头工人加班加点，货轮进出繁忙有序。

　　港务集团负责人表示，今年将继续拓展远洋航线，提升码头自动化水平。
"""
    headlines = [_heading(a)[1] for a in _articles(page)]
    assert headlines == ["山区小学用上智慧课堂", "沿海港口集装箱吞吐量创新高"]
    to_traditional = converter("s2t")
    headlines = [_heading(a)[1] for a in _articles(to_traditional(page))]
    assert headlines == [to_traditional("山区小学用上智慧课堂"), to_traditional("沿海港口集装箱吞吐量创新高")]


def test_the_words_every_story_uses_are_left_out_in_either_script() -> None:
    # 发展 / 發展, 国家 / 國家: the language's words tell no story apart, printed either way
    for word in ("发展", "国家", "我们", "记者", "经济"):
        assert cues.content_pairs(word) == frozenset()
        assert cues.content_pairs(converter("s2t")(word)) == frozenset()
    assert cues.content_pairs("集装箱吞吐量") != frozenset()


def test_an_intertitle_going_on_with_its_articles_words_stays_in_it() -> None:
    page = """山区小学用上智慧课堂

　　开学第一天，山区小学的孩子们坐进了新装修的教室，电子白板、平板电脑一应俱全。老师通过网络和城里的名师一起备课。

远程课堂开齐课程

　　校长说，过去山区小学缺少音乐和美术老师，现在通过远程课堂，这些课程都开齐了，孩子们在教室里就能上城里名师的课。
"""
    (article,) = _articles(page)
    assert "远程课堂开齐课程" in _paragraphs(article)


def test_the_sections_under_an_editors_note_stay_in_its_article() -> None:
    page = """小村里的新年味（新春走基层）

编者按

　　春节将至，记者走进乡村，记录下村民们忙年的故事。本期刊发其中两篇，以飨读者。

——编 者

腊味飘香的小院

　　腊月二十，王大妈家的小院里挂满了腊肉香肠，邻居们路过都要夸上几句，空气里满是年味。

灯笼映红的祠堂

　　村里的老祠堂修缮一新，年轻人挂起了大红灯笼，老人们坐在门口晒太阳，说起了过去的年景。
"""
    (article,) = _articles(page)
    assert "灯笼映红的祠堂" in _paragraphs(article)


def test_teaser_items_wider_than_the_column_stay_out_of_the_articles() -> None:
    # on a page wrapped at twelve characters the box's lines fill the width like a paragraph's,
    # so only the page an item points to ends it
    page = """今日导读
全省春耕备耕进度过半（第4版）
山区小学用上了新操场（第12版）
湖畔新村的民宿迎来客人（第7版）

湖畔新村见闻

　　清明前后，种瓜点豆，记
者走进湖畔新村，看到的是
一派繁忙的景象。村民们趁
着好天气平整土地，合作社
的农机在田里来回穿梭，一
块块水田整得平平整整。
　　合作社负责人介绍，今年
将继续扩大种植规模，带动
更多村民增收致富。
"""
    (article,) = _articles(page)
    assert _heading(article)[1] == "湖畔新村见闻"
    assert _paragraphs(article) == [
        "清明前后，种瓜点豆，记者走进湖畔新村，看到的是一派繁忙的景象。村民们趁着好天气平整土地，"
        "合作社的农机在田里来回穿梭，一块块水田整得平平整整。",
        "合作社负责人介绍，今年将继续扩大种植规模，带动更多村民增收致富。",
    ]
    assert [o.text for o in split(page).other][1:] == [
        "全省春耕备耕进度过半（第4版）",
        "山区小学用上了新操场（第12版）",
        "湖畔新村的民宿迎来客人（第7版）",
    ]


def test_the_items_of_a_column_of_briefs_closed_on_their_writers_names_stay_one_article() -> None:
    page = """科技短波

新型材料让手机更轻薄

　　本报电　某企业日前发布一款新型复合材料，可使手机外壳减重三成，强度却提高一倍。

（王小明）

智能温室在北方推广

　　本报电　一批智能温室近日在北方多地投入使用，温度湿度全部由手机远程调节。

（李大为）
"""
    (article,) = _articles(page)
    assert "智能温室在北方推广" in _paragraphs(article)


def test_a_kicker_run_into_its_headlines_line_after_a_space_is_split_off() -> None:
    page = """山区小镇开通城乡公交线路 出行方便 生活便利

本报讯　近日，山区小镇开通了第一条城乡公交线路，沿线村民到县城只需四十分钟。

上学近了 看病快了

本报讯　新学期开始，镇上的新学校和卫生院同时投入使用，孩子们不再翻山上学。
"""
    first, second = _articles(page)
    # the longer first phrase is the kicker; a headline of two phrases alike is one headline
    assert _heading(first) == ("山区小镇开通城乡公交线路", "出行方便 生活便利", None)
    assert _heading(second) == (None, "上学近了 看病快了", None)


def test_a_line_ending_in_a_colon_or_a_dash_over_a_headline_at_the_top_is_its_kicker() -> None:
    page = """市应急管理局：

春节期间要守好安全底线（新春走基层）

本报讯　临近春节，市应急管理局提醒广大市民注意用火用电安全，外出前关好门窗。
"""
    (article,) = _articles(page)
    assert _heading(article) == ("市应急管理局：", "春节期间要守好安全底线（新春走基层）", None)
    page = """修好了山路，通上了网络，建起了合作社，办起了加工厂，山里的果子卖到了全国各地，村民们说——

日子越过越有奔头（乡村振兴故事）

本报讯　春节前夕，记者走进山村，看到家家户户都在忙着打包发货。
"""
    (article,) = _articles(page)
    kicker = _heading(article)[0]
    assert kicker and kicker.startswith("修好了山路") and kicker.endswith("村民们说——")


def test_a_heading_of_three_phrases_with_a_series_number_is_no_tables_row() -> None:
    page = """返乡青年办起合作社，带动全村增收 小果园 大产业（乡村振兴故事③）

核心阅读

　　大学毕业后，他回到家乡种起了果树。几年下来，合作社的果子卖到了全国各地。

　　如今，村里家家户户都加入了合作社，日子越过越红火。
"""
    (article,) = _articles(page)
    assert _heading(article)[1] == "小果园 大产业（乡村振兴故事③）"
    assert _paragraphs(article)[0] == "核心阅读"


def test_a_dateline_a_break_left_alone_on_its_line_opens_the_text_below() -> None:
    page = """山区学校用上远程课堂

本报昆明3月2日电

（记者李明）　新学期开始，山区学校用上了远程课堂，孩子们在家门口就能听到城里老师讲课。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "山区学校用上远程课堂", None)
    assert article.dateline and article.dateline.text == "本报昆明3月2日电"
    assert article.byline and article.byline.text == "记者李明"


def test_a_letter_spaced_headline_with_its_quotation_marks_spaced_too_is_closed_up() -> None:
    page = """古 镇 里 的 “ 年 味 ”

本报讯　春节将至，古镇的大街小巷挂起了红灯笼，处处洋溢着节日的气氛。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "古镇里的“年味”", None)


def test_a_question_or_a_lead_in_under_a_headline_is_the_texts_first_line_not_a_deck() -> None:
    page = """乡村医生的一天

“今天感觉怎么样？”

　　清晨六点，村医老王就背起药箱出了门。他要走遍村里的每一户，给老人们量血压。

老 李——

　　老李今年七十岁了，一个人住在山脚下，老王每周都要去看他两次。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "乡村医生的一天", None)
    assert _paragraphs(article)[0] == "“今天感觉怎么样？”"


def test_a_dateline_alone_over_text_opening_with_a_date_is_lifted() -> None:
    page = """市长会见来访的友好城市代表团

新华社北京2月18日电

2月18日，市长在市政府会见了来访的友好城市代表团，双方就经贸合作交换了意见。
"""
    (article,) = _articles(page)
    assert article.dateline and article.dateline.text == "新华社北京2月18日电"
    assert _paragraphs(article)[0].startswith("2月18日，市长")


def test_a_note_in_brackets_or_a_summary_with_semicolons_under_a_headline_is_its_deck() -> None:
    page = """市政府召开常务会议

确定推进老旧小区改造的措施；部署做好春季防火工作

本报讯　市政府日前召开常务会议，研究老旧小区改造和春季防火工作。

在全市科技大会上的讲话

（2020年3月2日，市会议中心）

　　同志们：今天我们召开全市科技大会，总结去年的工作，部署今年的任务。
"""
    first, second = _articles(page)
    assert _heading(first) == (None, "市政府召开常务会议", "确定推进老旧小区改造的措施；部署做好春季防火工作")
    assert _heading(second) == (None, "在全市科技大会上的讲话", "（2020年3月2日，市会议中心）")


def test_a_first_line_a_break_cut_from_the_text_going_on_below_it_is_no_deck() -> None:
    page = """新技术方便了生活（生活漫步）

我们的日常生活越来越离不开新技术的帮

助，网上买菜、网上学习、网上看展，足不出户就能办好很多事。

新技术的应用，也让消费变得更安全、更放心。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "新技术方便了生活（生活漫步）", None)
    assert _paragraphs(article)[0].startswith("我们的日常生活越来越离不开新技术的帮助，网上买菜")


def test_a_round_ups_label_letter_spaced_heads_it_alone_over_its_items_titles() -> None:
    page = """财 经 短 波

本地银行推出小微企业贷款新产品

本报电　本地多家银行日前推出小微企业贷款新产品，最快当天放款。

（张 明）
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "财经短波", None)
    assert _paragraphs(article)[0] == "本地银行推出小微企业贷款新产品"


def test_a_closing_credit_of_reporters_who_took_part_is_the_byline() -> None:
    page = """山村通了快递

　　快递进村以后，山里的土特产卖到了城里，城里的日用品也送到了村民家门口。

（本报记者王小明参与采写）
"""
    (article,) = _articles(page)
    assert article.byline and article.byline.text == "本报记者王小明参与采写"


def test_a_round_up_of_contributors_under_their_places_stays_one_article() -> None:
    # each section a title over `（country）name`, closed by the writer's note; the first section
    # sits right under the headline
    page = """友谊之桥连四海（国际视野）

合作让我们走得更远

（肯尼亚）穆萨·奥马尔

　　我第一次来到这座城市时，街道两旁还是低矮的平房。如今高楼林立，地铁四通八达，变化让人惊叹。

（作者为肯尼亚某大学教授，本报记者李明采访整理）

开放的市场带来机遇

（智利）卡洛斯·罗哈斯

　　我们的水果通过展会走进了千家万户，果农的收入一年比一年高，大家对未来充满信心。

（作者为智利某协会会长，本报记者王芳采访整理）
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "友谊之桥连四海（国际视野）", None)
    paragraphs = _paragraphs(article)
    assert paragraphs[:2] == ["合作让我们走得更远", "（肯尼亚）穆萨·奥马尔"]
    assert "开放的市场带来机遇" in paragraphs and "（智利）卡洛斯·罗哈斯" in paragraphs


def test_a_round_up_of_named_pieces_under_an_editors_note_stays_one_article() -> None:
    page = """同心协力守家园（大家谈）

　　这些天，读者来信来稿，讲述身边人的故事，本版选登几篇，以飨读者。

　　——编 者

小区门口的守望

张 红

　　每天清晨，志愿者们就守在小区门口，为进出的居民测量体温、登记信息，风雨无阻。

快递小哥的坚持

刘永好

　　快递小哥骑着电动车穿行在街巷，把一箱箱蔬菜送到居民家门口，从不喊一声累。
"""
    (article,) = _articles(page)
    paragraphs = _paragraphs(article)
    assert "快递小哥的坚持" in paragraphs and "刘永好" in paragraphs


def test_a_story_with_a_bare_name_under_its_headline_after_another_story_stays_apart() -> None:
    # no round-up open: the name is the next story's writer, the line over it its headline
    page = """山区小学用上智慧课堂

本报记者 王小明

　　开学第一天，山区小学的孩子们坐进了新装修的教室，电子白板、平板电脑一应俱全。

沿海港口集装箱吞吐量创新高

李 强

　　记者从港务集团获悉，去年全港完成集装箱吞吐量两千万标箱，同比增长百分之八。
"""
    headlines = [_heading(a)[1] for a in _articles(page)]
    assert headlines == ["山区小学用上智慧课堂", "沿海港口集装箱吞吐量创新高"]


def test_a_heading_over_a_core_reading_box_starts_a_new_article_whatever_its_words() -> None:
    # both stories are about farming, so their words alone do not set them apart; 核心阅读 is
    # printed only under an article's heading
    page = """春耕时节访农家

本报记者 王小明

　　清明前后，种瓜点豆。记者走进山村，看到村民们趁着好天气平整土地，播种玉米和大豆。

　　村里的合作社统一购买种子和化肥，村民们的春耕成本降低了不少，种地的积极性更高了。

种粮大户的新算盘

核心阅读

　　今年春耕，不少种粮大户算起了新账：用上无人机和新品种，玉米和大豆的产量有望再提高。

　　记者走访多个村庄，看到合作社的农机正在田间忙碌，村民们对今年的收成充满信心。
"""
    headlines = [_heading(a)[1] for a in _articles(page)]
    assert headlines == ["春耕时节访农家", "种粮大户的新算盘"]


def test_a_labelled_column_of_wire_items_stays_one_article_and_ends_with_its_items() -> None:
    # each item closes on its wire source; the next item's title is the column's own line, and
    # the story after the column, closing on another source, is an article of its own
    page = """微阅读

湖边小镇举办冬季灯会

　　湖边小镇日前举办冬季灯会，上百组彩灯点亮了沿湖步道，吸引众多游客前来观赏。

　　主办方介绍，灯会将持续到春节以后，期间还有民俗表演和美食市集。

（据新华社南方电 记者李 明）

科研人员培育出耐寒新品种

　　科研人员近日培育出一种耐寒蔬菜新品种，可在零下十度的环境中正常生长。

　　这一品种有望在北方冬季大棚中推广，帮助菜农增加收入。

（据新华社北方电 记者张 华）

古城墙修缮工程完工

　　历时两年的古城墙修缮工程近日完工，修缮后的城墙向公众免费开放。

（据新华社西部电）

海港城市推出绿色出行新举措

　　这座海港城市近日宣布，将在市中心增设自行车道，并为公交车更换新能源车辆。

　　市政部门表示，新举措将在今年夏天前全部落实。

（本报海港电）
"""
    articles = _articles(page)
    assert [_heading(a)[1] for a in articles] == ["微阅读", "海港城市推出绿色出行新举措"]
    assert "科研人员培育出耐寒新品种" in _paragraphs(articles[0])


def test_a_features_sections_under_their_credit_lines_stay_in_it_when_it_opened_otherwise() -> None:
    # the feature opens on a headline and its own text, with no credit line under the headline;
    # its sections are then set as title, credit line, text; a headline ending in its column's
    # tag over a credit line is the next article's
    page = """春节里的乡村新变化

　　春节将至，记者走进多个村庄，记录下村民们过年的新变化、新期待。

春联写出新气象

本报记者 王小明

　　腊月里，村里的书法爱好者摆开桌案，为乡亲们义务书写春联，每天都要写上百副。

　　村民们说，春联的内容年年都在变，写的都是日子越过越好的心里话。

年货装满新车厢

本报记者 李 华

　　今年，不少村民开着自家的小汽车去镇上采购年货，后备箱装得满满当当。

　　镇上的商户说，年货的品种比往年多了不少，村民们更看重品质了。

山区小学用上智慧课堂（教育观察）

本报记者 张 强

　　开学第一天，山区小学的孩子们坐进了新装修的教室，电子白板、平板电脑一应俱全。
"""
    articles = _articles(page)
    assert [_heading(a)[1] for a in articles] == ["春节里的乡村新变化", "山区小学用上智慧课堂（教育观察）"]
    assert "年货装满新车厢" in _paragraphs(articles[0])


def test_a_column_of_readers_letters_under_its_label_stays_one_article() -> None:
    # the label sits under the last lines of the story above (a source line); each letter
    # closes on its writer's place and name; a title with its column's tag starts anew
    page = """小区门前的路修好了

本报记者 王小明

　　去年年底，小区门前坑洼不平的道路终于修好了，居民们出行方便了许多。

资料来源：本市交通部门

建 议

公园座椅应及时维修

　　我家附近的公园里，有几把座椅坏了很久，老人们散步累了都没处歇脚。

　　希望有关部门定期检查公园设施，发现损坏及时维修。

山东某某市 张 三

路灯亮起来才安心

　　小区后面的小路一到晚上就漆黑一片，居民晚归很不方便。

　　建议物业尽快安装路灯，让居民走得安心。

江苏某某县 李 四

河道垃圾无人清理（曝光）

　　城郊的一条小河里漂着不少垃圾，附近居民反映多次，一直没有人来清理。

浙江某某市 王 五
"""
    articles = _articles(page)
    assert [_heading(a)[1] for a in articles] == ["小区门前的路修好了", "建 议", "河道垃圾无人清理（曝光）"]
    assert "路灯亮起来才安心" in _paragraphs(articles[1])


def test_a_contributors_piece_after_an_authors_note_stays_in_the_round_up() -> None:
    # each piece closes on its author's note; the next title over a bare name is the round-up's
    # next piece, not a story with a byline
    page = """几位委员谈稳就业（议政建言）

　　如何稳住就业基本盘？本报记者采访了几位全国政协委员，请他们谈谈看法。

稳岗位要靠稳企业

赵 明

　　企业是就业的主渠道。稳住了企业，就稳住了大部分就业岗位，要帮企业渡过难关。

（作者为全国政协委员、某大学教授）

技能培训要跟上

钱 亮

　　不少岗位招不到合适的人，症结在于技能不匹配，职业培训应当更贴近企业需求。

（作者为全国政协委员、某研究院研究员）

灵活就业需要保障

孙 强

　　新就业形态吸纳了大量劳动者，社会保障也要跟上，让灵活就业者没有后顾之忧。

（作者为全国政协委员、某集团董事长）
"""
    articles = _articles(page)
    headlines = [_heading(a)[1] for a in articles]
    assert "技能培训要跟上" not in headlines and "灵活就业需要保障" not in headlines
    (holding,) = [a for a in articles if "技能培训要跟上" in _paragraphs(a)]
    assert "灵活就业需要保障" in _paragraphs(holding)
    assert any("企业是就业的主渠道" in p for p in _paragraphs(holding))


def test_a_heading_with_no_cue_after_a_story_closed_on_its_writers_name_starts_a_new_article() -> None:
    # two short lines with no heading's cue, whose words the text above and below do not share
    # closely enough for the topic test: the boundary model weighs the writer's name closing
    # the text above, the long text the story has printed and the lines' words going on below
    page = (
        "春运返程客流平稳有序\n"
        "\n"
        "　　本报北京2月2日电　春节假期临近结束，各地春运返程客流逐步增加。铁路部门加开夜间高铁，"
        "公路客运站延长售票时间，机场增加保障人员，旅客出行总体平稳有序。\n"
        "\n"
        "　　交通运输部门提醒，返程旅客要提前规划行程，错峰出行，途中注意安全。各地客运站和火车站也"
        "增设了服务台，为老人和带孩子的旅客提供帮助。铁路部门表示，将根据客流变化及时调整运力，确保"
        "旅客走得了、走得好。（李 明）\n"
        "\n"
        "山村小学有了新操场\n"
        "孩子们跑起来了\n"
        "\n"
        "　　近日，记者来到大山深处的石门小学。新铺的塑胶跑道红绿相间，篮球架崭新挺立，课间十分钟，"
        "孩子们在操场上追逐嬉戏，笑声传出很远。\n"
        "\n"
        "　　校长介绍，过去学校只有一块泥土空地，一下雨就没法上体育课。如今有了新操场，体育老师也配"
        "齐了，每周的体育课一节不少。\n"
        "\n"
    )
    first, second = _articles(page)
    assert "孩子们跑起来了" in (_heading(second)[1], _heading(second)[2])
    assert not any("操场" in paragraph for paragraph in _paragraphs(first))
    # the decision says it is the model's, with its probability and the cues that weighed most
    start = page.index("孩子们跑起来了")
    (why,) = {d.detail for d in split(page).decisions if d.stage == "classify" and d.spans[0].start == start}
    assert "the boundary model" in why and "p=0." in why and "above_named" in why


def test_news_stories_with_bylines_under_their_headlines_and_no_dateline_stay_apart() -> None:
    """A paper that prints each story's byline under its headline and its news undated (as
    Zhejiang Daily does) sets its page like a feature's sections: a long one-line headline over
    the credit is the next story's, not a section's title."""
    page = split(
        "\n\n".join(
            [
                "城北新区三座新公园本月全部开放",
                "《城市日报》记者 王小明",
                "市里今年新建了三座公园，居民出门就能看到绿地。公园里还修了步道和健身场地。",
                "园林部门说，明年还要在老城区见缝插绿，再建一批口袋公园。",
                "全市中小学开学准备工作基本就绪",
                "本报记者 李文 通讯员 赵刚",
                "全市中小学春季开学的准备工作已经基本就绪，各校检查了教室和食堂的安全。",
                "教育部门要求各校做好课程衔接，帮助学生尽快收心。",
            ]
        )
        + "\n"
    )
    assert [
        (a.headline.text if a.headline else None, a.byline.text if a.byline else None) for a in page.articles
    ] == [
        ("城北新区三座新公园本月全部开放", "《城市日报》记者 王小明"),
        ("全市中小学开学准备工作基本就绪", "本报记者 李文 通讯员 赵刚"),
    ]


def test_a_heading_line_the_text_below_goes_on_from_is_the_texts_first_line() -> None:
    # a column break cut the first paragraph right under the headline, mid-word, no comma above
    page = """春灯点亮古镇

江南水乡的一座古镇近日举

办了元宵灯会，数千盏花灯挂满了河道两岸。

游客们沿着石板路赏灯猜谜，热闹非凡。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "春灯点亮古镇", None)
    assert _paragraphs(article)[0] == "江南水乡的一座古镇近日举办了元宵灯会，数千盏花灯挂满了河道两岸。"
    # a whole quotation and two phrases set apart are heading lines whatever the text below:
    # no break cuts a paragraph just there
    for second, first_words in (
        ("灯会办得好 游客来得多", "元宵节前后，山城的老街上挂满了各式花灯"),
        ("“灯会一年比一年热闹”", "地处山区的小城今年首次举办灯会"),
    ):
        page = f"""小城迎来赏灯季

{second}

{first_words}，吸引了四面八方的游客。
"""
        (article,) = _articles(page)
        assert _heading(article) == ("小城迎来赏灯季", second, None)
        assert _paragraphs(article)[0].startswith(first_words)


def test_a_report_lead_under_a_headline_inside_an_open_article_is_the_next_storys_text() -> None:
    # the next story's headline after a story's text, its first line a report's lead (`3月2日，`)
    for head, headline in (("小 山 村 的 春 耕", "小山村的春耕"), ("春耕时节 田野繁忙", "春耕时节 田野繁忙")):
        page = f"""社区志愿者守护老人

本报记者　王小红

　　社区里住着不少独居老人，志愿者们每天上门问候，帮他们买菜、取药、打扫卫生。

　　志愿者小李说，看到老人们的笑容，再累也值得。

{head}

3月2日，南方的一个小山村里

“今年的收成一定错不了！”村民们赶着耕牛下田，田野里一片忙碌。
"""
        first, second = _articles(page)
        assert _heading(second) == (None, headline, None)
        assert _paragraphs(second)[0].startswith("3月2日，南方的一个小山村里")


def test_a_line_under_the_headline_set_as_the_articles_later_intertitles_is_its_first() -> None:
    sections = ["清晨出发", "天还没亮，老师就起床了。她要走十几里山路，把孩子们接到学校。", "午间课堂"]
    sections += ["上午的课一节接着一节，语文、数学、音乐，她一个人全包了。", "夜色归途"]
    sections += ["放学后，她又把孩子们一个个送回家，回到学校时天已经黑了。"]
    page = "山村教师的一天\n\n" + "\n\n".join(sections) + "\n"
    (article,) = _articles(page)
    assert _heading(article) == (None, "山村教师的一天", None)
    assert _paragraphs(article) == sections


def test_a_long_kicker_with_a_comma_run_into_its_headlines_line_at_the_top_is_heading() -> None:
    page = """全市大力推广网上办事，群众办理各类事项的效率比去年同期提高了一倍多 办事不出门 服务不打烊

本报讯　今年以来，市政务服务中心大力推广网上办事，越来越多的事项实现了全程网办。

“过去办一件事要跑好几趟，现在在手机上就能办好。”市民张先生说。
"""
    (article,) = _articles(page)
    kicker = "全市大力推广网上办事，群众办理各类事项的效率比去年同期提高了一倍多"
    assert _heading(article) == (kicker, "办事不出门 服务不打烊", None)
    assert _paragraphs(article)[0].startswith("今年以来")


def test_a_photo_credit_closing_the_text_above_is_never_the_next_headlines_kicker() -> None:
    for credit in ("供图：李小华", "阿依古丽·买买提摄（影像中国）"):
        page = f"""古桥修缮记

　　这座石桥已有三百多年历史，去年经过专家精心修缮，重新向游人开放。

　　修缮时，工匠们尽量使用原来的石料，保留了古桥的原貌。

{credit}

老街焕新颜

　　老街上的店铺陆续开张，游客们在青石板路上漫步，感受古镇的韵味。
"""
        first, second = _articles(page)
        assert _heading(first) == (None, "古桥修缮记", None)
        assert _heading(second) == (None, "老街焕新颜", None)


def test_a_short_line_under_a_headline_with_its_column_tag_is_the_texts_unless_a_dash_deck() -> None:
    body = """
　　清晨，老李就来到茶园，架好手机开始直播，向网友介绍自家的新茶。

　　一年下来，他家的茶叶销量翻了一番。
"""
    (article,) = _articles("老茶农的新生意（乡村振兴）\n\n茶园里的直播间\n" + body)
    assert _heading(article) == (None, "老茶农的新生意（乡村振兴）", None)
    assert _paragraphs(article)[0] == "茶园里的直播间"
    (article,) = _articles("老茶农的新生意（乡村振兴）\n\n——记一位山村茶农\n" + body)
    assert _heading(article) == (None, "老茶农的新生意（乡村振兴）", "——记一位山村茶农")


def test_a_kicker_holding_one_word_ads_use_is_no_advertisement() -> None:
    page = """市教育局为中小学生开通心理支持热线

一通电话 一份安心

本报讯　为帮助学生调节情绪，市教育局组织专业团队开通心理支持热线，每天为学生和家长答疑解惑。

热线开通一周来，已接听咨询电话两百多个。
"""
    (article,) = _articles(page)
    assert _heading(article) == ("市教育局为中小学生开通心理支持热线", "一通电话 一份安心", None)
    assert not split(page).other


def test_a_decree_and_its_number_under_a_regulations_title_open_its_text() -> None:
    page = """城市绿化管理办法

某某市人民政府令

第12号

　　《城市绿化管理办法》已经市政府常务会议通过，现予公布，自公布之日起施行。

　　第一条　为了加强城市绿化管理，改善生态环境，制定本办法。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "城市绿化管理办法", None)
    assert _paragraphs(article)[0].startswith("某某市人民政府令")


def test_a_line_before_the_articles_own_text_is_its_own() -> None:
    # under the headline and byline, before any text: however much it looks like a headline
    # (two phrases set apart), a line here opens this article's text, never the next article
    page = """湖畔新村见闻

本报记者 李明

乡村振兴 产业先行

　　近年来，村里发展乡村旅游，游客越来越多，村民的日子越过越红火。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "湖畔新村见闻", None)
    assert _paragraphs(article) == [
        "乡村振兴 产业先行",
        "近年来，村里发展乡村旅游，游客越来越多，村民的日子越过越红火。",
    ]


def test_a_line_cut_inside_a_number_is_a_paragraphs_head_not_a_headline() -> None:
    # `…中小学1` / `20所。…`: a break cut the number; after a long stretch on another topic the
    # line still opens a paragraph of this article, whose number the text below goes on with
    para = "近年来，我市持续推进绿道建设，沿江沿河的绿道连成一片，市民休闲健身有了好去处。"
    page = "\n\n".join(
        [
            "城市绿道串起美好生活",
            *[para] * 12,
            "冰雪运动进校园活动覆盖中小学1",
            "20所。学生在冰场上学习滑冰，体验冰雪运动的乐趣，冰雪运动进校园深受欢迎。",
        ]
    )
    (article,) = _articles(page + "\n")
    assert _paragraphs(article)[-1] == (
        "冰雪运动进校园活动覆盖中小学120所。学生在冰场上学习滑冰，体验冰雪运动的乐趣，冰雪运动进校园深受欢迎。"
    )


def test_a_caption_over_the_next_storys_headline_is_that_storys_by_its_words() -> None:
    """A picture set over its story's headline: its caption shares the words of the story below,
    not of the text above, and goes with the story below; a caption that shares the words of the
    text above stays with it."""
    page = """冬日暖阳照山村

　　清明前后，村民们趁着好天气平整土地，准备春耕。合作社统一采购种子化肥，帮助农户降低成本。

图为游客在冰雪大世界景区体验冰滑梯。 张三摄

冰雪旅游持续升温

　　本报哈尔滨1月26日电　春节假期，冰雪大世界景区接待游客超过十万人次。
游客在景区体验冰滑梯、冰雕展览等项目，冰雪旅游持续升温。

图为游客在冰雪大世界排队乘坐冰滑梯。 李四摄

春耕备耕正当时

　　本报北京1月26日电　各地抓住农时开展春耕备耕，农业部门派出技术人员下田指导，确保不误农时。
"""
    first, second, third = _articles(page)
    assert [c.text for c in first.captions] == []
    assert [c.text for c in second.captions] == [
        "图为游客在冰雪大世界景区体验冰滑梯。",
        "图为游客在冰雪大世界排队乘坐冰滑梯。",
    ]
    assert third.captions == ()


def test_a_caption_sharing_nothing_with_the_text_above_goes_below_on_a_little() -> None:
    """A photo over its story's headline: its caption shares one pair with the story below (a
    cosine under CAPTION_SHARES) and nothing with the text above, so it is the story below's."""
    page = """冬日暖阳照山村

　　清明前后，村民们趁着好天气平整土地，准备春耕。合作社统一采购种子化肥，帮助农户降低成本。

图为7日傍晚，三峡大坝华灯初上。 郑坤摄

清洁能源动力强劲

　　本报宜昌1月7日电　长江沿线电站去年发电量再创新高，清洁能源为长江经济带发展提供了强劲动力。\
电站运行人员坚守岗位，保障机组安全稳定运行，节能减排效益显著，大坝安全运行一年。
"""
    first, second = _articles(page)
    assert first.captions == ()
    assert [c.text for c in second.captions] == ["图为7日傍晚，三峡大坝华灯初上。"]


def test_numbered_captions_at_a_storys_foot_stay_together() -> None:
    """A feature's pictures set at its foot, numbered: OCR reads their captions after its text,
    before the next story's heading. `图②` shares the next story's words and `图①` nothing
    with either side, but `图②` is the next picture of the story `图①` went to."""
    page = """冬日暖阳照山村

　　清明前后，村民们趁着好天气平整土地，准备春耕。合作社统一采购种子化肥，帮助农户降低成本。

图①：村民在田间劳作。 张三摄

图②：游客在冰雪大世界景区体验冰滑梯。 李四摄

冰雪旅游持续升温

　　本报哈尔滨1月26日电　春节假期，冰雪大世界景区接待游客超过十万人次。
游客在景区体验冰滑梯、冰雕展览等项目，冰雪旅游持续升温。
"""
    first, second = _articles(page)
    assert [c.text for c in first.captions] == [
        "图①：村民在田间劳作。",
        "图②：游客在冰雪大世界景区体验冰滑梯。",
    ]
    assert second.captions == ()


def test_captions_under_the_picture_label_are_the_storys_it_closes() -> None:
    """`图片说明：` closes a feature's text and announces its pictures' captions: a caption under
    it that shares the next story's words is still the feature's."""
    page = """冬日暖阳照山村

　　清明前后，村民们趁着好天气平整土地，准备春耕。合作社统一采购种子化肥，帮助农户降低成本。

　　图片说明：

游客在冰雪大世界景区体验冰滑梯。 李四摄

冰雪旅游持续升温

　　本报哈尔滨1月26日电　春节假期，冰雪大世界景区接待游客超过十万人次。
游客在景区体验冰滑梯、冰雕展览等项目，冰雪旅游持续升温。
"""
    first, second = _articles(page)
    assert [c.text for c in first.captions] == ["游客在冰雪大世界景区体验冰滑梯。"]
    assert second.captions == ()


def test_a_short_line_under_a_caption_over_one_short_text_heads_a_photo_story() -> None:
    """A photo story whose picture is printed over its headline: OCR reads the caption, then the
    headline, then the story's one short text; the headline starts the story, not an intertitle
    of the story above, and the caption goes with it."""
    page = """故宫文物活起来

本报记者 张 三

王旭东强调，让文物活起来的内涵，并不是让文物本身走出故宫、满世界漫游，而是把故宫的文物资源、\
数字资源变成百姓喜闻乐见的文创产品、影视作品，适应时代所需，让文物的灵魂、价值活起来。\
“活力故宫要靠人来完成，吸引更多人参与，让故宫成为活水，才能让故宫活力真正迸发出来。”

“一个时代做一个时代的事，希望下一代提起我们，可以说一句‘这帮人还行’，我们就满足了。”王旭东说。

图为小朋友们在黔江区武陵文化广场喝腊八粥。
杨 敏摄（人民视觉）

美滋滋

１月２日,重庆市黔江区举行腊八公益活动,志愿者为市民送上免费腊八粥,并表演了丰富多彩的文艺节目。

沈阳北崴遗址考古取得新进展

　　本报沈阳1月2日电　近日，记者从辽宁省文物考古研究院公布的2019年文物考古成果中获悉：\
沈阳北崴遗址首次发现一批西周至春秋时期墓葬。
"""
    first, second, third = _articles(page)
    assert first.captions == ()
    assert second.headline is not None and second.headline.text == "美滋滋"
    assert [c.text for c in second.captions] == ["图为小朋友们在黔江区武陵文化广场喝腊八粥。"]
    assert len(second.paragraphs) == 1


#: a story's text, over which the next tests print a photo story whose caption comes first
STORY_ABOVE = """城市书房开到家门口

本报记者 王小明

　　走进社区新开的城市书房，书架上摆满了新书，几位老人正在阅览区看报。书房每天开放十二个小时，\
居民刷卡就能借书还书。

　　“以前借书要跑到区图书馆，现在下楼就到。”一位居民说。
"""


def test_a_title_at_the_pages_foot_under_a_caption_heads_a_photo_story() -> None:
    """A picture printed over its title: OCR reads the caption, then the title, then nothing more
    on the page. The title heads the photo story and the caption goes with it, though the two
    share no word."""
    page = STORY_ABOVE + "\n孩子们在广场上放风筝，迎接春天。 张三摄\n\n春风里\n"
    first, second = _articles(page)
    assert first.captions == ()
    assert _heading(second) == (None, "春风里", None)
    assert [c.text for c in second.captions] == ["孩子们在广场上放风筝，迎接春天。"]


def test_a_title_sharing_its_captions_words_over_the_next_heading_heads_a_photo_story() -> None:
    """Caption, title, then the next story's heading and text: the title names what its picture
    shows (`梅花` / `…梅花盛开…`) and the next story's words are others, so the title heads a
    photo story of its own, not the next story's kicker."""
    page = (
        STORY_ABOVE
        + "\n近日，南京梅花山的梅花盛开，游客踏青赏梅。 李四摄\n\n梅花迎春\n\n"
        + "全省高速公路新增充电桩\n\n　　本报讯　今年以来，全省高速公路服务区新建充电桩三百个，"
        + "电动汽车长途出行更加方便。\n"
    )
    first, second, third = _articles(page)
    assert _heading(second) == (None, "梅花迎春", None)
    assert [c.text for c in second.captions] == ["近日，南京梅花山的梅花盛开，游客踏青赏梅。"]
    assert _heading(third) == (None, "全省高速公路新增充电桩", None)


def test_a_photo_label_under_a_caption_over_the_next_heading_heads_a_photo_story() -> None:
    """`图片报道` under a caption, over the next story's heading: the photo story's label, not a
    round-up's over items whose titles would be intertitles."""
    page = (
        STORY_ABOVE
        + "\n工人在港口码头装运集装箱。 张三摄\n\n图片报道\n\n"
        + "全省高速公路新增充电桩\n\n　　本报讯　今年以来，全省高速公路服务区新建充电桩三百个，"
        + "电动汽车长途出行更加方便。\n"
    )
    first, second, third = _articles(page)
    assert _heading(second) == (None, "图片报道", None)
    assert [c.text for c in second.captions] == ["工人在港口码头装运集装箱。"]
    assert _heading(third) == (None, "全省高速公路新增充电桩", None)


def test_a_lead_in_under_its_own_storys_caption_stays_the_kicker() -> None:
    """A caption over its own story's kicker shares the kicker's words: a kicker ending on a
    lead-in dash leads into the headline under it, and is no photo story's title."""
    page = (
        STORY_ABOVE
        + "\n南京梅花山的梅花盛开，游客踏青赏梅。 李四摄\n\n南京梅花山游客如织——\n\n"
        + "公园花展迎客来\n\n　　本报讯　入春以来，各大公园推出花展，市民结伴出游。\n"
    )
    first, second = _articles(page)
    assert _heading(second) == ("南京梅花山游客如织——", "公园花展迎客来", None)


def test_a_credit_line_naming_a_team_under_a_headline_is_the_storys_byline() -> None:
    """`综合本报记者…报道` under a headline names as many reporters as a closing credit does, and a
    story credited to a team is a story of its own, not the section of a feature above it."""
    page = """春耕时节访农家

本报记者 王小明

　　清明前后，种瓜点豆。记者走进山村，看到的是一派繁忙景象。

共担防疫重任

综合本报记者白剑峰、曲哲涵、王观、王梅、史自强、孟海鹰、徐驭尧报道

　　连日来，各地各部门继续加紧工作，众志成城，切实担负起防疫抗疫的重任。
"""
    first, second = _articles(page)
    assert second.headline is not None and second.headline.text == "共担防疫重任"
    assert second.byline is not None
    assert second.byline.text == "综合本报记者白剑峰、曲哲涵、王观、王梅、史自强、孟海鹰、徐驭尧报道"


def test_a_kicker_set_plain_before_a_letter_spaced_headline_on_its_line_is_the_kicker() -> None:
    page = """浙江安吉县实现垃圾分类处理全覆盖 这 里 的 垃 圾 变 " 宝 贝 "

　　垃圾分类是当前社会热点，也是难点。但在浙江省安吉县却是另一种景象。
"""
    (article,) = _articles(page)
    assert _heading(article) == ("浙江安吉县实现垃圾分类处理全覆盖", "这里的垃圾变“宝贝”", None)


def test_a_two_line_heading_on_a_page_of_whole_line_paragraphs_is_two_lines() -> None:
    """On a page that prints each paragraph on one line, a kicker and headline printed with no
    blank line between them agree on no column: they are two lines, not a wrapped paragraph."""
    one = "嫦娥四号翩然落月，长征五号火箭一飞冲天，雪龙2号勇闯南极，刚刚过去的一年，我国科技创新精彩纷呈。"
    two = "春节临近，各地年货市场人头攒动，糖果干果、春联灯笼摆满货架，市民纷纷采购年货，商户生意红火。"
    three = "冬季是流感高发季节，医生提醒市民注意保暖，勤洗手、常通风，出现发热症状要及时到医院就诊。"
    page = f"""聚焦国际前沿，惠及国计民生
2020，科技看点多（科技视点）

{one}

{one}

置办年货年味浓，市场人气旺
年货市场人气旺（新春走基层）

{two}

{two}

健康过冬预防为主，勤洗手
流感季节勤防护（健康贴士）

{three}

{three}
"""
    headings = [_heading(article) for article in _articles(page)]
    assert headings == [
        ("聚焦国际前沿，惠及国计民生", "2020，科技看点多（科技视点）", None),
        ("置办年货年味浓，市场人气旺", "年货市场人气旺（新春走基层）", None),
        ("健康过冬预防为主，勤洗手", "流感季节勤防护（健康贴士）", None),
    ]


def test_a_centred_heading_is_a_heading_whether_or_not_the_page_indents_its_paragraphs() -> None:
    """OCR that keeps a page's layout sets a centred heading in by what its column leaves: deeper
    than the page indents its paragraphs, or on a page that indents none. Such a line is no
    paragraph's first line, nor an intertitle set as the paragraphs are."""
    indented = """　　　　　　春耕时节访农家

　　清明前后，种瓜点豆。记者走进山村，
看到的是一派繁忙景象。

　　村民们趁着好天气平整土地，准备春耕。

　　　　　　冬日暖阳照古城

　　春节假期，古城景区接待游客超过十万人
次，冰雪旅游持续升温。

　　游客在景区体验冰滑梯、冰雕展览等项目。
"""
    flush = "\n".join(
        line.removeprefix("　　") if not line.startswith("　　　") else line for line in indented.split("\n")
    )
    for page in (flush, indented):
        assert [_heading(article)[1] for article in _articles(page)] == ["春耕时节访农家", "冬日暖阳照古城"]


def test_a_centred_heading_set_in_as_deep_as_the_paragraphs_is_still_a_heading() -> None:
    """A centred line four or five characters short of its column is set in as deep as the
    paragraphs. It is no intertitle where it opens the page's text, or where a line beside it
    (its kicker) is set in otherwise."""
    page = """1月3日  星期五  05

　　春耕时节访农家 看山村一派新景象

　　清明前后，种瓜点豆。记者走进山村，看到
的是一派繁忙景象。村民们趁着好天气平整土
地，准备春耕。

　　今年村里新修了水渠，灌溉更方便了。村民
们说，日子越过越有盼头。

　　　　　冬日旅游持续升温

　　古城景区接待游客超过十万人次

　　春节假期，古城景区接待游客超过十万人次
，冰雪旅游持续升温。

　　游客在景区体验冰滑梯、冰雕展览等项目，
不少人专程从外地赶来。
"""
    assert [_heading(article) for article in _articles(page)] == [
        (None, "春耕时节访农家 看山村一派新景象", None),
        ("冬日旅游持续升温", "古城景区接待游客超过十万人次", None),
    ]


def test_a_centred_heading_set_in_as_deep_as_the_paragraphs_inside_the_page_is_a_heading() -> None:
    """On a page that centres its headings (a line set in otherwise than the paragraphs), a
    short line set in as deep as the paragraphs that is centred in the column of the text under
    it (20 characters: 16 and twice 2) may be a heading, not surely an intertitle."""
    page = """1月5日  星期日  05

　春耕时节访农家看山村一派繁忙新景象

　　清明前后，种瓜点豆。记者走进山村，看到
的是一派繁忙景象。村民们趁着好天气平整土
地，准备春耕。今年村里新修了水渠。

　　村民们说，水渠修好以后灌溉更方便了，日
子越过越有盼头。

　　古城景区春节假期接待游客超过十万

　　本报西安1月5日电　春节假期，古城景区
接待游客超过十万人次，冰雪旅游持续升温，
不少游客专程从外地赶来。

　　游客在景区体验冰滑梯、冰雕展览等项目。
"""
    assert [_heading(article)[1] for article in _articles(page)] == [
        "春耕时节访农家看山村一派繁忙新景象",
        "古城景区春节假期接待游客超过十万",
    ]


def test_a_running_head_with_a_speck_in_it_is_page_matter_not_a_kicker() -> None:
    """OCR may read a speck into a running head (`0·4 要闻`, `人民日·报`): it is still page
    matter, not the kicker of the headline under it. (A speck between a head's items reads as a
    rule setting them apart; one inside an item needs the speck taken out.)"""
    for head in ("0·4 要闻", "人民日报 ·2020年1月10日", "人民日·报 2020年1月15日", "1月9日 星·期四"):
        page = f"""{head}

宁夏为农民工追回工资4905万元

本报银川1月9日电　记者从宁夏人社厅获悉，去年全区为农民工追回工资4905万元。
"""
        assert [_heading(article) for article in _articles(page)] == [
            (None, "宁夏为农民工追回工资4905万元", None)
        ]


def test_a_centred_heading_with_a_comma_is_a_heading_not_a_paragraph() -> None:
    """A line set in by what its column leaves is centred, not a paragraph's first line, whether
    the page sets its paragraphs flush or indents them less deep: its comma does not make it
    text."""
    flush = """　　　　　　春耕时节，山村一派新景象

清明前后，种瓜点豆。记者走进山村，看到的是一派繁忙景象。

村民们趁着好天气平整土地，准备春耕。今年村里新修了水渠。

　　　　冬日暖阳照古城，游客纷至沓来

　　　　　　　　古城旅游持续升温

春节假期，古城景区接待游客超过十万人次，冰雪旅游持续升温。

游客在景区体验冰滑梯、冰雕展览等项目，不少人专程从外地赶来。
"""
    indented = """1月3日  星期五  05

　春耕时节，山村一派新景象看农家

　　清明前后，种瓜点豆。记者走进山村，看到
的是一派繁忙景象。

　　村民们趁着好天气平整土地，准备春耕。今
年村里新修了水渠。

　　　　冬日暖阳照古城，游客纷至沓来

　　　　　　古城旅游持续升温

　　春节假期，古城景区接待游客超过十万人次
，冰雪旅游持续升温。

　　游客在景区体验冰滑梯、冰雕展览等项目，
不少人专程从外地赶来。
"""
    for page, first in ((flush, "春耕时节，山村一派新景象"), (indented, "春耕时节，山村一派新景象看农家")):
        assert [_heading(article) for article in _articles(page)] == [
            (None, first, None),
            ("冬日暖阳照古城，游客纷至沓来", "古城旅游持续升温", None),
        ]


def test_a_dateline_opens_a_paragraph_on_a_page_with_neither_blank_lines_nor_indents() -> None:
    """A heading as wide as its column, over a line opening with a dateline: the dateline opens
    the story's first paragraph, so the heading does not run into it."""
    page = """春节临近年货市场人气旺
本报北京１月５日电 各地年
货市场人头攒动，糖果干果、
春联灯笼摆满货架，市民纷纷
采购年货。
中俄两国元首互致新年贺电
新华社北京１２月３１日电
２０１９年１２月３１日，国
家主席习近平和俄罗斯总统普
京互致新年贺电，祝愿两国人
民新年幸福安康。
"""
    first, second = _articles(page)
    assert _heading(first) == (None, "春节临近年货市场人气旺", None)
    assert _heading(second) == (None, "中俄两国元首互致新年贺电", None)
    assert second.dateline is not None and second.dateline.text == "新华社北京12月31日电"


def test_a_title_inside_a_story_its_dateline_opened_is_the_next_storys_headline() -> None:
    # a news story runs on from its dateline to its end, seldom with intertitles: a title after
    # its text is the next story's headline on less evidence than elsewhere (the boundary model
    # says p 0.21 here), but an intertitle on the story's own words (p 0.01) stays its own
    story = [
        "东盟国家经济保持稳定增长",
        "　　本报曼谷1月5日电　（记者张明）东盟秘书处日前发布报告说，"
        "2019年东盟国家经济保持稳定增长，区域内贸易和投资继续扩大。",
        "　　报告说，东盟各国加快基础设施建设，数字经济发展迅速，"
        "成为拉动经济增长的新动力。东盟国家还将进一步深化区域经济合作。",
    ]
    after = "　　按照协议，管道全长约一千九百公里，预计二〇二五年建成，每年可输送天然气一百亿立方米。"
    next_story = [
        "地中海能源合作取得新进展",
        "　　以色列、塞浦路斯和希腊日前在雅典签署了一项天然气管道协议，"
        "计划修建一条海底管道，把东地中海的天然气输往欧洲。这将扩大投资。",
        after,
    ]
    first, second = _articles("\n\n".join(story + next_story) + "\n")
    assert first.dateline is not None and first.dateline.text == "本报曼谷1月5日电"
    assert _heading(second) == (None, "地中海能源合作取得新进展", None)
    assert _paragraphs(second)[-1].startswith("按照协议")
    own_section = [
        "东盟与中国贸易额再创新高",
        "　　东盟国家同中国的贸易额去年再创新高，东盟区域内贸易和投资继续扩大，东盟经济增长有了新动力。",
        after,
    ]
    (article,) = _articles("\n\n".join(story + own_section) + "\n")
    assert "东盟与中国贸易额再创新高" in _paragraphs(article)


def test_a_section_after_a_lead_announcing_the_stories_that_follow_stays_in_its_feature() -> None:
    # the lead closes on whose stories follow (`…讲述她们的故事。`): the lead-in and title under it
    # open the feature's first section, however much they look like a kicker and a headline
    page = "\n\n".join(
        [
            "看，那些冲锋在前的年轻医护人员",
            "　　疫情发生以来，一批年轻医护人员主动请缨，奔赴抗疫一线。"
            "本报记者走近其中的三位，讲述她们的故事。",
            "王晓丽——",
            "恨不得插上翅膀回去支援",
            "　　“同事们在前线勇往直前，我怎么能当逃兵？”王晓丽语气坚决。"
            "春节前她刚回到老家，接到通知后连夜赶回医院。",
            "　　在隔离病房里，她每天要连续工作八个小时，护目镜勒得脸上满是印痕，但她从没叫过一声苦。",
        ]
    )
    (article,) = _articles(page + "\n")
    assert _heading(article) == (None, "看，那些冲锋在前的年轻医护人员", None)
    assert _paragraphs(article)[1:3] == ["王晓丽——", "恨不得插上翅膀回去支援"]


def test_a_title_after_a_meeting_reports_closing_line_is_the_next_articles_headline() -> None:
    # a report of a meeting closes on who attended (`…参加会见。`): what follows is the next
    # article, even one on the same subject, whose words the boundary model reads as a section's
    page = "\n\n".join(
        [
            "国家主席会见东盟秘书长",
            "　　国家主席昨天在人民大会堂会见东盟秘书长。"
            "双方表示，将进一步深化区域经济合作，扩大贸易和投资。",
            "　　国家主席指出，东盟国家经济保持稳定增长，区域经济合作不断深化，双方合作前景广阔。"
            "东盟秘书长表示，东盟愿同中方一道推进区域合作。王毅、何立峰参加会见。",
            "深化区域经济合作",
            "　　东盟国家经济保持稳定增长，区域内贸易和投资继续扩大，东盟同中国的经济合作不断深化。",
            "　　专家表示，区域经济合作将为东盟国家经济增长提供新动力。",
        ]
    )
    first, second = _articles(page + "\n")
    assert _paragraphs(first)[-1].endswith("王毅、何立峰参加会见。")
    assert _heading(second) == (None, "深化区域经济合作", None)


def test_a_title_over_a_news_reports_lead_with_no_dateline_is_the_next_articles_headline() -> None:
    # a paper that prints no datelines opens a report on its subject and the day
    # (`以色列、塞浦路斯和希腊日前在…`): where the words leave the boundary model unsure (p 0.32),
    # that lead tells the next story from a section of the story above
    page = "\n\n".join(
        [
            "外交部发言人——",
            "中方愿同各方一道维护地区和平稳定",
            "　　外交部发言人6日表示，中方高度关注当前地区局势，将继续秉持客观公正立场，"
            "为维护地区和平与安全发挥建设性作用。",
            "　　发言人说，地区局势进一步紧张，是任何人都不愿看到的。确保该地区和平稳定，"
            "对全世界都至关重要。中方一贯主张通过对话协商解决分歧。",
            "　　发言人表示，各方应切实遵守联合国宪章宗旨和原则，各国的主权独立和领土完整应当得到尊重。"
            "地区局势牵动能源安全，呼吁有关各方保持克制，避免事态升级，推动局势降温。",
            "东地中海天然气管道项目取得新进展",
            "　　以色列、塞浦路斯和希腊日前在雅典签署一项天然气管道政府间协议。",
            "　　这条管道将把东地中海近海气田的天然气输送到欧洲，有助于增加欧洲能源进口渠道。"
            "项目总投资约80亿美元，计划今年中期开建，几年后建成。",
            "　　希腊总理表示，这条管道为欧洲提供了多样化的能源来源和运输途径，"
            "在经济和外交方面也具积极意义。",
        ]
    )
    first, second = _articles(page + "\n")
    assert _paragraphs(first)[-1].endswith("推动局势降温。")
    assert _heading(second) == (None, "东地中海天然气管道项目取得新进展", None)


def test_a_kicker_as_long_as_its_tagged_headline_across_narrow_columns_stays_apart_from_it() -> None:
    """Two lines wider than the column and as long as each other look like a wider column's; the
    second ending in its column's tag makes them a kicker and a headline set across columns."""
    page = """成果覆盖多个领域 数据用于各行各业
高分卫星,本领越来越强（科技视点）

　　２０１９年１２月１０日
，国家航天局发布了高分
七号卫星首批２２幅亚米
级立体影像产品。这不仅
是高分七号的首次亮相，
也标志着我国高分专项工
程取得了新的成果。
"""
    (article,) = _articles(page)
    kicker, headline = "成果覆盖多个领域 数据用于各行各业", "高分卫星，本领越来越强（科技视点）"
    assert _heading(article) == (kicker, headline, None)


def test_items_of_a_list_marked_with_triangles_are_paragraphs_and_a_lone_one_is_a_caption() -> None:
    page = """冬季防火提示

　　冬季是火灾高发季节，消防部门提醒市民注意以下几点：

▲正确使用各种家用电器，不私拉乱接电线，离家或入睡前要做好检查。

▲不要在家中存放易燃易爆危险物品，不要卧床吸烟和乱扔烟头。

▲家中要配备必要的灭火器材并学会正确使用。

　　消防部门表示，将继续开展冬季火灾防控工作，确保群众安全过冬。

▲消防员在社区开展防火宣传。

　　据介绍，全市已开展防火宣传活动二百余场。
"""
    (article,) = _articles(page)
    assert [p.text[:6] for p in article.paragraphs if p.text.startswith("▲")] == [
        "▲正确使用各",
        "▲不要在家中",
        "▲家中要配备",
    ]
    assert [c.text for c in article.captions] == ["▲消防员在社区开展防火宣传。"]


def test_on_a_page_that_sets_every_block_in_a_short_line_may_still_be_a_heading() -> None:
    """A page with boxes comes out of `layout` with every paragraph set in, headings too: its
    indents say nothing of which short line is a heading."""
    page = """　　春耕时节访农家

　　本报北京3月5日电　清明前后，种瓜点豆。记者走进山村，看到的是一派繁忙景象。

　　村民们趁着好天气平整土地，准备春耕，合作社统一采购种子化肥。

　　冬日暖阳照古城

　　本报西安1月26日电　春节假期，古城景区接待游客超过十万人次，冰雪旅游持续升温。

　　游客在景区体验冰滑梯、冰雕展览等项目。
"""
    assert [_heading(article)[1] for article in _articles(page)] == ["春耕时节访农家", "冬日暖阳照古城"]


def test_triangle_captions_side_by_side_with_their_credits_stay_captions() -> None:
    page = """冬季防火提示

　　冬季是火灾高发季节，消防部门提醒市民注意防火安全。

▲消防员在社区开展防火宣传。 张三摄

▲市民学习使用灭火器。 李四摄

　　据介绍，全市已开展防火宣传活动二百余场。
"""
    (article,) = _articles(page)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("▲消防员在社区开展防火宣传。", "张三摄"),
        ("▲市民学习使用灭火器。", "李四摄"),
    ]


def test_a_paragraphs_head_cut_off_above_a_picture_on_a_page_of_one_paragraph_goes_on_below_it() -> None:
    """With one paragraph of text the page's indent cannot be told, and an indented short line
    over flush text is still a paragraph's head a break cut off, here across a caption."""
    page = """新苗

　　在贵州省铜仁市玉屏侗族自治县朱家

为发展村集体经济，玉屏侗族自治县加大茶园基地扶持力度，促进了农户持续增收。
胡攀学摄（人民视觉）

场镇詹家坳村，村民们在茶叶苗圃基地扦插茶苗。
"""
    (article,) = _articles(page)
    assert _heading(article) == (None, "新苗", None)
    assert _paragraphs(article) == [
        "在贵州省铜仁市玉屏侗族自治县朱家场镇詹家坳村，村民们在茶叶苗圃基地扦插茶苗。"
    ]


def test_a_title_after_a_photo_story_is_the_next_articles_headline() -> None:
    # a photo story prints a heading and a captioned picture, nothing else: the short title under
    # the picture opens the next article, where the boundary model reads an intertitle
    page = "\n\n".join(
        [
            "委员履好职 功夫在平时（履职思考）",
            "　　如果从任市政协常委算，我当政协委员已经十二个年头了。其间履职，我最有成就感的是提案被采纳。",
            "　　履职十多年，类似的故事有很多。在我看来，委员履好职，功夫在平时。",
            "图片报道",
            "面对疫情，各级政协委员积极献计出力。图为县政协委员在药店为群众发放口罩。 张三摄（人民视觉）",
            "直言",
            "　　“传染病防控没有‘局外人’。”",
            "　　——全国政协委员、预防医学会会长日前在一次新闻发布会上说，疫情阻击战需要每个人的贡献。",
            "　　“方舱医院非至善之法却是现实之举。”",
            "　　——全国政协委员、呼吸病学专家接受采访时表示，方舱医院用最少的资源收治了更多的患者。",
        ]
    )
    articles = _articles(page + "\n")
    assert [_heading(a)[1] for a in articles] == ["委员履好职 功夫在平时（履职思考）", "图片报道", "直言"]
    (caption,) = articles[1].captions
    assert caption.text == "面对疫情，各级政协委员积极献计出力。图为县政协委员在药店为群众发放口罩。"


def test_a_title_after_a_features_captions_label_is_the_next_articles_headline() -> None:
    # `图片说明：` closes a feature's text (its pictures' captions follow it): what comes next is
    # the next article, which the boundary model reads as a section of the feature
    page = "\n\n".join(
        [
            "患难见真情 共同抗疫情（国际视野）",
            "　　疫情发生以来，国际社会高度关注，纷纷为中国抗击疫情加油鼓劲。"
            "许多国际友人表示，对中国打赢疫情防控阻击战充满信心。",
            "　　亲爱的中国朋友们，我们同你们站在一起。希望所有奋斗在抗疫一线的朋友们工作顺利。",
            "　　图片说明：",
            "国际回声",
            "　　勇敢的中国人民有能力经受考验。",
            "　　我相信在中国政府的领导下，已经动员起来的中国人民将释放巨大能量，战胜疫情。",
        ]
    )
    first, second = _articles(page + "\n")
    assert _paragraphs(first)[-1] == "图片说明："
    assert _heading(second) == (None, "国际回声", None)


def test_a_charts_credit_ending_as_a_photos_does_is_page_matter_not_a_caption() -> None:
    page = "\n\n".join(
        [
            "为基层松绑减负 促干部担当作为",
            "　　新华社北京1月14日电 整治形式主义为基层减负工作取得明显成效，基层干部普遍感到负担减轻了。",
            "　　各地区各部门要巩固拓展成果，以优良作风向着伟大事业奋勇前进。",
            "制图：陈晔华 边纪红（新华社发）",
        ]
    )
    parsed = split(page + "\n")
    (article,) = parsed.articles
    assert article.captions == ()
    assert [o.text for o in parsed.other] == ["制图：陈晔华 边纪红（新华社发）"]


def test_a_sections_lead_in_cut_off_by_a_picture_stays_in_the_feature() -> None:
    # a feature's section: lead-in, title, credit line, text; a picture set between the lead-in
    # and the title makes the lead-in look like a photo story's headline over its picture
    page = "\n\n".join(
        [
            "2020，消费底气足足的（消费视窗）",
            "　　新年伊始，记者走访多地，听消费者讲述他们的消费故事，感受消费市场的新变化。",
            "　　消费是经济增长的重要引擎，人们的消费底气越来越足。",
            "广州某零售企业员工周新霞——",
            "图③：在北京一家商场，一系列文化艺术展吸引许多孩子到场体验。 杜建坡摄（人民视觉）",
            "我的腰包更鼓了",
            "本报记者 罗珊珊",
            "　　“新年新气象。新一年，新的职业方向让我干劲十足，我相信只要肯努力，一定会有收获。”",
            "　　周新霞说，去年她换了新工作，收入提高了不少，今年准备带父母出去旅游。",
        ]
    )
    (article,) = _articles(page + "\n")
    assert _paragraphs(article)[2:4] == ["广州某零售企业员工周新霞——", "我的腰包更鼓了"]
    assert len(article.captions) == 1


def test_a_column_tag_holding_a_comma_ends_a_headline_as_any_tag_does() -> None:
    """A series printed on one page under one tag, `（社区防控，我们在行动）`, each story a place over
    its headline: the tag holds a comma, yet it is the column's, and each story its own."""
    para = "连日来，社区工作人员和志愿者挨家挨户排查登记，为居家的老人送去口罩和生活用品。"
    page = "\n\n".join(
        [
            "江苏",
            "网格员志愿者 严防控密织网（社区防控，我们在行动）",
            *[para] * 4,
            "广州南沙区",
            "大喇叭大白话 防疫宣传送到家（社区防控，我们在行动）",
            *[para] * 4,
        ]
    )
    assert [_heading(a) for a in _articles(page + "\n")] == [
        ("江苏", "网格员志愿者 严防控密织网（社区防控，我们在行动）", None),
        ("广州南沙区", "大喇叭大白话 防疫宣传送到家（社区防控，我们在行动）", None),
    ]


def test_a_headline_over_a_few_lines_and_a_captioned_picture_heads_a_photo_story() -> None:
    """A photo story printed after an article with intertitles: its headline, a line or two of
    text, then its picture's caption; the headline is not the article's next intertitle, however
    little it says (the boundary model alone gives it p 0.09)."""
    para = "今年以来，各地持续推进机关党的建设，推动机关基层党组织全面进步、全面过硬，取得明显成效。"
    section = "冬日里，古城的工作人员坚守岗位，为游人清扫积雪，保障游人出行安全，古城秩序井然。"
    page = "\n\n".join(
        [
            "推动机关党的建设走在前",
            *[para] * 3,
            "织密基层组织网",
            *[section] * 3,
            "雪落有人知",
            "１月５日，河北石家庄正定古城银装素裹。为保障游人安全，工作人员冒雪打扫。",
            "图为工作人员在古城南门清扫积雪。 梁子栋摄（新华社发）",
        ]
    )
    headlines = [_heading(a)[1] for a in _articles(page + "\n")]
    assert headlines == ["推动机关党的建设走在前", "雪落有人知"]


def _wrapped(text: str, width: int = 12) -> str:
    """`text` as a paragraph of a column `width` characters wide, its first line indented."""
    body = "\u3000\u3000" + text
    lines = [body[: width + 2]] + [body[at : at + width] for at in range(width + 2, len(body), width)]
    return "\n".join(lines)


def test_a_heading_set_as_one_block_is_kicker_and_headline() -> None:
    """A paper that sets a kicker straight over its headline, no blank line between them: on a
    wrapped page a kicker nearly as long as the column would run into its headline as the lines
    of a paragraph do; over a story's dateline or its text they are its heading, a line each."""
    meeting = "本报北京１月７日电　全国机关事务工作会议７日在京召开。会议强调，要坚决落实过紧日子要求。"
    visit = "国务院副总理孙春兰近日在北京调研医养结合工作，看望慰问老年人和医务人员。"
    more = "会议指出，过去一年，机关事务工作围绕中心、服务大局，各项工作取得新进展，保障水平不断提高。"
    care = "她强调，要推动医疗卫生与养老服务深度融合，让老年人享有便利的健康养老服务。"
    page = "\n\n".join(
        [
            "全国机关事务会议举行\n坚决落实过紧日子要求",
            _wrapped(meeting),
            _wrapped(more),
            "孙春兰调研强调深入推进\n医养康养结合",
            _wrapped(visit),
            _wrapped(care),
        ]
    )
    assert [_heading(a) for a in _articles(page + "\n")] == [
        ("全国机关事务会议举行", "坚决落实过紧日子要求", None),
        ("孙春兰调研强调深入推进", "医养康养结合", None),
    ]


def test_a_title_wrapped_at_the_column_stays_one_line() -> None:
    """A brief's title as wide as the column runs on into the next line (`国开行支持民营小微企业发`
    / `展`): one title, however short its last line, with no sentence's end; and a show's
    listing (`表演：…`) stays one block however its first line ends."""
    brief = "本报电　国家开发银行加大对民营和小微企业支持力度，全年发放贷款超过两千亿元。"
    listing = "17.歌舞《你好2020》\n表演：朱一龙、周冬雨、李沁"
    title = "国开行支持民营小微企业发\n展"
    page = "\n\n".join(["金融简讯", title, _wrapped(brief), listing, _wrapped(brief)])
    blocks = [b.text for b in split_blocks(page + "\n")]
    assert "国开行支持民营小微企业发展" in blocks
    assert "17.歌舞《你好2020》表演：朱一龙、周冬雨、李沁" in blocks


def test_a_team_byline_under_the_headline_with_the_closing_credits_tail_is_the_byline() -> None:
    """The closing credit printed as a byline under the headline keeps its tail: `…及新华社报道`,
    `… 参与采写：彭振纲`."""
    para = "连日来，各地各部门坚决贯彻党中央决策部署，毫不放松抓好疫情防控，保障群众生活必需品供应。"
    for credit in ("综合本报记者王君平、李心萍、潘俊强及新华社报道", "本报记者李龙伊、吴君 参与采写：彭振纲"):
        page = "\n\n".join(["筑牢疫情防线，兜住民生底线", credit, para, para])
        (article,) = _articles(page + "\n")
        assert article.byline is not None and article.byline.text == credit


def test_a_tagged_headline_over_a_writers_name_after_an_authors_note_starts_a_story() -> None:
    """After a story closed by its author's note, a title over a name and text is a round-up's
    next section, as A's pages print them; but a title closing on its column's tag is the next
    story's headline, and the name under it its writer's (a paper that prints bylines there)."""
    para = "考古学不仅为城市化和全球化提供了历史证据，更为这两个貌似年轻的话题赋予了长久的生命力。"
    dig = "桥头遗址位于浙江省义乌市城西街道桥头村，遗址发现于二〇一二年，是一处重要的新石器时代遗址。"
    page = "\n\n".join(
        [
            "考古揭示的早期城市化信息",
            *[para] * 3,
            "（作者为中国社会科学院考古研究所研究员）",
            "义乌桥头遗址（考古进行时）",
            "蒋乐平",
            *[dig] * 3,
        ]
    )
    articles = _articles(page + "\n")
    assert [_heading(a)[1] for a in articles] == ["考古揭示的早期城市化信息", "义乌桥头遗址（考古进行时）"]
    assert articles[1].byline is not None and articles[1].byline.text == "蒋乐平"


def test_a_closing_credit_run_into_a_speakers_line_ends_the_story() -> None:
    """A column of quotes closes on the speaker and the credit run in after it, on one short line
    (`——江苏省委书记在全会上说（本报记者 何 聪整理）`): the story's last words and its byline, never
    the next story's kicker."""
    quote = "要坚定不移以新发展理念破解难题、推动发展，我们必须更加自觉地把新发展理念作为指挥棒。"
    other = "近年来，我国新能源汽车产销呈现快速增长，与此同时也带来了动力蓄电池回收的新问题。"
    page = "\n\n".join(
        [
            "把新发展理念作为指挥棒（声音）",
            quote,
            "——江苏省委书记在全会上说（本报记者 何 聪整理）",
            "多方发力，破解蓄电池回收难题（人民时评）",
            other,
            other,
        ]
    )
    first, second = _articles(page + "\n")
    assert _heading(first) == (None, "把新发展理念作为指挥棒（声音）", None)
    assert first.byline is not None and first.byline.text == "本报记者 何 聪整理"
    assert _heading(second) == (None, "多方发力，破解蓄电池回收难题（人民时评）", None)


def test_a_title_over_a_credit_line_under_text_run_on_from_another_page_is_a_headline() -> None:
    """An inside page opens on the end of a story from page one; the first story of its own
    comes under it, title over byline. Inside an article that is a round-up's section, but text
    with no heading above it has no sections."""
    page = """（上接第一版）要坚持稳中求进工作总基调，统筹做好稳增长、促改革、调结构、惠民生、防风险各项工作。

会议强调，各级党委和政府要切实扛起责任，确保各项部署落地见效。

小山村里的大变化

本报记者 王小明

走进桐庐县环溪村，清澈的溪水绕村而过，白墙黛瓦的民居错落有致。

村党支部书记说，这几年村里发展乡村旅游，村民收入翻了一番。
"""
    run_on, story = _articles(page)
    assert _heading(run_on) == (None, None, None) and len(run_on.paragraphs) == 2
    assert _heading(story) == (None, "小山村里的大变化", None)
    assert story.byline is not None and story.byline.text == "本报记者 王小明"


def test_a_heading_under_text_run_on_from_another_page_heads_the_pages_first_story() -> None:
    """Text with no heading above it opens an inside page: the end of a story from page one, its
    jump line first (whose 第一版 is no running head). The first heading under it heads a story of
    the page's own, though it shares the run-on story's subject (which inside an article makes a
    heading an intertitle)."""
    page = """（上接第一版）村里的民宿从三家发展到三十多家，乡村旅游成了村民增收的主要来源。

村干部表示，下一步将继续做好乡村旅游这篇文章，让更多村民吃上“旅游饭”。

民宿经济富了山里人

去年以来，桐庐县把发展民宿经济作为乡村振兴的重要抓手，全县民宿数量超过一千家。

村民李大姐把自家老屋改成民宿，一年收入十多万元。
"""
    run_on, story = _articles(page)
    assert _heading(run_on) == (None, None, None) and [j.text for j in run_on.jumps] == ["（上接第一版）"]
    assert [p.text[:6] for p in run_on.paragraphs] == ["村里的民宿从", "村干部表示，"]
    assert _heading(story) == (None, "民宿经济富了山里人", None) and len(story.paragraphs) == 2


def test_the_jump_line_opening_run_on_text_is_the_storys_jump_and_no_running_head() -> None:
    """`（上接第一版）` opens a wrapped paragraph's first line: its 第一版 makes no running head of
    the line (which would stand apart from the paragraph), and it goes to the story's jumps."""
    page = """（上接第一版）普京在贺电中向习近平主席致以衷心的
新年祝贺，祝全体中国人民幸福安康。普京表示，双
方的合作取得重大进展。我和习近平主席多次会晤并
达成一系列重要共识。

同日，国务院总理同俄罗斯总理也互致新年贺电，表
示愿同对方一道推动两国关系不断向前发展。

全国政协举行新年茶话会

本报北京12月31日电 中国人民政治协商会议全国委员
会31日上午在全国政协礼堂举行新年茶话会。
"""
    run_on, story = _articles(page)
    assert [j.text for j in run_on.jumps] == ["（上接第一版）"]
    assert [p.text[:8] for p in run_on.paragraphs] == ["普京在贺电中向习", "同日，国务院总理"]
    assert _heading(story) == (None, "全国政协举行新年茶话会", None)
