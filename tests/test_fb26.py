"""fb26: named families for quantities the fallbacks typed by their noun (chart moves, spec
units, awards and bids, audiences, share counts, index points, symptom lengths, lay-offs)."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _typed(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs, [(c.text, c.metric, c.rule) for c in claims_of(text)]
    return cs[0]


@pytest.mark.parametrize("text, fig, metric, rule", [
    # even BBC files: fallbacks before (count.place, count.megapixel, level.advance, count.share ...)
    ("Last week's number one, Elvis's It's Now or Never, slipped 13 places to number 14.", "13",
     "rank.move", "RNK960"),
    ("It takes MPEG4 video quality at 30 frames a second and has a four megapixel still camera.", "four",
     "measures.resolution", "SPC961"),
    ("Early HSDPA systems typically offer around two megabits per second (Mbps).", "around two",
     "measures.data_rate", "SPC961"),
    ("It was published in 2004, with Paver earning an advance of $5m (£2.8m).", "$5m",
     "money.advance", "MON962"),
    ("Speculation is mounting that the Germans may raise their bid to £1.5bn.", "£1.5bn",
     "money.bid", "MON962"),
    ("At its peak, The Osbournes had a regular audience of eight million.", "eight million",
     "media.audience", "MED963"),
    ("The company plans to buy back 52 million shares at 570 rupees apiece.", "52 million",
     "markets.share_count", "MKT965"),
    ("In London, the FTSE 100 index closed 15 points higher at 4,751.", "15",
     "markets.move", "MKT968"),
    ("Carlton will be out of action for four to six weeks after a bad challenge.", "four to six weeks",
     "duration.sideline", "DUR932"),
    # dev QuanTemp: the one fallback text of this kind
    ("The symptoms of Covid-19 are a sore throat lasting 3 or 4 days.", "3 or 4 days",
     "duration.sore_throat", "DUR966"),
    ("A 16-ounce energy drink has 200 mg of caffeine.", "200 mg", "nutrition.caffeine", "FOD080"),
    ("His resting heart rate is 40.", "40", "index.heart_rate", "LVL160"),
])
def test_named(text, fig, metric, rule):
    c = _typed(text, fig)
    assert (c.metric, c.rule) == (metric, rule)


@pytest.mark.parametrize("text, fig, rule", [
    ("The post has 20,000 shares and 5,000 likes on Facebook.", "20,000", "MKT965"),
    ("Chelsea finished the season 12 points higher than Arsenal.", "12", "MKT968"),
    ("The bomb went off in three places in the city.", "three", "RNK960"),
    ("He drove 50 miles to work.", "50", "SPC961"),
    ("He was out for three years in the wilderness of politics.", "three years", "DUR932"),
    ("London's bid to host the 2012 Olympics will cost £2bn.", "£2bn", "MON962"),
    ("The heatwave lasted for three days.", "three days", "DUR966"),
    # the chart band ("top 20"), not the tally: "two more top 20 hits"
    ("Their first UK single hit number three last January, followed by two more top 20 hits.", "20",
     "MUS969"),
])
def test_not_named_here(text, fig, rule):
    for c in claims_of(text):
        if c.text.startswith(fig):
            assert c.rule != rule, (c.metric, c.rule)


def test_india_ranking_move_is_no_market_move():
    # "index" in the sentence made the share-price move rule read a ranking
    c = _typed("India slipped 10 places in the Global Hunger Index this year.", "10")
    assert (c.metric, c.subject) == ("rank.move", "India")


@pytest.mark.parametrize("text, fig", [
    ("Liverpool may launch an £8m January bid for long-time target Fernando Morientes.", "£8m"),
    ("The company plans to buy back 52 million shares at 570 rupees apiece.", "52 million"),
])
def test_new_metrics_are_story_bound(text, fig):
    # a chart moves every week, a club bids more than once: compared only within one story
    from pathlib import Path

    from ledger.compare import load_settings
    settings = load_settings(Path(__file__).resolve().parent.parent / "rules")
    assert settings.weak(_typed(text, fig))


@pytest.mark.parametrize("text, fig", [
    # one story moves several records and names several prizes, and the key holds neither
    # (session-16 stress test: entertainment/129, tech/274): never compared
    ("Last week's number one, Elvis's It's Now or Never, slipped 13 places to number 14.", "13"),
    ("The tournament champion for each leg will walk away with a $15,000 prize.", "$15,000"),
])
def test_chart_moves_and_prizes_are_never_compared(text, fig):
    from pathlib import Path

    from ledger.compare import load_settings
    settings = load_settings(Path(__file__).resolve().parent.parent / "rules")
    c = _typed(text, fig)
    assert c.metric in ("rank.move", "money.prize")
    assert settings.ignored(c.metric)
