"""(dates33) The broad noun rule WNE781 reads the nouns of the hand-kept event lists too, and
neither a noun in a "from" phrase nor one past a preposition after the date."""

from ledger import documents, figures
from ledger.claims import type_figures
from ledger.rules import load_rules

RULES = load_rules()


def _dated(text):
    doc = documents.load_text(text, path="t.txt")
    claims = type_figures(doc, figures.find_figures(text), figures.find_dates(text), RULES)
    return [(c.text, c.metric, c.rule) for c in claims if c.kind == "date"]


def test_hand_noun_far_from_its_date():
    got = _dated("The film revisits her arrest outside a Las Vegas hotel casino in 2011.")
    assert ("2011", "event.legal", "WNE781") in got


def test_hand_noun_after_date():
    got = _dated("The 4 October 2010 protest blocked the bridge.")
    assert [g[1] for g in got] == ["event.protest"]


def test_from_phrase_is_the_verbs():
    got = _dated("The carrier emerged from Chapter 11 bankruptcy in June 2006.")
    assert all(g[2] != "WNE781" for g in got)


def test_preposition_ends_the_dates_noun():
    assert _dated("She missed her club's 2010 triumph through injury.") == []
