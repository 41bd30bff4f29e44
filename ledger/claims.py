"""Turn figures into typed claims: metric, subject (+ second party), period, status.

The rule kinds declared in ``rules/`` (see :mod:`ledger.rules`) are
implemented once, in this stage's four modules (this one, the entry;
:mod:`ledger.matching`, a rule on one figure; :mod:`ledger.subjects`;
:mod:`ledger.periods`):

* ``cue``: cue words within ``window`` words after or before the figure, in
  the same clause, with no other figure in between;
* ``pattern``: a regex whose ``{figure}`` slot sits exactly on the figure;
* ``date_event``: a date preceded by event words.

Each figure gets at most one claim, from the rule whose cue is nearest
(pattern rules first, then ``priority``).  A figure in an enumeration
("2,400 US troops, 457 British troops and more than 60,000 Afghans") takes
the rule of the figure before it.  Speaker fields are left None (the
attribution stage fills them).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Optional, Sequence

import regex

from . import german as _german
from .records import (COUNT, FRACTION, MULTIPLE, PERCENT, PERCENTAGE_POINT, RATIO, YEARLESS_DATE, Claim,
                      DateMention, Document, Figure, make_claim_id)
from .rules import Rule, RuleSet, compile_cached
from .text import LineIndex, sentence_bounds
from .caption_date import caption_view as _caption_view
from .one_count import one_counts, one_not_listed
from .move_ends import level_ends
from .direction import read_direction as _read_direction
from .rate_base import read_base as _read_base, read_base_before as _read_base_before
from .matching import _tier
from .matching import (_AGE_AUX, _BROAD, _Ctx, _DATE_PREP, _DETERMINER, _FALLBACK, _Hit, _Lexicon, _NP_STOP,
                       _NP_WORD, _PAST_FORMS, _PRESENT_FORMS, _PREVIOUS_REACH, _QUOTES, _SPEECH, _THING_VAGUE,
                       _VERB_WORD, _alt, _applies, _base, _best_rule, _canon, _clause, _cue_candidates,
                       _finditer, _lemma, _mapped_aliases, _nwords, _rules_for, _search,
                       _see_through, _typed_noun, lexicon_on)
from .subjects import (_AGE_OWNED, _AGE_PEOPLE, _GLUED_NAME, _KEPT, _LED_BY_PREP, _bare_owner, _unglued, _MONTHS_DAYS, _NAME_AFTER, _NAME_PARTS,
                       _NOT_PROPER, _PAST, _VERB_FORM, _YEAR_OLD, _a_word, _age_owner, _first_group,
                       _first_topic, _kept_names, _lex_names, _one_of_a_people, _person_subject,
                       _personal_metric, _subject, _title_case)
from .periods import _AGO, _WILL, _Period, _ahead, _date_span, _period, _yearless_span, from_before, set_back
# imported from ledger.claims by tests and tools
from .matching import RuleTimeout, sentence_offset, _analyse_literals, _ends_at_figure, _head_noun, _no_longer  # noqa: F401
from .matching import lexicon  # noqa: F401
from .matching import _required_literals, _reversed, _reversed_src, _span_back, _up_to_figure  # noqa: F401
from .subjects import _proper_nouns, _verb_actor  # noqa: F401
from .subjects import _owned_by_referent, _place_names
from .subjects import _OWNED_METRICS, _entities, _name_cands, _not_owner
from .subjects import _happening_place
from .currency_owner import currency_owners
from .age_place import persons_ages
from .list_subject import listed_places
from .federal_owner import federal_owners
from .title_firm import title_firms
from .place_scope import place_scopes
from .story_country import story_countries
from .event_owner import event_owners
from .coref_owner import _POSSESSIVE_AT, _PREP_BEFORE, _possessive, coref_owners
from .de_owner import german_owners
from .described_person import described_persons
from .relative_owner import relative_owners
from .measure_owner import measure_owners
from .dated_class import late_event, late_subject

# --------------------------------------------------------------------------
# unit classes

_LENGTH = {"km", "kilometer", "kilometre", "m", "meter", "metre", "mile", "cm", "mm", "ft",
           "foot", "feet", "yard", "inch", "nautical_mile", "nmi", "mi"}
_DURATION = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "decade_span", "century",
             "yr", "h", "min", "s"}
_MASS = {"kg", "kilogram", "g", "gram", "tonne", "metric_ton", "ton", "pound", "lb", "ounce"}
_AREA = {"km2", "square_kilometer", "square_kilometre", "square_mile", "hectare", "acre",
         "m2", "square_meter", "kilometer ** 2", "mile ** 2"}
_SPEED = {"km/h", "kph", "mph", "kilometer / hour", "mile / hour", "knot", "mach"}
_TEMP = {"degC", "degF", "celsius", "fahrenheit", "kelvin"}
_ENERGY = {"kWh", "MWh", "GWh", "TWh", "MW", "GW", "kW", "watt", "joule", "megawatt",
           "gigawatt", "barrel", "bcm"}


def unit_class(fig: Figure) -> str:
    u = fig.unit or ""
    if u in (COUNT, "", "number"):
        return "count"
    if u in (PERCENT, PERCENTAGE_POINT, MULTIPLE, FRACTION, RATIO):
        return u
    if len(u) == 3 and u.isalpha() and u.isupper():
        return "money"
    base = u.lower().rstrip("s") if u not in _ENERGY else u
    for cls, names in (("length", _LENGTH), ("duration", _DURATION), ("mass", _MASS),
                       ("area", _AREA), ("speed", _SPEED), ("temperature", _TEMP),
                       ("energy", _ENERGY)):
        if u in names or base in names:
            return cls
    return "other"


# --------------------------------------------------------------------------
# status


_STATUS_RANK = {"hypothetical": 7, "demand": 6, "proposal": 5, "pledge": 4, "forecast": 3,
                "target": 2, "estimate": 1, "actual": 0}


#: a modal "be" ("will be", "could be") sets the status of the figure it says
#: something of ("the ceremony will be held on 27 February", "two million
#: people could be thrown into poverty"), not of a figure in a phrase the clause
#: only mentions: one after a preposition or a comparison ("will be made
#: available in the eleven reading rooms", "could be a fraction of the billions
#: lost", "may be slower than in 2004"), after a conjunction or a relative
#: word, or with a new clause between ("in 2003 and it will be exciting")
_MODAL_BE = compile_cached(r"(?i)(?:will|would|could|may|might)\s+be")
#: (the "to" of a passive move right before the figure is the figure's own: "would be reduced to
#: 40%", "will be raised to £1.5bn"; not "could be $6.25 in 2004, compared to $5.80")
_MODAL_BE_GAP = compile_cached(r"(?i)\b(?:of|(?<!\b(?:reduced|cut|raised|lowered|increased|capped|limited|lifted|trimmed|"
                               r"slashed|boosted)\s)to|to(?!\s*$)|than|without|from|and|but|or|that|which|who|whose|where|have|has|had)\b"
                               r"|\b(?:in|at|on|into|across|among|with|by|for)\s+(?:the|its|their|his|her|our|these|those)\s+$")
_MODAL_BE_AFTER = compile_cached(r"(?i)\b(?:and|but|or|that|which|who|it|they|he|she|this)\b|[,;]|\s[-–—]|[–—]")


#: "will have to": an obligation, not a forecast of a figure ("employers will
#: have to engage with it", "will have to wait 48 hours")
_HAVE_TO = compile_cached(r"(?i)(?<=\bwill\s+have)\s+to\b")


def _holds(sent: str, cue: str, end: int, gap, a: int, b: int) -> bool:
    """Does the status word ``cue`` (ending at ``end``) say something of the
    figure?  Not "will have to" (an obligation), nor a modal "be" with ``gap``
    found in sent[a:b] between it and the figure (see _MODAL_BE)."""
    return _HAVE_TO.match(sent, end) is None and not (_MODAL_BE.fullmatch(cue) and gap.search(sent, a, b))


#: a speaker's own undertaking, before the figure in its clause: "I will cut taxes by £4bn",
#: "we'll give 5 thousand crore" (not "we will be", "I will then", "we will have": a state or
#: a forecast, and never after the figure: "on 18 February we will be going")
_FIRST_PERSON_WILL = compile_cached(r"(?<![\p{L}'’])(?:I|[Ww]e)(?:\s+will|['’]ll)\s+(?:not\s+|also\s+|now\s+)?"
                                    r"(?!(?:be|then|have|see|need|know|find|hear|get|say|tell|look)\b)\p{Ll}{2,}\b",
                                    regex.VERSION1)


#: "accused of raping a 12-year-old", "police arrested a 17-year-old": an age brought in
#: with "a" and no name stands for someone new, not for a name nearby; not in apposition
#: or after a copula ("Smith, a 45-year-old banker", "McCubbins (a five-year-old cat)", "Daunte Wright
#: — a 20-year-old", "Smith is a 45-year-old", "as a 17-year-old")
_AGE_SOMEONE = compile_cached(r"(?<![\p{L}])(?<!(?:[,;:\u2014\u2013]\s*|\s-\s+|\(\s*|\b(?:is|was|are|were|be|been|being|became|becomes|as)\s+))"
                              r"[Aa]n?\s+$", regex.VERSION1)
#: ... unless the name follows: "a three-year-old boy named William Tyrell", "a 28-year-old
#: doctor from Maharashtra, Dr. Maneesha Patil"
_AGE_NAMED_AFTER = compile_cached(r"[^.;:!?]{0,60}?(?:\b(?:named|called)\s+|,\s+(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)\p{Lu}",
                                  regex.VERSION1)


def _age_someone(sent: str, fs: int, fe: int) -> bool:
    return _AGE_SOMEONE.search(sent, max(0, fs - 24), fs) is not None and _AGE_NAMED_AFTER.match(sent, fe) is None


#: a fronted clause of contrast closed by a comma before the figure's own clause: its status
#: words say something of its own verb ("And while (Ted) Strickland proposed cuts for services
#: for children, he wasted over $250,000": spent, not proposed)
_CONCESSIVE_BEFORE = compile_cached(r"(?i)^(?:\W*(?:and|but)\s+)?\W*(?:while|whereas|although|though|even\s+though)\s"
                                    r"[^,;:]*,\s+(?=[^,;:]*$)", regex.VERSION1)


#: (status22) "demand" is also a noun of the economy ("imports grew 1.3% to $155.8bn on rising
#: consumer demand", "weak domestic demand", "TV-on-demand") and "demanding" an adjective
#: ("far more physically demanding since ... nearly 10 years ago"): they make a demand of the
#: figure only when the figure is what is demanded, right after them ("the demand for $280bn",
#: "Lee's demand for 10% of Marvel's profits", "demanding a 5% rise") or before them in one
#: noun phrase ("a 5% pay demand"), or with a clause of what is demanded ("Rules ... demand that
#: net cafes be at least 200 metres away")
_DEMAND_NOUN = frozenset({"demand", "demands", "demanding"})
_DEMAND_OF = compile_cached(r"(?i)\s+(?:(?:for|of)\s+)?(?:(?:a|an|the|some|about|around|up\s+to|nearly|almost|over|"
                            r"more\s+than|at\s+least|another|a\s+further|an\s+extra)\s+){0,2}")
_DEMAND_THAT = compile_cached(r"(?i)\s+that\b")
#: ... and the verb after a modal, "to" or a pronoun, with what is demanded in its clause ("Putin
#: would demand Ukraine cut its armed forces to a fifth of their size")
_DEMAND_VERB = compile_cached(r"(?i)\b(?:will|would|could|can|may|might|must|should|shall|to|do|does|did|not|they|we|I|you)\s+$")
_DEMAND_COMPOUND = compile_cached(r"(?i)\s*(?:(?!(?:on|in|of|for|from|by|at|with|to|and|or|but|amid|as|after|"
                                  r"despite|because|while)\b)[\p{L}]+\s+){0,2}", regex.VERSION1)

#: (status22) "due to" tells what is to come before a verb ("is due to close on 1 August",
#: "those due to attend the luncheon on Monday", "the figures, due to be published on Thursday");
#: before a noun phrase it is "because of" ("has sacked about 100 employees due to a severe cash
#: crisis", "Due to the Thanksgiving holiday, the film opened on Wednesday", "due to viruses",
#: "due to rising costs", "due to Kathleen Falk's tax policies")
_DUE_BECAUSE = compile_cached(r"(?i)\s+(?:(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|some|"
                              r"high|higher|low|lower|strong|weak|poor|bad|heavy|lack|concerns?|fears?|problems?|"
                              r"increased|reduced|continued|ongoing|fewer|more|less|falling|rising)\b|"
                              r"(?-i:\p{Lu})|\d|\p{Sc}|\p{L}{3,}ing\b|\p{L}+(?<![su])s\b)", regex.VERSION1)

#: (status22) an "if" that sets no condition of the figure: "even if" or "as if" after it (a
#: concession, a likeness: the figure holds either way: "we expect the deficit to widen in 2005
#: even if the dollar gets back ...", "pay mortgage rates of 15% even if it was more than a
#: decade ago"; a plain "if" after it makes the figure depend on it: "will lose 500 jobs if the
#: deal fails"), or a way of pointing at a fact ("If you look at the team on paper, they have
#: stars from one to 15", "if you look to Chicago, where you had over 4,000 victims").  A figure
#: inside an indirect question ("asked if 500 jobs had gone") is asked about, not stated: it
#: stays hypothetical, and so is never compared
_IF_CONCESSIVE = compile_cached(r"(?i)\b(?:even|as)\s+$")
_IF_YOU_LOOK = compile_cached(r"(?i)\s+(?:you|we)\s+look\b")

#: (status22) "suggested" of what figures show is no proposal: said of data ("statistics
#: suggested Roma Czechs were 400 times more likely", "its figures suggested that ... attracted
#: 90%") or with the finding told as a fact ("research ... which suggested that IE had 92.9% of
#: users in October compared to 95.5% in June"); a proposal asks for what should be ("suggested a
#: 5% cut", "suggested the fee be raised to £10")
_SUGGEST = frozenset({"suggested"})
_SUGGEST_DATA = compile_cached(r"(?i)\b(?:figures|research|statistics|data|survey|surveys|study|studies|poll|polls|evidence|"
                               r"report|results|findings|numbers|analysis|estimates|tests|research\s+\w+)\s+(?:\w+\s+){0,2}$")
_SUGGEST_FACT = compile_cached(r"(?i)\b(?:was|were|is|are|had|has|have)\b")

#: (status22) an estimate's hedge is the figure's it stands before ("took an estimated $121.9m
#: (£63.3m), compared with $165.8m last year"; "loses an estimated $30 to $40 million a year by
#: keeping chickens at $4.99 each"; "estimates an HIV prevalence of 24% among its 130,000-strong
#: workforce"): not of a later figure, nor of an earlier one it follows ("The weekend's top 12
#: films took an estimated $121.9m"); only the hedged figure's own stated conversion, or a
#: range's other end, shares it
_HEDGE_OWN_GAP = compile_cached(r"(?i)\s+(?:(?:a|an|the|some|about|around|of|at|nearly|almost|over|more\s+than)\s+){0,2}")
_HEDGE_SHARED = compile_cached(r"(?i)^\s*(?:[(\[][^)\]]*|(?:to|-|–|and|or)\s*)$")

#: (status22) the first value of a change told "from ... to ..." is the value in force, not the
#: one forecast, promised or proposed ("pension age would rise from 60 to 65", "broadband
#: predicted to grow from 19% to 37% of households by 2009", "expected to fall from 5% in 2004
#: to 4.25%", "from 19% of households in 2004 to 37% in 2009"); a target raised "from £35 to £36.20" was a target before and stays one
_FROM_START = compile_cached(r"(?i)\b(?:rise|rises|rising|rose|grow|grows|growing|grew|fall|falls|falling|fell|drop|drops|"
                             r"dropping|climb|climbs|climbing|increase|increases|increasing|increased|decrease|decreases|"
                             r"cut|cuts|cutting|reduce|reduces|reducing|reduced|raise|raises|raising|raised|lower|lowers|"
                             r"lowering|lowered|slow|slows|slowing|jump|jumps|go\s+up|go\s+down|move|moves|shrink|shrinks|"
                             r"expand|expands|double|doubles|halve|halves)\s+(?:\p{Ll}+ly\s+)?from\s+$", regex.VERSION1)
_FROM_TO = compile_cached(r"(?i)(?:\s+[^,;]{1,30}?)?\s+to\s+")
_FROM_FIRST = frozenset({"forecast", "pledge", "proposal", "demand"})

#: (status22) a date told right after the act of promising, proposing, calling for or predicting
#: is when that act was done, not what was promised ("an extra £50m was promised on Tuesday", "the
#: 20 million new jobs promised by EU leaders in Lisbon in 2000", "insisted on Wednesday", "broke a
#: promise made in 2003"); so is a date right before the act in the past ("In 1916, the U.S.
#: government predicted that ...").  Not a deadline ("pledged to cut emissions by 2010")
_ACT_DONE = frozenset({"promised", "pledged", "vowed", "proposed", "suggested", "demanded", "insisted on", "called for",
                       "calls for", "predicted"})
_ACT_NOUN = frozenset({"promise", "pledge", "proposal", "demand", "prediction", "commitment", "promises", "pledges",
                       "proposals", "demands", "predictions"})
_DATE_OF_ACT = compile_cached(r"(?i)(?:\s+by\s+(?:[\p{L}'’.-]+\s+){1,5}?|\s+)(?:(?:on|in|at|during)\s+(?:the\s+)?)?",
                              regex.VERSION1)
_DATE_OF_ACT_NOUN = compile_cached(r"(?i)\s+(?:made|given|announced|unveiled|issued|published)\s+(?:on|in|at|during)\s+"
                                   r"(?:the\s+)?")

#: ... but not a deadline before a passive ("By 2007, it is predicted that there will be ...")
_DATE_BY = compile_cached(r"(?i)\bby\s+$")
_ACT_PASSIVE = compile_cached(r"(?i)\b(?:is|are|was|were|be|been|being)\b")


_EXPECT = frozenset(("expect", "expects", "expecting"))
_EXPECT_TO = compile_cached(r"(?i)\bto\b")
_EXPECT_KNOWN = compile_cached(r"(?i)\s+(?:the|his|her|its|their|our|my|your|this|these|those)\s")
_EXPECT_PAST = compile_cached(r"(?i)\b(?:following|after|since|because|before|from)\b")


#: a "target" that is attacked, not aimed at: "a tempting target", "soft targets"
_ATTACKED_TARGET = compile_cached(r"(?i)(?<![\p{L}])(?:tempting|easy|soft|prime|legitimate|military|civilian|obvious|"
                                  r"attractive|favourite|favorite|popular|natural|juicy|high-value|terrorist)\s+$",
                                  regex.VERSION1)


#: (s26) a target cue that ends in "to" (rules/lists/status.txt: a verb of aiming, "attempted to
#: raise the $50,000 needed", "hope to raise £250,000") sets the target only of a figure of the
#: infinitive right after it, with no clause break between
_AIM_BREAK = compile_cached(r"(?i)[,;:()\u2013\u2014]|\s-\s|\b(?:that|there|which|who|whom|whose|while|because|but|as|"
                            r"though|although|if|when|and)\b")
#: "offer hope to the millions": hope the noun
_HOPE_NOUN = compile_cached(r"(?i)\b(?:offer|offers|offered|offering|give|gives|gave|giving|bring|brings|brought|"
                            r"no|new|false|little|some|any|of|with|great|real|fresh|renewed)\s+$")


#: (s35) a target reached or missed, after the figure that did so
_MET_TARGET = compile_cached(r"(?i)(?<![\p{L}])(?:met|meet|meets|meeting|missed|miss|misses|missing|hit|hits|reached|"
                             r"reach|reaches|exceeded|exceed|exceeds|beat|beats|achieved|achieve|achieves|failed\s+to\s+"
                             r"(?:meet|hit|reach))\s+(?:the\s+|their\s+|its\s+|a\s+|this\s+|that\s+)?(?:[\w-]+\s+)?$",
                             regex.VERSION1)


def _cue_off(ctx: _Ctx, cue: str, st: str, a: int, b: int) -> bool:
    """(status22) Is the status word ``cue`` at sent[a:b] none of the figure's, though near
    it: a noun of another thing ("consumer demand"), an "if" of no condition, a "suggested"
    of what data show, another figure's hedge, or the act a date tells the time of?"""
    sent, low = ctx.sent, cue.lower()
    before = b <= ctx.fs
    if low in _DEMAND_NOUN:
        if _DEMAND_VERB.search(sent, max(0, a - 8), a):
            return False
        if before:
            return not (_DEMAND_OF.fullmatch(sent, b, ctx.fs) or _DEMAND_THAT.match(sent, b))
        return sent[a - 1:a] == "-" or not (_DEMAND_COMPOUND.fullmatch(sent, ctx.fe, a) or _DEMAND_THAT.match(sent, b))
    if low == "due to":
        return _DUE_BECAUSE.match(sent, b) is not None
    if st == "target" and low.endswith(" to"):
        # before the figure, with the figure in what is aimed at: "attempted to raise the $50,000",
        # not "sued 45 banks as it tries to", "trying to get across the fact that there are 11m"
        if not before or _HOPE_NOUN.search(sent, max(0, a - 16), a) is not None:
            return True
        gap = sent[b:ctx.fs]
        return _nwords(gap) > 8 or _AIM_BREAK.search(gap) is not None
    if low in ("target", "targets") and (
            # (s25) "such a tempting target that there are 100,000 viruses": what is attacked
            _ATTACKED_TARGET.search(sent, max(0, a - 24), a) is not None
            # (s35) "Fewer than one in five schools met the target": what was reached, no aim
            or not before and _MET_TARGET.search(sent, max(0, a - 24), a) is not None):
        return True
    if low == "if":
        return (not before and _IF_CONCESSIVE.search(sent, max(0, a - 6), a) is not None) \
            or _IF_YOU_LOOK.match(sent, b) is not None
    if low in _SUGGEST:
        return _SUGGEST_DATA.search(sent, max(0, a - 40), a) is not None \
            or (before and _SUGGEST_FACT.search(sent, b, ctx.fs) is not None)
    if st == "estimate":
        for (os_, oe) in ctx.others:
            # the hedge read inside the other figure ("an estimated $121.9m") or just before it
            owned = os_ <= a and b <= oe or b <= os_ and _HEDGE_OWN_GAP.fullmatch(sent, b, os_)
            if owned and before and oe <= ctx.fs and not _HEDGE_SHARED.match(sent[oe:ctx.fs]):
                return True  # "an estimated $121.9m (£63.3m), compared with $165.8m": the $121.9m's
            if owned and not before:
                return True  # "top 12 films took an estimated $121.9m": the $121.9m's
    if low in _EXPECT:
        # what someone expects is to come, told after the verb: "expects sales to top 500,000",
        # "expect growth of 3%", "expects up to 4,000 supporters"; not what is expected of a
        # known thing ("expects the nine vendors will plead guilty", "expects his five-year
        # term to be judged"), a figure of a phrase of its own ("expects to cut 12,800 jobs
        # following its $16bn takeover"), nor a figure before the verb
        if not before:
            return True
        gap = sent[b:ctx.fs]
        if _EXPECT_PAST.search(gap):
            return True
        return _EXPECT_TO.search(gap) is None and (_nwords(gap) > 3 or _EXPECT_KNOWN.match(gap) is not None)
    if ctx.fig.kind == "date":
        if before and (low in _ACT_DONE and _DATE_OF_ACT.fullmatch(sent, b, ctx.fs)
                       or low in _ACT_NOUN and _DATE_OF_ACT_NOUN.fullmatch(sent, b, ctx.fs)):
            return True  # "promised on Tuesday": when it was promised
        if not before and low in _ACT_DONE and _DATE_BY.search(sent, max(0, ctx.fs - 4), ctx.fs) is None \
                and _ACT_PASSIVE.search(sent, ctx.fe, a) is None:
            return True  # "In 1916, the U.S. government predicted": when it was predicted
    return False


