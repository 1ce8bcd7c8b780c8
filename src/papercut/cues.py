"""The printed cues that say what a line is: bylines, datelines, photo credits, page furniture.

Shared by `classify` (which block is what), `boundary` (the boundary model's cues), `repair`
(what to cut off a paragraph) and `articles` (the dateline opening a first paragraph). Each
pattern shows a real line it matches.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import cache
from typing import Any, cast

import regex

from . import patterns

SP = r"[ \t\u00a0\u3000]"
#: a Chinese personal name, possibly letter-spaced with ordinary or no-break spaces: 陈佳妮 / 陈 佳 妮
NAME = rf"(?:\p{{Han}}(?:{SP}?\p{{Han}}){{1,3}}|\p{{Han}}{{2}}·\p{{Han}}{{2,4}})"
NAMES = rf"{NAME}(?:{SP}*[、，,]{SP}*{NAME}|{SP}+{NAME})*"
#: who wrote it: 本报记者 / 《浙江日报》记者 / 新华社记者 / 本报通讯员 / 见习记者
ROLE = (
    r"(?:《[^》\n]{1,12}》|本报|新华社|中新社|人民日报|经济日报|光明日报|央视|本台|驻\p{Han}{1,6})?"
    r"(?:驻\p{Han}{1,6})?(?:特约|特派|首席|见习|实习|全媒体)?"
    r"(?:记者|通讯员|评论员|实习生|撰稿人|特约撰稿)"
)

#: what a byline may open with: ■本报记者 张三 / ◎记者 李四
BULLETS = "■●▲◆□◎★☆○◇"
#: what a credit says someone did, after the name: 张三/文 / 李四/图; and a Taiwan paper's report
#: from a place: 記者王小明／台北報導 / 記者李四、張三／綜合報導
DID = r"(?:文|图|文图|图文|摄|摄影|\p{Han}{0,6}?(?:报道|报导))"
#: 本报记者 陈佳妮 / 《浙江日报》记者 王国锋 余勤 / 记者 张三 通讯员 李四 / 文/张三 / 本报评论员 /
#: 本报记者 张三/文 李四/图; and the tails a closing credit has (`CLOSING_CREDIT`), for a paper that
#: prints the same credit under the headline: 综合本报记者…及新华社报道 / 本报记者…参与采写：彭振纲
BYLINE = patterns.compile(
    rf"^[{BULLETS}]?{SP}*(?:(?:(?:{ROLE}{SP}*)?{NAMES}{SP}*[/／]{SP}*{DID}"
    rf"|(?:综合)?{ROLE}{SP}*[:：]?{SP}*(?:{NAMES})?"
    rf"|(?:文|图|文[·/／]?图|撰文|作者|摄影){SP}*[/／:：]{SP}*(?:{ROLE}{SP}*)?{NAMES})"
    rf"{SP}*[,，]?{SP}*)+(?:{SP}*(?:报道|采写|整理|参与采写|采访整理|编译|[及和]新华社报道))?"
    rf"(?:{SP}*参与采写[:：]{SP}*{NAMES})?$"
)
#: a closing credit at an article's end: （本报记者 张三 报道） / （记者 李四） / （本报记者王五参与采写）
#: / （本报记者 蒋云龙采访整理） / （本报记者姜波、刘旭霞编译） / （…及新华社报道） / （本报记者李龙伊、
#: 付文 参与采写：彭振纲）: of the 164 closing credits that end an article in PD Jan, Feb 2020, the
#: last four forms were the 6 not read
CLOSING_CREDIT = patterns.compile(
    rf"{SP}*[（(]{SP}*((?:综合)?(?:{ROLE}|文|作者){SP}*[:：/／]?{SP}*{NAMES}(?:{SP}*[,，、]?{SP}*"
    rf"(?:{ROLE}){SP}*{NAMES})*(?:{SP}*(?:报道|采写|整理|参与采写|采访整理|编译|[及和]新华社报道))?"
    rf"(?:{SP}*参与采写[:：]{SP}*{NAMES})?){SP}*[）)]{SP}*$"
)

#: what a closing credit says its writer did, before its bracket (the work words CLOSING_CREDIT
#: allows, asked alone): `（本报记者 何 聪整理）`
CREDIT_WORK_END = patterns.compile(r"(?:整理|报道|采写|编译)\s*[）)]$")

#: a bare closing credit, names in brackets: （陈 玲） / （罗  懿） / （陈 佳 吕珍瑜）
CLOSING_NAMES = patterns.compile(rf"[（(]{SP}*({NAMES})(?<![电讯]){SP}*[）)]")
#: a brief's dateline, with no place or date: 本报电 / 新华社电
BRIEF_DATELINE = patterns.compile(rf"^(?:本报|新华社){SP}*电")
#: the same run in after the last sentence: …新的一年。（陈 玲）
CLOSING_NAMES_RUN_IN = patterns.compile(rf"(?<=[。！？”!?])[（(]{SP}*({NAMES}){SP}*[）)]{SP}*$")
#: an author's note or a source closing an article: （作者为…） / （作者单位：…） / （执笔：…） /
#: （本报仰光1月14日电） / （据新华社电） / （摘编自…） / （参与记者：…）: the article's last
#: paragraph, never the next one's heading; a bracket may nest in it:
#: （作者为中共中央党校（国家行政学院）政法部主任、教授）
CLOSING_NOTE = patterns.compile(
    r"[（(](?:作者(?:为|系|是|单位)|执笔|参与(?:记者|采写|调研)|据?新华社[^（）()]{0,20}?电|本报[^（）()]{1,80}?电"
    r"|(?:摘编|摘|转载|选)自|来源|相关报道见|图片由|本系列\p{Han}{0,6}(?:结束|完)|[^（）()]{0,30}(?:整理|供稿|提供|参与采写))"
    r"(?:[^（）()]|[（(][^（）()]*[）)])*[）)]"
)
#: the signature under an editor's note: ——编 者 / ——编者
EDITOR_SIGNATURE = patterns.compile(rf"^(?:——|—|--){SP}*编{SP}*者")
#: the signature under an editor's note or a letter
SIGNATURE = patterns.compile(
    rf"^(?:(?:——|—|--){SP}*编{SP}*者"
    # a reader's letter signed with a place and a name: 辽宁调兵山市 李丽贤
    rf"|\p{{Han}}{{2,10}}[省市县区州旗镇乡村]{SP}+\p{{Han}}(?:{SP}?\p{{Han}}){{1,3}}"
    # a cartoon's credits, drawing and words: 曹 一图 燕 陆文
    rf"|\p{{Han}}(?:{SP}?\p{{Han}}){{0,3}}{SP}?图{SP}+\p{{Han}}(?:{SP}?\p{{Han}}){{0,3}}{SP}?文)$"
)
#: a box label opening an article's text: 核心阅读 / 开栏的话 / 编者按 / 内容提要
BOX_LABEL = patterns.compile(
    r"^(?:【\p{Han}{2,8}】|核心阅读|开栏的话|编者按|编者的话|内容提要|阅读提示|人物小传|导语|链接|延伸阅读|背景链接"
    r"|记者手记|采访手记|短评|小贴士|数说|资料|相关链接|专家点评|新闻链接)[:：]?$"
)
#: the box labels that open an article's text, right under its heading, and nowhere else: in
#: People's Daily (Jan and Feb 2020) 核心阅读 opened its article 256 times of 257, 内容提要 16 of
#: 16, 开栏的话 14 of 14, 编者的话 13 of 13 (【点评】, 链接 and the like sit inside the text). So
#: the line over one is a heading's last, comma and all (`去年利润增速由负转正，重点行业运行回暖`),
#: and inside an article it is the next one's heading; 编者按, 阅读提示 and 导语 open a text the same way
OPENING_BOX = patterns.compile(r"^(?:核心阅读|内容提要|开栏的话|编者的话|编者按|阅读提示|导语)[:：]?$")
#: a contributor's name line in a round-up: 李长乐 黑龙江省牡丹江市农业技术推广中心主任, or the name
#: with the post in brackets under the section's title
NAME_LINE = patterns.compile(
    rf"^\p{{Han}}{{2,4}}{SP}+\p{{Han}}[\p{{Han}}、·（）()]{{4,}}"
    r"(?:主任|书记|代表|委员|教授|院长|局长|校长|经理|董事长|主席|部长|厅长|市长|县长|村长|镇长|乡长|村民|农民"
    r"|工人|医生|护士|教师|研究员|工程师|专家|负责人|会长|所长|社长|站长|队长|组长|班长|民警|党员|职工|干部|学生"
    r"|总监|总裁|创始人|理事长|秘书长|处长|科长|馆长|园长|厂长|船长|机长|司机|演员|作家|画家|导演|运动员|教练"
    r"|主持人|诗人|编剧|歌手|学者|艺术家|记者)$"
    # the name with the post in brackets: 王 平（省作协副主席） / 张 剑（芭蕾舞团首席主演）
    rf"|^\p{{Han}}(?:{SP}?\p{{Han}}){{1,3}}{SP}*[（(][\p{{Han}}、《》]{{1,28}}"
    r"(?:长|员|家|师|手|主编|主演|编辑|教授|医生|护士|书记|主任|代表|主席|院士|博士|经理|总裁|干部|党员|学生|村民"
    r"|农民|工人|记者|学者|主持人|创始人|负责人)[）)]$"
)
#: the commonest Chinese surnames (about nine people in ten carry one of them), compound ones first
SURNAMES = (
    "欧阳|司马|诸葛|上官|司徒|东方|皇甫|令狐|夏侯|慕容|长孙|宇文|公孙|端木|独孤|尉迟|"
    "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池乐匡]"
)
#: a round-up contributor's name under the title of the section they wrote: `（韩国）黄载皓`,
#: `（法国)让—马里·莱恩` (a country or a place in brackets, then the name), or the bare name
#: set apart as People's Daily sets it, a two-character one with a space: `刘永好` / `贺 强`
#: (a place is no name: `金华市`)
CONTRIBUTOR = patterns.compile(
    rf"^[（(]\p{{Han}}{{1,10}}[）)]{SP}*\p{{Han}}[\p{{Han}}·—－-]{{1,15}}$"
    rf"|^(?:{SURNAMES}){SP}?\p{{Han}}{{0,1}}[^\P{{Han}}省市县区州镇乡村]$"
)
#: the headline of a round-up of short items, each with a title of its own: 图片报道 / 资讯速递
#: (People's Daily, Jan and Feb 2020: 财经短波 7 times, 资讯 4, each over items with titles;
#: on the readers' letters page 建议 5 times and 身边事 once, over letters each under its title,
#: and never a line of an article's own text)
ROUNDUP_LABEL = patterns.compile(
    r"^(?:图片报道|新闻速递|资讯速递|资讯|财经短波|微阅读|简讯|快讯|新闻快递|一句话新闻|新闻集锦|图片新闻|建议|身边事)$"
)
#: a teaser item ends with the page it points to: …（第2版） / …(第12版)
TEASER_ITEM = patterns.compile(r"[（(]第?[0-9０-９一二三四五六七八九十]{1,3}版[）)]$")
#: a column's tag ending a headline: （人民时评） / （新论） / （大使随笔） / （守初心…·记者观察）
#: A tag may hold a comma, a series' slogan (`（社区防控，我们在行动）`,
#: `（产经观察·防控疫情，企业在行动③）`: 26 of the 27 heading lines in People's Daily, Jan and Feb
#: 2020, that end in a bracket holding a comma); the 109 paragraphs that do are closed by an
#: author's note or a credit (`（作者为北京大学教授，本报记者张璁整理）`, `（本报记者…，人民网记者…）`),
#: none read as a tag. Composed pages A, two draws of each month: 10 of those headlines had been
#: read as intertitles or cut paragraphs, their stories merged into the one above; none lost
COLUMN_TAG = patterns.compile(
    r"(?<![摄发图])[（(](?:[^（）()。，,；;\d]{2,60}|(?!作者|本报|记者|据|综合|执笔)[^（）()。；;\d]{2,30})[）)]$"
)

#: the head of a sentence that a break cut off: a mark no paragraph opens with (`，是当代中国…`),
#: a clause or title of one character (`为，部分网站…` under `…副主任黄畅认`, `信》：…` under
#: `1.《深入浅出5G移动通`), or a particle no sentence opens with (`的课桌椅…`, `们…`)
CUT_OPENING = patterns.compile(
    r"^(?:[，,、。；;：:）)」』】》]|\p{Han}[，,、；;：:》」』）)]|的(?!确)|[们吗呢吧])"
)

#: the agencies and papers whose datelines may carry no date: 本报讯 / 新华社电 / 本报杭州讯
OUTLET = r"(?:本报|本台|新华社|中新社|人民网|新华网|央视网|中新网|光明网|澎湃新闻)"
#: any paper, site or station by what its name ends with: 新京报 / 法制日报 / 央广网 / 中国青年报客户端
PRESS = r"\p{Han}{1,8}?(?:报|网|社|台|客户端|之声|新闻)"
#: a day as printed now (`29日`, `3月29日`) or in 1950 (`二十九日`), with or without its month
#: (OCR may set the figures apart: `北京 3 月 29 日电`)
FIGURE = r"[0-9０-９〇零一二三四五六七八九十]{1,3}"
DATE = rf"(?:{SP}?{FIGURE}{SP}?月)?{SP}?{FIGURE}{SP}?日{SP}?"
#: 电 as the first character of a word (电话, 电视): `…25日电话` is text, not a dateline
NOT_DISPATCH = r"(?!话|视|脑|影|力|器|子|动|商|费|梯|池|站|线|缆|源|台|车|报)"
#: 本报讯 / 本报北京1月1日电 / 新华社北京12月31日电（记者王五） / 本报杭州3月29日讯 / 据新华社电 /
#: 新京报讯（记者 张三） / 经济日报北京3月29日讯 / 央广网北京3月29日消息 / 【新华社北京二十九日电】 /
#: 本报讯 记者 张三 通讯员 李四 (the reporters without brackets, each name followed by a space)
#: A place abroad runs long (`据新华社津巴布韦维多利亚瀑布城2月25日电`, 11 characters), and an
#: agency's dateline may give a place and no date (`据新华社北京电`): PD Jan, Feb 2020, 5 more
#: paragraphs open with a dateline so, all first paragraphs, and no other paragraph's reading changes.
#: Taiwan's agency prints it in brackets, its reporter inside, text after it: （中央社記者李四高雄2日電）
#: 台灣港務公司…; a dispatch's dateline in brackets closing a story, alone or with its writers
#: (`（新华社北京1月1日电）`, `（新华社北京1月1日电 记者…）`: People's Daily, Jan 2020, 165 such
#: paragraphs), opens none
DATELINE = patterns.compile(
    r"^(?:(?P<bracket>[（(])|[【〔\[])?(?P<dateline>(?:据)?(?:"
    rf"{PRESS}(?:驻\p{{Han}}{{1,6}}记者)?\p{{Han}}{{0,12}}?{DATE}(?:电{NOT_DISPATCH}|讯|消息)"
    rf"|{OUTLET}(?:驻\p{{Han}}{{1,6}}记者)?(?:\p{{Han}}{{0,4}}?讯|\p{{Han}}{{0,6}}?电{NOT_DISPATCH})"
    rf"|{PRESS}讯"
    r")(?!员))(?(bracket)[）)](?=\s*\S)|[】〕\]]?)"
    rf"(?:{SP}*[（(](?P<byline>[^（()）\n]{{1,40}})[）)]|{SP}+(?P<byline>(?:{ROLE}{SP}*{NAME}{SP}+)+))?"
    rf"(?P<gap>{SP}*[:：—\-]*{SP}*)"
)

#: every dateline ends within this many characters of the paragraph's start
DATELINE_REACH = 60


def dateline_at_start(text: str) -> regex.Match[str] | None:
    """The dateline opening `text`, if any; the pattern runs only where the head of the text
    says 讯, 电 or 消息 (in either script), which most paragraphs' heads do not."""
    head = text[:DATELINE_REACH]
    if "讯" in head or "电" in head or "消息" in head or "訊" in head or "電" in head:
        return DATELINE.match(text)
    return None


