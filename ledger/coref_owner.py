"""The last-resort subject of a figure owned by a pronoun or a definite description.

A named claim that every other subject strategy left with no subject, whose figure is owned
by a word that points back -- the grammatical subject of its clause or the possessor of the
figure's noun phrase:

* "he", "she", "his", "her", "the 22-year-old" ("In 1969, he moved to Nassau", "He faces up to four years in
  prison") -- a person;
* "it", "its", "the company", "the firm", "the group", "the club" ... ("Last week, it
  struck a $1bn cost-cutting deal", "the firm's shares fell to a four month low of A$4.50")
  -- a firm, club or body;
* "the country", "the nation", "the government" ("The government will pump 154m naira
  into subsidies") -- the country the story is about; "the state", "the city" -- the one
  US state or city the story names;

takes the entity it refers to, when that entity is beyond doubt in the story so far (never
across stories of a multi-story file):

* a person: one the story names in full or with a title somewhere ("Macintosh", read alone as
  a surname, is no person); the one person the story names, or the one it names most (three
  times as often as any other); for a pronoun also the one person the sentence before names
  when that sentence holds no quotation and no pronoun of its own.  Never when the sentence
  before, or the owner's own sentence before it, names another person (or a name that may be
  one: "Mark Lewis-Francis"), nor when a sentence that opens with "if"/"when"... names a
  person after the pronoun ("if his ambitions were thwarted, Mr Brown ..."); the story must
  speak of that person with the pronoun's gender at least twice as often as with the other.
  "The 22-year-old" stands for the person named last before it, and an age so given that
  another claim of the document contradicts is dropped (one person, one age).  The headline's
  person stands in only when the headline names one person (not "Ruddock backs Harwood"), and
  not when the nearest sentence names a second one who acts on the first ("was beaten by",
  "lost to": ``_agent_led``).  A leader the
  gazetteer reads as his country gives the country unless the metric is his own
  (``rules/lists/subjects5_person_metrics.txt``);
* a firm: the name (no person's: no given name, no title, no full personal name) the story
  gives most (twice or more, twice as often as any other), that acts in some sentence
  ("Krispy Kreme said", "Parmalat, the Italian dairy company ..."), and that is the last
  such name before the owner word ("Shares in X fell on Wall Street after the firm ...": no);
* a country: the one ``story_country`` gives (named at least twice, twice as often as any
  other, in the opening; not "the government" of England, Scotland or Wales, which is the
  United Kingdom's); a state or city: the only one the story names.

A stated conversion ("It took $42.8m (£23.7m)") takes the owner of the figure it restates.
Nothing inside a quotation (its "he" and "it" are the speaker's), nothing when the clause
names anyone else between the owner and the figure.  Used by :func:`ledger.claims.type_figures`
after every other strategy; it reads only named claims still without a subject whose sentence
holds such a word, and each story's names once.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

import regex

from .matching import _QUOTES, _Lexicon, _finditer, _search, figure_span, fill_subjects
from .rules import RuleSet, compile_cached
from .story_country import _story_country
from .subjects import _MONTHS_DAYS, _personal_metric
from .text import _SENTENCE_END

#: a preposition right before a name ("in the absence of Jonny Wilkinson")
_PREP_BEFORE = compile_cached(r"(?<![\p{L}])(?:of|in|with|without|for|against|to|from|by|at|on|over|than|like|behind|"
                              r"after|before|under|alongside|beside|besides|including|replacing)\s+(?:the\s+)?$",
                              regex.VERSION1)
_POSSESSIVE_AT = compile_cached(r"['’]s?(?![\p{L}])", regex.VERSION1)


def _possessive(text: str, end: int) -> bool:
    """The name ending at ``end`` is a possessor ("at Versace's townhouse"), its "'s" in it or after it."""
    return text[max(0, end - 2):end] in ("'s", "’s") or _POSSESSIVE_AT.match(text, end) is not None


#: nouns a firm, club or body is pointed back at with ("the company")
_FIRM_NOUNS = (r"company|firm|group|club|carrier|airline|retailer|bank|lender|insurer|carmaker|brewer|"
               r"chain|operator|broadcaster|studio|label|giant|manufacturer|maker|business|conglomerate|utility")
#: an age a person is pointed back at with ("the 22-year-old"; not a role noun: "Music mogul Tony
#: Wilson ... The musician committed suicide" is another person)
_PERSON_NOUNS = r"(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)(?:-|\s*-?\s*year-)old"
#: the owner words, each in its own group: person, firm, country, state, city
_OWNER = (r"(?:(?P<p>[Hh]e|[Ss]he)|(?P<pp>[Hh]is|[Hh]er)|(?P<f>[Ii]t)|(?P<fp>[Ii]ts)|"
          r"(?:[Tt]he)\s+(?:(?:(?!(?:new|rival|other|existing|another|former|smaller|larger|bigger|second|"
          r"third|old|parent|merged|combined|same|local|foreign|private|state|holding|sister|private|"
          r"subsidiary)\s)\p{Ll}[\p{Ll}-]+\s+)?(?P<fn>" + _FIRM_NOUNS + r")|(?P<pn>" + _PERSON_NOUNS + r")|"
          r"(?P<cn>country|nation|government)|"
          r"(?P<sn>state)|(?P<tn>city)))")
_OWNER_RX = compile_cached(r"(?<![\p{L}’'-])" + _OWNER + r"(?P<poss>['’]s)?(?![\p{L}’'-])", regex.VERSION1)
#: where a clause's subject may stand: the sentence's start (past a date, "Last week,"), or
#: after a word or mark that opens a clause
_SLOT_BEFORE = compile_cached(
    r"(?:^[\W_]*|^[\W_]*(?:(?:In|On|By|Last|This|Next|Earlier|Later|During|Since|After|Before|Then|Now|"
    r"Also|However|Meanwhile|But|And|So|Yet|Previously|Already|Still)(?:\s+[\p{L}\d'’-]+){0,4},?\s+)|"
    r"(?<![\p{L}])(?:and|but|while|when|after|before|since|because|although|though|as|if|until|once|so|"
    r"then|where|whereas)\s+|;\s*|(?<![\p{L}])(?:said|says|added|warned|announced|reported)\s+(?:that\s+)?)$",
    regex.VERSION1)
#: between the owner and its figure: no new clause, no reported speech, no other owner
_GAP_STOP = compile_cached(
    r"(?i)(?<![\p{L}])(?:said|says|say|told|tells|added|claimed|warned|argued|believes?|believed|thinks?|thought|"
    r"expects?|expected|estimated?|estimates|forecast|predicted|reported|hopes?|hoped|wants?|wanted|fears?|feared|"
    r"wish(?:es|ed)?|doubts?|doubted|suspects?|suspected|knows?|knew|feels?|felt|urged|asked|predicts?|"
    r"that|which|who|whom|whose|when|where|"
    r"while|if|because|although|though|whether|unless|than|according|its|his|her|their|they|them|he|she|it|"
    r"we|our|you|your)(?![\p{L}])|['’]s(?![\p{L}])|[;:()\"“”«»]|\s[-–—]\s|(?-i:\p{Lu}\p{Ll})", regex.VERSION1)
#: a sentence that opens with the figure as a date or time ("In 1969, he moved to Nassau")
_DATE_OPENS = compile_cached(r"^[\W_]*(?:In|On|By|Since|Until|From|During|Between|Around|Back\s+in)\s+(?:early\s+|late\s+|mid-?)?"
                             r"(?:the\s+)?$", regex.VERSION1)
_AFTER_DATE = compile_cached(r"(?:\s+(?:and|to)\s+[\p{L}\d'’-]+)?\s*,?\s*$", regex.VERSION1)
#: a possessive owner before its figure: "its 28,000 staff", "his 1995 win", "its profits fell 5%"
_POSS_GAP = compile_cached(r"\s+(?:(?:first|last|second|third|latest|new|own|best|worst|record|previous|next|"
                           r"total|annual|overall|current|remaining|entire|estimated|full|whole)\s+)?",
                           regex.VERSION1)
_GAP_WORDS = 10
_WORD = compile_cached(r"[\p{L}\d][\p{L}\d’'.,%-]*", regex.VERSION1)
#: a person's pronouns, to tell which gender the story speaks of most
_HE = compile_cached(r"(?<![\p{L}’'-])(?:he|his|him|He|His|Him)(?![\p{L}’'-])", regex.VERSION1)
_SHE = compile_cached(r"(?<![\p{L}’'-])(?:she|her|hers|She|Her|Hers)(?![\p{L}’'-])", regex.VERSION1)
#: titles before a surname
_TITLED = compile_cached(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+"
                         r"(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?![\p{L}])", regex.VERSION1)
_WOMAN_TITLES = ("Mrs", "Ms", "Miss", "Lady", "Dame")


def _kind(m) -> Optional[str]:
    if m.group("p") or m.group("pp") or m.group("pn"):
        return "person"
    if m.group("f") or m.group("fp") or m.group("fn"):
        return "firm"
    if m.group("cn"):
        return "country"
    if m.group("sn"):
        return "state"
    if m.group("tn"):
        return "city"
    return None


#: "two of her seven matches", "two thirds of its 28,000 staff": the owner right after the figure
_OF_OWNER = compile_cached(r"\s+of\s+(?=(?:his|her|its|the\s+(?:" + _FIRM_NOUNS + r")['’]s)\s)", regex.VERSION1)
#: the owner's own possessive in the gap after it ("He won his heat in 7.64secs")
_OWN_POSS = {"person": compile_cached(r"(?<![\p{L}])(?:his|her)(?![\p{L}])", regex.IGNORECASE | regex.VERSION1),
             "firm": compile_cached(r"(?<![\p{L}])its(?![\p{L}])", regex.IGNORECASE | regex.VERSION1)}


#: an "it" that stands for no one: "it is predicted", "It would be better to", "it was born"
_DUMMY_IT = compile_cached(r"\s+(?:is|was|['’]s|has\s+been|had\s+been|(?:would|could|will|may|might|must|should)\s+be|"
                           r"seems|seemed|appears|appeared)\s+(?:(?:\p{Ll}+ly|also|now|still|already|even|not)\s+)*+"
                           r"(?!\p{Ll}+ing(?![\p{L}]))",
                           regex.VERSION1)


_THE = compile_cached(r"(?<![\p{L}])(?:the|a|an|this|that|these|those)(?![\p{L}])", regex.IGNORECASE | regex.VERSION1)


def _fits(sent: str, m, fs: int) -> bool:
    """Does the owner word ``m`` before the figure at ``fs`` own it (see the module)?"""
    if m.group("f") and _DUMMY_IT.match(sent, m.end()):
        return False
    possessive = bool(m.group("pp") or m.group("fp") or m.group("poss"))
    gap = sent[m.end():fs]
    if possessive and _POSS_GAP.fullmatch(gap):
        return True  # "its 28,000 staff", "his 1995 win"
    if m.group("pp") and m.group("pp").lower() == "her":
        return False  # "her" as an object
    # the owner as its clause's subject (or the possessor of that subject: "its profits rose 5%")
    if _SLOT_BEFORE.search(sent, max(0, m.start() - 60), m.start()) is None:
        return False
    if possessive and _THE.search(gap):
        return False  # "his comments would not affect the 2012 Olympic bid": the object's owner is another
    own = _OWN_POSS.get(_kind(m))
    if own is not None:
        gap = own.sub("xx", gap)
    return len(_WORD.findall(gap)) <= _GAP_WORDS and _search(_GAP_STOP, gap) is None and "," not in gap


#: a verb between a pronoun and the object after it ("He quit the government", "She left the firm")
_OBJECT_AFTER = compile_cached(r"\s+(?:(?:also|later|then|once|first|finally|has|had|have|was|will|would)\s+)*"
                               r"\p{Ll}{3,}(?:ed|t)\s+", regex.VERSION1)


def _owner_word(sent: str, fs: int, fe: int):
    """The owner word of the figure at sent[fs:fe] (see the module): the match, or None."""
    of = _OF_OWNER.match(sent, fe)
    if of is not None:
        return _OWNER_RX.match(sent, of.end())
    before = []
    for m in _finditer(_OWNER_RX, sent):
        if m.start() >= fs:
            # "In 1969, he moved to Nassau": a date that opens the sentence, its clause's owner after it
            if not before and _DATE_OPENS.search(sent, 0, fs) is not None \
                    and _AFTER_DATE.match(sent[fe:m.start()]) and m.group("poss") is None \
                    and not (m.group("f") and _DUMMY_IT.match(sent, m.end())) \
                    and (m.group("p") or m.group("f") or m.group("fn") or m.group("cn")):
                return m
            break
        before.append(m)
    # the nearest that fits; a possessive inside the clause may be passed over ("He won his heat
    # in 7.64secs"), and so may "the government" as the object of a verb right after the clause's
    # subject ("He quit the government in 1999"); another subject may not
    for i in range(len(before) - 1, -1, -1):
        m = before[i]
        if _fits(sent, m, fs):
            return m
        if m.group("pp") or m.group("fp") or m.group("poss"):
            continue
        if i and m.group("poss") is None and not (m.group("p") or m.group("f")) \
                and _OBJECT_AFTER.fullmatch(sent, before[i - 1].end(), m.start()) \
                and (before[i - 1].group("p") or before[i - 1].group("f")):
            continue
        return None
    return None


def _sentences(text: str, a: int, b: int) -> list:
    """(start, end) of the sentences of text[a:b]."""
    out = []
    s = a
    for m in _SENTENCE_END.finditer(text, a, b):
        if text[s:m.start()].strip():
            out.append((s, m.start()))
        s = m.end()
    if text[s:b].strip():
        out.append((s, b))
    return out


def _person_key(name: str) -> str:
    """A person is counted by surname: "Arthur Hailey", "Hailey", "Mr Hailey"."""
    return name.split()[-1]


def _maybe_person(name: str, lex: _Lexicon) -> bool:
    """Could a name the engine did not read as a person's be one ("Mark Lewis-Francis": two or
    three capitalised words, the last no common word nor a word of an organisation's name)?"""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and words[-1].lower() not in lex.common and words[-1] not in _ORG_WORDS


