"""prec22: the subject of a dated act whose verb's subject is "he" or "she".

When the dated verb's subject phrase holds no name, _subject_pair falls back
to the rule's subject strategies.  A personal pronoun as that subject names a
person: a country, a place, a body of the gazetteer or a name written after
"the" that the strategies read elsewhere in the sentence is not the actor.
A leader the gazetteer reads as his country, and a person's name, stand."""

import pytest

from tests._claimkit import claims_of


def _subject(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text.startswith(fig) and c.metric.startswith("event.")]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0].subject


@pytest.mark.parametrize("text, fig", [
    # a body named after "the", object of another verb
    ("Ms Carter told the BBC News website she had received no warning when she was suspended on 25 September.",
     "25 September"),
    ("Many bands have recorded at the Hit Factory, as well as a rapper who was shot as he left the premises in 2000.",
     "2000"),
    ("Mr Jones made a promise to the Cabinet when he was elected in 1997.", "1997"),
    # a source that reports it
    ("The Financial Times said she was suspended on 3 March.", "3 March"),
    # a country
    ("The board confirmed that he could only play for England as he had travelled on tour with them in 1998.",
     "1998"),
])
def test_he_she_not_a_body_or_place(text, fig):
    assert _subject(text, fig) is None


@pytest.mark.parametrize("text, fig, subject", [
    # a person's name stands
    ("Malcolm Glazer was little-known in Britain until he started to build up his stake in Manchester United "
     "in late 2003.", "2003", "Malcolm Glazer"),
    ("Gordon Brown said he was first elected in 1983.", "1983", "Gordon Brown"),
    # "it" is no person: a body stands
    ("The Hansard Society said it was founded in 1944.", "1944", "Hansard Society"),
])
def test_he_she_person_stands(text, fig, subject):
    assert _subject(text, fig) == subject


def test_leader_read_as_country_stands():
    # the gazetteer reads Barack Obama as the United States: he is that name
    assert _subject("Barack Obama was little-known until he started to build up his campaign in 2007.",
                    "2007") == "United States"
