"""A described person owns the dated acts and the money of the clause they open or the relative
clause that follows them ("a man who died in Pompeii in 79 A.D.", "child who died of an elephant
attack in August 2020"), and any claim whose subject is such a noun is compared only within its
own story (rules/tolerances.yaml ``described_lists``): two stories' unnamed men are two men."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of, subject_of
from ledger import compare


@pytest.mark.parametrize("text, fig, subject", [
    ("A photograph shows the remains of a man who died while masturbating in Pompeii in 79 A.D.", "79 A.D.",
     "man"),
    ("Images show child who died of an elephant attack in August 2020", "August 2020", "child"),
    ("A woman who entered an Uber in Tampa, Florida, on 18 February 2019 was the victim of a kidnapping.",
     "18 February 2019", "woman"),
    ("Does This Image Show A Parent Who Had Been Deported Reuniting With His Son In 2021?", "2021", "parent"),
    ("A woman who was born in 1950 has never voted.", "1950", "woman"),
    # the clause the person opens: money, a dated act
    ("Man undergoes $200,000 of plastic surgery to look like Jesus Christ", "$200,000", "man"),
])
def test_the_described_doer_owns_the_figure(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # a definite noun points back to someone the story named
    ("Police said the man who died in 2019 was a local builder.", "2019"),
    # a group
    ("Two men who were arrested in 2019 were released.", "2019"),
    # another speaker or clause between "who" and the figure
    ("A woman who said the 2019 election was stolen was arrested.", "2019"),
    ("A woman who met the minister, whose party won the election in 2019, was arrested.", "2019"),
    # no person noun before "who"
    ("Images show those who died in August 2020.", "August 2020"),
])
def test_no_described_doer(text, fig):
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs
    assert all(c.subject is None or c.subject.lower() not in ("man", "men", "woman", "son") for c in cs), \
        [(c.text, c.metric, c.subject) for c in cs]


def test_two_stories_unnamed_men_are_not_one_man():
    a = claims_of("A photograph shows the remains of a man who died in Pompeii in 79 A.D.", published="2025-01-20")
    b = claims_of("A photograph shows the remains of a man who died in Herculaneum in 62 A.D.",
                  published="2025-01-20")
    da = [c for c in a if c.metric == "event.death"]
    db = [c for c in b if c.metric == "event.death"]
    assert [c.subject for c in da + db] == ["man", "man"]
    assert compare.find_conflicts(da + db) == ()
    assert compare.story_bound(da[0])


def test_one_story_two_death_dates_of_one_man_is_a_warning():
    cs = claims_of("A photograph shows the remains of a man who died in 79 A.D.\n\n"
                   "Scholars say a man who died in 62 A.D. was found in the same house.", published="2025-01-20")
    deaths = [c for c in cs if c.metric == "event.death"]
    assert [c.subject for c in deaths] == ["man", "man"]
    found = compare.find_conflicts(deaths)
    assert found and all(f.severity == "warning" for f in found)


def test_a_name_is_not_a_described_subject():
    s = compare.load_settings()
    [c] = [c for c in claims_of("Barack Obama won $1.4 million in 2009.") if c.text == "$1.4 million"]
    assert c.subject and c.subject.casefold() not in s.described_subjects


def test_bad_described_lists_names_the_file_and_line(tmp_path):
    (tmp_path / "tolerances.yaml").write_text("default: {relative: 0.02}\ndescribed_lists: girl\n", encoding="utf-8")
    with pytest.raises(compare.SettingsError) as e:
        compare.load_settings(tmp_path)
    assert "tolerances.yaml" in str(e.value) and "described_lists" in str(e.value)


# ---------------------------------------------------------------------------
# a photo or video's figure is who it shows: a described person when none is named


@pytest.mark.parametrize("text, fig, subject", [
    ("A video shared in June 2023, authentically showed a father running away from his family during an avalanche.",
     "June 2023", "father"),
    ("A picture of a baby feeding from goat udders shows rural homestead life in 1927.", "1927", "baby"),
    ("Photo shows an elderly woman feeding pigeons in 2020.", "2020", "woman"),
    # a name wins
    ("A photo from 2019 shows a man, John Smith, waving at the crowd.", "2019", "John Smith"),
])
def test_a_media_items_date_is_the_described_person_it_shows(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # a group, not one person
    ("No, 2014 video does not show children who were forced to work.", "2014"),
    # a generic person
    ("A 2019 video shows the average voter waiting for hours.", "2019"),
])
def test_no_described_person_in_the_picture(text, fig):
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs
    assert all(c.subject is None for c in cs), [(c.text, c.metric, c.subject) for c in cs]


def test_described_lists_follow_their_files(tmp_path, monkeypatch):
    """The described nouns are read from the lists the settings name (in either YAML style),
    and an edit of such a list is seen by the next run, whose settings come from the cache."""
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "my_people.txt").write_text("girl\n", encoding="utf-8")
    (tmp_path / "tolerances.yaml").write_text("default: {relative: 0.02}\ndescribed_lists:\n  - my_people\n",
                                              encoding="utf-8")
    monkeypatch.setattr(compare, "_SETTINGS_CACHE", {})
    monkeypatch.setattr(compare, "_RECENT", {})
    s = compare.load_settings(tmp_path)
    assert s.described_lists == ("my_people",) and s.described_subjects == frozenset({"girl"})
    (tmp_path / "lists" / "my_people.txt").write_text("girl\nboy\n", encoding="utf-8")
    # a new run: the settings come from the disk cache
    monkeypatch.setattr(compare, "_SETTINGS_CACHE", {})
    monkeypatch.setattr(compare, "_RECENT", {})
    assert compare.load_settings(tmp_path).described_subjects == frozenset({"girl", "boy"})