#: a photo credit at the end of a caption: 《浙江日报》记者 梁臻 摄 / 张三摄（影像中国） /
#: 新华社记者 李四摄 / （新华社发） / 视觉中国供图 / 徐驭尧 焦宏涛摄影报道
CREDIT_TAIL = patterns.compile(
    rf"(?:(?<=^|[\s。！？!?”）)\]])|(?=《|本报|新华社|中新社|记者|通讯员))"
    rf"(?P<credit>"
    rf"[（(]?(?:(?:{ROLE}|摄影|摄影师){SP}*)?{NAMES}{SP}*[/／]?{SP}*摄(?:影)?(?:报道)?[）)]?"
    rf"(?:{SP}*[（(](?:影像中国|视觉中国|人民视觉|新华社发|资料图片|人民图片)[）)])?"
    rf"|[（(]?(?:新华社|中新社|人民图片|视觉中国|东方IC)发(?:{SP}*[（(]?{NAMES}{SP}*摄[）)]?)?[）)]?"
    rf"|(?:图|摄影)[/／:：]{SP}*{NAMES}"
    rf"|[（(](?:资料图片|影像中国|视觉中国|人民视觉|图片由[^）)\n]{{1,20}}提供|[^）)\n]{{1,12}}供图)[）)]"
    rf"|\S{{1,12}}供图"
    rf"|图片来源[:：]{SP}*[^\s（()）]{{1,12}}"
    rf"){SP}*$"
)
#: a credit for the words as well as the picture: 本报记者 张三 文/摄 / 记者 张三 文 李四 摄, the
#: byline many papers print under a headline over a photo story (People's Daily prints none: 文
#: after a name stands apart, so a name holding 文, `记者 李文 摄` / `李文/摄`, is no such credit)
WORDS_AND_PICTURE = patterns.compile(
    rf"(?:^|(?<={SP}))文{SP}*[/／]{SP}*[摄图]|\p{{Han}}{{2}}{SP}+文{SP}+(?:{ROLE}{SP}*)?\p{{Han}}{{2,4}}{SP}*摄"
)
#: a caption that says so: 图为会议现场 / 上图：… / ▲…
#: the marks that open a caption on some papers (`▲市民在…`) and a list's items on others
#: (`classify._bulleted_lists`)
CAPTION_MARKS = "▲△"
CAPTION_LEAD = patterns.compile(
    rf"^(?:图为|上图[:：]?|下图[:：]?|左图[:：]?|右图[:：]?|图[:：]|[{CAPTION_MARKS}])"
)

