"""The boundary model of boundary.boundary_verdict: a logistic model, one weight a cue
(boundary.BOUNDARY_CUES, in that order); a run starts the next article where the probability
it gives is above boundary.BOUNDARY_P.

Written by tools/boundary_model.py from 2020-01, 2020-02; do not edit.
read on 2020-01, trained on the rest: 2,252 runs, 468 of them headings;
    42 intertitles read as headings, 63 headings missed (the rule chain it replaced: 46, 89)
read on 2020-02, trained on the rest: 2,226 runs, 479 of them headings;
    110 intertitles read as headings, 56 headings missed (the rule chain it replaced: 85, 102)
trained on all: 4,478 runs, 127 extra headings, 112 missed
"""

WEIGHTS = (
    -0.6581,  # bias
    -3.2953,  # cos_above_below
    -0.5452,  # cos_line_above
    0.6849,  # cos_line_below
    0.0829,  # line_apart_above
    -0.1368,  # line_apart_below
    0.1061,  # few_words
    1.0155,  # lines
    0.1879,  # three_lines
    0.3883,  # length
    2.0107,  # column_tag
    2.2154,  # heading_cue
    1.0711,  # two_phrases
    1.1442,  # topic_shift
    -0.9275,  # comma
    -0.7790,  # colon_end
    -0.3875,  # quote
    -0.5870,  # exclaims
    -0.8984,  # enumerated
    0.0389,  # above_closed
    0.8900,  # above_named
    -0.2816,  # own_text
    0.4744,  # own_length
    1.3957,  # section_length
    -0.8956,  # cos_line_head
    -1.6461,  # titled
    -0.8344,  # like_last_title
    0.3272,  # longer_than_title
    0.6063,  # text_lead
    0.1339,  # report_lead
    0.1272,  # credit_soon
    -0.5221,  # short_below
)
