"""Subjects of figures quoted in the first person plural.

A speaker who says "we" or "our" speaks for an organisation: in "Tesla sold
1.8 million cars. 'We sold 5 million,' said John Smith, a Ford official." the
5 million are Ford's, not Tesla's, although the claims stage (which runs
before attribution and knows no speakers) carried Tesla over from the claim
before.  ``we_subjects(doc, claims, ruleset)`` runs after
``attribute.attribute`` and, for each claim whose figure stands in a quoted
clause that says "we", "our" or "us":

* keeps a subject the clause names itself ("'Our sales in Japan rose 5%'":
  Japan; "'Nokia make 200 million phones'": Nokia);
* else sets the subject to the speaker's organisation when the words that
  name the speaker give one ("said John Smith, a Ford official", "Ford chief
  executive Bill Ford said", "a spokesman for Tesco", "BT's chief executive
  Ben Verwaayen" earlier in the story, then "said Mr Verwaayen"), or the
  speaker is a body itself ("the Muslim Council of Britain said"), written as
  the gazetteer writes it ("Tory" -> Conservatives);
* else keeps a subject the quotation, or the sentence it stands in, names
  ("Says of El Paso that 'we had five murders'"), unless it is the speaker
  (a person is not "we");
* else drops the subject: it was carried from an earlier sentence, and "we"
  is not it.

Only the claim's ``subject`` changes: attribution's fields stay as they are.
The work is done only for claims whose figure is inside quotation marks and
whose clause says "we" (a few regular-expression searches over that clause
and the sentences that name the speaker); other claims cost one look-up in
the list of quotes.

"I" is narrower (``i_subjects``, run after this step): in a quote, "I" owns
few of the figures near it ("I have to admit", "I think we put up a better
fight"). A claim still without a subject takes the speaker only when the
speaker is a named person, the nearest "I" before the figure in its clause
does not think, hope or want, and the metric is one a person owns as the
doer (a duration, a count of their acts, a date or money of theirs, a
personal fact; not an age, which in a quote is rarely the speaker's).
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Optional

import regex

from .attribute import _APOS, _sentence, load_speaker_rules, quoting
from .cache import compile_cached
from .matching import doer_metric, lexicon
from .records import Claim, Document

#: the first person plural (case-sensitive: "US" is a country)
_WE = compile_cached(r"(?<![\p{L}’'-])(?:[Ww]e|[Oo]ur|[Oo]urs|us|[Oo]urselves)(?![\p{L}-])", regex.VERSION1)
#: where a clause of a quotation ends: a sentence end, a semicolon or colon, a dash, and a
#: conjunction or relative pronoun that opens a new clause ("..., so we can", ", which now account")
_CLAUSE_END = compile_cached(
    r"[.!?](?=[\"”’']?\s)|[;:]|\s[-–—]\s|[–—]"
    r"|,\s+(?:but|so|while|whereas|although|though|which|who|and\s+(?=(?:I|he|she|they|it|we)\s))(?![\p{L}])"
    r"|\s(?:but|so)\s(?!that\b|much\b|many\b|far\b|long\b)"
    r"|\s(?:unless|because|although|whereas|even\s+if)\s", regex.VERSION1)
#: a "we" that thinks, expects or says: the figure after it is what is thought or forecast,
#: not the speaker's own ("We expect growth to fall to 2%", "we have seen attacks of 10GB")
_WE_THINKS = compile_cached(
    r"(?:['’](?:ve|re|d|ll))?(?:\s+(?:have|had|are|were|do|did|don['’]t|all|now|still|also|really|would|will|could"
    r"|can|may|might|probably|certainly|just|been|always|had|never|only|clearly|fully))*\s+"
    r"(?:expect\w*|believ\w*|think\w*|thought|hop(?:e|es|ed|ing)|fear\w*|know\w*|knew|see|seeing|saw|seen|find|finding"
    r"|found|discover\w*|estimat\w*|forecast\w*|predict\w*|reckon\w*|understand\w*|understood|anticipat\w*"
    r"|suspect\w*|say|says|saying|said|feel\w*|felt|guess\w*|calculat\w*|project(?:s|ed|ing)?|assum\w*)(?![\p{L}])",
    regex.VERSION1)
#: at most this many words between the "we" and the figure it owns
_WE_REACH = 12
#: "nine of our 11 businesses", "two of us": the figure counts a part of "us"
_OF_OURS = compile_cached(r"\s+of\s+(?:our|us)(?![\p{L}])", regex.VERSION1)
#: titles followed by a portfolio, not an organisation ("State Minister for National
#: Development Planning", "Secretary of State", "Commissioner for Trade")
_PORTFOLIO = frozenset(("minister", "secretary", "commissioner", "chancellor", "state minister"))
#: a name: capitalised words, with "of", "for", "and", "&" inside ("Bank of England"); "eBay"
_NAME = r"(?:\p{Lu}[\p{L}&.-]*|\p{Ll}{1,2}\p{Lu}[\p{L}]*)(?:\s+(?:(?:of|for|and|&|the)\s+)*(?:\p{Lu}[\p{L}&.-]*))*"
#: after a name: ", a Ford official", ", Tesco's chief executive"
_APPOSED_ORG = compile_cached(rf"\s*,\s+(?:an?\s+|the\s+)?({_NAME})(?:['’]s?)?\s+((?:[\p{{Ll}}-]+\s*){{1,3}})(?=[,.;]|$)",
                              regex.VERSION1)
#: "chief executive of Tesco", "a spokesman for Tesco"
_TITLE_OF = compile_cached(rf"(?<![\p{{L}}])((?:[\p{{L}}-]+\s+){{0,3}}?[\p{{L}}-]+)\s+(?:of|at|for|with)\s+(?:the\s+)?({_NAME})",
                           regex.VERSION1)
#: after a name: ", chief executive of Tesco"
_APPOSED_TITLE_OF = compile_cached(rf"\s*,\s+(?:an?\s+|the\s+)?((?:[\p{{L}}-]+\s+){{0,3}}?[\p{{L}}-]+)\s+(?:of|at|for|with)\s+"
                                   rf"(?:the\s+)?({_NAME})", regex.VERSION1)
#: after a name, with no comma: "Hannah Ward of the Refugee Council"
_OF_AFTER = compile_cached(rf"\s+(?:of|from|at)\s+(?:the\s+)?({_NAME})", regex.VERSION1)
#: words that open a run of capitals without being part of the name after them
_NOT_ORG = frozenset("""the a an but and it in on at for new mr ms mrs miss dr sir lord lady dame
this that when while after before if as said says told added monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october november
december i we he she they""".split())
_TITLES = "we21_titles"
#: words that end the words before a title: no modifier of it ("action against national coach")
_FUNCTION = frozenset("""against of for to by with from in on at into has have had was were is are be been
and or but not as than that which who said says told its their his her our the a an""".split())


def _titles(ruleset) -> frozenset:
    wl = ruleset.lists.get(_TITLES)
    return frozenset(e.casefold() for e in wl.entries) if wl else frozenset()


def _title_tables(ruleset) -> tuple[frozenset, frozenset]:
    """The titles of the list, and every word in them (made once per rule set)."""
    titles = _titles(ruleset)
    return titles, frozenset(w for t in titles for w in t.split())


def _title_tail(words: str, titles: frozenset, whole: bool = False) -> bool:
    """Whether ``words`` ("chief executive", "shadow chancellor") end with a
    title of the list (``whole``: are one), the words before it in lower case."""
    toks = words.split()
    if not toks:
        return False
    for n in (3, 2, 1):
        if len(toks) >= n and " ".join(toks[-n:]).casefold() in titles:
            rest = toks[:-n]
            return not (whole and rest) and all(t.islower() and t not in ("former", "ex") for t in rest)
    return False


def _portfolio(title: str) -> bool:
    toks = title.casefold().split()
    return bool(toks) and (toks[-1] in _PORTFOLIO or " ".join(toks[-2:]) in _PORTFOLIO)


def _clean(name: str) -> Optional[str]:
    toks = name.translate(_APOS).split()
    while toks and toks[0].casefold() in _NOT_ORG:
        toks.pop(0)
    if toks and toks[-1].endswith(".") and toks[-1].count(".") == 1 and len(toks[-1]) > 4:
        toks[-1] = toks[-1][:-1]  # a full stop, not an abbreviation's ("U.S.")
    if not toks or not any(ch.isupper() for ch in toks[0]):
        return None
    return " ".join(toks).removesuffix("'s").removesuffix("'") or None


def _canonical(name: Optional[str], lex) -> Optional[str]:
    """A name as the gazetteer writes it ("Tory" -> Conservatives, "Ukrainian" -> Ukraine)."""
    if not name:
        return None
    for key in (name, name + "s"):
        if key in lex.canonical:
            return lex.canonical[key]
    return name


def _org_before(before: str, titles: frozenset, title_words: frozenset) -> Optional[str]:
    """The organisation in the words just before a person's name: "Ford
    chief executive", "BT's chief executive", "eBay's", "Tory shadow
    chancellor", "EU Trade Commissioner"."""
    toks = before.split()[-10:]
    title: list = []
    loose = 0  # lower-case words that are no title word: at most two modifiers ("shadow", "national")
    while toks and not toks[-1].endswith((",", ";", ":", ".")) and toks[-1].casefold() not in _NOT_ORG \
            and (toks[-1].casefold() in title_words
                 or toks[-1].islower() and loose < 2 and toks[-1] not in _FUNCTION):
        loose += toks[-1].casefold() not in title_words
        title.insert(0, toks.pop())
    if not toks:
        return None
    poss = toks[-1].endswith(("'s", "s'"))
    if title and not _title_tail(" ".join(t.casefold() for t in title), titles):
        return None
    if not title and not poss:
        return None
    name: list = []
    while toks and not toks[-1].endswith((",", ";", ":")) and (
            any(ch.isupper() for ch in toks[-1][:3]) or (name and toks[-1] in ("of", "for", "and", "&"))):
        name.insert(0, toks.pop())
    while name and name[0] in ("of", "for", "and", "&"):
        name.pop(0)
    return _clean(" ".join(name))


