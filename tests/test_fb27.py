"""fb27: readings the generic fallbacks took on unread text, by mechanism: the rise or fall of a
noun the named count and level rules already list (CHG990), and a qualifier opened by any
preposition in CHG162's change ("complaints about the police rose 60%")."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _typed(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs, [(c.text, c.metric, c.rule) for c in claims_of(text)]
    return cs[0]


@pytest.mark.parametrize("text, fig, metric, rule", [
    # the listed noun, not the last noun of its qualifier (GEN007 read change.emergency_room, change.hospital)
    ("Visits to the emergency room rose 30% in Ohio.", "30%", "change.visit", "CHG990"),
    ("Admissions to the hospital have increased by 25% in Kent.", "25%", "change.admission", "CHG990"),
    ("Applications for asylum fell 30% in Germany.", "30%", "change.application", "CHG990"),
    ("Transactions fell 12% at the bank last year.", "12%", "change.transaction", "CHG990"),
    ("Petitions to the council were up 40 percent in May.", "40 percent", "change.petition", "CHG990"),
    ("Ohio saw a 40% rise in derailments last summer.", "40%", "change.derailment", "CHG990"),
    # (even BBC, entertainment/026: GEN007 read change.western)
    ("Visits from Western Europe were up by 10% and from North America by some 9%.", "10%",
     "change.visit", "CHG990"),
    # CHG162's qualifier opened by "about", "against", "with"
    ("Complaints about the police rose 60 percent in London.", "60 percent", "change.complaint", "CHG162"),
])
def test_counted_change(text, fig, metric, rule):
    c = _typed(text, fig)
    assert (c.metric, c.rule) == (metric, rule)


@pytest.mark.parametrize("text, fig, rule", [
    # a broad reading keeps the qualifier the listed noun would drop: CHG990 is after the broad tier
    ("In Ohio, alimony payments went up 70 percent in a decade.", "70 percent", "WNC213"),
    ("Britain's money supply rose 5% in March.", "5%", "WNC213"),
])
def test_broad_reading_kept(text, fig, rule):
    assert _typed(text, fig).rule == rule


@pytest.mark.parametrize("text", [
    "The coach rounds up 20 players every morning.",
    "He shows up 20 minutes late every day.",
    "Visits went from 200 to 300.",
    "The share of transactions fell 5%.",
])
def test_no_counted_change(text):
    assert not any(c.rule == "CHG990" for c in claims_of(text))


@pytest.mark.parametrize("text, fig, metric, rule", [
    # a body's size told after it with "of" (SIZ274 reads "the 22-man squad"); even BBC sport/358: GEN008's level.squad
    ("13 players out of a squad of 31.", "31", "size.squad", "SIZ991"),
    ("The fleet of 40 sailed from Portsmouth.", "40", "size.fleet", "SIZ991"),
    # a listed level told after it with "of" (LVL197 reads "the caseload is 3,000")
    ("A caseload of 3,000 is too much for one judge.", "3,000", "level.caseload", "LVL992"),
    ("The union has a membership of 2 million.", "2 million", "level.membership", "LVL992"),
    # any named reading stays: MED963's audience, BUS003's workforce
    ("At its peak, The Osbournes had a regular audience of eight million.", "eight million", "media.audience", "MED963"),
    ("The firm has a workforce of 5,000.", "5,000", "company.workforce", "BUS003"),
])
def test_size_and_level_of(text, fig, metric, rule):
    c = _typed(text, fig)
    assert (c.metric, c.rule) == (metric, rule)


@pytest.mark.parametrize("text", [
    "The airline operates a fleet of 40 jets.",
    "Membership rose by 12,000.",
    "The court faces a backlog of 12,000 cases.",
])
def test_no_size_or_level_of(text):
    assert not any(c.rule in ("SIZ991", "LVL992") for c in claims_of(text))
