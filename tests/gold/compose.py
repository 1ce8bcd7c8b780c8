"""Compose papercut's own test pages: an editor's gold, and the raw OCR page printed from it.

Each page is written here the way an editor would want it extracted (GB/T 15834 punctuation,
whole paragraphs), then printed into a raw page in one of the layouts real OCR output comes in,
with the damage OCR does: half-width punctuation, straight quotes, full-width digits, letter-
spaced headings, captions and page headers dropped between the halves of a paragraph.

    python tests/gold/compose.py      # rewrites tests/gold/*.txt and *.gold.json

The text is our own; the layouts and conventions are those of the issue and the shared gold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent


@dataclass
class Art:
    headline: str
    paragraphs: list[str]
    kicker: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    dateline: str | None = None
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    # how the page prints it
    kicker_same_line: bool = False
    byline_printed: str | None = None  # the byline as the page prints it, if not as gold
    dateline_printed: str | None = None  # e.g. dateline + bracketed byline
    headline_printed: str | None = None
    kicker_printed: str | None = None
    closing_credit: str | None = None  # printed as the last line, in brackets
    closing_run_in: bool = False  # the closing credit printed at the end of the last paragraph
    caption_after: dict[int, int] = field(default_factory=dict)  # paragraph -> caption, cut in two
    caption_credit_own_line: bool = False
    break_after: set[int] = field(default_factory=set)  # paragraphs cut by a column break
    furniture_in: dict[int, str] = field(default_factory=dict)  # page footer cutting paragraph i
    intertitles: set[int] = field(default_factory=set)  # paragraph indices that are intertitles
    jump: str | None = None  # a jump line printed after the last paragraph


def ocr(text: str) -> str:
    """The damage an OCR engine does to Chinese punctuation and widths."""
    table = {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"}
    out = "".join(table.get(ch, ch) for ch in text)
    out = out.replace("“", '"').replace("”", '"').replace("……", "...")
    out = out.replace("‘", "'").replace("’", "'")
    return out


def lines_damage(text: str) -> str:
    """Another engine's habits: an ellipsis read as 。。。, Latin capitals set full-width."""
    return ocr(text).replace("...", "。。。").replace("APP", "ＡＰＰ")


def wide_digits(text: str) -> str:
    return text.translate({0x30 + i: 0xFF10 + i for i in range(10)})


def cut(text: str) -> tuple[str, str]:
    """Cut a paragraph in the middle of a sentence, away from punctuation."""
    at = len(text) // 2
    while text[at - 1] in "，。；：、“”（）！？" or text[at] in "，。；：、“”（）！？":
        at += 1
    return text[:at], text[at:]


def print_page(
    arts: list[Art],
    layout: str,
    top: list[str],
    bottom: list[list[str]],
    width: int = 18,
    damage=ocr,
    indent_text: str = "\u3000\u3000",
) -> str:
    """Lay the articles out: `lines` (one paragraph a line, blank lines between blocks) or
    `wrapped` (lines cut at `width`, paragraphs indented with 　　, a column break a blank line)."""
    blocks: list[str] = list(top)
    indent_with = indent_text

    def para(text: str, indent: bool = True, last_cut: bool = False) -> str:
        if layout == "lines":
            return text
        lead = indent_with if indent else ""
        body = lead + text
        lines, first = [], True
        while body:
            take = width + (2 if first and indent else 0)
            lines.append(body[:take])
            body = body[take:]
            first = False
        return "\n".join(lines)

    for art in arts:
        head = damage(art.headline_printed or art.headline)
        kicker = damage(art.kicker_printed or art.kicker) if art.kicker else None
        if kicker and art.kicker_same_line:
            blocks.append(f"{kicker} {head}")
        else:
            if kicker:
                blocks.append(kicker)
            blocks.append(head)
        if art.subheadline:
            blocks.append(damage(art.subheadline))
        if art.byline and not art.closing_credit and not art.dateline_printed:
            blocks.append(art.byline_printed or art.byline)
        paragraphs = [damage(p) for p in art.paragraphs]
        for i, text in enumerate(paragraphs):
            if i == 0 and art.dateline:
                text = (art.dateline_printed or art.dateline) + " " + text
            if i == len(paragraphs) - 1 and art.closing_credit and art.closing_run_in:
                text += f"({art.closing_credit})"
            is_title = i in art.intertitles
            if i in art.caption_after or i in art.break_after or i in art.furniture_in:
                first, second = cut(text)
                blocks.append(para(first))
                if i in art.caption_after:
                    cap, credit = art.captions[art.caption_after[i]]
                    if credit and art.caption_credit_own_line:
                        blocks.append(damage(cap) + "\n" + credit)
                    else:
                        blocks.append(damage(cap) + (" " + credit if credit else ""))
                if i in art.furniture_in:
                    blocks.append(art.furniture_in[i])
                blocks.append(para(second, indent=False))
            else:
                blocks.append(text if is_title else para(text))
        if art.closing_credit and not art.closing_run_in:
            blocks.append(f"（{art.closing_credit}）")
        if art.jump:
            blocks.append(art.jump)
    blocks += ["\n".join(b) for b in bottom]
    return "\n\n".join(blocks) + "\n"


