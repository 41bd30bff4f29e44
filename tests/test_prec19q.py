"""Subjects and status, prec19q (session 19, judged on the QuanTemp dev half and even BBC files).

A source that "reports" a clause of its own is no subject ("CNN reports DemDebate had 2.3
million viewers"); a study's maker after "a survey from/by" reports; a social platform that
only carries a post is no party ("A November 2017 Facebook post includes photographs that
show the slave trade in Libya"); Washington after a place and a comma, or before "state", is
the state; a name that a country's or a place's word opens runs on through its capitalised
words ("the Canadian Broadcasting Corporation", "the New York Times", "the San Francisco
Board of Education"); "Bank of America" and a bank named before "Bank of" are firms; the
antecedent of "the N which" is the name beside the noun ("suing Parmalat, the food group
which went bust in 2003"); and a status word in a fronted clause of contrast ("while X
proposed cuts, he wasted $250,000") does not hold for the main clause."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of, subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # (1) "reports" before a clause of its own
    ("CNN reports DemDebate had 2.3 million viewers.", "2.3 million", "DemDebate"),
    ("CNN reports Fox News had 2.3 million viewers.", "2.3 million", "Fox News"),
    # (2) a social platform that carries a post
    ("A November 2017 Facebook post includes photographs that show the slave trade in Libya in 2017.",
     "2017", "Libya"),
    ("Photographs posted to Facebook show Florida residents looting electronic devices during Hurricane "
     "Dorian in summer 2019.", "2019", "Florida"),
    ("Facebook posts that list more than 30 reasons in the world economy as to why Ukraine matters contain "
     "accurate data.", "more than 30", "Ukraine"),
    # (3) Washington the state
    ("A video shows an election worker in Clark County, Washington, improperly closing a ballot drop box "
     "30 minutes early.", "30 minutes", "Washington"),
    ("A FedEx Ground driver in Washington state was fired for skipping 30 houses.", "30", "Washington"),
    # (4) a name run on from a country's word or a place
    ("The Canadian Broadcasting Corporation bought Flight into Danger for $600.", "$600",
     "Canadian Broadcasting Corporation"),
    ("The UK Independence Party took in £63,081.", "£63,081", "UK Independence Party"),
    ("Thousands of U.S. Postal Service mailboxes were removed, according to a 2016 report.", "2016",
     "U.S. Postal Service"),
    ("The China Three Gorges Project Corp could now face a fine up to 200,000 yuan.", "up to 200,000",
     "China Three Gorges Project Corp"),
    ("The Chicago Film Critics Association named it winner in five categories.", "five",
     "Chicago Film Critics Association"),
    ("A live recording performed by the New York Philharmonic won three classical prizes.", "three",
     "New York Philharmonic"),
    ("In January 2021, the San Francisco Board of Education passed a resolution.", "January 2021",
     "San Francisco Board of Education"),
    # (5) commercial banks
    ("Five Bank of America subsidiaries have agreed to pay a total of $515m.", "$515m", "Bank of America"),
    ("National Bank of Kuwait has bought a 49% stake.", "49%", "National Bank of Kuwait"),
    # (6) the name beside the relative's noun
    ("Bank of America has been banned from suing Parmalat, the food group which went bust in 2003 after "
     "an accounting scandal.", "2003", "Parmalat"),
    ("Microsoft bought Parmalat, the food group which was founded in 1961.", "1961", "Parmalat"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # unchanged: a firm's own report, a platform as a firm, Washington the US government, a list
    # of capitals, a role word in capitals after the name, a title after the name, a central bank
    ("Tesco reported profits of £2bn.", "£2bn", "Tesco"),
    ("Twitter CEO Elon Musk rehires two of his ex-employees.", "two", "Twitter"),
    ("Facebook made $40bn in 2020.", "$40bn", "Facebook"),
    ("Washington spent $30bn on aid.", "$30bn", "United States"),
    ("In Washington, 30 people died.", "30", "United States"),
    ("British Airways carried 30 million passengers.", "30 million", "British Airways"),
    ("French Green MEP Alain Lipietz warned two weeks ago that it would be an insult.", "two weeks",
     "French Green"),
    ("US District Court Judge Robert W Sweet ruled Lee should get a tenth of profits.", "a tenth",
     "US District Court"),
    ("Texas Gov. Greg Abbott signed 30 bills.", "30", "Texas"),
    ("The Bank of England has left interest rates on hold again at 4.75%.", "4.75%", "Bank of England"),
])
def test_subject_kept(text, fig, subject):
    assert subject_of(text, fig) == subject


def test_list_of_capitals_not_the_state():
    cs = [c for c in claims_of("Talks in London, Washington, and Moscow drew 30 envoys.") if c.text == "30"]
    assert all(c.subject != "Washington" for c in cs)


@pytest.mark.parametrize("text, fig, subject", [
    # a figure right after "said" that opens a clause of its own is reported, as after "that"
    ("A survey from Samaritans said one in four people had suicidal thoughts during lockdown.", "one in four",
     None),
    ("Mr Hogan said 90% of the junk mail filtered by Symantec subsidiary Brightmail was spotted using other "
     "techniques.", "90%", "Brightmail"),
    # unchanged: the saying's own figure ("said 22 times", "warned two weeks ago that")
    ("Mr Brown said 22 times that it was wrong.", "22 times", "Brown"),
])
def test_said_figure_clause(text, fig, subject):
    assert subject_of(text, fig) == subject


def test_survey_maker_reports():
    # the maker of a survey reports the figure; "that" makes the clause its own
    cs = [c for c in claims_of("A survey from Samaritans said that one in four people had suicidal thoughts "
                               "during lockdown.") if c.text == "one in four"]
    assert cs and cs[0].subject != "Samaritans"


@pytest.mark.parametrize("text, fig, status", [
    ('"And while (Ted) Strickland proposed cuts for services for children, he wasted over $250,000 '
     'remodeling his bathrooms at the governor\'s mansion."', "over $250,000", "actual"),
    ("And while Strickland proposed cuts for services for children, he wasted over $250,000 remodeling "
     "his bathrooms.", "over $250,000", "actual"),
    # the figure inside the fronted clause keeps its status; so does a main clause's own word
    ("Although Labour promised 20,000 new police officers, only 3,000 were hired.", "20,000", "pledge"),
    ("While he spoke, the firm proposed a 3% raise.", "3%", "proposal"),
    ("The firm proposed a 3% raise.", "3%", "proposal"),
])
def test_status(text, fig, status):
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs and cs[0].status == status, [(c.text, c.status) for c in claims_of(text)]


@pytest.mark.parametrize("text, fig, subject", [
    # a disease in a clause of purpose after the figure, or named after a date in what a later verb
    # tells, is no last guess
    # tells, is no last guess (s27: the federal government in a title-case headline is the United States's)
    ("Text Message Falsely Claims The Federal Government Plans To Institute 30 Days Of Martial Law To Curb "
     "The Spread Of Coronavirus", "30 Days", "United States"),
    ("A viral photograph posted in December 2020 showed dozens of iPads required for virtual visits with "
     "COVID-19 patients.", "December 2020", None),
    # unchanged: a topic before the date, or in the figure's own clause
    ("The number of COVID-19 deaths recorded so far in 2021 has surpassed the total for 2020.", "2021",
     "COVID-19"),
    ("Says COVID-19 remains in the air for eight hours.", "eight hours", "COVID-19"),
    ("Have COVID-19 Vaccines Caused Over 2,500 Miscarriages?", "Over 2,500", "COVID-19 vaccines"),
])
def test_topic_guess(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # what a fact-check says a picture is unrelated to, and whence a thing was moved, are no party
    ("Video is unrelated to Turkey earthquake, shows cat being rescued in Russia in 2018", "2018", "Russia"),
    ("The photo is not related to the Ukraine war; it shows a fire in Syria in 2016.", "2016", "Syria"),
    ("Cheetahs brought from Namibia have hunted down about 200 deers at Kuno National Park in Madhya Pradesh.",
     "about 200", "Cheetahs"),
    # unchanged: a trade's partner after "imported from"
    ("Oil imported from Russia was worth $5bn.", "$5bn", "Russia"),
])
def test_not_a_party(text, fig, subject):
    assert subject_of(text, fig) == subject
