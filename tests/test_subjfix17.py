"""Subject precision (wave 2): a common word that opens a sentence is no name,
a US state's AP abbreviation after a city is the state, "No. 1" names no one,
a rank's scope is not its subject, a leader after "Under" names a period, a
carried subject stops at another sector's measure, and the possessives and
contractions of text that lost its apostrophes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.matching import lexicon
from ledger.subjects import _bare_possessives

from ._claimkit import RULESET, claims_of, subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a US state's AP abbreviation after a city, or its postal code: the state
    ("Because of President Barack Obamas failure to push job creation, the black unemployment rate in "
     "Ferguson, Mo., is three times higher than the white unemployment rate.", "three times", "Missouri"),
    ("In 2011, NJ economy ranked 47th--at the bottom with Alabama, Mississippi Wyoming.", "47th", "New Jersey"),
    ("99% of NJ voters do NOT support hunting.", "99%", "New Jersey"),
    # a leader after "Under" leaves the place that ranks its subject
    ("Under Gov. Tom Corbett, Pennsylvania ranks 49th in job creation.", "49th", "Pennsylvania"),
    ("Under Gov. Mitt Romney, Massachusetts ranked 47th in job creation.", "47th", "Massachusetts"),
    # a leader the gazetteer reads as his country is that country
    ("Under Obama, families have lost over $4,000 a year in income.", "over $4,000", "United States"),
    # a rank's place is its subject when what is ranked is a thing of the place
    ("Drug overdoses are now the second-most common cause of death in New Hampshire.", "second-most",
     "New Hampshire"),
    ("Nevada is No. 1 in unemployment.", "No. 1", "Nevada"),
    # possessives without their apostrophe before "per", "take", "higher"
    ("Oregons per capita income is 9 percent below the national average.", "9 percent", "Oregon"),
    ("Connecticuts take on slot machines is 25 cents on the dollar.", "25 cents", "Connecticut"),
    ("Says Tennessees higher education funding model is 100 percent outcomes-based.", "100 percent",
     "Tennessee"),
    # (not before "most": the person who is the place's most absent member)
    ("Says opponent U.S. Rep. Gwen Moore is Wisconsins most absent member of Congress, missing nearly "
     "17 percent of the House votes in the second quarter of 2012.", "nearly 17 percent", "Gwen Moore"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # a common word that opens a sentence (after a "Says" too) is no name
    ("Proximity to high-voltage power lines lowers property values by as much as 30 percent.", "as much as"),
    ("Discretionary spending went up 84 percent in the last two years", "84 percent"),
    ("Says Studies show the average age of entry into prostitution is 12 to 14 years old.", "12 to 14"),
    # the "No" of "No. 1"; a rank's scope ("in America") is not whose rank it is
    ("We were the No. 1 job creator in America in February and we are now the No. 4 job creator in the "
     "last year.", "No. 1"),
    ("We were the No. 1 job creator in America in February and we are now the No. 4 job creator in the "
     "last year.", "No. 4"),
    # a leader after "Under" names the period of a government
    ("Under Scott Walker, right now, were 46th in the country in terms of new businesses started.", "46th"),
    ("Under Governor Crist, 3,000 teachers laid off.", "3,000"),
    ("Under President George W. Bush, we added $4.9 trillion to the debt.", "$4.9 trillion"),
    # contractions that lost their apostrophe
    ("Ive created over 40,000 jobs.", "over 40,000"),
    ("Ive got a 94 percent career voting record in Congress while Bill Nelson has a 92 percent voting "
     "record.", "94 percent"),
])
def test_no_wrong_subject(text, fig):
    assert subject_of(text, fig) is None


def test_opening_word_named_elsewhere_stays_a_name():
    # a word of the lists that the document writes as a name inside a sentence stays one
    text = ("She was suspended by Delta in September. "
            "Delta will cut between 6,000 and 7,000 jobs.")
    assert subject_of(text, "between 6,000") == "Delta"


def test_a_korean_surname_is_no_contraction():
    # "Ive" ("I've") is no name; "Im" is left alone: a surname ("Im, who has made more than 100 films")
    from ledger.subjects import _NOT_PROPER
    assert "Im" not in _NOT_PROPER and "Ive" in _NOT_PROPER


def test_carry_stops_at_another_sector():
    text = ("In the final quarter of 2004, businesses increased spending on capital equipment and software by "
            "18%, up from 17.5% in the third quarter. Consumer spending grew 4.2% in the final quarter, down "
            "from the third quarter's 5.1%.")
    subj = {c.text: c.subject for c in claims_of(text, published="2005-01-28")}
    assert subj["18%"] == "businesses"
    assert subj["4.2%"] is None and subj["5.1%"] is None


LEX = lexicon(RULESET)


@pytest.mark.parametrize("sent, restored", [
    ("Israels per capita income is greater", "Israel’ per capita income is greater"),
    ("Connecticuts take on slot machines", "Connecticut’ take on slot machines"),
])
def test_restored(sent, restored):
    assert _bare_possessives(sent, LEX) == restored


def test_opening_words_list_is_generated_and_holds_no_listed_name():
    words = (Path(__file__).resolve().parent.parent / "rules" / "subjects" / "opening_words.txt")
    entries = [l for l in words.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    assert entries == sorted(entries) and "proximity" in entries and "bush" not in entries
    assert not LEX.openers & {a.lower() for a in LEX.canonical}
    assert "trump" not in LEX.openers  # (a gazetteer name)
