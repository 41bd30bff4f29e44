"""The last-resort subject of one unnamed person's age: the person the text describes.

"13-year-old girl raped and burnt alive in Rajasthan", "79-year-old man arrested for making
wigs", "A slain Chicago police officer left behind a two-month-old baby", "a 57-year-old
Chinese immigrant": the age is the person's the text describes and does not name, and that
person, as the noun that describes them, is the subject ("girl", "man", "baby", "immigrant").
A named ``people.age`` claim that every other subject strategy left with no subject takes the
noun, lowercased and singular, when

* the age is one person's, written before the noun ("a 13-year-old girl", "the 79-year-old
  man", "his three-year-old daughter", "a 20-year-old Hindu girl": up to two adjectives or
  capitalised words, a faith, a nation or a place, stand between) or after it ("a girl aged
  13", "the girl, 13,");
* the noun is one of ``rules/lists/anon25_person_nouns.txt`` (singular: "girls aged 13 to 15",
  "two men aged 25 and 30" are groups), and the age a single one, not a range;
* no number or quantifier stands before ("two 13-year-old girls", "every 16-year-old boy");
* the sentence does not name the person at the noun: a given name, a title or "named" after
  it ("A 35-year-old man, John Smith, ...") or a name before ("Smith, a 35-year-old
  teacher");
* a definite noun ("the 14-year-old girl") stands in the opening sentence of its text, or the
  text has introduced such a person before ("a 13-year-old girl ... the 14-year-old girl"):
  in a story that names the person first ("Rooney ... the 19-year-old striker") the noun
  points back to a name and is no subject of its own.

No noun ("raping a 13-year-old", "a 10-year-old in Colorado"): no subject.

The same person owns what the clause it opens says they did, got or paid: a duration, an
animal count or a sum of a few weak ``money.*`` metrics ("Couple stuck together for 16 hours",
"An elderly woman trained her 65 cats", "Little girl needs a kidney, gets $1 for every share"),
when the sentence opens with the described person (an article, up to two adjectives, a noun of
the list) followed by a verb, the figure comes after it with no clause break, pronoun or
"said" between, the person is not generic ("the average worker") and, if definite, stands in
the opening sentence.  Two documents'
unnamed girls are not one person: ``people.*`` is a weak metric (rules/tolerances.yaml), so such
ages are compared only within their story, and a finding is at most a warning.

Used by :func:`ledger.claims.type_figures` after every other strategy; it reads only
``people.age`` claims and claims of those few metrics still without a subject (a few anchored
matches on their sentence).
"""

from __future__ import annotations

from typing import Optional

import regex

from .matching import _Lexicon, doer_metric, figure_span, fill_subjects
from .rules import RuleSet, compile_cached

#: rules/lists/<name>.txt: the singular nouns of one person
NOUNS_LIST = "anon25_person_nouns"
#: the metrics of one person's age
METRICS = frozenset({"people.age"})

#: (the metrics one person may own as the doer are ``matching.doer_metric``'s.  Every claim
#: whose subject is a described noun is compared only within its story (rules/tolerances.yaml
#: ``described_lists``), as two documents' unnamed men are not one person: tests/test_desc26.py)
#: the opening of a sentence: marks, a "Says", a determiner or possessive-less article
_OPENING = compile_cached(r"(?i)^[\W_]*(?:says\s+)?(?:(a|an|the|this)(?![\p{L}]))?", regex.VERSION1)
#: a generic person: "the average government worker", "any student"
_GENERIC = compile_cached(r"(?i)(?<![\p{L}])(?:average|typical|every|each|any|ordinary)(?![\p{L}])", regex.VERSION1)
#: a verb after the noun: an auxiliary, a relative pronoun, a present or past form
_VERB_AFTER = compile_cached(r"(?:\s+(?:who|that|is|was|has|had|will|would|can|could|gets?|got|made|makes|"
                             r"stuck|spent|paid|won|lost|took|kept|left|sold|bought|put|\p{Ll}+(?:s|ed)))(?![\p{L}])",
                             regex.VERSION1)