def _status(rule: Rule, ctx: _Ctx, lex: _Lexicon, hit: _Hit) -> str:
    """Status words near the figure in its clause; the strongest wins
    ("a proposed 4% target" is a proposal; "the current 3% target" a target).
    An age is no forecast ("the 35-year-old may be included")."""
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    found = []
    if rule.metric == "people.age":
        return rule.status
    for m in _finditer(_CONCESSIVE_BEFORE, ctx.sent[lo:ctx.fs]):
        lo += m.end()  # "while Strickland proposed cuts ..., he wasted over $250,000": not a proposal
        break
    # up to the number itself: "an estimated 12,000" keeps its hedge in the figure
    for m in _finditer(lex.status_rx, ctx.sent[lo:max(lo, ctx.ns)]):
        d = _nwords(ctx.sent[lo + m.end():ctx.fs]) if lo + m.end() < ctx.fs else 0
        st = lex.status[m.group().lower()]
        if d <= (14 if st == "hypothetical" else 12) and _holds(ctx.sent, m.group(), lo + m.end(),
                                                                 _MODAL_BE_GAP, lo + m.end(), ctx.fs) \
                and not _cue_off(ctx, m.group(), st, lo + m.start(), lo + m.end()):
            found.append(st)
    m = _search(_FIRST_PERSON_WILL, ctx.sent, lo, ctx.ns)
    if m is not None and _nwords(ctx.sent[m.end():ctx.fs]) <= 8:
        found.append("pledge")
    m = _search(lex.status_rx, ctx.sent, ctx.fe, hi)
    st = lex.status[m.group().lower()] if m is not None else None
    if m is not None and _nwords(ctx.sent[ctx.fe:m.start()]) <= 3 \
            and _holds(ctx.sent, m.group(), m.end(), _MODAL_BE_AFTER, ctx.fe, m.start()) \
            and not _cue_off(ctx, m.group(), st, m.start(), m.end()):
        found.append(st)
    if _FROM_START.search(ctx.sent, max(0, ctx.fs - 40), ctx.fs) and any(
            os_ >= ctx.fe and _FROM_TO.fullmatch(ctx.sent, ctx.fe, os_) for os_, _ in ctx.others):
        found = [st for st in found if st not in _FROM_FIRST]  # "would rise from 60 to 65": 60 is in force
    found.append(rule.status)
    return max(found, key=lambda st: _STATUS_RANK[st])


#: the verb of a date's clause in the future, shortly before the date: "will open in 2012",
#: "is due to close on 1 August" (a date of no later than publication is no forecast)
_WILL_ACT = compile_cached(r"(?i)\b(?:" + _WILL + r"|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\s+(?:(?:not|also|now|then|"
                           r"finally|only|soon)\s+)?\p{Ll}+\b(?![^.;,]*\b(?:ago|last|was|were|had|did|which|who|that)\b)",
                           regex.VERSION1)


def _future_act(ctx: _Ctx, hit: _Hit) -> bool:
    """(date25) Is the act a date rule read told in the future ("will ditch ... in 2024",
    "is due to close on 1 August"): the rule's cue starts inside the future phrase
    (_WILL_ACT) shortly before the date?  Read only for a date of a text with no
    publication date (a QuanTemp claim, a bare file), where "no later than
    publication" cannot be checked; a cue elsewhere ("will be remembered for the
    invasion launched in 2003") leaves the date's status alone."""
    m = _WILL_ACT.search(ctx.sent, max(0, ctx.fs - 60), ctx.fs)
    return m is not None and m.start() <= hit.cue[0] <= m.end()


# --------------------------------------------------------------------------
# building claims


def _values(rule: Rule, fig: Figure):
    value, low, high, unit = fig.value, fig.low, fig.high, fig.unit
    if rule.transform == "reduction" and unit == MULTIPLE and value:
        inv = (lambda x: 1.0 / x if x else None)
        value, low, high = 1.0 / value, inv(high), inv(low)
        unit = FRACTION
    elif rule.transform == "count" and unit == MULTIPLE:
        unit = COUNT
    return value, low, high, unit


_EVENT_NOUN = compile_cached(
    r"(?i)\b(election|elections|referendum|war|invasion|attack|attacks|earthquake|flood|storm|hurricane|"
    r"pandemic|crisis|recession|riot|riots|protest|protests|summit|speech|ruling|verdict|treaty|deal|"
    r"census|budget|law|act|ban|strike|shooting|crash|blast|explosion|fire|lockdown|tournament|final|"
    r"games|olympics|world cup|polls|bypolls|midterms?)\s*$")
def _content_word(text: str) -> list:
    """The last content word of ``text`` ("sea level rise minimal since" ->
    minimal): what the date is attached to, when no verb says it."""
    for w in reversed(_NP_WORD.findall(text)[-4:]):
        low = w.lower().rstrip(".")
        if low not in _NP_STOP and low not in _SPEECH and len(low) > 2 and not low.endswith("ly"):
            return [_lemma(low)]
    return []


_EVENT_VERB = compile_cached(
    r"\b(?!(?:often|women|seven|eleven|children|garden|even|heaven|kitchen|citizen|chicken|golden|"
    r"sudden|token|warden|dozen|hundred|indeed|need|seed|speed|breed|greed|feed|weed|been|between|"
    r"when|then|seen|open|ten|men|screen|green|queen|red|bed|united|limited|"
    # speech acts date a statement, not an event: attribution's business
    r"(?:" + "|".join(sorted(_SPEECH)) + r"))\b)"
    r"(?:[a-z]{2,}(?:ed|en)|won|held|took|began|begun|went|made|gave|shot|built|came|did|"
    r"fell|left|met|rose|ran|sold|told|wrote|became|brought|bought|caught|fought|found|got|"
    r"hit|lost|paid|put|said|sent|set|spent|struck|won|dies|shows|showed)\b")


_CUE_CANON: dict = {}  # id(rule) -> (rule, compiled alternation or None, {alias lower-cased: canonical})


def _cue_canon(rule: Rule, lex: Optional[_Lexicon]):
    """(regex, {alias: canonical}) of the mapped word lists a date rule's cues
    use ("buried => burial"), or None: a ``{cue}`` metric is then the list's
    canonical event, so "founded" and "established" name one fact."""
    got = _CUE_CANON.get(id(rule))
    if got is not None and got[0] is rule:
        return got[1]
    out = None
    if lex is not None:
        canon = _mapped_aliases(lex, (rule.cues_before, rule.cues_after))
        if canon:
            rx = compile_cached(r"(?i)(?<![\w-])(?:" + _alt(canon) + r")(?![\w-])", regex.VERSION1)
            out = (rx, canon)
    if lex is not None:
        _CUE_CANON[id(rule)] = (rule, out)
    return out


#: an auxiliary that opens the words after a date ("... blasts in 1993 has been postponed")
_AUX_NEXT = compile_cached(r"\s*(?:has|have|had|is|are|was|were)\b", regex.VERSION1)


def _metric(rule: Rule, hit: _Hit, ctx: _Ctx, lex: Optional[_Lexicon] = None) -> str:
    if hit.metric:
        return hit.metric
    if "{cue}" in rule.metric and rule.kind == "date_event":
        canon = _cue_canon(rule, lex)
        if canon is not None:
            # the listed wording nearest the date, in its canonical form
            found = _finditer(canon[0], ctx.sent[hit.cue[0]:hit.cue[1]])
            if found:
                m = found[-1] if hit.cue[1] <= ctx.fs else found[0]
                word = canon[1].get(m.group().lower())
                if word:
                    return rule.metric.replace("{cue}", word)
    if "{cue}" in rule.metric:
        text = ctx.sent[hit.cue[0]:hit.cue[1]]
        verbs = _EVENT_VERB.findall(text)
        if not verbs and hit.cue[1] <= ctx.fs:
            # "protests spraying police with hay in Brussels in 2015": the
            # cue is the preposition; the event is the verb before it
            lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
            before = ctx.sent[lo:hit.cue[0]]
            noun = _EVENT_NOUN.search(before[-30:])
            verbs = ([noun.group(1).lower()] if noun else _EVENT_VERB.findall(before)
                     or (_EVENT_VERB.findall(ctx.sent[ctx.fe:hi])[:1]
                         # not the sentence's verb right after the date ("the blasts in 1993 has
                         # been postponed"): the date is inside its subject, the blasts'
                         if _AUX_NEXT.match(ctx.sent, ctx.fe) is None else [])
                     # a date names no event by the last word before it ("female senators in
                     # 2013", "a dime since 2010"): a verb or an event noun, or nothing
                     or (_content_word(before) if rule.kind != "date_event" else []))
        # the verb nearest the figure: the last one of a cue before it
        m = (verbs[-1] if hit.cue[1] <= ctx.fs else verbs[0]) if verbs else None
        if m:
            word = m.lower()
        elif hit.cue[0] >= ctx.fe:  # "the 2020 ballots": the noun the date qualifies
            words = _NP_WORD.findall(text)
            word = (_lemma(words[-1]) if words and words[-1].lower() not in _SPEECH
                    and words[-1].lower() not in _NP_STOP else None)  # not "in 2020 when"
        else:
            word = None
        if word is None:
            return None  # no event named: not a typed claim
        return rule.metric.replace("{cue}", word)
    return rule.metric


def _make_claim(doc, rule, ctx, hit, lex, dates, idx, *, value=None, low=None, high=None,
                unit=None, text=None, kind=None, linked=None) -> Claim:
    fig = ctx.fig
    story = doc.story_at(fig.start)
    published = (story.published if story and story.published else doc.published)
    outlet = (story.outlet if story and story.outlet else doc.outlet)
    pub = doc.reference_date(fig.start)
    subject, subject2 = _subject(rule, ctx, lex, hit)
    metric = _metric(rule, hit, ctx, lex)
    if metric == "people.age":
        # the name an age is written before; none when it stands for someone named
        # before ("The 28-year-old won in Sheffield": not Sheffield)
        subject = None if _AGE_PEOPLE.match(ctx.sent, ctx.fe) else _age_owner(ctx, lex) or (
            None if _age_role(ctx.sent, ctx.fs, ctx.fe)
                                           or _AGE_OWNED.search(ctx.sent, max(0, ctx.fs - 4), ctx.fs)
                                           or _age_someone(ctx.sent, ctx.fs, ctx.fe) else subject)
    if subject is not None and lex.persons and metric and _personal_metric(metric, lex.person_metrics):
        subject = _person_subject(ctx, lex, subject, metric)
    status = _status(rule, ctx, lex, hit)
    if hit.earlier:
        # "fell to 9.6% in December from 10.6%": the later value's date is not
        # the earlier one's; only a date after the earlier value is its own
        # ("from 97.5 in January"), and "a year earlier" is no rate per year
        upto = len(ctx.sent) if hit.upto is None else hit.upto
        period = _Period() if _AGO.match(ctx.sent, ctx.fe) else _period(
            rule, replace(ctx, sent=" " * ctx.fe + ctx.sent[ctx.fe:upto] + " " * (len(ctx.sent) - upto)),
            [d for d in dates if fig.end <= d.start and d.end <= ctx.s0 + upto], pub, carry=False)
        if status == "forecast" and period.end and pub and period.end < str(pub)[:10]:
            # (s35) "will rise to 2.1% of GDP in 2025, up from 1.6% in 2023": the earlier value
            # of a forecast move is a past that was, not part of the forecast
            status = "actual"
    else:
        period = _period(rule, ctx, dates, pub)
    if value is None:
        value, low, high, unit = _values(rule, fig)
    line, col = idx.line_col(fig.start)
    # (rates33) a count told per a number base ("12 deaths for every 100,000 residents") carries
    # its base, so that a rate on another base ("0.12 deaths per 1,000") compares with it
    per_base = (_read_base(ctx.sent, ctx.fe) or _read_base_before(ctx.sent, ctx.fs)) if unit == COUNT else None
    return Claim(
        id=make_claim_id(doc.sha256, fig.start, fig.end), doc=doc.path, doc_sha=doc.sha256,
        outlet=outlet, published=published[:10] if published else None,
        published_at=published if published and len(published) > 10 else None, line=line,
        start=fig.start, end=fig.end, text=text or fig.text, sentence=ctx.sent, value=value,
        low=low, high=high, unit=unit, hedge=fig.hedge, metric=metric, subject=subject,
        period=period.label, rule=rule.code, subject2=subject2, status=status,
        period_start=period.start, period_end=period.end, cumulative=period.cumulative,
        story=story.title if story else None, kind=kind or fig.kind,
        low_strict=fig.low_strict, high_strict=fig.high_strict,
        precision_low=fig.precision_low, precision_high=fig.precision_high, column=col,
        linked=linked, per_base=per_base,
        # (fold34) which way a change went, so that "fell 30%" is not "rose 30%" and "reduced four-fold"
        # is "cut to a quarter"
        direction=_read_direction(ctx.sent, ctx.fs, ctx.fe) if metric and metric.startswith("change.") else None)


_BRACKETED = compile_cached(r"\s*\(\s*$")
_IN_BRACKETS = compile_cached(r"\s*[(;/,]\s*$")  # "($2bn; £1.1bn)": conversions listed in brackets


_REFERENTIAL = compile_cached(r"(?i)\b(?:the|these|those|both|its|their|our|his|her)\s+$")
#: (cnt27) a hyphen and a word right after the figure: the number of a compound adjective
_COMPOUND_NEXT = compile_cached(r"-[a-z]")


#: (s25) a compound of two words or more glued to a count: "four-wheel-drive vehicles" counts
#: wheels, not vehicles ("the three-judge panel", one word, is the panel's size: SIZ274)
_LONG_COMPOUND = compile_cached(r"-\p{Ll}+-\p{Ll}", regex.VERSION1)


def _glued_compound(ctx: _Ctx) -> bool:
    """Is a count the number inside a compound of two words or more ("four-wheel-drive
    vehicles"), which counts nothing the sentence names?"""
    return ctx.ucls == "count" and ctx.fig.kind == "number" and _LONG_COMPOUND.match(ctx.sent, ctx.fe) is not None


def _referential(ctx: _Ctx) -> bool:
    """'the two nations', 'the three men': a small number that points back
    to things already named is not a claim."""
    if ctx.fig.kind != "number" or ctx.fig.hedge is not None:
        return False
    if ctx.fig.text.lower() == "one" and not one_counts(ctx):
        return True  # "one former commander", "One thing Russia needs": a pronoun, not a count
    if _COMPOUND_NEXT.match(ctx.sent, ctx.fe):
        return False  # (cnt27) "the three-eyed Lord Shiva", "the three-judge panel": a compound's number, no pronoun
    if _REFERENTIAL.search(ctx.sent[max(0, ctx.fs - 8):ctx.fs]) is None:
        return False
    # "the four had been rescued", "the four pose to the UK": a number word standing alone after
    # "the" points back to a group already counted (BBC stress test: a false dispute over refugees)
    return ctx.fig.value <= 3 or (ctx.fig.value <= 20 and ctx.fig.text.isalpha()
                                  and _STANDS_ALONE.match(ctx.sent, ctx.fe) is not None)


def _pronoun_one(ctx: _Ctx) -> bool:
    """(one34) Is the figure "one" no count whatever reads it ("two awards, one for design and another
    for sound", "6.45, one-hundredth of a second faster"), so that a list does not read it as its next
    count either?  ("three flats in Kyiv, one in Odesa" is the list's next count.)"""
    return ctx.fig.kind == "number" and ctx.fig.hedge is None and ctx.fig.text.lower() == "one" and one_not_listed(ctx)


_STANDS_ALONE = compile_cached(r"(?:\s*[.,;:!?)]|\s+(?:had|have|has|were|was|are|is|will|would|could|can|may|might|should|"
                               r"must|did|do|does|also|all|both|each|who|whom|which|that|said|say|says|remain|remained|"
                               r"pose|face|faced|went|came|left|returned|arrived|spent|told)\b)")


def _in_name(ctx: _Ctx, lex: _Lexicon) -> bool:
    """'S&P 500', 'FTSE 100', 'G20': the number is part of a name.  A name
    the figure's own currency reads ("86.7bn Swiss francs", "US$5bn",
    "12bn Hong Kong dollars") is the unit, not a name around the number."""
    unit = ctx.fig.kind == "money"
    for m in _finditer(lex.entity_rx, ctx.sent[max(0, ctx.fs - 12):ctx.fe + 4]):
        a = max(0, ctx.fs - 12) + m.start()
        b = a + len(m.group())
        if a < ctx.fe and b > ctx.fs and not (unit and a >= ctx.fs and b <= ctx.fe):
            return True
    return False


#: a figure's context is its sentence, cut to this many characters either
#: side: cues, subjects and periods sit near the figure, and a run-on
#: "sentence" of thousands of figures (a table flattened to one line) must
#: not make typing quadratic
_REACH = 300


def _window(text: str, s0: int, s1: int, f) -> tuple[int, int]:
    if s1 - s0 <= 2 * _REACH + (f.end - f.start):
        return s0, s1
    a, b = max(s0, f.start - _REACH), min(s1, f.end + _REACH)
    if a > s0:  # start and end at word boundaries, well away from the figure
        sp = text.find(" ", a, max(a, f.start - 60))
        a = sp + 1 if sp != -1 else a
    if b < s1:
        sp = text.rfind(" ", min(b, f.end + 60), b)
        b = sp if sp != -1 else b
    return a, b


