"""Last-resort subjects a sentence names in two structures the other steps do not read (subj26).

1. The antecedent of a relative clause that holds the figure: "Of the cut now due to Lee, 82,
   who created Spider-Man in 1962, ...", "the papers of Japanese pianist Chieko Hara, who died
   in Japan in 2001 aged 86", "the Australian Open, which starts on 17 January", "50 Cent, who
   at number 19 took $24m".  A claim of an event's date (``event.*``, ``media.date``), of a
   personal metric (rules/lists/subjects5_person_metrics.txt: an age, a death, a salary) or of
   a sum the actor took (``ACTOR_SUMS``) still without a subject takes the name right before
   "[, age,] who" or ", which", when

   * the figure stands in that clause: after "who"/"which", with no clause break (a comma, a
     colon, brackets, quotation marks, a dash) and no word that opens another clause, reports
     speech or acts as a pronoun between (``event_owner._OTHER_CLAUSE``: "who said it would
     open in 2005" is what was said, "when he was just 14" another clause);
   * the name is one owner: not the second of two ("Kenteris and Thanou, who"), not a people
     or a month (``event_owner._stand_for``), not a place or a country ("the napster.com site
     in the USA, which had been operating since 1999": the clause is the site's), nor a name
     after "in" or "at" (the place of a noun before it), and "which"
     only after a comma and not after "of" ("the shares of Fiat, which").

2. The named thing a date opens: "a flaw in the 1995 Outer Continental Shelf Deep Water
   Royalty Relief Act": the date of an event claim right after "the", right before a
   capitalised name whose last word is a head of ``rules/lists/subj26_dated_heads.txt`` (Act,
   Treaty, Olympics, Championships: a law, a pact or a contest that is its own owner), takes
   that name, when no capitalised word follows it ("the 2012 Olympic bid" is a bid).

3. The actor of an age written as the clause's own: "Screenwriter and producer Debra Hill, best
   known for her work on the 70s horror classic Halloween, has died in Los Angeles aged 54".  A
   ``people.age`` claim whose figure follows "at the age of" or "aged" (after a comma, a number,
   a name or a verb in -ed, never after a noun: "married a woman aged 25" is the woman's) takes
   the named subject of the main clause that holds it, read as ``event_owner`` reads an event's
   actor (the name opens the sentence, after its calling or an aside, and a verb follows it,
   with no other clause, pronoun or actor before the age).

4. The name an appositive describes: "Charlie Bell, the straight-talking former head of fast-food
   giant McDonald's, has died of cancer aged 44", "UKIP, which campaigned on a slogan of "Say
   no to Europe", spent £2.36m", "Rihanna — the singer from Barbados — is worth $1.4 billion".
   The sentence opens with a name (after its calling) and an aside that describes it (", a/an/
   the ...,", ", who/which ...,", " — ... — "), a verb follows the aside, and the figure comes
   after that verb with no other clause, pronoun, reported speech or capitalised name between:
   a claim whose subject was read from inside the aside (McDonald's, Europe, Barbados) takes the
   opening name instead, as does a claim of the metrics of 1. still without a subject.

Used by :func:`ledger.claims.type_figures` after every other English subject step; it reads
only claims of those metrics still without a subject, and claims whose sentence opens with a
name and such an aside (a few anchored matches on their sentence).
"""

from __future__ import annotations

from typing import Optional

import regex

from .event_owner import FAMILIES, _OTHER_CLAUSE, _ROLE_LEAD, _clause_actor, _lead, _names, _stand_for
from .matching import _canon, _Lexicon, figure_span, fill_subjects, mend_subjects
from .rules import RuleSet, compile_cached
from .subjects import _MONTHS_DAYS, _personal_metric

#: rules/lists/<name>.txt: the last words of named laws, pacts and contests a date may open
HEADS_LIST = "subj26_dated_heads"
#: sums the actor of a clause took or earned ("who at number 19 took $24m")
ACTOR_SUMS = frozenset({"money.received", "money.earnings"})

#: right after a name: an optional age and the relative word ("Lee, 82, who", "Open, which")
_REL_AFTER = compile_cached(r"(?:,\s*\d{1,3},)?(,)?\s+(who|which)\s+", regex.VERSION1)
#: a clause break between the relative word and the figure
_BREAK = compile_cached(r"[,;:()\[\]\"“”]|\s[-–—]\s", regex.VERSION1)
#: "of" right before the name, and a joining word
_OF_BEFORE = compile_cached(r"(?<![\p{L}])of\s+(?:the\s+)?$", regex.VERSION1)
#: a preposition of place right before the name
_AT_BEFORE = compile_cached(r"(?<![\p{L}])(?:in|at|near|outside|inside|across)\s+(?:the\s+)?$", regex.VERSION1)
#: a preposition before a place the clause names after its verb ("died in Japan", "moved to Paris")
_PLACE_PREP = compile_cached(r"(?<![\p{L}])(?:in|at|near|outside|inside|across|from|to|into)\s+(?:the\s+)?$",
                             regex.VERSION1)