#: a clause break or another actor between the verb and the figure
_BREAK = compile_cached(r"[;:()\"“”—–]|,\s+(?:and|but|while|as|after|before|when)\s|"
                        r"(?i:(?<![\p{L}])(?:he|she|they|it|we|you|i|said|says|according))(?![\p{L}])",
                        regex.VERSION1)
#: the rest of "N-year-old" after the figure ("13-year" + "-old", "15 year" + "-old",
#: "6-years-old", "12 years old"); not "-olds", a group
_OLD_AFTER = compile_cached(r"(?i)(?:[\s-]*(?:years?|yrs?|months?|weeks?|days?))?[\s-]*old(?![\p{L}])",
                            regex.VERSION1)
#: a word, its possessive or hyphenated parts kept
_WORD = compile_cached(r"\s+([\p{L}][\p{L}\-]*)(?:['’]s)?(?![\p{L}])", regex.VERSION1)
#: the words before the figure, nearest last (up to the start of the clause)
_WORDS_BEFORE = compile_cached(r"(?:([\p{L}\d][\p{L}\d'’.\-]*)\s+){1,4}$", regex.VERSION1)
#: "aged" or "," between a noun and the figure: "a girl aged 13", "the girl, 13"
_AGED_BEFORE = compile_cached(r"(?i)([\p{L}][\p{L}\-]*)(?:\s*,\s*aged|\s+aged|\s*,)\s*$", regex.VERSION1)
#: a determiner before the noun of "a girl aged 13" (up to two words between), or the opening
#: of a headline ("Girl, 13, raped")
_DETERMINED = compile_cached(r"(?i)(?:^[\W_]*|(?<![\p{L}])(?:a|an|the|one|this|that|his|her|their|my|our|your)\s+"
                             r"(?:[\p{L}\-]+\s+){0,2})$", regex.VERSION1)
#: what ends "the girl, 13": a comma, a closing mark or the end
_AGE_ALONE_AFTER = compile_cached(r"\s*(?:[,;:.)]|$)", regex.VERSION1)
#: a range or list of ages after the figure: "aged 13 to 15", "aged 25 and 30"
_RANGE_AFTER = compile_cached(r"(?i)\s*(?:-|–|to\s|and\s|or\s|&\s)\s*\d", regex.VERSION1)
#: the name of the person after the noun: "man, John Smith", "teacher Mrs Jones", "girl named Ana"
_NAME_AFTER = compile_cached(r"(?:\s*,)?\s+(?:(?:named|called|identified\s+as)\s+\p{Lu}|"
                             r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+\p{Lu}|(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll})",
                             regex.VERSION1)
#: a name before the described person: "John Smith, a 35-year-old teacher"
_NAME_BEFORE = compile_cached(r"(\p{Lu}\p{Ll}+)\s*,\s*(?:[\p{L}\-]+\s+){0,3}$", regex.VERSION1)

#: a number or a quantifier before the age: a group's ("two 13-year-old girls", "every 16-year-old")
_GROUPING = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands "
    "several many some all every each any no both other others few various numerous these those "
    "more most fewer".split())
#: a determiner that makes the noun point back to someone the text spoke of
_DEFINITE = frozenset({"the", "this", "that"})
#: a determiner or possessive that opens the noun phrase
_OPENERS = frozenset("a an one his her their its my our your".split())
#: adjectives that may stand between the age and the noun ("a 35-year-old single mother")
_ADJECTIVES = frozenset(
    "single young old elderly local black white brown pregnant disabled unemployed homeless former "
    "married divorced teenage unnamed unidentified alleged male female transgender trans gay lesbian "
    "new poor rich wealthy sick blind deaf autistic brave innocent little tiny missing dead slain "
    "sole only lone school college university high-school muslim hindu christian jewish sikh "
    "retired serving off-duty veteran bearded".split())
