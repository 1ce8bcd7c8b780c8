"""Paragraphs, punctuation and captions as People's Daily prints them (issue 12), each case on a
small page of our own text: where a break cut a paragraph and where a line stands whole."""

from __future__ import annotations

from papercut import normalize, split


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _paragraphs(text: str) -> list[str]:
    return [p.text for a in split(text).articles for p in a.paragraphs]


HEAD = ("湖畔新村见闻", "本报记者 李明")


def test_lead_in_ending_in_a_dash_is_a_paragraph_of_its_own() -> None:
    paragraphs = _paragraphs(
        _page(*HEAD, "村里的变化有目共睹。", "修路架桥，让群众出行更方便——", "去年村里修通了环湖公路。")
    )
    assert paragraphs[1:] == ["修路架桥，让群众出行更方便——", "去年村里修通了环湖公路。"]


def test_phrase_closing_its_quotes_is_not_continued() -> None:
    paragraphs = _paragraphs(
        _page(
            *HEAD, "村里的变化有目共睹。", "勤劳致富，是全村人共同的“标签”", "今年开春，合作社又添了新设备。"
        )
    )
    assert paragraphs[1:] == ["勤劳致富，是全村人共同的“标签”", "今年开春，合作社又添了新设备。"]


def test_intertitle_with_a_comma_before_a_quotation_or_a_year_stands_alone() -> None:
    paragraphs = _paragraphs(
        _page(
            *HEAD,
            "村里的变化有目共睹。",
            "产业兴旺，日子越过越红火",
            "2019年，全村人均收入增长一成。",
            "一息尚存，奋斗不止",
            "“只要还能干，就要多干点。”老支书说。",
        )
    )
    assert paragraphs[1:] == [
        "产业兴旺，日子越过越红火",
        "2019年，全村人均收入增长一成。",
        "一息尚存，奋斗不止",
        "“只要还能干，就要多干点。”老支书说。",
    ]


def test_verse_lines_stay_lines() -> None:
    paragraphs = _paragraphs(_page(*HEAD, "这正是：", "湖水清又清，", "游客乐开怀。"))
    assert paragraphs[1:] == ["湖水清又清，", "游客乐开怀。"]


def test_paragraph_cut_by_a_break_still_joins() -> None:
    paragraphs = _paragraphs(_page(*HEAD, "合作社负责人介绍，今年将继续扩大种植规", "模，带动更多村民增收。"))
    assert paragraphs[0] == "合作社负责人介绍，今年将继续扩大种植规模，带动更多村民增收。"
    paragraphs = _paragraphs(_page(*HEAD, "全村去年接待游客达2", "0万人次，比上年翻了一番。"))
    assert paragraphs == ["全村去年接待游客达20万人次，比上年翻了一番。"]
    paragraphs = _paragraphs(
        _page(*HEAD, "村里的变化有目共睹。", "全村去年人均收入增长3.", "4%，高于全县平均水平。")
    )
    assert paragraphs[1:] == ["全村去年人均收入增长3.4%，高于全县平均水平。"]


def test_paragraph_head_read_as_an_intertitle_joins_the_rest_opening_mid_sentence() -> None:
    paragraphs = _paragraphs(
        _page(*HEAD, "村里的变化有目共睹。", "合作社负责人王强认", "为，好日子是干出来的。")
    )
    assert paragraphs[1:] == ["合作社负责人王强认为，好日子是干出来的。"]


def test_paragraph_head_on_an_indented_page_joins_the_unindented_rest() -> None:
    page = (
        "湖畔新村见闻\n\n本报记者 李明\n\n"
        "　　村里的变化有目共睹，游客一年\n比一年多，村民的日子越过越好。\n\n"
        "　　合作社负责人王强\n\n"
        "告诉记者，今年还要再建一座冷库\n，让果子卖上好价钱。\n\n"
        "发展产业\n\n"
        "　　合作社今年又添了两台新设备，\n产量提高了两成。\n"
    )
    paragraphs = _paragraphs(page)
    assert paragraphs[1] == "合作社负责人王强告诉记者，今年还要再建一座冷库，让果子卖上好价钱。"
    heads = [d for d in split(page).decisions if "paragraph's head" in d.detail]
    assert [page[s.start : s.end] for d in heads for s in d.spans] == ["合作社负责人王强"]
    assert paragraphs[2] == "发展产业"  # an intertitle, with an indented paragraph under it


