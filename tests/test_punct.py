from __future__ import annotations

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from papercut.punct import horizontal, latin_quotes, normalize, normalize_counted


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("会上,车俊强调", "会上，车俊强调"),
        ("打好防范化解风险攻坚战;突出科技创新", "打好防范化解风险攻坚战；突出科技创新"),
        ("名单:", "名单："),
        ("表演吗?”", "表演吗？”"),
        ("好!", "好！"),
        ("各市、县(市、区)设分会场", "各市、县（市、区）设分会场"),
        ("２０１９年", "2019年"),
        ("ＡＢＣ公司", "ABC公司"),
        ("回到岗位...", "回到岗位……"),
        ("回到岗位。。。", "回到岗位……"),
        ("回到岗位…", "回到岗位……"),
        ('他说:"好"', "他说：“好”"),
        ("今年'加油·宝贝'一开始", "今年‘加油·宝贝’一开始"),
        ("加油・宝贝", "加油·宝贝"),
        ("会议--现场", "会议——现场"),
        ("会上 , 车俊", "会上，车俊"),
        # a mark with a space on one side only: the space goes with it, as on both sides
        ("会上, 车俊", "会上，车俊"),
        ("会上 ,车俊", "会上，车俊"),
        ("真的?!他问", "真的？！他问"),
        ("会议召开.代表说", "会议召开.代表说"),
        ("会议召开.", "会议召开。"),
        ('他说:"会议召开."', "他说：“会议召开。”"),
        ("会议召开. 代表们", "会议召开。 代表们"),
        # a comma after a figure is Chinese punctuation when Chinese text follows it; only a
        # comma between two figures is a thousands separator
        ("共30,其中", "共30，其中"),
        ("共30 , 其中", "共30，其中"),
        ("其中,30人", "其中，30人"),
        ("增长3.5%,其中", "增长3.5%，其中"),
        ("时间为10:30;地点", "时间为10:30；地点"),
        ("共30:其中", "共30：其中"),
    ],
)
def test_chinese_punctuation_follows_gb_t_15834(raw: str, clean: str) -> None:
    assert normalize(raw) == clean


@pytest.mark.parametrize(
    "latin",
    [
        "G20杭州峰会",
        "访问 http://www.zjol.com.cn 了解",
        "共1,000人",
        "上午10:30开会",
        'He said "yes, sir" to me.',
        "(AP) WASHINGTON, April 30.",
        "3.5%",
        "增长3.5%。",
        "访问www.zjol.com.cn。",
    ],
)
def test_latin_runs_are_left_as_printed(latin: str) -> None:
    assert normalize(latin) == latin


def test_parentheses_pair_up_even_when_only_the_inside_is_chinese() -> None:
    assert normalize("会议(G20)峰会") == "会议（G20）峰会"


def test_mixed_straight_and_curly_quotes_still_pair() -> None:
    assert normalize('“爸爸,我也去"') == "“爸爸，我也去”"


def test_a_dash_a_quote_made_curly_leaves_alone_is_widened_in_the_next_round() -> None:
    # the first round makes the quote curly; only then is the dash beside Chinese text on both
    # sides, so the rounds must go on while a lone dash is left
    assert normalize('他说:"—这是真的。"') == "他说：“——这是真的。”"


def test_the_count_says_how_many_marks_changed() -> None:
    assert normalize_counted("会上,车俊说:好")[1] == 2
    assert normalize_counted("会上，车俊说：好")[1] == 0


CHINESE_TEXT = st.text(
    alphabet=st.sampled_from(list("中文字报道记者,.;:?!()\"'…—-・ 　０１２ab12。，")), max_size=40
)


@given(CHINESE_TEXT)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    event("changed" if once != text else "unchanged")
    assert normalize(once) == once


