"""Places in a ranking read as figures (unit "rank", value N) only in a rank context: after a verb of
ranking ("ranks 46th in", "ranked Florida No. 1 in"), after a verb of being with "in"/"among"/"out
of" after the rank ("is eighth in the nation"), and as an ordinal superlative ("46th-highest").
Ordinals elsewhere are no figures ("the first time", "the 112th Congress")."""
import pytest

from ledger.figures import find_figures
from ledger.units import base_unit, is_unit


def _ranks(text):
    return [(f.text, f.value) for f in find_figures(text) if f.unit == "rank"]


@pytest.mark.parametrize("text, shown, value", [
    ("Ohio ranks 46th in the country in putting dollars in the classroom.", "46th", 46),
    ("Nevada ranks 50th in the money received from the stimulus bill.", "50th", 50),
    ("We are now eighth in the nation in job creation.", "eighth", 8),
    ("Nevada has been recently ranked No. 1 in unemployment.", "No. 1", 1),
    ("A study ranked Florida No. 1 in government corruption.", "No. 1", 1),
    ("In 2009, the council ranked Ohio 11th in the nation.", "11th", 11),
    ("Georgia ranks first nationally in teacher salary.", "first", 1),
    ("Florida is second in the nation in the uninsured.", "second", 2),
    ("Ohio currently ranks 50th out of all states in income growth.", "50th", 50),
    ("Wisconsin still ranks first among the 50 states in manufacturing jobs.", "first", 1),
    ("Florida ranks 45th in the nation for tuition.", "45th", 45),
    ("Nevada is No. 1 in unemployment.", "No. 1", 1),
    ("Texas went from 27th in the country in 2002", "27th", 27),
    ("I took my state to No. 1 in job creation.", "No. 1", 1),
    ("Florida ranks \"45th out of 50 states'' for its regulatory climate.", "45th", 45),
    ("In 2011, NJ economy ranked 47th--at the bottom with Alabama.", "47th", 47),
    ("Britain has the fifth-largest economy.", "fifth-largest", 5),
    ("We have the second highest corporate tax rate.", "second highest", 2),
    ("Georgia has the 9th highest rate of adults without a diploma.", "9th highest", 9),
    ("Austin was the 24th most congested city.", "24th most", 24),
    ("Ohio has the 46th-lowest spending per pupil.", "46th-lowest", 46),
    ("It would be the eleventh-largest in the nation.", "eleventh-largest", 11),
])
def test_ranks_in_a_rank_context(text, shown, value):
    assert _ranks(text) == [(shown, value)]


@pytest.mark.parametrize("text", [
    "It was the first time unemployment rose.",
    "He took a second job at night.",
    "In preparing a rules package for the 112th Congress, the GOP had no discussions.",
    "She represents the 18th congressional district.",
    "The city was founded in the third century.",
    "the largest tax increase since the Second World War",
    "He is second in command at the department.",
    "She was first in line for the job.",
    "Ohio was first in the nation to adopt the rule.",
    "For the second quarter in a row, my campaign has raised more money.",
    "Texas came second in the vote.",
    "rose to number seven in the chart",
    "The Prime Minister lives at No. 10 Downing Street.",
    "born on the 4th of July",
    "He was 12 in 1990.",
    "It was the second in a series of attacks.",
    "He was 47th--then he withdrew.",
    "She is 2nd-in-command of the unit.",
])
def test_no_rank_outside_a_rank_context(text):
    assert _ranks(text) == []


def test_two_places_in_one_ranking_compare_as_numbers():
    a, b = (find_figures(t)[0] for t in ("Ohio ranks 46th in the country in job creation.",
                                         "Ohio ranks 49th in the country in job creation."))
    assert (a.unit, a.kind, b.unit) == ("rank", "rank", "rank")
    assert (a.low, a.high, b.value) == (46, 46, 49)
    assert is_unit(a.unit) and base_unit(a.unit) == "rank"  # a dimension of its own (rules/units.txt)