def _paragraph(text: str, pos: int) -> str:
    """The figure's line and the non-empty line before it (a rule's context)."""
    a0 = text.rfind("\n", 0, pos) + 1
    if pos - a0 > 4 * _REACH or text.find("\n", pos) - pos > 4 * _REACH:
        return text[max(0, pos - 4 * _REACH):pos + 4 * _REACH]
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    prev_end = a - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1 if prev_end > 0 else a
    return text[prev_start:b if b != -1 else len(text)]


_SHARE_OF = compile_cached(r"\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+|some\s+)?", regex.IGNORECASE)
_AUX = compile_cached(r"(?i)\b(?:have|has|had|been|were|was|is|are|will|would|did|do|does)\b")
#: a participle that describes a noun before the clause's own verb ("troops sent to fight in the war have been")
_REDUCED_RELATIVE = compile_cached(r"\b(?:\p{Ll}+ed|sent|sold|held|kept|brought|taken|given|made|built|seen|known|drawn|"
                                   r"shot|hit|caught|bought|won|lost|left)\s+(?:to|in|into|by|from|at|on|for|during)\b",
                                   regex.VERSION1)
#: what stands between two figures of one list, or between a value and the
#: earlier value it is set against ("fell to 9.6% in December from 10.6%",
#: ", up from 4.1%", ", down from £3m", "compared with 5% a year earlier"):
#: the later figure's rule types the earlier one too
#: "from a previous estimate of 250", "up from an earlier forecast of £1.8bn": the earlier value named as one
_EARLIER_ESTIMATE = (r"(?:(?:previous|earlier|initial|original|prior|first|official|revised|last)\s+)?"
                     r"(?:estimate|figure|forecast|count|tally|toll|total|projection|reading|guidance)\s+of\s+")
_LIST_GAP = compile_cached(r"^(?:[\s\w’'-]{0,40}?(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)"
                           # (s25) the next part's own time and "by": "rose by 4.7% and in 2002 by 8.6%"
                           r"(?:(?:in|during)\s+[\w/’'-]+(?:\s+[\w/’'-]+)?,?\s+by\s+|by\s+)?|\s+(?:to|from)\s+"
                           r"|(?:\s+(?:in|by|at|for|on|during|last|this)\s+[\w\s’'-]{1,30}?)?,?\s+"
                           r"(?:(?:up|down)\s+from|from|compared\s+(?:with|to))\s+"
                           r"(?:(?:the|a|an|its|their)\s+" + _EARLIER_ESTIMATE + r"|(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?))$",
                          regex.VERSION1)


#: ", up from 34 million a year ago" after a clause of any length: the value
#: the clause's figure is set against, whatever verb the clause has
_EARLIER = compile_cached(r"^[^.;:!?()\d]{0,80}?(?:,\s*|\s+)(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+"
                          r"(?:(?:the|a|an|its|their)\s+" + _EARLIER_ESTIMATE + r"|(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?)$",
                          regex.VERSION1)


_SET_AGAINST = compile_cached(r"(?i)\b(?:from|compared)\b")
#: between two figures, nothing but the word that joins them (and the first one's stated
#: conversion): "from 70% to 49%", "five and ten gigabytes", "$2.5m (£1.33m) to $4m"
_JOINED = compile_cached(r"(?:\s*\([^()]{1,40}\))?\s+(?:to|and|or)\s+")
#: between the two figures of a move, the earlier figure's own time and "to": "from 145.7 in 1993
#: to 98 in 1998", "from 9,000 in January to 4,500", "from 400 last year to 650 this year"
_FROM_TO_GAP = compile_cached(
    r"(?:\s+(?:in|at|on|during|by)\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)\s+)?"
    r"(?:(?-i:\p{Lu}\p{Ll}+)\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:fiscal\s+)?\d{4}(?:[/-]\d{2,4})?|the\s+\d{4}s)"
    r"|\s+(?:last|this|the\s+previous)\s+(?:year|month|week|quarter|season|decade)"
    r"|\s+(?:a|one|two|three|four|five|ten|\d+)\s+(?:years?|months?|weeks?|decades?)\s+(?:ago|earlier|before))?"
    r",?\s+to\s+", regex.VERSION1 | regex.I)
#: after a figure of a list, no noun of its own: the list's noun is left out ("65 flights on
#: Thursday, 180 on Friday", "1,700 from sales, 3,400 from operations and 2,600 across legal")
_ELLIPSIS = compile_cached(r"\s*(?:[,;.)]|(?:on|in|at|from|across|during|each|apiece|respectively|and|or)\b)")
#: after the earlier value, the party it belongs to, when that is another one
#: ("compared to 30% in Frankfurt", "14,738 for the Liberal Democrat candidate")
_OTHER_PARTY = compile_cached(r"\s+(?:for|by|at|in|of)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
                              r"August|September|October|November|December|Q\d)\b)\p{Lu}", regex.VERSION1)


#: what stands between the figures of a stated conversion in brackets: "(", ";", ",", "/", ")"
_CONV_OPEN = compile_cached(r"\s?\(\s*")
_CONV_SEP = compile_cached(r"\s*[;,/]\s*")
#: ... and closes it, with the noun the figure modifies after it ("$6.75bn
#: (£3.6bn) buyout", "$280bn (£149bn) in damages"); not a phrase of its own
#: ("$1 (53p) for an hour", "$56.5m (£30.4m) from concerts", "(US$13m) a year")
_CONV_CLOSE = compile_cached(r"\s*\)(?= (?:in )?(?!(?:for|from|of|to|at|on|by|with|over|per|than|as|and|or|but|"
                             r"a|an|the|this|that|these|those|its|their|last|next|each|apiece|a)\b)\p{Ll})",
                             regex.VERSION1)


def _conversion(text: str, f: Figure, figs: list, i: int, s0: int, s1: int) -> tuple:
    """(start, end) in the sentence of " ($2bn; £1.1bn)" right after a figure
    when it holds only figures of the same unit class (a stated conversion),
    else ()."""
    cls = unit_class(f)
    if cls in ("count", "percent", "percentage_point", "multiple", "fraction", "ratio", "other"):
        return ()
    at, gap = f.end, _CONV_OPEN
    for g in figs[i + 1:i + 4]:
        if g.end > s1 or unit_class(g) != cls or g.unit == f.unit or gap.fullmatch(text, at, g.start) is None:
            return ()
        at, gap = g.end, _CONV_SEP
        if text.startswith(")", at) or text.startswith(" )", at):
            m = _CONV_CLOSE.match(text, at)
            return (f.end - s0, m.end() - s0) if m is not None else ()
    return ()