_JOIN_BEFORE = compile_cached(r"(?<![\p{L}])(?:and|or|nor)\s+$|&\s*$", regex.VERSION1)
#: "the" right before the date, and a capitalised word right after a name
_THE_BEFORE = compile_cached(r"(?<![\p{L}])[Tt]he\s+$", regex.VERSION1)
_CAP_AFTER = compile_cached(r"\s+\p{Lu}", regex.VERSION1)
#: an age written as the clause subject's own, right before the figure: "at the age of 87", ", aged
#: 54", "died aged 54", "in Los Angeles aged 54", "in 2001 aged 86"
_OWN_AGE = compile_cached(r"(?:(?<![\p{L}])at\s+the\s+age\s+of|(?:,|\d|\p{Lu}\p{Ll}*|\p{Ll}+ed)\s+aged)\s+$", regex.VERSION1)


def _metric_fits(c, lex: _Lexicon) -> bool:
    if c.kind == "date" and c.metric.startswith(FAMILIES):
        return True
    return c.metric in ACTOR_SUMS or _personal_metric(c.metric, lex.person_metrics)


def _relative_owner(sent: str, fs: int, fe: int, names: list, metric: str, lex: _Lexicon) -> Optional[str]:
    """The name whose relative clause holds the figure (see the module), or None."""
    best = None
    for a, b, raw in names:
        if b > fs:
            break
        m = _REL_AFTER.match(sent, b)
        if m is not None and m.end() <= fs:
            best = (a, b, raw, m)  # (the nearest such clause before the figure)
    if best is None:
        return None
    a, b, raw, m = best
    comma, word = m.group(1), m.group(2)
    if _BREAK.search(sent, m.end(), fs) or _OTHER_CLAUSE.search(sent, m.end(), fs):
        return None
    if _JOIN_BEFORE.search(sent, max(0, a - 6), a):
        return None  # (two antecedents: "Kenteris and Thanou, who")
    if _is_place(raw, lex):
        return None  # ("the site in the USA, which", "the fans in Liverpool, who": a place after
        # a noun is rarely the antecedent)
    if _AT_BEFORE.search(sent, max(0, a - 12), a):
        return None  # ("the Volvo Women's Open in Pattaya, which": the place of a noun before)
    if word == "which" and (comma is None or _OF_BEFORE.search(sent, max(0, a - 8), a)):
        return None  # ("the shares of Fiat, which": the shares' or Fiat's)
    return _stand_for(raw, metric, lex)


def _dated_name(sent: str, fs: int, fe: int, names: list, metric: str, lex: _Lexicon,
                heads: frozenset) -> Optional[str]:
    """The named law, pact or contest the date opens (see the module), or None."""
    if not _THE_BEFORE.search(sent, max(0, fs - 5), fs):
        return None
    for a, b, raw in names:
        if a < fe:
            continue
        if sent[fe:a].strip() or raw.split()[-1] not in heads or _CAP_AFTER.match(sent, b):
            return None
        return _stand_for(raw, metric, lex)
    return None


#: the aside after an opening name (and its age): ", the operator of ...,", ", which ...,", " — a ... —"
_APPOSITIVE = compile_cached(r"(?:,\s*\d{1,3})?(?:,\s+(?:a|an|the|who|which|whose)\s[^,;:()\"“”]{2,100}?(?:\"[^\"]{1,40}\"[^,;:()\"“”]{0,40}?)?,"
                             r"|\s[-–—]\s[^-–—;:()\"“”]{2,120}?\s[-–—])", regex.VERSION1)
#: a verb after the aside: an auxiliary or modal and a word, or a word in -ed, -s or an irregular past
_VERB_NEXT = compile_cached(r"\s+(?:(?:has|had|have|was|were|is|are|will|would|could|can|may|might|must|should)\s+"
                            r"(?:not\s+|also\s+|now\s+|still\s+|been\s+)?\p{Ll}{2,}|\p{Ll}+(?:ed|s)|spent|made|took|gave|paid|won|"
                            r"lost|sold|bought|got|kept|left|led|ran|built|brought|held|hit|put|cut|became|began|grew|fell)"
                            r"(?![\p{L}])", regex.VERSION1)
