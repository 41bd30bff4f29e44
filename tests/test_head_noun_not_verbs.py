"""The noun phrase read after a figure (matching._head_noun) ends at a verb or
an adverb: neither is the head the metric names ("two oceans meet" counts
oceans, "137,000 currently" counts nothing)."""

from __future__ import annotations

from ._claimkit import claims_of


def _metrics(text, figure):
    return [c.metric for c in claims_of(text) if c.text.endswith(figure)]


def _metric(text, figure):
    got = _metrics(text, figure)
    assert got, [(c.text, c.rule, c.metric) for c in claims_of(text)]
    return got[0]


def test_a_word_after_a_plural_head_is_its_verb():
    assert _metric("Photographs show the place where two oceans meet in the Gulf of Alaska.", "two") == "places.ocean"
    assert _metric('"There must have been 20 instances like this over the last 24 years."', "20") == "count.instance"
    assert _metric("It is 5,000 polygons doesn't really sell the emotion.", "5,000") == "count.polygon"
    assert _metric("The case was heard by a panel of nine law lords rather than five.", "nine") == "count.law_lord"


def test_a_plural_that_qualifies_a_noun_keeps_it():
    # "sales tax", "weapons inspectors": a plural that names a kind, and a possessive owner
    assert "_" not in _metric("They have 20 weapons inspectors in Iraq.", "20").split(".", 1)[0]
    assert _metric("About 27% of the world's population now has access to mobile phones.", "27%") != "share.world"
    assert _metric("Two of the world's biggest iron ore suppliers agreed.", "Two") != "count.world"


def test_an_adverb_is_no_head():
    assert _metrics("More robots are in homes, compared to about 137,000 currently, according to the UN.",
                    "137,000") == []
    assert _metrics("Both earned places on the list, at number eight and 10 respectively.", "10") == []
    # (s30) the named rule BUS330 reads "sales were pushing" as units sold; the adverb is still no head
    assert _metrics("Total sales were pushing two million worldwide.", "two million") == ["sales.units"]
    assert _metrics("Interviewers spoke to 401 people before and 601 afterwards.", "601") == []


def test_an_adverb_that_may_qualify_a_noun_ends_only_at_the_end():
    assert _metric("The release of two really important games drove sales.", "two") != "level.release"
    assert _metric("Sophos said that 10% of the e-mail currently on the net was infected.", "10%") == "share.e-mail"


def test_a_past_participle_is_no_head():
    assert _metrics("It was tough getting down to only 10 from the 301 submitted.", "301") == []
    assert _metrics("A further 300 shown at the European Film Market.", "300") == []
    assert _metrics("There are 55 introduced by Democrats.", "55") == []
    assert _metrics("Of the speeches, only two occurred during the years she was away.", "two") == []


def test_a_verb_in_ing_is_no_counted_noun():
    assert _metrics("Americans are avid blog readers, with 32 million getting hooked in 2004.", "32 million") == []
    assert _metrics("Of the Fortune 500 companies, 91 making a collective billions of dollars, paid nothing.", "91") == []


def test_a_word_after_a_people_is_its_verb():
    # the people is what is counted: "700 million Chinese" are people, of China
    assert _metric("More than 700 million Chinese listen to 1,000 radio stations.", "700 million") == "count.people"
    # a country is not a people: "UK video" stays in the phrase
    assert _metric("Three leading UK video game companies predicted closures.", "Three") != "count.leading"


def test_a_name_that_heads_the_phrase_leaves_no_noun():
    # no head noun is read from the capitalised words ("count.leading"); the party's members are
    # counted by PPL131 (cnt26: a qualifier of a closed list before the party's name)
    assert _metrics("Three Leading Democrats Facing Indictment for Orchestrating a Coup", "Three") in ([], ["people.count"])


def test_a_word_glued_to_percent_or_of_is_no_noun():
    assert _metrics('"About 70 percentof Republicans nationwide don\'t think he is the right guy."',
                    "70") == []


def test_a_sentence_not_in_english_gives_no_head_noun():
    # (a sentence with two German function words or more, as ledger.subjects tells one)
    text = "Diese 4 unglaublichen Klimafakten stimmen nur zum Teil und sind falsch."
    assert not [m for m in _metrics(text, "4") if m.startswith("count.")]
    # (no head noun; a German rule, rules/de/, may type it: "75 Mitarbeiter" is people.employee)
    assert [m for m in _metrics("Alle 75 Mitarbeiter der Kinderstation hätten Nebenwirkungen gehabt, sagt die Klinik.",
                                "75") if not m.startswith("people.")] == []


def test_those_polled_are_the_people_asked_and_a_lone_participle_names_no_sum():
    # (a share of those polled is a poll's finding, PCT725's politics.opinion_share since pct19; the
    # participle after "those" marks out a group of people: POP595's population.share since fbpct20)
    assert _metric("Only 51% of those polled had made up their minds.", "51%") == "politics.opinion_share"
    assert _metric("Only 51% of those invited had made up their minds.", "51%") == "population.share"
    # the money fallback (GEN003) takes no lone participle after its sum: "£5.1bn seen in December"
    # names nothing, and "£300 stolen," is left unclaimed with it
    assert _metrics("What galls me, over and above having over £300 stolen, is the supplier.", "£300") == []


def test_a_name_after_a_lower_case_noun_leaves_the_noun():
    assert _metric("Some countries in the newly enlarged 25 nation EU still had to see the light.",
                   "25") == "count.nation"
