"""Latin headings settled by the article around them, and line ends decided by word facts: the
rules tuned on the English development corpus (tools/en_corpus.py). Each page is our own text,
set as Sydney Morning Herald pages come out of OCR: one printed line a line, no blank lines."""

from __future__ import annotations

import pytest

from papercut import split
from papercut.blocks import split_blocks
from papercut.hyphens import Vocabulary


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _starts(text: str) -> list[str]:
    return [(a.headline.text if a.headline else a.paragraphs[0].text)[:20] for a in split(text).articles]


STORY = (
    "The members of the bench sat until a late hour yesterday and heard a",
    "long list of cases brought by the police from the city and suburbs.",
)
CASE = (
    "The accused, a labourer of Redfern, was charged with having taken a",
    "sum of money from the shop of his employer in George-street, and he",
    "was sentenced to six months' imprisonment with hard labour.",
)


def test_crossheads_in_a_court_report_stay_in_it() -> None:
    page = _page(
        "QUARTER SESSIONS.",
        "(Before Judge Smith and juries.)",
        *STORY,
        "LARCENY.",
        *CASE,
        "FALSE PRETENCES.",
        *CASE,
    )
    [article] = split(page).articles
    assert article.headline and article.headline.text == "QUARTER SESSIONS."
    assert [p.text for p in article.paragraphs].count("LARCENY.") == 1


def test_a_court_case_crosshead_is_no_new_story() -> None:
    page = _page("IN DIVORCE.", *STORY, "BROWN v BROWN.", *CASE, "WHITE V. WHITE.", *CASE)
    assert _starts(page) == ["IN DIVORCE."]


def test_a_capitals_line_ending_open_is_no_headline() -> None:
    page = _page("THE WAR.", *STORY, "NORTH-EASTERN SECTOR:", *CASE)
    assert _starts(page) == ["THE WAR."]


def test_a_signature_closes_the_letter_and_the_next_headline_starts_a_story() -> None:
    page = _page(
        "TO THE EDITOR OF THE HERALD.",
        "Sir,-I wish to support the remarks of Mr. Smith on the",
        "visit of the writers, which will do much good for the country.",
        "I am, etc.,",
        "PERCY HUNTER.",
        "Sydney, Jan. 16.",
        "SHIPPING.",
        *STORY,
    )
    articles = split(page).articles
    assert [a.headline.text for a in articles if a.headline] == ["TO THE EDITOR OF THE HERALD.", "SHIPPING."]
    assert "PERCY HUNTER." in " ".join(p.text for p in articles[0].paragraphs)  # run on after `I am, etc.,`


def test_a_signature_before_a_headline_is_not_a_headline() -> None:
    page = _page("A NEW BOOK.", *STORY, "-F. S. B.", "MRS. JAMES GARTRELL.", *CASE)
    assert _starts(page) == ["A NEW BOOK.", "MRS. JAMES GARTRELL."]


def test_short_title_case_lines_after_a_finished_paragraph_are_a_headline() -> None:
    page = _page("FIRE AT THE WHARF.", STORY[0], "few cases.", "Pilot Gets", "Clear As", "Plane Burns", *CASE)
    articles = split(page).articles
    assert len(articles) == 2
    assert articles[1].headline and articles[1].headline.text == "Pilot Gets Clear As Plane Burns"


def test_a_dateline_line_opens_the_paragraph_below_it() -> None:
    page = _page("FLOODS IN THE NORTH.", "MELBOURNE, Wednesday.", *STORY)
    [article] = split(page).articles
    assert article.dateline and article.dateline.text == "MELBOURNE, Wednesday."
    assert article.paragraphs[0].text.startswith("The members")


def test_narrow_column_lines_beside_a_wide_column_stay_one_paragraph() -> None:
    wide = (
        "The council met last night and resolved to ask the Government for a grant",
        "towards the cost of the new bridge over the river at the foot of the hill,",
    )
    narrow = (
        "The Water Board has",
        "decided to sewer the",
        "whole estate at Rose-",
        "ville immediately and",
        "the council was told",
        "of it last night.",
    )
    page = _page("BRIDGE GRANT.", *wide * 5, "and the motion was carried.", "SEWER FOR ROSEVILLE.", *narrow)
    articles = split(page).articles
    assert articles[-1].paragraphs[0].text == (
        "The Water Board has decided to sewer the whole estate at Roseville immediately and "
        "the council was told of it last night."
    )


