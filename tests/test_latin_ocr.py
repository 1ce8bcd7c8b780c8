"""Chronicling America OCR as it really comes: one line per printed line, no blank lines, no
indents, and the OCR damage these pages carry (garbled credits, digits read as letters).

Each page here is our own text set the way those pages are; the two real ones are scored in
test_quality.
"""

from __future__ import annotations

import pytest

from papercut import split


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


BODY = (
    "The committee met yesterday in the old hall on Main",
    "street and heard the report of the treasurer, who",
    "said that the year closed with a balance.",
)


def test_garbled_wire_credit_before_a_dateline_is_the_byline() -> None:
    for credit in ("Bv Associated Press.", "[BY CABLE TO THE TRIBUNE.]", "y Associated-' Press."):
        page = split(_page("MILL HANDS STRIKE", credit, "BOSTON, May 2.— The mill hands", *BODY))
        [article] = page.articles
        assert article.headline and article.headline.text == "MILL HANDS STRIKE"
        assert article.byline and article.byline.text.strip("[]") == credit.strip("[]")
        assert article.dateline and article.dateline.text == "BOSTON, May 2."


def test_copyright_notice_under_a_byline_is_not_article_text() -> None:
    page = split(
        _page(
            "RIOT AT THE UNIVERSITY.",
            "(Special to The Tribune by Cable.)",
            "<C<»pyrisht: 1903: By The Tribune Association.)",
            "Havana, April 30.— The students",
            *BODY,
        )
    )
    [article] = page.articles
    assert article.byline and article.byline.text == "Special to The Tribune by Cable."
    assert article.dateline and article.dateline.text == "Havana, April 30."
    assert not any("pyrisht" in p.text for p in article.paragraphs)
    assert [o.kind for o in page.other] == ["furniture"]


def test_datelines_with_ocr_damage_are_lifted() -> None:
    for line, dateline in (
        ("MONTERKY. Mcx., Sept. 1(5. Three men", "MONTERKY. Mcx., Sept. 1(5."),
        ("' PORTLAND. Or.. Sept. 16. C. W. Jones", "PORTLAND. Or.. Sept. 16."),
        ('Washington. April "The first message', "Washington. April"),
        ("St. Louis. April 3O. — The address", "St. Louis. April 3O."),
        ("St. Paul, April 3«>. — The address", "St. Paul, April 3«>."),
        ("DcNVER, Colo.. Sent. 1C Three men", "DcNVER, Colo.. Sent. 1C"),
        ("BOISE, Sept. J Three men", "BOISE, Sept. J"),
        ("SAN JOSE, Cal.. Oct. aG. Three men", "SAN JOSE, Cal.. Oct. aG."),
        ("FARGO. N. .D., Sept. 16. Three men", "FARGO. N. .D., Sept. 16."),
        ('MINOT. N. D.. Sept. Ed "Smith, the', "MINOT. N. D.. Sept."),
        ("MACON, ta.. Sept. in. Three men", "MACON, ta.. Sept. in."),
        ("NEW YOUK, Sopl. ICKing Albert's men", "NEW YOUK, Sopl. IC"),  # `Sept. 16.—King`
        ('WASHINGTON. Scm. " lfi. Marie Smith', 'WASHINGTON. Scm. " lfi.'),  # a speck read as a quote
    ):
        page = split(_page("RIOT IN THE CITY", "By Associated Press.", line, *BODY))
        [article] = page.articles
        assert article.dateline and article.dateline.text == dateline, line


def test_a_date_inside_a_sentence_is_not_a_dateline() -> None:
    page = split(_page("MEETING CALLED", "The May 1 meeting was put off", *BODY))
    [article] = page.articles
    assert article.dateline is None