def _org_in_window(before: str, after: str, titles: frozenset, title_words: frozenset) -> Optional[str]:
    """The organisation the words around one mention of a person give:
    ``before`` ends where the name starts, ``after`` starts where it ends."""
    org = _org_before(before, titles, title_words)
    if org:
        return org
    m = _APPOSED_ORG.match(after)
    if m and _title_tail(m.group(2), titles):
        org = _clean(m.group(1))
        if org:
            return org
    m = _APPOSED_TITLE_OF.match(after)
    if m and _title_tail(m.group(1).casefold(), titles) and not _portfolio(m.group(1)):
        org = _clean(m.group(2))
        if org:
            return org
    m = _OF_AFTER.match(after)
    if m:
        return _clean(m.group(1))
    return None


def _split_title_caps(name: str, titles: frozenset) -> str:
    """'EU Trade Commissioner' -> 'EU': capitalised title words at the end of a run."""
    toks = name.split()
    while len(toks) > 1 and (toks[-1].casefold() in titles or " ".join(toks[-2:]).casefold() in titles):
        toks.pop()
    return " ".join(toks)


class _Voice:
    """Per-document state, made only when a claim stands in a quotation."""

    def __init__(self, doc: Document, ruleset):
        self.doc = doc
        self.text = doc.text
        got = quoting(doc)  # attribution's, for the same text
        self.quotes = got.quotes
        self.starts = [q.start for q in self.quotes]
        self.masked = got.masked
        self.lex = lexicon(ruleset)
        self.titles, self.title_words = ruleset.memo("voice_titles", lambda: _title_tables(ruleset))
        self.srules = load_speaker_rules()

    def quote_of(self, c: Claim):
        i = bisect.bisect_left(self.starts, c.start) - 1
        while i >= 0:
            q = self.quotes[i]
            if q.start < c.start and c.end <= q.end:
                return q
            if q.end < c.start - 2000:
                break
            i -= 1
        return None

    def clause(self, q, c: Claim) -> tuple[int, int]:
        lo, hi = q.start + 1, q.end
        for m in _CLAUSE_END.finditer(self.text, lo, hi):
            if m.end() <= c.start:
                lo = m.end()
            elif m.start() >= c.end:
                hi = m.start()
                break
        return lo, hi

    def around(self, q) -> tuple[int, int]:
        """The quotation with the rest of the sentences it opens and closes."""
        return _sentence(self.masked, q.start)[0], _sentence(self.masked, max(q.start, q.end - 1))[1]

    def named_in(self, subject: str, words: str) -> bool:
        """Whether the clause's own words give the subject."""
        if regex.search(rf"(?i)(?<![\p{{L}}]){regex.escape(subject)}(?![\p{{L}}])", words):
            return True
        lex = self.lex
        for m in lex.entity_rx.finditer(words):
            if lex.canonical.get(m.group()) == subject:
                return True
        for m in lex.groups_rx.finditer(words):
            g = lex.groups.get(m.group()) or lex.groups.get(m.group().lower())
            if g == subject:
                return True
        return False

    def is_body(self, c: Claim) -> bool:
        res = (c.speaker_rule or "").rsplit("/", 1)[-1]
        if res in ("body", "document", "outlet"):
            return True
        name = c.speaker.translate(_APOS)
        hit = self.srules.aliases_fold.get(name.casefold())
        if hit is not None:
            return hit[1] == "body"
        if self.srules.body_re.search(name.casefold()) and len(name.split()) <= 6:
            return True
        return name in self.lex.canonical and name not in (self.lex.persons or {})

    def organisation(self, c: Claim) -> Optional[str]:
        """The organisation the speaker of ``c`` speaks for, if the words that name them give one."""
        if not c.speaker or not c.speaker_rule or c.speaker_rule.startswith(("outlet-voice", "quote-unattributed")):
            return None
        titles = self.titles
        speaker = c.speaker.translate(_APOS)
        # the speaker's own words: "Apacs spokeswoman", "spokesman for Tesco", "chief executive of Wippit"
        for words in (speaker, (c.speaker_evidence or "").translate(_APOS)):
            m = _TITLE_OF.search(words)
            if m and _title_tail(regex.sub(r"^(?:the|an?)\s+", "", m.group(1), flags=regex.I), titles) \
                    and not _portfolio(m.group(1)):
                org = _clean(m.group(2))
                if org:
                    return _canonical(_split_title_caps(org, titles), self.lex)
        if self.is_body(c):
            return _canonical(_clean(speaker) or speaker, self.lex)
        # the sentences that name the speaker: the attribution nearest the figure first, then
        # every earlier mention of the surname in the story, nearest first
        lo, hi = self.doc.story_bounds(c.start)
        last = speaker.split()[-1]
        if not last[:1].isupper():
            return None
        hits = [m.start() for m in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(last)}(?![\p{{L}}])",
                                                   self.masked[lo:hi])]
        if not hits:
            return None
        hits = [lo + h for h in hits]
        near = min(hits, key=lambda h: abs(h - c.start))
        order = [near] + sorted((h for h in hits if h < c.start and h != near), reverse=True)
        for at in order:
            ss, se = _sentence(self.masked, at)
            before = self.masked[ss:at]
            after = self.masked[at + len(last):se]
            # the name's other words and honorifics stand between the title and the surname
            for w in speaker.split()[:-1][::-1]:
                b = before.rstrip()
                if b.endswith(w) and (len(b) == len(w) or not b[-len(w) - 1].isalnum()):
                    before = b[:-len(w)]
            before = regex.sub(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+)$", "", before.rstrip() + " ")
            org = _org_in_window(before, after, titles, self.title_words)
            if org and org.casefold() != speaker.casefold():
                return _canonical(_split_title_caps(org, titles), self.lex)
        return None