def test_a_short_line_ending_on_and_goes_on() -> None:
    court = (
        "Mr. Clarke, S.M., presided in the Charge Court yesterday, and",
        "heard a long list of cases brought by the police from the city",
        "and the suburbs, most of them for drunkenness and for the use",
        "of bad language in the streets on the night of the holiday.",
    )
    counsel = (
        "for Harrop; Mr. W. J. Bradley, K.C., and Mr. H. Maguire, K.C.",
        "(by Murphy and",
        "Moloney), for Cook; Mr. C. Begg (by Whitehead and Ferranti) for",
    )
    blocks = split_blocks(_page(*court, *counsel, *court))
    assert not any(block.text.endswith("Murphy and") for block in blocks)


#: line ends joined by word facts alone (an empty page): (the line, the next, joined), by rule
LINE_END_JOINS = {
    "a known word": ("the court dis-", "charged him", "the court discharged him"),
    "a place name": ("from Mary-", "borough", "from Maryborough"),
    "a counted compound": ("adjourned until to-", "morrow", "adjourned until to-morrow"),
    "a name part": ("shop in Kent-", "street", "shop in Kent-street"),
    "a compound": ("a well-", "known man", "a well-known man"),
    "a word known by its stem, no hyphen": ("Almost thou per", "suadest me", "Almost thou persuadest me"),
    "a word known by its stem": ("ready for metal-", "ling the road", "ready for metalling the road"),
    "two words": ("living with", "her daughters", "living with her daughters"),
    "a surname after an initial": (
        "by Messrs. A. E. What",
        "more, G. Gee",
        "by Messrs. A. E. Whatmore, G. Gee",
    ),
    "a word after a sentence": ("he asked. What", "more could", "he asked. What more could"),
    "a lost hyphen put back": ("by reason of non", "compliance with", "by reason of non-compliance with"),
    "a lost hyphen a counted compound keeps": ("leaves here to", "morrow at", "leaves here to-morrow at"),
    "a fragment after a hyphenated word": ("the rabbit-kill", "ing virus", "the rabbit-killing virus"),
    "a prefix with no vowel": ("said Mr. Mc-", "Donald, the", "said Mr. McDonald, the"),
    "two names": ("from New-", "York", "from New-York"),
    "a short syllable before a word": ("his pictorial pes-", "sessions", "his pictorial pessessions"),
    "specks after the hyphen": ('in Queensland be- ")', "cause it was", "in Queensland because it was"),
    "a speck before the rest": ("the hearing was re-", ".sumed today", "the hearing was resumed today"),
    "a speck before the rest in capitals": ("QUARTER SES-", ".SIONS OPENED", "QUARTER SESSIONS OPENED"),
    "a bracket after a hyphen": ("news-", "[BY TELEGRAPH.]", "news-[BY TELEGRAPH.]"),
    "a speck at the line's start": ("and economy. Appar", "! ently he", "and economy. Apparently he"),
    # a stroke OCR read as a letter is a letter of the input all the same: never dropped
    "a stroke read as I": ("a company he di", "I rected until", "a company he di I rected until"),
    "a digit after the hyphen": ("Miss Mar-1", "garet Smith", "Miss Mar-1 garet Smith"),
    "the word I": ("I do not know how", "I ever managed", "I do not know how I ever managed"),
    "a hyphen read as a mark": ("to allow the ac«", "cused to go", "to allow the accused to go"),
    "a hyphen read as a full stop": ("the first ques.", "tion he asked", "the first question he asked"),
    "a hyphen read as a spaced dash": ("the depart -", "ment with", "the department with"),
    "a hyphen read as a dash": ("the gov—", "ernment said", "the government said"),
    "a spaced dash between words": ("all the work -", "and the play", "all the work - and the play"),
    "a full stop before a word": ("at 4 p.m.", "and then", "at 4 p.m. and then"),
    "a word OCR misread": ("but a different pic", "turo was", "but a different picturo was"),
    "a hyphen in a word OCR misread": ("the ex-", "elusive story", "the exelusive story"),
    "a prefix before its own vowel": ("moved to re-", "elect the board", "moved to re-elect the board"),
    "a pair books print apart": ("to the south-", "east of the town", "to the south-east of the town"),
    "a short part books print apart": ("the conduct-", "or of the band", "the conductor of the band"),
    "a rare word before a fragment": ("the reef is auri", "ferous quartz", "the reef is auriferous quartz"),
    "a hyphen lost in a word misread twice": ("The annual com", "mittcos were", "The annual committcos were"),
    "a misread word after a word": ("living with, and", "iiad told her", "living with, and iiad told her"),
    "a word in capitals that lost its hyphen": (
        "AND MORE RE",
        "SPONSIVE PATRIOTISM",
        "AND MORE RESPONSIVE PATRIOTISM",
    ),
    "two words in capitals": ("LATEST SHIPPING", "NEWS FROM", "LATEST SHIPPING NEWS FROM"),
}