def test_an_advertisement_takes_its_heading_with_it() -> None:
    page = split(
        _page(
            *BODY,
            "BILLY WHISKERS.",
            "The Autobiography of a Goat. A Jolly Story",
            "for boys and girls, now running in THE SUNDAY",
            "TRIBUNE. Be sure to read it next Sunday.-lAdvt.",
        )
    )
    assert [o.kind for o in page.other] == ["advertisement"]
    assert page.other[0].text.startswith("BILLY WHISKERS.")
    assert all("WHISKERS" not in (a.headline.text if a.headline else "") for a in page.articles)


def test_an_advertisement_closed_by_a_bracketed_advt_read_with_a_j_is_one() -> None:
    page = split(
        _page(
            *BODY,
            "JOHN SMITH.",
            "No other tonic is so good for a cold as Brown's",
            "Syrup, and all chemists sell it. -[AdvtJ",
        )
    )
    assert [o.kind for o in page.other] == ["advertisement"]
    assert all("SMITH" not in (a.headline.text if a.headline else "") for a in page.articles)


def test_volume_and_number_over_the_first_headline_is_furniture() -> None:
    page = split(_page("VOIV O1 LXIII----N 0 20.620.", "NO HARBOR TIEUP.", "BOSTON, May 2.— The mill", *BODY))
    [article] = page.articles
    assert article.headline and article.headline.text == "NO HARBOR TIEUP."
    assert [o.kind for o in page.other] == ["furniture"]


def test_a_title_case_line_over_a_byline_starts_a_new_story() -> None:
    page = split(
        _page(
            "ABDUCTOR CAPTURED",
            "By Associated Press.",
            "HANNAH, N. D., Sept. 16.— Miner was taken",
            *BODY,
            "Identified by Girl.",
            "By Associated Press.",
            "LANGDON, N. D., Sept. 16.— Davis was named",
            *BODY,
        )
    )
    headlines = [a.headline.text for a in page.articles if a.headline]
    assert headlines == ["ABDUCTOR CAPTURED", "Identified by Girl."]


def test_a_title_at_the_line_end_does_not_end_the_paragraph() -> None:
    page = split(
        _page(
            "ACCIDENTAL DEATH",
            "ATLANTA, Ga., Sept. 16.— D. O.",
            "Dougherty was found dead today on the rear",
            "porch of his home on Peachtree street. The",
            "pistol was found at his side. Members of the",
            "family said Mr.",
            "Dougherty rose in the night to look for someone",
            "who had been tampering with his automobile.",
        )
    )
    [article] = page.articles
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].text.startswith("D. O. Dougherty was found")


def test_a_colon_short_of_the_margin_opens_a_quotation_paragraph() -> None:
    page = split(
        _page(
            "THE PRESIDENT'S SPEECH.",
            "ST. LOUIS, April 30.— The dedicatory address that",
            "was delivered by the President as follows:",
            "Mr. President, Ladies and Gentlemen: At the very",
            "outset of my address let me recall to you all the",
            "minds of my hearers and the ground we stand on.",
        )
    )
    [article] = page.articles
    assert [p.text[:12] for p in article.paragraphs] == ["The dedicato", "Mr. Presiden"]


def test_line_end_hyphens_lost_or_kept() -> None:
    from papercut.hyphens import Vocabulary

    plain = Vocabulary([])
    # OCR lost the hyphen: a common first syllable does not keep the word apart
    assert plain.join("the space be", "tween them") == "the space between them"
    assert plain.join("and the Car", "dinal came") == "and the Cardinal came"
    # printers never break a short word or leave one letter: these are two words
    assert plain.join("went in", "to see") == "went in to see"
    assert plain.join("for a", "round sum") == "for a round sum"
    # a visible hyphen: a known word drops it, two words keep it
    assert plain.join("an in-", "junction") == "an injunction"
    assert plain.join("a well-", "known man") == "a well-known man"
    # the page's own usage wins over the dictionary
    page = Vocabulary(["he came today and went today", "to day by day"])
    assert page.join("I saw him to", "day at noon") == "I saw him today at noon"


