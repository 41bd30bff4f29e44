"""Small text helpers shared by the stages: line index and sentence bounds."""

from __future__ import annotations

import bisect

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