#: adjective endings ("retired", "aspiring", "Canadian", "Chinese", "Amish", "autistic", "local")
_ADJ_ENDINGS = ("ed", "ing", "ian", "ese", "ish", "ic", "al", "ous", "ful", "less", "ive")


def _nouns(ruleset: RuleSet) -> tuple:
    """(one-word nouns, two-word nouns) of the list, lowercased."""
    def make():
        wl = ruleset.lists.get(NOUNS_LIST)
        words = {e.lower() for e in wl.entries} if wl else set()
        return frozenset(w for w in words if " " not in w), frozenset(w for w in words if " " in w)
    return ruleset.memo("described_person", make)


def _adjective(word: str) -> bool:
    low = word.lower()
    return word[:1].isupper() or low in _ADJECTIVES or low.endswith(_ADJ_ENDINGS)


def _noun_after(sent: str, pos: int, ones: frozenset, twos: frozenset) -> Optional[tuple]:
    """(noun, end) of the person noun after ``pos`` (up to two adjectives before it), or None."""
    words = []
    for _ in range(4):
        m = _WORD.match(sent, pos)
        if m is None:
            break
        words.append((m.group(1), m.end(1), m.end()))
        pos = m.end()
    for i, (w, wend, end) in enumerate(words[:3]):
        low = w.lower()
        if i + 1 < len(words):
            two = low + " " + words[i + 1][0].lower()
            if two in twos:
                return two, words[i + 1][2]
        if low in ones:
            return low, end
        if not _adjective(w):
            return None  # ("a 30-year-old clipping shows the man": not an adjective, no person)
    return None


def _opener(sent: str, fs: int) -> Optional[str]:
    """How the noun phrase before ``fs`` opens: "a" (a determiner, a possessive or none, as
    in a headline), "the" (definite), or None (a number or quantifier: a group)."""
    m = _WORDS_BEFORE.search(sent, max(0, fs - 60), fs)
    before = regex.findall(r"[\p{L}\d][\p{L}\d'’.\-]*", m.group()) if m else []
    for w in reversed(before[-3:]):
        low = w.lower()
        if low in _GROUPING or low[:1].isdigit():
            return None
        if low in _DEFINITE:
            return "the"
        if low in _OPENERS or low.endswith(("'s", "’s")):
            return "a"
        if not _adjective(w):
            return "a"  # (a verb or a preposition ends the phrase: "raped 13-year-old girl")
    return "a"


def _search_generic(sent: str, a: int, b: int) -> bool:
    return _GENERIC.search(sent, a, b) is not None


def _introduced(text: str, upto: int, noun: str) -> bool:
    """Has ``text`` before ``upto`` spoken of "a/an ... noun"?"""
    rx = compile_cached(r"(?i)(?<![\p{L}])(?:a|an)\s+(?:[\p{L}\d][\p{L}\d\-]*\s+){0,3}" + regex.escape(noun)
                        + r"(?![\p{L}])", regex.VERSION1)
    return rx.search(text, 0, upto) is not None