@given(st.lists(CHINESE_TEXT, max_size=6), st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
def test_normalize_keeps_line_structure(lines: list[str], end: str) -> None:
    text = end.join(lines)
    got = normalize(text)
    event("changed" if got != text else "unchanged")
    assert len(got.splitlines()) == len(text.splitlines())
    assert [len(line) > 0 for line in got.splitlines()] == [len(line) > 0 for line in text.splitlines()]


@pytest.mark.parametrize(
    ("raw", "clean", "count"),
    [
        # each form a rule looks for, alone on the line: the cheap look before a rule sees each
        ("２０１９年", "2019年", 4),
        ("岗位...", "岗位……", 1),
        ("岗位。。。", "岗位……", 1),
        ("岗位…", "岗位……", 1),
        ("岗位．．．", "岗位……", 1),
        ("岗位···", "岗位……", 1),
        ("岗位……", "岗位……", 0),
        ("会议召开.", "会议召开。", 1),
        ("会议--现场", "会议——现场", 1),
        ("会议－－现场", "会议——现场", 1),
        ("会议―现场", "会议——现场", 1),
        ("会议—现场", "会议—现场", 0),  # a lone — between words is the connector (GOLD.md): kept
        ("加油•宝贝", "加油·宝贝", 1),
        ("加油・宝贝", "加油·宝贝", 1),
        ("加油‧宝贝", "加油·宝贝", 1),
        ("加油∙宝贝", "加油·宝贝", 1),
        ("加油．宝贝", "加油·宝贝", 1),
        ("各市、县(市、区)", "各市、县（市、区）", 2),
        ('他说"好"', "他说“好”", 2),
        ("今年'加油'开始", "今年‘加油’开始", 2),
        ("会上,车俊说:好", "会上，车俊说：好", 2),
        ("共1,000人", "共1,000人", 0),
        ("上午10:30开会", "上午10:30开会", 0),
    ],
)
def test_each_rule_finds_its_form_and_counts_what_it_changed(raw: str, clean: str, count: int) -> None:
    assert normalize_counted(raw) == (clean, count)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a bracket becomes full-width when it holds or touches Chinese text, and only then
        ("a(会)b", "a（会）b"),
        ("会(ab)c", "会（ab）c"),
        ("ab(cd)会", "ab（cd）会"),
        ("(ab)c会", "(ab)c会"),
        ("会x(ab)c", "会x(ab)c"),
        ("市、区)设", "市、区）设"),
        ("ab)会", "ab)会"),
        ("会a)b", "会a)b"),
        ("设(区", "设（区"),
        ("a(区", "a（区"),
        # a straight quote pairs with the curly ones already printed
        ('“好”他说"对"', "“好”他说“对”"),
        ("‘好’他说'对'", "‘好’他说‘对’"),
        ("他说‘好'", "他说‘好’"),
        ('"ab" 会', '"ab" 会'),
        ('会a"b', '会a"b'),
        ('"会', "“会"),
        ('He said "ok" 他说"好"', 'He said "ok" 他说“好”'),
        # a Latin word quoted at a heading's start, Chinese text after its closing quote
        ('"e"键传递正能量', "“e”键传递正能量"),
        ('"5G"时代', "“5G”时代"),
        # a mark at the line's start is judged by what follows it only
        (",ok会议", ",ok会议"),
        ("(会)ab", "（会）ab"),
        ("a‘b会'", "a‘b会’"),
        ("‘会a’b 他说'好'", "‘会a’b 他说‘好’"),
    ],
)
def test_brackets_and_quotes_follow_their_neighbours(raw: str, clean: str) -> None:
    assert normalize(raw) == clean


@pytest.mark.parametrize(
    ("raw", "curled"),
    [
        ('He said "yes"', "He said “yes”"),
        ("the mayor's words", "the mayor’s words"),
        ("'tis the season", "‘tis the season"),
        ('x "y"', "x “y”"),
    ],
)
def test_latin_quotes_curl_double_and_single_quotes_alike(raw: str, curled: str) -> None:
    assert latin_quotes(raw) == curled


def test_vertical_marks_are_counted_one_by_one() -> None:
    assert horizontal("会议︐") == ("会议，", 1)
    assert horizontal("﹁平安﹂浙江︒") == ("「平安」浙江。", 3)


def test_every_rule_of_a_round_adds_to_the_count() -> None:
    raw = '２０１９年,会议...现场...加油・宝贝(市)"好"--现场'
    assert normalize_counted(raw) == (
        "2019年，会议……现场……加油·宝贝（市）“好”——现场",
        4 + 1 + 2 + 1 + 2 + 2 + 1,
    )