def _the_speaker(c: Claim) -> bool:
    """Whether the subject is the person quoted ("'We have all three pillars,' Finance
    Minister Antonio Palocci told AP": not Palocci's own three)."""
    return bool(c.speaker) and (c.subject == c.speaker or c.subject in c.speaker.split())


def _speaks_for_us(text: str, lo: int, c: Claim) -> bool:
    """Whether the figure at ``c`` is the speaker's side's own in its clause
    (which starts at ``lo``): the nearest "we", "our" or "us" before it does
    not think or expect ("We sold 5 million", "winning our first three
    games", not "we expect growth of 2%") and is near it, or it counts a part of "us"
    ("nine of our 11 businesses").  A "we" after the figure is left alone:
    "Two years ago we lost", "the songs that we used to call an album"."""
    last = None
    for m in _WE.finditer(text, lo, c.start):
        last = m
    if last is not None:
        # (a "we" far before the figure opened a long clause that names other things
        # by then: "We are concerned by ... a preview of the first five episodes")
        return _WE_THINKS.match(text, last.end()) is None and len(text[last.end():c.start].split()) <= _WE_REACH
    return _OF_OURS.match(text, c.end) is not None


def _quotes_in(text: str) -> bool:
    """Has the text a quotation mark that can open a quotation (the steps here read only quoted
    figures)?"""
    return '"' in text or "“" in text or "‘" in text