def gold(arts: list[Art], other: list[dict[str, str]]) -> dict:
    return {
        "articles": [
            {
                "kicker": a.kicker,
                "headline": a.headline,
                "subheadline": a.subheadline,
                "byline": a.closing_credit or a.byline,
                "dateline": a.dateline,
                "paragraphs": a.paragraphs,
                "captions": [{"text": t, "credit": c} for t, c in a.captions],
            }
            for a in arts
        ],
        "other": other,
    }


def write(name: str, text: str, gold_page: dict) -> None:
    (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
    (HERE / f"{name}.gold.json").write_text(
        json.dumps(gold_page, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


# --- page 1: hard-wrapped columns, Xinhua datelines, letter-spaced headline --------------------

WRAPPED = [
    Art(
        kicker="习近平在新年贺词中强调",
        headline="只争朝夕 不负韶华",
        subheadline="——新年贺词在干部群众中引发热烈反响",
        dateline="新华社北京1月1日电",
        dateline_printed="新华社北京1月1日电（记者王五）",
        byline="记者王五",
        paragraphs=[
            "新年前夕，国家主席发表二〇一九年新年贺词。贺词在各地干部群众中引发热烈反响，大家表示，要以只争朝夕的精神投入新一年的工作。",
            "在北京一家科技企业，研发人员正在调试新一代芯片。项目负责人说：“贺词让我们深受鼓舞，新的一年我们要在关键核心技术上取得更大突破，让更多成果走出实验室、走向生产线。”",
            "在西部山区的一所小学，支教老师把贺词读给孩子们听。她说，山里的孩子也有大大的梦想，我们要做的，就是为他们点亮前行的路，让每一个孩子都能享有公平而有质量的教育。",
            "奋斗者永远在路上。受访干部群众纷纷表示，将把贺词精神转化为干事创业的实际行动，在新的一年里撸起袖子加油干。",
        ],
        captions=[("1月1日，北京天安门广场举行隆重的升国旗仪式", "新华社记者 李四摄")],
        caption_after={1: 0},
        caption_credit_own_line=True,
        break_after={2},
    ),
    Art(
        # a short letter-spaced line over the headline is its kicker: People's Daily sets a line
        # of six characters or fewer over another as kicker + headline 159 times to once
        kicker="平安浙江",
        kicker_printed="平 安 浙 江",
        headline="全省平安建设再上新台阶",
        byline="本报记者 陈洁 通讯员 李明",
        byline_printed="本报记者\u3000陈\u00a0洁\u3000通讯员\u3000李\u00a0明",
        dateline="本报杭州1月1日讯",
        paragraphs=[
            "过去一年，我省深入推进平安浙江建设，群众安全感满意度连续多年保持高位。2018年全省刑事案件立案数同比下降12.6%，连续第六年实现下降。",
            "织密防控网",
            "在杭州，一张覆盖城乡的智能防控网正在发挥作用。社区民警介绍，以前查一条线索要跑好几个部门，现在在平台上点一点就能看到，处置效率提高了一倍多。",
            "守护万家灯",
            "在宁波，志愿者队伍已发展到二十多万人。他们活跃在街头巷尾，帮助调解邻里纠纷、劝导文明出行。一位老志愿者说：“能为大家做点事，心里踏实。”",
        ],
        intertitles={1, 3},
        furniture_in={2: "2019年1月2日 星期三"},
    ),
    Art(
        headline="小区加装电梯 居民出行不再难",
        closing_credit="本报记者 张三 报道",
        paragraphs=[
            "家住老小区六楼的王阿姨今年七十八岁，腿脚不便的她过去一年难得下楼几次。上个月，小区第一部加装电梯投入使用，她终于可以天天下楼散步了。",
            "据了解，今年全市已完成老旧小区加装电梯三百余台，明年还将继续推进，并简化审批流程、提高财政补助标准。",
        ],
    ),
]

WRAPPED_OTHER = [
    {"kind": "furniture", "text": "2019年1月2日 星期三"},
    {"kind": "furniture", "text": "第4版 要闻"},
    {"kind": "furniture", "text": "责任编辑：张伟"},
    # the date again, where the page prints it inside an article's paragraph (`furniture_in`)
    {"kind": "furniture", "text": "2019年1月2日 星期三"},
    {"kind": "teaser", "text": "今日导读\n全省经济工作会议在杭召开\n春运火车票今起开售"},
]


def wrapped_damage(text: str) -> str:
    return wide_digits(ocr(text)) if "2018" in text else ocr(text)


# --- page 2: one paragraph a line, captions with credits, Xinhua photo, ads -----------------

LINES = [
    Art(
        kicker="聚焦乡村振兴：",
        kicker_same_line=True,
        headline="一村一品 富了一方百姓",
        byline="记者 张三 通讯员 李四",
        dateline="本报北京3月4日电",
        paragraphs=[
            "初春时节，走进山东省一个小山村，大棚里的草莓已经红透。村党支部书记告诉记者，全村三百多户村民种植草莓，去年人均收入比五年前翻了一番。",
            "“过去守着几亩薄田，一年到头挣不了几个钱。”村民赵大姐一边采摘一边说，“现在家门口就能就业，日子越过越有奔头。”",
            "村里还办起了合作社，统一品种、统一技术、统一销售，并通过电商平台把草莓卖到了全国各地。",
        ],
        captions=[
            ("村民在大棚里采摘草莓", "张三摄（影像中国）"),
            ("合作社工作人员在直播销售", "新华社发"),
        ],
        caption_after={0: 0, 2: 1},
    ),
    Art(
        headline="春季植树正当时",
        dateline="本报讯",
        dateline_printed="本报讯（记者 李华）",
        byline="记者 李华",
        paragraphs=[
            "3月12日是植树节。连日来，各地干部群众积极参加义务植树活动，为大地增添新绿。",
            "今年我市计划完成造林绿化面积五万亩，重点实施以下工程：",
            "一是沿江生态廊道建设；",
            "二是城郊森林公园提升；",
            "三是村庄绿化美化。",
        ],
    ),
]

LINES.append(
    Art(
        kicker="数字生活新体验",
        headline="老年人也能轻松用上手机APP",
        dateline="新华社杭州3月4日电",
        dateline_printed="新华社杭州3月4日电（记者 王五）",
        byline="记者 王五",
        paragraphs=[
            "“扫码、挂号、缴费……以前样样都要找孙子帮忙。”今年七十岁的刘大爷说，现在社区开设了手机课堂，他学会了用APP看病挂号。",
            "社区工作人员介绍，课程内容可登录http://www.zjol.com.cn查询，每周二、周四下午开课，全部免费。",
        ],
        captions=[("志愿者在社区手机课堂上为老人讲解", "（新华社发）")],
        caption_after={0: 0},
        caption_credit_own_line=True,
    )
)

LINES_OTHER = [
    {"kind": "furniture", "text": "人民日报"},
    {"kind": "furniture", "text": "2019年3月5日 星期二"},
    {"kind": "advertisement", "text": "本报订阅热线\n0571-85310000"},
]


def from_gold(path: Path) -> tuple[list[Art], list[dict[str, str]]]:
    """The articles of a hand-checked gold page, to print again in another layout."""
    data = json.loads(path.read_text("utf-8"))
    arts = []
    for a in data["articles"]:
        arts.append(
            Art(
                headline=a["headline"],
                kicker=a["kicker"],
                subheadline=a["subheadline"],
                byline=a["byline"],
                dateline=a["dateline"],
                paragraphs=a["paragraphs"],
                captions=[(c["text"], c["credit"]) for c in a["captions"]],
            )
        )
    return arts, data["other"]


# --- page 3: teaser box first, kicker on its own line, enumerated intertitles, jump line -------

MIXED = [
    Art(
        kicker="省委书记在全省高质量发展大会上强调",
        headline="扭住高质量发展这个牛鼻子",
        subheadline="省长主持",
        byline="新华社记者 张三 李四",
        paragraphs=[
            "全省高质量发展大会昨天在杭州召开。会议总结了过去五年的发展成就，部署了今后一个时期的重点任务。",
            "一、坚持创新驱动",
            "会议指出，要把科技自立自强作为发展的战略支撑，加快建设一批高水平实验室，让企业真正成为创新的主体。",
            "二、坚持扩大开放",
            "会议强调，要以更大力度吸引外资，稳住外贸基本盘，推动更多企业走出去。会议要求各地抓好以下工作：",
            "（一）优化营商环境；",
            "（二）提升口岸效率；",
            "（三）培育外贸新业态。",
        ],
        captions=[("图为大会现场", "（资料图片）")],
        caption_after={2: 0},
        caption_credit_own_line=True,
        intertitles={1, 3},
    ),
    Art(
        headline="老手艺 新生活",
        byline="本报通讯员 王芳",
        dateline="本报金华3月29日讯",
        paragraphs=[
            "在东阳的一间木雕工作室里，年过六旬的老师傅正带着几个年轻人雕刻一件屏风。他说：‘手艺要传下去，得有年轻人愿意学。’",
            "近年来，当地通过设立传承基地、开设培训班等方式，吸引了一批年轻人投身传统工艺，木雕产业年产值已超过百亿元。",
        ],
        jump="（下转第二版）",
    ),
]

MIXED_OTHER = [
    {"kind": "teaser", "text": "今日导读\n春耕备耕进行时\n一图读懂政府工作报告"},
    {"kind": "advertisement", "text": "欢迎订阅2019年度本报\n全国各地邮局均可订阅"},
    {"kind": "furniture", "text": "本版责编：李明 版式：王刚"},
]


def main() -> None:
    top = ["2019年1月2日 星期三", "第4版 要闻", "责任编辑：张伟"]
    bottom = [["今日导读"], ["全省经济工作会议在杭召开"], ["春运火车票今起开售"]]
    write(
        "wrapped-columns",
        print_page(WRAPPED, "wrapped", top, bottom, damage=wrapped_damage),
        gold(WRAPPED, WRAPPED_OTHER),
    )
    top = ["人民日报", "2019年3月5日 星期二"]
    bottom = [["本报订阅热线", "0571-85310000"]]
    write(
        "one-paragraph-a-line",
        print_page(LINES, "lines", top, bottom, damage=lines_damage),
        gold(LINES, LINES_OTHER),
    )
    top = ["今日导读", "春耕备耕进行时", "一图读懂政府工作报告"]
    ad = [["欢迎订阅2019年度本报", "全国各地邮局均可订阅"]]
    page = print_page(MIXED[:1], "wrapped", top, ad, width=14)
    page += "\n" + print_page(MIXED[1:], "wrapped", [], [["本版责编：李明 版式：王刚"]], width=14)
    write("teaser-first-narrow-columns", page, gold(MIXED, MIXED_OTHER))

    # the real Zhejiang Daily page set again in hard-wrapped columns with two-space indents,
    # a column break in the middle of long paragraphs, the caption between two halves
    arts, other = from_gold(HERE / "zhejiang-2018-03-30.gold.json")
    arts[0].kicker_same_line = True
    arts[0].caption_after = {2: 0}
    arts[0].break_after = {3, 4}
    arts[1].break_after = {4, 11}
    arts[1].furniture_in = {6: "2018年3月30日 星期五"}
    other = [{"kind": "furniture", "text": "2018年3月30日 星期五"}, *other]
    bottom = [[line] for line in other[1]["text"].split("\n")] + [other[2]["text"].split("\n")]
    text = print_page(arts, "wrapped", [], bottom, width=22, indent_text="  ")
    write("zhejiang-wrapped", text.replace("\n", "\r\n"), gold(arts, other))


if __name__ == "__main__":
    main()