#: the close of a stated conversion after the earlier figure of a list or comparison:
#: "a pre-tax profit of £75m ($141m) compared with £125m a year earlier", "took $38.1m (£19.8m)
#: on its opening weekend and $184m (£95.8m) in total"
_CONV_END = compile_cached(r"\s*\)")
#: "profits fall 15% to $56m, against $66m a year earlier": "against" sets a value against an
#: earlier one only when a phrase of an earlier time follows the figure (not "against the euro")
_AGAINST = compile_cached(r"^[^.;:!?()\d]{0,40}?(?:,\s*|\s+)against\s+$", regex.VERSION1)
_BACK_THEN = compile_cached(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?(?:a\s+year\s+(?:earlier|ago|before)|last\s+year"
                            r"|the\s+(?:previous|prior)\s+(?:year|quarter|month|period)|(?:in|for)\s+the\s+same\s+"
                            r"(?:period|quarter|month)|(?:in|for)\s+(?:19|20)\d\d\b)", regex.VERSION1)


def _past_conversion(sent: str, prev, cur) -> str:
    """The text between two figures of a sentence, begun after the bracket that closes the
    earlier figure's stated conversion ("£75m ($141m) compared with £125m": " compared with "),
    when the earlier figure is the last of that conversion; else all of it."""
    gap = sent[prev.fe:cur.fs]
    if prev.ucls == cur.ucls == "money" and sent.rfind("(", 0, prev.fs) > sent.rfind(")", 0, prev.fs):
        m = _CONV_END.match(gap)
        if m is not None and "(" not in gap and ")" not in gap[m.end():]:
            return gap[m.end():]
    return gap


#: a stated conversion between an earlier value and its party ("$576m (£306m) for The Incredibles")
_CONV_AFTER = compile_cached(r"\s*\([^()]{1,40}\)")


def _other_party(cur) -> bool:
    """After the earlier value (and its stated conversion), the party it belongs to, when that is
    another one ("compared to 30% in Frankfurt", "$576m (£306m) for The Incredibles")."""
    if _OTHER_PARTY.match(cur.sent, cur.fe):
        return True
    m = _CONV_AFTER.match(cur.sent, cur.fe)
    return m is not None and _OTHER_PARTY.match(cur.sent, m.end()) is not None


#: right after a figure of a list, the party it is of: "compared to 30% in Frankfurt, 31% in New
#: York", "sales rose 28% at Bebe and 32.2% at American Eagle"
_OWN_PARTY = compile_cached(r"(?:\s*\([^()]{1,40}\))?\s+(?:in|at|among|across)\s+(?:the\s+)?(?=\p{Lu})", regex.VERSION1)
#: ... and the party's name ends its phrase: the list goes on, or the clause ends
_PARTY_END = compile_cached(r"(?:\s*[,;.)]|\s*$|\s+(?:and|or|but|while|whereas|compared|against)\b)", regex.VERSION1)


def _own_party(ctx, lex: _Lexicon, metric: str) -> Optional[str]:
    """The party a figure of a list is of, named right after it ("30% in Frankfurt", "32.2% at
    American Eagle"), or None.  Only a name (of the gazetteer, else a capitalised one) that ends its
    phrase; not for a sum (its payer is not where it is paid: "invested $300m in India"), nor a
    place that is only the market of a firm's sales, nor a name the metric says owns none of its
    figures ("killed in the Hamas attack")."""
    if ctx.fig.kind == "money":
        return None
    m = _OWN_PARTY.match(ctx.sent, ctx.fe)
    if m is None:
        return None
    e = _list_party(ctx, lex, metric, lambda a, b: a == m.end())
    if e is None or _PARTY_END.match(ctx.sent, e[1]) is None:
        return None
    if metric.startswith(_OWNED_METRICS) and (e[2] in lex.countries or e[2] in _place_names(lex)):
        return None
    return e[2]


def _list_party(ctx, lex: _Lexicon, metric: str, at) -> Optional[tuple]:
    """(start, end, canonical name) of the gazetteer's entity of the figure's sentence whose span
    ``at(start, end)`` accepts, else of the other name that it accepts; None when that is a month
    or a day, or a name the metric says owns none of its figures ("killed in the Hamas attack")."""
    e = next((e for e in _entities(ctx, lex) if at(e[0], e[1])), None) or next(
        ((c[0], c[1], _canon(c[2], lex)) for c in _name_cands(ctx, lex) if at(c[0], c[1])), None)
    if e is None or e[2] in _MONTHS_DAYS:
        return None
    not_owner = _not_owner(metric)
    if not_owner is not None and not_owner(ctx.sent, e, lex):
        return None
    return e


#: between two figures of a list, the later one's party named before it, as "by" or a possessive
#: joins it: " and from North America by ", " and the Tories by ", ", the Lib Dems' "
_PARTY_GAP = compile_cached(
    r"^[\s\w’'-]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:from|among|in|at)\s+)?(?:the\s+)?"
    r"(?P<name>\p{Lu}[\p{L}&.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.’'-]*){0,3}?)"
    r"(?:(?P<by>\s+by\s+)|(?P<own>(?<=s)[’']\s+|[’']s\s+))$", regex.VERSION1)
#: ... as the list's first figure has: "by" right before it, or a possessive name in its clause
_BY_BEFORE = compile_cached(r"(?<![\p{L}])by\s+$", regex.VERSION1)
_OWNER_BEFORE = compile_cached(r"(?<![\p{L}])\p{Lu}[\p{L}&.-]*(?:[’']s|(?<=s)[’'])(?=\s)", regex.VERSION1)


def _party_before(prev, cur, gap: str, lex: _Lexicon, metric: str) -> Optional[str]:
    """The party a later figure of a list names before it, in the form the first figure's has
    ("[up] by 10% and from North America by some 9%", "Unison's 800,000 workers, the Transport
    Union's 70,000"), or None.  Not for a sum's "by"-less list of payers, nor a name the metric
    says owns none of its figures."""
    m = _PARTY_GAP.match(gap)
    if m is None:
        return None
    if m.group("by"):
        if _BY_BEFORE.search(prev.sent, max(0, prev.fs - 4), prev.fs) is None:
            return None
    elif _search(_OWNER_BEFORE, prev.sent, _clause(prev.sent, prev.fs, prev.fe)[0], prev.fs) is None:
        return None
    a, b = cur.fs - len(gap) + m.start("name"), cur.fs - len(gap) + m.end("name")
    e = _list_party(cur, lex, metric, lambda s, t: a - 4 <= s <= a and t >= b - 1)
    return None if e is None else e[2]


#: "17% of readers have switched suppliers and a further 16% are considering changing": another
#: share of the same people, told with "a further" or "another"
_FURTHER_GAP = compile_cached(r"^[^.;:!?()\d%]{0,80}?(?:,\s*|\s+)(?:and|while|with|but)\s+(?:a\s+further|another"
                              r"|an\s+(?:additional|extra|other))\s+$", regex.VERSION1)
#: ... with no noun of its own: its verb comes next
_FURTHER_VERB = compile_cached(r"\s+(?:are|were|is|was|have|had|has|say|said|says|will|would|could|may|might|"
                               r"think|thought|plan|planned|want|wanted|do|did|expect|expected|believe|believed|"
                               r"admit|admitted|use|used|own|owned|intend|intended)\b", regex.VERSION1)


def _further_share(prev, cur, gap: str, h) -> bool:
    """Is ``cur`` a further share of the people the share before it is of ("17% of readers have
    switched ... and a further 16% are considering")?  Only shares: "three died and a further
    three are missing" are two measures."""
    if h is None or prev.ucls != "percent" or cur.ucls != "percent":
        return False
    metric = h.metric or h.rule.metric
    return metric.startswith(("share.", "population.share")) and _FURTHER_GAP.match(gap) is not None \
        and _FURTHER_VERB.match(cur.sent, cur.fe) is not None


#: between a rate's figure and its base: "62 mobile phones per 100 people", "72 per 1,000 births",
#: "12 deaths for every 100,000 people", "eight people per thousand"
_PER_GAP = compile_cached(r"^(?:\s+[\p{L}’'-]+){0,4}?\s+(?:per|(?:for|in|out\s+of)\s+every)\s+$", regex.VERSION1)


def _rate_base(ctxs, k: int) -> bool:
    """Is figure ``k`` the base a rate is told per ("62 mobile phones per 100 people": the 100),
    right after the rate's own figure in its sentence?  The base is no fact of its own, and a
    later figure of a list compared with the rate ("..., compared with 45 in Germany") is the
    rate's, not the base's."""
    if k < 1 or ctxs[k].ucls != "count" or ctxs[k - 1].s0 != ctxs[k].s0:
        return False
    prev, cur = ctxs[k - 1], ctxs[k]
    return prev.fe <= cur.fs and _PER_GAP.match(cur.sent[prev.fe:cur.fs]) is not None


#: (rates32) a count right after the word a rate's base follows, with no rate figure before it:
#: "For every 25 men brought to trial, 24 walk free", "the death rate per 100,000 people"
_PER_BEFORE = compile_cached(r"(?<![\p{L}’'-])(?:[Pp]er|(?:[Ff]or|[Ii]n|[Oo]ut\s+of)\s+every|[Ff]or\s+each)\s+$",
                             regex.VERSION1)


def _lone_rate_base(ctx) -> bool:
    """Is this count the base a rate is told per, written after its per-word ("For every 25
    men ...", "deaths per 100,000 people")?  No fact of its own, as _rate_base's is not."""
    return ctx.ucls == "count" and _PER_BEFORE.search(ctx.sent, max(0, ctx.fs - 20), ctx.fs) is not None


def _rate_numerator(ctx, hit) -> bool:
    """(rates32) Is a count typed as a count the numerator of a rate ("only eight people per
    thousand are car owners": no count of people)?  A rate rule's own reading stays."""
    if hit is None or ctx.ucls != "count":
        return False
    metric = hit.metric or hit.rule.metric
    return not metric.startswith("rate.")


def _against_earlier(cur, gap: str) -> bool:
    """", against $66m a year earlier": the earlier value a figure is set against."""
    return _AGAINST.match(gap) is not None and _BACK_THEN.match(cur.sent, cur.fe) is not None


_DIGITS = compile_cached(r"\d+(?:[.,]\d+)*")


def _sets_against(gap: str) -> bool:
    """Does the text between two figures set the later one against the earlier (", up from",
    "compared with"), a date's digits in it read as words ("in the quarter ending September 30,
    down from")?"""
    return _EARLIER.match(_DIGITS.sub("n", gap)) is not None


def _earlier_past_others(ctxs, hits) -> None:
    """An earlier value set against the value before it (", up from $179.1m", "compared with
    14%") across figures of a time between them ("$261.9m for the three months to 30 November,
    up from $179.1m"): the value's rule types it too, as the figure next to it would be typed
    (the loop above reads only neighbours).  Only the set-against form counts here, never a
    list: "5 million people in 12 months, 3 million ..." is two facts."""
    for i in range(2, len(ctxs)):
        cur = ctxs[i]
        if hits[i] is not None:
            continue
        j = i - 1
        # (the figures of a time between: "$261.9m for the three months to 30 November, up from")
        while j >= 0 and ctxs[j].s0 == cur.s0 and ctxs[j].ucls != cur.ucls and (
                ctxs[j].ucls == "duration" or ctxs[j].fig.kind == "date"):
            j -= 1
        if j == i - 1 or j < 0 or ctxs[j].s0 != cur.s0 or ctxs[j].ucls != cur.ucls or hits[j] is None:
            continue
        h = hits[j]
        if "{noun}" in h.rule.metric and h.rule.kind == "head_noun":
            continue  # a count's noun is read after its figure: "up from 300" names none
        if not _sets_against(_past_conversion(cur.sent, ctxs[j], cur)) or _other_party(cur) \
                or not _applies(h.rule, cur):
            continue
        new = _Hit(h.rule, h.score, h.cue)
        new.metric = h.metric
        new.earlier, new.later = True, j
        hits[i] = new


def type_figures(doc: Document, figures: tuple[Figure, ...], dates: tuple[DateMention, ...],
                 ruleset: RuleSet) -> tuple[Claim, ...]:
    """One claim per figure that a rule types (at most one rule per figure),
    plus one per date an event-date rule claims.  Sorted by start."""
    lex = lexicon_on(ruleset, doc.written_on())
    _KEPT[0] = _kept_names(doc.text, lex.words, lex.openers)
    try:
        return _type_figures(doc, figures, dates, ruleset, lex)
    finally:
        _KEPT[0] = frozenset()


def _type_figures(doc: Document, figures: tuple[Figure, ...], dates: tuple[DateMention, ...],
                  ruleset: RuleSet, lex: _Lexicon) -> tuple[Claim, ...]:
    text = doc.text
    idx = LineIndex(text)
    value_rules = [r for r in ruleset.rules if r.kind != "date_event"]
    by_class: dict[str, list] = {}  # unit class -> the value rules that take it, in order
    date_rules = [r for r in ruleset.rules if r.kind == "date_event"]
    german_doc = _german.is_german(text)
    if not german_doc:  # the German rules (group "de", rules/de/) read German documents only
        value_rules, date_rules = _german.not_german(value_rules), _german.not_german(date_rules)
    figs = sorted(figures, key=lambda f: (f.start, f.end))
    sent_cache: dict[int, tuple[int, int]] = {}
    ctxs: list[_Ctx] = []
    starts = [g.start for g in figs]
    for i, f in enumerate(figs):
        s0, s1 = _window(text, *sentence_bounds(text, f.start, f.end), f)
        sent_cache[f.start] = (s0, s1)
        # a stated conversion in brackets ("€118 billion ($126 billion)") does
        # not stand between a figure and its cue
        others = [(g.start - s0, g.end - s0)
                  for g in figs[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]
                  if g is not f and g.end <= s1
                  and not _BRACKETED.search(text, max(s0, g.start - 3), g.start)]
        ctxs.append(_Ctx(f, text[s0:s1], s0, f.start - s0, f.end - s0, others, unit_class(f),
                         _paragraph(text, f.start), text))
        if text.startswith("(", f.end) or text.startswith(" (", f.end):
            ctxs[-1].conv = _conversion(text, f, figs, i, s0, s1)
    hits: list[Optional[_Hit]] = [None if _referential(c) or _glued_compound(c) or _in_name(c, lex) else _best_rule(_rules_for(by_class, value_rules, c.ucls), c, lex)
                                  for c in ctxs]
    # enumerations: "2,400 US troops, 457 British troops and 60,000 Afghans"
    # A figure's own cue wins only when it touches the figure ("and injured 12").
    # a stated conversion, "€40 billion ($43 billion)": the bracketed figure
    # is linked to the one it restates
    linked: dict[int, str] = {}
    for i in range(1, len(ctxs)):
        prev, cur = ctxs[i - 1], ctxs[i]
        if (prev.s0 == cur.s0 and prev.ucls == cur.ucls == "money" and prev.fig.unit != cur.fig.unit
                and _BRACKETED.fullmatch(cur.sent[prev.fe:cur.fs])):
            linked[i] = make_claim_id(doc.sha256, prev.fig.start, prev.fig.end)
    # "that number had increased to 9.4 million": the metric of the figure pointed back to
    # "62 mobile phones per 100 people": the base of a rate is no claim of its own
    bases = {k for k in range(1, len(ctxs)) if _rate_base(ctxs, k)}
    for k in bases:
        hits[k] = None
        if _rate_numerator(ctxs[k - 1], hits[k - 1]):
            hits[k - 1] = None  # (rates32) nor is the rate a count of its own
    for k in range(len(ctxs)):
        if k not in bases and _lone_rate_base(ctxs[k]):
            hits[k] = None
    points = _point_back(ctxs, hits, text, lex)
    listed: set = set()  # the later figures of a list that name no party of their own
    for i in range(1, len(ctxs)):
        # "62 mobile phones per 100 people, compared with 45 in Germany": the list's earlier
        # figure is the rate, not its base
        j = i - 2 if i - 1 in bases else i - 1
        # (a stated conversion whose own cue won here, "$280bn (£149bn) in damages", is given the
        # reading of the sum it restates once its claims are made: _conversions_alike)
        if i in bases or hits[j] is None or _glued_compound(ctxs[i]) or _pronoun_one(ctxs[i]) or (hits[i] is not None and (
                hits[i].score[0] <= 0 or _tier(hits[j]) > 0)):
            continue  # (a fallback's or broad rule's reading of the list does not replace a figure's own)
        prev, cur = ctxs[j], ctxs[i]
        if prev.s0 != cur.s0:
            continue
        gap = _past_conversion(cur.sent, prev, cur) if j == i - 1 else cur.sent[ctxs[i - 1].fe:cur.fs]
        bracketed = _BRACKETED.fullmatch(gap) is not None or (
            _IN_BRACKETS.fullmatch(gap) is not None and prev.ucls == "money" == cur.ucls
            and cur.sent.rfind("(", 0, cur.fs) > cur.sent.rfind(")", 0, cur.fs))
        earlier = not bracketed and (_sets_against(gap) or _against_earlier(cur, gap))
        further = not bracketed and not earlier and _further_share(prev, cur, gap, hits[j])
        if not bracketed and not earlier and not further and _AUX.search(gap):
            continue  # "65 have been downed and 30 others disappeared": a new predicate
        # the party a figure of the list names right after it: "compared to 30% in
        # Frankfurt, 31% in New York" are Frankfurt's and New York's, of the same metric and time
        party = None if bracketed or prev.ucls != cur.ucls else _own_party(cur, lex, hits[j].rule.metric)
        if not bracketed and _other_party(cur) and _SET_AGAINST.search(gap) and party is None:
            continue  # "20,645 votes, compared to 14,738 for the Liberal Democrat candidate": another party's
        # ... or before it, as the list's first figure has one: "Labour by more than 80,000 and the
        # Tories by almost 100,000", "Unison's 800,000 workers, the TGWU's 70,000"
        before = None if bracketed or party is not None or prev.ucls != cur.ucls or earlier \
            else _party_before(prev, cur, gap, lex, hits[j].rule.metric)
        party = party or before
        if bracketed or (prev.ucls == cur.ucls and (earlier or before or further or _LIST_GAP.match(gap)
                                                    or _from_to(prev, gap))
                         and _applies(hits[j].rule, cur)):
            h = hits[j]
            new = _Hit(h.rule, h.score, h.cue)
            new.earlier = not bracketed and party is None and (
                _SET_AGAINST.search(gap) is not None or _against_earlier(cur, gap))
            new.later = j if new.earlier else None
            if bracketed:  # a stated conversion is of the same party as the figure it restates
                new.subject, new.subject2 = h.subject, h.subject2
            elif party is not None:
                new.subject = party
            if "{noun}" in h.rule.metric:
                if bracketed or h.rule.kind != "head_noun":
                    # a stated conversion of the same thing; a pattern rule's
                    # {noun} names what the whole list is about ("rose 2% to
                    # 7% from 5%": three figures of one rate)
                    new.metric = h.metric
                else:
                    noun = _typed_noun(h.rule, _see_through(cur) or cur, lex, need_cue=False)
                    if noun is not None:
                        new.metric = h.rule.metric.replace("{noun}", noun[0])
                    elif further or _ELLIPSIS.match(cur.sent, cur.fe) and (not earlier or party is not None):
                        # "65 flights on Thursday, 180 on Friday": the later figure's noun is the earlier's
                        new.metric = h.metric
                    else:
                        continue
            hits[i] = new
            if party is not None and h.subject is None and j not in listed and not before \
                    and (first := _own_party(prev, lex, h.rule.metric)):
                h.subject = first  # "sales rose 28% at Bebe and 32.2% at American Eagle": the first's own
            elif not bracketed and party is None:
                listed.add(i)
    _earlier_past_others(ctxs, hits)
    points.update(_point_back(ctxs, hits, text, lex))  # ... and to a figure of a list read just now
    # "cut its stake from 70% to 49%", "5 and 10 gigabytes": a figure with no reading of its own,
    # joined to the next figure by no word but "to"/"and"/"or", is typed with it
    for i in range(len(ctxs) - 2, -1, -1):
        cur, nxt = ctxs[i], ctxs[i + 1]
        h = hits[i + 1]
        if h is None or cur.s0 != nxt.s0 or cur.ucls != nxt.ucls or h.earlier:
            continue
        gap = cur.sent[cur.fe:nxt.fs]
        if hits[i] is not None or _tier(h) > 0:
            # "fell from 195,000 to 176,000": the earlier figure of a move is the later one's
            # quantity, whatever a fallback rule made of it alone, when a named or broad rule reads
            # the later one (a named rule's reading of the earlier one stands)
            if _tier(h) >= _tier(hits[i]) or _tier(h) == 2 or not _from_to(cur, gap):
                continue
        elif _JOINED.fullmatch(gap) is None and not _from_to(cur, gap):
            continue
        if _referential(cur) or _glued_compound(cur) or _in_name(cur, lex) or not _applies(h.rule, cur):
            continue
        new = _Hit(h.rule, h.score, h.cue)
        new.metric = h.metric or _metric(h.rule, h, nxt, lex)
        new.earlier = from_before(cur.sent, cur.fs) is not None
        new.later = i + 1 if new.earlier else None
        hits[i] = new
    # "rose 1 point to 6.2%", "rose from 5.2% to 6.2%": the ends of a move are levels
    level_ends(ctxs, hits, lambda c: _rules_for(by_class, value_rules, c.ucls), _from_to, lex)
    # "a quarter of the 8,000 troops": a share of a typed whole is typed with it
    for i in range(len(ctxs) - 2, -1, -1):
        cur, nxt = ctxs[i], ctxs[i + 1]
        if hits[i] is not None or hits[i + 1] is None or cur.s0 != nxt.s0:
            continue
        if cur.ucls in ("fraction", "percent") and _SHARE_OF.fullmatch(cur.sent[cur.fe:nxt.fs]):
            h = hits[i + 1]
            aux = _AUX.search(cur.sent, nxt.fe, _clause(cur.sent, nxt.fs, nxt.fe)[1])
            if aux is not None and _REDUCED_RELATIVE.search(cur.sent, nxt.fe, aux.start()):
                continue  # "A third of the 12,000 troops sent to fight ... have been killed": what the
                # whole's words say of the whole ("sent") is not the share's verb, which comes after
            new = _Hit(h.rule, h.score, h.cue)
            new.metric = h.metric
            hits[i] = new
    made = {i: _make_claim(doc, h.rule, c, h, lex, dates, idx, linked=linked.get(i))
            for i, (c, h) in enumerate(zip(ctxs, hits)) if h is not None and _metric(h.rule, h, c, lex) is not None}
    _set_back(made, ctxs, hits)
    claims = list(made.values())
    ids = {c.id for c in claims}
    claims = [replace(c, linked=None) if c.linked and c.linked not in ids else c for c in claims]
    by_id = None
    for i, c in enumerate(claims):
        if c.linked:
            # a stated conversion, "A$458.4m ($357.6m; £191m)": the period of the figure it restates
            by_id = by_id or {x.id: j for j, x in enumerate(claims)}
            src = claims[by_id[c.linked]]
            if (src.period, src.period_start, src.period_end, src.cumulative) != \
                    (c.period, c.period_start, c.period_end, c.cumulative):
                claims[i] = replace(c, period=src.period, period_start=src.period_start,
                                    period_end=src.period_end, cumulative=src.cumulative)
    if date_rules:
        claims.extend(_date_claims(doc, dates, date_rules, lex, idx, figs))
    claims.sort(key=lambda c: (c.start, c.end))
    fallback = {r.code for r in ruleset.rules if r.priority < 0 or r.kind == "head_noun" and r.cues_after is None}
    guess = {r.code for r in ruleset.rules if r.guess_subject}
    # "that number had increased to 9.4 million": the subject of the figure pointed back to,
    # unless the clause names a party of its own ("In Germany the rate was 3.2%")
    # (a place: a name before the phrase is more often the source of a rival figure,
    # "Datamonitor put the figure at 4.6 million")
    own = {c.id for c in claims if c.subject is not None
           and (c.subject in lex.countries or (lex.places and c.subject in lex.places)
                or ("us_states" in ruleset.lists and c.subject in ruleset.lists["us_states"].entries))} \
        if points else ()
    out = _carry_subjects(doc, claims, fallback, guess, lex, where=_happening_lists(ruleset))
    if points:
        ids = {make_claim_id(doc.sha256, ctxs[i].fig.start, ctxs[i].fig.end):
               make_claim_id(doc.sha256, ctxs[j].fig.start, ctxs[j].fig.end) for i, j in points.items()}
        ids = {a: b for a, b in ids.items() if a not in own}
        by_id = {c.id: c for c in out}
        out = [replace(c, subject=by_id[ids[c.id]].subject, subject2=by_id[ids[c.id]].subject2)
               if c.id in ids and ids[c.id] in by_id else c for c in out]
    # "Barack Obamas", "Scott Walkers": an owner whose apostrophe the text lost, by his name
    # "DonaldTrump", "MarcoRubio": a person's name that lost its space
    out = [replace(c, subject=name) if c.subject and " " not in c.subject and not c.subject[1:].islower()
           and (name := _unglued(c.subject, lex)) != c.subject else c for c in out]
    if "'" not in doc.text and "’" not in doc.text:  # (only a text that lost all its apostrophes)
        text, spaced = doc.text, False
        for i, c in enumerate(out):
            if not spaced and c.subject and c.subject[-1:] == "s" and c.subject not in text:
                text, spaced = _GLUED_NAME.sub(r"\1 \2", text), True  # ("MittRomneys tax plans": Mitt Romney)
            if c.subject and c.subject[-1:] == "s" and (owner := _bare_owner(c.subject, text, lex)) != c.subject:
                out[i] = replace(c, subject=owner)
    out = persons_ages(doc, out, ruleset)  # "died in Miami at the age of 87": the person's, not Florida's
    # "Sri Lanka, India, Indonesia and Thailand, with at least 23,000 people killed": the list's (prec26)
    out = listed_places(doc, out, fallback, ruleset)
    # last resort: a public sum no one in its story could own is the country's whose currency it is
    out = currency_owners(doc, out, fallback, lex, ruleset)
    # and a figure of "the federal" government or budget no one else owns is the United States' (subj24)
    out = federal_owners(doc, out, fallback, lex, ruleset)
    # and a firm's result no one else owns is the firm's its story's headline names (subj24)
    out = title_firms(doc, out, fallback, lex, _FIRM_METRIC + ("change.sale",))
    # and a figure of a place's people or state no one else owns is the one place its sentence
    # names as the scope, the subject or a governor's office (subj25)
    out = place_scopes(doc, out, fallback, lex, ruleset)
    # and a national statistic no one else owns is the country's its story is about (subj25)
    out = story_countries(doc, out, fallback, lex, ruleset)
    # and an event's date no one else owns is the actor's its sentence names as the owner of the
    # dated noun or the subject of the date's clause (event25)
    out = event_owners(doc, out, fallback, lex)
    # and a figure owned by a pronoun or a definite description ("he", "its", "the company") takes
    # the one entity of its story it can stand for (coref25)
    out = coref_owners(doc, out, fallback, lex, ruleset, _pronoun_candidates, _acts)
    # and one unnamed person's age is the person's the text describes, "a 13-year-old girl" (anon25)
    out = described_persons(doc, out, fallback, lex, ruleset)
    # and a date, age or sum in a name's "who"/"which" clause is the name's; a date that opens a
    # named law or contest ("the 1995 ... Relief Act") is that name's (subj26)
    out = relative_owners(doc, out, fallback, lex, ruleset)
    # and a figure a numbered law or ballot measure owns is the measure's ("Amendment 4 would
    # restore voting rights to 1.4 million felons") (subj26)
    out = measure_owners(doc, out, fallback, lex)
    if german_doc:
        out = _known_subjects(out, lex)
        # the one owner a German sentence names, in the gazetteer's words or German ones (de25)
        out = german_owners(doc, out, fallback, lex, ruleset)
    # and a claim whose one named party is its second party ("a $5m lawsuit against Microsoft",
    # no plaintiff named) keys that party as its subject, for a rule that asks (lone_party)
    out = _lone_parties(out, {r.code for r in ruleset.rules if r.lone_party})
    # last: a stated conversion ("$18.34bn (£9.6bn)") reads as the figure it restates
    return tuple(_conversions_alike(out, fallback))


def _lone_parties(claims: list, codes: set) -> list:
    """A lawsuit's plaintiff is its subject and the defendant its second party when the
    sentence names both ("Yukos sued Gazprom for $28bn"); when it names only the defendant
    ("Microsoft is being sued for $5m", "a $5m lawsuit against Microsoft") the one party
    named is the subject either way, and no second party is guessed: the two readings of
    one-party reports key alike, and never as a two-party report's.  So does a title-case
    run that a name strategy read over the verb ("Man Sues Taco Bell For $4M")."""
    if not codes:
        return claims
    return [replace(c, subject=c.subject2, subject2=None)
            if c.subject2 and c.rule in codes and (c.subject is None or _SUES.search(c.subject) is not None)
            else c for c in claims]


#: a subject read as a title-case run over the verb ("Man Sues Taco Bell For $4M"): no plaintiff's name
_SUES = compile_cached(r"(?<![\p{L}])(?:Sues|Sued|Suing)(?![\p{L}])", regex.VERSION1)


def _set_back(made: dict, ctxs: list, hits: list) -> None:
    """An earlier value told by its distance in time from the later value it is set against
    ("$44.7bn in the fourth quarter, compared to $45.9bn a year ago"; "against $900m in the
    same period last year") is of the later value's period set back by that distance, when
    the later value has one; its own words gave it none (see :func:`_make_claim`)."""
    for i, c in made.items():
        h = hits[i]
        later = made.get(h.later) if h.earlier and h.later is not None else None
        if later is None or c.cumulative:
            continue
        ago = _AGO.match(ctxs[i].sent, ctxs[i].fe)
        back = set_back(ago, later.period_start, later.period_end) if ago is not None else None
        if back is not None:
            made[i] = replace(c, period=back[0], period_start=back[1], period_end=back[2])


def _conversions_alike(claims: list, fallback: set) -> list:
    """A stated conversion (:attr:`Claim.linked`, "more than $20bn (£11bn)") restates the figure
    before it: the same rule, metric, owner, status and hedge.  Typed apart, its own cue or a later
    step could read it otherwise ("$1.1m" of Nigeria and "(£591,000)" of no one; "$280bn" a
    lawsuit's and "(£149bn)" a fine).  The earlier figure's reading stands, unless only a fallback
    rule typed it and a named rule the conversion; its owner is the conversion's, when it has one."""
    by_id = {c.id: i for i, c in enumerate(claims)}
    out = list(claims)
    for i, c in enumerate(claims):
        j = by_id.get(c.linked) if c.linked else None
        if j is None:
            continue
        src, conv = out[j], out[i]
        lead = conv if src.rule in fallback and conv.rule not in fallback else src
        # (an owner only the bracket names is no conversion's: "$99 (£69 in the UK)" is two markets' prices)
        subject, subject2 = (src.subject, src.subject2) if src.subject is not None else (conv.subject, conv.subject2)
        out[j] = replace(src, rule=lead.rule, metric=lead.metric, status=lead.status, direction=lead.direction)
        ratio = conv.value / src.value if src.value else None
        hedged = {}
        if src.hedge and not conv.hedge and ratio:
            # "more than $20bn (£11bn)": the bound is the conversion's too
            hedged = dict(hedge=src.hedge, low=None if src.low is None else src.low * ratio,
                          high=None if src.high is None else src.high * ratio,
                          low_strict=src.low_strict, high_strict=src.high_strict)
        out[i] = replace(conv, rule=lead.rule, metric=lead.metric, status=lead.status, direction=lead.direction,
                         subject=subject,
                         subject2=subject2, **hedged)
    return out


def _known_subjects(claims: list, lex: _Lexicon) -> list:
    """German capitalises every noun, so a capitalised phrase is no sign of a name there
    ("nach 127.500 Kilometern Fahrt", "Ein Elektroauto"): in a German document a subject is
    kept only when the gazetteer, the groups, the topics or the people it knows name it, or
    when it opens with a known given name ("Olaf Scholz")."""
    known = None
    out = claims
    for i, c in enumerate(claims):
        bad = []
        for field in ("subject", "subject2"):
            s = getattr(c, field)
            if not s or s in lex.canonical:
                continue
            if known is None:
                known = set(lex.canonical.values()) | set(lex.groups.values()) \
                    | set((lex.topics or {}).values()) | set((lex.persons or {}).values())
            if s not in known and s.split(" ", 1)[0] not in lex.given:
                bad.append(field)
        if bad:
            if out is claims:
                out = list(claims)
            out[i] = replace(c, **{f: None for f in bad})
    return out


#: a definite phrase that names a quantity only by pointing back to one just
#: given, as the subject of the clause that gives the figure its new value:
#: "by 2014 that number had increased to 9.4 million", "Those figures stood at
#: 65%", "the figure was", "this number rose to" (not "the number of ...", not
#: "1,000 of these": a part of another count)
_PTR_NOUN = (r"(?:(?:that|this|the)\s+(?:number|figure|total|tally|rate)"
             r"|(?:those|these|the)\s+(?:numbers|figures|totals))")
_PTR_HEDGE = (r"(?:(?:about|around|almost|nearly|some|roughly|just|only|over|under|more\s+than|less\s+than"
              r"|an\s+estimated|approximately)\s+)?$")
_POINTER = compile_cached(
    r"(?i)(?<!\bof\s)\b" + _PTR_NOUN +
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|been|be|since|now|then|already"
    r"|also|further|again|sharply|steadily|almost|nearly|more\s+than|roughly))*"
    r"\s+(?:(?:rose|risen|rises|rise|increased|increases|grew|grown|climbed|jumped|soared|surged|swelled"
    r"|fell|fallen|dropped|declined|decreased|slipped|shrunk|shrank|plunged|doubled|tripled|trebled|halved"
    r"|went\s+up|gone\s+up|shot\s+up|gone\s+down|went\s+down|reached|reach|hit|topped|totall?ed)(?:\s+(?:to|at))?"
    r"|(?:stood|stands|stand|was|were|is|are|remained|remains)"
    r"(?:\s+(?:at|(?:more\s+|less\s+)?likely\s+to\s+be|closer\s+to|nearer(?:\s+to)?))?)\s+" + _PTR_HEDGE
    # "put the figure at 4.6 million", "aims to extend this figure to 99.4%"
    + r"|\b(?:put|puts|putting|estimated|estimates|estimate|extend|extends|extended|raise|raises|raised"
    r"|lift|lifts|lifted|push|pushes|pushed|bring|brings|brought|revised|revises|revise)\s+" + _PTR_NOUN
    + r"\s+(?:to|at)\s+" + _PTR_HEDGE)
#: after the figure, words that make it a difference or a part, not the new value
#: ("The figure was 30% more than in 2003", "the total was 40% of ...")
_POINTER_NOT = compile_cached(r"(?i)\s+(?:more|less|fewer|higher|lower|up|down|above|below|times|of|over)\b")


def _from_to(first: _Ctx, gap: str) -> bool:
    """``first`` and the figure ``gap`` leads to are the two ends of a move, "from A to B",
    with at most A's own time between them ("from 145.7 in 1993 to 98 in 1998")."""
    return from_before(first.sent, first.fs) is not None \
        and _FROM_TO_GAP.fullmatch(gap) is not None


def _point_back(ctxs: list, hits: list, text: str, lex: _Lexicon) -> dict:
    """{i: j}: figure i is named only by a pointing phrase ("that number had
    increased to 9.4 million") and takes the rule and metric of figure j, the
    nearest figure of its unit class before the phrase, in its sentence or the
    one before; hits[i] is set.  Only a figure no named rule reads, and only
    back to a figure a named (not fallback) rule reads."""
    out: dict = {}
    for i, cur in enumerate(ctxs):
        if i == 0 or (hits[i] is not None and _tier(hits[i]) == 0):
            continue
        w = cur.sent[max(0, cur.fs - 90):cur.fs].lower()
        if "number" not in w and "figure" not in w and "total" not in w and "rate" not in w and "tally" not in w:
            continue
        m = _POINTER.search(cur.sent, max(0, cur.fs - 90), cur.fs)
        if m is None or _POINTER_NOT.match(cur.sent, cur.fe):
            continue
        at = cur.s0 + m.start()
        for j in range(i - 1, -1, -1):
            src = ctxs[j]
            if src.fig.end > at:
                continue
            if src.ucls != cur.ucls:
                continue
            # the same sentence, or the one just before it
            if src.s0 != cur.s0 and text[src.s0 + len(src.sent):cur.s0].strip():
                break
            h = hits[j]
            if h is None or h.earlier or _tier(h) > 0 or j in out:
                break
            metric = _metric(h.rule, h, src, lex)
            if metric is None or not _applies(h.rule, cur):
                break
            new = _Hit(h.rule, h.score, h.cue)
            new.metric = metric
            hits[i] = new
            out[i] = j
            # "Those figures stood at 65% and 66% in 2013": the list the phrase gives
            k = i + 1
            while k < len(ctxs) and ctxs[k].s0 == cur.s0 and ctxs[k].ucls == cur.ucls and k not in out \
                    and _tier(hits[k]) > 0 \
                    and _JOINED.fullmatch(cur.sent, ctxs[k - 1].fe, ctxs[k].fs) is not None:
                hits[k] = new
                out[k] = j
                k += 1
            break
    return out


#: a sentence that opens with a demonym as one person's noun ("The Ethiopian broke")
_DEMONYM_OPENS = compile_cached(r"[\W_]*(?:The|the)\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])", regex.VERSION1)
_CARRY_CHARS = 400  # about two sentences: a referent is not carried further
#: families whose figures describe one event together (launched, downed, lost;
#: killed, wounded); other metrics carry a subject only to the same metric
_CARRY_FAMILIES = frozenset({"casualties", "weapons", "attacks", "troops"})


#: a sector that qualifies a measure in the claim's own sentence ("Consumer spending grew
#: 4.2%" after "businesses increased spending by 18%"): the measure is another one's; so is the
#: world's ("World oil prices have risen by more than 60%" in a story on France's economy)
_SECTORS = r"(?:consumer|household|government|public|private|business|corporate|federal|state|local|military|" \
           r"defen[cs]e|personal|retail|foreign|domestic|world|global|worldwide)"


#: a measure written as the world's: "World oil prices", "global demand" (not "World Cup", "the world's")
_WORLD_MEASURE = compile_cached(r"(?<![\p{L}])(?:[Ww]orld|[Gg]lobal|[Ww]orldwide)\s+\p{Ll}", regex.VERSION1)


def _own_sector(c) -> bool:
    """The claim's sentence names a sector before its metric's noun ("Consumer
    spending", "government spending"): no subject is carried to it from a claim
    before, which measured another sector's ("businesses increased spending")."""
    if not c.sentence or "." not in c.metric:
        return False
    head = c.metric.split(".", 1)[1].replace("_", " ")
    if head not in c.sentence.lower():  # (its plural too: "oil_price" in "oil prices")
        return False
    return _search(compile_cached(r"(?i)(?<![\p{L}])" + _SECTORS + r"\s+" + regex.escape(head) + r"s?(?![\p{L}])",
                                  regex.VERSION1), c.sentence) is not None


def _carry_subjects(doc, claims: list, fallback: set, guess: set, lex: _Lexicon, where=None) -> list:
    """A claim with no subject takes the subject of the nearest earlier claim
    of the same family of metrics in the same story ("The strike on Sumy
    killed 34 ... the 43 people killed in the strike"; "Russia launched 100
    drones ... air defences shot down 80"): one article, one referent.  Else,
    as a last guess, a population group the sentence names ("Children can now
    expect almost 100 vaccines")."""
    last: dict = {}
    out = []
    starts = [c.start for c in claims]
    # an office held somewhere in the document (searched once, not once a claim)
    tenure_cue = None
    for c in claims:
        story = doc.story_at(c.start)
        family = c.metric.split(".")[0]
        key = (story.start if story else None, family if family in _CARRY_FAMILIES else c.metric)
        acts = c.sentence is not None and _IT_ACTS.match(c.sentence) is not None
        if c.subject is None and c.rule not in fallback and c.sentence and (
                _search(_ITS_OPENS, c.sentence) is not None or acts):
            # "Chrysler avoided the fate of US rivals. Its sales rose 3.5%": the one the sentence
            # before opens with (its grammatical subject), not the subject carried from further back
            s0 = sentence_offset(doc.text, c)
            opener = _opening_name(doc.text, s0, lex, owner=not acts) if s0 > 0 else None
            if opener and opener != c.subject2:
                c = replace(c, subject=opener)
        if c.subject is None and c.rule not in fallback and key in last \
                and c.start - last[key][1] <= _CARRY_CHARS and not _own_sector(c) \
                and not (c.sentence and _owned_by_referent(c.metric, c.sentence, last[key][0], lex)):
            c = replace(c, subject=last[key][0])
        if c.subject is None and c.rule in guess and not _age_stands_for(doc, c):
            s0 = sentence_offset(doc.text, c) if c.sentence else -1
            if s0 >= 0:
                near = claims[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s0 + len(c.sentence))]
                # a group another figure counts is no subject of a count, a date or
                # a duration ("two kids and three wives"), but may be of a sum or a
                # share ("500,000 federal workers make more than $100,000")
                others = [] if _of_a_group(c.unit) else [
                    (o.start - s0, o.end - s0) for o in near
                    if o.start != c.start and o.end <= s0 + len(c.sentence) and o.unit not in ("date", YEARLESS_DATE)]
                ctx = _Ctx(_FigSpan(c.start, c.end), c.sentence, s0, c.start - s0, c.end - s0, others, "", "")
                # a dated act is done by a named actor, not by a group the sentence names
                # ("when Lightbody and McClelland met as students in 1994")
                dated = c.unit in ("date", YEARLESS_DATE)
                group = None if dated else _first_group(ctx, lex)
                if group and group != c.subject2:
                    c = replace(c, subject=group)
                elif not group:
                    # a sentence that names no one but points at a firm or a thing
                    # ("It has 1.3 million subscribers") may take a name of the one before
                    refers = not _lex_names(c.sentence, lex) and _search(lex.entity_rx, c.sentence) is None \
                        and _search(_REFERS, c.sentence) is not None and _search(_PERSON, c.sentence) is None
                    # a bare answer to the question right before it ("How many convicted felons did
                    # Scott Walker let out early? Zero."): the one the question names (subjects21)
                    refers = refers or _answers_question(doc.text, s0, c)
                    home = _home_country(doc, c.sentence, lex)
                    # a person's act ("He joined Columbia Records in 1990") is not the subject of
                    # the sentence before: the referent is resolved below (_pronoun_actor) or not at all
                    # nor is a sentence that speaks of people ("They are next due
                    # in court", "He estimated the bank's loss at 3bn rupees"):
                    # the place the sentence before names is a guess, and a generic figure's guess is
                    # no better than none
                    # nor a measure the sentence gives as the world's ("World oil prices have risen by
                    # more than 60%" after a sentence on France's growth; written before the figure, not
                    # "Foreign oil exports surged by 35.7% ..., reflecting the rally in global oil prices")
                    prev = None if home or c.rule in fallback or _search(_PEOPLE, c.sentence) is not None \
                        or _search(_WORLD_MEASURE, c.sentence, 0, max(0, c.start - s0)) is not None \
                        or dated and _search(_PERSON, c.sentence) is not None \
                        else _previous_subject(doc.text, s0, lex, names=refers)
                    if home and home != c.subject2:
                        c = replace(c, subject=home)
                    elif prev and prev != c.subject2 and not _owned_by_referent(c.metric, c.sentence, prev, lex):
                        c = replace(c, subject=prev)
                    else:
                        topic = _first_topic(ctx, lex, date=c.unit in ("date", "yearless_date"))
                        if topic and topic != c.subject2:
                            c = replace(c, subject=topic)
        if c.subject is None and c.rule not in fallback and c.metric.startswith(_FIRM_METRIC):
            firm = _firm_of_story(doc, c, lex)
            if firm and firm != c.subject2:
                c = replace(c, subject=firm)
        if c.sentence and c.rule not in fallback and (dm := _DEMONYM_OPENS.match(c.sentence)) is not None \
                and dm.group(1) in lex.nations and _one_of_a_people(c.sentence, dm.start(1), dm.end(1)):
            # "The Ethiopian broke the world indoor 5,000m record": the person named before, or no one
            # (not his country, nor another name of the sentence: "The Italian was sent off for
            # bringing down Shola Ameobi")
            s0 = sentence_offset(doc.text, c)
            story = doc.story_at(c.start)
            who = _referent_before(doc, s0, story.start if story else 0, lex, True, True) if s0 > 0 else None
            if who in lex.countries or who in lex.nations:
                who = None
            c = replace(c, subject=who if who != c.subject2 else None)
        elif c.sentence and _search(_PRONOUN_ACTOR, c.sentence) is not None:
            s0 = sentence_offset(doc.text, c)
            who = _pronoun_actor(doc, c, s0, lex) if s0 >= 0 else None
            if who and who != c.subject and who != c.subject2:
                c = replace(c, subject=who)
        if c.rule not in fallback and c.sentence and (c.subject is None or _opening_word(c.sentence, c.subject)):
            # (a capital that opens the sentence is no name: "Coconut oil stays ...", not Coconut)
            s0 = sentence_offset(doc.text, c)
            thing = _thing_subject(c.sentence, c.start - s0, lex) if s0 >= 0 else None
            if thing and any(regex.search(r"(?<![^._])(?:" + "|".join(map(regex.escape, thing.split())) + r")(?![^._])",
                                          o.metric) is not None for o in claims if o.sentence == c.sentence):
                # "Gross domestic product fell by 0.1% in the last three months": the measure
                # (of this figure or of another in the sentence), not what it is of
                thing = None
            if thing and thing != c.subject2 and (c.subject is None or c.subject.casefold() in thing.split()
                                                  or c.subject.casefold() in _THING_VAGUE):
                c = replace(c, subject=thing)
        if c.subject is None and c.rule not in fallback and c.sentence and tenure_cue is None:
            tenure_cue = _TENURE_CUE.search(doc.text) is not None
        if c.subject is None and c.rule not in fallback and c.sentence and tenure_cue:
            tenure = _tenure_subject(doc, c, lex)
            if tenure and tenure != c.subject2:
                c = replace(c, subject=tenure)
        if c.subject is None and where and c.rule not in fallback and c.sentence and _happening_metric(c.metric, where[0]) \
                and c.metric not in lex.person_metrics:
            # the last guess: the place where the happening it counts or dates was ("Three people were
            # killed in a shooting in Texas"), when the clause names no one else (place21)
            s0 = sentence_offset(doc.text, c)
            place = _happening_place(c.sentence, c.start - s0, c.end - s0, lex, where[1],
                                     dated=c.unit in ("date", YEARLESS_DATE)) if s0 >= 0 else None
            if place and place != c.subject2:
                c = replace(c, subject=place)
        if c.subject is not None and c.rule not in fallback:
            last[key] = (c.subject, c.end)
        out.append(c)
    return out