def test_connector_dash_stays_one_and_a_dash_before_a_quote_is_two() -> None:
    assert normalize("途经重庆—贵阳—百色，5月17日—18日举行") == "途经重庆—贵阳—百色，5月17日—18日举行"
    assert normalize('他说:—"好!"') == "他说：——“好！”"
    assert normalize("会议--现场") == "会议——现场"


def test_mark_after_a_percentage_in_a_chinese_sentence_is_full_width() -> None:
    assert normalize("增长28.5%,40岁以下观众占56.1%;") == "增长28.5%，40岁以下观众占56.1%；"
    assert normalize("price 28.5%, up") == "price 28.5%, up"


def test_quote_opening_a_chinese_paragraph_on_a_number_pairs_up() -> None:
    assert normalize('"2019年,全区新增就业1万人."') == "“2019年，全区新增就业1万人。”"


def test_half_width_bracket_paired_with_a_full_width_one() -> None:
    assert normalize("核糖核酸(DNA）更加稳定，增速由负转正(10月份为下降9.9%）") == (
        "核糖核酸（DNA）更加稳定，增速由负转正（10月份为下降9.9%）"
    )
    assert normalize("虚拟现实（VR)技术") == "虚拟现实（VR）技术"


def test_ellipsis_ending_chinese_text_after_latin_letters() -> None:
    assert normalize("平稳度过观察期，转出ICU...") == "平稳度过观察期，转出ICU……"


def test_photo_report_credit_is_split_off_the_caption() -> None:
    page = split(
        _page(
            "湖畔新村见闻",
            "本报记者 李明",
            "村里的变化有目共睹。",
            "图为村民在湖边晾晒渔网。 王小明 李大海摄影报道",
            "今年开春，合作社又添了新设备。",
        )
    )
    captions = [(c.text, c.credit) for a in page.articles for c in a.captions]
    assert captions == [("图为村民在湖边晾晒渔网。", "王小明 李大海摄影报道")]


def test_text_below_a_break_opening_on_a_particle_or_closing_a_title_continues() -> None:
    paragraphs = _paragraphs(
        _page(*HEAD, "村里的变化有目共睹。", "一些农户用上了带有温控装置", "的大棚，冬天也能种菜。")
    )
    assert paragraphs[1:] == ["一些农户用上了带有温控装置的大棚，冬天也能种菜。"]
    paragraphs = _paragraphs(_page(*HEAD, "村里的变化有目共睹。", "1.《湖畔新村建设", "手册》：李明编著。"))
    assert paragraphs[1:] == ["1.《湖畔新村建设手册》：李明编著。"]


def test_signature_under_an_editors_note_is_not_continued() -> None:
    paragraphs = _paragraphs(
        _page(*HEAD, "今天起，本版推出系列报道，敬请关注。", "——编 者", "建设工地上，机器轰鸣。")
    )
    assert paragraphs == ["今天起，本版推出系列报道，敬请关注。", "——编 者", "建设工地上，机器轰鸣。"]


def test_whole_line_after_a_stop_stands_when_its_edges_read_as_a_title_and_a_sentence() -> None:
    # a line after a stop, ending without one, over a paragraph opening as sentences do (近年来 /
    # 在…): an intertitle; the same line over text opening on a character no sentence opens
    # with is a paragraph's head the break cut
    paragraphs = _paragraphs(
        _page(
            *HEAD,
            "村里的变化有目共睹。",
            "守护绿水青山，凝聚发展合力",
            "近年来，村里先后关停了三家砖厂，荒山种上了果树。",
            "办好一件实事，走好一段新路",
            "在村委会的院子里，几位老人正在晒太阳。",
            "说起这些年的变化，村民们都说日子越过越好，收入也",
            "积少成多，攒下了不少家底。",
        )
    )
    assert paragraphs[1:] == [
        "守护绿水青山，凝聚发展合力",
        "近年来，村里先后关停了三家砖厂，荒山种上了果树。",
        "办好一件实事，走好一段新路",
        "在村委会的院子里，几位老人正在晒太阳。",
        "说起这些年的变化，村民们都说日子越过越好，收入也积少成多，攒下了不少家底。",
    ]


