"""subj24: named claims with no subject.

* ledger/federal_owner.py: a figure of "the federal" government, budget or workforce that no
  other strategy owns is the United States', unless its story is about another country, its
  sentence names someone else or one person, or it is a sum in another currency;
* what stays without a subject: a PolitiFact "Says his state ..." (the speaker is not in the
  text), a lone person of no name;
* what the strategies already read (checked, left alone): organisations the gazetteer does not
  know, by their shape, and an owner in a phrase after the figure's noun.
"""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of, subject_of


# --------------------------------------------------------------------------
# federal_owner


@pytest.mark.parametrize("text, fig", [
    ('The federal government "has $3 trillion in cash flow, so we can pay our bills" and won\'t default.',
     "$3 trillion"),
    ('"Since sequester began federal employment has been subtracting 6,000-7,000 jobs per month"', "6,000"),
    ("Federal spending rose 8 percent last year.", "8 percent"),
    ("The federal budget deficit hit a record $412bn in the 12 months to 30 September.", "$412bn"),
    ('Says the federal government hosted a conference and "ordered 250 muffins at 16 bucks a piece."', "250"),
    # a dollar sum with its conversion into the reader's currency: both the US's
    ("The federal budget deficit hit a record $412bn (£211.6bn) last year.", "£211.6bn"),
])
def test_federal_figure_is_the_us(text, fig):
    assert subject_of(text, fig) == "United States"


def test_federal_in_a_us_story_that_names_other_countries_less():
    text = ("The US budget deficit is deep in the red. European and Asian exporters have suffered "
            "from the dollar's fall, the US says. The federal budget deficit hit a record $412bn last year.")
    assert subject_of(text, "$412bn") == "United States"


@pytest.mark.parametrize("text, fig", [
    # another country's federal state: the story names it
    ("Germany's economy is slowing. The federal government spends 40 percent of its budget on pensions.",
     "40 percent"),
    ("Nigeria is short of teachers, officials say. The federal government will hire 500,000 teachers.",
     "500,000"),
    # capitalised mid-sentence: Nigerian and Australian copy's style, or a name
    ("Officials said the Federal Government will recruit 500,000 teachers next year.", "500,000"),
    # a sum in another currency
    ("The federal government approved N5 billion for the scheme.", "N5 billion"),
    # one person's figure
    ("Says he vetoed $250,000 in federal funds for a program to catch rainwater.", "$250,000"),
    ("I paid $3,742 in federal income taxes last year.", "$3,742"),
    # an age is a person's
    ("A 33-year-old was banned after a federal inquiry into doping.", "33"),
])
def test_federal_figure_left_alone(text, fig):
    assert subject_of(text, fig) != "United States"


def test_federal_named_owner_kept():
    # the clause's own subject wins: the step reads only claims still without one
    assert subject_of("Texas lost $25 million in federal funding last year.", "$25 million") == "Texas"


def test_federal_outside_the_figures_clause():
    # "federal" in another clause (a dash aside) says nothing of the figure's owner
    text = "About 300 people marched - federal agents watched - in the rain."
    assert all(c.subject != "United States" for c in claims_of(text))


# --------------------------------------------------------------------------
# left without a subject: no owner in the text


@pytest.mark.parametrize("text, fig", [
    ("Says his state has lost 40,000 manufacturing jobs.", "40,000"),
    ("Says her congressional district has 10,000 medical-device industry jobs.", "10,000"),
    ('"I stopped requesting earmarks in 2008."', "2008"),
    ("Says he was accused of raping a 13-year-old in a village.", "13"),
])
def test_no_owner_stays_empty(text, fig):
    assert subject_of(text, fig) is None


# --------------------------------------------------------------------------
# already read by the strategies (checked for this task; no new step)


