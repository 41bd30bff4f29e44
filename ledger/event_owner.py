"""The last-resort subject of a dated event: the actor its sentence names.

A named claim of an event's date (``event.*``, ``media.date``) that every other subject
strategy left with no subject takes the name that owns the event, when the sentence names it
in one of the owning ways, and only one name could take that role:

* the named owner of the dated noun: "the Oct. 7 resolution of the United Nations Human
  Rights Council" (an "of" phrase right after the noun the date opens), "Reagan's 1986 tax
  reform" (a possessive right before the date);
* the named subject of the sentence's main clause that holds the date: the name opens the
  sentence (after an opening date, "In 1969, ") and a verb follows it, the date comes after
  that verb with no clause of another actor between ("Barbara Bush broke her leg in a
  sledding accident ... in 1991", "Jet began flying in 1993", "Collins ran in Birmingham at
  the 2003 World Indoor Championships"); or the name's own "who" clause holds the date
  ("Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games"); or the name's
  possessive noun is that subject ("Mr Khatami's second term as president ends on 1 August").

Never a name two names share ("Kenteris and Thanou quit"), one that only reports ("..., said
X", "X said it would start ... in 2005": the date is in what was said, whose actor is "it"),
a name in another clause ("The case began in December 2004 when Apple asked"), the object of
the verb, a people ("The American won"), a month or day, or a name the figure belongs to.
A leader the gazetteer reads as his country gives the country unless the metric is personal
(rules/lists/subjects5_person_metrics.txt: a death, an award, a statement are the person's; a
law or an election the country's).  Used by :func:`ledger.claims.type_figures` after every
other strategy; it reads only date claims of events still without a subject.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Optional

import regex

from .matching import _canon, _finditer, _Lexicon, figure_span, fill_subjects
from .rules import compile_cached
from .matching import _NP_STOP, _SPEECH
from .subjects import _ASIDE, _MONTHS_DAYS, _NOT_PROPER, _VERB_AFTER, _VERB_FORM, _lex_names, _opening_actor, \
    _personal_metric

#: the metric families of an event's date
FAMILIES = ("event.", "media.date")

#: the noun a date opens, and the "of" before its owner: "resolution of (the) ", "tour of "
_OF_OWNER = compile_cached(r"\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,1}\p{Ll}[\p{Ll}-]*\s+of\s+(?:the\s+)?(?=\p{Lu})",
                           regex.VERSION1)
#: a determiner before such a date: "The Oct. 7 resolution", "the 2015 tour"
_DET_BEFORE = compile_cached(r"(?:^|(?<=[\s\"“(]))(?:the|The)\s+$", regex.VERSION1)
#: a possessive right before the date: "Reagan's 1986 tax reform", "the band's 1970 debut"
_POSS_BEFORE = compile_cached(r"['’]s?\s+$", regex.VERSION1)
#: what ends the "who" clause of a name: a comma, a clause's stop, "and" before a name
_CLAUSE_END = compile_cached(r"[,;:()\"“”]|\s[-–—]\s|\s(?:and|but)\s+\p{Lu}", regex.VERSION1)
#: an opening name's own "who" clause, after an optional age: "Kenteris, 31, who won"
_WHO_AFTER = compile_cached(r",(?:\s*\d{1,3},)?\s+who\s+(?!said|says|told|added)", regex.VERSION1)
#: between the actor and the date: a word that opens another clause or reports speech, a
#: quotation, a pronoun that acts ("since he was sacked", "said it would"), or a second actor
_OTHER_CLAUSE = compile_cached(
    r"(?i)(?<![\p{L}])(?:when|whenever|after|before|while|whilst|because|since|as|if|unless|until|although|though|"
    r"whereas|where|who|whom|whose|which|that|said|says|say|told|tells|according|reported|claimed|claims|"
    r"announced|added|warned|argued|wrote|tweeted|insisted|he|she|they|we|i|you|it)(?![\p{L}])|[;:\"“”()]|\s[-–—]\s",
    regex.VERSION1)
#: a name's possessive noun that is the clause's subject: "Mr Khatami's second term as president ends"
_POSS_SUBJECT = compile_cached(r"['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,4}\s+(?:ends?|ended|begins?|began|starts?|started|"
                               r"opens?|opened|closes?|closed|runs?|ran|was|were|is|are|will|has|had|took|came|comes)"
                               r"(?![\p{L}])", regex.VERSION1)
#: a second name joined to the first: "Kenteris and Thanou", "Smith & Co"
_JOINED = compile_cached(r"\s*(?:,\s*\p{Lu}[\p{L}-]*\s*)*(?:,?\s+(?:and|or|&|with)\s+)\p{Lu}", regex.VERSION1)


def _names(sent: str, lex: _Lexicon) -> list:
    """(start, end, name as written, the owner it stands for) of the sentence's names: the
    gazetteer's (a leader as his country, unless personal: see :func:`_stand_for`) and the
    capitalised ones."""
    out = [(a, b, name) for a, b, name in _lex_names(sent, lex)]
    for m in _finditer(lex.entity_rx, sent):
        # (the longer name stands: "the United Nations Human Rights Council", not "United Nations")
        if not any(x <= m.start() and m.end() <= y and y - x > m.end() - m.start() for x, y, _ in out):
            out = [n for n in out if not (n[0] < m.end() and m.start() < n[1])]
            out.append((m.start(), m.end(), m.group()))
    return sorted(out)


def _stand_for(raw: str, metric: str, lex: _Lexicon) -> Optional[str]:
    """The owner a name as written stands for, or None when it names no actor (a people, a
    month or day, a capital that opens a sentence)."""
    if raw in lex.nations and lex.canonical.get(raw) not in lex.countries:
        return None
    if raw in lex.nations and raw not in lex.countries and raw != lex.canonical.get(raw):
        return None  # ("The American won", "British troops": a people, an adjective)
    words = raw.split()
    if any(w in _MONTHS_DAYS for w in words) or words[0] in _NOT_PROPER and len(words) == 1:
        return None
    if raw in (lex.reporters or ()):
        return None  # (a body that reports other people's figures)
    person = (lex.persons or {}).get(raw)
    if person is not None and _personal_metric(metric, lex.person_metrics):
        return person  # ("Trump was born in 1946": the person's)
    return _canon(raw, lex)


def _noun_owner(sent: str, fs: int, fe: int, names: list, metric: str, lex: _Lexicon) -> Optional[str]:
    """The named owner of the noun the date opens ("the Oct. 7 resolution of the UNHRC",
    "Reagan's 1986 tax reform"), or None."""
    if _DET_BEFORE.search(sent, max(0, fs - 6), fs):
        m = _OF_OWNER.match(sent, fe)
        if m is not None:
            for a, b, raw in names:
                if a == m.end():
                    return _stand_for(raw, metric, lex)
    p = _POSS_BEFORE.search(sent, max(0, fs - 4), fs)
    if p is not None:
        for a, b, raw in names:
            if b == p.start() or b == p.start() + 2 and sent[a:b].endswith(("'s", "’s")):
                return _stand_for(raw, metric, lex)
    return None


def _clause_actor(sent: str, fs: int, fe: int, names: list, metric: str, lex: _Lexicon) -> Optional[str]:
    """The named subject of the main clause that holds the date, or of the opening name's own
    "who" clause that holds it, or None (see the module)."""
    if not names:
        return None
    a, b, raw = names[0]
    if a >= fs and not (a >= fe and sent[:fs].lstrip(" \"“‘'").startswith(("In ", "On ", "By "))):
        return None  # (a date before the name that does not open the sentence: "The 2015 ... of X")
    if b > fs and a < fe:
        return None
    if _JOINED.match(sent, b):
        return None  # (two actors: "Kenteris and Thanou quit")
    lead = _lead(sent)
    if a > lead and raw not in lex.nations and (a == lead + 4 and sent.startswith("The ", lead)
                                                or " " in raw and _ROLE_LEAD.fullmatch(sent, lead, a)):
        # the name opens the sentence after "The" or its calling ("World and Commonwealth 100m
        # champion Kim Collins will compete ... on 18 February")
        sent = sent[:lead] + " " * (a - lead) + sent[a:]
        lead = a
    ctx = SimpleNamespace(sent=sent, fs=fs, fe=fe)
    who = _WHO_AFTER.match(sent, b)
    if who is not None:
        if fs < who.end():
            return None
        end = _CLAUSE_END.search(sent, who.end())
        if end is not None and end.start() < fe or _OTHER_CLAUSE.search(sent, who.end(), fs):
            return None
        return _stand_for(raw, metric, lex) if a == lead else None
    poss = _POSS_SUBJECT.match(sent, b - 2 if sent[b - 2:b] in ("'s", "’s") else b)
    if poss is not None:
        if a != lead or fs < poss.end() or _OTHER_CLAUSE.search(sent, poss.end(), fs):
            return None
        return _stand_for(raw, metric, lex)
    if not _opening_actor(ctx, (a, b, raw), fs if fs > b else len(sent)):
        return None
    if fs > b and _OTHER_CLAUSE.search(sent, b, fs):
        return None
    if fs > b and _other_actor(sent, names, b, fs):
        return None
    return _stand_for(raw, metric, lex)


#: a name that acts: a verb in -ed after it, not after a preposition
_ACTS_ED = compile_cached(r"\s+(?:has\s+|had\s+|was\s+|were\s+|is\s+|will\s+)?\p{Ll}+ed(?![\p{L}])", regex.VERSION1)
_PREP_BEFORE = compile_cached(r"(?<![\p{L}])(?:by|of|from|with|for|to|at|in|on)\s+(?:the\s+)?$", regex.VERSION1)


def _other_actor(sent: str, names: list, b: int, fs: int) -> bool:
    """Does a second name between the actor and the date act ("X won the title and Y lost in 2003")?"""
    for x, y, _ in names:
        if x < b:
            continue
        if x >= fs:
            break
        if _ACTS_ED.match(sent, y) and not _PREP_BEFORE.search(sent, max(0, x - 12), x):
            return True
    return False


#: the word that opens the clause that holds the date, right before its named subject
#: ("after Apple launched the iPhone in 2007", "ruled that Lord Archer lied ... in 1987")
_INNER_OPEN = compile_cached(r"(?<![\p{L}])(?:when|after|before|since|while|because|until|once|that)\s+(?:the\s+)?$",
                             regex.VERSION1)


def _acts(sent: str, b: int, fs: int) -> bool:
    """A verb follows the name ending at ``b`` (past an aside or an adverb): an auxiliary and a
    word, or a word in -ed, -s or a common irregular past; not a word that reports speech."""
    at = b
    aside = _ASIDE.match(sent, at)
    if aside is not None and aside.end() < fs:
        at = aside.end()
    v = _VERB_AFTER.match(sent, at)
    return v is not None and v.group(2) not in _NP_STOP and v.group(2) not in _SPEECH \
        and (v.group(1) is not None or _VERB_FORM.fullmatch(v.group(2)) is not None)


def _inner_actor(sent: str, fs: int, fe: int, names: list, metric: str, lex: _Lexicon) -> Optional[str]:
    """The named subject of the subordinate or "that" clause that holds the date, the
    nearest such clause before it (see the module), or None."""
    for a, b, raw in reversed(names):
        if b > fs:
            continue
        if _INNER_OPEN.search(sent, max(0, a - 12), a) is None:
            continue  # (a name in the clause's object or a phrase: "lied during a trial ... in London")
        if sent[b:b + 1] in ("'", "’") or _JOINED.match(sent, b) or not _acts(sent, b, fs) \
                or " " not in raw and not raw.isupper() and regex.search(r"(?:ed|s|ing)$", raw):
            return None
        if _OTHER_CLAUSE.search(sent, b, fs) or _other_actor(sent, names, b, fs):
            return None
        return _stand_for(raw, metric, lex)
    return None


#: a person's calling before the name that opens a sentence: "World and Commonwealth 100m champion",
#: "Mercedes chief executive" (up to five words before it)
_ROLE_LEAD = compile_cached(
    r"(?:[\p{L}\d’'-]+\s+){0,5}?(?:athlete|runner|sprinter|swimmer|cyclist|driver|boxer|golfer|player|striker|"
    r"midfielder|defender|goalkeeper|captain|skipper|coach|manager|champion|singer|actor|actress|rapper|musician|"
    r"comedian|presenter|director|film-?maker|producer|writer|author|novelist|artist|designer|tycoon|"
    r"chief\s+executive|chairman|chairwoman|boss|founder)\s+", regex.VERSION1)
#: what may open a sentence before its actor: marks, "Says", an opening date ("In 1969, ")
_LEAD = compile_cached(r"[\W_]*(?:Says\s+)?(?:(?:In|By|On)\s+[^,]{2,24},\s+)?", regex.VERSION1)


def _lead(sent: str) -> int:
    return _LEAD.match(sent).end()


#: a single capitalised word that opens a sentence (after its lead) and a space
_OPENING_WORD = compile_cached(r"(\p{Lu}\p{Ll}{2,})(?=\s+\p{Ll})", regex.VERSION1)
#: how far back in the story a person's full name is looked for
_REACH = 3000


def _surname(text: str, s0: int, sent: str, names: list, lex: _Lexicon) -> list:
    """``names`` with the sentence's opening word as a person's name when the story gave that
    person's full name before, with a given name first ("Kim Collins ... Collins ran in
    Birmingham at the 2003 World Indoor Championships"): a surname that is also a word
    ("Collins", "Parry") is no name by itself at the start of a sentence."""
    lead = _lead(sent)
    if names and names[0][0] <= lead:
        return names
    m = _OPENING_WORD.match(sent, lead)
    if m is None or m.group(1) in _NOT_PROPER or m.group(1) in _MONTHS_DAYS:
        return names
    word = m.group(1)
    full = {f"{g.group(1)} {word}" for g in regex.finditer(r"(?<![\p{L}’'.-])(\p{Lu}\p{Ll}+)\s+" + regex.escape(word)
                                                        + r"(?![\p{L}’'-])", text[max(0, s0 - _REACH):s0])
            if g.group(1) in lex.given}
    if len(full) != 1:
        return names
    return [(m.start(1), m.end(1), full.pop())] + names


def event_owners(doc, claims: list, fallback: set, lex: _Lexicon) -> list:
    """``claims`` with the actor their sentence names as the subject of the event dates
    described above."""
    def owner(c) -> Optional[str]:
        if c.kind != "date" or not c.metric.startswith(FAMILIES):
            return None
        span = figure_span(doc.text, c)
        if span is None:
            return None
        sent, (fs, fe) = c.sentence, span
        names = [n for n in _names(sent, lex) if not (n[0] < fe and n[1] > fs)]
        name = _noun_owner(sent, fs, fe, names, c.metric, lex)
        if name is None:
            name = _clause_actor(sent, fs, fe, _surname(doc.text, c.start - fs, sent, names, lex), c.metric, lex) \
                or _inner_actor(sent, fs, fe, names, c.metric, lex)
        return None if name is None or name == c.subject2 else name

    return fill_subjects(claims, fallback, owner)
