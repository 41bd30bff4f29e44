"""src18: the source of a report is not the subject of the figure it reports.

A body whose trade is reporting figures (an agency, an office, a university, a
survey, a paper; an acronym in lists/src18_reporters.txt), a study named after
its maker, or a person is not the key even when the reported clause names no
one; a statistics office's figure is its country's.  A firm reporting its own
results, a place, the date of a saying and the verb's own object stay."""

from __future__ import annotations

from ._claimkit import claims_of


def _subject(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text == fig]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0].subject


def test_agency_reporting_an_unowned_figure_is_not_the_key():
    assert _subject("The Agriculture Department estimates that roughly 42 percent of the corn crop "
                    "will be used to make ethanol.", "roughly 42 percent") != "Agriculture Department"


def test_study_named_after_its_maker_is_a_source():
    assert _subject("A Cornell University research study concludes that ethanol generates a 29 percent "
                    "energy loss.", "29 percent") is None


def test_statistics_office_figure_is_its_countrys():
    assert _subject("The ONS said manufacturing output dropped 0.1% in November.", "0.1%") == "United Kingdom"
    assert _subject("The Office for National Statistics (ONS) said retail sales rose 0.6% on the month.",
                    "0.6%") == "United Kingdom"
    assert _subject("According to the CBO, the deficit will be $1 trillion.", "$1 trillion") == "United States"


def test_acronym_in_parentheses_is_cut_with_its_name():
    assert _subject("Incomes Data Services (IDS) said employer contributions had increased from £5.5bn "
                    "to £8.2bn.", "£8.2bn") not in ("IDS", "Incomes Data Services")


def test_person_reporting_an_unowned_figure_is_not_the_key():
    assert _subject("Mr Cartagena said the industry expects to see investment worth $10bn over the next "
                    "three years.", "$10bn") is None


def test_owner_named_in_the_clause_wins():
    assert _subject("The CBO said Texas would lose 20,000 jobs.", "20,000") == "Texas"


def test_firm_reporting_its_own_results_stays():
    assert _subject("Nordstrom said same store sales were 9.3% higher than during the same period last "
                    "year.", "9.3%") == "Nordstrom"


def test_place_as_source_stays():
    assert _subject("According to the state of Florida, you are almost twice as likely to be attacked by "
                    "an alligator.", "almost twice") == "Florida"


def test_saying_own_figures_stay():
    assert _subject("Bill Lynch told three lies in ten seconds", "three") == "Bill Lynch"
    assert _subject("President Obama said 22 times he could not authorize immigration reform by executive "
                    "order.", "22") == "Barack Obama"
    assert _subject("Mr Sayeed said only a fifth of association members had voted against him.",
                    "a fifth") == "Sayeed"


def test_study_in_an_aside_is_no_source():
    assert _subject("In Rochdale, the Liberal Democrats - the mainstream party a 2004 ICM survey showed was "
                    "benefiting most from disaffection with Labour - secured just under 6,000 votes fewer "
                    "than Labour.", "just under 6,000") == "Liberal Democrats"


def test_germ_binomial_is_no_name():
    assert _subject("A 2009 USDA study found that 87 percent of chicken carcasses tested positive for "
                    "generic E. coli.", "87 percent") != "E."
