"""prec21: precision of place subjects on counts of people.  A country or demonym that says
where people come from ("citizens of Mexican origin", "Albanian-born teenagers", "of Indian
descent") does not own the figure, while goods "of Chinese origin" are still China's; a
university, a title or a sea named "X of <place>" is not the place ("the University of
California", "the Prince of Wales", "the Gulf of Mexico"), but a government "of" a place is;
states the gazetteer lacked (Lesotho, the Maldives, Cameroon...) are read as themselves, not
as the nearest known country."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of, subject_of


def _claim(text: str, fig: str):
    for c in claims_of(text, published="2005-02-10"):
        if c.text == fig:
            return c
    return None


@pytest.mark.parametrize("text, fig", [
    ("There are 16 million citizens of Mexican origin.", "16 million"),
    ("At least a dozen Albanian-born teenagers are thought to have been identified for return.", "At least a dozen"),
    ("Some 300 Indian-origin doctors signed the letter.", "Some 300"),
    ("About 2 million people of Irish descent took part.", "About 2 million"),
])
def test_origin_names_no_owner(text, fig):
    c = _claim(text, fig)
    assert c is not None
    assert c.subject not in ("Mexico", "Albania", "India", "Ireland")


@pytest.mark.parametrize("text, fig, subj", [
    ("In the US there are 16 million citizens of Mexican origin.", "16 million", "United States"),
    ("There are 3 million people of Indian descent in Britain.", "3 million", "United Kingdom"),
    ("Police said 12 Somali-born men were arrested in Minnesota.", "12", "Minnesota"),
])
def test_origin_leaves_the_place_of_residence(text, fig, subj):
    assert _claim(text, fig).subject == subj


@pytest.mark.parametrize("text, fig, subj", [
    ("Some 2,000 Mexican workers lost their jobs.", "Some 2,000", "Mexico"),  # a demonym alone still owns
    ("Some 40 people in Mexico died.", "Some 40", "Mexico"),
])
def test_demonym_without_origin_still_owns(text, fig, subj):
    assert _claim(text, fig).subject == subj


def test_goods_of_origin_keep_their_country():
    c = _claim("The US imposed tariffs of 25% on goods of Chinese origin.", "25%")
    assert c.subject2 == "China"


@pytest.mark.parametrize("text, fig, subj", [
    # (prec19q: not "said 12 students were arrested": a figure after "said" that opens a clause of its
    # own is reported, as after "said that", and a university is a body that reports)
    ("The University of California expelled 12 students.", "12", "University of California"),
    ("However, the Prince of Wales did receive over £4m from government departments.", "over £4m",
     "Prince of Wales"),
])
def test_institution_of_a_place_is_not_the_place(text, fig, subj):
    assert _claim(text, fig).subject == subj


def test_gulf_of_a_country_is_not_the_country():
    c = _claim("Oil companies are now drilling in the Gulf of Mexico after a 1995 law.", "1995")
    assert c is None or c.subject != "Mexico"


def test_government_of_a_country_is_the_country():
    assert _claim("The Government of India said 40 people were killed.", "40").subject == "India"


@pytest.mark.parametrize("text, fig, subj", [
    ("Some 23,500 people in the Maldives are also facing poverty.", "Some 23,500", "Maldives"),
    ("Some 2,000 textile workers in Lesotho lost their jobs.", "Some 2,000", "Lesotho"),
    ("At least 30 people were killed in clashes in Haiti.", "At least 30", "Haiti"),
    ("Police said 12 people were arrested in Malawi.", "12", "Malawi"),
    ("About 200 Zambian miners went on strike.", "About 200", "Zambia"),
])
def test_added_states(text, fig, subj):
    assert _claim(text, fig).subject == subj


def test_alias_of_an_added_state():
    # (the canonical name is the one cur21_currency_countries.txt writes)
    assert _claim("Some 3,000 people died in DR Congo last month.",
                  "Some 3,000").subject == "Democratic Republic of Congo"


def test_added_state_as_host_of_refugees():
    # as for any country, the host of refugees is the second party
    assert _claim("Some 5,000 refugees are living in camps in Malawi.", "Some 5,000").subject2 == "Malawi"


@pytest.mark.parametrize("text, fig", [
    ("Veteran star Ossie Davis, a well-known civil rights activist, died in Miami at the age of 87 on "
     "4 February 2005.", "87"),
    ("The battling 35-year-old leaves Greece with a vast medal haul.", "35-year"),
    ("In July 2021, a 10-year-old in Colorado died from causes associated with the plague.", "10-year"),
    ("He lived in Norfolk, Nebraska from the age of eight until he joined the Navy.", "eight"),
    ("Screenwriter Debra Hill has died in Los Angeles aged 54.", "54"),
])
def test_one_persons_age_has_no_place(text, fig):
    c = _claim(text, fig)
    assert c is not None and c.metric == "people.age"
    assert c.subject not in ("Florida", "Miami", "Greece", "Colorado", "Nebraska", "Los Angeles")


@pytest.mark.parametrize("text, fig, subj", [
    ("Sri Lanka made condoms free for people aged 18 to 25.", "18 to 25", "Sri Lanka"),
    ("Aimed at children aged 10 to 13 in Britain, the contest is new.", "10 to 13", "United Kingdom"),
    ("Scotland will let pupils change gender aged four.", "four", "Scotland"),
    ("The age of consent in the U.S. is 16.", "16", "United States"),
    ("Medicaid covers Texans under the age of 65 who earn little.", "65", "Texas"),
    ("The scheme is open to Afghans aged 18 who worked for the army.", "18", "Afghanistan"),
])
def test_a_groups_age_keeps_its_place(text, fig, subj):
    c = _claim(text, fig)
    assert c is not None and c.subject == subj