def test_a_deck_broken_in_mid_word_stays_one_deck() -> None:
    page = split(
        _page(
            "TAFT SPEAKS AT ERIE",
            "At Erie, Pa., the President",
            "Outlines Plan of Compro",
            "mise on the Arbitra",
            "tion Treaties.",
            "By Associated Press.",
            "ERIE, Pa., Sept. 16.— President Taft",
            *BODY,
        )
    )
    [article] = page.articles
    assert article.subheadline
    assert (
        article.subheadline.text
        == "At Erie, Pa., the President Outlines Plan of Compromise on the Arbitration Treaties."
    )


def test_a_quotation_after_a_finished_sentence_opens_a_paragraph() -> None:
    page = split(
        _page(
            "ARBITRATION URGED",
            "ERIE, Pa., Sept. 16.— The president spoke of the",
            "treaties at length in the hall here tonight and",
            "said they must pass, or war would come soon.",
            '"If we are in favor of war as the only means of',
            "settling questions of importance between us, let",
            "us say so and decline all arbitration at once.",
        )
    )
    [article] = page.articles
    assert [p.text[:6] for p in article.paragraphs] == ["The pr", '"If we']


def test_column_bleed_is_cut_off_the_line_ends_and_kept_as_page_matter() -> None:
    page = split(
        _page(
            "TEMPLE VIEWS TAKEN",
            "No local news story published M",
            "in recent years has caused B",
            "so much comment as the story H",
            "regarding the taking of pho- juH",
            "tographic views in the Salt H",
            "Lake temple by secret meth- H",
            "ods. It was for hours almost B",
            "the sole topic of conversation.",
        )
    )
    [article] = page.articles
    [paragraph] = article.paragraphs
    assert "photographic views" in paragraph.text and "methods." in paragraph.text
    assert " H " not in paragraph.text and "juH" not in paragraph.text
    assert [o.kind for o in page.other] == ["furniture"]
    assert page.other[0].text == "M B H juH H H B"


def test_proper_nouns_broken_at_line_ends_are_not_bleed() -> None:
    lines = (
        "Of course it was not with the Louisiana Pur",
        "chase that our career of expansion began. In",
        "the middle of the war the region of Illi",
        "nois and Indiana was added to our domain by",
        "force of arms, as a sequel to the expedition.",
    )
    page = split(_page("EXPANSION", *lines))
    [article] = page.articles
    assert "Purchase" in article.paragraphs[0].text and "Illinois" in article.paragraphs[0].text
    assert not page.other


#: a column of text set to the width the rules measure (the longest lines run to the margin)
STORY = (
    "The mayor spoke for an hour last night in",
    "the council chamber, and the members of",
    "the board listened to him with patience.",
)


def _paragraphs(*lines: str) -> list[str]:
    page = split(_page("COUNCIL HEARS MAYOR", "By Associated Press.", *lines))
    [article] = page.articles
    return [p.text for p in article.paragraphs]


def test_a_speck_after_the_last_sentence_of_a_paragraph_does_not_join_the_next() -> None:
    for speck in (" ,", " i", " '"):
        paragraphs = _paragraphs(*STORY, "Paul is attending him." + speck, *STORY)
        assert len(paragraphs) == 2, speck
        assert paragraphs[0].endswith("Paul is attending him." + speck)


def test_a_stray_word_a_or_i_at_a_lines_end_still_goes_on() -> None:
    for word in ("I", "a"):
        paragraphs = _paragraphs(*STORY[:2], "the board, who said he was ready. " + word, *STORY[1:])
        assert len(paragraphs) == 1, word


def test_a_quotation_opening_after_a_full_line_starts_a_paragraph() -> None:
    paragraphs = _paragraphs(
        *STORY[:2],
        "war, or we are not,' he exclaimed at once.",
        '"If we are in favor of war as the only',
        "means of settling the question, then",
        "we have nothing to say to each other.",
    )
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith('"If we are')


