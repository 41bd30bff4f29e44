"""Headlines in title case: read them through a sentence-case view (head25).

A headline or subhead written in title case ("Police Arrest 40 Protesters In Lagos", "Did Elon
Musk Decline A 120 Million Dollar Campaign?") capitalises every word, so a capital no longer marks
a name: "Police Arrest" reads as a name, "Arrest 40" as a label ("Boeing 737"), and cues written
in lower case do not meet their words.

``title_lines(text)`` finds such lines cheaply: a line of at most ``_MAX_LINE`` characters whose
words (after the first) of four letters or more are at least 70% capitalised and whose lower-case
words are all ones title case leaves small ("in", "of", "a": ``rules/lists/head25_small_words.txt``;
one other is allowed in a long, clearly capitalised line).  A sentence-case line has lower-case
verbs and nouns ("Tony Blair is to join Home Secretary David Blunkett"), so it never passes.

``lowered(text, spans, ...)`` rewrites those lines in sentence case: a capitalised word is written
in lower case when its lower-case form is a common word (the caller's test: common words, WordNet
words, small words) and it is no name the caller protects (gazetteer spans, a given name and the
word after it); the first word of the line or of a sentence, quotation or clause after a colon or
dash, words with other capitals ("NRA", "TikTok"), month and weekday names, number words and the
word after a capitalised number word ("Six Nations"), and a name part after a kept capitalised word
("Maricopa County") stay as written.  Only a first letter changes case, so the view has the
original's length and every offset in it is an offset in the original: a figure or claim found on
the view takes its wording from the original text (``restore_figures``).
"""

from __future__ import annotations

import functools

from .cache import compile_cached
from .paths import rules_file

#: a headline is short; a longer line is a paragraph (and is not read: the gate stays cheap)
_MAX_LINE = 400
_MIN_RATIO = 0.7

#: a word: letters, with an inner apostrophe ("Hasn't"); hyphenated parts are words of their own
_WORD = compile_cached(r"\p{L}+(?:['\u2019]\p{L}+)?")
#: a word of the gate: letters, hyphens and apostrophes ("Full-Pay", "d'etat")
_GATE_WORD = compile_cached(r"\p{L}[\p{L}'\u2019-]*")
#: what opens a sentence, quotation or clause inside a headline: its next word keeps its capital
_OPENS = compile_cached(r"(?:(?<![\p{L}.]\p{Lu}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|No|vs))[.!?:;]|\s[-\u2013\u2014]|(?<![\p{L}\p{N}.,!?\u2019'])\"|[\u201c\u2018(\[]|(?<![\p{L}])')\s*\Z")

