"""title27: a verb ends a run of capitals in a title-case headline."""
from ledger.rules import load_rules
from ledger.matching import lexicon
from ledger import subjects as S

_LEX = lexicon(load_rules())


def _names(sent):
    return [c[2] for c in S._lex_names(sent, _LEX)]


def test_verb_ends_name_in_headline():
    assert "Pfizer" in _names("Pfizer Paid A $2.3 Billion Fine")
    assert "Pfizer Paid" not in _names("Pfizer Paid A $2.3 Billion Fine")
    assert "Fauci Earned" not in _names("Fauci Earned $434,312 In 2020.")
    assert "Starbucks" in _names("Starbucks Raised Prices By 5 Percent.")


def test_names_with_verb_like_words_kept():
    assert "Goldman Sachs" in _names("Goldman Sachs Paid $5 Billion Fine.")
    assert "Bill Gates" in _names("Bill Gates Says 700,000 Children Could Die.")


def test_normal_sentence_untouched():
    assert S._all_capitalised("Pfizer paid a $2.3 billion fine") is False
    assert "Pfizer" in _names("Pfizer paid a $2.3 billion fine in 2009.")


def test_title_verbs_list():
    v = _LEX.title_verbs
    assert "paid" in v and "earns" in v
    assert "claims" not in v and "reports" not in v and "fine" not in v  # nouns too
    assert S._title_verb("Will", v) and S._title_verb("Says", v) and not S._title_verb("WILL", v)
