"""The last-resort subject of a figure a numbered law or ballot measure owns (subj26).

"Amendment 4 would restore voting rights to 1.4 million felons", "Proposition 47 released
10,000 prisoners", "Under Act 10, teachers pay 12 percent of their premiums", "a poll found 70
percent approval for the Act 10 collective bargaining law": a law, bill, ballot measure or
article known by its number is a name the capitalised-name reading does not see (its number is
no capital, and its head word alone, "Amendment", is a common noun).  A named claim still
without a subject takes that name (as written, "Prop." as "Proposition") when the sentence
names one such measure only and

* the measure is the subject of the sentence: it opens it (after "The", "Says" or an opening
  date) and a verb follows it, with the figure after that verb and no clause break, other
  clause, second subject, pronoun, reported speech or acting name between ("Amendment 2 will put almost 2,000 pot shops in
  Florida": the shops are the amendment's);
* or the sentence opens with "Under <measure>," and the figure is in its main clause;
* or the measure closes the figure's own phrase: a preposition (for, of, on, under, against,
  from, to) within a few words after the figure and no clause break between ("70 percent
  approval or higher" for the Act 10 law).

Never when the sentence names a second measure.  A claim whose subject the name reading took as
the measure's head word alone ("Under Act 10, ...": "Act") takes the whole measure.  Used by :func:`ledger.claims.type_figures` after every other English subject
step; it reads only claims still without a subject whose sentence holds a digit after such a
head word (one search of the sentence).
"""

from __future__ import annotations

from typing import Optional

import regex

from .event_owner import _OTHER_CLAUSE, _acts, _lead, _names, _other_actor
from .matching import _Lexicon, figure_span, fill_subjects, mend_subjects
from .rules import compile_cached

#: a law, bill, ballot measure or article known by its number: "Amendment 4", "Prop. 47",
#: "House Bill 2", "SB 1070", "Article 370", "Title IX"
_MEASURE = compile_cached(
    r"(?<![\p{L}\d.-])(?:(?:Constitutional\s+)?Amendment|Proposition|Prop\.?|(?:Ballot\s+)?Measure|Question|Initiative|"
    r"Referendum|Act|Article|Section|Resolution|Ordinance|(?:House|Senate|Assembly)\s+(?:Bill|Joint\s+Resolution)|"
    r"HB|SB|AB|HR|H\.\s?R\.|S\.\s?B\.|H\.\s?B\.|LB|HJR|SJR)\s?(?:No\.\s?)?\d{1,5}(?![\p{L}\d%]|[.,]\d)"
    r"|(?<![\p{L}])Title\s+[IVX]{1,5}(?![\p{L}])",
    regex.VERSION1)
#: what may stand before the measure that opens the sentence
_OPEN = compile_cached(r"(?:[Tt]he\s+|(?:state|new|proposed|controversial)\s+){0,2}", regex.VERSION1)
#: "Under <measure>," opening the sentence
_UNDER = compile_cached(r"[\W_]*(?:Says\s+)?[Uu]nder\s+(?:the\s+)?$", regex.VERSION1)
_UNDER_END = compile_cached(r"(?:\s+(?:law|bill|measure|plan|amendment|initiative|proposal))?\s*,", regex.VERSION1)
#: after the figure: up to six words of its phrase, a closing quotation mark, the preposition
_AFTER_FIGURE = compile_cached(r"(?:\s*[\p{L}’'-]+){0,6}?[\"”’]?\s+(?:for|of|on|under|against|from|to|in)\s+"
                               r"(?:the\s+|a\s+)?$", regex.VERSION1)
#: the head words of a measure, which the name reading may take alone as a subject
_HEADS = frozenset({"Amendment", "Proposition", "Measure", "Question", "Initiative", "Referendum", "Act", "Article",
                    "Section", "Resolution", "Ordinance", "Title"})
#: a modal and a verb after the measure ("would restore", "could cost")
_MODAL_VERB = compile_cached(r"\s+(?:would|could|can|may|might|must|should|shall|does|did)\s+(?:not\s+|also\s+|only\s+|"
                             r"still\s+|actually\s+)?\p{Ll}{2,}(?![\p{L}])", regex.VERSION1)
#: a second clause with a subject of its own: "... passed and the state spent"
_NEW_SUBJECT = compile_cached(r"(?<![\p{L}])(?:and|but|or|so)\s+(?:the|a|an|this|these|those|some|many)(?![\p{L}])",
                              regex.VERSION1)
#: a clause break
_BREAK = compile_cached(r"[,;:()\[\]]|\s[-–—]\s", regex.VERSION1)


def _written(raw: str) -> str:
    """The measure as its subject: one space, "Prop." as "Proposition"."""
    raw = regex.sub(r"\s+", " ", raw)
    return regex.sub(r"^Prop\.?\s?(?=\d)", "Proposition ", raw)


def _measure(sent: str, fs: int, fe: int, lex: _Lexicon) -> Optional[str]:
    """The numbered measure that owns the figure at ``fs:fe`` (see the module), or None."""
    ms = [m for m in _MEASURE.finditer(sent) if not (m.start() < fe and m.end() > fs)]
    if len({_written(m.group()) for m in ms}) != 1:
        return None
    m = ms[0]
    a, b = m.start(), m.end()
    if b <= fs:
        lead = _lead(sent)
        if _UNDER.fullmatch(sent, 0, a):
            end = _UNDER_END.match(sent, b)
            if end is not None and end.end() <= fs:
                return _written(m.group())
            return None
        if _OPEN.fullmatch(sent, lead, a) is not None:
            if not (_acts(sent, b, fs) or _MODAL_VERB.match(sent, b)) or _OTHER_CLAUSE.search(sent, b, fs) \
                    or _BREAK.search(sent, b, fs) or _NEW_SUBJECT.search(sent, b, fs):
                return None
            names = [n for n in _names(sent, lex) if not (n[0] < b and n[1] > a) and not (n[0] < fe and n[1] > fs)]
            if _other_actor(sent, names, b, fs):
                return None
            return _written(m.group())
        return None
    # the measure closes the figure's own phrase
    if _BREAK.search(sent, fe, a):
        return None
    if _AFTER_FIGURE.fullmatch(sent, fe, a) is not None:
        return _written(m.group())
    return None


def measure_owners(doc, claims: list, fallback: set, lex: _Lexicon) -> list:
    """``claims`` with the numbered measure that owns their figure as the subject (see the
    module)."""
    def owner(c) -> Optional[str]:
        sent = c.sentence
        if _MEASURE.search(sent) is None:
            return None
        span = figure_span(doc.text, c)
        if span is None:
            return None
        name = _measure(sent, span[0], span[1], lex)
        return None if name is None or name == c.subject2 else name

    def whole(c) -> Optional[str]:
        # a measure's head word read alone as the subject ("Under Act 10, ...": "Act") is the measure
        if c.subject in _HEADS:
            ms = {_written(m.group()) for m in _MEASURE.finditer(c.sentence)}
            if len(ms) == 1 and (full := ms.pop()).startswith(c.subject + " "):
                return full
        return c.subject

    return mend_subjects(fill_subjects(claims, fallback, owner), fallback, whole)
