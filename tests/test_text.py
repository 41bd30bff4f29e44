from hypothesis import given
from hypothesis import strategies as st

from ledger.text import LineIndex, sentence_bounds


def test_line_index():
    t = "ab\ncd\n\nef"
    idx = LineIndex(t)
    assert idx.line_col(0) == (1, 1)
    assert idx.line_col(4) == (2, 2)
    assert idx.line_col(t.index("ef")) == (4, 1)


def test_sentences_keep_abbreviations_together():
    t = 'Mr Zelensky said 11,000 troops. The U.S. sent 5. "It is over," he said.'
    got = [t[slice(*sentence_bounds(t, t.index(w)))] for w in ("Mr Zel", "The U", '"It')]
    assert got == ["Mr Zelensky said 11,000 troops.", "The U.S. sent 5.", '"It is over," he said.']


def test_sentence_at_offset_and_line_bound():
    t = "Headline with 5 drones\nBody says 7 missiles. Another 9 shells."
    assert t[slice(*sentence_bounds(t, t.index("5")))] == "Headline with 5 drones"
    assert t[slice(*sentence_bounds(t, t.index("9")))] == "Another 9 shells."


@given(st.text(alphabet="ab .\n\"'M0123", max_size=200), st.data())
def test_sentence_bounds_contain_offset(t, data):
    if not t:
        return
    i = data.draw(st.integers(0, len(t) - 1))
    s, e = sentence_bounds(t, i, i + 1)
    if not t[i].isspace():
        assert s <= i < e
    assert 0 <= s <= e <= len(t)


def test_a_middle_initial_ends_no_sentence():
    t = "Says Lyndon B. Johnson signed 3 bills. George W. Bush vetoed 12. J. K. Rowling sold 500 million."
    got = [t[slice(*sentence_bounds(t, t.index(w)))] for w in ("3 bills", "12", "500")]
    assert got == ["Says Lyndon B. Johnson signed 3 bills.", "George W. Bush vetoed 12.",
                   "J. K. Rowling sold 500 million."]
    # an abbreviation ending in a capital is no initial: "in the U.S. The" stays two sentences
    t = "Sales rose 4% in the EU. The 12 members agreed."
    assert t[slice(*sentence_bounds(t, t.index("12")))] == "The 12 members agreed."
