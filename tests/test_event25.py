"""event25: the last-resort subject of a dated event is the actor its sentence names
(ledger/event_owner.py)."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _event_subject(text: str, date: str):
    cs = [c for c in claims_of(text) if c.kind == "date" and date in c.text
          and (c.metric.startswith("event.") or c.metric == "media.date")]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0].subject


@pytest.mark.parametrize("text,date,subject", [
    # the named subject of the main clause that holds the date
    ("Barbara Bush broke her leg in a sledding accident involving actor Arnold Schwarzenegger and her "
     "husband President George H.W. Bush in 1991.", "1991", "Barbara Bush"),
    # the named owner of the dated noun, the longer name
    ("The Oct. 7 resolution of the United Nations Human Rights Council (UNHRC) proves that there are no "
     "extrajudicial killings in the Philippines.", "Oct. 7", "United Nations Human Rights Council"),
    # the name's own "who" clause holds the date
    ("Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won the "
     "women's 100m silver medal in Sydney, face a ban.", "2000", "Kenteris"),
    # the name's possessive noun is the clause's subject
    ("Mr Khatami's second term as president ends on 1 August, making this his last budget.", "1 August",
     "Khatami"),
    # a surname that opens a sentence, the person's full name given before
    ("World champion Kim Collins will run in Britain.\n\nCollins ran in Birmingham at the 2003 World "
     "Indoor Championships.", "2003", "Kim Collins"),
    # the name opens the sentence after its calling
    ("World and Commonwealth 100m champion Kim Collins will compete in the 60m at the Norwich Union Grand "
     "Prix in Birmingham on 18 February.", "18 February", "Kim Collins"),
    # the named subject of the "that" clause that holds the date
    ("A jury ruled that Lord Archer lied during a libel trial against the Daily Star at the High Court in "
     "London in 1987.", "1987", "Archer"),
])
def test_named_actor(text, date, subject):
    assert _event_subject(text, date) == subject


@pytest.mark.parametrize("text,date", [
    # the date is in what was said, whose actor is "it"
    ("IBM said it would start producing the chip in early 2005 at plants in the US.", "2005"),
    # another clause: the date's clause is "when" ... with its own actor
    ("The case began in December 2004 when Apple asked a court to get journalists to reveal sources.", "2004"),
    # a "which" clause of another noun holds the date
    ("Alicia Keys has 12 nominations for the awards, which will be held on 8 December in Las Vegas.",
     "8 December"),
    # (subj26: with a named antecedent, "the Australian Open, which starts on 17 January", the date is
    # the Open's: tests/test_subj26.py)
    ("Hewitt played down his defeat and insisted he is focused on the tournament, which starts on "
     "17 January.", "17 January"),
    # a pronoun acts in the date's clause
    ("Hoddle, who will work alongside Stuart Gray, has been out of the game since he was sacked by Spurs "
     "in 2003.", "2003"),
    # a quotation's attribution
    ("\"We left the zone in 1973 and should have our own currency,\" said Finance Minister Paul Biya.", "1973"),
])
def test_no_actor(text, date):
    assert _event_subject(text, date) is None


def test_leader_act_is_the_country():
    # a leader's government act is his country's; a statement is the person's own
    law = _event_subject("Trump signed the tariff law in 2018 at the White House.", "2018")
    assert law in (None, "United States")


def test_two_names_share_the_role():
    from ledger.event_owner import _clause_actor, _names
    from ledger.matching import lexicon
    from tests._claimkit import RULESET
    lex = lexicon(RULESET)
    sent = "Paula Radcliffe and Kelly Holmes resigned on 18 August after failing to give samples."
    fs = sent.index("18 August")
    assert _clause_actor(sent, fs, fs + 9, _names(sent, lex), "event.withdrawal", lex) is None
    one = "Paula Radcliffe resigned on 18 August after failing to give samples."
    fs = one.index("18 August")
    assert _clause_actor(one, fs, fs + 9, _names(one, lex), "event.withdrawal", lex) == "Paula Radcliffe"


def test_opening_date_then_actor():
    assert _event_subject("In 1969, Sir Arthur Hailey moved to Nassau in the Bahamas.", "1969") == "Arthur Hailey"
