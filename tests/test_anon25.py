"""One unnamed person's age takes the person the text describes as its subject
(ledger/described_person.py): "a 13-year-old girl" is the girl's, and two documents' girls
are never one fact (people.* is a weak metric: compared only within one story, as warnings)."""

from __future__ import annotations

import dataclasses

import pytest

from tests._claimkit import RULESET, claims_of, subject_of
from ledger import compare
from ledger.check import CheckSettings, check_claims
from ledger.documents import load_text
from ledger.figures import find_dates, find_figures
from ledger.claims import type_figures
from ledger.store import Ledger


def ages(text: str) -> list:
    return [(c.text, c.subject) for c in claims_of(text) if c.metric == "people.age"]


def age_subject(text: str):
    [(_, subject)] = ages(text)
    return subject


@pytest.mark.parametrize("text, subject", [
    ("13-year-old girl raped and burnt alive in Rajasthan", "girl"),
    ("79-year-old man arrested for making wigs out of dozens of neighborhood dogs", "man"),
    ("A slain Chicago police officer left behind a two-month-old baby.", "baby"),
    ("55-year-old teacher bullied and abused while taking an online class", "teacher"),
    ("The 79-year-old man was arrested for making wigs.", "man"),
    ("A 20-year-old Hindu girl in the town has become the latest victim.", "girl"),
    ("Police arrested a 57-year-old Chinese immigrant for selling dog meat.", "immigrant"),
    ("A 25-year-old police officer was shot dead on Friday.", "police officer"),
    ("A 35-Year-Old Man With Stinky Feet Goes To A Fish Spa", "man"),
    ("He was jailed for shooting dead a 16-year-old burglar as he ran away.", "burglar"),
    ("Mr Blunkett wants access to Mrs Quinn's two-year-old son.", "son"),
    ("Mr Blunkett is taking legal action to gain access to Mrs Quinn's two-year-old son.", "son"),
    ("A 19-year-old man from Camberley was arrested but has been bailed.", "man"),
    ("He met a young woman aged 19 at the bar.", "woman"),
    ("The girl, 13, was found in a field.", "girl"),
    ("The judge refused to jail a 15 year-old girl that stabbed a man.", "girl"),
])
def test_the_described_person_owns_the_age(text, subject):
    assert age_subject(text) == subject


@pytest.mark.parametrize("text", [
    "Donald Trump is facing a court case for allegedly raping a 13-year-old",  # no noun
    "In July 2021, a 10-year-old in Colorado died from the plague.",  # no noun
    "A 35-year-old man, John Smith, was charged with murder.",  # named after the noun
    "Two men aged 25 and 30 were held.",  # a group, two ages
    "About 60% of unemployed youth aged below 35 years have never worked.",  # a bound, a group
    "A man aged over 65 is at risk.",  # a bound
    "Every 16-year-old girl can now apply.",  # a quantifier: anyone of that age
    "A 30-year-old television clip shows a young man dancing.",  # a thing
])
def test_no_described_person_no_subject(text):
    assert all(s is None for _, s in ages(text)), ages(text)


def test_a_group_keeps_its_own_subject():
    assert age_subject("Girls aged 13 to 15 were given the vaccine.") == "girls"


def test_a_named_person_keeps_the_name():
    assert age_subject("John Smith, a 35-year-old teacher, was charged.") == "John Smith"


def test_a_definite_noun_later_in_a_story_points_back_to_a_name():
    text = ("Wayne Rooney scored twice on Saturday.\n\n"
            "The 19-year-old striker nodded home the equaliser with five minutes left.")
    assert [s for _, s in ages(text)] != ["striker"]


def test_a_definite_noun_after_an_unnamed_introduction_is_that_person():
    text = ("A 13-year-old girl was found safe in Leeds on Monday.\n\n"
            "Police said the 14-year-old girl had run away from home.")
    assert [s for _, s in ages(text)] == ["girl", "girl"]


def test_only_claims_still_without_a_subject():
    # a place the figure's other steps gave stays (the step reads only claims with no subject)
    assert age_subject("Police found a girl aged 13 in the house.") == "police"


def test_rule_list_is_lowercase_singular():
    wl = RULESET.lists["anon25_person_nouns"]
    assert "girl" in wl.entries and "police officer" in wl.entries
    assert all(e == e.lower() for e in wl.entries)
    assert not {"girls", "men", "women", "children"} & set(wl.entries)


# ---------------------------------------------------------------------------
# comparison: two unnamed girls are not one fact across documents