def we_subjects(doc: Document, claims: tuple[Claim, ...], ruleset) -> tuple[Claim, ...]:
    """Claims whose figure a quotation gives in the first person plural take
    the speaker's organisation as their subject (see the module's note)."""
    if not claims or not _quotes_in(doc.text):
        return tuple(claims)
    state = None
    out = []
    for c in claims:
        if not (c.speaker_rule or "").startswith("quote"):
            out.append(c)
            continue
        if state is None:
            state = _Voice(doc, ruleset)
        q = state.quote_of(c)
        if q is None:
            out.append(c)
            continue
        lo, hi = state.clause(q, c)
        words = doc.text[lo:hi]
        if not _speaks_for_us(doc.text, lo, c) or (c.subject and state.named_in(c.subject, words)):
            out.append(c)
            continue
        org = state.organisation(c)
        if org == c.subject2:
            org = None
        if org is None and c.subject and not _the_speaker(c) \
                and state.named_in(c.subject, doc.text[slice(*state.around(q))]):
            # no side named, and the quotation or its sentence names the subject ("Says of El
            # Paso that 'we had five murders'", "'America lost 750,000 jobs. We've lost 35,000'")
            org = c.subject
        if org != c.subject:
            c = dataclasses.replace(c, subject=org)
        out.append(c)
    return tuple(out)


