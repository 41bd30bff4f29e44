"""Subjects guessed from capitalised names (the last resort of the subject
strategies): titles, headlines in title case, months, contractions, words
that are capitalised without naming anyone, and groups too vague to be a
subject."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger.claims import _proper_nouns, lexicon, type_figures

from ._claimkit import RULESET, figures_of, make_doc

COMMON = lexicon(RULESET).common


def subject_of(text: str, figure: str):
    doc = make_doc(text)
    figs, dates = figures_of(text)
    cs = [c for c in type_figures(doc, figs, dates, RULESET) if c.text == figure]
    assert len(cs) == 1, [(c.text, c.metric, c.subject) for c in type_figures(doc, figs, dates, RULESET)]
    return cs[0].subject


def names(sent: str) -> list[str]:
    return [n for _, _, n in _proper_nouns(sent, COMMON)]


# ------------------------------------------------------------- names, cut right


@pytest.mark.parametrize("sent,expected", [
    # a title before a name is not part of it; a title alone names no one
    ("Gov. Jane Doeman vetoed the bill", ["Jane Doeman"]),
    ("Defence Minister Arun Kapoorwal signed it", ["Arun Kapoorwal"]),
    ("Secretary of State Rex Halloran flew in", ["Rex Halloran"]),
    ("The money went to the Vice President", []),
    ("The Republican Party rejected it", ["Republican Party"]),
    # the owner of a title or a product
    ("Acmecorp CEO spoke to reporters", ["Acmecorp"]),
    ("Acmecorp’s COVID-19 vaccine is new", ["Acmecorp"]),
    # a headline in title case: capitals mark words, not names
    ("Maricopa County Ballots Came From Voters Using Old Addresses", ["Maricopa County"]),
    ("Jane Doeman Falsely Claims That Private Prisons Make Money", ["Jane Doeman"]),
    ("Did Jane Doeman Say This Quote In A Speech?", ["Jane Doeman"]),
    ("Man With Stinky Feet Goes To A Fish Spa", []),
    # months, contractions, leading connectors, adjectives of faith or origin
    ("Just on Jan. 1 there were many new laws", []),
    ("I’m one of the few members", []),
    ("Says of El Paso that murders fell", ["El Paso"]),
    ("A Hindu priest and a Catholic bishop met", []),
    ("Sniffing rosemary helps memory", []),
    ("Coal-fired stations provide most power", []),
])
def test_names_in_a_sentence(sent, expected):
    assert names(sent) == expected


def test_a_sentence_in_german_names_no_one_by_its_capitals():
    assert names("Alle Mitarbeiter der Station hätten Nebenwirkungen gehabt und nicht gearbeitet") == []


# ----------------------------------------------------------- claims' subjects


@pytest.mark.parametrize("text,figure,subject", [
    # the group a share is of: a demonym is its country
    ("Only 14 percent of Americans kept their plans.", "14 percent", "United States"),
    ("One percent of the American people make most of the income.", "One percent", "United States"),
    # a vague group is no subject
    ("A survey said one in four people had bad dreams.", "one in four", None),
    ("When you throw 23 million people off insurance, people with cancer will die.", "23 million", None),
    # a title is dropped from the person
    ("Gov. Jane Doeman gave nearly $1 million of taxpayers' money to a charity.", "nearly $1 million",
     "Jane Doeman"),
    # a capitalised word that names nothing is no subject
    ("A 12-year-old Hindu girl was found.", "12-year", "girl"),  # (the girl: ledger/described_person.py)
])
def test_claim_subjects(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("sent,expected", [
    ("Breaking: four million Democrat votes were found", ["Democrats"]),
    ("The Republican-authored budget cuts schools", ["Republicans"]),
    ("He said they would be voting Democratic for decades", []),  # not before a noun
    ("Foot Locker gave money", ["Foot Locker"]),  # a name that starts with a common word
    ("Here’s the deal", []),
])
def test_party_adjectives_and_sentence_openings(sent, expected):
    assert names(sent) == expected


def test_a_name_the_figure_belongs_to_is_not_its_subject():
    # "Agenda 2030", "the Gang of 14": the number is part of a name
    # (GEN008 no longer reads the capitalised "Gang" as a level's noun (prec28), so there may be no claim at all)
    text = "The Gang of 14 met senators twice."
    figs, dates = figures_of(text)
    assert all(c.subject != "Gang" for c in type_figures(make_doc(text), figs, dates, RULESET) if c.text == "14")


# ------------------------------------------------------------------ properties

_WORDS = st.sampled_from(["Jan.", "Sept.", "I’m", "We’ve", "Says", "of", "the", "Did", "Hindu",
                          "Gov.", "President", "Ohio", "Jane", "Doeman", "Maricopa", "County",
                          "rose", "to", "Fish", "Goes", "COVID-19", "C-17", "Acmecorp’s", "and"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_names_are_never_junk(words):
    sent = " ".join(words)
    for a, b, name in _proper_nouns(sent, COMMON):
        assert 0 <= a < b <= len(sent)
        first, last = name.split()[0], name.split()[-1]
        assert first not in ("of", "the", "for", "Jan", "Sept", "Says", "Did", "Gov")
        assert last not in ("of", "the", "and", "COVID-19", "C-17")
        assert "’m" not in name and "’ve" not in name
        assert name not in ("Hindu", "President", "Jan", "Sept")


# ---------------------------------------------- given names, brackets, topics


@pytest.mark.parametrize("sent,expected", [
    # in a title-case headline a given name keeps its surname, even a common word
    ("Did Bill Gates Admit To Profiting From Vaccines?", ["Bill Gates"]),
    ("Vaccine Bill Gates Funded Was Never Tested", ["Bill Gates"]),
    ("Bill Gates donated to the charity", ["Bill Gates"]),  # not "Gates"
    # a given-name word before a function word or a participle is no person
    ("Bill Would Ban Guns In Schools Across The Country", []),
    ("Rescue Workers Found Them In The Rubble", []),
])
def test_given_names_in_headlines(sent, expected):
    assert [n for _, _, n in _proper_nouns(sent, COMMON, lexicon(RULESET).given)] == expected


@pytest.mark.parametrize("text,figure,subject", [
    # a name an editor put in brackets for the speaker's word is the subject
    ("Two weeks after signing a pledge, (Jane Doeman) breaks it.", "Two weeks", "Jane Doeman"),
    # ... not an acronym after the words it stands for
    ("Less than a quarter of companies get their corporate social responsibility (CSR) reports checked.",
     "Less than a quarter", None),
    # a disease, a vaccine or a programme, when nothing else is named
    ("Have COVID-19 Vaccines Caused Over 2,500 Miscarriages?", "Over 2,500", "COVID-19 vaccines"),
    ("No one under the age of 20 has died of the coronavirus.", "20", "COVID-19"),
    ("Those forcing COVID-19 vaccination will be fined Rs 5 crore.", "Rs 5 crore", "COVID-19 vaccines"),
    # ... but not one a figure counts, nor one of another phrase or clause
    ("When you throw 23 million people off insurance, people with cancer will die.", "23 million", None),
    ("52 horses whose owner died from COVID-19 are destined for slaughter.", "52", None),
    # a named place or group comes first
    ("In Ohio, 300 people died of measles last year.", "300", "Ohio"),
])
def test_topic_and_bracketed_subjects(text, figure, subject):
    assert subject_of(text, figure) == subject


# ------------------------------------------------- a company, a home country


def _subjects(text: str, meta=()):
    from dataclasses import replace
    doc = replace(make_doc(text), meta=tuple(meta))
    figs, dates = figures_of(text)
    return {c.text: c.subject for c in type_figures(doc, figs, dates, RULESET)}


def test_a_country_adjective_of_a_company_is_not_its_subject():
    got = _subjects("Acmewagen said its profits fell last year. "
                    "The German carmaker is aiming to boost annual sales to 150,000 by 2008.\n"
                    "The US firm is thought to be offering about $2bn to extricate itself.\n"
                    "The US economy grew 3% last year.\n")
    assert got["150,000"] == "Acmewagen"  # the company the sentence before names
    assert got["about $2bn"] is None  # no company named before: none, not the United States
    assert got["3%"] == "United States"  # the economy of a country is the country's
    got = _subjects("Shares in Acme Energy rose 3.8% after the UK firm announced a gas find in northern India.\n")
    assert got["3.8%"] == "Acme Energy"  # the company named before it in the sentence


def test_a_deictic_country_takes_the_documents_home_country_only_when_it_names_one():
    text = "There are 3 million jobs that go vacant each month in this country.\n"
    assert _subjects(text)["3 million"] is None  # QuanTemp: no country is invented
    assert _subjects(text, [("country", "UK")])["3 million"] == "United Kingdom"
    quoted = '"We grew our economy by 3% last year," the French minister said.\n'
    assert _subjects(quoted, [("country", "UK")])["3%"] != "United Kingdom"


@pytest.mark.parametrize("text, figure, subject", [
    ("Of those lining up to replace Henman, the 17-year-old Murray, with four titles, looks the best bet.",
     "17-year", "Murray"),
    ("Spain's coach chose to rest 18-year-old Nadal in the doubles.", "18-year", "Nadal"),
    ("Ten-year-old Dakota Fanning will play Fern in the film.", "Ten-year", "Dakota Fanning"),
    ("Arsenal were pleased with the start that 27-year-old Almunia has made at Highbury.", "27-year", "Almunia"),
    ("Fifteen-year-old Donald Young's first appearance in an ATP tournament was brief.", "Fifteen-year",
     "Donald Young"),
])
def test_an_age_belongs_to_the_name_written_after_it(text, figure, subject):
    assert _age_subject(text, figure) == subject


@pytest.mark.parametrize("text, figure", [
    ("Athletics Ireland have hinted that the 35-year-old Cobh runner may be included.", "35-year"),
    ("Photographs showed 2,000-year-old Roman mosaics submerged in Zeugma, Turkey.", "2,000-year"),
    ("Liverpool bid for the 28-year-old Spanish international this week.", "28-year"),
])
def test_a_capitalised_modifier_after_an_age_is_not_its_owner(text, figure):
    assert _age_subject(text, figure) not in ("Cobh", "Roman", "Spanish", "Spain")


def _age_subject(text, figure):
    from tests._claimkit import RULESET, claims_of

    [c] = [c for c in claims_of(text, RULESET) if c.text == figure and c.metric == "people.age"]
    return c.subject


@pytest.mark.parametrize("text,figure", [
    # a name after "and" that opens a clause of its own (it has its own verb) is that clause's subject
    ("The minimum for each purchase is £100 and Bonds are sold in multiples of £10.", "£100"),
    ("The incident generated 500,000 complaints and CBS was quick to apologise.", "500,000"),
])
def test_a_name_opening_the_next_clause_is_not_the_figures_subject(text, figure):
    assert subject_of(text, figure) is None

