"""A role word that opens a sentence in capitals is not part of the person's name
(subjects._proper_nouns_in): "Sprinter Michelle Collins has lodged an appeal" names Michelle
Collins, and "The 33-year-old" after it is hers."""

import pytest

from tests._claimkit import claims_of


@pytest.mark.parametrize("text, metric, subject", [
    ("Sprinter Michelle Collins has lodged an appeal against her eight-year doping ban.",
     "duration.sentence", "Michelle Collins"),
    ("Sprinter Michelle Collins has lodged an appeal against her ban. The 33-year-old received the ban last month.",
     "people.age", "Michelle Collins"),
    ("Referee Jonathan Kaplan said he had made two wrong decisions.", None, "Jonathan Kaplan"),
])
def test_a_role_word_is_not_the_name(text, metric, subject):
    cs = [c for c in claims_of(text) if metric is None or c.metric == metric]
    assert cs and all(c.subject == subject for c in cs)


@pytest.mark.parametrize("text, subject", [
    # a given name opens the name: it stays whole
    ("Bill Gates gave $5m to the fund.", "Bill Gates"),
    # a firm's name of common words is no role word and a person
    ("Foot Locker Inc sold 3 million pairs in 2004.", "Foot Locker Inc"),
])
def test_a_name_without_a_role_word_stays_whole(text, subject):
    assert [c.subject for c in claims_of(text) if c.unit not in ("date",)][:1] == [subject]
