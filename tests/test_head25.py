"""head25: headlines written in title case are read through a sentence-case view (ledger/headcase.py)."""

from __future__ import annotations

import pytest

from ledger import headcase
from ledger.figures import find_figures
from ledger.matching import lexicon

from ._claimkit import RULESET, claims_of

LEX = lexicon(RULESET)


# --------------------------------------------------------------------------
# the gate: which lines are in title case


@pytest.mark.parametrize("line", [
    "Police Arrest 40 Protesters In Lagos",
    "Did Elon Musk Decline A 120 Million Dollar Campaign?",
    "Do Members Of Congress Receive Full-Pay Retirement Benefits After Serving Just One Term?",
    "Christian Pastor in Vermont Sentenced to One Year in Prison After Refusing to Marry Gay Couple",
    "Amazon To Cut 18,000 Jobs",
    "India Population Passes 1.4 Billion",
    "Fake: Russian Defense Ministry: Ukraine Lost 234 Planes and 137 Helicopters since War Began",
])
def test_title_case_lines_are_told(line):
    assert headcase.is_title_line(line)


@pytest.mark.parametrize("line", [
    "Ad sales boost Time Warner profit",
    "Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday.",
    "Chancellor Gordon Brown will deliver his Budget to the House of Commons on 16 March.",
    "Roxy Music on Isle of Wight bill",
    "Wood - Ireland can win Grand Slam",
    # a list of names is no headline
    "Phillips, Amankwaah, Coles, Hill, Fortune, Murray (Anyinsah 59), Doherty (Harley 45), Bell.",
    "25 Juan Ignacio Chela (Argentina)",
    "Bristol City 2-1 Milton Keynes",
    "Police",
])
def test_sentence_case_lines_and_lists_are_not(line):
    assert not headcase.is_title_line(line)


def test_only_short_lines_are_read():
    long_line = "Police Arrest 40 Protesters In Lagos " * 20
    assert headcase.title_lines(long_line) == ()
    text = "Police Arrest 40 Protesters In Lagos\nThe police said they arrested 40 people.\n"
    assert headcase.title_lines(text) == ((0, 36),)


# --------------------------------------------------------------------------
# the view


@pytest.mark.parametrize("line, view", [
    ("Police Arrest 40 Protesters In Lagos", "Police arrest 40 protesters in Lagos"),
    ("Did Bill Gates Admit To Profiting $200 Billion From Vaccines?",
     "Did Bill Gates admit to profiting $200 billion from vaccines?"),  # a given name keeps its surname
    ("Kamala Harris Falsely Claims That Private Prisons Make $3.3 Billion In Profits A Year",
     "Kamala Harris falsely claims that private prisons make $3.3 billion in profits a year"),
    ("Robinson out of Six Nations", "Robinson out of Six Nations"),  # rules/lists/head25_number_names.txt
    ("Hamilton Wins Formula One Title In Brazil", "Hamilton wins Formula One title in Brazil"),
    ("Do Members Of Congress Receive Full-Pay Retirement Benefits After Serving Just One Term?",
     "Do members of Congress receive full-pay retirement benefits after serving just one term?"),
    ("Image Claims To Show Donald Trump Waiting To Welcome U.S. Hostages After Holding 4 Campaign Rallies",
     "Image claims to show Donald Trump waiting to welcome U.S. hostages after holding 4 campaign rallies"),
    ("The TRUMP Rules: Congressional Reform Act of 2017.",
     "The TRUMP rules: Congressional Reform Act of 2017."),  # a name part keeps the words before it
    ("23,000 Maricopa County Ballots Came From Voters", "23,000 Maricopa County ballots came from voters"),
    ("Toomey Says The NRA Hasn’t ‘Given Me A Dime Since 2010’", "Toomey says the NRA hasn’t ‘Given me a dime since 2010’"),
])
def test_claims_view(line, view):
    assert headcase.claims_view(line, LEX) == view


def test_view_keeps_length_and_other_lines():
    text = "Storm Kills 12 People In Northern Philippines\nThe Storm, called Rai, killed 12 people.\n"
    view = headcase.claims_view(text, LEX)
    assert len(view) == len(text)
    assert view.split("\n")[1] == text.split("\n")[1]
    assert view.startswith("Storm kills 12 people in northern Philippines")


