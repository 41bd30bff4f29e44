"""Hostile input: huge files, endless digits, deep brackets -- never hangs; a timeout is reported."""

import pytest

from ledger import figures
from ledger.figures import FigureTimeout, find_dates, find_figures


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "(" * 50_000 + "5" + ")" * 50_000,
        "[{(" * 30_000 + "about 5 per cent" + ")}]" * 30_000,
        "1," * 50_000,
        "1-" * 50_000,
        "one and " * 20_000,
        "more than " * 20_000 + "5",
        "$" * 50_000 + "5",
        "1.1." * 25_000,
        "-" * 100_000 + "5",
        "a " * 50_000 + "hundred",
        ("x" * 30 + "5") * 20_000,
        "a" * 200_000 + " 5 " + "b" * 200_000,
        "- 1 " * 30_000,
        "1,3 " * 30_000,
        "is ($5) " * 20_000,
        "a gallon " * 20_000,
        "between the tenth and the " * 5_000,
        "30 C " * 20_000,
        "4 times a " * 20_000,
    ],
    ids=["digits", "parens", "mixed-brackets", "commas", "dashes", "and-run", "hedges", "dollars", "dots", "minus",
         "articles", "glued-words", "long-words", "spaced-signs", "decimal-commas", "accounting", "article-units",
         "rank-ranges", "celsius", "rates"],
)
def test_pathological_lines_finish(text):
    figs = find_figures(text)
    for f in figs:
        assert text[f.start:f.end] == f.text
    find_dates(text)


def test_a_line_of_digits_is_not_a_figure():
    assert find_figures("1" * 100_000) == ()


def test_timeout_is_reported_not_swallowed(monkeypatch):
    monkeypatch.setattr(figures, "TIMEOUT", 1e-7)
    with pytest.raises(FigureTimeout) as err:
        find_figures("In 2022, 2,000 people and about 5 per cent of voters. " * 50_000)
    assert "timed out" in str(err.value)


@pytest.mark.slow
def test_fifty_megabytes():
    # news-like density: a few figures in a long paragraph
    filler = "The committee heard evidence from witnesses across the region during the long inquiry. " * 9
    para = filler + "Officials said more than 300 people died and \u00a32.2bn was spent, up from 1.2m in 2022.\n"
    copies = 50_000_000 // len(para)
    text = para * copies
    assert len(text) > 49_000_000
    figs = find_figures(text)
    assert len(figs) == 3 * copies
    assert figs[-1].line == copies


def test_first_pass_patterns_are_linear_by_construction():
    """The candidate scans run without a timeout, so they must not be able to backtrack:
    one character class under "+", and a trie of literals whose only quantifier is "?"."""
    T = figures.tables()
    assert T.cand_digits_re.pattern.count("+") == 1 and T.cand_digits_re.pattern.endswith("]+")
    for rx in (T.cand_words_re, T.cand_words_ci_re):
        body = rx.pattern
        assert "*" not in body and "+" not in body and "{" not in body
        assert all(body[i - 1] == ")" for i, ch in enumerate(body) if ch == "?" and body[i - 1] != "(")


@pytest.mark.parametrize("text", ["o" * 300_000, "onetwothree" * 30_000, "thousan" * 40_000, "9" * 300_000])
def test_first_pass_on_hostile_text(text):
    assert all(f.value != float("inf") for f in find_figures(text))
