"""Properties of the quantity layer (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger.figures import find_dates, find_figures

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """British English words for 0 <= n < 10**9 ("three hundred and forty-two thousand ...")."""
    def below_thousand(k: int) -> str:
        h, r = divmod(k, 100)
        out = []
        if h:
            out.append(f"{UNITS[h]} hundred")
        if r:
            part = UNITS[r] if r < 20 else TENS[r // 10] + ("-" + UNITS[r % 10] if r % 10 else "")
            out.append(("and " if h else "") + part)
        return " ".join(out)

    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**6, "million"), (10**3, "thousand")):
        q, n = divmod(n, scale)
        if q:
            parts.append(f"{below_thousand(q)} {name}")
    if n:
        parts.append(("and " if parts and n < 100 else "") + below_thousand(n))
    return " ".join(parts)


@given(st.integers(min_value=1000, max_value=10**12))
@settings(deadline=None)
def test_thousands_separators_read_back(n):
    text = f"Officials counted {n:,} ballots."
    (f,) = find_figures(text)
    assert f.value == n
    assert f.text == f"{n:,}"


@given(st.integers(min_value=0, max_value=999_999_999))
@settings(max_examples=300, deadline=None)
def test_english_words_read_back(n):
    text = f"They said {words(n)} people came."
    figs = find_figures(text)
    assert len(figs) == 1, (text, figs)
    assert figs[0].value == n, text


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["", "$", "£", "€"]),
       st.sampled_from(["", "m", "bn", " million", "%", " per cent", "km"]),
       st.sampled_from(["", "about ", "more than ", "nearly ", "up to ", "at least "]))
@settings(deadline=None)
def test_interval_contains_value(n, cur, suffix, hedge):
    text = f"It was {hedge}{cur}{n:,}{suffix} last week"
    figs = find_figures(text)
    assert len(figs) == 1, (text, figs)
    f = figs[0]
    if f.low is not None:
        assert f.low <= f.value
    if f.high is not None:
        assert f.value <= f.high
    assert f.precision_low <= f.value <= f.precision_high
    assert f.start <= f.number_start <= f.number_end <= f.end


@given(st.text(max_size=400))
@settings(max_examples=400, deadline=None)
def test_never_crashes_and_offsets_are_true(text):
    figs = find_figures(text)
    prev = -1
    for f in figs:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert f.start >= prev
        prev = f.start
        assert f.line == text.count("\n", 0, f.start) + 1
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
        if f.linked is not None:
            assert figs[f.linked].linked == figs.index(f)
    for d in find_dates(text):
        assert text[d.start:d.end] == d.text


ALPHABET = st.sampled_from(list("0123456789 ,.-–/%$£€()[]:abcmkn") + ["one", "two", "hundred", "million", "and",
                                                                       " per cent", "between", "more than", "\n"])


@given(st.lists(ALPHABET, max_size=80).map("".join))
@settings(max_examples=400, deadline=None)
def test_never_crashes_on_number_like_noise(text):
    for f in find_figures(text):
        assert text[f.start:f.end] == f.text
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
