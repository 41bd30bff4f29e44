"""date27: dates of a last occurrence told positively (EVT970) and of a term told as the
perfect of holding an office "since DATE" (EVT971) key like the facts they restate."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _event(text: str):
    cs = [c for c in claims_of(text) if c.metric.startswith("event.")]
    assert len(cs) == 1, [(c.text, c.metric, c.rule) for c in cs]
    return cs[0]


@pytest.mark.parametrize("positive, negated", [
    ("The last time the Federal Reserve raised interest rates was in 2006.",
     "The Federal Reserve has not raised interest rates since 2006."),
    ("Liverpool last won the title in 1990.", "Liverpool have not won the title since 1990."),
])
def test_last_time_keys_like_negated_since(positive, negated):
    a, b = _event(positive), _event(negated)
    assert a.rule == "EVT970" and b.rule == "EVT567"
    assert (a.metric, a.period) == (b.metric, b.period)


def test_in_office_since_keys_like_became():
    a = _event("Sarah Jones has been mayor of Leeds since 2010.")
    b = _event("Sarah Jones became mayor of Leeds in 2010.")
    assert a.rule == "EVT971"
    assert (a.metric, a.subject, a.period) == (b.metric, b.subject, b.period) == ("event.took_charge", "Sarah Jones", "2010")


@pytest.mark.parametrize("text", [
    "He has not been mayor since 2010.",                 # negated: a last time
    "The firm has been the market leader since 2001.",   # a rank, not an office
    "She has been a member of the golf club since 1990.",  # a membership, not a post
])
def test_no_term(text):
    assert not [c for c in claims_of(text) if c.rule == "EVT971"]


@pytest.mark.parametrize("text", [
    "The last time I saw him was in London in 1980.",    # no listed act
    "At last the team won the title in 1994.",           # "at last": no last occurrence
    "The last passed budget in 2019 was balanced.",      # an adjective, not the adverb
])
def test_no_last_time(text):
    assert not [c for c in claims_of(text) if c.rule == "EVT970"]


# ---- a year set after a caption's dash or comma (ledger/caption_date.py)

@pytest.mark.parametrize("text, metric, period", [
    ("Video explaining the proof of EVM tampering by the BJP in the Bihar Assembly Elections – 2020",
     "event.election", "2020"),
    ("Mumbai terror attack, 2008", "event.conflict", "2008"),
    ("Floods in Kerala, 2018", "event.disaster", "2018"),
    ("The best comparison is therefore the blitz, 1941.", "event.conflict", "1941"),
    ("Photo of protest in Hong Kong - 2019.", "event.protest", "2019"),
])
def test_caption_year(text, metric, period):  # noqa: D103
    c = _event(text)
    assert (c.metric, c.period) == (metric, period)
    assert c.sentence == text  # the sentence as written, not the view's "in 2020"


@pytest.mark.parametrize("text", [
    "The film Parasite (2019) won the Oscar.",    # a title's year in brackets
    "Sunday, 5 May 2019",                         # a day: one date, no caption
    "Floods in Kerala, 2018, were the worst.",    # not at the sentence's end
])
def test_no_caption_year(text):
    assert not [c for c in claims_of(text) if c.metric.startswith("event.")]


def test_caption_view_offsets():
    from ledger.caption_date import caption_view
    from ledger.matching import _Ctx
    from ledger.records import Figure
    sent = "Ambush in Mali – 2019"
    fs = sent.index("2019")
    ctx = _Ctx(Figure(fs, fs + 4, "2019", 0.0, 0.0, 0.0, "date", kind="date"), sent, 0, fs, fs + 4, [], "date")
    v = caption_view(ctx)
    assert v.sent == "Ambush in Mali in 2019" and v.sent[v.fs:v.fe] == "2019"
    t = caption_view(replace_sent(ctx, "Photo of the Bihar Assembly Elections – 2019"))
    assert t.sent == "Photo of the Bihar Assembly Elections 2019" and t.sent[t.fs:t.fe] == "2019"
    assert caption_view(replace_sent(ctx, "Ambush in Mali in 2019")) is None


def replace_sent(ctx, sent):
    from dataclasses import replace
    fs = sent.index("2019")
    return replace(ctx, sent=sent, fs=fs, fe=fs + 4)


# ---- a digit that the regex module knows and float() does not (ledger/figures.py)

@pytest.mark.parametrize("text, value", [
    ("0\U0001e5f1", 0.0),         # two Ol Onal zeros after an ASCII zero (Unicode 16): crashed float()
    ("\U0001e5f2\U0001e5f6", 15.0),  # Ol Onal one and five
])
def test_new_unicode_digits_do_not_crash(text, value):
    from ledger.figures import find_figures
    figs = find_figures(text)  # must not raise
    assert all(f.value == value for f in figs if (f.start, f.end) == (0, len(text)))


def test_caption_election_title_keeps_its_place():
    c = _event("Video explaining the proof of EVM tampering by the BJP in the Bihar Assembly Elections – 2020")
    assert (c.rule, c.subject) == ("EVT900", "Bihar")