def test_summary_line_under_the_byline_stands_over_the_first_paragraph() -> None:
    paragraphs = _paragraphs(
        _page(
            *HEAD,
            "一个山村的十年，见证乡村振兴的坚实步伐",
            "据村干部介绍，十年前村里还是远近闻名的贫困村。",
        )
    )
    assert paragraphs == [
        "一个山村的十年，见证乡村振兴的坚实步伐",
        "据村干部介绍，十年前村里还是远近闻名的贫困村。",
    ]


def test_text_below_a_break_opening_on_a_quotation_or_a_number_continues_a_clause_left_open() -> None:
    paragraphs = _paragraphs(
        _page(
            *HEAD,
            "村里的变化有目共睹。",
            "村口新修了一个小广场，广场边上有",
            "“百姓议事会”的会议室，大家有事都来这里商量。",
            "去年，全村接待的游客人数比",
            "2018年翻了一番。",
        )
    )
    assert paragraphs[1:] == [
        "村口新修了一个小广场，广场边上有“百姓议事会”的会议室，大家有事都来这里商量。",
        "去年，全村接待的游客人数比2018年翻了一番。",
    ]


def test_paragraph_head_opening_a_quotation_it_does_not_close_joins_the_rest() -> None:
    paragraphs = _paragraphs(
        _page(*HEAD, "村里的变化有目共睹。", "“村里的事要由大家商", "量着办，不能一个人说了算。”老支书说。")
    )
    assert paragraphs[1:] == ["“村里的事要由大家商量着办，不能一个人说了算。”老支书说。"]


def test_straight_quotes_at_the_edge_of_a_latin_word_in_chinese_text_pair_up() -> None:
    assert normalize('"APP能不能再简单一点?"他问。') == "“APP能不能再简单一点？”他问。"
    assert normalize('"5G"基站建起来了,"G20"的消息也传来了。') == "“5G”基站建起来了，“G20”的消息也传来了。"


def test_text_below_a_break_closing_the_quotation_left_open_above_continues() -> None:
    paragraphs = _paragraphs(
        _page(*HEAD, "村里的变化有目共睹。", '合作社推出了"认养一亩', '"的新办法,城里人也来种地。')
    )
    assert paragraphs[1:] == ["合作社推出了“认养一亩”的新办法，城里人也来种地。"]


def test_items_opening_with_a_bullet_under_a_line_without_a_stop_stay_items() -> None:
    paragraphs = _paragraphs(
        _page(
            *HEAD,
            "村里的变化有目共睹。",
            "◆出门要戴好口罩，回到家里要先用肥皂洗手，手机、钥匙、门把手这些常用的东西也要时常消毒",
            "◆少去人员密集的地方，必须去的时候要和别人保持一米以上的距离，排队时不要扎堆聊天",
        )
    )
    assert paragraphs[1:] == [
        "◆出门要戴好口罩，回到家里要先用肥皂洗手，手机、钥匙、门把手这些常用的东西也要时常消毒",
        "◆少去人员密集的地方，必须去的时候要和别人保持一米以上的距离，排队时不要扎堆聊天",
    ]


def test_a_traditional_summary_line_stands_over_the_first_paragraph_as_a_simplified_one_does() -> None:
    paragraphs = _paragraphs(
        _page(
            "湖畔新村見聞",
            "本報記者 李明",
            "一個山村的十年，見證鄉村振興的堅實步伐",
            "據村幹部介紹，十年前村裏還是遠近聞名的貧困村。",
        )
    )
    assert paragraphs == [
        "一個山村的十年，見證鄉村振興的堅實步伐",
        "據村幹部介紹，十年前村裏還是遠近聞名的貧困村。",
    ]


def test_title_of_two_balanced_clauses_stands_over_the_paragraph_below() -> None:
    # the seam model: a short line of two clauses of four over a paragraph opening a sentence
    # is an intertitle; the rules glued both (the edges' weights alone did not speak for it)
    paragraphs = _paragraphs(
        _page(
            *HEAD,
            "村里的变化有目共睹。",
            "守好青山，引来客商",
            "去年秋天，合作社门口停满了外地来的货车。",
            "稳住产量，提升品质",
            "全县种植面积比上年扩大了一成。",
        )
    )
    assert paragraphs[1:] == [
        "守好青山，引来客商",
        "去年秋天，合作社门口停满了外地来的货车。",
        "稳住产量，提升品质",
        "全县种植面积比上年扩大了一成。",
    ]


