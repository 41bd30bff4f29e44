"""dates23: a day of no known year in a text with no publication date is read by the broad verb
rules (WNE218, WNE565...) as a dated day is; the fallbacks still leave it alone."""

from __future__ import annotations

from tests._claimkit import claims_of


def _dated(text: str, published: str | None = None):
    return [(c.text, c.metric, c.subject, c.rule, c.period) for c in claims_of(text, published)
            if c.unit in ("date", "yearless_date")]


def test_broad_verb_reads_a_yearless_day():
    got = _dated("Ukrainian President Volodymyr Zelenskyy called on his soldiers to lay down their weapons on March 16.")
    assert got == [("March 16", "event.statement", "Volodymyr Zelensky", "WNE565", "--03-16")]


def test_yearless_day_is_resolved_when_the_text_is_dated():
    got = _dated("Volodymyr Zelenskyy called on his soldiers to lay down their weapons on March 16.", "2022-03-20")
    assert [(g[1], g[4]) for g in got] == [("event.statement", "2022-03-16")]


def test_a_yearless_month_is_still_left_to_the_named_rules():
    # a month with no day and no year names no one day a broad verb can date
    assert _dated("Zelenskyy called on his soldiers to lay down their weapons in March.") == []


def test_fallback_does_not_read_a_yearless_day():
    # "the Jan. 6 committee": a day of no known year with no verb is no event of its own
    assert all(g[3][:3] != "GEN" for g in _dated("The Jan. 6 committee is ready to arrest Donald Trump."))
