"""Subjects (subj19): a place that only scopes a figure is not its owner.  A
place's rank given to a name set beside it is the name's ("Sumitomo, Japan's
third-largest bank": Sumitomo); a place stays when it is what is ranked."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a name apposed to "PLACE's Nth-largest NOUN": the name's rank within the place
    ("Sumitomo, Japan's third-largest bank, tabled a higher offer.", "third-largest", "Sumitomo"),
    ("Barclays, the UK's third-biggest bank, has seen profits climb.", "third-biggest", "Barclays"),
    ("MCI is the US's second-biggest long distance firm after AT&T.", "second-biggest", "MCI"),
    ("The deal went to Mitsubishi Tokyo Financial Group (MTFG), Japan's second-largest bank.", "second-largest",
     "Mitsubishi Tokyo Financial Group"),
    ("Reliance acquired a stake in IPCL - India's second-largest petrochemicals company - in 2002.",
     "second-largest", "IPCL"),
    # ... or named right after the ranked noun
    ("IBM sold its PC hardware division to China's number one computer maker Lenovo.", "number one", "Lenovo"),
    # ... or a firm the text named before, pointed at by "the company"
    ("Mengniu Dairy has recalled its milk. The company, China's third-largest milk producer, is to meet.",
     "third-largest", "Mengniu Dairy"),
    # a place that is what is ranked stays
    ("Nigeria is currently the world's fourth-largest cocoa producer.", "fourth-largest", "Nigeria"),
    ("Texas is the nation's third largest producer of wind power.", "third largest", "Texas"),
    ("Venezuela - the world's fifth largest oil exporter - sells about 60% of its output abroad.",
     "fifth largest", "Venezuela"),
])
def test_ranked_name(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # a place given only as the market of what a firm or a work sold or took: the owner
    ("The Last Samurai, starring Tom Cruise, was the biggest foreign movie hit in Japan last year, taking 13.8bn yen.",
     "13.8bn yen", "Last Samurai"),
    ("Nintendo sold 1.2 million consoles in Japan last year.", "1.2 million", "Nintendo"),
    # ... told by a pronoun or a noun: no place (the referent is not named here)
    ("The film took $20m in the US.", "$20m", None),
    ("It has sold more than 677,000 copies in the UK.", "more than 677,000", None),
    # a place with no other owner in the clause stays
    ("Car sales in China rose 12% last year.", "12%", "China"),
    ("Unemployment in France fell to 9%.", "9%", "France"),
    ("Sales in Japan rose 5%, while Sony sold 2 million consoles.", "5%", "Japan"),
])
def test_market_place(text, fig, subject):
    assert subject_of(text, fig) == subject


def test_referent_takes_no_place_from_before():
    # "The title broke the UK sales record ... it has sold": the UK is no owner of the copies sold
    text = ("The numbers were boosted by the release of the game San Andreas. The title broke the UK sales record "
            "for video games in its first weekend. Latest figures suggest it has sold more than 677,000 copies.")
    assert subject_of(text, "more than 677,000") != "United Kingdom"
    # a place the sentence before names still gives a figure no firm or work owns
    assert subject_of("Tourists flocked to Thailand. It received 10 million visitors last year.",
                      "10 million") == "Thailand"


@pytest.mark.parametrize("text, fig, subject", [
    # a body named after the figure only as the one who reports it: no subject (attribution keeps it as source)
    ("Just over 54 million people are hooked up to the net via broadband, up from 34 million a year ago, "
     "according to market analysts Nielsen/NetRatings.", "Just over 54 million", None),
    ("Plans to shed 71,000 civil service jobs will prove to be a false economy, according to a TUC report.",
     "71,000", None),
    ("This year, a predicted two billion people worldwide will own a mobile, according to a Deloitte report.",
     "two billion", None),
    ("New vehicle sales jumped 22% to 449,603 from a year earlier, the National Association of Automobile "
     "Manufacturers of South Africa (NAAMSA) said.", "22%", None),
    # ... but a firm telling its own figures stays, and so does a figure the clause points back at
    ("More than 120 games are in development for the new console, Nintendo has said.", "More than 120", "Nintendo"),
    ("Remittances now represent more than 2% of the country's GDP, according to the Bank of Mexico's figures.",
     "more than 2%", "Mexico"),
])
def test_trailing_source(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # a country's adjective describing a name through a noun: the name
    ("US behemoth General Electric has posted an 18% jump in quarterly sales.", "18%", "General Electric"),
    ("It is up against British film Vera Drake, which has 11 nominations.", "11", "Vera Drake"),
    # not a country by its own name (it acts, or it is its team), nor a verb after it, nor another clause
    ("England coach Andy Robinson said his side were denied two tries in the loss to Ireland.", "two", "England"),
    ("The US fined Microsoft $500m last year.", "$500m", "Microsoft"),
    ("Japan sold Toyota shares worth $2bn.", "$2bn", "Japan"),
    ("Shares in Ireland-based Elan lost 70% while US partner Biogen Idec shed 43%.", "43%", "Biogen Idec"),
])
def test_apposed_name(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    ("Canadian outlet Global News did not report that the vaccine recorded a 12% efficacy rate.", "12%"),
    ("This video shows his Afghan counterpart Mohammad Nabi choosing to bat in the match held on November 3.",
     "November 3"),
])
def test_apposed_name_not_a_reporter_or_person(text, fig):
    assert subject_of(text, fig) not in ("Global News", "Mohammad Nabi")


def test_carried_place_not_for_a_referent():
    # "It suffered a net loss of 58,000 customers": the firm's customers, not the place carried from before
    text = ("While it has more than 15 million customers in Japan, Vodafone has found it difficult to satisfy "
            "users. It suffered a net loss of more than 58,000 customers in January.")
    assert subject_of(text, "more than 58,000") != "Japan"