def test_short_head_cut_inside_a_word_joins_the_rest_though_read_as_an_intertitle() -> None:
    # `…服务中` / `心的…`: a line read as an intertitle whose words go on below is a paragraph's
    # head, cut by a column break
    paragraphs = _paragraphs(
        _page(
            *HEAD,
            "村里的变化有目共睹。",
            "返乡创业的王海燕是村里电商服务中",
            "心的负责人。她每天直播两个小时。",
        )
    )
    assert paragraphs[1:] == ["返乡创业的王海燕是村里电商服务中心的负责人。她每天直播两个小时。"]


def test_the_seam_words_are_looked_up_in_their_table_as_written() -> None:
    # `repair._in_word` reads data/seam-words.tsv's text instead of building a table of it: every
    # pair the file lists is found, the first and last rows too, and nothing it does not list
    from papercut import patterns, repair

    rows = {first: seconds for first, seconds in patterns.data_rows("data/seam-words.tsv")}
    for first, seconds in rows.items():
        assert all(repair._in_word(first, second) for second in seconds), first
    listed = "".join(rows.values())
    assert not repair._in_word("\t", listed[0]) and not repair._in_word(next(iter(rows)), "\t")
    assert not any(repair._in_word(first, "A") for first in rows)


def test_a_report_lead_in_is_no_clause_of_a_title() -> None:
    # `本报讯 推进两项` / `改革。`: the lead-in and the three characters after it are not two
    # parallel clauses of a title (`守好青山 引来客商`), so the seam model does not weigh them so
    from papercut import repair

    balanced = repair.SEAM_CUES.index("balanced_clauses")
    assert not repair.seam_cues("本报讯 推进两项", "改革。", head=False)[balanced]
    assert repair.seam_cues("守好青山 引来客商", "近年来，全县……", head=False)[balanced]


def test_a_year_in_chinese_digits_cut_by_a_break_joins() -> None:
    # `…将于二` / `〇二一年建成。`: 〇 never opens a paragraph; the break cut a number (a short
    # line ending on 二, which ends many lines printed whole, the seam model keeps apart)
    paragraphs = _paragraphs(_page(*HEAD, "村里的变化有目共睹。", "新馆将于二", "〇二一年建成。"))
    assert paragraphs[1:] == ["新馆将于二〇二一年建成。"]


def test_a_break_inside_a_name_the_page_prints_whole_joins() -> None:
    # `…离不开农技专家古丽` / `娜尔。她…`: the line ends as a whole line may, but the story
    # prints `古丽娜尔` further down, so the break fell inside her name (`repair._printed_across`)
    paragraphs = _paragraphs(
        _page(
            *HEAD,
            "村里的变化有目共睹。",
            "村里的蓝莓种植，离不开农技专家古丽",
            "娜尔。她带着大家种起了蓝莓。",
            "如今，古丽娜尔又琢磨起了电商。",
        )
    )
    assert paragraphs[1:] == [
        "村里的蓝莓种植，离不开农技专家古丽娜尔。她带着大家种起了蓝莓。",
        "如今，古丽娜尔又琢磨起了电商。",
    ]


def test_a_joined_head_is_not_asked_again_about_the_next_paragraph(monkeypatch) -> None:
    # `…电商服务中` / `心的负责人。…` / `去年，…`: once the head joined the text below it, the next
    # paragraph is weighed against the paragraph's end only; tools/seam_model.py trains on every
    # seam asked, and the head line against the paragraph after next is no seam of the page
    from papercut import repair

    asked: list[tuple[str, str]] = []
    verdict = repair.seam_verdict

    def counted(line: str, after: str, head: bool, page: str = "") -> tuple[bool, str]:
        if head:
            asked.append((line, after))
        return verdict(line, after, head, page)

    monkeypatch.setattr(repair, "seam_verdict", counted)
    paragraphs = _paragraphs(
        _page(
            *HEAD,
            "村里的变化有目共睹。",
            "返乡创业的王海燕是村里电商服务中",
            "心的负责人。她每天直播两个小时。",
            "去年，合作社的蓝莓卖到了上海。",
        )
    )
    assert paragraphs[1:] == [
        "返乡创业的王海燕是村里电商服务中心的负责人。她每天直播两个小时。",
        "去年，合作社的蓝莓卖到了上海。",
    ]
    assert [after[:3] for _, after in asked] == ["心的负"]
