"""Subject precision: a leader is the country only for what the state does
(a personal fact keeps the person), a currency or a language names no
country, a state's own chamber is not the Senate, a month is no subject,
and initials do not end a sentence."""

from __future__ import annotations

import pytest

from ledger.claims import _personal_metric, lexicon, type_figures
from ledger.text import sentence_bounds

from ._claimkit import RULESET, figures_of, make_doc

LEX = lexicon(RULESET)


def claim_of(text: str, figure: str):
    doc = make_doc(text)
    figs, dates = figures_of(text)
    cs = [c for c in type_figures(doc, figs, dates, RULESET) if c.text == figure]
    assert len(cs) == 1, [(c.text, c.metric, c.subject) for c in type_figures(doc, figs, dates, RULESET)]
    return cs[0]


# ------------------------------------------------- leaders: person or country


@pytest.mark.parametrize("text,figure,metric,subject", [
    # personal facts: the person
    ("Reports claimed President Donald Trump had died at 79.", "79", "people.age", "Donald Trump"),
    ("A photo shows Vladimir Putin fishing in Siberia in August 2017.", "August 2017", "media.date",
     "Vladimir Putin"),
    ("Mr Macron was born in 1977.", "1977", "event.birth", "Emmanuel Macron"),
    # state acts: the country
    ("Mr Trump imposed a 125% tariff on China.", "125%", "trade.tariff_rate", "United States"),
    ("Putin's forces suffered nearly 2,000 casualties in a single day.", "nearly 2,000", "casualties.total",
     "Russia"),
])
def test_leader_is_person_for_personal_facts_only(text, figure, metric, subject):
    c = claim_of(text, figure)
    assert (c.metric, c.subject) == (metric, subject)


def test_a_leader_who_only_reports_a_personal_figure_is_not_its_subject():
    # the speaker of a death toll is not the dead; his own age, told by himself, is his
    c = claim_of("Oleksandr Syrskyi, the commander-in-chief, said 434,000 soldiers died in 2024.", "2024")
    assert c.subject != "Oleksandr Syrskyi"
    assert claim_of("Mr Trump said he was 79 years old.", "79 years").subject == "Donald Trump"


def test_state_after_leader_keeps_country_even_for_personal_metric():
    # "the Trump administration" stands for the state whatever the metric
    c = claim_of("A video of a Trump administration briefing from June 2019 resurfaced.", "June 2019")
    assert c.metric == "media.date" and c.subject == "United States"


def test_another_person_with_a_leaders_surname():
    # a given name that is not the leader's: someone else, not the country
    c = claim_of("A survey recorded Mayor Sara Duterte-Carpio getting 94% of votes.", "94%")
    assert c.subject == "Sara Duterte-Carpio"
    # the leader's own given name (accents aside) is still the leader
    c = claim_of("Sébastien Lecornu said France would send 2,000 troops.", "2,000")
    assert c.subject == "France"


def test_person_metrics_list_takes_families_and_names():
    metrics = LEX.person_metrics
    assert _personal_metric("people.age", metrics)
    assert _personal_metric("media.audience", metrics)  # media.* covers the family
    assert not _personal_metric("economy.jobs", metrics)
    assert not _personal_metric("trade.tariff_rate", metrics)


def test_every_person_alias_is_a_gazetteer_alias():
    persons = RULESET.lists["subjects5_persons"].canonical
    aliases = RULESET.lists["entity_aliases"].canonical
    missing = [p for p in persons if p not in aliases and f"{p}" not in persons.values()]
    assert not missing


# ------------------------------------------------- small misreadings


@pytest.mark.parametrize("text,figure,subject", [
    # a currency that is the figure's unit names no country
    ("Revenue dipped 1.4% to 86.7bn Swiss francs in 2004.", "1.4%", None),
    # ... but a currency that moves keeps it
    ("The Thai baht lost 0.3% against the US currency.", "0.3%", "Thailand"),
    # a language is no country
    ("The interview was broadcast in English in 2019.", "2019", None),
    # a month is no subject, with or without the full stop after it
    ("Retail sales were up 2.1% in December.", "2.1%", None),
    ("Unemployment fell from 10.6% in November.", "10.6%", None),
    # a state's own chamber, not the Senate
    ("The Ohio Senate voted 21-12 to pass the bill.", "21", "Ohio Senate"),
    # a sports event after a demonym
    ("She won gold in the Asian games wearing two torn shoes.", "two", "Asian Games"),
])
def test_small_misreadings(text, figure, subject):
    assert claim_of(text, figure).subject == subject


def test_a_country_that_acts_is_still_the_subject():
    # "won" is a currency too; "England won" is England winning
    assert claim_of("England won the first Rugby World Cup Sevens in 1993.", "1993").subject == "England"


# ------------------------------------------------- the sentence splitter


@pytest.mark.parametrize("text,inside", [
    ("Officers fell in the line of duty since B.H. Obama took office, 794 of them. Next.", "794"),
    ("He met J. K. Rowling in 2004. It was fun.", "2004"),
])
def test_initials_do_not_end_a_sentence(text, inside):
    i = text.index(inside)
    a, b = sentence_bounds(text, i, i + len(inside))
    assert a == 0 and text[b - 1] == "."
    assert not text[a:b].endswith("Next.")


def test_a_full_stop_after_a_word_still_ends_a_sentence():
    text = "Sales rose 4% in March. Prices fell 2% in April."
    i = text.index("2%")
    a, b = sentence_bounds(text, i, i + 2)
    assert text[a:b] == "Prices fell 2% in April."


# ------------------------------------------------- a place that only locates the act


@pytest.mark.parametrize("text,figure,subject", [
    # the actor wins over the place where the act happened
    ("The pianist Chieko Hara, who died in Japan in 2005, left 300 letters.", "2005", "Chieko Hara"),
    ("In 1995 former drummer Bill Berry collapsed in Switzerland while on tour.", "1995", "Bill Berry"),
    ("Nirav Modi told a London court that his share of the scam was 32 per cent.", "32 per cent", "Nirav Modi"),
    # a place after a noun is the figure's scope
    ("Says Rick Perry increased spending in Texas by more than 50 percent.", "more than 50 percent", "Texas"),
    # a thing that happens somewhere, or is acted on there: the place
    ("A new virus named Hantavirus has emerged in China in March 2020.", "March 2020", "China"),
    ("Moderna has been pulled in Finland for everyone under 30.", "under 30", "Finland"),
])
def test_actor_over_the_place_of_the_act(text, figure, subject):
    assert claim_of(text, figure).subject == subject