def test_sentence_case_text_is_returned_as_is():
    text = "Police arrested 40 protesters in Lagos.\nThe Bank of England raised its rate to 4%."
    assert headcase.claims_view(text, LEX) is text
    assert headcase.figure_view(text) is text


@pytest.mark.parametrize("word, base", [("kills", "kill"), ("carries", "carry"), ("cancelled", "cancel"),
                                        ("dumbest", "dumb"), ("serving", "serve"), ("injures", "injured")])
def test_inflections_are_known(word, base):
    assert headcase.known(word, {base})
    assert not headcase.known(word, {"other"})


# --------------------------------------------------------------------------
# figures


@pytest.mark.parametrize("line, fig", [
    ("Police Arrest 40 Protesters In Lagos", "40"),
    ("Earthquake Leaves 300 Dead In Turkey", "300"),
    ("Did Texas Execute 500 People Since 1976?", "500"),
    ("Strike Cancels 300 Flights At Heathrow", "300"),
    ("Storm Kills 12 People In Northern Philippines", "12"),
    ("Teachers Strike Over 5% Pay Offer", "Over 5%"),  # the hedge as written
])
def test_a_verb_before_a_number_is_no_label(line, fig):
    figs = find_figures(line)
    assert [f.text for f in figs] == [fig]
    assert line[figs[0].start:figs[0].end] == fig


def test_a_name_before_a_number_stays_a_label():
    assert find_figures("Does This Video Show Leopard 2 Tanks Stuck In Ukraine?") == ()
    assert [f.text for f in find_figures("Microsoft Releases Windows 10 Update To 5 Million Users")] == ["5 Million"]


def test_hedge_is_the_original_s():
    [f] = find_figures("Teachers Strike Over 5% Pay Offer")
    assert f.text == "Over 5%"
    if f.hedge:
        assert f.hedge in ("Over", "over") and "Teachers Strike Over 5% Pay Offer"[f.start:f.number_start].strip() == "Over"


# --------------------------------------------------------------------------
# claims: read on the view, worded as the original


def test_claims_keep_the_original_s_text_and_sentence():
    line = "Storm Kills 12 People In Northern Philippines"
    [c] = claims_of(line)
    assert c.text == "12" and c.sentence == line
    assert c.subject == "Philippines"


@pytest.mark.parametrize("line, fig, subject", [
    ("Unemployment Rate Falls To 3.5% In Germany", "3.5%", "Germany"),  # not "Unemployment Rate Falls"
    ("Government Cuts Spending By $4 Billion", "$4", None),  # not "Government Cuts Spending"
    ("Wildfire Destroys 1,200 Homes In California", "1,200", "California"),  # not "Homes In California"
    ("Bank Of England Raises Interest Rate To 4%", "4%", "Bank of England"),
    ("Ukraine Says Russia Fired 70 Missiles Overnight", "70", "Russia"),
])
def test_subjects_of_title_case_headlines(line, fig, subject):
    cs = [c for c in claims_of(line) if c.text.startswith(fig)]
    assert cs
    assert cs[0].subject == subject


def test_sentence_case_claims_are_unchanged_by_a_title_line_elsewhere():
    body = "The police said they arrested 40 protesters in Lagos on Monday."
    alone = [(c.text, c.metric, c.subject, c.sentence, c.start - 0) for c in claims_of(body)]
    head = "Police Arrest 40 Protesters In Lagos\n"
    with_head = [(c.text, c.metric, c.subject, c.sentence, c.start - len(head))
                 for c in claims_of(head + body) if c.start >= len(head)]
    assert with_head == alone


def test_a_number_word_after_the_keeps_its_name():
    assert headcase.claims_view("Pope Francis Told To Revise The Ten Commandments By Bishops", LEX) \
        == "Pope Francis told to revise the Ten Commandments by bishops"
    assert not [f for f in find_figures("Pope Francis Told To Revise The Ten Commandments By Bishops")
                if f.text == "Ten"]