#: the first person singular as the doer (case-sensitive: "I" is not a numeral here; "my"
#: owns the noun after it: "my 30 year career", "if my bill goes over £50")
_I = compile_cached(r"(?<![\p{L}’'-])(?:I(?:['’](?:ve|m|d|ll))?|[Mm]y)(?![\p{L}-])", regex.VERSION1)
#: an "I" that thinks, hopes, wants or doubts: the figure after it is what is thought, hoped for or
#: wanted, not the speaker's own ("I think that prices ... the $40 to $50 level", "I hope our
#: negotiations in the next three months", "I don't suggest for one minute", "I want to perform")
_I_THINKS = compile_cached(
    r"(?:['’](?:ve|m|d|ll))?(?:\s+(?:have|had|am|was|do|did|don['’]t|didn['’]t|would|will|could|can|may|might|"
    r"must|should|really|just|still|also|never|always|certainly|probably|only|even|honestly|personally|not))*\s+"
    r"(?:expect\w*|believ\w*|think\w*|thought|hop(?:e|es|ed|ing)|fear\w*|know\w*|knew|see|saw|seen|find|found"
    r"|estimat\w*|forecast\w*|predict\w*|reckon\w*|understand\w*|understood|suspect\w*|say|says|said|feel\w*"
    r"|felt|guess\w*|suggest\w*|doubt\w*|want\w*|wish\w*|would\s+like|'d\s+like|imagin\w*|suppos\w*|mean|meant"
    r"|worr\w*|agree\w*|promis\w*|am\s+(?:sure|confident|convinced|afraid|surprised|pleased|glad|happy))"
    r"(?![\p{L}])", regex.VERSION1)