#: the word lists of the place of a happening (place21): the metrics whose figures may take
#: the place where they happened as their subject, and the lists whose names are places
_HAPPENING_LIST = "place21_happening_metrics"


def _happening_lists(ruleset: RuleSet):
    """(metric patterns, place names as written) for the place of a happening, from the
    rule set's lists (rules/lists/place21_happening_metrics.txt), once per rule set;
    None when the list is absent."""
    wl = ruleset.lists.get(_HAPPENING_LIST)
    return ruleset.memo("happening_lists", lambda: (tuple(wl.entries), ruleset.place_spellings())
                        if wl is not None and wl.entries else None)


def _happening_metric(metric: str, patterns: tuple) -> bool:
    """The metric is one of the list's (a name, or ``family.*``)."""
    return any(metric == p or p.endswith(".*") and metric.startswith(p[:-1]) for p in patterns)


_TENURE_ROLES = (r"(?:governor|mayor|president|speaker|senator|county\s+executive|attorney\s+general|"
                 r"superintendent|premier|prime\s+minister|chief\s+minister)")
_TENURE_CUE = compile_cached(r"(?i)(?<![\p{L}])(?:was|were|became|been)\)?\s*(?:the\s+)?" + _TENURE_ROLES + r"(?![\p{L}])",
                             regex.VERSION1)
#: "When I was mayor of New York City, ...", "while he was governor of Utah": the place an office was held
_TENURE_OF = compile_cached(r"(?i)(?<![\p{L}])(?:when|while|as|since)\s+(?:I|he|she)\s+(?:was|became|had\s+been)\s+"
                            r"(?:the\s+)?" + _TENURE_ROLES + r"\s+of\s+(?:the\s+(?:city|state|county)\s+of\s+)?(?=\p{Lu})",
                            regex.VERSION1)
#: "while (Charlie Crist was) governor", "When Roy Barnes was governor,": the person who held the office
_TENURE_WHO = compile_cached(r"(?<![\p{L}])(?:[Ww]hen|[Ww]hile|[Ss]ince)\s+\(?((?:\p{Lu}[\p{L}.’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+)\s+"
                             r"(?:was|became)\)?\s*(?:the\s+)?(?i:" + _TENURE_ROLES + r")(?![\p{L}])", regex.VERSION1)
_TENURE_REACH = 300  # characters before the figure: the statement's sentence or the one before it


def _tenure_subject(doc, c, lex: _Lexicon) -> Optional[str]:
    """The subject of a figure that has none, given by an office held in the same
    statement: the place of "When I was mayor of New York City, I encouraged
    adoptions. Adoptions went up 65-70 percent" (New York City), the person of
    "832,000 people lost their job while (Charlie Crist was) governor" (Charlie
    Crist).  Only a place the gazetteer holds, and only a person named in full
    (a given name and a surname) in that very clause; within the figure's sentence
    or the sentence before it."""
    text = doc.text[max(0, c.start - _TENURE_REACH):c.start + len(c.sentence)]
    for m in _finditer(_TENURE_OF, text):
        e = lex.entity_rx.match(text, m.end())
        if e is not None:
            return lex.canonical[e.group()]
    for m in _finditer(_TENURE_WHO, text):
        name = m.group(1)
        first = name.split()[0]
        if (first in lex.given or first.lower() not in lex.common) and name not in lex.canonical:
            return name
    return None


#: where a clause that may open with a thing starts: the sentence's start (after quotation
#: marks and a "Says"), a bracket, or a word that opens a clause ("a study says coconut oil
#: removes 93%", "After (the assault weapon ban) passed in 1994")
_THING_OPEN = compile_cached(r"(?i)^[\W_]*(?:says\s+)?|\(\s*|(?<![\p{L}])(?:that|says|say|said|shows|show|found|finds|"
                             r"claims?|suggests?|after|when|if|because|since|once|until|unless|while)\s+[\"“‘'(]*",
                             regex.VERSION1)
_THING_WORD = compile_cached(r"[\p{L}\d][\p{L}\d’'.-]*|[^\s\"“”‘’'()\[\]]", regex.VERSION1)
#: between a thing and its figure: no new clause, no second sentence part
_THING_GAP = compile_cached(r"[,;:?!–—]|\s-\s")
_THING_DET = frozenset("the a an any".split())
#: a sentence that places its figure "here" ("80% of our electricity", "in this country"): the
#: thing is not all it is about, and the place is unknown (two countries' coal would conflict)
_THING_HERE = compile_cached(r"(?i)(?<![\p{L}])(?:our|ours|we|us|here|nationwide|this\s+(?:country|nation|state|city))(?![\p{L}])",
                             regex.VERSION1)
_THING_REACH = 12  # words from a thing to its figure ("Using saunas once a week reduces risk of death ... by 30%")
#: words that make the phrase someone's, or point back at one named before: no subject
_THING_NOT = frozenset("this that these those his her its their our my your whose some many most all every each no "
                       "one two three".split())
_THING_AUX = frozenset("is are was were has have had will would could can may might must should does do did shall".split())
_THING_VERBS = frozenset("""provide produce cause contain kill make cost create reduce increase raise cut save help
prevent cure stay remain need use take account generate emit add lower boost destroy remove protect lead give get
put let allow require include""".split()) | _PAST_FORMS | _PRESENT_FORMS
#: a gerund that opens a clause with the kind it acts on ("Drinking wine", "Using saunas")
_THING_GERUNDS = frozenset("using wearing taking drinking eating swallowing consuming smoking chewing applying "
                           "inhaling vaping".split())


def _thing_verb(w: str, lex: _Lexicon, after: Optional[str] = None) -> bool:
    """Does the word after a noun phrase read as its verb ("stays", "promised", "will")?
    Not a plural noun before the verb ("dairy products will")."""
    if w in _THING_AUX or w in _THING_VERBS:
        return True
    if after is not None and (after in _THING_AUX or after in _THING_VERBS):
        return False
    if len(w) > 4 and w.endswith("ed"):
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) \
        and _lemma(w) not in lex.kinds and _lemma(w) not in lex.things and w not in _NP_STOP


def _thing_at(sent: str, st: int, fs: int, lex: _Lexicon, title: bool) -> Optional[str]:
    """The thing that is the subject of the clause opening at ``st``, if its
    head is a listed kind or a qualified law, plan, facility or vehicle."""
    toks = []
    for w in _finditer(_THING_WORD, sent[st:fs]):
        toks.append(w)
        if len(toks) >= 8:
            break
    low = [t.group().lower() for t in toks]
    if not low:
        return None
    i = 0
    if low[0] in _THING_GERUNDS and not (len(low) > 1 and low[0] + " " + _lemma(low[1]) in lex.kinds):
        i = 2 if low[1:2] == ["in"] else 1
    gerund = i > 0
    if i < len(low) and low[i] in _THING_DET:
        i += 1
    det = low[i - 1] if i > 0 and low[i - 1] in _THING_DET else None
    first = i
    for j in range(first, min(len(toks), first + 5)):
        w, raw = low[j], toks[j].group()
        if w in ("and", "or") and first < j < len(low) - 1 and low[j - 1] not in _THING_DET:
            continue  # "meat and dairy products"
        if not raw[0].isalpha() or w in _THING_NOT or w in _NP_STOP or w.endswith(("'s", "’s")) \
                or (not title and raw[0].isupper() and st + toks[j].start() > 0):
            return None  # a possessive, a pronoun, a number, a name (the name readers own it)
        lem = _lemma(w)
        two = low[j - 1] + " " + lem if j > first else None
        kind = two if two in lex.kinds else lem if lem in lex.kinds else None
        head = lex.things.get(two) if two in lex.things else lex.things.get(lem)
        nxt = low[j + 1] if j + 1 < len(low) else None
        if not (kind or head):
            if j > first and _thing_verb(w, lex) and not (
                    w.endswith("s") and not (w in _THING_AUX or w in _THING_VERBS) and nxt is not None
                    and (_lemma(nxt) in lex.kinds or _lemma(nxt) in lex.things
                         or any(k.startswith(nxt + " ") for k in (lex.kinds | lex.things.keys())))):
                return None  # the clause's verb came before any listed thing ("public works program": a noun)
            continue
        if nxt is not None and (w + " " + _lemma(nxt) in lex.kinds or w + " " + _lemma(nxt) in lex.things):
            continue  # "power" of "power stations": the head is the next word
        if not gerund and (nxt is None or not _thing_verb(nxt, lex, low[j + 2] if j + 2 < len(low) else None)):
            continue
        if _search(_THING_GAP, sent, st + toks[j].end(), fs) is not None \
                or _nwords(sent[st + toks[j].end():fs]) > _THING_REACH:
            return None  # the figure is in a clause of its own, or far down the predicate
        named = (kind or head).split()
        mods = [m for m in low[first:j + 1 - len(named)] if m not in _THING_VAGUE and not m.endswith("ly")]
        if len(mods) >= 3 and mods[0].endswith("ing"):
            return None  # "passing comprehensive immigration reform will ...": an act, not a thing
        if kind:
            if det == "the" and not mods:
                return None  # "the vaccine": one named before
            return " ".join(mods + [kind])
        if not mods:
            return None  # "the bill", "the new plan": which?
        return " ".join(mods + [head])
    return None