#: a chart's credit, which ends as a photo's does: 制图：陈晔华 边纪红（新华社发） /
#: 数据来源：国家卫健委 制图：汪哲平 (People's Daily Jan and Feb 2020: 2 and 1 such lines, every
#: one read as a caption on every composed draw; 制图：张丹峰 alone is page matter already)
CHART_CREDIT = patterns.compile(r"^(?:数据来源[:：][^\s:：]{1,20}\s*)?制图[:：]")
#: the label a feature prints over the captions of its pictures, closing its text: 图片说明：.
#: People's Daily Jan and Feb 2020 print it in 23 features (18 in Feb), each time after the text;
#: on composed pages A (Feb, five draws) the next article's heading stood right under it 39
#: times, 10 of them read as the feature's intertitles; the label itself was read as a headline
#: or page matter 7 times
CAPTION_LABEL = patterns.compile(r"^图片说明[:：]?$")

#: one item of a running head: the paper, the date, the weekday, the page, the section
_HEAD_ITEM = (
    r"(?:\p{Han}{2,6}(?:日报|晚报|时报|报)|(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
    r"|星期[一二三四五六日天]|第?[A-Za-z]?[0-9０-９]{1,2}版?|要闻|综合|国内|国际|经济|社会|体育|文化|评论|副刊"
    r"|专版|地方|时政|时事|民生|财经|科技|教育|法治|视点|关注|理论|观点|文艺|生态|健康|读者来信)"
)
#: 人民日报 2020年1月2日 / 04 要闻 / 1月2日 星期四 02: a running head made of those items alone, apart
#: or set off by a rule (`A2 | 要闻`, `A2版：要闻`), a page number also right before its section
#: (`A2要闻`); 2018年3月30日 星期五 / 第3版 / 责任编辑 张三 / 国内统一连续出版物号 / 浙江日报
FURNITURE = patterns.compile(
    r"星期[一二三四五六日天]|周[一二三四五六日]\s*$|农历\p{Han}{1,3}月|第[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}版"
    r"|^(?:本版)?(?:\p{Han}{0,4}编辑|责编|美编|版式设计|版式|校对|制图|视觉设计|照排|版面设计|统筹)"
    r"|^本版(?:图片来源|图片提供|摄影)"
    r"(?:[:：\s]|$)"
    r"|国内统一连续出版物号|邮发代号|CN\s?\d{2}-\d{4}|ISSN|^今日\S{0,3}\d{1,2}版$"
    r"|^\p{Han}{2,6}(?:日报|晚报|时报|都市报|商报|青年报|法制报)$"
    r"|^[A-Za-z]?\d{1,2}$|^[-—–\s]*\d{1,3}[-—–\s]*$"
    r"|^(?:要闻|综合|国内|国际|经济|社会|体育|文化|评论|副刊|专版|地方|时政|时事|民生|财经|科技|教育|法治|视点|关注)"
    r"(?:新闻)?(?:\s*[·•]?\s*[0-9０-９]{0,2})?$"
    r"|^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$"
    rf"|^{_HEAD_ITEM}(?:(?:\s*[|｜丨/／·•:：]\s*|\s+|(?<=[0-9０-９版])){_HEAD_ITEM})+$"
)
#: every FURNITURE line holds one of these; most lines hold none and skip the costly pattern.
#: Compiled by `patterns` (kept between runs), not by `re`: `re` took 3 ms to compile it at every
#: start, a tenth of what one page from the shell costs beyond Python's own start-up
FURNITURE_HINT = patterns.compile(
    r"星期|周|农历|版|编|校对|制图|视觉|照排|统筹|出版物号|邮发|CN|ISSN|报$|^[-—–\s]*[A-Za-z]?\d|年.*月.*日$"
    r"|^(?:要闻|综合|国内|国际|经济|社会|体育|文化|评论|副刊|专版|地方|时政|时事|民生|财经|科技|教育|法治|视点|关注)"
)


