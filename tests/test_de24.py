"""German texts (de24): the language test, German numbers and dates on the English view of the
text with offsets mapped back, the German rules read German documents only, German spellings of
states in the gazetteer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger import german
from ledger.figures import find_dates, find_figures

from ._claimkit import claims_of, subject_of


# --------------------------------------------------------------------------
# the language test


@pytest.mark.parametrize("text", [
    "Die Produktion einer Tesla-Batterie stoße 17 Tonnen CO2 aus, so viel wie ein Verbrennungsmotor.",
    "Deutschland hat rund 83 Millionen Einwohner.",
    "Das Projekt kostet 1,2 Mrd. Euro.",
    "Der Mann war 57 Jahre alt.",
    "Die Bundestagswahl in Deutschland findet am 26. September 2021 statt.",
])
def test_german_texts_are_german(text):
    assert german.is_german(text)


@pytest.mark.parametrize("text", [
    "The non-partisan Congressional Budget Office concluded ObamaCare will cost the U.S. more than 800,000 jobs.",
    "Ursula von der Leyen said the EU would spend 3 billion euros on vaccines.",
    "Despite a record of only two victories from 14 Tests, Williams insists he is revelling in the pressure.",
    "TCI, which claims to represent owners of 5% of Deutsche Boerse's shares, has complained.",
    "Men who die young: 20 percent of them never see a doctor, das ist klar.",
    "",
])
def test_english_texts_are_not_german(text):
    assert not german.is_german(text)


_ENGLISH_WORDS = ("the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "by", "with", "die",
                  "government", "said", "million", "percent", "people", "war", "will", "also", "man", "so")


@given(st.lists(st.sampled_from(_ENGLISH_WORDS), min_size=1, max_size=60))
@settings(max_examples=200, deadline=None)
def test_english_words_never_make_german(words):
    # English words, among them the few that are German too ("die", "also"): never German
    assert not german.is_german(" ".join(words) + ".")


# --------------------------------------------------------------------------
# German numbers


def _one(text, fig_text=None):
    figs = find_figures(text)
    if fig_text is not None:
        figs = [f for f in figs if f.text == fig_text]
    assert len(figs) == 1, [(f.text, f.value) for f in find_figures(text)]
    return figs[0]


def _de_thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(st.integers(min_value=1000, max_value=999_999_999))
@settings(max_examples=150, deadline=None)
def test_german_thousands_separator_round_trip(n):
    s = _de_thousands(n)
    text = f"Nach Angaben der Behörde sind {s} Menschen in der Stadt gemeldet."
    f = _one(text)
    assert f.value == n
    assert f.text == s
    assert text[f.start:f.end] == f.text


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=1, max_value=99))
@settings(max_examples=150, deadline=None)
def test_german_decimal_comma(whole, frac):
    s = f"{whole},{frac}"
    text = f"Laut der Umfrage sind {s} Prozent der Deutschen für das Gesetz."
    f = _one(text)
    assert f.value == pytest.approx(float(f"{whole}.{frac}"))
    assert f.unit == "percent"
    assert f.text == f"{s} Prozent"


def test_english_text_keeps_english_numbers():
    # "1.500" in English text is one and a half; "3,5" is not a decimal
    f = _one("The pump delivers 1.500 litres a second, the engineers said.")
    assert f.value == pytest.approx(1.5)


@pytest.mark.parametrize("text, fig, value, unit", [
    ("Die Regierung gab 2,3 Millionen Euro für die Schulen aus.", "2,3 Millionen Euro", 2.3e6, "EUR"),
    ("Das Projekt kostet 1,2 Mrd. Euro.", "1,2 Mrd. Euro", 1.2e9, "EUR"),
    ("Die Staatsschulden liegen bei 2,5 Billionen Euro.", "2,5 Billionen Euro", 2.5e12, "EUR"),
    ("Mehr als zwei Drittel der Befragten haben keine Angst.", "Mehr als zwei Drittel", 2 / 3, "fraction"),
    ("Deutschland hat mehr als eine Million Flüchtlinge aufgenommen.", "mehr als eine Million", 1e6, "count"),
    ("Die Mieten sind um 3,5 Prozent gestiegen.", "3,5 Prozent", 3.5, "percent"),
])
def test_german_scales_and_units(text, fig, value, unit):
    f = _one(text, fig)
    assert f.value == pytest.approx(value)
    assert f.unit == unit


def test_german_hedges_give_the_english_intervals():
    f = _one("In Deutschland sind rund 300 Menschen gestorben.")
    assert (f.text, f.hedge) == ("rund 300", "rund")
    assert f.low < 300 < f.high  # as "about 300"
    f = _one("In Deutschland sind mehr als 300 Menschen gestorben.")
    assert f.low == 300 and f.low_strict and f.high is None  # as "more than 300"
    f = _one("In Deutschland sind knapp 1.500 Menschen gestorben.")
    assert f.high == 1500 and f.low < 1500  # as "nearly 1,500"
    f = _one("In der Stadt sind bis zu 200 Menschen gestorben.")
    assert f.high == 200  # as "up to 200"


def test_german_vague_and_ranges():
    f = _one("Ärzte auf der ganzen Welt würden tausende Totenscheine fälschen.")
    assert f.kind == "vague" and f.text == "tausende"
    f = _one("Die Preise liegen zwischen 90 Cent und 1 Euro pro Liter.")
    assert f.text == "zwischen 90 Cent und 1 Euro"
    assert (f.low, f.high, f.unit) == (0.9, 1.0, "EUR")


def test_german_age_figure_ends_before_jaehrige():
    f = _one("Die 80-Jährige aus Wien starb im Krankenhaus.")
    assert f.text == "80" and f.value == 80


def test_german_dates():
    [d] = find_dates("Am 3. März 2021 sind in Deutschland viele Menschen gestorben.")
    assert (d.text, d.year, d.month, d.day) == ("3. März 2021", 2021, 3, 3)
    [d] = find_dates("Die Armee werde ab dem 1. Oktober auf den Straßen patrouillieren.")
    assert (d.text, d.month, d.day) == ("1. Oktober", 10, 1)
    [d] = find_dates("Das Gesetz ist seit dem 3.3.2021 in Kraft und gilt für alle.")
    assert (d.year, d.month, d.day) == (2021, 3, 3)


def test_view_maps_offsets_back():
    text = "Die Regierung gab rund 2,3 Milliarden Euro aus, mehr als 3,5 Prozent des Haushalts."
    v = german.english_view(text)
    assert "about 2.3 billion euros" in v.text and "more than 3.5 percent" in v.text
    for f in find_figures(text):
        assert text[f.start:f.end] == f.text
        assert f.start <= f.number_start < f.number_end <= f.end


# --------------------------------------------------------------------------
# German rules: German documents only; the English rules' metrics


def test_german_rules_read_german_documents_only():
    # "Tests" is a German word for health tests (DE786), and an English one for rugby matches
    cs = claims_of("England suffered an eighth defeat in 11 Tests as Yachvili booted France to victory.")
    assert not any(c.rule.startswith("DE") for c in cs)


@pytest.mark.parametrize("de, en", [
    ("Laut der Umfrage sind 45 Prozent der Deutschen für das Gesetz.", "45 percent of Germans support the law."),
    ("Deutschland hat der Ukraine 1,2 Milliarden Euro Militärhilfe zugesagt.",
     "Germany has pledged 1.2 billion euros in aid to Ukraine."),
    ("In Deutschland sind mehr als 60 Millionen Menschen vollständig geimpft.",
     "More than 60 million people in Germany have been vaccinated."),
    ("Deutschland hat mehr als eine Million Flüchtlinge aus der Ukraine aufgenommen.",
     "Germany has taken in more than one million refugees from Ukraine."),
])
def test_german_and_english_claims_key_alike(de, en):
    [d] = claims_of(de)
    [e] = claims_of(en)
    assert (d.metric, d.subject, d.value) == (e.metric, e.subject, e.value)


@pytest.mark.parametrize("text, subject", [
    ("Frankreich investiert rund 500 Millionen Euro in neue Schulen.", "France"),
    ("Die Schweiz hat knapp 9 Millionen Einwohner.", "Switzerland"),
    ("Bei dem Anschlag in Afghanistan wurden mindestens 50 Menschen getötet.", "Afghanistan"),
    ("In Bayern wurden etwa 3.000 Neuinfektionen gemeldet.", "Germany"),
    ("Etwa 30 Prozent der erwachsenen Bevölkerung in Österreich ist nicht geimpft.", "Austria"),
])
def test_german_names_of_states(text, subject):
    assert subject_of(text, text.split()[0] if text[0].isdigit() else "") in (subject,) or \
        any(c.subject == subject for c in claims_of(text))


@pytest.mark.parametrize("text, fig", [
    ("Ein Elektroauto spare erst nach 127.500 Kilometern Fahrt CO2-Emissionen gegenüber einem Benziner ein.",
     "127.500"),
])
def test_german_capitalised_nouns_are_no_subject(text, fig):
    # German capitalises every noun: "Ein Elektroauto" is no name
    got = [c for c in claims_of(text) if c.text == fig]
    assert got and all(c.subject is None for c in got)


@pytest.mark.parametrize("text, fig, subj", [
    ("Laut Olaf Scholz sind 75 Prozent der Menschen in Deutschland geimpft.", "75 Prozent", "Germany"),
    ("Olaf Scholz ist 65 Jahre alt und wurde in Osnabrück geboren, sagte die Sprecherin.", "65 Jahre",
     "Olaf Scholz"),
])
def test_german_known_subjects_stay(text, fig, subj):
    got = [c for c in claims_of(text) if c.text == fig]
    assert got and got[0].subject == subj