#: words of organisations' names (a name with one is no person's)
_ORG_WORDS = frozenset("""United City Rovers Athletic Wanderers Albion Records Music Pictures Studios Films
Entertainment Motors Airways Airlines Energy Oil Gas Telecom Mobile Media Bank Capital Partners Holdings Group Inc
Ltd Plc Corp Co Company Association Institute Foundation Trust Council Union Party Street Stadium Sachs Stanley
Lynch Brothers Bros""".split())


def _story_names(text: str, a: int, b: int, lex: _Lexicon, places: frozenset, candidates) -> list:
    """[(sentence start, sentence end, [(key, name, kind, raw, at)])] of text[a:b]: kind is
    "person" or "other" (no country, place or people)."""
    out = []
    persons = lex.persons or {}
    for s, e in _sentences(text, a, b):
        seg = text[s:e]
        names = []
        for x in candidates(seg, True, lex, True):
            name = x[2]
            raw = seg[x[0]:x[1]]
            if name in lex.countries or name in places or name in lex.nations or name in lex.reporters \
                    or raw in lex.nations:
                continue
            if any(w in _MONTHS_DAYS for w in name.split()):
                continue
            if x[3]:
                full = persons.get(raw, name) if raw in persons else regex.sub(
                    r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+", "", name)
                names.append((_person_key(full), full, "person", raw, s + x[0], x[1] - x[0]))
            else:
                names.append((name, name, "other", raw, s + x[0], x[1] - x[0]))
        out.append((s, e, names))
    # "Arthur Hailey ... Hailey emigrated": a surname alone, read as no person's, is the person's
    keys = {n[0] for _, _, names in out for n in names if n[2] == "person"}
    return [(s, e, [(n[1], n[1], "person", n[3], n[4], n[5]) if n[2] == "other" and n[1] in keys else n
                    for n in names]) for s, e, names in out]


def _leader_country(name: str, raw: str, lex: _Lexicon) -> Optional[str]:
    """The country the gazetteer reads a leader as (lists/subjects5_persons.txt), or None."""
    persons = lex.persons or {}
    for alias in (raw, name, name.split()[-1]):
        if alias in persons and alias in lex.canonical:
            return lex.canonical[alias]
    return None


def _best_form(forms: dict, lex: _Lexicon) -> Optional[str]:
    """A person's name as the story writes it in full: the longest form that opens with a given
    name, else the longest of two words or more; None when the story gives one word only."""
    cut = {}
    for f in forms:  # "Novelist Arthur Hailey": from the given name on
        words = f.split()
        k = next((i for i, w in enumerate(words[:-1]) if w in lex.given), 0)
        cut[" ".join(words[k:])] = cut.get(" ".join(words[k:]), 0) + forms[f]
    forms = cut
    full = [f for f in forms if len(f.split()) >= 2 and f.split()[0].lower() not in lex.common
            and f.split()[0].lower() not in lex.words]
    given = [f for f in full if f.split()[0] in lex.given]
    pool = given or full
    return max(pool, key=lambda f: (len(f.split()), forms[f])) if pool else None


#: a sentence that opens with a subordinate clause, whose pronoun may point ahead
_SUBORDINATE = compile_cached(r"[\W_]*(?:(?:But|And|Yet|So)\s+)?(?:if|when|although|though|while|after|as|because|since|"
                              r"before|once|despite|whether|until)(?![\p{L}])", regex.IGNORECASE | regex.VERSION1)


def _person_antecedent(text: str, story: list, s0: int, upto: int, word: Optional[str], a: int, lex: _Lexicon):
    """(name, raw) of the one person an owner word at ``upto`` (in the sentence at ``s0``) stands
    for, or None."""
    counts: dict = {}
    forms: dict = {}
    raws: dict = {}
    women: set = set()
    # a person is one the story names in full or with a title somewhere ("Macintosh", read as a
    # surname, is named so nowhere)
    full_names = {n[0] for _, _, names in story for n in names
                  if n[2] == "person" and (" " in n[1] or _TITLED.match(n[3]))}
    prev = None
    prev_span = (0, 0)
    for s, e, names in story:
        if s >= s0:
            break
        ps = [n for n in names if n[2] == "person" and n[0] in full_names]
        head = s == story[0][0] and text[s:e].rstrip()[-1:] not in ".!?\"”’'"
        for key, name, _, raw, _, _ in ps:
            counts[key] = counts.get(key, 0) + 1
            forms.setdefault(key, {})
            if not head:  # (a headline's capitals prove no name: "Edgy Agassi")
                forms[key][name] = forms[key].get(name, 0) + 1
            raws.setdefault(key, raw)
            if raw.startswith(_WOMAN_TITLES):
                women.add(key)
        prev, prev_span = names, (s, e)
    if not counts:
        return None

    def other(n, top) -> bool:
        if n[2] == "person" and n[0] in full_names:
            return n[0] != top
        return (_maybe_person(n[1], lex) or n[1] in lex.given) and n[1].split()[-1] != top

    def fits(top) -> Optional[tuple]:
        full = _best_form(forms.get(top, {}), lex)
        if full is None:
            return None  # ("Brian", "Welch": a given name or a surname alone)
        if prev and any(other(n, top) for n in prev):
            return None  # the sentence before names another person
        for s, e, names in story:
            if s == s0 and any(other(n, top) and n[4] < upto for n in names):
                return None  # ... or the owner's own sentence does
            if s == s0 and _SUBORDINATE.match(text, s) and any(other(n, top) or n[0] == top for n in names
                                                               if n[4] > upto):
                return None  # "But if his ambitions were thwarted in 1994, Mr Brown continued": the
                # name after the clause
        he = len(_HE.findall(text, a, s0))
        she = len(_SHE.findall(text, a, s0))
        if word is None:
            pass  # ("the singer", "the 22-year-old": either)
        elif word.lower() in ("he", "his"):
            if top in women or he < 2 * she:
                return None
        elif she < 2 * he or raws[top].startswith(("Mr ", "Mr.", "Sir ", "Lord ")):
            return None
        return full, raws[top]

    if word is None:
        # a description ("the 24-year-old") stands for the person named last before it
        seen = [n for _, _, names in story for n in names if n[4] < upto
                and (n[2] == "person" or _maybe_person(n[1], lex))]
        if not seen or seen[-1][2] != "person" or seen[-1][0] not in full_names:
            return None
        if _PREP_BEFORE.search(text, max(0, seen[-1][4] - 24), seen[-1][4]) is not None \
                and not _possessive(text, seen[-1][4] + seen[-1][5]):
            return None  # "Robinson, stand-in captain in the absence of Jonny Wilkinson, ... The 30-year-old":
            # a person named after a preposition is not who the sentence was about (a possessive is:
            # "The collection was housed at Versace's townhouse. The 51-year-old designer was shot")
        lastkey = seen[-1][0]
        counts = {k: v for k, v in counts.items() if k == lastkey or v}
        if max(counts, key=lambda k: counts[k]) != lastkey:
            return None
    # the one person the story names, or names most
    top = max(counts, key=lambda k: counts[k])
    rest = max((v for k, v in counts.items() if k != top), default=0)
    if not rest or counts[top] >= 3 and counts[top] >= 3 * rest:
        return fits(top)
    # else, for a pronoun, the one person the sentence before names, when that sentence holds no
    # quotation and no pronoun of a person (which would carry a referent from further back: "After
    # the death of leader John Smith he stood aside, agreeing to give Tony Blair a clear run")
    near = {n[0] for n in prev or () if n[2] == "person" and n[0] in full_names}
    if word is not None and len(near) == 1 and _search(_QUOTES, text, *prev_span) is None \
            and _search(_HE, text, *prev_span) is None and _search(_SHE, text, *prev_span) is None:
        return fits(near.pop())
    return None


#: "the 28-year-old" written as a person's description (the age is the figure)
_AGE_DESC = compile_cached(r"(?<![\p{L}’'-])(?:[Tt]he)\s+" + _PERSON_NOUNS + r"(?![\p{L}’'-])", regex.VERSION1)
#: prepositions that put a name out of the running as the topic ("taking advice from British sprint
#: icon Linford Christie", "the final hope for director Joshua Marston", "victory over Anna-Lena Groenefeld")
_TOPIC_PREPS = frozenset("""of in with without for against to from by at on over than like behind after before under
alongside beside besides including replacing about through since into onto towards toward via past""".split())
_DETERMINERS = frozenset("the a an his her their its our my".split())
_WORD_BACK = compile_cached(r"([\p{L}’'-]+)\s+$", regex.VERSION1)


def _prep_led(text: str, at: int, lex: _Lexicon, lo: int = 0, reach: int = 3) -> bool:
    """The name at ``at`` follows a preposition, past a determiner and up to three lower-case or
    national words ("from British sprint icon Linford Christie", "for director Joshua Marston")."""
    return _prep_of(text, at, lex, lo, reach) is not None


#: (prec31) before "to", a loss: "lost to Peter Colbeck", "went out to", "slumped to defeat against"
_LOSS_TO = compile_cached(r"(?<![\p{L}])(?:lost|lose|loses|losing|beaten|defeated|went\s+out|crashed\s+out|"
                          r"bowed\s+out|knocked\s+out|succumbed|fell|slumped|surrendered)(?:\s+[\p{Ll}\d-]+){0,3}?"
                          r"\s+$", regex.VERSION1)


def _agent_led(text: str, at: int, lex: _Lexicon, lo: int = 0) -> bool:
    """The name at ``at`` is the one who acts on the sentence's subject, told after a preposition:
    a passive's agent ("was beaten by Peter Colbeck") or the winner of a loss ("lost to Peter
    Colbeck").  Such a name is a second person in play, not one passed over like "taking advice
    from Linford Christie"."""
    got = _prep_of(text, at, lex, lo, 3)
    if got is None:
        return False
    word, start = got
    if word == "by":
        return True
    return word == "to" and _LOSS_TO.search(text, max(lo, start - 60), start) is not None


def _prep_of(text: str, at: int, lex: _Lexicon, lo: int = 0, reach: int = 3) -> Optional[tuple]:
    """(preposition in lower case, its start) that the name at ``at`` follows, as ``_prep_led``
    reads it, or None."""
    pos = at
    skipped = 0
    det = False
    while True:
        w = _WORD_BACK.search(text, max(lo, pos - 40), pos)
        if w is None:
            return None
        word = w.group(1)
        if word.lower() in _TOPIC_PREPS and (word[:1].islower() or skipped or det):
            return word.lower(), w.start()  # ("In Sheffield, Smith ...": a capitalised "In" opens the sentence)
        if det or skipped >= reach:
            return None
        if word.lower() in _DETERMINERS:
            det = True
        elif word[:1].islower() or word in lex.nations:
            skipped += 1
        else:
            return None
        pos = w.start()


def _quoted(text: str, a: int, b: int) -> list:
    """(start, end) of the quoted spans of text[a:b]: a straight mark after a space (or at a
    paragraph's start) opens a quotation, one after a letter or a stop closes it; a paragraph break
    closes an open quotation (one that runs on opens its next paragraph with a mark of its own)."""
    spans = []
    open_at = None
    for m in regex.finditer(r'["“”]|\n\s*\n', text[a:b]):
        at = a + m.start()
        ch = m.group()
        if ch[0] == "\n":
            if open_at is not None:
                spans.append((open_at, at))
            open_at = None
            continue
        opens = ch == "“" or ch == '"' and (at == 0 or text[at - 1] in " \t\n([")
        if opens:
            if open_at is not None:
                spans.append((open_at, at))  # (an unclosed quotation ran on)
            open_at = at
        elif open_at is not None:
            spans.append((open_at, at + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, b))
    return spans


def _topic_person(text: str, story: list, s0: int, at: int, lex: _Lexicon, quoted: list,
                  word: Optional[str] = None) -> Optional[str]:
    """The person "the 28-year-old" at ``at`` (in the sentence at ``s0``) stands for when the usual
    reading finds none: the person the story's headline names ("Stuart joins Norwich from Addicks",
    "Lewis-Francis turns to Christie": Lewis-Francis), named in full somewhere, when the nearest
    sentence before that names anyone names that person and no one else ("Norwich have signed
    Charlton midfielder Graham Stuart ... 'It was a very easy decision,' the 34-year-old told").  A
    name inside a quotation, after a preposition ("the final hope for director Joshua Marston") or
    as another's possessor ("for Martin Johnson's testimonial") is passed over; a name that may be a
    person's but is read as none ("Algemeen Dagblad") is another person.  None when the owner's own
    sentence names that person before it as an actor ("Federer beat the 23-year-old")."""
    if not story or text[story[0][0]:story[0][1]].rstrip()[-1:] in ".!?\"”’'":
        return None  # no headline
    # the persons the story names in full: read as persons, or two or three capitalised words that
    # may be a person's and end with a name of the headline ("Mark Philippoussis" for "Philippoussis
    # doubt over Open bid", "Teenager Sania Mirza" for "Mirza makes Indian tennis history")
    headed = {n[1].split()[-1] for n in story[0][2]}
    full = {}
    for _, _, names in story[1:]:
        for n in names:
            if n[2] == "person" and (" " in n[1] or _TITLED.match(n[3])):
                words = regex.sub(r"^.*['’]s\s+", "", n[1]).split()  # "Arsenal's Sol Campbell"
                if len(words) < 2 and not _TITLED.match(n[3]):
                    continue  # (prec31) "Charlize Theron's Oscar": a possessor's thing, no one's full name
                full.setdefault(n[0], {})
                while len(words) > 2 and (words[0].lower() in lex.common or words[0].isupper()):
                    words = words[1:]  # "MP Jack Cunningham"
                form = " ".join(words)
                full[n[0]][form] = full[n[0]].get(form, 0) + 1
            elif n[2] == "other" and n[1].split()[-1] in headed:
                words = n[1].split()
                while len(words) > 2 and (words[0].lower() in lex.common or words[0].isupper()):
                    words = words[1:]
                form = " ".join(words)
                if len(words) >= 2 and _maybe_person(form, lex) and not any(w in lex.nations for w in words):
                    full.setdefault(words[-1], {})
                    full[words[-1]][form] = full[words[-1]].get(form, 0) + 1

    def key_of(n) -> Optional[str]:
        if n[2] == "person" and n[0] in full:
            return n[0]
        last = n[1].split()[-1]
        if n[2] == "other" and last in full and (n[1] == last or any(n[1] in f or f in n[1] for f in full[last])
                                                 or all(w.lower() in lex.common for w in n[1].split()[:-1])):
            return last
        return None

    def inside(pos) -> bool:
        return any(q0 <= pos < q1 for q0, q1 in quoted)

    def mentions(names, lo, upto, topic) -> Optional[set]:
        """The persons a sentence names as who it is about; None when one may be a person unknown."""
        out = set()
        for n in names:
            name, pos, ln = n[1], n[4], n[5]
            if pos >= upto or inside(pos):
                continue
            key = key_of(n)
            if key not in topic and (key is not None or n[2] == "person" or _maybe_person(name, lex)) \
                    and _agent_led(text, pos, lex, lo):
                return None  # (prec31) "Harwood was beaten by Peter Colbeck", "lost to ...": a second person in play
            if key is not None:
                if _prep_led(text, pos, lex, lo):
                    continue
                if _possessive(text, pos + ln) and key not in topic:
                    continue
                out.add(key)
            elif (n[2] == "person" or _maybe_person(name, lex) or name in lex.given) \
                    and not _prep_led(text, pos, lex, lo) and not _possessive(text, pos + ln):
                return None
        return out

    head = story[0]
    # (a headline's name after a preposition is not its topic: "Lewis-Francis turns to Christie")
    topic = {key_of(n) for n in head[2] if key_of(n) is not None and not _prep_led(text, n[4], lex, head[0], 0)}
    if len(topic) != 1:
        return None  # (prec31) "Ruddock backs Harwood for captaincy": a coach and a player, either may be meant
    for s, e, names in story:
        if s == s0:
            if any(n[4] < at and key_of(n) in topic and not _possessive(text, n[4] + n[5]) and not inside(n[4])
                   for n in names):
                return None  # "Federer beat the 23-year-old": another
            if word is not None and any(n[4] < at and not inside(n[4]) and (key_of(n) is not None or n[2] == "person"
                                                                             or _maybe_person(n[1], lex))
                                        for n in names):
                return None  # a pronoun after a name in its own sentence: that name's reading, not this
    found = None
    for s, e, names in reversed(story):
        if s >= s0:
            continue
        got = mentions(names, s, e, topic)
        if got is None:
            return None
        if not got:
            continue
        if len(got) == 1 and next(iter(got)) in topic:
            found = next(iter(got))
        break
    if found is None:
        return None
    if word is not None:
        # a pronoun: the story speaks of its person with the pronoun's gender at least twice as often
        # as with the other, and a title does not say otherwise
        a = story[0][0]
        he = len(_HE.findall(text, a, s0))
        she = len(_SHE.findall(text, a, s0))
        titles = {t.group(0).split()[0].rstrip(".") for t in _TITLED.finditer(text, a, s0)
                  if t.group(1).split()[-1] == found}
        if word.lower() in ("he", "his"):
            if he < 2 * she or titles & set(_WOMAN_TITLES):
                return None
        elif she < 2 * he or titles - set(_WOMAN_TITLES) - {"Dr", "Prof"}:
            return None
    forms = full[found]
    # ("Mark Philippoussis": a given name that is also a word is still one here)
    return _best_form(forms, lex) or max(forms, key=lambda f: (len(f.split()), forms[f]))


#: what may stand before a firm's owner word that opens its sentence ("In early trade on Thursday, its")
_FIRM_LEAD = compile_cached(r"[\W_]*(?:(?:In|On|At|By|Last|This|Next|Earlier|Later|During|Since|After|Before|Then|"
                            r"Now|Also|However|Meanwhile|But|And|So|Yet|Previously|Already|Still)()(?:\s+[\p{L}\d'’-]+)"
                            r"{0,4},?\s+)?()", regex.VERSION1)
_CAPITAL = compile_cached(r"(?<![\p{L}])\p{Lu}[\p{L}’'-]*", regex.VERSION1)


def _topic_firm(text: str, story: list, s0: int, at: int, lex: _Lexicon, quoted: list) -> Optional[str]:
    """The firm or body an "it", "its" or "the company" at ``at`` (in the sentence at ``s0``) stands
    for when ``_firm_antecedent`` finds none: the one name (no person's, no place's) the story's
    headline gives ("UK Coal plunges into deeper loss ... In early trade on Thursday, its shares
    were down 10%"), when the nearest sentence before the owner word that names anyone names that
    name alone, and the owner's own sentence names no one before it.  Names inside a quotation,
    after a preposition or as another's possessor are passed over, as for ``_topic_person``."""
    if not story or len(story) < 2 or text[story[0][0]:story[0][1]].rstrip()[-1:] in ".!?\"”’'":
        return None
    head = story[0]
    tops = {n[1] for n in head[2] if n[2] == "other" and not _maybe_person(n[1], lex)
            and not _prep_led(text, n[4], lex, head[0], 0)}
    if len(tops) != 1:
        return None
    top = tops.pop()
    lead = _FIRM_LEAD.fullmatch(text, s0, at)
    if lead is None or any(w.group() not in _MONTHS_DAYS
                           for w in _CAPITAL.finditer(text, lead.end(1) if lead.start(1) >= 0 else at, at)):
        return None  # the owner word opens its sentence ("Smart has lost money since it started": Smart)

    def same(name) -> bool:
        return name == top or name.startswith(top + " ") or top.startswith(name + " ")

    def inside(pos) -> bool:
        return any(q0 <= pos < q1 for q0, q1 in quoted)

    forms = {}
    for s, e, names in story[1:]:
        if s > at:
            break
        for n in names:
            if n[4] >= at or inside(n[4]):
                continue
            if same(n[1]):
                forms[n[1]] = forms.get(n[1], 0) + 1
                continue
            if s == s0:
                return None  # the owner's own sentence names another before it
    if not forms:
        return None  # (the story itself never names the headline's firm)
    for s, e, names in reversed(story[1:]):
        if s >= s0:
            continue
        got = set()
        for n in names:
            if inside(n[4]) or _prep_led(text, n[4], lex, s):
                continue
            if _possessive(text, n[4] + n[5]) and not same(n[1]):
                continue
            got.add(top if same(n[1]) else n[1])
        if not got:
            continue
        if got != {top}:
            return None
        return max(forms, key=lambda f: (forms[f], len(f)))
    return None


#: a body pointed back at by the last word of its name ("the commission": the Electoral Commission)
_BODY_NOUNS = ("commission|committee|court|agency|council|authority|tribunal|regulator|watchdog|fund|festival|"
               "awards|federation|association|institute|foundation|exchange|ministry|department|league|inquiry")
_BODY_RX = compile_cached(r"(?<![\p{L}’'-])(?:[Tt]he)\s+(?P<bn>" + _BODY_NOUNS + r")(?P<poss>['’]s?)?(?![\p{L}’'-])"
                          r"(?!\s+of(?![\p{L}]))", regex.VERSION1)
#: a relative clause on the body between it and the figure ("The awards, which were started in 1997")
_WHICH_GAP = compile_cached(r",\s+which\s+(?:[\p{Ll}\d'’-]+\s+){0,6}", regex.VERSION1)


def _body_word(sent: str, fs: int):
    """The "the commission" that owns the figure at ``fs``: the last such word before it, as its
    clause's subject (or the possessor of the figure's noun, or described by a "which" clause that
    holds the figure), with no new clause, speech or other name between."""
    m = None
    for x in _finditer(_BODY_RX, sent):
        if x.end() > fs:
            break
        m = x
    if m is None:
        return None
    gap = sent[m.end():fs]
    if m.group("poss") and _POSS_GAP.fullmatch(gap):
        return m  # "the commission's 2004 report"
    if not m.group("poss") and _WHICH_GAP.fullmatch(gap):
        return m  # ("during the festival, which runs until 20 February": whatever its role)
    if m.group("poss") or _SLOT_BEFORE.search(sent, max(0, m.start() - 60), m.start()) is None:
        return None
    if len(_WORD.findall(gap)) <= _GAP_WORDS and _search(_GAP_STOP, gap) is None and "," not in gap \
            and _search(_OWNER_RX, gap) is None:
        return m
    return None


def _body_antecedent(text: str, a: int, upto: int, noun: str) -> Optional[str]:
    """The one name text[a:upto] gives that ends with ``noun`` capitalised ("Special Immigration
    Appeals Commission", "Independent Spirit Awards") or opens with it and "of" ("Court of
    Appeal"), when the story gives one such name only; else None."""
    cap = noun[:1].upper() + noun[1:]
    rx = compile_cached(r"(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'&.-]*\s+(?:(?:of|for|and|on|the)\s+)?){1,6}" + cap +
                        r"(?!\s+of\s)|(?:[Tt]he\s+)?" + cap + r"\s+of(?:\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*){1,4})(?![\p{L}’'-])", regex.VERSION1)
    found = set()
    for m in _finditer(rx, text[a:upto]):
        name = regex.sub(r"^(?:The|A|An|In|On|At|By|For|And|But|As|Last|This|If|When|After|Before)\s+", "", m.group())
        name = regex.sub(r"^\S+['’]s\s+", "", name)  # "Britain's Electoral Commission"
        if name == cap or " " not in name:
            continue
        found.add(name)
        if len(found) > 1:
            return None
    return found.pop() if found else None


#: a name set off as a firm: "Parmalat, the Italian dairy company which ..."
_FIRM_APPOSED = compile_cached(r",\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:" + _FIRM_NOUNS + r")(?![\p{L}])",
                               regex.VERSION1)


def _firm_antecedent(text: str, story: list, upto: int, lex: _Lexicon, acts_at) -> Optional[str]:
    """The one firm or body an "it"/"the company" at ``upto`` stands for, or None: the name the
    story so far gives most (twice or more, twice as often as any other name, of any kind), that
    is no person's (no given name, no title), that acts in some sentence (its subject: "Krispy
    Kreme said"), and that is the last name given before the owner word."""
    counts: dict = {}
    forms: dict = {}
    acts: set = set()
    people: set = set()
    order = []
    for s, e, names in story:
        if s > upto:
            break
        for _, name, kind, raw, at, n in names:
            if at >= upto:
                break
            # "Krispy Kreme Doughnuts" and "Krispy Kreme", "Arthur Hailey" and "Hailey": one name
            key = next((k for k in counts if k.startswith(name + " ") or name.startswith(k + " ")
                        or k.endswith(" " + name) or name.endswith(" " + k)), name)
            counts[key] = counts.get(key, 0) + 1
            forms.setdefault(key, {})
            forms[key][name] = forms[key].get(name, 0) + 1
            if kind == "person" and (name.split()[0] in lex.given or _TITLED.match(raw)
                                     or " " in name and "'" not in name and "’" not in name):
                people.add(key)  # a person's: no "it"
            if acts_at(text[s:e], at + n - s) or _FIRM_APPOSED.match(text, at + n):
                acts.add(key)
            order.append(key)
    counts = {k: v for k, v in counts.items() if k not in people}
    last = next((k for k in reversed(order) if k not in people), None)
    if not counts or last is None:
        return None
    top = max(counts, key=lambda k: counts[k])
    rest = max((v for k, v in counts.items() if k != top), default=0)
    if counts[top] < 2 or counts[top] < 2 * rest or last != top or top not in acts:
        return None
    return max(forms[top], key=lambda f: (forms[top][f], len(f)))


def _only_one(text: str, a: int, b: int, lex: _Lexicon, pool) -> Optional[str]:
    """The only name of ``pool`` (canonical names) text[a:b] names, or None."""
    found = set()
    for m in _finditer(lex.entity_rx, text[a:b]):
        name = lex.canonical[m.group()]
        if name in pool:
            found.add(name)
            if len(found) > 1:
                return None
    return found.pop() if found else None


#: constituent countries, whose "government" in British news is the United Kingdom's
_NO_GOVERNMENT = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})