#: a capitalised word: another name between the verb and the figure
_CAPITAL = compile_cached(r"(?<![\p{L}\d])\p{Lu}", regex.VERSION1)


def _appositive_owner(sent: str, fs: int, fe: int, names: list, subject: Optional[str], metric: str,
                      lex: _Lexicon) -> Optional[str]:
    """The opening name an aside describes, when the figure is in its clause after the aside and
    the claim's subject, if any, was read from inside the aside (see the module), or None."""
    names = _past_calling(sent, names)
    if not names:
        return None
    a, b, raw = names[0]
    lead = _lead(sent)
    if a != lead and not (a == lead + 4 and sent.startswith("The ", lead)) \
            and not (" " in raw and _ROLE_LEAD.fullmatch(sent, lead, a)):
        return None
    m = _APPOSITIVE.match(sent, b)
    if m is None or m.end() > fs:
        return None
    if subject is not None and (subject == raw or subject not in sent[b:m.end()]):
        return None
    v = _VERB_NEXT.match(sent, m.end())
    if v is None or v.end() > fs or _SAYS.match(sent, m.end()):
        return None
    if _OTHER_CLAUSE.search(sent, v.end(), fs) or _BREAK.search(sent, v.end(), fs):
        return None
    for cap in _CAPITAL.finditer(sent, v.end(), fs):
        # another name between: only a place after a preposition ("died in Japan in 2001") or a month
        at = cap.start()
        name = next((n for n in names if n[0] == at), None)
        word = regex.match(r"\p{L}+", sent[at:])
        if word is not None and word.group() in _MONTHS_DAYS:
            continue
        if name is None or not _is_place(name[2], lex) or not _PLACE_PREP.search(sent, max(0, at - 12), at):
            return None
    return _stand_for(raw, metric, lex)


def _is_place(raw: str, lex: _Lexicon) -> bool:
    return raw in lex.nations or raw in (lex.places or {}) or _canon(raw, lex) in lex.countries


#: a verb of saying after the aside: what follows is what was said
_SAYS = compile_cached(r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|claimed|claims|complained|warned|argued|insisted|"
                       r"denied|admitted|announced|added)(?![\p{L}])", regex.VERSION1)


def _past_calling(sent: str, names: list) -> list:
    """``names`` without an opening calling read as a name in a title-case story
    ("Screenwriter and producer Debra Hill, ..."): one word at the sentence's start that, with
    what follows it, is the calling of the next name."""
    if len(names) > 1 and " " not in names[0][2] and names[0][0] == _lead(sent) \
            and _ROLE_LEAD.fullmatch(sent, names[0][0], names[1][0]):
        return names[1:]
    return names


def relative_owners(doc, claims: list, fallback: set, lex: _Lexicon, ruleset: RuleSet) -> list:
    """``claims`` with the owner their sentence names in a relative clause or a dated name
    (see the module) as the subject."""
    def make():
        wl = ruleset.lists.get(HEADS_LIST)
        return frozenset(wl.entries) if wl is not None else frozenset()

    heads = ruleset.memo("relative_owner", make)

    def aside(c) -> Optional[str]:
        # a subject read from inside the aside of the name that opens the sentence (4.)
        if c.subject not in c.sentence or _APPOSITIVE.search(c.sentence) is None:
            return c.subject
        span = figure_span(doc.text, c)
        if span is None:
            return c.subject
        names = [n for n in _names(c.sentence, lex) if not (n[0] < span[1] and n[1] > span[0])]
        name = _appositive_owner(c.sentence, span[0], span[1], names, c.subject, c.metric, lex)
        return c.subject if name is None or name == c.subject2 else name

    claims = mend_subjects(claims, fallback, aside)

    def owner(c) -> Optional[str]:
        if not _metric_fits(c, lex):
            return None
        sent = c.sentence
        span = figure_span(doc.text, c)
        if span is None:
            return None
        fs, fe = span
        names = [n for n in _names(sent, lex) if not (n[0] < fe and n[1] > fs)]
        if not names:
            return None
        name = _relative_owner(sent, fs, fe, names, c.metric, lex)
        if name is None and c.metric == "people.age" and _OWN_AGE.search(sent, max(0, fs - 20), fs):
            name = _clause_actor(sent, fs, fe, _past_calling(sent, names), c.metric, lex)
        if name is None and c.kind == "date" and c.metric.startswith(FAMILIES):
            name = _dated_name(sent, fs, fe, names, c.metric, lex, heads)
        if name is None:
            name = _appositive_owner(sent, fs, fe, names, None, c.metric, lex)
        return None if name is None or name == c.subject2 else name

    return fill_subjects(claims, fallback, owner)
