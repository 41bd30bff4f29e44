"""The claim engine's reach: cues read through editorial brackets, a cue that
heads a copula's subject, a list of figures typed by a pattern rule, metric
nouns in their word list's canonical form, and a subject from the sentence
before."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ledger.claims import _Ctx, _lemma, _see_through, _span_back, type_figures
from ledger.records import Figure
from ledger.rules import load_rules

from ._claimkit import RULESET, figures_of, make_doc


def claims_of(text, ruleset=RULESET):
    doc = make_doc(text)
    figs, dates = figures_of(text)
    return [c for c in type_figures(doc, figs, dates, ruleset) if c.unit != "date"]


def by_text(text, ruleset=RULESET):
    return {c.text: c for c in claims_of(text, ruleset)}


# ------------------------------------------------------------ editorial brackets


def test_a_cue_reads_through_an_editorial_insertion():
    text = "We have an unemployment (rate of) 1.5 in Boone County, and we can't find enough workers."
    plain = by_text(text.replace("(rate of)", "rate of"))["1.5"]
    c = by_text(text)["1.5"]
    assert c.metric == plain.metric == "rate.unemployment"
    assert c.subject == plain.subject == "Boone County"
    # the record keeps the sentence as written, and the figure's own offsets
    assert "(rate of)" in c.sentence and text[c.start:c.end] == "1.5"


def test_square_brackets_in_a_quotation_are_transparent_too():
    text = "'Parliament is getting KSh38 billion, basically 50% [of parliament's allocation].'"
    c = by_text(text)["50%"]
    assert c.metric == "share.allocation"


def test_brackets_with_a_figure_are_not_an_insertion():
    # a stated conversion keeps its brackets: the figures stay linked
    cs = claims_of("The EU pledged €118 billion ($126 billion) to Ukraine.")
    assert [c.metric for c in cs] == ["money.aid", "money.aid"]
    assert cs[1].linked == cs[0].id


def test_a_cue_after_a_stated_conversion_reads_past_it():
    # "$6.75bn (£3.6bn) buyout" reads as "$6.75bn buyout"; the conversion is typed with it
    for text in ("Shareholders went to court to halt a $6.75bn (£3.6bn) buyout by Verizon.",
                 "Shareholders went to court to halt a 1.2bn Australian dollars (£458m; $874m) buyout by Verizon."):
        plain = by_text(regex_sub_conversion(text))
        cs = claims_of(text)
        assert [c.metric for c in cs] == ["money.buyout"] * len(cs) and len(cs) >= 2
        assert cs[0].metric == next(iter(plain.values())).metric
        assert cs[1].linked == cs[0].id


def regex_sub_conversion(text: str) -> str:
    import re
    return re.sub(r" \([^()]*\)", "", text)


def test_a_conversion_before_a_phrase_of_its_own_is_not_read_past():
    # "$1 (53p) for an hour": "for an hour" is no noun the figure modifies
    c = by_text("Sun Grid costs users $1 (53p) for an hour's worth of processing.")["$1"]
    assert c.metric == "money.cost"
    # a count in brackets is no conversion ("England (2), Samoa (7)")
    assert _see_through(_ctx("England (2) buyout", 0, 7)) is None


def _ctx(sent: str, fs: int, fe: int) -> _Ctx:
    fig = Figure(fs, fe, sent[fs:fe], 1.0, 1.0, 1.0, "count")
    return _Ctx(fig, sent, 0, fs, fe, [], "count")


_WORDS = st.lists(st.sampled_from(["rate", "of", "the", "air", "traffic", "jobs", "murdered",
                                   "women", "primary-age", "control"]), min_size=1, max_size=4)


@settings(max_examples=60, deadline=None)
@given(before=_WORDS, inside=_WORDS, after=_WORDS, square=st.booleans())
def test_see_through_offsets_map_back_to_the_same_characters(before, inside, after, square):
    assume(len(" ".join(inside)) <= 40)  # a longer aside is not an editorial insertion
    o, c = ("[", "]") if square else ("(", ")")
    head = " ".join(before) + " " + o + " ".join(inside) + c + " " + " ".join(after) + " "
    sent = head + "42 " + " ".join(after) + "."
    ctx = _ctx(sent, len(head), len(head) + 2)
    view = _see_through(ctx)
    assert view is not None and o not in view.sent and c not in view.sent
    assert view.sent == sent.replace(o, "").replace(c, "")
    assert all(view.sent[j] == sent[view.back[j]] for j in range(len(view.sent)))
    assert view.sent[view.fs:view.fe] == "42" and _span_back(view, view.fs, view.fe) == (ctx.fs, ctx.fe)
    assert view.ns == view.fs


def test_a_long_aside_keeps_its_brackets():
    sent = "The rate (which the ministry, after a long and bitter review, published late) is 42."
    assert _see_through(_ctx(sent, sent.index("42"), sent.index("42") + 2)) is None


# ------------------------------------------------------------ far cues


def test_a_cue_heading_the_subject_of_a_copula_reaches_the_figure():
    text = ("Says a group estimates that the annual cost to Oregon taxpayers for government services "
            "to illegal aliens, after any income tax revenue from them, is $1 billion.")
    c = by_text(text)["$1 billion"]
    assert (c.metric, c.subject) == ("money.cost", "Oregon")


def test_a_verb_between_the_far_cue_and_the_copula_stops_it():
    text = "The cost of the plan was debated for months, and the final sum is $1 billion."
    assert by_text(text).get("$1 billion") is None or by_text(text)["$1 billion"].metric != "money.cost"


def test_a_near_cue_beats_a_far_one():
    c = by_text("The cost of the ticket to the show is priced at $100.")["$100"]
    assert c.metric == "money.price"


# ------------------------------------------------------------ lists of figures


def test_a_pattern_rules_noun_carries_along_a_list():
    cs = claims_of("Murders dropped 40%, 30% and 20% in three years.")
    assert [c.metric for c in cs if c.unit == "percent"] == ["change.murder"] * 3


def test_a_head_nouns_metric_carries_to_list_figures_that_leave_the_noun_out():
    cs = claims_of("US Airways had to cancel 65 flights on Thursday, 180 on Friday and 15 on Monday.")
    assert [(c.text, c.metric) for c in cs if c.unit == "count"] == \
        [("65", "vehicles.flight"), ("180", "vehicles.flight"), ("15", "vehicles.flight")]
    # a figure with a noun of its own keeps it, or nothing
    got = by_text("US Airways had to cancel 65 flights on Thursday, 180 passengers on Friday.")
    assert "180" not in got or got["180"].metric != "vehicles.flight"


def test_a_figure_joined_to_a_typed_one_by_to_or_and_is_typed_with_it():
    cs = claims_of("She was stripped of her world 100m and 200m titles after failing a drugs test.")
    assert [c.metric for c in cs] == ["sport.event_distance"] * 2
    # a figure with its own reading keeps it
    got = by_text("Police arrested 12 people and seized 200 kilograms of cocaine.")
    assert got.get("12") is None or got["12"].metric != got.get("200 kilograms", got["12"]).metric


def test_an_earlier_value_set_against_needs_no_comma():
    cs = claims_of("A survey suggested that IE had 92.9% of users in October compared to 95.5% in June.")
    assert len({c.metric for c in cs}) == 1 and [c.text for c in cs] == ["92.9%", "95.5%"]


def test_a_fallback_reading_of_a_list_does_not_replace_a_figures_own_rule():
    c = by_text("On Thursday, March 24, eight Pakistani soldiers were killed by militants.")["eight"]
    assert c.metric == "casualties.killed"


# ------------------------------------------------------------ canonical nouns


def test_irregular_plurals():
    assert [_lemma(w) for w in ("wives", "knives", "kids", "detectives", "lives")] == \
        ["wife", "knife", "kid", "detective", "life"]


def test_plurals_in_oes():
    assert [_lemma(w) for w in ("heroes", "torpedoes", "potatoes", "shoes", "toes", "canoes")] == \
        ["hero", "torpedo", "potato", "shoe", "toe", "canoe"]


def test_words_in_s_that_are_no_plural():
    assert [_lemma(w) for w in ("species", "series", "news", "measles", "diabetes", "nurses")] == \
        ["species", "series", "news", "measles", "diabetes", "nurse"]


RULE = r"""code: TST001
name: tst.people
groups: [all]
summary: people by group
why: test
kind: head_noun
metric: 'people.{noun}'
units: [count]
cues_after: ['\G(?:@tst_groups)\.?$']
window: 1
examples:
  match: [{text: "two kids", metric: people.children}]
  no_match: ["two dogs"]