@pytest.mark.parametrize("line, below, joined", list(LINE_END_JOINS.values()), ids=list(LINE_END_JOINS))
def test_a_line_end_joins_by_word_facts(line: str, below: str, joined: str) -> None:
    assert Vocabulary([]).join(line, below) == joined


def test_a_page_that_prints_its_streets_hyphenated_restores_a_lost_hyphen() -> None:
    page = Vocabulary(["a shop in George-street and", "a house in Pitt-street today"])
    assert (
        page.join("being erected in Oxford", "street, Paddington")
        == "being erected in Oxford-street, Paddington"
    )
    assert Vocabulary([]).join("being erected in Oxford", "street, Paddington") == (
        "being erected in Oxford street, Paddington"
    )


def test_a_two_line_heading_after_a_court_report_starts_a_story() -> None:
    page = _page("QUARTER SESSIONS.", *STORY, "LARCENY.", *CASE, "BOXING PROMOTER'S", "DIVORCE", *CASE)
    assert _starts(page) == ["QUARTER SESSIONS.", "BOXING PROMOTER'S DI"]


def test_a_round_up_of_dispatches_is_one_article() -> None:
    page = _page("COUNTRY NEWS.", "BYROCK, FRIDAY.", *STORY, "COBAR, FRIDAY.", *CASE)
    [article] = split(page).articles
    assert article.dateline and article.dateline.text == "BYROCK, FRIDAY."
    assert [p.text[:14] for p in article.paragraphs][-1] == "COBAR, FRIDAY."


def test_a_dispatch_after_a_story_that_opened_without_one_starts_a_story() -> None:
    page = _page("FLOODS.", *STORY, "COOMA, Wednesday.", *CASE)
    assert len(split(page).articles) == 2


def test_initials_with_a_speck_sign_the_review_above() -> None:
    page = _page("A NEW BOOK.", *STORY, "-F. S. B.", "I", "MRS. JAMES GARTRELL.", *CASE)
    assert _starts(page) == ["A NEW BOOK.", "MRS. JAMES GARTRELL."]


def test_a_title_case_headline_under_a_full_last_line_and_a_speck() -> None:
    page = _page("SHIPPING.", *STORY, "Pilot Gets", "Clear As", "Plane Burns", "-«", *CASE)
    articles = split(page).articles
    headlines = [a.headline.text for a in articles if a.headline]
    assert headlines == ["SHIPPING.", "Pilot Gets Clear As Plane Burns"]


def test_a_new_court_under_a_court_report_starts_a_story() -> None:
    bench = "(Before Judge Backhouse.)"
    page = _page("IN DIVORCE.", *STORY, "LARCENY.", *CASE, "QUARTER SESSIONS.", bench, *CASE)
    assert _starts(page) == ["IN DIVORCE.", "QUARTER SESSIONS."]


def test_capitals_kept_apart_by_a_speck_are_one_heading() -> None:
    page = _page("IN DIVORCE.", *STORY, "LARCENY.", *CASE, "SHIPPING.", "-«?", "ARRIVALS.-May 27.", *CASE)
    articles = split(page).articles
    assert articles[-1].headline and articles[-1].headline.text == "SHIPPING."
    assert articles[-1].subheadline and articles[-1].subheadline.text == "ARRIVALS.-May 27."


def test_a_report_sectioned_by_cases_ends_at_a_capitals_line_of_another_kind() -> None:
    page = _page("IN DIVORCE.", *STORY, "BROWN v BROWN.", *CASE, "AUGUST CARNIVAL.", *CASE)
    assert _starts(page) == ["IN DIVORCE.", "AUGUST CARNIVAL."]


