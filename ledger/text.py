"""Small text helpers shared by the stages: line index, sentence bounds, the title-case
test of a headline and the reader of a generated word list."""

from __future__ import annotations

import bisect
from pathlib import Path

import regex

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets)
# followed by whitespace and an upper-case letter, digit or opening quote
# (not after a title or initials: "Lyndon B. Johnson", "J. K. Rowling", "B.H. Obama", nor the "v." of
# a case, "Roe v. Wade" (yr26); not after
# the day of a German date, "zum 1. Juli", in a month name no English word shares);
# or at a blank line / any line break (news copy puts one paragraph or
# headline per line).
_SENTENCE_END = regex.compile(
    r"""(?:(?<=[.!?][\"'”’)\]]?)(?<!\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|No|vs|v|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|approx|Prof|Rep|Sen|Gov|Capt|Maj|Adm|Co|Inc|Ltd)\.)(?<!(?<![\p{L}.])(?:\p{Lu}\.)+)(?<!(?<![\p{N}.,])\p{N}{1,2}\.(?=[ \t]+(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)(?!\p{L})))[ \t]+(?=[\"'“‘(\[]?[\p{Lu}\d]))|\n""",
    regex.VERSION1,
)


class LineIndex:
    """Maps character offsets to 1-based (line, column)."""

    __slots__ = ("_starts",)

    def __init__(self, text: str):
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The sentence around text[start:end], as (start, end) offsets, stripped."""
    if end is None:
        end = start
    # search within the line (paragraph) only: sentences never cross lines
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    para = text[line_start:line_end]
    s, e = 0, len(para)
    for m in _SENTENCE_END.finditer(para):
        if m.start() <= start - line_start:
            s = m.end()
        elif m.start() >= end - line_start:
            e = m.start()
            break
    # strip whitespace
    while s < e and para[s].isspace():
        s += 1
    while e > s and para[e - 1].isspace():
        e -= 1
    return line_start + s, line_start + e


#: after an earlier value (and its stated conversion), the time it is earlier by ("$44.7bn,
#: compared to $45.9bn a year ago"; "$1.2bn, against $900m in the same period last year"; "...
#: in the same period of 2003"), for the ``regex`` module (named groups repeat: ``u`` the unit
#: of the gap, ``y`` a year named).  The claims stage sets the later value's period back by it
#: (periods.set_back); the compare stage holds such a value with no period to be of some
#: earlier time, never one as of publication.
SET_BACK = (r"(?i)(?:\s*\([^()]{1,40}\))?,?\s+(?:"
            r"(?:a|one)\s+(?P<u>year|month|week|quarter)\s+(?:earlier|ago|before)"
            r"|(?:(?:in|for|during)\s+)?the\s+(?:previous|prior|preceding)\s+(?P<u>year|month|week|quarter)"
            r"|(?:in|for|during|over)\s+the\s+(?:same|corresponding|comparable)\s+(?:period|quarter|month|week|half|time|"
            r"(?:three|six|nine)\s+months)\s+(?:(?:of\s+)?last\s+(?P<u>year)|a\s+(?P<u>year)\s+(?:earlier|ago|before)"
            r"|(?:of|in)\s+the\s+(?:previous|prior|preceding)\s+(?P<u>year)|(?:of|in)\s+(?P<y>(?:19|20)\d\d))"
            r"|(?:in|for|during)\s+the\s+(?P<u>year)-?(?:earlier|ago)\s+(?:period|quarter|half|months?)"
            r")\b")


#: a word, for the title-case test: letters, with apostrophes and hyphens inside
_TITLE_WORD_RUN = regex.compile(r"\p{L}[\p{L}'\u2019-]*")


def mostly_capitalised(text: str, lo: int = 0, hi: int = -1) -> bool:
    """Is text[lo:hi] written in title case, as a headline is: of its words of four letters or
    more after the first, at least four, and at least 70% of them capitalised?  (The one test
    of the figure finder's lines, figures._title_line, and of the claims stage's sentences,
    matching._title_sentence.)"""
    words = [w for w in _TITLE_WORD_RUN.findall(text, lo, len(text) if hi < 0 else hi)[1:] if len(w) > 3]
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def word_file(path: Path) -> frozenset:
    """The words of a generated word list (one a line, '#' comment lines), none if it is missing."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(w for w in (line.strip() for line in text.splitlines()) if w and not w.startswith("#"))