def test_a_quotation_going_on_in_lower_case_stays_in_its_paragraph() -> None:
    paragraphs = _paragraphs(
        *STORY[:2],
        'the pier the other day," said the mayor.',
        '"to see if I could get it for the city,"',
        "and the members of the board agreed.",
    )
    assert len(paragraphs) == 1


def test_a_colon_at_the_margin_announces_a_new_paragraph() -> None:
    paragraphs = _paragraphs(
        *STORY[:2],
        "president of the board, said afterward:",
        "We have simply done what the law asks of",
        "us, and nothing more than that was done.",
    )
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("We have simply")


def test_an_intertitle_between_paragraphs_stands_alone() -> None:
    paragraphs = _paragraphs(*STORY, "Explains His Trip.", *STORY)
    assert paragraphs[1] == "Explains His Trip."
    assert len(paragraphs) == 3


def test_a_second_dispatch_after_a_finished_sentence_starts_a_story() -> None:
    page = split(
        _page(
            "CABLE NEWS", "By Associated Press.", *STORY, "Havana, April 30.— The law students of", *STORY[1:]
        )
    )
    assert [a.dateline and a.dateline.text for a in page.articles] == [None, "Havana, April 30."]
    assert page.articles[1].paragraphs[0].text.startswith("The law students of the council")


def test_capitals_and_a_word_with_a_stop_are_no_dateline() -> None:
    for line in (
        "THE COUNCIL Met. The members",
        "NEW YORK, Mrs. Smith said that she",
        "CHICAGO, Mrs. 1 Smith",
    ):
        page = split(_page("RIOT IN THE CITY", "By Associated Press.", line, *BODY))
        [article] = page.articles
        assert article.dateline is None, line


def test_a_deck_whose_words_open_with_quotes_stays_in_the_heading() -> None:
    # the column edge cut the first letters off (`rteen`, `flien`), as on the Salt Lake page
    page = split(
        _page(
            "FIVE DIE AT AUTO RACE",
            "",
            "rteen 'Others Are Injured",
            "flien Car Driven by Leo",
            "",
            "CROWD AT SYRACUSE",
            "By Associated Press.",
            "SYRACUSE, N. Y., Sept. 16.— Nine persons",
            *BODY,
        )
    )
    [article] = page.articles
    assert article.headline and article.headline.text == "FIVE DIE AT AUTO RACE"
    assert article.subheadline
    assert article.subheadline.text.split("\n") == [
        "rteen 'Others Are Injured flien Car Driven by Leo",
        "CROWD AT SYRACUSE",
    ]


def test_a_byline_in_capitals_but_not_a_deck_opening_with_by() -> None:
    for line in ("BY JOHN SMITH", "BY J. W. SMITH."):
        [article] = split(_page("MILL HANDS STRIKE.", line, "BOSTON, May 2.— The mill hands", *BODY)).articles
        assert article.byline and article.byline.text == line, line
    page = split(
        _page("MILL HANDS STRIKE.", "BY A VOTE OF 40 TO 12.", "BOSTON, May 2.— The mill hands", *BODY)
    )
    [article] = page.articles
    assert article.byline is None
    assert article.subheadline and article.subheadline.text == "BY A VOTE OF 40 TO 12."


def test_a_word_broken_by_a_column_break_is_made_whole_as_at_a_line_end() -> None:
    top = ("MILL HANDS STRIKE", "By Associated Press.", "BOSTON, May 2.— The mill hands of the city went")
    end = (
        "offer of arbitration, and the committee met in the",
        "old hall on Main street to hear the treasurer.",
    )
    for broken, whole in (
        (("out when the owners refused the gov-", "", "ernment's"), "the government's offer"),
        (("out when the owners refused the govern", "", "ment's"), "the government's offer"),
        (("out when the owners refused the well-", "", "known"), "the well-known offer"),
    ):
        [article] = split(_page(*top, *broken[:2], broken[2] + " " + end[0], end[1])).articles
        [paragraph] = article.paragraphs
        assert whole in paragraph.text, paragraph.text


