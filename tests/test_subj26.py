"""subj26: last-resort subjects named in a relative clause, a dated name or an own age
(ledger/relative_owner.py)."""

from __future__ import annotations

import pytest

from ledger import relative_owner
from tests._claimkit import RULESET, claims_of, subject_of


def _claim(text: str, fig: str, metric_prefix: str = ""):
    cs = [c for c in claims_of(text) if c.text.startswith(fig) and c.metric.startswith(metric_prefix)]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0]


# --- a name's "who" / "which" clause ---------------------------------------------------------

@pytest.mark.parametrize("text, fig, subject", [
    ("Of the cut now due to Lee, 82, who created Spider-Man in 1962, his lawyer said it was big.", "1962", "Lee"),
    ("The 1728 composition was found among the papers of Japanese pianist Chieko Hara, who died in "
     "Japan in 2001 aged 86.", "86", "Chieko Hara"),
    ("Hewitt insisted he is focused solely on the Australian Open, which starts on 17 January.",
     "17 January", "Australian Open"),
])
def test_relative_clause_owner(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # the place of a noun before it is not the clause's antecedent
    ("The former world number one will play at the Volvo Women's Open in Pattaya, which starts on 31 January.",
     "31 January"),
    ("The website was not associated with the napster.com site in the USA, which had been operating since "
     "1999.", "1999"),
    # what was said is not the name's act; another clause between
    ("The deal was praised by Carlos Ghosn, who said the plant would open in 2008.", "2008"),
    ("Young, who beat two players when he was just 14, lost.", "14"),
    # two antecedents
    ("The fans cheered Kenteris and Thanou, who won medals in 2000.", "2000"),
    # "which" needs its comma; the clause ended before the figure
    ("He praised the Australian Open which starts on 17 January.", "17 January"),
    ("He praised Hewitt, who lost, and the match on 17 January.", "17 January"),
])
def test_relative_clause_refused(text, fig):
    from ledger.event_owner import _names
    from ledger.matching import lexicon
    lex = lexicon(RULESET)
    fs = text.index(fig)
    fe = fs + len(fig)
    names = [n for n in _names(text, lex) if not (n[0] < fe and n[1] > fs)]
    assert relative_owner._relative_owner(text, fs, fe, names, "event.start", lex) is None


def test_relative_clause_unit():
    from ledger.event_owner import _names
    from ledger.matching import lexicon
    lex = lexicon(RULESET)
    s = "The deal was backed by Fiat, which was founded in 1899 in Turin."
    fs = s.index("1899")
    assert relative_owner._relative_owner(s, fs, fs + 4, _names(s, lex), "event.founding", lex) == "Fiat"
    s = "The deal was backed by the owners of Fiat, which was founded in 1899 in Turin."
    fs = s.index("1899")
    assert relative_owner._relative_owner(s, fs, fs + 4, _names(s, lex), "event.founding", lex) is None


def test_relative_clause_only_its_metrics():
    # a count in a person's clause is not the person's ("who represents eight of the detainees")
    text = "Solicitor Gareth Pierce, who represents eight of the detainees, claimed the detention was unfair."
    assert all(c.subject != "Gareth Pierce" for c in claims_of(text) if c.metric.startswith("people."))


# --- a date that opens a named law or contest --------------------------------------------------

def test_dated_name():
    text = ("\"Due to a flaw in the 1995 Outer Continental Shelf Deep Water Royalty Relief Act numerous oil "
            "companies are now drilling in the Gulf of Mexico in federal lands.\"")
    assert _claim(text, "1995", "event.").subject == "Outer Continental Shelf Deep Water Royalty Relief Act"


def test_dated_name_unit():
    from ledger.event_owner import _names
    from ledger.matching import lexicon
    lex = lexicon(RULESET)
    heads = frozenset({"Act", "Olympics"})
    s = "He said his comments would not affect the 2012 Olympic bid in London."
    fs = s.index("2012")
    assert relative_owner._dated_name(s, fs, fs + 4, _names(s, lex), "event.sport", lex, heads) is None
    s = "Critics in Texas attacked the 1996 Telecommunications Act and the Gulf of Mexico leases."
    fs = s.index("1996")
    assert relative_owner._dated_name(s, fs, fs + 4, _names(s, lex), "event.law", lex, heads) \
        == "Telecommunications Act"
    s = "Critics in Texas attacked a 1996 Telecommunications Act and the Gulf of Mexico leases."
    fs = s.index("1996")
    assert relative_owner._dated_name(s, fs, fs + 4, _names(s, lex), "event.law", lex, heads) is None


def test_heads_list_loads():
    wl = RULESET.lists.get(relative_owner.HEADS_LIST)
    assert wl is not None and "Act" in wl.entries and "Election" not in wl.entries


# --- an age written as the clause subject's own ------------------------------------------------

def test_own_age_after_aside():
    text = ("Halloween writer Debra Hill dies\n\nScreenwriter and producer Debra Hill, best known for her work on "
            "the 70s horror classic Halloween, has died in Los Angeles aged 54.\n")
    assert [c.subject for c in claims_of(text) if c.metric == "people.age"] == ["Debra Hill"]