def _opening_word(sent: str, subject: str) -> bool:
    """Is the subject one capitalised word that opens the sentence ("Coconut")?"""
    return " " not in subject and regex.match(r"[\W_]*" + regex.escape(subject) + r"(?![\p{L}])", sent) is not None


def _thing_subject(sent: str, fs: int, lex: _Lexicon) -> Optional[str]:
    """A claim about a thing, not a person or place ("A swallowed chewing gum
    stays in the stomach for seven years", "The stimulus bill promised to keep
    unemployment under 8%"): the kind, or the qualified law, plan, facility or
    vehicle, that is the grammatical subject of the figure's clause, the
    nearest clause first.  Never the counted noun (the phrase comes before the
    figure), never a person, never a word that points back ("the bill")."""
    if not lex.kinds and not lex.things or _search(_THING_HERE, sent) is not None:
        return None
    title = _title_case(sent)
    opens = [m.end() for m in _finditer(_THING_OPEN, sent[:fs])]
    for st in reversed(opens):
        thing = _thing_at(sent, st, fs, lex, title)
        if thing:
            return thing
    return None


def _age_stands_for(doc, c) -> bool:
    """An age claim whose "the 28-year-old" stands for someone named before,
    or whose "a 17-year-old" for someone new: no place or group is guessed for it."""
    if c.metric != "people.age" or not c.sentence:
        return False
    s0 = sentence_offset(doc.text, c)
    fs = c.start - s0
    return s0 >= 0 and (_age_role(c.sentence, fs, c.end - s0) is not None
                        or _age_someone(c.sentence, fs, c.end - s0))


#: a firm's own figures: its results, and the change of those that only a firm reports
_FIRM_METRIC = ("company.", "change.profit", "change.net_profit", "change.pretax_profit", "change.operating_profit",
                "change.turnover", "change.earnings", "change.net_income", "change.operating_loss", "change.revenue")


def _firm_of_story(doc, c, lex: _Lexicon) -> Optional[str]:
    """A firm's own figure in a sentence that names no one ("Profits for the
    year rose 20% to £4.6bn", after "Barclays has seen annual pre-tax profits
    climb"): the firm that acts in the sentences before, in its story (across
    a paragraph break); never a place."""
    sent = c.sentence
    if not sent or _lex_names(sent, lex) or _search(lex.entity_rx, sent) is not None \
            or _search(_PRONOUN_ACTOR, sent) is not None:
        return None
    s0 = sentence_offset(doc.text, c)
    if s0 < 0:
        return None
    story = doc.story_at(c.start)
    firm = _referent_before(doc, s0, story.start if story else 0, lex, person=False, role=True)
    if firm is None or firm in lex.countries or firm in (lex.places or {}) or firm in set((lex.places or {}).values()) \
            or firm in (lex.blind or {}).values():
        return None
    return firm


#: a phrase that points at the country the document is written in ("3 million
#: jobs go vacant each month in this country"): its subject is the home country
#: a document's metadata names (``country:`` in sources.yaml), never a guess
_DEICTIC = compile_cached(r"(?i)\b(?:this\s+(?:country|nation)|nationwide|across\s+the\s+(?:country|nation))\b")
#: the same said in the first person, outside a quotation only (a quoted
#: foreign leader's "our economy" is not the home country's)
_DEICTIC_OURS = compile_cached(r"(?i)\bour\s+(?:country|nation|economy|military|armed\s+forces|government)\b")


def _home_country(doc, sent: str, lex: _Lexicon) -> Optional[str]:
    """The home country of a document that names one in its metadata, when the
    figure's sentence points at it ("in this country", "nationwide")."""
    home = dict(doc.meta).get("country") if doc.meta else None
    if not home or not sent:
        return None
    if _search(_DEICTIC, sent) is None and (_search(_DEICTIC_OURS, sent) is None or _search(_QUOTES, sent) is not None):
        return None
    return lex.canonical.get(str(home), str(home))


def _of_a_group(unit: Optional[str]) -> bool:
    """A sum of money or a share: a figure about a group, not a count of it."""
    u = unit or ""
    return u in (PERCENT, FRACTION, PERCENTAGE_POINT, RATIO) or (len(u) == 3 and u.isalpha() and u.isupper())


#: a person the sentence points at: not surely the one name of the sentence before
#: ("He was driving Shakur's car ... At the time he was on probation")
_PERSON = compile_cached(r"(?i)\b(?:he|she|him|his|her|hers|i|me|my|we|our)\b|[\"“”]")
_PEOPLE = compile_cached(r"(?i)\b(?:he|she|him|his|her|hers|i|me|my|we|our|they|them|their|you|your)\b")
_REFERS = compile_cached(r"(?i)\b(?:it|its|the\s+(?:company|firm|group|bank|carrier|airline|retailer|business|"
                         r"club|party|agency|regulator|maker|chain|operator|network|insurer|lender|manufacturer))\b")
def _opening_name(text: str, s0: int, lex: _Lexicon, owner: bool = True) -> Optional[str]:
    """The name that opens the sentence before (in the same paragraph): a
    listed entity or a capitalised name right at its start, after a "The".
    ``owner`` False: not a name that owns the opening noun ("Brown's book has
    become a phenomenon. It has sold ...": the book sold, not Brown)."""
    a = s0
    while a > 0 and text[a - 1] in " \t":
        a -= 1
    if a == 0 or text[a - 1] == "\n":
        return None
    p0, p1 = sentence_bounds(text, a - 1, a - 1)
    p0 = max(p0, a - _PREVIOUS_REACH)
    prev = text[p0:p1]
    lead = regex.match(r"[\W_]*(?:The\s+)?", prev).end()
    m = lex.entity_rx.match(prev, lead)
    if m is not None:
        if not owner and _POSSESSIVE_AT.match(prev, m.end()) is not None:
            return None
        name = lex.canonical[m.group()]
        if name in lex.nations and name not in lex.countries:
            return None  # "US rivals ...": a demonym or a country's adjective opens no firm
        return name
    for c in _lex_names(prev, lex):
        if c[0] == lead and not (prev[c[1]:c[1] + 2] in ("'s", "’s")) \
                and (owner or _POSSESSIVE_END.search(prev, c[0], c[1]) is None):
            return _canon(c[2], lex)
        break
    return None


_NUMBERED = compile_cached(r"\s\d")
_POSSESSIVE_END = compile_cached(r"['’]s?$", regex.VERSION1)


#: a sentence that is only its figure: "Zero.", "None!", "About 2,000." (an answer)
_BARE_ANSWER = compile_cached(r"[\s\"“‘']*(?:(?:only|just|about|nearly|almost|roughly|around|more\s+than|fewer\s+than|"
                              r"less\s+than|over|under)\s+)?$", regex.VERSION1)
_BARE_ANSWER_END = compile_cached(r"[.!…\s\"”’']*$", regex.VERSION1)
_QUESTION_BEFORE = compile_cached(r"\?[\"”’']?\s*[\"“‘']?$", regex.VERSION1)


def _answers_question(text: str, s0: int, c) -> bool:
    """The claim's sentence is its figure alone, right after a question ("... on parole?
    Zero."): the figure answers that question, and the question's one name is its subject."""
    if s0 <= 0 or not c.sentence:
        return False
    fs, fe = c.start - s0, c.end - s0
    if not (0 <= fs < fe <= len(c.sentence)) or _BARE_ANSWER.fullmatch(c.sentence[:fs]) is None \
            or _BARE_ANSWER_END.fullmatch(c.sentence[fe:]) is None:
        return False
    return _QUESTION_BEFORE.search(text, max(0, s0 - 4), s0) is not None


#: a capitalised word right before a name and one right after it (looked at as "before|after")
_INSIDE_NAME = compile_cached(r"(?s).*(?<![.!?]\s)(?<![.!?]\s[\"“‘'])\b(?!(?:The|A|An|In|On|At|By|For|Of|And)\s)"
                              r"\p{Lu}\p{Ll}+\s\|\s\p{Lu}\p{Ll}+\b.*", regex.VERSION1)


def _previous_subject(text: str, s0: int, lex: _Lexicon, names: bool = False) -> Optional[str]:
    """The one place or organisation the sentence before names, in the same
    paragraph ("Unemployment in Spain is the highest in the EU's south. It
    rose to 7% last year."), when the figure's own sentence names none.  Two
    or more names there: no guess."""
    a = s0
    while a > 0 and text[a - 1] in " \t":
        a -= 1
    if a == 0 or text[a - 1] == "\n":
        return None  # the first sentence of its paragraph
    p0, p1 = sentence_bounds(text, a - 1, a - 1)
    p0 = max(p0, a - _PREVIOUS_REACH)
    prev = text[p0:p1]
    ents = [(m.start(), m.end(), lex.canonical[m.group()]) for m in _finditer(lex.entity_rx, prev)]
    # (s28) a name inside a longer one ("the Federal Labour Agency" names no party) is no
    # guess, but is a name the sentence gives: with it, no name is the one guess
    if any(_INSIDE_NAME.fullmatch(prev[max(0, e[0] - 30):e[0]] + "|" + prev[e[1]:e[1] + 30]) for e in ents):
        return None
    found = {e[2] for e in ents}
    if names:  # and the names outside the gazetteer ("BP said ... It made £5bn.")
        found |= {_canon(c[2], lex) for c in _lex_names(prev, lex)
                  if not any(e[0] < c[1] and c[0] < e[1] for e in ents)
                  and prev[c[1] - 2:c[1]] not in ("'s", "’s")  # "Shakur's car": an owner
                  and not _NUMBERED.match(prev, c[1])}  # "Chapter 11", "Article 50": a name of a thing
    return found.pop() if len(found) == 1 else None


#: a pronoun or a definite noun that is the actor of the figure's clause: its
#: grammatical subject ("She won 3 awards", "They sold 2 million copies", "the
#: firm made £5bn") or, right before the figure, its owner ("his 31-year rule",
#: "their 2-1 win").  "it" stays with ``_previous_subject`` (it is often no one:
#: "it is expected", "the deal ... it is worth").
_PERSON_NOUNS = ("singer|actor|actress|star|player|striker|midfielder|defender|goalkeeper|manager|coach|boss|"
                 "chairman|chairwoman|chief\\s+executive|director|author|minister|president|premier|champion|"
                 "winner|rapper|musician|comedian|presenter|chancellor|leader|spokesman|spokeswoman")
_GROUP_NOUNS = ("firm|company|group|club|band|team|side|bank|carrier|airline|retailer|business|party|agency|"
                "regulator|maker|chain|operator|network|insurer|lender|manufacturer|giant|studio|label|broadcaster")
#: roles an age stands before in a definite description ("the 51-year-old designer")
_AGE_ROLES = (_PERSON_NOUNS + "|designer|host|runner|sprinter|hurdler|athlete|jumper|swimmer|cyclist|boxer|golfer|"
              "batsman|bowler|captain|skipper|winger|forward|international|keeper|model|producer|writer|novelist|"
              "artist|dancer|man|woman|boy|girl|mother|father|son|daughter|veteran|youngster|teenager|"
              "rookie|pop\\s+star|film\\s+star|tennis\\s+star")
#: "the 28-year-old", "the 51-year-old designer": a person named before
_AGE_ROLE = (r"(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)" + _YEAR_OLD + r"(?:\s+(?:[\p{L}-]+\s+){0,2}?(?:"
             + _AGE_ROLES + r"))?")
_PRONOUN_ACTOR = compile_cached(
    r"(?<![\p{L}’'-])(?:(?P<p>he|she|He|She)|(?P<g>they|They)|(?P<pp>his|her|His|Her)|(?P<gp>their|Their)|"
    r"(?:the|The)\s+(?:(?P<pn>" + _PERSON_NOUNS + r"|" + _AGE_ROLE + r")|(?P<gn>" + _GROUP_NOUNS + r")))"
    r"(?![\p{L}’'-])", regex.VERSION1)
#: "It" opening a sentence as the actor of a verb of trading or spending ("South Korea will boost
#: state spending. It has earmarked 100 trillion won"): the one the sentence before opens with, as
#: for "Its" (not "It is", "It said", "It comes after": no actor, or a speaker) (subjects21)
_IT_ACTS = compile_cached(r"[\W_]*It\s+(?:also\s+)?(?:has\s+|had\s+|will\s+|would\s+)?(?:sold|sells|spent|spends|"
                          r"earmarked|earmarks|invested|invests|raised|raises|earned|earns|made|makes|posted|posts|"
                          r"recorded|records|borrowed|borrows|paid|pays|owes|employs|employed|bought|buys|shipped|"
                          r"ships|exported|exports|imported|imports|cut|cuts|lost|loses|aims\s+to|plans\s+to|"
                          r"hopes\s+to|expects\s+to)\s", regex.VERSION1)
#: a sentence that opens with "its" or "the firm's" and a lower-case noun ("Its sales rose 3.5%")
_ITS_OPENS = compile_cached(r"^[\W_]*(?:Its|The\s+(?:" + _GROUP_NOUNS + r")['’]s?)\s+\p{Ll}", regex.VERSION1)
_AGE_AS_ROLE = compile_cached(_YEAR_OLD + r"(?:\s*(?:[.,;:!?)\"”’]|$)|\s+(?:[\p{L}-]+\s+){0,2}?(?:"
                              + _AGE_ROLES + r")s?(?![\p{L}-])|\s+(\p{Ll}+)(?![\p{L}-]))", regex.VERSION1)
_APPOSED = compile_cached(r"(?<![\p{L}])((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*),\s+(?:the|The)\s+$",
                          regex.VERSION1)
_LOWER_WORD = compile_cached(r"(?<![\p{L}])\p{Ll}[\p{Ll}’'-]*", regex.VERSION1)
_THE_BEFORE = compile_cached(r"(?<![\p{L}])(?:the|The)\s+$", regex.VERSION1)


def _verb_before(seg: str, a: int, b: int) -> bool:
    """A word that reads as a verb stands in seg[a:b]: a name after it is no subject."""
    return any(w in _AGE_AUX or w in _SPEECH or _VERB_FORM.fullmatch(w) or _PAST.fullmatch(w)
               for w in _LOWER_WORD.findall(seg, a, b))


def _age_role(sent: str, fs: int, fe: int) -> Optional[int]:
    """Where "the 28-year-old" ends when the age opens a definite description
    of a person, with no name after it ("The 28-year-old has been in great
    form", "the 51-year-old designer was shot"): it stands for someone named
    before, whom no place or name in its own sentence replaces."""
    if _THE_BEFORE.search(sent, max(0, fs - 5), fs) is None:
        return None
    ap = _APPOSED.search(sent, max(0, fs - 60), fs)
    if ap is not None and _LED_BY_PREP.search(sent, max(0, ap.start(1) - 16), ap.start(1)) is None:
        return None  # "Joss Stone, the 17-year-old soul singer": the name before is the person (not
        # "On a visit to India, the 60-year-old actor")
    m = _AGE_AS_ROLE.match(sent, fe)
    if m is None:
        return None
    w = m.group(1)
    if w is not None and not (w in _AGE_AUX or w in _SPEECH or _VERB_FORM.fullmatch(w) or _PAST.fullmatch(w)):
        return None  # "the 15-year-old ban": a thing's age
    return m.start(1) - 1 if w is not None else m.end()
#: what may stand between a possessive and its figure ("his 31-year rule", "their first 2-1 win")
_POSS_GAP = compile_cached(r"\s+(?:(?:first|last|second|third|latest|new|own|best|worst|record|previous|next)\s+)?")
#: what stands between the actor and its figure when the figure is not its
#: own clause's: reported speech, a relative clause, a new clause
_NOT_ACTOR_GAP = compile_cached(
    r"(?i)(?<![\p{L}])(?:said|says|say|told|tells|added|claimed|claims|warned|argued|believes?|believed|thinks?|"
    r"thought|expects?|expected|that|which|who|whom|whose|when|where|while|if|because|although|though|after|"
    r"before|since|until|unless|and|but|or|as|than|by|according|[a-z]+ing\s+to)(?![\p{L}])|[,;:()\"“”«»]|\s[-–—]\s",
    regex.VERSION1)
_TITLED = compile_cached(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+"
                         r"(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?![\p{L}])", regex.VERSION1)
_PRONOUN_LEAD = compile_cached(r"[\W_]*(?:(?:the|a|an|The|A|An)\s+)?", regex.VERSION1)
_ORG_WORDS = frozenset("""United Rovers Athletic Wanderers Albion Sachs Stanley Lynch Brothers Bros Records
Music Pictures Studios Films Entertainment Motors Airways Airlines Energy Oil Gas Telecom Mobile Media Bank Capital
Partners Holdings Group Inc Ltd Plc Corp Co Company Association Institute Foundation Trust Council Union""".split())
_PRONOUN_SENTENCES = 3  # sentences back, in the paragraph, a referent is looked for


def _pronoun_actor(doc, c, s0: int, lex: _Lexicon) -> Optional[str]:
    """The name a pronoun or a definite noun stands for, when it is the actor
    of the figure's clause ("Kylie Minogue toured Britain. She won 3 awards
    in 2004": Kylie Minogue, not the United Kingdom): a person for
    he/she/his/her/"the singer", an organisation, team or group for
    they/their/"the firm".  In the figure's own sentence, the name that opens
    the pronoun's clause ("before Agassi confirmed he would play on in
    2005"); else, in the up to three sentences before it in the same
    paragraph and story, the actor (opening name) of the nearest sentence
    that names one; a single name of the kind there when its actor is a
    name of another kind (a person speaking of a firm), or, for he/she, when
    it opens with no name.  Anything less clear: no guess."""
    sent = c.sentence
    fs = c.start - s0
    if not sent or fs <= 0:
        return None
    lo = _clause(sent, fs, fs)[0]
    m = None
    # an age that stands for its person ("The 28-year-old has been in form") resolves as the role does
    lim = (_age_role(sent, fs, c.end - s0) if c.metric == "people.age" else None) or fs
    for x in _finditer(_PRONOUN_ACTOR, sent[:lim]):
        if x.start() >= lo:
            m = x
    if m is None:
        return None
    if _search(_QUOTES, sent, 0, m.start()) is not None:
        return None  # quoted speech: its "he" and "they" are the speaker's
    gap = sent[m.end():fs]
    if m.group("pp") or m.group("gp"):
        if not _POSS_GAP.fullmatch(gap):
            return None  # "her" as an object, or a possessive of another noun
    elif _nwords(gap) > 8 or _search(_NOT_ACTOR_GAP, gap) is not None or _search(lex.entity_rx, gap) is not None \
            or regex.search(r"(?<![\p{L}])\p{Lu}\p{Ll}", gap) is not None:
        return None
    role = bool(m.group("pn") or m.group("gn"))
    if role and _SUBJECT_SLOT.search(sent, 0, m.start()) is None:
        return None  # "bought the club in 2003": an object
    person = bool(m.group("p") or m.group("pp") or m.group("pn"))
    personal = bool(person and lex.persons and c.metric and _personal_metric(c.metric, lex.person_metrics))
    # "The 22-year-old" opens a paragraph as often as not: it stands for the person the
    # paragraph before named, so it looks back across paragraphs (within the story)
    aged = bool(m.group("pn")) and m.group("pn").endswith(("-old",)) or "-old " in (m.group("pn") or "")
    story = doc.story_at(c.start)
    stop = max(0 if aged or role else doc.text.rfind("\n\n", 0, s0) + 1, story.start if story else 0)
    # the figure's own sentence: the name that opens the pronoun's clause
    seg = sent[:m.start()]
    cut = 0
    for x in _finditer(_CLAUSE_OPEN, seg):
        cut = x.end()
    cands = [x for x in _pronoun_candidates(seg, person, lex, personal) if x[3]]
    if cands:
        if cut:
            lead = cut + _PRONOUN_LEAD.match(seg[cut:]).end()
        else:
            lead = _date_lead(seg)
        own = [x for x in cands if x[0] == lead]
        if own and own[0][3] and _acts(seg, own[0][1]):
            return own[0][2]
        return None
    return _referent_before(doc, s0, stop, lex, person, role, aged, personal)


