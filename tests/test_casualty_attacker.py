"""The dead of an attack are not the attacker's (subjects._attacker): "killed in a Russian missile
attack on Kharkiv" is casualties.killed/Ukraine, not Russia, which counts Russia's own dead."""

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