#: "in my opinion", "to my mind": the speaker's view, not what the speaker owns
_MY_VIEW = compile_cached(r"\s+(?:opinion|view|mind|book|eyes|experience|understanding)(?![\p{L}])", regex.VERSION1)
#: at most this many words between "my" and the figure of what it owns ("my 30 year career")
_MY_REACH = 4
#: ages: in a quote an age is rarely the speaker's own ("I would take a five-year-old to this")
_NOT_MY_AGE = frozenset(("people.age", "duration.age"))


def _speaks_for_me(text: str, lo: int, c: Claim) -> bool:
    """Whether the figure at ``c`` is the speaker's own in its clause (which starts at ``lo``):
    the nearest "I" before it is near it and no "I" of the clause thinks, hopes or wants ("I tried
    for three years", "I've only played this tournament four times", not "I don't think I would
    take a five-year-old"), or "my" stands a few words before it ("my 30 year career", not "in my
    opinion ... two days in a row").  An "I" after the figure, or a "we" nearer it, is left alone."""
    last = None
    for m in _I.finditer(text, lo, c.start):
        if m.group()[0] == "I" and _I_THINKS.match(text, m.end()) is not None:
            return False
        if m.group()[0] != "I" and _MY_VIEW.match(text, m.end()) is not None:
            continue
        last = m
    if last is None or any(True for _ in _WE.finditer(text, last.end(), c.start)):
        return False
    reach = _WE_REACH if last.group()[0] == "I" else _MY_REACH
    return len(text[last.end():c.start].split()) <= reach


def i_subjects(doc: Document, claims: tuple[Claim, ...], ruleset) -> tuple[Claim, ...]:
    """Claims with no subject whose figure a named person gives in the first person singular, in a
    quotation of theirs, take that person as their subject when the metric is one a person may own
    as the doer (a date of theirs, a count of their acts, a duration, their money; not an age):
    "'I tried for three years to make something work,' said David Blunkett" is Blunkett's three
    years.  A speaker known only by a description ("a North Korean soldier") or a body is no
    subject; nor is a figure the "I" thinks, hopes or wants (see ``_speaks_for_me``)."""
    if not claims or not _quotes_in(doc.text):
        return tuple(claims)
    person_metrics = lexicon(ruleset).person_metrics
    state = None
    out = []
    for c in claims:
        # (an age the "I" speaks of is someone else's: "I would take a five-year-old")
        if c.subject is not None or not c.speaker or not (c.speaker_rule or "").startswith("quote") \
                or not c.metric or c.metric in _NOT_MY_AGE or not doer_metric(c.metric, person_metrics):
            out.append(c)
            continue
        if state is None:
            state = _Voice(doc, ruleset)
        q = state.quote_of(c)
        if q is None or state.is_body(c) or not _named_person(c, state):
            out.append(c)
            continue
        lo, _hi = state.clause(q, c)
        if _speaks_for_me(doc.text, lo, c):
            c = dataclasses.replace(c, subject=c.speaker)
        out.append(c)
    return tuple(out)


def _named_person(c: Claim, state: "_Voice") -> bool:
    """A speaker written as a person's name: a known person, or two to four capitalised words with
    no title among them that attribution took from a name ("said Hopman Cup doctor Hamish Osborne",
    "Mr Blunkett told" after "David Blunkett") or that open with a known given name.  A speaker a
    pronoun points back to is taken only in the last form ("Striker Nicolas Anelka", "World Indoor
    Championships." are not)."""
    speaker = c.speaker
    if speaker in (state.lex.persons or {}):
        return True
    words = speaker.split()
    if not (2 <= len(words) <= 4 and all(regex.fullmatch(r"\p{Lu}(?:[\p{Ll}’'-]+|\.)", w) for w in words)
            and not any(w.lower() in state.title_words for w in words)):
        return False
    how = (c.speaker_rule or "").rsplit("/", 1)[-1]
    return words[0] in state.lex.given or how in ("name", "surname", "alias")
