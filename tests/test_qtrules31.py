"""(s31) Numbers that only name something: a numbered part in lower case ("on page 107"), a name's
number after "a" ("a 24 Oras report"), an additive's number ("polysorbate 80"), "Title 42"."""
import pytest

from ledger.figures import find_figures


@pytest.mark.parametrize(
    "text",
    [
        "Dhimmitude is on page 107 of the health care law.",
        "under section 230 of the act",
        "the chapter 11 bankruptcy rules",
        "the flight 370 debris",
        "Flu vaccines have formaldehyde and polysorbate 80",
        "In a 24 Oras report, parents praised a multivitamin",
        "Title 42 expulsions ended in May.",
    ],
)
def test_names_with_numbers_are_no_figures(text):
    assert find_figures(text) == (), [f.text for f in find_figures(text)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The bill runs to 2,700 pages.", 2700),
        ("Police found a 12 kg bag in Ohio.", 12),
        # a title-case line capitalises every word: the capital after "a 10" names nothing
        ("He Wins a 10 Year Contract Worth Millions With Real Madrid", 10),
        ("She read 40 pages of the report.", 40),
    ],
)
def test_counts_near_those_words_stay_figures(text, value):
    assert [f.value for f in find_figures(text)][:1] == [value]