def test_a_crosshead_with_its_case_under_it_stays_in_the_report() -> None:
    page = _page("NO. 2 JURY COURT.", *STORY, "CLAIM AGAINST AN ESTATE.", "Walsh v. Orrock.", *CASE)
    [article] = split(page).articles
    assert "Walsh v. Orrock." in [p.text for p in article.paragraphs]


def test_a_divorce_with_its_v_misread_is_a_case() -> None:
    page = _page("IN DIVORCE.", *STORY, "BROWN v BROWN.", *CASE, ".j SHIRLAW T SHIRLAW.", *CASE)
    assert _starts(page) == ["IN DIVORCE."]


def test_a_capitals_line_with_no_stop_over_a_long_paragraph_is_a_crosshead() -> None:
    section = (
        "Rabbit sales in Melbourne have dropped by half since the new disease was",
        "spread through the western districts, and the dealers at the markets say",
        "that the trade in skins will not come back this season, whatever the price",
        "the furriers in London are willing to pay for the best of the winter skins",
        "that the trappers of the Riverina and the Monaro have brought down to the",
        "railway yards at Albury, where they wait for the buyers from the city.",
    )
    page = _page("FIRE AT THE WHARF.", *STORY, "RABBIT SALES DROP", *section)
    assert _starts(page) == ["FIRE AT THE WHARF."]
    page = _page("FIRE AT THE WHARF.", *STORY, "RABBIT SALES DROP.", *section)
    assert _starts(page) == ["FIRE AT THE WHARF.", "RABBIT SALES DROP."]


def test_the_bench_under_a_court_heading_is_text_and_a_broken_word_one_block() -> None:
    page = _page(
        "CENTRAL CRIMINAL COURT.",
        "(Before Mr. Justice Stephen.)",
        "Mr McKean, Senior Crown Prose-",
        "cutor, appeared for the Crown in the case of a man charged with theft.",
        *STORY,
    )
    [article] = split(page).articles
    assert article.headline and article.headline.text == "CENTRAL CRIMINAL COURT."
    assert article.subheadline is None
    assert article.paragraphs[0].text == "(Before Mr. Justice Stephen.)"


def test_a_paragraph_of_names_with_its_verbs_in_lower_case_is_no_deck() -> None:
    page = _page(
        "FIRE AT THE WHARF.",
        "A fire broke out in a store",
        "on the wharf at Pyrmont last",
        "night and burned until dawn.",
        "POLICE EVIDENCE",
        "Mr. J. Brown (for Smith and",
        "Jones) said Mr. Green was",
        "asking the Bench to hear the",
        "Inspector of Police.",
        "The case was then adjourned",
        "until Monday next week.",
    )
    articles = split(page).articles
    assert [a.subheadline for a in articles] == [None] * len(articles)
    assert "Mr. J. Brown (for Smith and Jones) said Mr. Green was asking the Bench to hear the " + (
        "Inspector of Police."
    ) in [p.text for a in articles for p in a.paragraphs]


def test_a_capitals_line_over_a_dispatch_in_a_report_starts_a_story() -> None:
    dispatch = (
        "CANBERRA, Friday.-Decisions on the sale of the wool clip",
        "will be made by the full Cabinet when it meets next week.",
    )
    page = _page("QUARTER SESSIONS.", *STORY, "LARCENY.", *CASE, "WOOL PLANS", *dispatch)
    assert _starts(page) == ["QUARTER SESSIONS.", "WOOL PLANS"]


def test_a_name_broken_at_a_syllable_loses_its_hyphen() -> None:
    words = Vocabulary([])
    assert words.join("parish of Thorns-", "hope, near") == "parish of Thornshope, near"
    assert words.join("with Bright-", "water and") == "with Brightwater and"
    assert words.join("at Port-", "Jackson") == "at Port-Jackson"  # two names


def test_a_name_that_lost_its_hyphen_at_a_line_end_is_closed_up() -> None:
    words = Vocabulary([])
    assert words.join("the bowler, Broad", "foot, took") == "the bowler, Broadfoot, took"
    assert words.join("Mr. Ded", "man's new shop") == "Mr. Dedman's new shop"
    assert words.join("sat down. In", "the end") == "sat down. In the end"  # two words apart
    assert words.join("the new hat", "band") == "the new hat band"  # in lower case a common word is needed