def page_matter(text: str) -> bool:
    """A running head or a page credit (`人民日报  2020年1月1日`, `1月9日  星期四  18`, `A2 | 要闻`),
    never the line a story runs on with from another page (`（上接第一版）…`): the cheap hint first."""
    return (
        FURNITURE_HINT.search(text) is not None
        and FURNITURE.search(text) is not None
        and JUMP_IN.match(text) is None
    )


#: a teaser box opens with its label: 导读 / 本期导读 / 今日导读 / 要闻导读 / 导 读
TEASER_HEAD = patterns.compile(rf"^(?:本期|今日|本版|要闻|新闻)?(?:导{SP}*读|看{SP}*点|提{SP}*要|目{SP}*录)$")
#: what only an advertisement says: 免费法律咨询平台 / 订购热线 / 扫码关注
AD = patterns.compile(
    r"热线|咨询|免费|优惠|订购|订阅|招商|加盟|欢迎(?:来电|垂询|订阅|选购)|地址[:：]|网址|www\.|扫码"
    r"|二维码|公众号|广告|售价|热销|联系人|联系电话|电话[:：]?\s*\d|\b400-?\d|全国统一|代理|专卖"
)
#: a jump line: （下转第二版） / （上接第1版）
_JUMP_FROM = r"上接|接上页|紧接|接第"
JUMP = patterns.compile(rf"[（(]?(?:{_JUMP_FROM}|下转|转下页|转第|转\d+版|接\d+版)[^（()）\n]{{0,12}}[）)]?$")
#: a jump line opening the text a story runs on with: （上接第一版）村里的民宿… / （紧接第2版）
JUMP_IN = patterns.compile(rf"[（(](?:{_JUMP_FROM})[^（()）\n]{{0,12}}[）)]\s*(?=\S)")