def test_two_documents_unnamed_girls_give_no_finding():
    a = claims_of("A 13-year-old girl was found safe in Leeds on Monday.", published="2025-01-20")
    b = claims_of("A 14-year-old girl was found safe in Leeds on Monday.", published="2025-01-20")
    assert [c.subject for c in a + b] == ["girl", "girl"]
    assert compare.find_conflicts(list(a) + list(b)) == ()
    assert compare.story_bound(a[0])


def test_one_story_13_then_14_is_a_warning():
    cs = claims_of("A 13-year-old girl was found safe in Leeds on Monday.\n\n"
                   "Police said the 14-year-old girl had run away from home.", published="2025-01-20")
    [f] = compare.find_conflicts(list(cs))
    assert (f.kind, f.severity) == ("contradiction", "warning")


def _doc_claims(text, path, published="2025-01-20"):
    doc = load_text(text, path, outlet="Test", published=published)
    return doc, list(type_figures(doc, find_figures(doc.text), find_dates(doc.text), RULESET))


def test_the_gate_does_not_tie_a_drafts_girl_to_another_documents(db_path):
    settings = compare.load_settings()
    with Ledger(db_path) as led:
        doc, cs = _doc_claims("A 13-year-old girl was found safe in Leeds on Monday.\n", "a.txt")
        assert [c.subject for c in cs] == ["girl"]
        led.add_document(doc, cs)
        draft, dcs = _doc_claims("A 14-year-old girl was found safe in Leeds on Monday.\n", "draft.md")
        findings, counts = check_claims(draft, dcs, led, CheckSettings(compare=settings))
        assert findings == [] and counts["checked"] == 1 and counts["matched"] == 0
        # (the control: a name and a metric that is not weak are tied across documents; a
        # described person is not, whatever the metric: tests/test_desc26.py)
        strong = [dataclasses.replace(c, metric="casualties.killed", subject="Jane Doe") for c in dcs]
        led2_doc, led2 = _doc_claims("A 13-year-old girl was found safe in Leeds on Monday, police said.\n",
                                     "b.txt")
        led.add_document(led2_doc, [dataclasses.replace(c, metric="casualties.killed", subject="Jane Doe")
                                    for c in led2])
        findings, _ = check_claims(draft, strong, led, CheckSettings(compare=settings))
        assert findings


# ---------------------------------------------------------------------------
# what a described person did, got or paid: the clause the person opens


@pytest.mark.parametrize("text, fig, subject", [
    ("Couple stuck together for 16 hours after mistaking super glue for lubricant", "16 hours", "couple"),
    ("An elderly woman trained her 65 cats to steal items from her neighbors.", "65", "woman"),
    ("Little girl needs a kidney, gets $1 for every share", "$1", "girl"),
    ("A man was jailed for 10 years on Friday.", "10 years", "man"),
    # (a person's money, no currency's country: tests/test_cur21.py)
    ("Woman spends $150,000 on plastic surgery to look like a doll.", "$150,000", "woman"),
])
def test_the_described_person_who_opens_the_clause_owns_its_figure(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # a generic person, no one
    ("Says the average government worker won't be impacted in the first two years under the reform.",
     "two years"),
    # a noun that modifies another: no person
    ("A baby giraffe was stuck in the mud for 16 hours.", "16 hours"),
    # another actor in between
    ("A man said he had waited for 16 hours at the airport.", "16 hours"),
])
def test_no_described_actor(text, fig):
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs
    assert all(c.subject is None or c.subject.lower() not in ("worker", "baby", "man") for c in cs), \
        [(c.text, c.metric, c.subject) for c in cs]


def test_a_later_definite_noun_opens_no_clause_of_its_own():
    text = "Kylie Minogue has cancelled her tour.\n\nThe singer was jailed for 10 years, a court heard."
    assert all(c.subject != "singer" for c in claims_of(text))


def test_every_described_subject_is_story_bound():
    """Whatever the metric, a claim whose subject is a noun of the person list is compared
    only within its story (rules/tolerances.yaml described_lists; tests/test_desc26.py)."""
    from ledger.described_person import NOUNS_LIST
    s = compare.load_settings()
    assert NOUNS_LIST in s.described_lists
    [c] = [c for c in claims_of("Man undergoes $200,000 of plastic surgery to look like a film star.")
           if c.text == "$200,000"]
    assert c.subject == "man" and not any(compare.metric_glob(c.metric, p) for p in s.weak_metrics)
    assert compare.story_bound(c)