def _described(c, doc_text: str, lex: _Lexicon, ones: frozenset, twos: frozenset) -> Optional[str]:
    """The noun of the one unnamed person whose age ``c`` is (see the module), or None."""
    if c.low is None or c.low != c.high:
        return None  # a range of ages or a bound ("aged below 35"): a group's
    sent = c.sentence
    span = figure_span(doc_text, c)
    if span is None:
        return None
    fs, fe = span
    s0 = c.start - fs
    if _RANGE_AFTER.match(sent, fe) is not None:
        return None
    old = _OLD_AFTER.match(sent, fe)
    if old is not None:  # "a 13-year-old girl"
        hit = _noun_after(sent, old.end(), ones, twos)
        if hit is None:
            return None
        noun, end = hit
        start = fs
    else:  # "a girl aged 13", "the girl, 13,"
        m = _AGED_BEFORE.search(sent, max(0, fs - 40), fs)
        if m is None or m.group(1).lower() not in ones:
            return None
        if "aged" not in m.group() and _AGE_ALONE_AFTER.match(sent, fe) is None:
            return None
        noun, end, start = m.group(1).lower(), m.end(1), m.start(1)
        if _DETERMINED.search(sent, max(0, start - 60), start) is None:
            return None  # ("youth aged 18", "people aged 13": a bare noun there is a group)
    opener = _opener(sent, start)
    if opener is None:
        return None
    if opener == "the" and s0 > 0 and not _introduced(doc_text, s0, noun):
        return None  # ("Rooney ... the 19-year-old striker": the noun points back to a name)
    n = _NAME_AFTER.match(sent, end)
    if n is not None and (n.group(1) is None or n.group(1) in lex.given):
        return None  # ("A 35-year-old man, John Smith": named)
    b = _NAME_BEFORE.search(sent, max(0, start - 60), start)
    if b is not None and b.group(1) in lex.given:
        return None
    return noun


def _actor(c, doc_text: str, lex: _Lexicon, ones: frozenset, twos: frozenset) -> Optional[str]:
    """The described person who opens the sentence as the subject of the figure's clause
    ("Man undergoes $200,000 of plastic surgery", "Couple stuck together for 16 hours",
    "An elderly woman trained her 65 cats"), or None."""
    sent = c.sentence
    span = figure_span(doc_text, c)
    if span is None:
        return None
    fs = span[0]
    s0 = c.start - fs
    m = _OPENING.match(sent)
    if m is None:
        return None
    det = (m.group(1) or "").lower()
    if det in _DEFINITE and s0 > 0:
        return None  # ("The singer ...": points back to someone the story named)
    hit = _noun_after(sent[:m.end()] + " " + sent[m.end():], m.end(), ones, twos)
    if hit is None:
        return None
    noun, end = hit[0], hit[1] - 1
    if not (end < fs) or _search_generic(sent, m.end(), end):
        return None
    v = _VERB_AFTER.match(sent, end)
    if v is None:
        return None  # ("A baby giraffe ...": the noun is no subject of a verb)
    # the figure is in the clause the person opens: no other actor, clause break or name between
    if _BREAK.search(sent, v.end(), fs) is not None or _WHO_ANOTHER.search(sent, v.end(), fs) is not None:
        return None
    return noun


#: "who" opening a relative clause, after the noun it describes ("a man who died ...")
_WHO = compile_cached(r"(?i)(?<=[\p{L}])\s*,?\s+who(?![\p{L}])", regex.VERSION1)
#: the words before "who", nearest last
_WORDS_TO_WHO = compile_cached(r"(?:[\p{L}\d][\p{L}\d\-'’]*\s+){0,5}[\p{L}][\p{L}\-]*$", regex.VERSION1)


