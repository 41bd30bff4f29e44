"""The dead of an attack are not the attacker's (subjects._attacker), nor is a weapon's target its owner
(subjects._target): "killed in a Russian missile attack on Kharkiv" is casualties.killed/Ukraine, not Russia,
which counts Russia's own dead; "a range of 2,500 km, enough to reach Moscow" is not Russia's missile."""

import pytest

from tests._claimkit import claims_of


@pytest.mark.parametrize("text, subject", [
    ("Five civilians were killed in a Russian missile attack on Kharkiv.", "Ukraine"),
    ("Twelve soldiers died in a Ukrainian drone attack on Belgorod.", "Russia"),
    ("Eight people were killed by Russian shelling in Kherson.", "Ukraine"),
    ("Two Palestinians were killed by Israeli troops in the West Bank.", "Palestine"),
    ("A Russian strike killed 14 people in Odesa.", "Ukraine"),
    # a group's attack, not only a people's
    ("Two soldiers were killed in a Hezbollah rocket attack on northern Israel.", "Israel"),
])
def test_attacker_is_not_the_owner_of_the_dead(text, subject):
    assert [(c.metric, c.subject) for c in claims_of(text) if c.metric.startswith("casualties.")] \
        == [("casualties.killed", subject)]


@pytest.mark.parametrize("text, subject", [
    ("Three Israeli soldiers were killed in southern Gaza.", "Israel"),
    ("Russian forces have lost 300,000 soldiers killed or wounded, according to Ukraine.", "Russia"),
    ("Russia has lost 120,000 troops in Ukraine.", "Russia"),
    # a place's fire is a blaze, not an attack: the place stays
    ("Three people died in a London fire on Sunday.", "United Kingdom"),
])
def test_a_side_s_own_dead_stay_its_own(text, subject):
    assert [c.subject for c in claims_of(text) if c.metric.startswith("casualties.")] == [subject]


@pytest.mark.parametrize("text", [
    # a group's attack with no place after it: no owner is better than the attacker
    "More than 1,200 people were killed in the Hamas attack.",
    "Twelve people were killed in a Hezbollah rocket attack on the town.",
])
def test_no_owner_rather_than_the_attacker(text):
    assert [(c.metric, c.subject) for c in claims_of(text) if c.metric.startswith("casualties.")] \
        == [("casualties.killed", None)]


@pytest.mark.parametrize("text, subject", [
    # what a weapon can reach is its target, not its owner
    ("The missile has a range of 2,500 km, enough to reach Moscow.", None),
    ("Iran's missiles have a range of 2,000km, enough to strike Israel.", "Iran"),
    ("North Korea's Hwasong-15 has a range of 13,000 km, capable of hitting targets in the United States.",
     "North Korea"),
    ("Moscow clarified it as an intermediate-range missile with an 800-kilometer reach.", "Russia"),
])
def test_a_weapon_s_target_is_not_its_owner(text, subject):
    assert [(c.metric, c.subject) for c in claims_of(text) if c.metric.startswith("weapons.")] \
        == [("weapons.range", subject)]