#: a number's digits, as printed or read wide
DIGITS = frozenset("0123456789０１２３４５６７８９")
#: the digits a year is written in (`二〇一八年`)
CHINESE_DIGITS = frozenset("〇一二三四五六七八九")


def number_cut(before: str, after: str) -> bool:
    """A number cut in two by a break: `…接待游客达2` / `0万人次…`, `增长3.` / `4%`, and a year
    in Chinese digits, `…于二` / `〇二一年…`: no paragraph of PD Jan+Feb 2020 opens with 〇, 32
    times it follows a digit inside one."""
    if after[:1] == "〇":
        return before[-1:] in CHINESE_DIGITS
    return after[:1] in DIGITS and (before[-1:] in DIGITS or before[-1:] in ".．" and before[-2:-1] in DIGITS)


#: a credit is never longer than this, so only a text's tail is searched for one
CREDIT_REACH = 60


#: the last character of every credit but `图：张三` and `…摄影报道` (their tails hold the 图 or
#: 摄 `credit_at_end` also looks for): 摄 / 摄影 / 发 / 供图 / a closing bracket, in either script
CREDIT_LAST = frozenset("摄影发图攝發圖）)")
#: what a credit in brackets holds (`（新华社发）`, `张三摄（影像中国）`, `（人民视觉）`, `（资料图片）`);
#: a closing credit (`（本报记者 张三 报道）`) or an author's note holds none of them
BRACKETED_CREDIT_WORDS = "摄攝发發图圖影视視"


