"""Claims a title-case headline lost entirely (session 27, wave 2): a fact-check headline capitalises
every word, so the figure finder read "56Th", "the Second-highest Incidence", "the No. 1 Reason",
"Thousands of Tonnes" or "Would Create 53 New Government Bureaucracies" as names or as nothing,
and the dated-event rules took "Dan Branch Tried to Expand ... in 2005" for a run of names.  A
title-case line is now read through a same-length view with a figure's own words in lower case
(figures._title_view), a capitalised common word before a counted plural is no name there
(figures._title_count), and a capitalised -ed or past form of a title-case sentence is a verb a
date can be read with (claims._title_verb_form).  Sentence-case text reads as before."""

from __future__ import annotations

import pytest

from ledger.figures import find_figures

from ._claimkit import claims_of


def _figs(text):
    return [(f.text, f.unit, f.value) for f in find_figures(text)]


@pytest.mark.parametrize("text, shown, unit, value", [
    ("Kenya Currently Ranks 56Th Globally and Third in Sub-Saharan Africa.", "56Th", "rank", 56),
    ("Ohio Ranks 46Th in the Country in Putting Dollars in the Classroom.", "46Th", "rank", 46),
    ("Ohio Currently Ranks 50Th Out of All States in Income Growth.", "50Th", "rank", 50),
    ("Rhode Island Has the Second-highest Incidence of This Disease in the Country.", "Second-highest", "rank", 2),
    ("Houston is the Third-most Toxic City in the United States of America.", "Third-most", "rank", 3),
    ("Virginia is the No. 1 Recipient of Federal Dollars.", "No. 1", "rank", 1),
    ("And the Number One Killer of Teens in the United States is Driving While Using Cell Phones.",
     "Number One", "rank", 1),
    ("Florida is Second in the Nation in the Uninsured.", "Second", "rank", 2),
    ("Thousands of Tonnes of Slurry Are Being Spread on Farmland, All Due to Exporting Pork to China",
     "Thousands of Tonnes", "tonne", 2000),
    ("Americans Are 25X More Likely to Be Shot & Killed Than Others in Developed Countries.", "25X", "multiple", 25),
    ("Social Security Has Never Contributed One Cent to the Deficit.", "One Cent", "USD", 0.01),
])
def test_a_figures_own_words_are_read_in_a_title_case_headline(text, shown, unit, value):
    assert (shown, unit, value) in _figs(text), _figs(text)


@pytest.mark.parametrize("text, shown", [
    ("This Woman Undergo 17 Surgeries to Resemble Barbie Doll", "17"),
    ("The Governor of Iowa Chartered a Flight to Summarily Return 124 Undocumented Children to Honduras.", "124"),
    ("The Democratic Health Care Bill in the House Would Create 53 New Government Bureaucracies.", "53"),
    ("Photo Shows Massive 33-Storey Cruise Ship Built in Bangladesh", "33"),
])
def test_a_common_word_before_a_count_in_a_title_case_headline_is_no_name(text, shown):
    assert [f.unit for f in find_figures(text) if f.text == shown] == ["count"]


@pytest.mark.parametrize("text, shown", [
    # the names a headline writes with a number stay names
    ("I'm Going to Ask the Biggest Corporations of the Fortune 500 Companies to Pay Their Share", "500"),
    ("Users Urged to Upgrade to Windows 10 Before Support Ends", "10"),
    ("Watch the Number 10 Spokesman Explain the Plan to Voters", "10"),
])
def test_names_with_a_number_stay_names_in_a_title_case_headline(text, shown):
    assert not [f for f in find_figures(text) if f.text == shown], _figs(text)


@pytest.mark.parametrize("text", [
    # currency abbreviations keep their capitals ("Rs", not the word "rs")
    "Those Forcing COVID-19 Vaccination Will Be Fined Rs 5 Crore.",
    "Indian Citizens Are Entitled to Rs. 7,000 per Week to Stay at Home",
])
def test_a_currencys_own_capitals_are_kept_in_a_title_case_headline(text):
    assert [f.unit for f in find_figures(text)] == ["INR"], _figs(text)


@pytest.mark.parametrize("text", [
    # sentence case: what was read before (the Grand National is a race, the Second World War a war)
    "He won the 2005 Grand National on Saturday.",
    "Kenya currently ranks 56th globally and third in Sub-Saharan Africa.",
    "The Second World War ended in 1945, said Mr Brown.",
    # a sentence full of names is no title-case headline: a film's title stays a name
    "Clint Eastwood's Million Dollar Baby beat Martin Scorsese's The Aviator to the top awards at the Oscars.",
    "- Tim Dams, Screen International: Film - Million Dollar Baby; director - Clint Eastwood; actor - Jamie Foxx.",
])
def test_sentence_case_is_read_as_before(text):
    got = _figs(text)
    assert all(u != "rank" or "56th" in t for t, u, _ in got), got
    assert not [t for t, u, _ in got if u == "GBP" or u == "USD"], got


@pytest.mark.parametrize("text, metric, subject", [
    ('"In 2005, Dan Branch Tried to Expand Third-trimester Abortions in Texas."', "event.expand", "Dan Branch"),
    ("In 1991, Barbara Bush Broke Her Leg While Sledding at Camp David With Her Grandchildren.",
     "event.injury", "Barbara Bush"),  # as in sentence case
    ("Oscar-winning Film Director James Cameron Was Exploring the Wreckage of Titanic on Sept. 11, 2001.",
     "event.explore", "James Cameron"),
    ("Ukrainian President Volodymyr Zelenskyy Called on His Soldiers to Lay Down Their Weapons on March 16.",
     "event.statement", "Volodymyr Zelensky"),
    ("In June 2018, the House of Representatives Passed a Bill That Would Deny All Veterans Access to Food Stamps.",
     "event.pass", "House of Representatives"),
])
def test_a_capitalised_verb_of_a_title_case_headline_dates_its_event(text, metric, subject):
    got = [(c.metric, c.subject) for c in claims_of(text)]
    assert (metric, subject) in got, got


def test_a_name_before_a_date_in_sentence_case_is_still_a_name():
    # sentence case: "Drew" is a name, never read as a verb
    got = [c.metric for c in claims_of("The show starring Drew Barrymore in 1998 was a hit.")]
    assert "event.draw" not in got, got


@pytest.mark.parametrize("text, figure, metric", [
    # the broad rules read the noun after a figure: capitals hid it in a title-case headline
    ('Says Amanda Fritz "Manages Less Than 5 Percent of City Operations."', "Less Than 5 Percent",
     "share.city_operation"),
    ("Says 315,000 Mostly Minority Texas Students Are Enrolled in Failing Schools.", "315,000",
     "people.mostly_minority_student"),
])
def test_a_noun_after_a_figure_is_read_in_a_title_case_headline(text, figure, metric):
    got = [(c.text, c.metric, c.rule) for c in claims_of(text)]
    assert [m for t, m, r in got if t == figure and not r.startswith("GEN")] == [metric], got


def test_a_ballot_measures_number_stays_a_name_in_a_title_case_headline():
    text = "Californias Prop 55 Prevents $4 Billion in New Cuts to Our Schools."
    assert not [f for f in find_figures(text) if f.text == "55"], _figs(text)