def _relative(c, doc_text: str, lex: _Lexicon, ones: frozenset, twos: frozenset) -> Optional[str]:
    """The described person of a relative clause that holds the figure ("a man who died in
    Pompeii in 79 A.D.", "child who died of an elephant attack in August 2020", "A woman who
    entered an Uber in Tampa on 18 February 2019"), or None: the nearest "who" before the
    figure, the noun before it one of the list (after up to three adjectives, with "a", "an",
    "one" or nothing before them, not "the": a definite noun points back to someone named, nor
    a number or quantifier: a group), and no clause break, other relative clause, pronoun or
    "said" between "who" and the figure."""
    sent = c.sentence
    span = figure_span(doc_text, c)
    if span is None:
        return None
    fs = span[0]
    hit = None
    for m in _WHO.finditer(sent, 0, fs):
        hit = m
    if hit is None:
        return None
    if _BREAK.search(sent, hit.end(), fs) is not None or _WHO_ANOTHER.search(sent, hit.end(), fs) is not None:
        return None
    w = _WORDS_TO_WHO.search(sent, max(0, hit.start() - 80), hit.start())
    if w is None:
        return None
    words = w.group().split()
    noun, rest = words[-1].lower(), words[:-1]
    if rest and (rest[-1].lower() + " " + noun) in twos:
        noun, rest = rest[-1].lower() + " " + noun, rest[:-1]
    elif noun not in ones:
        return None
    adjs = 0
    while rest and _adjective(rest[-1]) and rest[-1].lower() not in _OPENERS | _DEFINITE | _GROUPING \
            and not rest[-1][:1].isdigit() and adjs < 3:
        rest, adjs = rest[:-1], adjs + 1
    det = rest[-1].lower() if rest else ""
    if det in _DEFINITE or det in _GROUPING or det[:1].isdigit() or det in ("his", "her", "their", "its", "my",
                                                                            "our", "your"):
        return None  # ("the man who ...": someone the story named; "two men who ...": a group;
        # "his son who ...": the possessor's relation, left to the other steps)
    if _search_generic(sent, w.start(), hit.start()):
        return None
    return noun


#: another relative or conjoined clause between "who" and the figure: its own doer
_WHO_ANOTHER = compile_cached(r"(?i)(?<![\p{L}])(?:which|whose|whom|where)(?![\p{L}])|,\s*(?:and|but)\s",
                              regex.VERSION1)


#: a photo, video or clip and the person it shows: "A video shared in June 2023 showed a father
#: running away", "A picture of a baby feeding from goat udders", "Photo shows an elderly woman"
_SHOWS = compile_cached(r"(?i)(?<![\p{L}])(?:videos?|clips?|footage|photos?|photographs?|pictures?|images?|"
                        r"memes?|posts?)(?![\p{L}])(?:[^.;:!?\"“”]{0,60}?(?<![\p{L}])"
                        r"(?:shows?|showed|showing|shown|depicts?|depicted|depicting|features?|featured|featuring)"
                        r"|\s+of)\s+(?:an?|one)\s+", regex.VERSION1)


def _depicted(c, doc_text: str, lex: _Lexicon, ones: frozenset, twos: frozenset) -> Optional[str]:
    """The one person a photo or video shows, described and not named, as the subject of the
    media item's figure (a ``media.*`` date or audience, whose subject is who or what the item
    shows: "A video of Donald Trump ... in April 2021" is Donald Trump's), or None: "a" or "an"
    and up to two adjectives before a noun of the list, with no name right after it."""
    sent = c.sentence
    if _search_generic(sent, 0, len(sent)):
        return None
    for m in _SHOWS.finditer(sent):
        hit = _noun_after(sent, m.end() - 1, ones, twos)
        if hit is None:
            continue
        noun, end = hit
        n = _NAME_AFTER.match(sent, end)
        if n is not None and (n.group(1) is None or n.group(1) in lex.given):
            return None  # ("a photo of a man, John Smith, ...": named)
        return noun
    return None


def described_persons(doc, claims: list, fallback: set, lex: _Lexicon, ruleset: RuleSet) -> list:
    """``claims`` with the person their text describes as the subject of one unnamed person's
    age, or of a money, duration or animal figure of the clause such a person opens (see the
    module)."""
    def owner(c) -> Optional[str]:
        ones, twos = _nouns(ruleset)
        if c.metric in METRICS:
            return _described(c, doc.text, lex, ones, twos)
        if c.metric and c.metric.startswith("media."):
            return _depicted(c, doc.text, lex, ones, twos) or _actor(c, doc.text, lex, ones, twos) \
                or _relative(c, doc.text, lex, ones, twos)
        if c.metric and doer_metric(c.metric, lex.person_metrics):
            return _actor(c, doc.text, lex, ones, twos) or _relative(c, doc.text, lex, ones, twos)
        return None

    return fill_subjects(claims, fallback, owner)
