"""Periods the even-BBC audit of session 22 found wrong (bench/results/period_audit_s22.txt):
a sum word ("in total", "a total of", "overall") is the figure's only when it sums that
figure, and a time its clause states comes first; "between 2000 and 2003" is one span; a
year a change is measured against ("on 2003's figures") and the earlier end of a move a
change spans are not the change's time; "the three months through to September"."""

import pytest

from tests._claimkit import claims_of


def _period(text: str, figure: str, published: str = "2005-01-01"):
    got = {c.text: c for c in claims_of(text, published=published)}
    assert figure in got, sorted(got)
    c = got[figure]
    return c.period, c.period_start, c.period_end, c.cumulative


@pytest.mark.parametrize("text, figure, want", [
    # a time the clause states comes before a sum word
    ("Japan's economy grew 2.6% overall last year.", "2.6%", "2004"),
    ("UK mobile owners sent 26 billion texts in total in 2004.", "26 billion", "2004"),
    ("Some 270 hunts met legally on Saturday killing a total of 91 foxes.", "91", "2005-01-01"),
    ("Teenagers get a new mobile every 11 months and 15 million handsets are replaced in total each year.",
     "15 million", "per year"),
    # with no time of its own, a sum is still a running total
    ("Russia has launched 14,000 missiles in total.", "14,000", "to date"),
    ("Russia has launched a total of 14,000 missiles.", "14,000", "to date"),
    ("It took $42.8m at the weekend, making its overall takings more than $163m in 12 days.",
     "more than $163m", "to date"),
])
def test_a_sum_takes_the_time_its_clause_states(text, figure, want):
    assert _period(text, figure)[0] == want


@pytest.mark.parametrize("text, figure", [
    # "a total of" sums the figure right after it
    ("Five Bank of America subsidiaries have agreed to pay a total of $515m to settle an investigation.", "Five"),
    ("The names are just two of a total of 10 proposed domains.", "two"),
    # another figure between: the sum is that one's
    ("Ocean's Eleven took $38.1m on its opening weekend and $184m in total.", "$38.1m"),
    ("It took $42.8m at the weekend, making its overall takings more than $163m in 12 days.", "$42.8m"),
    # "overall" before a figure is the whole of a thing, not a time
    ("The company's overall effective tax rate rose from 2.6% to 10.4%.", "10.4%"),
    ("Overall, net profits were up 42% to 719m euros.", "42%"),
    ("Overall, net profits were up 42% to 719m euros.", "719m euros"),
    ("Overall sales across both its retail and mail order divisions were up 12.4%, Next said.", "12.4%"),
])
def test_a_sum_word_of_another_figure_or_a_thing_gives_no_period(text, figure):
    assert _period(text, figure)[0] is None


@pytest.mark.parametrize("text, figure, want", [
    ("The lawsuit alleged Wal-Mart committed thousands of gun sales violations between 2000 and 2003.",
     "thousands", ("2000/2003", "2000-01-01", "2003-12-31", False)),
    ("Milburn scored 200 league and cup goals between 1946 and 1957.", "200",
     ("1946/1957", "1946-01-01", "1957-12-31", False)),
    ("Between 1990 and 2004, 25 children have taken their own lives in prison.", "25",
     ("1990/2004", "1990-01-01", "2004-12-31", False)),
])
def test_between_two_years_is_one_span(text, figure, want):
    assert _period(text, figure) == want


def test_between_two_years_the_wrong_way_round_is_no_span():
    # no span from 2003 back to 2000: each year is read on its own, as before
    assert _period("Wal-Mart committed 500 violations between 2003 and 2000.", "500")[0] != "2003/2000"


@pytest.mark.parametrize("text, figure", [
    ("Christmas takings were down 26.5% on 2003's figures.", "26.5%"),
    ("It represents an increase of 20% on last year's figures.", "20%"),
    ("Its Global Investors wing made £347m, an 82% jump on 2003 figures.", "82%"),
])
def test_a_year_a_change_is_measured_against_is_not_its_period(text, figure):
    assert _period(text, figure)[0] is None


def test_a_change_on_a_day_keeps_its_day():
    # "on" a day is the day of the move, not a base
    assert _period("Shares in Phytopharm rose 19.84% on Monday.", "19.84%")[0] == "2004-12-27"


def test_a_move_s_change_takes_the_later_end_s_time():
    text = "Sales fell by 23% from 36,185 in 2003 to 28,041 in 2004."
    assert _period(text, "23%")[0] == "2004"
    assert _period(text, "36,185")[0] == "2003"
    assert _period(text, "28,041")[0] == "2004"


def test_a_level_from_a_month_keeps_its_month():
    # "rose to 2.5% from 2.1% in March": no move with two stated ends after the figure
    assert _period("Inflation rose to 2.5% from 2.1% in March.", "2.5%")[0] == "2004-03"


def test_the_three_months_through_to_a_month():
    text = "Over 60% of mobiles sold during the three months through to September featured cameras."
    assert _period(text, "Over 60%") == ("2004-Q3", "2004-07-01", "2004-09-30", False)