def credit_at_end(text: str) -> regex.Match[str] | None:
    """The photo credit ending `text`, if any. The pattern is costly (a name may start at any
    character of the tail), so it runs only where a credit's last character ends the text or the
    tail holds the 图 or 摄 of `图：张三` / `摄影/李四` / `张三摄报道`: most lines are ruled out by one
    look at their end. 影 alone is no sign (影响, 电影, 缩影 are common words), nor is a closing bracket
    alone: the text in brackets must hold a credit's word."""
    start = max(0, len(text) - CREDIT_REACH)
    tail = text[start:]
    last = text.rstrip(" \t\u00a0\u3000\n")[-1:]
    if last not in CREDIT_LAST:
        if "图" not in tail and "圖" not in tail and "摄" not in tail and "攝" not in tail:
            return None
    elif last in "）)" and not any(word in tail for word in BRACKETED_CREDIT_WORDS):
        return None
    return CREDIT_TAIL.search(text, start)


def has_role_word(text: str) -> bool:
    """记者 / 通讯员 / 评论员 / 实习生 / 撰稿 / 文/ / /文 / 作者: a word only a credit line says; a
    cheap first look (plain `in`, nothing to compile) before the costly patterns above."""
    return (
        "记者" in text
        or "記者" in text
        or "通讯员" in text
        or "通訊員" in text
        or "评论员" in text
        or "評論員" in text
        or "实习生" in text
        or "實習生" in text
        or "撰稿" in text
        or "作者" in text
        or (
            "文" in text
            and (
                "文/" in text
                or "文／" in text
                or "文:" in text
                or "文：" in text
                or "/文" in text
                or "／文" in text
            )
        )
    )


# --- Topic: does a short line inside an article open another story? ---------------------------

#: how much text either side of a short line its topic is judged on
TOPIC_REACH = 600
HAN_RUN = patterns.compile(r"\p{Han}+")
#: a line with fewer pairs of its own (`织密防控网`: 3) is too short to say whose words it shares
TOPIC_WORDS = 4


@cache
def common_pairs() -> frozenset[int]:
    """The 300 pairs of characters most articles share (我们, 发展, …): the language's words, no
    story's. Counted over People's Daily, Jan and Feb 2020 (`tools/pd_common_pairs.py`). As
    numbers, the way `content_pairs` gives them."""
    listed = "".join(pair for row in patterns.data_rows("common_pairs.txt") for pair in row[0].split())
    # every pair two characters, so read as one text they fall at even places only
    return frozenset(memoryview(listed.encode("utf-32-le")).cast("Q"))