def _referent_before(doc, s0: int, stop: int, lex: _Lexicon, person: bool, role: bool, aged: bool = False,
                     personal: bool = False) -> Optional[str]:
    """The name the up to three sentences before ``s0`` (back to ``stop``) give
    for a referent of the kind (a person or not): the actor of the nearest
    sentence that names one, else its one name of the kind, as
    ``_pronoun_actor`` reads it."""
    a = s0
    for _ in range(_PRONOUN_SENTENCES):
        while a > stop and doc.text[a - 1] in " \t\n":
            a -= 1
        if a <= stop:
            return None
        b0, b1 = sentence_bounds(doc.text, a - 1, a - 1)
        b0 = max(b0, stop, a - _PREVIOUS_REACH)
        seg = doc.text[b0:a]
        a = b0
        lead = _date_lead(seg)
        if _SAME_ACTOR.match(seg, lead):
            continue  # "In 1990 he began ...": the same referent, further back
        cands = _pronoun_candidates(seg, person, lex, personal)
        if not cands:
            if _lex_names(seg, lex) or _search(lex.entity_rx, seg) is not None:
                return None  # a sentence naming only the wrong kind: the referent is not clear
            continue
        if _search(_QUOTES, seg) is not None:
            return None  # the sentence before quotes someone: who is "he"?
        first = cands[0]
        if first[0] == lead and _acts(seg, first[1]):
            return first[2] if first[3] else None  # the sentence's actor
        names = {x[2] for x in cands if x[3]}
        if len(names) != 1:
            return None
        other = next((x for x in _pronoun_candidates(seg, not person, lex) if x[0] == lead), None)
        if other is not None and _acts(seg, other[1]) or person and not role:
            return names.pop()
        if aged and not any(_verb_before(seg, lead, x[0]) or _PREP_BEFORE.search(seg, max(lead, x[0] - 24), x[0])
                            and not _possessive(seg, x[1]) for x in cands if x[3]):
            # "Olympic champion Kenenisa Bekele is determined ... The 22-year-old will": the one
            # person the sentence names as its subject (not "she overhauled rival Maria Mutola", nor
            # "Robinson, stand-in captain in the absence of Jonny Wilkinson": a name after a preposition)
            return names.pop()
        return None
    return None


#: what a role noun follows when it is its clause's subject
_SUBJECT_SLOT = compile_cached(r"(?:^|[,;:]|(?<![\p{L}])(?:that|said|says|and|but|when|while|as|because|although|"
                               r"after|before|since|if|so|then|added|where|until|once|now)|[\"“”])\s*$",
                               regex.IGNORECASE | regex.VERSION1)
#: where a clause starts in the pronoun's sentence ("... before Agassi confirmed he")
_CLAUSE_OPEN = compile_cached(r"[,;:]\s*|(?<![\p{L}])(?:that|and|but|when|while|as|because|although|after|before|"
                              r"since|if|until|once|whom|who|where)\s+", regex.VERSION1)
_DATE_LEAD = compile_cached(r"[\W_]*(?:(?:In|On|At|By|Last|This|Next|Earlier|Later|During|Since|After|Before)\s+"
                            r"(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+,?\s+)?(?:(?:the|a|an|The|A|An)\s+)?", regex.VERSION1)
_SAME_ACTOR = compile_cached(r"(?:he|she|they|He|She|They)\s", regex.VERSION1)
_ACT_WORD = compile_cached(r"(?:,[^,;:()]{2,60},)?\s+(?:(?:has|had|have|was|were|is|are|will|would|could|can|may|"
                           r"also|now|still|then|later|previously|already|once|first|finally|recently|has\s+also)\s+)*"
                           r"(\p{Ll}{3,})\b", regex.VERSION1)


_IRREGULAR_PAST = frozenset("beat drew swept struck overcame thrashed".split())


def _date_lead(seg: str) -> int:
    """Where a sentence's opening name starts, past "In 1990," or "Last month"."""
    return _DATE_LEAD.match(seg).end()


def _acts(seg: str, end: int) -> bool:
    """The name ending at ``end`` is followed by its verb, not by "and" or a noun."""
    v = _ACT_WORD.match(seg, end)
    if v is None or seg[end:end + 5] == " and ":
        return False
    w = v.group(1)
    return w in _SPEECH or w.endswith("ing") or w in _IRREGULAR_PAST or _VERB_FORM.fullmatch(w) is not None \
        or _PAST.fullmatch(w) is not None or v.end(1) - v.start() > len(w) + 1 and w not in _NP_STOP


#: a name between a determiner and the lower-case noun it describes ("the Chanel Tweed label",
#: "a Rolls Royce car") names a brand or a thing, not a person
_ATTRIBUTE_BEFORE = compile_cached(r"(?<![\p{L}])(?:the|a|an|The|A|An)\s+$", regex.VERSION1)
_ATTRIBUTE_AFTER = compile_cached(r"\s+\p{Ll}", regex.VERSION1)


def _pronoun_candidates(seg: str, person: bool, lex: _Lexicon, personal: bool = False) -> list:
    """(start, end, name, of the kind) of the names the text gives, in order:
    persons, or organisations, teams and groups; a single capitalised word
    that opens the text and acts (a surname: "Strachan left St Mary's") is
    taken for a person.  ``personal``: the figure is a personal fact, so a
    leader is named as the person, not as his country (subjects5_persons)."""
    persons = lex.persons or {}
    ents = []
    for x in _finditer(lex.entity_rx, seg):
        if ents and x.start() < ents[-1][1]:
            continue
        n = _NAME_AFTER.match(seg, x.end()) if x.group() in lex.nations and lex.state_words else None
        if n is not None and n.group(1) not in lex.state_words and lex.entity_rx.match(seg, n.start(1)) is None:
            ents.append((x.start(), n.end(), seg[x.start():n.end()]))  # "British Airways", "France Telecom"
            continue
        ents.append((x.start(), x.end(), persons[x.group()] if personal and x.group() in persons
                     else lex.canonical[x.group()]))
    titled = []
    for x in _finditer(_TITLED, seg):
        full = regex.sub(r"['’]s?$", "", x.group())
        sur = regex.sub(r"['’]s?$", "", x.group(1))
        name = (persons.get(sur) or persons.get(full)) if personal else None
        titled.append((x.start(), x.start() + len(full),
                       name or lex.canonical.get(sur) or lex.canonical.get(full) or full))
    out = []
    spans = ents + titled
    for p in _lex_names(seg, lex):
        if any(e[0] < p[1] and p[0] < e[1] for e in spans):
            continue
        if seg[p[1]:p[1] + 2] in ("'s", "’s") or seg[p[1]:p[1] + 1] in ("'", "’"):
            continue  # "Shakur's car": an owner, not an actor
        words = p[2].split()
        if any(w in _MONTHS_DAYS for w in words):
            continue
        # a given name first, or two or three capitalised words none of which is
        # a word or a part of an organisation's name ("Kylie Minogue")
        is_person = words[0] in lex.given or 2 <= len(words) <= 3 and not any(
            w.lower() in lex.common or w in _NAME_PARTS or w in _ORG_WORDS or not w[1:].islower() for w in words)
        if is_person and _ATTRIBUTE_BEFORE.search(seg, max(0, p[0] - 8), p[0]) is not None \
                and _ATTRIBUTE_AFTER.match(seg, p[1]) is not None:
            is_person = False  # (prec31) "who founded the Chanel Tweed label": a name that describes a noun
        out.append((p[0], p[1], _canon(p[2], lex), is_person == person))
    out += [(t[0], t[1], t[2], person) for t in titled]
    places = _place_names(lex)
    for e in ents:
        if seg[e[1]:e[1] + 2] in ("'s", "’s"):
            continue
        if seg[e[0]:e[1]] in persons:
            out.append((e[0], e[1], e[2], person))
        else:
            out.append((e[0], e[1], e[2], not person))
    lead = _date_lead(seg)
    w = _SURNAME.match(seg, lead)
    if w is not None and not any(x[0] == lead for x in out) and w.group().lower() not in lex.common \
            and w.group() not in _NOT_PROPER and w.group() not in _MONTHS_DAYS and _acts(seg, w.end()) \
            and (w.group() in _KEPT[0] or not _a_word(w.group().lower(), lex.words)):  # not "Indiscipline allowed"
        out.append((lead, w.end(), _canon(w.group(), lex), person))
    return sorted(out)


_SURNAME = compile_cached(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}’'])", regex.VERSION1)

@dataclass(frozen=True, slots=True)
class _FigSpan:
    """Just enough of a Figure for a sentence context."""

    start: int
    end: int
    number_start: Optional[int] = None


#: (status33) the statuses a status word of the clause gives a date that its own verb, told in
#: the past, overrides: "calling for a rail link which was closed in 1969 to be reopened", "the
#: rebate, secured in 1984 by Margaret Thatcher", "rules introduced in 2002 demand that": the
#: date is when the act was done, whatever was called for, pledged or demanded around it
_NOT_DONE = frozenset({"pledge", "proposal", "demand", "target", "hypothetical", "forecast"})
#: ... unless the past form is governed by what makes it no act done: "to" right before it ("to
#: have closed in 2010"); a condition earlier in the clause ("if the cycle ended in 2005/06"); a
#: modal or "be" earlier in the clause, with any words between ("will be officially opened",
#: "will need to be fully fit and motivated")
_NOT_DONE_TO = compile_cached(r"(?i)\bto(?:\s+(?:not|also|now|then|only|soon|finally|be|been|have|had|first|later))*\s+$")
_NOT_DONE_IF = compile_cached(r"(?i)\b(?:if|unless|whether)\b")
_NOT_DONE_MODAL = compile_cached(r"(?i)\b(?:will|would|could|should|shall|may|might|must|can|be)\b")
#: between the cue's verb and the date: a clause break, or a word that opens a clause of its own
_NOT_DONE_GAP = compile_cached(r"[,;:()]|\b(?:and|or|but|to|will|would|could|should)\b")
#: a past form used as an adjective: after a determiner or an owner, or glued by a hyphen
_ATTRIBUTIVE = compile_cached(r"(?i)(?:\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+|['’]s\s+|-)$")
_NOT_DONE_AFTER = compile_cached(r"(?i)[^,;:.!?]{0,50}?\b(?:will|would|could|shall|is\s+to|are\s+to)\b")


def _done_act(sent: str, cue: tuple, fs: int) -> bool:
    """Is the date's act, the rule's cue word, a past form that tells it was done ("which was
    closed in 1969", "secured in 1984", "intervened in June 2004"), with the date right after it
    and no deadline ("announced ... by 2006")?"""
    a, b = cue
    if not (0 <= a < b <= fs) or b < fs - 40 or _DATE_BY.search(sent, max(0, fs - 4), fs) is not None:
        return False
    words = sent[a:b].split()
    word = words[0].lower() if words else ""  # the cue's verb, then its preposition ("closed in")
    if not (word.endswith("ed") and len(word) > 4 or word in _PAST_FORMS):
        return False
    if _NOT_DONE_GAP.search(sent, a + len(word), fs) is not None:
        return False  # the date is in a clause of its own
    if _NOT_DONE_TO.search(sent, max(0, a - 30), a) is not None or _ATTRIBUTIVE.search(sent, max(0, a - 12), a):
        return False  # "to be reopened"; "the proposed expansion", "their long-recognised promise": no verb
    lo = max(sent.rfind(",", 0, a), sent.rfind(";", 0, a), a - 80)
    if _NOT_DONE_IF.search(sent, max(0, lo), a) is not None:
        return False  # "if the cycle ended in 2005/06": a condition, not an act done
    if _NOT_DONE_MODAL.search(sent, max(0, lo, a - 50), a) is not None:
        return False  # "will be officially recognised", "will need to be fully fit and motivated"
    return _NOT_DONE_AFTER.match(sent, fs) is None  # "handsets sold in 2005 would double": to come


def _date_claims(doc, dates, rules, lex, idx, figs) -> list[Claim]:
    out = []
    text = doc.text
    for dm in dates:
        pub = doc.reference_date(dm.start)
        span = _date_span(dm, pub, not dm.year and _ahead(text, dm.start))
        yearless = None
        if span is None:
            # "on August 13" with no publication date: kept, with its year
            # unknown (no period_start/end, a unit of its own), not dropped
            yearless = _yearless_span(dm) if pub is None else None
            if yearless is None:
                continue
            lo_v, hi_v, unit = float(yearless[0]), float(yearless[1]), YEARLESS_DATE
        else:
            lo_v, hi_v, unit = float(span[0].toordinal()), float(span[1].toordinal()), "date"
        absolute = bool(dm.year or (dm.month and dm.day))
        s0, s1 = sentence_bounds(text, dm.start, dm.end)
        sent = text[s0:s1]
        fake = Figure(dm.start, dm.end, dm.text, lo_v, lo_v, hi_v, unit, kind="date")
        ctx = _Ctx(fake, sent, s0, dm.start - s0, dm.end - s0,
                   [(g.start - s0, g.end - s0) for g in figs if g.start >= s0 and g.end <= s1
                    and not (g.start < dm.end and g.end > dm.start)], "date",
                   _paragraph(text, dm.start))
        caption = _caption_view(ctx) if dm.year and not dm.month and not dm.relative else None
        if caption is not None:
            ctx = caption  # (date27) "the Bihar Assembly Elections – 2020": read as "... in 2020"
        cands = []
        for rule in rules:
            if rule.after_broad:
                continue  # (date24) read below, only for a date no other rule took
            if (rule.priority < 0 or rule.broad) and (not absolute or ctx.others and not rule.broad
                                                      or yearless is not None and not (rule.broad and dm.day)):
                continue  # a fallback (or a broad rule) types dates in history, not "on Tuesday", nor
                # the date of a count beside it ("In March 2024, 312 were killed"),
                # nor a day of no known year ("the Jan. 6 committee")
            if rule.requires is not None and _search(rule.requires, ctx.para) is None:
                continue
            if rule.excludes is not None and _search(rule.excludes, sent) is not None:
                continue
            if rule.requires_sentence is not None and _search(rule.requires_sentence, sent) is None:
                continue
            if rule.broad:  # after every named rule's cue, before every fallback's
                found = _broad_verb_de(rule, ctx) if "de" in rule.groups else _broad_verb(rule, ctx)
                if found is not None and found[4].endswith(_CHAIN_MARK):
                    found = _chained_act(ctx, found)  # "tried to expand": the act after "to"
                if found is not None and (not ctx.others or _apart(ctx, found[1])):
                    cands.append(_Hit(rule, (_BROAD + found[0], -rule.priority, found[3]), (found[1], found[2]),
                                      metric=rule.metric.replace("{cue}", found[4])))
                continue
            for found in _cue_candidates(rule, ctx):
                cands.append(_Hit(rule, (_base(rule, found[0]), -rule.priority, found[3]),
                                  (found[1], found[2])))
        # the nearest cue that names an event ("warned" names a statement)
        best = next((h for h in sorted(cands, key=lambda h: h.score)
                     if _metric(h.rule, h, ctx, lex) is not None), None)
        if absolute and (best is None or best.score[0] >= _FALLBACK) \
                and (late := [r for r in rules if r.after_broad]):
            # (date24) the class of the happening (a day of no known year too: "on March 16")
            best = late_event(late, ctx, lex, _broad_verb, _apart, _verbish) or best
            is_late = best is not None and best.score[0] < _FALLBACK
        else:
            is_late = False
        if best is None:
            continue
        c = _make_claim(doc, best.rule, ctx, best, lex, (), idx, value=fake.value, low=fake.low,
                        high=fake.high, unit=unit, text=dm.text, kind="date")
        if c.status in _NOT_DONE and _done_act(sent, best.cue, ctx.fs):
            c = replace(c, status="actual")  # (status33) "a rail link which was closed in 1969"
        if is_late:
            c = replace(c, subject=late_subject(ctx, lex, best, c.subject))  # (date24) a name the sentence gives
        if caption is not None:
            c = replace(c, sentence=sent)  # (date27) the sentence as written
        if yearless is not None:
            out.append(replace(c, period=yearless[2], period_start=None, period_end=None, cumulative=False))
        else:
            c = replace(c, period=span[2], period_start=span[0].isoformat(),
                        period_end=span[1].isoformat(), cumulative=False)
            if pub is not None and span[1] >= pub and _STATUS_RANK[c.status] < _STATUS_RANK["forecast"] \
                    and _WILL_ACT.search(sent, max(0, ctx.fs - 60), ctx.fs):
                c = replace(c, status="forecast")  # "will collide with the Earth in the year 2175": to come
            elif pub is None and c.status == "actual" and _future_act(ctx, best):
                c = replace(c, status="forecast")  # (date25) no publication date: the clause's own future
            out.append(c)
    return out


#: two bounds read only with a verb that fits them: "for" before a school or fiscal year or a full
#: day ("cancelled school fees for 2020-21", "postponed the vote for 22 March 2020"), never a bare
#: year ("data for 2021": a figure's period); "since" right after a perfect's verb ("has lived
#: in Paris since 2001", "has been missing since 2014"), never a comparison's ("the first title
#: since 1948", "the highest level since April 2004")
_DATE_FOR = compile_cached(r"(?i)(?<![\w’'-])(?P<w>for|since)(?: the)? ?$", regex.VERSION1)
_FULL_DATE = compile_cached(r"(?:1[5-9]|20)\d\d ?[-/\u2013] ?\d\d(?!\d)|(?<!\d)[0-3]?\d(?:st|nd|rd|th)?\b.*\b(?:1[5-9]|20)\d\d"
                            r"|\p{L}+\.? [0-3]?\d(?:st|nd|rd|th)?,? (?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d-\d\d-\d\d", regex.VERSION1)
_PERFECT = frozenset("has have had hasn't haven't hadn't 've 'd".split())
#: words that end the search for a date's verb: a new clause ("the man who killed him was
#: president in 1981"), an auxiliary or copula ("was president in 1981"), another bound
_VERB_STOP = frozenset("""that which who whom whose when where while because if although though
whether than is are was were be been being am has have had having do does did will would shall
should can could may might must since until after before""".split())
_AUXILIARY = frozenset("is are was were be been has have had".split())
#: words after which a verb's bare form is a verb, not a noun or a present tense: a modal or
#: do-support ("could hit Earth in April 2020", "will collide with the Earth in 2175", "did not
#: win in 2016"), apostrophes folded to '
_MODAL = frozenset("""will would could can may might shall should must do does did cannot won't
wouldn't couldn't can't mayn't mightn't shan't shouldn't mustn't don't doesn't didn't""".split())
#: and the forms of be and have, after which a past form that is the verb's bare form ("hit",
#: "shut") is a participle: "was hit by a car in 2005", "has quit in 2019"
_PARTICIPLE_AUX = _AUXILIARY | frozenset(["being", "having"])
_VERB_REACH = 10  # words between a date's preposition and its verb (before), or the date and its verb (after)