#: a number right after a word ("Arrest 40", "Pays $10", "Leopard 2")
_NUMBER_AFTER = compile_cached(r"[ \u00a0]+[$\u00a3\u20ac]?\d")
#: what may stand before the first word of a line: marks and quotes, no letter or digit
_FIRST = compile_cached(r"[^\p{L}\p{N}]*")
_MONTHS_DAYS = frozenset("""January February March April May June July August September October
November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday
Friday Saturday Sunday""".split())
#: a word that is a verb form, not a surname, after a given name ("Pope Francis Told", "Bill Gates Admits"
#: keeps Gates: only past forms, -ing and -ly words and "says")
_VERB_FORM = compile_cached(r"(?:ed|ing|ly)\Z|\A(?:Told|Said|Says|Made|Took|Gave|Got|Won|Lost|Left|Paid|Sold|Bought|Spent|Sent|Found|Saw|Hit|Met|Led|Fled)\Z")
#: number words: after "The" one keeps the capital of the word after it ("The Ten Commandments")
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve twenty thirty
forty fifty hundred""".split())
#: words that end a name when they follow a kept capitalised word ("Maricopa County", "Bristol City",
#: "Manchester United"); kept with it
_NAME_PARTS = frozenset("""County City State States University College Party House Senate Court
Department Bank Airlines Airways Company Council Ministry Army Navy Republic Kingdom Island Islands
Province District Authority Agency Office Foundation Institute Fund Association Union Corporation
Commission Committee Board United Act Acts News""".split())
#: how many capitalised words before a name part it keeps with it ("Congressional Reform Act",
#: "Supreme Court", "Labour Party")
_NAME_REACH = 2


def _lines(folder: str, name: str) -> frozenset:
    """The lines of a word file as a set, read whole (a comment line is one string no word equals;
    ~1 ms for 10,000 lines, where a line-by-line parse takes ~10)."""
    try:
        return frozenset(rules_file(folder, name).read_text(encoding="utf-8").split("\n"))
    except OSError:
        return frozenset()


@functools.lru_cache(maxsize=1)
def small_words() -> frozenset:
    """rules/lists/head25_small_words.txt: the words title case leaves in lower case, and contractions."""
    return _lines("lists", "head25_small_words.txt")


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset:
    """rules/lists/head25_function_words.txt: closed-class words."""
    return _lines("lists", "head25_function_words.txt")


@functools.lru_cache(maxsize=1)
def number_names() -> frozenset:
    """rules/lists/head25_number_names.txt: names of a number word and a word ("Six Nations"),
    and their last two words ("Force One" of "Air Force One")."""
    names = set(_lines("lists", "head25_number_names.txt"))
    for n in list(names):
        parts = n.split(" ")
        if len(parts) > 2 and not n.startswith("#"):
            names.add(" ".join(parts[-2:]))
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def verb_words() -> frozenset:
    """rules/subjects/head25_verbs.txt (WordNet's verbs; tools/head25_title_words.py): read only for a
    capitalised word before a number in a title-case line."""
    return _lines("subjects", "head25_verbs.txt")


@functools.lru_cache(maxsize=1)
def title_words() -> frozenset:
    """rules/subjects/head25_title_words.txt (WordNet's words the other lists miss)."""
    return _lines("subjects", "head25_title_words.txt")


@functools.lru_cache(maxsize=1)
def figure_vocab():
    """common_words.txt, the small words and the title words: what the figure finder's view lowers
    (the figure finder has no lexicon)."""
    return _Words(_lines("lists", "common_words.txt"), small_words(), title_words())


def _norm(w: str) -> str:
    return w.lower().replace("\u2019", "'")


def is_title_line(line: str) -> bool:
    """Is ``line`` a headline in title case (see the module's docstring)?"""
    words = _GATE_WORD.findall(line)[1:]
    if len(words) < 3:
        return False
    longw = [w for w in words if len(w) > 3]
    caps = sum(1 for w in longw if w[0].isupper())
    if not longw or caps < _MIN_RATIO * len(longw) or line.count(", ") > 2:
        return False  # (three commas: a list of names, "Giggs (Saha 70), Miller (Fletcher 66), Scholes")
    small = small_words()
    low = 0
    for w in words:
        if w[0].islower() and _norm(w) not in small:
            low += 1
    # one lower-case word in a long line that capitalises almost every other ("... 137 Helicopters
    # since War Began")
    if not (low == 0 or low == 1 and len(longw) >= 6 and caps >= 0.85 * len(longw)):
        return False
    # a capitalised function word ("In", "After", "Has"), or two capitalised common words in a line that
    # is no list ("India Population Passes 1.4 Billion"); not "Giggs (Saha 70), Miller (Fletcher 66)"
    func, vocab = function_words(), figure_vocab()
    common = 0
    for w in words:
        if w[0].isupper() and w[1:].islower():
            lw = _norm(w)
            if lw in func:
                return True
            if lw in vocab:
                common += 1
    return common >= 2 and line.count(",") <= 1


@functools.lru_cache(maxsize=32)
def title_lines(text: str) -> tuple:
    """(start, end) of every line of ``text`` written in title case.  Cheap: a line longer than a
    headline, or with more lower-case than capitalised words, is passed over at once."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        e = text.find("\n", pos)
        if e == -1:
            e = n
        if e - pos <= _MAX_LINE:
            line = text[pos:e]
            parts = line.split()
            if len(parts) >= 4:
                up = 0
                for p in parts:
                    if p[:1].isupper():
                        up += 1
                if up * 2 >= len(parts) and is_title_line(line):
                    out.append((pos, e))
        pos = e + 1
    return tuple(out)


def lowered(text: str, spans: tuple, lower_ok, protected=(), given=frozenset(), before_number=None) -> str:
    """``text`` with its title-case lines (``spans``) in sentence case; same length.  ``lower_ok(w)``:
    may the lower-cased word ``w`` be written in lower case; ``protected``: (start, end) spans of
    names (the gazetteer's) kept as written; ``given``: given names, kept with the capitalised word
    after them ("Bill Gates"); ``before_number(w)``: the test for a word right before a number, in
    place of ``lower_ok`` ("Arrest 40" lowered, "Leopard 2" kept)."""
    chars = None
    prot = sorted(protected)
    for s, e in spans:
        toks = list(_WORD.finditer(text, s, e))
        named = _named(text, toks)
        kept_prev = False  # the word before was a capitalised word kept as a name
        keep_next = False  # a given name's surname, or the word after a number word
        for i, m in enumerate(toks):
            w = m.group()
            a = m.start()
            if not w[0].isupper():
                kept_prev = keep_next = False
                continue
            keep = keep_next
            keep_next = False
            if not keep:
                keep = (_FIRST.fullmatch(text, s, a) is not None or _OPENS.search(text, max(s, a - 3), a) is not None
                        or any(c.isupper() for c in w[1:]) or w in _MONTHS_DAYS
                        or len(w) == 1 and w != "A" or text.startswith(".", m.end()) and len(w) <= 2
                        or kept_prev and w in _NAME_PARTS or i in named or _inside(prot, a, m.end()))
            lw = _norm(w)
            nxt = toks[i + 1].group() if i + 1 < len(toks) and text[m.end():toks[i + 1].start()] == " " else ""
            if nxt[:1].isupper():
                if w + " " + nxt in number_names() or lw in _NUMBER_WORDS and i > 0 and toks[i - 1].group() == "The" \
                        and text[toks[i - 1].end():a] == " ":
                    keep = keep_next = True  # "Six Nations", "Formula One", "The Ten Commandments": a name
                elif w in given and _norm(nxt) not in function_words() and not _VERB_FORM.search(nxt):
                    keep = keep_next = True  # "Did Bill Gates Admit", "Kamala Harris Falsely Claims": a person
            if lw in _NUMBER_WORDS and kept_prev and text[toks[i - 1].end():a] == " ":
                keep = True  # "Xbox One", "BBC Two": a name's number
            if lw in _NUMBER_WORDS and nxt[:1].isupper() and i + 2 < len(toks):
                n2 = toks[i + 2]
                if n2.group()[:1].isupper() and text[toks[i + 1].end():n2.start()] == " " \
                        and (_inside(prot, n2.start(), n2.end()) or not lower_ok(_norm(n2.group()))):
                    keep_next = True  # "Three Leading Democrats": the number word heads a name phrase
            if not keep and before_number is not None and _NUMBER_AFTER.match(text, m.end()):
                if not before_number(lw):
                    keep = True  # "Leopard 2 Tanks": a name before a number
            elif not keep and not lower_ok(lw):
                keep = True  # no common word: a name ("Toomey", "Maricopa")
            if keep:
                kept_prev = i > 0 or not lower_ok(lw)
                continue
            kept_prev = False
            low = w[0].lower()
            if len(low) != 1:
                continue
            if chars is None:
                chars = list(text)
            chars[a] = low
    return text if chars is None else "".join(chars)


def known(w: str, words) -> bool:
    """Is the lower-cased word ``w``, or the base or another inflection of it, in ``words`` (a set,
    or anything with ``in``): "kills": kill, "injures": injured, "carries": carry, "cancelled":
    cancel, "dumbest": dumb, "wealthiest": wealthy?"""
    if w in words:
        return True
    n = len(w)
    if n < 4:
        return False
    if w.endswith("s") and not w.endswith("ss"):
        if w[:-1] in words or w[:-1] + "d" in words or w[:-1] + "ed" in words:
            return True
        if w.endswith("es") and w[:-2] in words:
            return True
        return w.endswith("ies") and w[:-3] + "y" in words
    if w.endswith("ed"):
        return w[:-2] in words or w[:-1] in words or n > 5 and w[-3] == w[-4] and w[:-3] in words \
            or w.endswith("ied") and w[:-3] + "y" in words
    if w.endswith("ing") and n > 5:
        return w[:-3] in words or w[:-3] + "e" in words or w[:-3] + "ed" in words \
            or w[-4] == w[-5] and w[:-4] in words
    if w.endswith("est") and n > 5:
        return w[:-3] in words or w[:-2] in words or w.endswith("iest") and w[:-4] + "y" in words \
            or w[-4] == w[-5] and w[:-4] in words
    return False


class _Words:
    """Several word sets read as one (``in``)."""

    __slots__ = ("sets",)

    def __init__(self, *sets):
        self.sets = sets

    def __contains__(self, w) -> bool:
        for s in self.sets:
            if w in s:
                return True
        return False


def _named(text: str, toks: list) -> set:
    """Indices of the words a name part keeps: itself and up to ``_NAME_REACH`` capitalised words
    right before it, no small word among them ("Congressional Reform Act", "Supreme Court"; not "Of"
    in "Members Of Congress")."""
    out = set()
    small = None
    for i, m in enumerate(toks):
        if i == 0 or m.group() not in _NAME_PARTS:
            continue
        small = small or small_words()
        j = i
        while j > 0 and i - j < _NAME_REACH:
            p = toks[j - 1]
            w = p.group()
            if not w[0].isupper() or _norm(w) in small or text[p.end():toks[j].start()] != " ":
                break
            j -= 1
        if j < i:
            out.update(range(j, i + 1))
    return out


def _inside(spans: list, a: int, b: int) -> bool:
    for s, e in spans:
        if s <= a and b <= e:
            return True
        if s > a:
            break
    return False


# --------------------------------------------------------------------------
# the figure finder's view


def figure_view(text: str, designations=frozenset(), names=frozenset()) -> str:
    """The sentence-case view the figure finder reads (``text`` itself when no line is in title
    case): common words lowered, except the figure finder's designations ("Article 17", "Windows
    10"), and the names the caller knows that look like verbs ("Reading 3"), which stay names before a
    number."""
    spans = title_lines(text)
    if not spans:
        return text
    vocab = figure_vocab()
    small, verbs = small_words(), verb_words()
    return lowered(text, spans, lambda w: w not in designations and known(w, vocab),
                   before_number=lambda w: w not in designations and w not in names
                   and (w in small or known(w, verbs)))


def restore_figures(text: str, figs) -> tuple:
    """Figures found on the view, with the original's wording (same offsets)."""
    from dataclasses import replace  # noqa: PLC0415

    out = []
    for f in figs:
        kw = {}
        t = text[f.start:f.end]
        if t != f.text:
            kw["text"] = t
        if f.hedge and f.number_start is not None and f.number_start > f.start:
            h = text[f.start:f.number_start].strip()
            if h and h != f.hedge and h.lower() == f.hedge.lower():
                kw["hedge"] = h
        out.append(replace(f, **kw) if kw else f)
    return tuple(out)


# --------------------------------------------------------------------------
# the claims stage's view


def claims_view(text: str, lex) -> str:
    """The sentence-case view the claims stage reads (``text`` itself when no line is in title
    case or none of its words is lowered): a word is lowered when it, or its base form, is a common
    word, a WordNet word or a small word of the lexicon, and no name of the gazetteer (entity
    aliases, countries, demonyms, places, organisations) or person the lexicon knows covers it."""
    spans = title_lines(text)
    if not spans:
        return text
    prot = []
    persons = lex.persons or {}
    for s, e in spans:
        prot.extend(m.span() for m in lex.entity_rx.finditer(text, s, e))
        for m in _WORD.finditer(text, s, e):
            if m.group() in persons:
                prot.append(m.span())
    vocab = _Words(small_words(), lex.common, lex.words, lex.openers, title_words(), lex.topics or ())

    def lower_ok(w: str) -> bool:
        return known(w, vocab)

    return lowered(text, spans, lower_ok, prot, lex.given)


def restore_claims(text: str, view: str, claims, drop_rules=frozenset()) -> list:
    """Claims typed on the view, with the original's wording: the figure as written and its
    sentence (same offsets); a claim of a rule in ``drop_rules`` on a title-case line is left out."""
    from dataclasses import replace  # noqa: PLC0415

    out = []
    spans = title_lines(text)
    for c in claims:
        if c.rule in drop_rules and any(s <= c.start < e for s, e in spans):
            continue
        kw = {}
        t = text[c.start:c.end]
        if c.text == view[c.start:c.end] and t != c.text:
            kw["text"] = t
        if c.sentence:
            o = view.rfind(c.sentence, 0, c.start + len(c.sentence))
            if o >= 0:
                sent = text[o:o + len(c.sentence)]
                if sent != c.sentence:
                    kw["sentence"] = sent
        out.append(replace(c, **kw) if kw else c)
    return out