def content_pairs(text: str) -> frozenset[int]:
    """The pairs of adjacent Han characters in the text, the commonest left out, each as one
    number (the two characters' code points read together as a 64-bit integer).

    A split reads most of its blocks' pairs, for the boundary model. Made as 2-character strings
    they cost a split 5 M instructions; as numbers, read from the text's UTF-32 bytes by the
    interpreter's own code with no string made, about half that.
    """
    data = "".join(HAN_RUN.findall(text)).encode("utf-32-le")
    view = memoryview(data)
    size = len(data)
    # eight bytes from each character: the pairs at even places, then those at odd places
    pairs = frozenset(view[: size // 8 * 8].cast("Q")).union(view[4 : 4 + (size - 4) // 8 * 8].cast("Q"))
    return pairs.difference(common_pairs())


#: how much text either side of a caption its words are compared with (characters)
CAPTION_REACH = 150
#: the least cosine of words that gives a caption to the story on one side: under it, a caption
#: of one short line shares a pair or two with either side by chance
CAPTION_SHARES = 0.04


def cosine(a: AbstractSet[int], b: AbstractSet[int]) -> float:
    return len(a & b) / (len(a) * len(b)) ** 0.5 if a and b else 0.0


def topic_shift(above_below: float, line_above: float, line_below: float) -> bool:
    """The text under a short line tells another story than the article's text above it, and the
    line belongs to the text under it: the two sides share almost no words (`content_pairs`, about
    TOPIC_REACH characters each), the line shares none with the text above and at least one
    with the text below. An intertitle goes on with its article's words; a headline set with no
    cue (`欧盟谴责美国放松地雷使用限制` after a story on climate) starts another story.

    In People's Daily (Jan and Feb 2020, composed as pages), of the short lines inside articles
    that no cue called a headline, this found 189 headlines and 55 intertitles.

    The cosines (`cosine`) of the words of the text above and below, the line and the text
    above, the line and the text below; a line of fewer than TOPIC_WORDS pairs says nothing.
    """
    return above_below <= 0.015 and line_above <= 0.02 and line_below > 0


# --- Latin-script pages (Chronicling America OCR) ---------------------------------------------
# Compiled on first use: a Chinese page never needs them, and compiling costs start-up time.


class _Lazy:
    """A pattern compiled the first time it is used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: regex.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = patterns.compile(*self._args)
        found = getattr(self._compiled, name)
        # kept on the instance, so the next `.match` is found without coming here: an English
        # page asks these patterns half a million times, and this call cost a few per cent of it
        setattr(self, name, found)
        return found


def lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    return cast("regex.Pattern[str]", _Lazy(pattern, flags))


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: WASHINGTON, April 30. — / LONDON, May 1 (AP) — / Havana. April 30.— / WASHINGTON (AP) —
#: a place as OCR leaves it: `WASHINGTON,` `St. Louis.` `MONTERKY. Mcx.,` `SAN" FRANCISCO.`
_PLACE = r"[A-Z][A-Za-z.'\"-]+,?(?: [A-Z][A-Za-z.'\"-]*,?){0,3}"
#: a day of the month, with the digits OCR confuses with letters: `16` `3O` `1(5` `1G` `1C` `3«>`
_DAY = r"[0-9O][0-9OlIGC(«>]{0,2}"
#: a place in capitals, the strongest sign of a dateline, so the month and day after it may be
#: garbled further: `LdSADVILIK, Colo..` `HANNAH. N. .D.,` `ATLANTA, ta..` `LOS ANG JULES,`
_CAPS_PLACE = r"[A-Z][A-Za-z]?[A-Z]{2,}[A-Z.'\"-]*,?(?: [A-Z]{2,}[A-Z.'\"-]*,?)?(?: [A-Za-z.'\"]{1,6},?){0,2}"
#: a day as OCR may misread it after such a place: `1C` `aG` `in`, or a lone capital before
#: the first word (`Sept. J President`)
_GARBLED_DAY = r"(?:[0-9OlI][0-9A-Za-z(«>]{0,2}|[a-z]{1,2}[A-Z]?|[A-Z](?= [A-Z][a-z]))"
#: a month as OCR may misread it (`Sent.` `Scm.` `Sopl.`): only with a day after it, so that
#: `THE COUNCIL Met. The…` is no dateline; a speck between may read as a quote (`Scm. " lfi.`)
_GARBLED_MONTH = (
    rf"(?:{_MONTH}\.?(?: {_GARBLED_DAY}[.,]?)?"
    rf"|(?!Mrs)[JFMASOND][a-z]{{2,3}}\. (?:[\"'“”‘’] )?{_GARBLED_DAY}[.,]?)"
)
#: a month and a day of one or two figures OCR misread, with the dash after them lost and the
#: text's first word run on: `NEW YOUK, Sopl. ICKing Albert's` (`Sept. 16.—King`)
_FUSED_MONTH_DAY = r"(?!Mrs)[JFMASOND][a-z]{2,3}\. [0-9OlI][0-9A-Z(«>]?(?=[A-Z][a-z])"
#: a dateline by the day of the week, as Australian papers print it: `MELBOURNE, Wednesday.`,
#: `DUNGOG, Monday, 9.30 a.m.` (in the tuning part, both lines with a comma after the day open a
#: dispatch)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)"
LATIN_DATELINE = lazy(
    rf"^(?:[^\w\s]{{1,2}} )?(?P<dateline>{_PLACE} {_MONTH}\.?"
    rf"(?: {_DAY}(?:[.,]|(?= ?[-—–])| \((?:AP|UP|UPI|Reuters|Special)\))|(?= [\"“]))"
    rf"|{_CAPS_PLACE} {_GARBLED_MONTH}(?= )"
    r"|[A-Z][A-Z.' ]+ \((?:AP|UP|UPI|Reuters)\)"
    rf"|{_CAPS_PLACE} {_WEEKDAY}[.,]?"
    rf"|{_CAPS_PLACE} {_FUSED_MONTH_DAY})"
    r"(?P<gap>\s*[-—–]+\s*|\s*:\s*|\s+|(?<=[0-9A-Z(«>])(?=[A-Z][a-z]))"
)
#: a dispatch's dateline with its place in capitals OCR garbled with figures and accents
#: (`IJ1USBAÏ.E, Thursday` for BRISBANE), which the day of the week after its comma still marks
#: (the one such line in the tuning part opens a dispatch). Tried on a block's opening only,
#: never on every line as LATIN_DATELINE is.
LATIN_GARBLED_DATELINE = lazy(rf"^\p{{Lu}}[\p{{Lu}}\d.'\"-]{{3,}}, {_WEEKDAY}[.,]?(?:\s|$)")
#: By JOHN SMITH / BY JOHN SMITH / Special to The Tribune / (By Associated Press)
LATIN_BYLINE = lazy(
    r"^[(\[{<]?(?P<byline>B[yv] (?:the )?[A-Z][A-Za-z.'\- ]{2,60}"
    # a name in capitals, never a deck that opens with BY (`BY A VOTE OF 40 TO 12`)
    r"|BY (?!.*\b(?:OF|THE|A|AN|TO|FOR|IN|ON|AT|AND|WITH|FROM)\b)[A-Z][A-Z.']*(?: [A-Z][A-Z.']*){1,3}"
    r"|Special (?:Dispatch |Correspondence |Cable )?to (?:The|the) [A-Z][A-Za-z.'\- ]{2,40})\.?[)\]}>]?$"
)
#: how a wire service or the paper's own wire is credited, as OCR leaves it: `Bv Associated Press.`,
#: `y Associated-' Press.`, `By Leased Wire to The Tribune`, `[BY CABLE TO THE TRIBUNE]`
LATIN_WIRE = lazy(
    r"^\W{0,6}(?:B?[yv]\W{1,3})?(?:Special|Cable|Telegraph|Leased Wire|Wireless)\b.{0,24}\bto t\w{1,3}\b"
    r"|^\W{0,6}(?:B?[yv]\W{1,3})?(?:the )?\W{0,2}(?:Associated|United)\W{0,3}Pres\w*\W{0,3}$"
    r"|\bTO T\w{1,3} TRIB"
    r"|^(?=.{4,30}$).*\bPres[sS]?\W{0,3}$",  # `kSsooIfttcrt Press`: the service's name lost
    regex.IGNORECASE,
)
#: `(Copyright: 1903: By The Tribune Association.)`, as OCR leaves it: `<C<»pyrisht: 1903: …`
LATIN_COPYRIGHT = lazy(
    r"^\W{0,3}C\W{0,3}o?\W{0,2}p\W{0,2}y\W{0,2}r\W{0,2}i\W{0,2}[gs]?\W{0,2}h\W{0,2}t\b", regex.IGNORECASE
)
#: Continued on Page 5 / (Continued from First Page), OCR slips allowed: `Continued On Pago Two. m`
LATIN_JUMP = lazy(
    r"^\(?(?:(?:Continued|Concluded){e<=2}) (?:on|from) (?:the )?(?:(?:Page){e<=1} \w+|\w+ (?:Page){e<=1})"
    r"\W{0,2}(?: \w)?$",
    regex.IGNORECASE | regex.BESTMATCH,
)
#: Photo by … / — Staff Photo / (Copyright: 1903: By Rockwood.)
LATIN_CREDIT = lazy(
    r"(?P<credit>(?:[—-]\s*)?(?:Staff )?Photo(?:graph)? by [^.]{2,60}\.?|[—-]\s*Staff Photo\.?"
    r"|\(Copyright[^)]{0,60}\)\.?)\s*$",
    regex.IGNORECASE,
)
#: the masthead and the ears: volume and number, price, page count, weather
LATIN_FURNITURE = lazy(
    r"\bVOL\.|\bNo\. ?\d[\d,]{2,}|\bPRICE\b|\bCENTS\b|\bPAGES\b|\bWEATHER\b|\bFORECAST\b|\bCopyright\b"
    rf"|\b(?:SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY)\b.*\b\d{{4}}\b"
    rf"|^(?:{_MONTH}|[A-Z]+) \d{{1,2}}, \d{{4}}\.?$",
    regex.IGNORECASE,
)
#: `-Advt.` closing an advertisement, and what OCR makes of it: `-AdvL`, `-lAdvt.`, `— Advt. ,`,
#: and in brackets, the closing one read as a J: `-[AdvtJ`
ADVT = lazy(r"[-—]\s*\[?l?Adv[tL]\.?J?[\W\d]{0,6}$")


# The two patterns below are searched for anywhere in a line, and an English page has tens of
# thousands of lines: each is looked for only in a line holding the letters it cannot match
# without (a plain `in`, forty times cheaper than a search that fails).


def ends_advt(text: str) -> bool:
    """`…at Smith's. -Advt.`: the text ends as an advertisement does."""
    return "Adv" in text and ADVT.search(text) is not None


def wire_credit(text: str) -> bool:
    """`By Associated Press.`, `[BY CABLE TO THE TRIBUNE]`: a wire service's credit (`LATIN_WIRE`:
    every one of its forms says `to t…` or `pres…`, in any case; `casefold`, not `lower`, so that
    the long s `ſ`, which the pattern's IGNORECASE reads as `s`, is an `s` here too)."""
    folded = text.casefold()
    return ("to t" in folded or "pres" in folded) and LATIN_WIRE.search(text) is not None


# lines of a heading or of text, read by classify's rules and the boundary model's cues alike
#: an intertitle opens with an enumerator or a bullet: 一、 / （二） / 3. / ■ / 第六章 经营管理
INTERTITLE_LEAD = patterns.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．]\D"
    r"|第[一二三四五六七八九十]+[，,、\s]|第[一二三四五六七八九十百零〇]+[章节编部分]|[■◆●▲□◇○★☆►▶])"
)