def _broad_verb(rule: Rule, ctx: _Ctx):
    """(words between, start, end, 0 after | 1 before, verb) of the verb a
    broad date_event rule lists for a date after a preposition: the nearest
    verb before it in its clause, or, when the date's phrase opens the
    clause (after a comma, a conjunction or a subject of up to three words),
    the first after it ("In 1981, Reagan fired"; "..., and in June 1991 it
    overturned").  A verb it does not list (an
    auxiliary, a past tense or an -ing form it does not list), another
    number, or a word of a new clause ends the search."""
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    if lo == 0 and ctx.sent.startswith(("Says ", "Said ")):
        lo = 5  # a fact-checker's "Says <claim>": the claim's clause starts after the word
    p = _DATE_PREP.search(ctx.sent, max(lo, ctx.fs - 30), ctx.fs)
    bound = None
    if p is None:
        p = _DATE_FOR.search(ctx.sent, max(lo, ctx.fs - 12), ctx.fs)
        if p is None or p.group("w").lower() == "for" and _FULL_DATE.search(ctx.fig.text) is None:
            return None
        bound = p.group("w").lower()
    canon = rule.broad_canon
    before = [(m.start(), m.end(), m.group()) for m in _VERB_WORD.finditer(ctx.sent, lo, p.start())]
    if bound is not None:  # the verb before it only, near it; "since" after a perfect's have
        for k in range(len(before) - 1, max(-1, len(before) - 5), -1):
            got = _listed_verb(before, k, canon, ctx.sent)
            if got == 0:
                return None
            if got:
                lead = [w[2].lower().replace("’", "'") for w in before[max(0, k - 3):k]]
                if bound == "since" and not (set(lead) & _PERFECT):
                    return None
                if bound == "since" and any(w[2].lower() in _DETERMINER or w[2][0].isdigit() for w in before[k + 1:]):
                    return None  # "won their first title since 1948": a comparison's noun
                return len(before) - 1 - k, before[k][0], got[0], 1, got[1]
        return None
    forward_only = bool(before) and before[-1][2].lower() in ("and", "but", "or", "then") \
        or _FRONTED.fullmatch(ctx.sent, lo, p.start()) is not None and not ctx.sent.startswith(",", ctx.fe)
    steps = 0  # words searched, a name of several words counting as one ("by former PM Indira Gandhi")
    for k in range(len(before) - 1, -1, -1):
        if forward_only:
            break
        if not (k + 1 < len(before) and _capitalised(before[k]) and _capitalised(before[k + 1])):
            steps += 1
        if steps > _VERB_REACH:
            break
        got = _listed_verb(before, k, canon, ctx.sent)
        if got == 0 and not _chain_act_word(before, k, canon) and not _gerund_complement(before, k, canon, ctx.sent):
            return None
        if got:
            return len(before) - 1 - k, before[k][0], got[0], 1, got[1]
    if not forward_only and (len(before) > 3 and not ctx.sent[lo:p.start()].rstrip().endswith(",")
                             or any(_verbish(w, before, i) for i, w in enumerate(before))):
        return None  # the verb after a date is its own only when the date opens the clause, stands
        # apart or follows a short subject ("In 1981, Reagan fired"; "Reagan, in 1981, fired";
        # "My opponent in November 2008 sent"), not in a long noun phrase ("the release of a film
        # about the blasts in 1993 has been postponed")
    after = [(m.start(), m.end(), m.group()) for m in _VERB_WORD.finditer(ctx.sent, ctx.fe, hi)][:_VERB_REACH]
    aux = False
    for k in range(len(after)):
        got = _listed_verb(after, k, canon, ctx.sent)
        if got:
            return k, after[k][0], got[0], 0, got[1]
        low = after[k][2].lower().replace("’", "'")
        if (low == "to" and k > 0 and after[k - 1][2].lower() in _CATENATIVE
                or low in _CATENATIVE and k + 1 < len(after) and after[k + 1][2].lower() == "to"):
            continue  # "In 2005, Branch tried to expand": the act is the verb after "to"
        if aux and (low in ("not", "never", "been", "being", "be", "have") or low.endswith("ly")):
            continue  # "In 2019, the dam was quietly breached", "In 2020, it could be hit"
        if got == 0 and (low in _AUXILIARY or low in _MODAL) and not aux:
            aux = True  # a passive, a perfect or a modal: its participle or bare form follows
            continue
        if got == 0 or aux:
            return None
    return None


#: (s28) words that open a new German clause: the search for a date's verb stops there
_DE_CLAUSE_STOP = frozenset("dass weil wenn ob obwohl nachdem bevor während als seit damit und aber oder sondern".split())


def _broad_verb_de(rule: Rule, ctx: _Ctx):
    """(words between, start, end, 0 after | 1 before, verb) of the German
    verb form a broad German date rule lists for a date, the nearer of the
    nearest before it in its clause (a verb in second place: "Die Polizei
    verhaftete den Mann im Mai 2019") and the first after it (a participle or
    a verb at the clause's end: "Das Video wurde am 3. März 2021 in Berlin
    veröffentlicht").  A German verb is written in lower case, so a capitalised
    word (a noun) is never one, but the sentence's first; a word that opens a
    new clause ends the search."""
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    canon = rule.broad_canon
    before = [(m.start(), m.end(), m.group()) for m in _VERB_WORD.finditer(ctx.sent, lo, ctx.fs)]
    after = [(m.start(), m.end(), m.group()) for m in _VERB_WORD.finditer(ctx.sent, ctx.fe, hi)]

    def listed(words: list, k: int):
        w = words[k][2]
        if w[0].isupper() and ctx.sent[:words[k][0]].strip(" \"“„‘'"):
            return None
        for n in (2, 1):
            if k + n <= len(words):
                verb = canon.get(" ".join(x[2] for x in words[k:k + n]).lower())
                if verb is not None:
                    return words[k + n - 1][1], verb
        return None

    def nearest(words: list, order, side: int):
        for n, k in enumerate(order):  # n: the words between the date and this one
            if words[k][2].lower() in _DE_CLAUSE_STOP:
                return None
            got = listed(words, k)
            if got:
                return n, words[k][0], got[0], side, got[1]
        return None

    found_before = nearest(before, range(len(before) - 1, max(-1, len(before) - 1 - _VERB_REACH), -1), 1)
    found_after = nearest(after, range(min(len(after), _VERB_REACH)), 0)
    if found_before and found_after:
        return found_before if found_before[0] <= found_after[0] else found_after
    return found_before or found_after


_SEGMENT_STOP = compile_cached(r"[,;:()\u2013\u2014]|\s-\s")

#: a broad verb list maps a verb whose "to" complement names the act it dates to its verb and this
#: mark ("tried => try_to", rules/lists/evt19_chain_verbs.txt): "In 2005, Branch tried to expand
#: abortions" is event.expand
_CHAIN_MARK = "_to"
#: the particle of a phrasal act ("voted to lay down", "agreed to set up")
_CHAIN_PARTICLE = frozenset("up down out off back over away".split())
#: light verbs after "to" that name no act of their own ("decided to be", "agreed to make")
_CHAIN_LIGHT = frozenset("""be have get do make take go come keep give put see let stay become
remain continue try help start begin look use work seem""".split())
_CHAIN_NEXT = compile_cached(r"\s+(?:(?P<adv>[a-z]+ly)\s+)?to\s+(?P<act>[a-z]+)(?:\s+(?P<prt>[a-z]+))?",
                             regex.VERSION1)
#: (s27) the same in a title-case headline: "Tried to Expand", "Called on His Soldiers to Lay Down"
_CHAIN_NEXT_TITLE = compile_cached(r"\s+(?:(?P<adv>\p{Lu}?[a-z]+ly)\s+)?to\s+(?P<act>\p{Lu}?[a-z]+)"
                                   r"(?:\s+(?P<prt>\p{Lu}?[a-z]+))?", regex.VERSION1)


def _gerund_complement(words: list, k: int, canon: dict, sent: str) -> bool:
    """Is words[k] an -ing form right after a verb this list holds, its
    complement ("stopped requesting earmarks in 2008", "began flying in
    1993", "started trading in 1998"): the search goes on to the verb?"""
    w = words[k][2]
    return (k > 0 and w.islower() and w.endswith("ing") and len(w) > 5
            and words[k - 1][1] + 1 == words[k][0] and bool(_listed_verb(words, k - 1, canon, sent)))


def _chain_act_word(words: list, k: int, canon: dict) -> bool:
    """Is words[k] the act after a chain verb this list holds and "to"
    ("sought to widen": the search goes on to "sought")?"""
    if k < 2 or words[k - 1][2].lower() != "to":
        return False
    j = k - 2
    if words[j][2].lower().endswith("ly") and j > 0:
        j -= 1  # "voted unanimously to"
    one = canon.get(words[j][2].lower(), "")
    two = canon.get(" ".join(w[2] for w in words[j - 1:j + 1]).lower(), "") if j > 0 else ""
    return one.endswith(_CHAIN_MARK) or two.endswith(_CHAIN_MARK)


def _chained_act(ctx: _Ctx, found: tuple):
    """A broad verb found by _broad_verb that is a chain ("tried", "voted",
    "agreed": its list maps it to a verb ending in _CHAIN_MARK) dates the act
    its "to" complement names: ("tried to expand") -> the same tuple with
    the act ("expand", "lay_down") as its verb, ending after the act, the
    words between counted to the act (so that a list that holds the act
    itself ties with it and keeps it); None when no act follows ("tried and
    failed", "voted to be", "agreed to the deal")."""
    m = _CHAIN_NEXT.match(ctx.sent, found[2])
    if m is None and _title_case(ctx.sent):  # (s27) "Dan Branch Tried to Expand Third-trimester Abortions"
        m = _CHAIN_NEXT_TITLE.match(ctx.sent, found[2])
    act = m.group("act").lower() if m else ""
    if (m is None or act in _CHAIN_LIGHT or act in _DETERMINER or act.endswith(("ed", "ing"))
            or act.endswith("s") and not act.endswith(("ss", "us"))):
        return None  # "agreed to terms", "went on to the final": a noun, no act
    verb, end = act, m.end("act")
    if (m.group("prt") or "").lower() in _CHAIN_PARTICLE:
        verb, end = verb + "_" + m.group("prt").lower(), m.end("prt")
    if found[3] == 1 and end > ctx.fs:
        return None  # the act must stand between the chain verb and the date
    words = found[0] + (2 if found[3] == 0 else 0) + (1 if m.group("adv") else 0)
    return words, found[1], end, found[3], verb



#: a fronted subordinate clause and its comma before a date that opens the main clause: "Whilst
#: jobs were lost, in 2014 South Africa managed to employ more people" (the date's verb is after it)
_FRONTED = compile_cached(r"(?i)\s*[\"“‘']?(?:when|while|whilst|although|though|after|because|once|despite|"
                          r"before|until|unless|as soon as)\b[^,;:()]*,\s*", regex.VERSION1)


def _apart(ctx: _Ctx, verb: int) -> bool:
    """Is every other figure of the sentence outside the stretches between
    commas (and clause marks) that hold the date and its verb?  A count there
    owns the date ("In March 2024, 312 were killed"; "In 2017, Biden paid
    $3.7m"); one beyond a comma does not ("Labour won power in 1997, and has
    spent 3bn since")."""
    lo = 0
    for m in _SEGMENT_STOP.finditer(ctx.sent, 0, min(verb, ctx.fs)):
        lo = m.end()
    m = _SEGMENT_STOP.search(ctx.sent, max(verb, ctx.fe))
    hi = m.start() if m else len(ctx.sent)
    return all(b <= lo or a >= hi for a, b in ctx.others)


def _verbish(w: tuple, words: list, k: int) -> bool:
    """Does words[k] end the search for a date's verb (see _broad_verb)?"""
    word = w[2]
    low = word.lower()
    if low in _VERB_STOP or low in _SPEECH or word[0].isdigit():
        return True
    if not word.islower() or k > 0 and words[k - 1][2].lower() in _DETERMINER:
        return False  # a name; "the building", "the elected officials"
    if _compound_adjective(low):
        return False  # "luxury high-powered sedans", "the critically-acclaimed film"
    return _EVENT_VERB.fullmatch(word) is not None or len(low) > 5 and low.endswith("ing")


#: prefixes that make a hyphenated past form a verb still ("re-elected", "co-founded")
_VERB_PREFIX = frozenset("re co pre de un mis over out cross double".split())


def _compound_adjective(low: str) -> bool:
    """Is a hyphenated -ed or -ing word a compound adjective ("high-powered",
    "recently-destroyed", "state-owned", "long-running"), not a verb ("re-elected",
    "co-founded")?"""
    head, dash, tail = low.rpartition("-")
    return bool(dash) and head != "" and tail.endswith(("ed", "ing")) and len(tail) > 4 \
        and head.split("-")[0] not in _VERB_PREFIX


def _capitalised(w: tuple) -> bool:
    return w[2][0].isupper()


_BARE: dict = {}  # id(canon) -> (canon, {bare form: verb})


def _bare_forms(canon: dict) -> dict:
    """{bare form ("pass away"): verb} of the verbs a broad list maps its past forms to."""
    got = _BARE.get(id(canon))
    if got is None or got[0] is not canon:
        got = (canon, {v.replace("_", " "): v for v in canon.values()})
        _BARE[id(canon)] = got
    return got[1]


#: past forms of verbs whose "to" complement names the act they date: "In 2005, Branch tried
#: to expand abortions", "in 2014 South Africa managed to employ more people", "voted to repeal
#: the law in 2017" (not fail, refuse: an act that did not happen)
_CATENATIVE = frozenset("""tried attempted sought managed began started decided agreed voted moved
vowed pledged promised planned threatened chose opted""".split())
#: forms of be before a progressive -ing form: "was exploring the wreck on Sept. 11, 2001"
_PROGRESSIVE = frozenset("is are was were been".split())

#: prepositions after which an -ing form is a gerund, an event of its own: "after launching the
#: iPod in 2001", "since splitting with Lundgren in 2003", "jailed for killing him in 1990"
_GERUND_PREP = frozenset("after before since for by without upon on of from".split())


#: (dates33b) words right before a listed verb's present form that make it a verb, the present of
#: a happening to come or told as news: a pronoun or a relative ("which take place on 12 February",
#: "It opens in the UK on 19 May", "who plays Edinburgh on 15 January"); after a noun or a name
#: the form is too often a plural noun ("US stocks", "the attacks on 5 May"), and an adverb
#: between ("also competes") is not read
_PRESENT_LEAD = frozenset("it he she they we which who that".split())
#: of those, the ones whose verb is singular: the form ends in -s
_PRESENT_ONE = frozenset("it he she".split())


_LAST_WORD = compile_cached(r"(?i)(?<![\w’'-])([a-z]+)\s+$", regex.VERSION1)
#: what a relative pronoun follows: a comma or a noun, not a preposition or the clause's start
#: (there "that", "which" are determiners: "since that game in 2000", "in which case")
_RELATIVE_AFTER = compile_cached(r"(?:,|(?<![\w’'-])(?!(?:in|on|at|of|to|for|from|with|by|since|after|before|"
                                 r"about|into|over|under|than|and|or|but|said|says|is|was|are|were|of)\s)"
                                 r"[\p{L}\d’'-]+)\s+$", regex.VERSION1 | regex.IGNORECASE)


def _present_lead(sent: str, at: int) -> str:
    """(dates33b) The pronoun or relative right before the word at ``at`` when a present tense
    may follow it ('' when none): a relative only after a comma or a noun ("the awards, which
    take place", "a film that opens"), as the clause's first word too (a clause cut at ", which"
    leaves it out of its words)."""
    m = _LAST_WORD.search(sent, max(0, at - 12), at)
    lead = m.group(1).lower() if m else ""
    if lead not in _PRESENT_LEAD:
        return ""
    if lead in ("which", "that", "who") and _RELATIVE_AFTER.search(sent, max(0, m.start() - 40), m.start()) is None:
        return ""
    return lead


#: (s33) past forms of irregular verbs that are bare forms of other verbs, beyond those _PAST_FORMS
#: holds (saw, found, fell, felt, left, rose)
_PAST_NOT_BARE = frozenset("lay ground wound bore shed".split())


def _present(phrase: str, bare: dict, lead: str) -> Optional[str]:
    """The listed verb of a present tense ("opens" open, "takes place" take_place, after
    "they" or a relative "take place" take_place), or None."""
    head, _, rest = phrase.partition(" ")
    tail = " " + rest if rest else ""
    # "which take place": a plural's bare form; not one that is another verb's past ("that we saw
    # in 2004" is seeing, not sawing; "found", "fell", "lay", "wound")
    cands = [] if lead in _PRESENT_ONE or head in _PAST_FORMS or head in _PAST_NOT_BARE else [head]
    if lead not in ("they", "we") and head.endswith("s") and not head.endswith(("ss", "us")):
        cands += [head[:-3] + "y"] if head.endswith("ies") else []
        cands += [head[:-2]] if head.endswith(("ches", "shes", "sses", "xes", "zes", "oes")) else []
        cands.append(head[:-1])
    for cand in cands:
        verb = bare.get(cand + tail)
        if verb is not None:
            return verb
    return None


def _gerund(phrase: str, bare: dict) -> Optional[str]:
    """The listed verb of an -ing phrase ("launching" launch, "winning back"
    win_back, "making" make), or None."""
    head, _, rest = phrase.partition(" ")
    stem = head[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if cand:
            verb = bare.get(cand + (" " + rest if rest else ""))
            if verb is not None:
                return verb
    return None


#: (s27) irregular past forms a title-case headline capitalises that name nothing ("Barbara Bush Broke
#: Her Leg in 1991", "Obama Told the Academy"): with -ed forms, the capitalised verbs a date is read with
_TITLE_PAST = frozenset("""broke told said made took gave sent spent built bought sold paid won lost held
left found began wrote ran met led fought threw brought taught caught thought sought kept
struck stole shot hid chose froze spoke wore tore swore drove flew grew knew""".split())


def _title_verb_form(w: str, sent: str, lead: str) -> bool:
    """(s27) Is the capitalised word ``w`` a verb form of a title-case headline, where every word
    is capitalised: an -ed form, an irregular past form (``_TITLE_PAST``), or a word after a modal
    or "to" ("Could Hit", "to Expand")?  Not a name of more than one capital ("McCain", "DeSantis")."""
    if not w[1:].islower():
        return False
    low = w.lower()
    if not (len(low) > 4 and low.endswith("ed") or low in _TITLE_PAST or lead in _MODAL or lead == "to"
            or len(low) > 5 and low.endswith("ing") and lead in _PROGRESSIVE):
        return False
    return _title_case(sent)


def _word_before(words: list, k: int) -> str:
    """The word before words[k], over one adverb ("could not hit", "will
    eventually collide"), lower-cased, apostrophes folded; '' at the start."""
    j = k - 1
    if j >= 0 and (words[j][2].lower() in ("not", "never") or words[j][2].lower().endswith("ly")):
        j -= 1
    return words[j][2].lower().replace("’", "'") if j >= 0 else ""


def _listed_verb(words: list, k: int, canon: dict, sent: str):
    """(end, verb) when words[k] starts a listed verb form (the longest, up to
    three words: "passed away"); 0 when it ends the search (_verbish); None
    when it is neither.  A capitalised word is a name (but the sentence's
    first), a participle after a determiner an adjective ("the retired
    teacher").  A listed verb's bare form is read after a modal or do ("could
    hit", "will collide"), and a one-word past form that is the bare form
    itself ("hit", listed "hit => hit") only there or after be or have ("was
    hit")."""
    w = words[k][2]
    if w[0].isupper() and sent[:words[k][0]].strip(" \"“‘'") \
            and not _title_verb_form(w, sent, _word_before(words, k) if k else ""):
        return None  # a name; (s27) a verb of a title-case headline is not: "Dan Branch Tried to Expand"
    lead = None
    for n in (3, 2, 1):
        if k + n > len(words):
            continue
        phrase = " ".join(x[2] for x in words[k:k + n]).lower()
        verb = canon.get(phrase)
        if verb is not None and n == 1 and phrase == verb:
            lead = _word_before(words, k) if lead is None else lead
            if lead not in _MODAL and lead not in _PARTICIPLE_AUX:
                verb = None  # "hit", "quit": a bare form, a present tense or a noun
        if verb is None and k > 0:
            lead = _word_before(words, k) if lead is None else lead
            if lead in _MODAL or lead == "to" and k > 1 and words[k - 2][2].lower() in _CATENATIVE \
                    and words[k - 1][2].lower() == "to":
                verb = _bare_forms(canon).get(phrase)
            elif w.endswith("ing") and len(w) > 5 and (words[k - 1][2].lower() in _GERUND_PREP
                                                      or lead in _PROGRESSIVE):
                verb = _gerund(phrase, _bare_forms(canon))
        if verb is None and w.islower() and (pres := _present_lead(sent, words[k][0])):
            verb = _present(phrase, _bare_forms(canon), pres)  # (dates33b) "which take place on 12 February"
        if verb is not None and (n == 1 or all(words[j][0] == words[j - 1][1] + 1 for j in range(k + 1, k + n))):
            if k > 0 and words[k - 1][2].lower() in _DETERMINER:
                return None
            return words[k + n - 1][1], verb
    if k > 0 and (_word_before(words, k) if lead is None else lead) in _MODAL and w.islower():
        return 0  # an unlisted verb: "could pay creditors at the end of 2001"
    return 0 if _verbish(words[k], words, k) else None


def unclaimed(figures: Sequence[Figure], claims: Sequence[Claim]) -> tuple[Figure, ...]:
    """The figures no claim covers (same offsets), in order."""
    taken = {(c.start, c.end) for c in claims}
    return tuple(f for f in figures if (f.start, f.end) not in taken)