@pytest.mark.parametrize("text, fig, subject", [
    ("Acme Holdings Inc reported revenue of $5 billion last year.", "$5 billion", "Acme Holdings Inc"),
    ("Northfield University spent $3 million on new labs.", "$3 million", "Northfield University"),
    ("Mercy Hospital treated 300 patients in one week.", "300", "Mercy Hospital"),
    ("The unemployment rate in Ohio is 4.2 percent.", "4.2 percent", "Ohio"),
    ("There are 12,000 jobs at Boeing in the region.", "12,000", "Boeing"),
])
def test_organisation_shapes_and_trailing_owners_already_read(text, fig, subject):
    assert subject_of(text, fig) == subject


# --------------------------------------------------------------------------
# title_firm


def test_headline_firm_owns_its_results():
    text = ("Deutsche Telekom sees mobile gain\n\n"
            "German telecoms firm Deutsche Telekom saw strong fourth quarter profits.\n\n"
            "Net profit came in at 1.4bn euros, a dramatic change from a loss in 2003. "
            "Sales rose 2.8% to 14.96bn euros.")
    assert subject_of(text, "1.4bn euros") == "Deutsche Telekom"
    assert subject_of(text, "14.96bn euros") == "Deutsche Telekom"
    assert subject_of(text, "2.8%") == "Deutsche Telekom"


def test_headline_firm_the_firm():
    text = ("Bargain calls widen Softbank loss\n\n"
            "Japanese telecoms and internet group Softbank has reported a wider loss.\n\n"
            "The firm, a market leader in high-speed internet, had an operating loss for the three months "
            "to December of 7.5bn yen.")
    assert subject_of(text, "7.5bn yen") == "Softbank"


@pytest.mark.parametrize("text, fig", [
    # the headline names two firms: whose?
    ("Peugeot deal boosts Mitsubishi\n\nPeugeot and Mitsubishi agreed a deal.\n\nNet profit rose to $2bn.", "$2bn"),
    # the story never names the headline's firm again
    ("Acme sees gain\n\nThe market rose on Monday.\n\nNet profit rose to $2bn.", "$2bn"),
    # the sentence names another party the headline capitalises (a word the lexicon reads as a word)
    ("France Telecom gets Orange boost\n\nFrance Telecom has posted a rise in profits, boosted by its mobile arm.\n\n"
     "Chief executive Thierry Breton said the results were strong. Orange added more than five million new "
     "customers in 2004.", "more than five million"),
    # one person's figure
    ("Acme sees gain\n\nAcme had a good year.\n\nHe said net profit rose to $2bn.", "$2bn"),
    # no headline: a single paragraph
    ("Acme had a good year. Net profit rose to $2bn.", "$2bn"),
])
def test_headline_firm_left_alone(text, fig):
    assert subject_of(text, fig) in (None, "Mitsubishi", "Peugeot", "Orange") and subject_of(text, fig) != "Acme" \
        and subject_of(text, fig) != "France Telecom"


def test_headline_firm_not_for_other_metrics():
    # a sum raised, a price, a fine: not the firm's result, even in its story
    text = ("Acme sees gain\n\nAcme had a good year.\n\nThe auction made a total of $1.1m.")
    assert all(c.subject != "Acme" for c in claims_of(text))


def test_headline_firm_in_a_split_story():
    # through the pipeline's story split (the story's title), the title line itself is not the
    # "named again" the step asks for
    from ledger.documents import load_text
    from ledger.stories import split_stories
    from tests._claimkit import RULESET, figures_of
    from ledger.claims import type_figures
    text = ("Acme sees strong gain in profits\n\nThe market rose on Monday after a week of losses.\n\n"
            "Net profit rose to $2bn.")
    doc = split_stories(load_text(text, path="t.txt"))
    assert doc.stories and doc.stories[0].title
    assert all(c.subject != "Acme" for c in type_figures(doc, *figures_of(text), RULESET))
    text = ("Acme sees strong gain in profits\n\nUS toolmaker Acme has posted a rise in profits for the year.\n\n"
            "Net profit rose to $2bn.")
    doc = split_stories(load_text(text, path="t.txt"))
    assert [c.subject for c in type_figures(doc, *figures_of(text), RULESET) if c.text == "$2bn"] == ["Acme"]