@pytest.mark.parametrize("before, ok", [
    ("has died in Los Angeles aged ", True),
    ("died aged ", True),
    ("died in 2001, aged ", True),
    ("died at the age of ", True),
    ("married a woman aged ", False),
    ("coached players aged ", False),
])
def test_own_age_form(before, ok):
    s = "Debra Hill " + before
    assert (relative_owner._OWN_AGE.search(s, max(0, len(s) - 20), len(s)) is not None) is ok


# --- a numbered law or ballot measure ----------------------------------------------------------

@pytest.mark.parametrize("text, fig, subject", [
    ("Amendment 4 would restore voting rights to 1.4 million felons.", "1.4 million", "Amendment 4"),
    ("Proposition 47 released 10,000 prisoners.", "10,000", "Proposition 47"),
    ("Measure 37 would cost the state $200 million a year.", "$200 million", "Measure 37"),
    ("A poll taken \"a few months ago\" found \"70 percent approval or higher\" for the Act 10 collective "
     "bargaining law.", "70 percent", "Act 10"),
    # the name reading's head word alone becomes the whole measure
    ("Under Act 10, teachers pay 12 percent of their health premiums.", "12 percent", "Act 10"),
    ("Says Proposition 1 would raise the sales tax by 1.5 percent.", "1.5 percent", "Proposition 1"),
])
def test_measure_owner(text, fig, subject):
    assert subject_of(text, fig) == subject


def _measure(text: str, fig: str):
    from ledger import measure_owner
    from ledger.matching import lexicon
    fs = text.index(fig)
    return measure_owner._measure(text, fs, fs + len(fig), lexicon(RULESET))


@pytest.mark.parametrize("text, fig, subject", [
    ("Under Prop. 64, the state will raise $1 billion in taxes.", "$1 billion", "Proposition 64"),
    ("HB 2 would cost North Carolina $3.76 billion.", "$3.76 billion", "HB 2"),
    ("Title IX gave 3 million girls a chance to play sports.", "3 million", "Title IX"),
])
def test_measure_unit(text, fig, subject):
    assert _measure(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # two measures
    ("In 2012, Amendment 1 and Amendment 2 cost $5 million.", "$5 million"),
    # the measure is not the sentence's subject, and not in the figure's phrase
    ("Voters who backed Amendment 3 in 2018 paid $400 on average.", "$400"),
    ("Critics said Amendment 3 would cost $5 million.", "$5 million"),
    ("Amendment 3 passed, and the state then spent $5 million on roads.", "$5 million"),
    # a clause break between the figure and the measure
    ("The state spent $5 million, according to a report on Measure 37.", "$5 million"),
    # a highway, not a measure
    ("Adding toll lanes on I-95 cut commutes by 20 minutes.", "20 minutes"),
])
def test_measure_refused(text, fig):
    assert _measure(text, fig) is None


# --- the name an appositive describes ----------------------------------------------------------

@pytest.mark.parametrize("text, fig, subject", [
    # a subject read from inside the aside becomes the opening name
    ("Charlie Bell, the straight-talking former head of fast-food giant McDonald's, has died of cancer aged 44.",
     "44", "Charlie Bell"),
    ("UKIP, which campaigned on a slogan of \"Say no to Europe\", spent £2.36m on the campaign.", "£2.36m", "UKIP"),
    ("Rihanna — the singer from Barbados — is worth $1.4 billion.", "$1.4 billion", "Rihanna"),
    ("Hazel Gilbert, 23, an information manager from Newcastle, gave up ballet at the age of 10.", "10",
     "Hazel Gilbert"),
    # a place after a preposition past the verb is no other actor
    ("Chieko Hara — a Japanese pianist who toured Europe — died in Japan in 2001 aged 86.", "86", "Chieko Hara"),
])
def test_appositive_owner(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # what the name said is not the name's
    ("Vince Cable, the party's Treasury spokesman, said raising the threshold to £150,000 would help.",
     "£150,000", "Treasury"),
    ("TCI, which claims to represent owners of Deutsche Boerse, has complained that the £1.35bn offer for the "
     "LSE is too high.", "£1.35bn", "Deutsche Boerse"),
    # another name between the verb and the figure
    ("Samuel Jackson, a student at Morehouse College, can be seen in a photo of Martin Luther King playing pool "
     "in 1966.", "1966", "Morehouse College"),
    # the subject was not read from the aside
    ("Charlie Bell, the former head of the firm, bought Burger King for $1bn.", "$1bn", "Burger King"),
])
def test_appositive_refused(text, fig, subject):
    from ledger.event_owner import _names
    from ledger.matching import lexicon
    lex = lexicon(RULESET)
    fs = text.index(fig)
    fe = fs + len(fig)
    names = [n for n in _names(text, lex) if not (n[0] < fe and n[1] > fs)]
    assert relative_owner._appositive_owner(text, fs, fe, names, subject, "money.spending", lex) is None
