"""(dates33b) A broad date rule reads a listed verb's present tense right after a pronoun or a
relative ("which take place on 12 February", "It opens on 19 May"), not after a determiner
"that" or "which", nor after a noun (a plural noun)."""

from ledger import documents, figures
from ledger.claims import type_figures
from ledger.rules import load_rules

RULES = load_rules()


def _dated(text):
    doc = documents.load_text(text, path="t.txt")
    claims = type_figures(doc, figures.find_figures(text), figures.find_dates(text), RULES)
    return [(c.text, c.metric) for c in claims if c.kind == "date"]


def test_relative_plural_after_a_comma():
    got = _dated("The poetry prizes, which take place at a hall in the old town on 3 March 2007, are new.")
    assert ("3 March 2007", "event.take_place") in got


def test_pronoun_singular():
    assert ("8 June 2006", "event.open") in _dated("It opens in Dublin and Cork on 8 June 2006.")


def test_relative_after_a_noun():
    assert ("2 July 2006", "event.open") in _dated("The exhibition that opens on 2 July 2006 is free.")


def test_determiner_that_is_no_relative():
    got = _dated("Since that fight in 2001, the two boxers have not met.")
    assert all(m != "event.fight" for _, m in got)


def test_plural_noun_after_a_name_is_no_verb():
    got = _dated("Acme plans in 2006 were modest.")
    assert all(m != "event.plan" for _, m in got)


def test_singular_pronoun_takes_no_bare_form():
    got = _dated("It fight in 2001 was long.")
    assert all(m != "event.fight" for _, m in got)


def test_a_past_form_is_no_bare_form_of_another_verb():
    # (s33 held-out judge, class i) "saw" after "we" is seeing, not the verb "to saw"
    got = _dated("These are the sales that we saw in the first half of 2003.")
    assert all(m != "event.saw" for _, m in got)