def test_pairs_the_old_press_prints_apart_stay_apart_at_a_line_end() -> None:
    words = Vocabulary([])
    assert words.join("the rate may", "be lowered") == "the rate may be lowered"  # not `maybe`
    assert words.join("a rise of ten per", "cent in wages") == "a rise of ten per cent in wages"
    assert words.join("the dem", "ocrats") == "the democrats"  # a pair the press never prints


def test_pairs_books_print_apart_stay_apart_and_rarer_pairs_close_up_by_a_narrower_margin() -> None:
    words = Vocabulary([])
    # wordfreq's margin alone would close these up (`everyday`, `anyone`): books print them apart
    assert words.join("we walk there every", "day of the week") == "we walk there every day of the week"
    assert words.join("if any", "one of you") == "if any one of you"
    # a pair books hardly print, 1.2 above the two words apart: a word that lost its hyphen
    assert words.join("the troops will with", "draw at dawn") == "the troops will withdraw at dawn"


def test_compounds_the_press_prints_hyphenated_keep_the_hyphen_at_a_line_end() -> None:
    words = Vocabulary([])
    # wordfreq knows `subcommittee` and `socalled`: closed up, but not by this press
    assert words.join("the sub-", "committee will sit") == "the sub-committee will sit"
    assert words.join("the so-", "called experts") == "the so-called experts"


def _story(topic: str, lines: int) -> tuple[str, ...]:
    """A paragraph of our own, `lines` printed lines long, about `topic`."""
    words = f"The {topic} was the talk of the town all week, and the people said so at".split()
    body = tuple(" ".join(words[(n % 3) * 4 : (n % 3) * 4 + 8]) for n in range(lines - 1))
    return (*body, "and that was all.")


def test_a_page_that_sets_its_articles_apart_with_blank_lines_opens_one_after_each() -> None:
    page = _page(
        "QUARTER SESSIONS.",
        *_story("court", 8),
        "LARCENY.",
        *_story("theft", 8),
        "",
        "THE RAILWAY LINE.",  # in the report, a crosshead; after a blank line, the next story
        *_story("railway", 16),
        "",
        *_story("harbour", 16),  # an item printed with no heading
    )
    articles = split(page).articles
    assert _starts(page) == ["QUARTER SESSIONS.", "THE RAILWAY LINE.", "The harbour was the "]
    assert "LARCENY." in [p.text for p in articles[0].paragraphs]


def test_a_capitals_line_inside_a_run_between_blank_lines_opens_no_article() -> None:
    page = _page(
        "THE RAILWAY LINE.",
        *_story("railway", 16),
        "",
        "SOCIAL NOTES.",
        *_story("ball", 8),
        "COMING EVENTS.",  # inside the run: no new story, though it looks like a headline
        *_story("fete", 8),
    )
    assert _starts(page) == ["THE RAILWAY LINE.", "SOCIAL NOTES."]


def test_blank_lines_between_short_paragraphs_leave_a_reports_crossheads_in_it() -> None:
    page = _page(
        "QUARTER SESSIONS.",
        *_story("court", 4),
        "",
        "LARCENY.",
        *_story("theft", 4),
        "",
        "FALSE PRETENCES.",
        *_story("fraud", 4),
    )
    assert _starts(page) == ["QUARTER SESSIONS."]


def test_a_round_up_opened_by_a_dispatch_with_its_hour_after_a_comma_is_one_article() -> None:
    page = _page("FLOODS IN THE NORTH.", "DUNGOG, Monday, 9.30 a.m.", *STORY, "MORPETH, Monday.", *CASE)
    [article] = split(page).articles
    assert [p.text[:16] for p in article.paragraphs][-1] == "MORPETH, Monday."


def test_capitals_over_the_bench_head_a_court_report_not_sign_the_story_above() -> None:
    bench = "(Before Mr. Justice Hill.)"
    page = _page("FIRE AT THE WHARF.", *STORY, "IN PROBATE.", bench, "WILL OF JOHN SMITH.", *CASE)
    assert _starts(page) == ["FIRE AT THE WHARF.", "IN PROBATE."]