"""


def test_a_listed_noun_takes_its_lists_canonical_name(tmp_path):
    (tmp_path / "lists").mkdir()
    (tmp_path / "fam").mkdir()
    (tmp_path / "lists" / "tst_groups.txt").write_text("children\nkids => children\nwives\n")
    (tmp_path / "fam" / "TST001.yml").write_text(textwrap.dedent(RULE))
    rs = load_rules(tmp_path)
    got = by_text("He has two kids, three children and four wives.", rs)
    assert {t: c.metric for t, c in got.items()} == {
        "two": "people.children", "three": "people.children", "four": "people.wife"}


def test_without_a_mapping_the_noun_is_its_lemma():
    assert by_text("He looked after 12 veterans.")["12"].metric == "people.veteran"


# ------------------------------------------------------------ the sentence before


def test_a_subject_from_the_sentence_before_in_the_same_paragraph():
    text = ("At the peak of slavery in 1860, only 1.4% of Americans owned slaves. "
            "Yet 3,000 blacks owned a total of 20,000 slaves the same year.")
    assert by_text(text)["3,000"].subject == "United States"


def test_no_subject_from_another_paragraph_or_from_two_names():
    assert by_text("Prices rose in Spain.\n\nThe toll road cost $5 billion.")["$5 billion"].subject is None
    text = "France and Germany met. The toll road cost $5 billion."
    assert by_text(text)["$5 billion"].subject is None


def test_a_group_another_figure_counts_is_no_subject_of_a_count():
    got = by_text("An incident of two children being abducted by three men was caught on camera.")
    assert got["three"].subject is None  # not "children"


def test_a_group_another_figure_counts_may_own_a_sum():
    c = by_text("Says that 500,000 federal workers make more than $100,000 a year.")["more than $100,000"]
    assert c.metric == "money.earnings" and c.subject == "federal workers"


def test_a_firm_named_after_its_country_keeps_no_possessive():
    # "France Telecom's profits": the name after the country stops before the possessive
    assert by_text("France Telecom's profits rose 5.5% last year.")["5.5%"].subject == "France Telecom"
    assert by_text("France Telecom profits rose 5.5% last year.")["5.5%"].subject == "France Telecom"