def coref_owners(doc, claims: list, fallback: set, lex: _Lexicon, ruleset: RuleSet, candidates, acts_at) -> list:
    """``claims`` with the entity their owner word refers to as the subject (see the module).
    ``candidates`` and ``acts_at`` are the subject engine's readers of a sentence's names and of
    whether a name acts (``claims._pronoun_candidates``, ``claims._acts``), passed in because
    claims runs this step."""
    stories: dict = {}

    def tables():
        sl = ruleset.lists.get("us_states")
        states = frozenset(sl.canonical.values()) if sl else frozenset()
        cities = frozenset(lex.places or {}) - states - lex.countries
        places = frozenset(lex.places or {}) | frozenset((lex.places or {}).values()) | states \
            | frozenset((lex.blind or {}).values())
        return states, places, cities

    def located(c) -> Optional[tuple]:
        """(fs, fe, s0): the figure's span in its sentence and where the sentence starts, or None."""
        span = figure_span(doc.text, c)
        return None if span is None else (span[0], span[1], c.start - span[0])

    def story_names(a: int, b: int) -> list:
        """The names of the story at a..b (see _story_names), read once a story."""
        if (a, b) not in stories:
            places = ruleset.memo("coref_owner", tables)[1]
            stories[(a, b)] = _story_names(doc.text, a, b, lex, places, candidates)
        return stories[(a, b)]

    def quotes(a: int, b: int) -> list:
        """The quoted spans of the story at a..b (see _quoted), read once a story."""
        if (a, b, "q") not in stories:
            stories[(a, b, "q")] = _quoted(doc.text, a, b)
        return stories[(a, b, "q")]

    def owner(c) -> Optional[str]:
        name = owner_word(c)
        if name is None and c.metric == "people.age":
            name = topic_age(c)
        if name is None and c.metric != "people.age" and _search(_BODY_RX, c.sentence) is not None:
            name = body(c)
        return name

    def body(c) -> Optional[str]:
        # "The commission ruled on 30 July, 2002": the one Special Immigration Appeals Commission
        # the story named before (see _body_antecedent)
        loc = located(c)
        if loc is None:
            return None
        fs, _, s0 = loc
        m = _body_word(c.sentence, fs)
        if m is None or _search(_QUOTES, c.sentence, 0, m.start()) is not None:
            return None
        a, b = doc.story_bounds(c.start)
        name = _body_antecedent(doc.text, a, s0 + m.start(), m.group("bn"))
        if name is None or name == c.subject2:
            return None
        return lex.canonical.get(name, name)

    def topic_age(c) -> Optional[str]:
        # "the 34-year-old" that no reading above resolves: the headline's person, when the story
        # last named that person alone (see _topic_person)
        loc = located(c)
        if loc is None:
            return None
        fs, fe, s0 = loc
        d = next((x for x in _finditer(_AGE_DESC, c.sentence) if x.start() <= fs and fe <= x.end()), None)
        if d is None:
            return None
        nxt = regex.match(r"\s+(\p{Lu}[\p{L}’'-]*)", c.sentence[d.end():])
        if nxt is not None and nxt.group(1) not in lex.nations:
            return None  # "the 17-year-old Wayne Rooney": a name of its own
        a, b = doc.story_bounds(c.start)
        quoted = quotes(a, b)
        if any(q0 <= s0 + d.start() < q1 for q0, q1 in quoted):
            return None  # inside a quotation: the speaker's words
        return _topic_person(doc.text, story_names(a, b), s0, s0 + d.start(), lex, quoted)

    def owner_word(c) -> Optional[str]:
        if _search(_OWNER_RX, c.sentence) is None:
            return None
        loc = located(c)
        if loc is None:
            return None
        fs, fe, s0 = loc
        m = _owner_word(c.sentence, fs, fe)
        if m is None or _search(_QUOTES, c.sentence, 0, m.start()) is not None:
            return None
        if c.metric == "people.age" and not (m.group("pn") and m.start() <= fs and fe <= m.end()):
            return None  # an age is its owner's only as "the 22-year-old" ("his four-year-olds" are not)
        kind = _kind(m)
        states, _, cities = ruleset.memo("coref_owner", tables)
        a, b = doc.story_bounds(c.start)
        if kind in ("person", "firm"):
            story = story_names(a, b)
        if kind == "person":
            found = _person_antecedent(doc.text, story, s0, s0 + m.start(), m.group("p") or m.group("pp"), a, lex)
            if found is None and (m.group("p") or m.group("pp")):
                # "He quit the government in 1999": the headline's person, as for "the 28-year-old"
                quoted = quotes(a, b)
                if not any(q0 <= s0 + m.start() < q1 for q0, q1 in quoted):
                    topic = _topic_person(doc.text, story, s0, s0 + m.start(), lex, quoted,
                                          m.group("p") or m.group("pp"))
                    found = (topic, topic) if topic is not None else None
            if found is None:
                return None
            name, raw = found
            country = _leader_country(name, raw, lex)
            if country is not None and not _personal_metric(c.metric, lex.person_metrics):
                name = country  # a leader's government action is his country's
        elif kind == "firm":
            name = _firm_antecedent(doc.text, story, s0 + m.start(), lex, acts_at)
            if name is None:
                # "In early trade, its shares were down 10%": the firm the headline names, when the
                # nearest sentence before that names anyone names it alone (see _topic_firm)
                quoted = quotes(a, b)
                if not any(q0 <= s0 + m.start() < q1 for q0, q1 in quoted):
                    name = _topic_firm(doc.text, story, s0, s0 + m.start(), lex, quoted)
        elif kind == "country":
            name = _story_country(doc.text, a, b, lex, states)
            if name in _NO_GOVERNMENT and m.group("cn") == "government":
                name = None
        elif kind == "state":
            name = _only_one(doc.text, a, s0, lex, states)
        else:
            name = _only_one(doc.text, a, s0, lex, cities)
        if name is None or name == c.subject2:
            return None
        return name

    out = fill_subjects(claims, fallback, owner)
    if out is claims:
        return claims
    # a stated conversion ("It took $42.8m (£23.7m)") is of the owner of the figure it restates
    # one person, one age: an age given here that another claim of the document contradicts is
    # dropped ("the 24-year-old" of a round-up that gave its star's age as 28)
    ages: dict = {}
    for c in out:
        if c.metric == "people.age" and c.subject is not None:
            ages.setdefault(c.subject, set()).add(c.value)
    for i, (c, o) in enumerate(zip(out, claims)):
        if c.metric == "people.age" and o.subject is None and c.subject is not None and len(ages[c.subject]) > 1:
            out[i] = o
    given = {c.id: c.subject for c, o in zip(out, claims) if c.subject is not None and o.subject is None}
    for i, c in enumerate(out):  # (in order: "154m naira ($1.1m; £591,000)" restates a restatement)
        if c.linked in given and c.subject is None and c.rule not in fallback and given[c.linked] != c.subject2:
            out[i] = replace(c, subject=given[c.linked])
            given[c.id] = given[c.linked]
    return out