@pytest.mark.parametrize(
    ("line", "jump"),
    [
        ("Continued on Page 3.", True),
        ("(Continued from First Page)", True),
        ("Continued on Pago Three.", True),  # the o of Page read for e
        ("Continued On Pago Two. m", True),  # a speck after it
        ("Contlnued from Paga 5", True),
        ("Continued to grow on the page", False),
        ("Conducted on Page street", False),
    ],
)
def test_a_jump_line_is_read_through_ocr_slips(line: str, jump: bool) -> None:
    """A jump line points the reader to another page and is no part of the story's text."""
    text = "The council met last night and voted on the new bridge over the river.\n" + line + "\n"
    [article] = split(text).articles
    assert ([j.text for j in article.jumps] == [line]) is jump
    assert any(line in p.text for p in article.paragraphs) is not jump


def test_a_dateline_after_a_speck_over_the_byline_is_lifted() -> None:
    speck = "-' - - -v 1 ' :"
    lines = (
        "SUITS AGAINST THE MILL",
        speck,
        "Special to The Tribune.",
        ", SAN JOSE, Cal.. Oct. aG. With the",
    )
    [article] = split(_page(*lines, *BODY)).articles
    assert article.dateline and article.dateline.text == "SAN JOSE, Cal.. Oct. aG."
    # a paragraph of words there keeps the dateline in the text
    [article] = split(_page(*lines[:1], *BODY[:2], *lines[2:], *BODY)).articles
    assert article.dateline is None


def test_a_short_last_line_that_lost_its_stop_still_ends_the_paragraph() -> None:
    """OCR dropped the full stop (`…the jury returned a verdict for the` / `defendant`), but the line
    stops at a third of the column and the next opens with a capital: a new paragraph. A
    compound broken at the short line's end (`(Ex-` / `President Cleveland.`) goes on."""
    paragraphs = _paragraphs(*STORY, "the defendant", *STORY)
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith("the defendant")
    assert len(_paragraphs(*STORY, "by the Ex-", "President of the board, who said so.")) == 1
    # a word no sentence ends on: the short line is a deck's or a roll's, never a paragraph's end
    assert len(_paragraphs(*STORY, "the mayor spoke at", "Syracuse and Utica, so he said.")) == 1


def test_a_speck_on_a_line_of_its_own_under_a_paragraph_is_no_text_of_it() -> None:
    """`…thirty thousand people witnessed it.` / `/` / `EX-PRESIDENT CLEVELAND`: the speck OCR
    read under the paragraph's last line is left out of the paragraph, whatever follows."""
    for speck, after in (("/", "CLEVELAND SPEAKS"), ("b", "CLEVELAND SPEAKS"), ("(", "USB")):
        page = split(_page("COUNCIL HEARS MAYOR", "By Associated Press.", *STORY, speck, after, *BODY))
        assert page.articles[0].paragraphs[0].text.endswith("with patience."), speck
    # a speck between the lines of a deck is the deck's: `…Driven by Leo` / `i` / `Oldfield.`
    page = split(_page("AUTO RACE", "Car Driven by Leo", "i", "Oldfield Plunges Into", "Spectators.", *BODY))
    assert page.articles[0].headline and page.articles[0].headline.text == "AUTO RACE"


def test_initials_after_a_dateline_in_capitals_open_the_paragraph() -> None:
    """`' PORTLAND. Or.. Sept. 16. C. W.` / `Jones, former…`: the dateline's capitals do not make
    the line a deck, so the initials stay with the name on the next line."""
    story = ("Jones, former assistant manager of a", "large hotel in this city, was indicted", "today.")
    page = _page("HOTEL MAN WANTED", "By Associated Press.", "' PORTLAND. Or.. Sept. 16. C. W.", *story)
    [article] = split(page).articles
    assert article.dateline and article.dateline.text == "PORTLAND. Or.. Sept. 16."
    assert [p.text[:11] for p in article.paragraphs] == ["C. W. Jones"]