def test_a_crosshead_over_prose_after_a_report_that_lists_is_the_next_story() -> None:
    lots = (
        "BATHURST.-1. 12 acres, parish of Kelso, No. 4.",
        "2. 30 acres, same place, Nos. 5 and 6. Upset",
        "price, £2 per acre. 3. 16 acres, No. 7.",
    )
    page = _page(
        "LAND SALE.",
        *STORY,
        "TOWN LOTS.",
        *lots,
        "SUBURBAN LOTS.",  # a section of the list: more lots under it
        *lots,
        "THE RAILWAY LINE.",  # prose under it: the next story
        *STORY,
    )
    assert _starts(page) == ["LAND SALE.", "THE RAILWAY LINE."]


def test_capitals_under_a_letters_close_sign_it_whatever_follows() -> None:
    page = _page(
        "TO THE EDITOR OF THE HERALD.",
        "Sir,-The roads of the district are in a bad state and the",
        "council has done nothing to mend them this winter.",
        "I am, etc.,",
        "RATEPAYER.",
        *STORY,  # the next item, printed with no heading
    )
    articles = split(page).articles
    assert [a.headline.text if a.headline else None for a in articles] == ["TO THE EDITOR OF THE HERALD."]
    assert any(p.text.endswith("RATEPAYER.") for p in articles[0].paragraphs)


def test_a_capitals_line_over_text_that_goes_on_with_the_story_is_a_crosshead() -> None:
    page = _page(
        "SUNDAY CONCERTS.",
        "Mr. Hargreaves, the promoter of the Sunday concerts at the Tivoli,",
        "told the magistrate that the concerts were sacred music only and",
        "that the Minister had approved the programme before the season.",
        "THE MINISTER'S LETTER",
        "Counsel for Hargreaves then read the letter in which the Minister",
        "approved the Sunday concerts at the Tivoli for the whole season.",
    )
    assert _starts(page) == ["SUNDAY CONCERTS."]
    other = _page(
        "SUNDAY CONCERTS.",
        "Mr. Hargreaves, the promoter of the Sunday concerts at the Tivoli,",
        "told the magistrate that the concerts were sacred music only and",
        "that the Minister had approved the programme before the season.",
        "WHEAT HARVEST",  # words below that the story above never used: the next story
        "Farmers near Wagga expect a record yield of grain this year after",
        "good autumn rains, and the railways are ready with extra trucks.",
    )
    assert _starts(other) == ["SUNDAY CONCERTS.", "WHEAT HARVEST"]


def test_a_round_up_opened_by_a_place_ocr_garbled_before_its_weekday_is_one_article() -> None:
    page = _page("FEDERAL MEETINGS.", "BR1SBANÉ, Thursday", *STORY, "GOULBURN, Thursday,", *CASE)
    [article] = split(page).articles
    assert [p.text[:19] for p in article.paragraphs][-1] == "GOULBURN, Thursday,"


def test_a_capitals_line_after_a_court_report_over_words_it_never_used_is_the_next_story() -> None:
    cases = (
        "The accused, a labourer of Redfern, was charged with having taken a",
        "sum of money from the shop of his employer in George-street. He",
        "pleaded guilty and was sentenced to six months' imprisonment.",
        "The accused, a carter of Balmain, was charged with having assaulted",
        "a constable in Darling-street, and pleaded not guilty. The jury",
        "found him guilty, and he was sentenced to three months' imprisonment.",
        "The accused, a clerk of Newtown, was charged with false pretences,",
        "and pleaded guilty. He was remanded for sentence until Monday.",
    )
    fruit = (
        "The steamer Jervis Bay, which leaves to-day, is carrying the last",
        "consignment of fresh fruit for the Exhibition. It consists of",
        "oranges and lemons from the orchards of the Hawkesbury district.",
    )
    page = _page("QUARTER SESSIONS.", "(Before Judge Smith.)", *cases, "LARCENY.", *cases)
    assert _starts(page + _page("CITRUS SHIPMENTS.", *fruit)) == ["QUARTER SESSIONS.", "CITRUS SHIPMENTS."]
    # a section under a report that has told little yet, and one that uses its words, stay in it
    short = _page("QUARTER SESSIONS.", "(Before Judge Smith.)", "LARCENY.", *fruit)
    assert _starts(short) == ["QUARTER SESSIONS."]
    assert _starts(page) == ["QUARTER SESSIONS."]
