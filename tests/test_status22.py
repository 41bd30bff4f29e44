"""status22: status words near a figure that are not its own (ledger/claims.py _cue_off).

"demand" is also the economy's demand for goods, "due to" also "because of", an "if" may set
no condition, "suggested" may tell what data show, an estimate's hedge is the figure's it
stands before, the first value of a change "from ... to ..." is the one in force, and a date
told right by the act of promising or predicting is when that act was done."""

import pytest

from tests._claimkit import claims_of


def _status_of(text: str, figure: str, published: str | None = "2005-01-01") -> str:
    got = [c for c in claims_of(text, published=published) if c.text == figure]
    assert got, [(c.text, c.status) for c in claims_of(text, published=published)]
    return got[0].status


@pytest.mark.parametrize("text, figure, status", [
    # demand of goods, and a demanding job, are no one's demand
    ("Figures showed imports grew 1.3% to $155.8bn on rising consumer demand.", "$155.8bn", "actual"),
    ("Weaker exports, in the face of weak domestic demand, had helped trigger a 0.1% contraction.", "0.1%", "actual"),
    ("As well as strong domestic demand, exports climbed by 1.3% in the fourth quarter.", "1.3%", "actual"),
    ("They said they have met many of the government's demands laid out in a landmark $206bn settlement.",
     "$206bn", "actual"),
    ("Rugby union has become far more physically demanding since the game went professional nearly 10 years ago.",
     "nearly 10 years", "actual"),
    ("For Telewest it is the beginning of a £20m investment in TV-on-demand.", "£20m", "actual"),
    # ... what is demanded still is
    ("The demand for $280bn (£155bn) was rejected in a 2-1 decision.", "$280bn", "demand"),
    ("A judge has upheld Lee's demand for 10% of Marvel's profits.", "10%", "demand"),
    ("The union is demanding a 5% pay rise for its members.", "5%", "demand"),
    ("Zelensky predicted that Putin would demand Ukraine cut its armed forces to a fifth of their size.",
     "a fifth", "demand"),
    # "due to": because of, or to come
    ("The London-based company has sacked about 100 employees due to a severe cash crisis.", "about 100", "actual"),
    ("The economy contracted by 0.2%, mainly due to the reluctance of consumers to spend.", "0.2%", "actual"),
    ("Leonardo DiCaprio and Hilary Swank are among those due to attend this year's Oscar nominees luncheon on "
     "Monday.", "Monday", "forecast"),
    ("The new system of deferred fees, due to start in 2006, would encourage students.", "2006", "forecast"),
    # an "if" of no condition
    # ("even if" sets no condition; the expectation makes it a forecast, not a hypothesis: s23)
    ("We expect the deficit to widen by $20bn even if the dollar falls.", "$20bn", "forecast"),
    ("It was like paying mortgage rates of 15% even if it was more than a decade ago.", "15%", "actual"),
    ("If you look at the team on paper, they have 15 stars.", "15", "actual"),
    ("If found guilty Aragones could face a fine of about £22,000.", "about £22,000", "hypothetical"),
    # "suggested" of data is no proposal
    ("Liberty said statistics suggested Roma Czechs were 400 times more likely to be stopped.", "400 times", "actual"),
    ("Research from WebSideStory suggested that IE had 92.9% of users in October.", "92.9%", "actual"),
    ("The minister suggested a 5% cut in the fee.", "5%", "proposal"),
    # an estimate's hedge is the figure's it stands before
    ("The top 12 films took an estimated $121.9m (£63.3m), compared with $165.8m last year.", "$165.8m", "actual"),
    ("The top 12 films took an estimated $121.9m (£63.3m), compared with $165.8m last year.", "12", "actual"),
    ("The top 12 films took an estimated $121.9m (£63.3m), compared with $165.8m last year.", "£63.3m", "estimate"),
    ("Costco loses an estimated $30 million a year by keeping rotisserie chickens at $4.99 each.", "$4.99", "actual"),
    # the start of a change "from ... to ..." is in force
    ("The state pension age would rise from 60 to 65.", "60", "actual"),
    ("The state pension age would rise from 60 to 65.", "65", "forecast"),
    ("Broadband is predicted to grow from 19% to 37% of households by 2009.", "19%", "actual"),
    ("The bank had upped its target for Carnival's share price, from £35 to £36.20.", "from £35 to £36.20",
     "target"),
    # "committed" alone is a crime's verb; what is committed to is a pledge
    ("The lawsuit alleged Wal-Mart committed thousands of gun sales violations.", "thousands", "actual"),
    ("The government is committed to spending £5bn on schools.", "£5bn", "pledge"),
    # what something will cost is to come
    ("Each remote hunting session will cost $150.", "$150", "forecast"),
])
def test_status(text, figure, status):
    assert _status_of(text, figure) == status


@pytest.mark.parametrize("text, figure, status", [
    # a date told by the act of promising or predicting is when it was done
    ("An extra £50m was promised on Tuesday so new officers can be recruited.", "Tuesday", "actual"),
    ("It falls short of the 20 million new jobs promised by EU leaders in Lisbon in 2000.", "2000", "actual"),
    ("He broke a promise made in 2003 to stand down.", "2003", "actual"),
    ("Mr Blair insisted on Wednesday it was time for the mayor to say sorry.", "Wednesday", "actual"),
    ("In 1916, the U.S. government predicted that all paper would come from hemp.", "1916", "actual"),
    # ... not a deadline
    ("The company pledged to cut emissions by 2010.", "2010", "pledge"),
    ("By 2007, it is predicted that there will be almost 2.5 million robots in homes.", "2007", "forecast"),
])
def test_date_of_act(text, figure, status):
    assert _status_of(text, figure) == status


@pytest.mark.parametrize("text, figure, status", [
    # a plain "if" after the figure makes it depend on the condition; "even if" does not
    ("The plant will lose 500 jobs if the deal fails.", "500", "hypothetical"),
    ("We expect the deficit to widen by $20bn even if the dollar falls.", "$20bn", "forecast"),
    # a figure inside an indirect question is asked about, not stated
    ("Reporters asked if 500 jobs had gone at the plant.", "500", "hypothetical"),
])
def test_if_after_and_in_a_question(text, figure, status):
    (c,) = [c for c in claims_of(text) if c.text == figure]
    assert c.status == status
