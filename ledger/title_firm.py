"""The last-resort subject of a firm's own figure: the one firm its story's headline names.

A firm's result (profit, turnover, sales, customers, workforce: the metrics
``claims._FIRM_METRIC`` names) that every other strategy left with no subject, in a
sentence that names no one ("Net profit came in at 1.4bn euros", "Sales rose 2.8% to
14.96bn euros", "The firm ... had an operating loss of 7.5bn yen"), takes the firm the
story's headline names ("Deutsche Telekom sees mobile gain", "Qantas sees profits fly to
record"), when

* the headline names exactly one name that is no country, place, people, person (a given
  name first) nor a body that reports other people's figures, and is not in title case
  (where every word is capitalised and a name cannot be told from a word);
* the story names that firm again before the figure (the headline's firm is the story's:
  "Weak dollar hits Reuters" and then Reuters' results);
* the figure's sentence names no one and speaks of no single person ("his", "I", "you").

``claims._firm_of_story`` reads the firm that acts in the sentences before; it gives up
when that firm's name looks like a person's ("Deutsche Telekom", "Yangtze Electric": two
capitalised words) or a quotation stands between.  Used by
:func:`ledger.claims.type_figures` after every other strategy; it reads only firm claims
still without a subject, and each story's headline once.
"""

from __future__ import annotations

from typing import Optional

import regex

from .matching import ONE_PERSON, _Lexicon, _finditer, _search, fill_subjects, sentence_offset
from .rules import compile_cached
from .subjects import _MONTHS_DAYS, _lex_names, _place_names, _titled

#: a headline: the document's first line, short, with no sentence's end, and a blank line after it
_HEADLINE = compile_cached(r"[ \t]*([^\n]{3,120}?)[ \t]*\n[ \t]*\n")
_HEADLINE_MAX = 120


def _headline(doc, story) -> Optional[tuple]:
    """(headline, where the body starts) of the claim's story: the story's title, else the
    document's first line when a blank line follows it."""
    if story is not None and story.title:
        # (the body starts after the title line when the story's text opens with it)
        k = doc.text.find(story.title, story.start, min(story.end, story.start + len(story.title) + 200))
        return story.title, (k + len(story.title) if k >= 0 else story.start)
    m = _HEADLINE.match(doc.text)
    if m is None or m.group(1).rstrip().endswith((".", "!", "?", ":", ";", ",")):
        return None
    return m.group(1), m.end()


def _headline_firm(title: str, lex: _Lexicon) -> Optional[str]:
    """The one firm-like name the headline gives (see the module), or None."""
    if _titled(title):
        return None
    places = _place_names(lex)
    names = set()
    for a, b, name in _lex_names(title, lex):
        if name in lex.nations or name in lex.canonical or any(w in _MONTHS_DAYS for w in name.split()) \
                or name.split()[0] in lex.given or " " not in name and name.lower() in lex.common:
            continue
        names.add(name)
    for m in _finditer(lex.entity_rx, title):
        name = lex.canonical[m.group()]
        if name in lex.countries or name in places or m.group() in lex.nations or name in (lex.places or {}) \
                or name in lex.reporters or m.group() in (lex.persons or {}):
            continue
        names.add(name)
    return names.pop() if len(names) == 1 else None


#: a capitalised word
_CAP_WORD = compile_cached(r"(?<![\p{L}’'])\p{Lu}[\p{L}’'-]*", regex.VERSION1)
#: capitalised words that name no one
_NOT_NAMES = frozenset("The A An In On At Of For To And But It Its Net Sales Profit Profits Pre-tax".split())


def _other_headline_name(sent: str, words: frozenset) -> bool:
    """Does the sentence hold, capitalised, another word the headline capitalises ("Orange added
    five million customers" under "France Telecom gets Orange boost")?  Then it names another
    party of the story, whose name the lexicon may read as a word."""
    return bool(words) and any(w in words for w in _CAP_WORD.findall(sent))


def title_firms(doc, claims: list, fallback: set, lex: _Lexicon, firm_metrics: tuple) -> list:
    """``claims`` with the headline's firm as the subject of the firm claims described above."""
    seen: dict = {}
    head_words: dict = {}

    def owner(c) -> Optional[str]:
        if not c.metric.startswith(firm_metrics):
            return None
        story = doc.story_at(c.start)
        key = story.start if story else None
        if key not in seen:
            head = _headline(doc, story)
            seen[key] = (_headline_firm(head[0], lex), head[1]) if head else (None, 0)
            head_words[key] = frozenset(w for w in _CAP_WORD.findall(head[0]) if seen[key][0] is None
                                        or w not in seen[key][0].split()) - _NOT_NAMES if head else frozenset()
        firm, body = seen[key]
        if firm is None or c.start <= body:
            return None
        s0 = sentence_offset(doc.text, c)
        if s0 < body or regex.search(r"(?<![\p{L}])" + regex.escape(firm) + r"(?![\p{L}])", doc.text[body:s0]) is None:
            return None
        if _search(ONE_PERSON, c.sentence) is not None or _lex_names(c.sentence, lex) \
                or _search(lex.entity_rx, c.sentence) is not None:
            return None
        if firm == c.subject2 or _other_headline_name(c.sentence, head_words[key]):
            return None
        return firm

    return fill_subjects(claims, fallback, owner)