TWO_PHRASES = patterns.compile(r"[\p{Han}”’》][ \u3000\u00a0]+[\p{Han}“‘《]")

#: (this and ANY_MARK by `re`, as plain classes: asked of most blocks, 0.2 M instructions a split)
_INNER_MARKS = "，,；;：:、。"
SENTENCE_MARK = patterns.compile_plain(f"[{_INNER_MARKS}]")

#: what a sentence ends with and a kicker never does
_CLOSING = "！？!?"
CLOSING_MARKS = frozenset(_CLOSING)
#: any mark a sentence holds (SENTENCE_MARK and CLOSING_MARKS): a Chinese line with none is a
#: heading's, or a name's
ANY_MARK = patterns.compile_plain(f"[{_INNER_MARKS}{_CLOSING}]")
#: the marks that end a sentence or a clause, or open a list (`表演：…`); a headline's two
#: phrases hold a comma at most
CLAUSE_ENDS = "。；;：:！？!?"

#: how a report's text opens, and a heading line almost never: `2月21日，` / `1月7日晚，` /
#: `近日，` / `连日来，`. People's Daily (Jan, Feb 2020): 394 first paragraphs and 1,326 others
#: open so, against 2 heading lines of 8,000 (`连日来，各地区各部门继续做好各项工作`); on the
#: composed pages, the line is the text's first, cut off by a break or a picture. Inside an open
#: article too, now the boundary model has settled that the stack starts the next one (before it,
#: what stayed above was too short a stack to be a heading, and two articles merged): heading A
#: 0.9150 -> 0.9155 (Jan), 0.8828 -> 0.8838 (Feb), found unchanged
TEXT_LEAD = patterns.compile(
    r"^(?:\d{1,2}月\d{1,2}日(?:晚|上午|下午|凌晨|早|夜)?|近日|日前|目前|近年来|连日来|近期|当前)[，,]"
)
