"""German texts: tell them apart cheaply, and let the figure finder read their numbers.

``is_german(text)`` is a stopword-ratio test: the share of the first words of a text that are
German function words (``rules/lists/de24_stopwords.txt``, none of them a common English word).
An English text never reaches it; a German sentence of six words does.

``english_view(text)`` rewrites the figures' wording of a German text into the English wording
the figure finder (``ledger/figures.py``) reads -- "1.500" as "1,500", "3,5" as "3.5",
"2,3 Millionen Euro" as "2.3 million euros", "rund 300" as "about 300", "am 3. März 2021" as
"am 3 March 2021" (``rules/figures/de24_german.tsv``) -- and returns the rewritten text with an
offset map.  ``figures.find_figures`` and ``figures.find_dates`` run on the view and map every
offset back, so a figure keeps the German words as written ("2,3 Millionen Euro") and its
offsets into the document; only its value, unit and interval come from the English reading.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import replace

import regex

from .cache import compile_cached
from .paths import rules_file

#: words of a text read by the stopword test (the first ones: a headline and a lead are enough)
_WINDOW = 3000
#: at least this many German words, and at least this share of all words (German texts of QuanTemp
#: have 38-56%, English ones at most 10%, BBC articles at most 1.4%)
_MIN_HITS = 2
_MIN_SHARE = 0.25

_WORD = compile_cached(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    out = set()
    # (de25_words: German content words of the short claim, "In Deutschland kostet Benzin derzeit ...")
    for name in ("de24_stopwords.txt", "de25_words.txt"):
        for line in rules_file("lists", name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(line.lower())
    return frozenset(out)


def is_german_word(word: str) -> bool:
    """Is the word one of the German function or claim words the language test counts ("alle", "die")?"""
    return word.lower() in _stopwords()


#: endings of German nouns and adjectives no English word of seven letters or more has
#: ("Impfung", "Nebenwirkungen", "Sicherheit", "Mehrheit", "Gesellschaft", "tatsächlich", "politische")
_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "lich", "liche", "lichen", "ische", "ischen", "ischer",
             "ieren", "iert", "ierte", "ierten")
#: endings of German number words ("dreiundzwanzig", "zweitausend"): read by compound_number
_NUM_ENDS = ("zig", "ßig", "zehn", "hundert", "tausend", "einhalb")
#: English words and names with such an ending
_NOT_SUFFIXED = frozenset(("samsung", "kaohsiung"))


def _suffixed(w: str) -> bool:
    """A German word by its form (de25): seven letters or more ending in -ung, -heit, -keit,
    -schaft, -lich, -ische(n/r), -ieren, -iert(e/n); "Bundes-"; a number word of several parts."""
    if len(w) >= 7 and w.endswith(_SUFFIXES) and w not in _NOT_SUFFIXED:
        return True
    # ("Bundestag", "Bundesländer"; a number word of several parts, "dreiundzwanzig")
    return w.startswith("bundes") or w.endswith(_NUM_ENDS) and compound_number(w) is not None


@functools.lru_cache(maxsize=64)
def is_german(text: str) -> bool:
    """Is ``text`` German: two or more different German words (the function words and figure words
    of rules/lists/de24_stopwords.txt, words with an umlaut or "ß"), making at least a quarter of
    its first words?  (Reads no other table: an English text costs one pass over its words.)"""
    if not text:
        return False
    words = _WORD.findall(text[:_WINDOW].lower())
    if not words:
        return False
    sw = _stopwords()
    found = [w for w in words if w in sw or _UMLAUT.search(w) is not None or _suffixed(w)]
    # (two different words: "die die" is no German)
    return len(found) >= _MIN_HITS and len(found) >= _MIN_SHARE * len(words) and len(set(found)) >= _MIN_HITS


_UMLAUT = compile_cached(r"[äöüß]")


# --------------------------------------------------------------------------
# the English view of a German text


class _Table:
    def __init__(self):
        self.after: dict = {}  # lower-case German -> (english, plural)
        self.before: dict = {}
        self.any_ci: dict = {}
        self.any_cs: dict = {}  # case kept
        self.between: dict = {}
        path = rules_file("figures", "de24_german.tsv")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise ValueError(f"{path}:{n}: expected context, german, english")
            ctx, de, en = cols[0], cols[1], cols[2]
            plural = cols[3] if len(cols) > 3 and cols[3] else None
            if ctx == "after":
                self.after[de.lower()] = (en, plural)
            elif ctx == "before":
                self.before[de.lower()] = en
            elif ctx == "between":
                self.between[de.lower()] = en
            elif ctx == "any":
                self.any_ci[de.lower()] = en
            elif ctx == "any!":
                self.any_cs[de] = en
            else:
                raise ValueError(f"{path}:{n}: unknown context {ctx!r}")
        phrases = sorted(set(self.after) | set(self.before) | set(self.any_ci) | set(self.between), key=len,
                         reverse=True)
        cs = sorted(self.any_cs, key=len, reverse=True)
        alt = "|".join(regex.escape(p).replace(r"\ ", r"[ \u00a0]+") for p in phrases)
        alt_cs = "|".join(regex.escape(p) for p in cs)
        months = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
        self.rx = compile_cached(
            # "3.3.2021": a day, a month and a year
            r"(?P<dmy>(?<![\d.,])[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?![\d]|[.,]\d))"
            # "1.500", "2.000.000", "1.500,75": thousands with dots
            r"|(?P<th>(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d]|[.,]\d))"
            # "3,5": a decimal comma (no space after it; "3, 5" is a list)
            r"|(?P<dec>(?<![\d.,])\d+,\d+(?![\d]|[.,]\d))"
            # "3. März": a day before a month name
            r"|(?P<day>(?<![\d.,])[0-3]?\d\.)(?=[ \u00a0]+(?:" + months + r")\b)"
            # "80-Jährige", "80-jähriger": an age
            r"|(?<=\d)(?P<jahr>-[Jj]ährige[nrms]?)(?!\p{L})"
            # "dreiundzwanzig", "zweitausend", "dreieinhalb": a number word of several parts (de25)
            r"|(?<![\p{L}\p{N}])(?P<num>(?i:" + _NUM_PARTS + r"){2,})(?![\p{L}\p{N}])"
            r"|(?<![\p{L}\p{N}])(?P<w>(?i:" + alt + r"))(?![\p{L}\p{N}])"
            r"|(?<![\p{L}\p{N}])(?P<cs>" + alt_cs + r")(?![\p{L}\p{N}])"
            # "in Bayern 300 Fälle", "laut RKI 300", "der Ukraine 31 Panzer", "nach der Impfung 120",
            # "jedes Jahr 300 Vögel": a place or a source after a preposition, a state's name, a noun
            # by its German ending or a noun of time, not a designation ("Windows 10", "Leopard 2");
            # read in lower case (de25); never before a year
            r"|(?<![\p{L}\p{N}-])(?P<cap>\p{Lu}[\p{L}-]*)(?=[ \u00a0](?!(?:1\d|20)\d\d(?![\d.,]))\d)",
            regex.VERSION1)
        self.numberish = frozenset(k for k, v in self.any_ci.items() if not v.startswith(("yesterday", "today")))


# --------------------------------------------------------------------------
# German number words of several parts (de25)

_UNITS = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
          "neun": 9}
_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
          "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
         "neunzig": 90}
#: the parts a number word is written of (longest first: "sechzehn" before "sechs")
_NUM_PARTS = "|".join(sorted(set(_UNITS) | set(_TEENS) | set(_TENS) | {"hundert", "tausend", "und", "einhalb"},
                             key=len, reverse=True))
_BELOW_100 = {**_UNITS, **_TEENS, **_TENS}
for _t, _tv in _TENS.items():
    for _u, _uv in _UNITS.items():
        if _u != "eins":
            _BELOW_100[_u + "und" + _t] = _tv + _uv
del _t, _tv, _u, _uv


def _below_1000(w: str):
    """ "dreihundertzwölf" -> 312; "hundert" -> 100; None when ``w`` is no such number."""
    if not w:
        return 0
    if "hundert" in w:
        head, _, rest = w.partition("hundert")
        h = 1 if head in ("", "ein") else _UNITS.get(head)
        if h is None or head == "eins":
            return None
        r = _BELOW_100.get(rest) if rest else 0
        return None if r is None else h * 100 + r
    return _BELOW_100.get(w)


def compound_number(word: str):
    """The value of a German number word of several parts: "dreiundzwanzig" 23, "zweitausend" 2000,
    "zweihundertfünfzigtausend" 250000, "dreieinhalb" 3.5; None for any other word (de25)."""
    w = word.lower()
    if w.endswith("einhalb"):
        if w == "einhalb":
            return None
        n = compound_number(w[:-7]) if w[:-7] not in _BELOW_100 else _BELOW_100[w[:-7]]
        return None if n is None or isinstance(n, float) else n + 0.5
    if "tausend" in w:
        head, _, rest = w.partition("tausend")
        t = 1 if head in ("", "ein") else _below_1000(head)
        r = _below_1000(rest)
        if not t or r is None or head == "eins":
            return None
        return t * 1000 + r
    return _below_1000(w)


#: German nouns of time before a count: "jedes Jahr 300 Vögel", "im vergangenen Jahr 50 Schulen" (de25)
_TIME_NOUNS = frozenset(("Jahr", "Jahres", "Monat", "Monats", "Woche", "Tag", "Tages", "Quartal", "Halbjahr",
                         "Wochenende", "Winter", "Sommer", "Frühjahr", "Herbst", "Montag", "Dienstag", "Mittwoch",
                         "Donnerstag", "Freitag", "Samstag", "Sonntag", "Zeitraum", "Vorjahr"))
#: a count (not a year) right after a word
_BEFORE_COUNT = compile_cached(r"[ \u00a0](?!(?:1\d|20)\d\d(?![\d.,]))\d")


def _no_designation(text: str, s: int, w: str) -> bool:
    """Is the capitalised word ``w`` at ``s``, before a number, no designation ("Windows 10")?"""
    return _PREP_BEFORE.search(text, max(0, s - 6), s) is not None or w in _states() or w in _TIME_NOUNS \
        or _suffixed(w.lower())


_PREP_BEFORE = compile_cached(r"(?<![\p{L}])(?i:in|im|auf|aus|nach|laut|bei)[ \u00a0]\Z")


@functools.lru_cache(maxsize=1)
def _states() -> frozenset:
    """The one-word names of states in the gazetteer's English and German lists (countries.txt,
    de24_places.txt): "der Ukraine 31 Panzer" names a state, not a designation (de25)."""
    out = set()
    for name in ("countries.txt", "de24_places.txt"):
        for line in rules_file("lists", name).read_text(encoding="utf-8").splitlines():
            alias = line.split("=>", 1)[0].strip()
            if alias and not alias.startswith("#") and " " not in alias and alias[:1].isupper():
                out.add(alias)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table()


_NUM_BEFORE = compile_cached(r"(?:\d[\d.,]*|%)[ \u00a0]*\Z")
_NUM_AFTER = compile_cached(r"[ \u00a0]+(?:\d|(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|"
                            r"dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|"
                            r"tausende|hunderte|dutzende|zehntausende|hunderttausende|ein|eine|einem|der|die)\b)")


@functools.lru_cache(maxsize=1)
def _num_word_after():
    """ "mehr als zweihundert": a number word of several parts after a hedge (de25).  Compiled on a
    German text's first use: its program does not go into the pattern cache, and an English run
    never needs it."""
    return compile_cached(r"[ \u00a0]+(?i:(?:" + _NUM_PARTS + r"){2,})(?![\p{L}])", regex.VERSION1)


def _number_after(text: str, e: int) -> bool:
    return _NUM_AFTER.match(text, e) is not None or _num_word_after().match(text, e) is not None


_PRO_BEFORE = compile_cached(r"(?<![\p{L}])pro[ \u00a0]+\Z")
_PREV_WORD = compile_cached(r"(\p{L}[\p{L}.-]*)[ \u00a0]+\Z")


def _number_before(text: str, s: int, t: _Table) -> bool:
    """A number (digits, a number word, a scale word or a currency word) right before ``s``."""
    lo = max(0, s - 40)
    if _NUM_BEFORE.search(text, lo, s):
        return True
    m = _PREV_WORD.search(text, lo, s)
    if m is None:
        return False
    w = m.group(1)
    wl = w.lower()
    if wl in t.numberish or w in t.any_cs and t.any_cs[w] in ("eight", "eleven"):
        return True
    got = t.after.get(wl)
    if got is not None and (wl != "pro") and _number_before(text, m.start(), t):
        return True  # "2,3 Millionen Euro", "5 Euro pro"
    return wl == "pro" or w in ("per",)


class View:
    """A rewritten text and the map from its offsets back to the original's."""

    __slots__ = ("text", "_new", "_old", "_new_end", "_old_end", "_cut")

    def __init__(self, text: str, pieces: list):
        # pieces: (old_start, old_end, new_text, cut), in order, not overlapping; cut: a figure
        # that ends inside the piece ends before it ("80-year" of "80-year-old" for "80-Jährige")
        out = []
        self._new, self._old, self._new_end, self._old_end, self._cut = [], [], [], [], []
        pos = 0
        npos = 0
        for s, e, rep, cut in pieces:
            self._cut.append(cut)
            out.append(text[pos:s])
            npos += s - pos
            self._new.append(npos)
            self._old.append(s)
            out.append(rep)
            npos += len(rep)
            self._new_end.append(npos)
            self._old_end.append(e)
            pos = e
        out.append(text[pos:])
        self.text = "".join(out)

    def start(self, p: int) -> int:
        """The original offset of a start offset ``p`` in the view."""
        i = bisect.bisect_right(self._new, p) - 1
        if i < 0:
            return p
        if p < self._new_end[i]:
            return self._old[i]  # inside a rewritten piece: its start
        return self._old_end[i] + (p - self._new_end[i])

    def end(self, p: int) -> int:
        """The original offset of an end offset ``p`` (exclusive) in the view."""
        i = bisect.bisect_left(self._new_end, p)
        if i < len(self._new) and self._new[i] < p <= self._new_end[i]:
            if self._cut[i] and p < self._new_end[i]:
                return self._old[i]  # "80-year" of "80-year-old": the figure is "80" of "80-Jährige"
            return self._old_end[i]  # inside or at the end of a rewritten piece: its end
        i = bisect.bisect_right(self._new_end, p) - 1
        if i < 0:
            return p
        return self._old_end[i] + (p - self._new_end[i])


@functools.lru_cache(maxsize=16)
def english_view(text: str) -> View:
    t = _table()
    pieces = []
    for m in t.rx.finditer(text):
        s, e = m.span()
        g = m.lastgroup
        if g == "num":
            n = compound_number(m.group())
            if n is None:
                continue
            rep = f"{n:,}" if isinstance(n, int) else str(n)
        elif g == "cap":
            if not _no_designation(text, s, m.group()):
                continue
            rep = m.group().lower()
        elif g == "dmy":
            rep = m.group().replace(".", "/")
        elif g == "th":
            rep = m.group().replace(".", "\0").replace(",", ".").replace("\0", ",")
        elif g == "dec":
            rep = m.group().replace(",", ".")
        elif g == "day":
            rep = m.group()[:-1]
        elif g == "jahr":
            rep = "-year-old"
        elif g == "cs":
            rep = t.any_cs[m.group()]
            if rep == "per" and not _number_before(text, s, t):
                continue  # "pro Kopf" after no figure: leave it
        else:
            w = " ".join(m.group().split())
            wl = w.lower()
            if wl in t.between:
                if not _number_after(text, e) or not _number_before(text, s, t):
                    continue
                rep = t.between[wl]
            elif wl in t.after:
                en, plural = t.after[wl]
                if _PRO_BEFORE.search(text, max(0, s - 8), s):
                    rep = en[:-1] if en.endswith("s") else en  # "pro Liter": "per litre"
                elif _number_before(text, s, t):
                    rep = en
                elif plural is not None:
                    rep = plural
                elif w in _TIME_NOUNS and _BEFORE_COUNT.match(text, e) is not None:
                    rep = w.lower()  # "jedes Jahr 300 Vögel": no designation
                else:
                    continue
            elif wl in t.before:
                if not _number_after(text, e):
                    continue
                rep = t.before[wl]
            else:
                rep = t.any_ci[wl]
                if w[:1].isupper() and rep[:1].islower() and wl not in ("tausende", "hunderte", "dutzende"):
                    rep = rep[:1].upper() + rep[1:]  # "Zwei Drittel" opens a sentence
        if rep != m.group():
            pieces.append((s, e, rep, g == "jahr"))
    return View(text, pieces)


def map_figures(text: str, view: View, figs) -> tuple:
    """The figures found in ``view.text``, with offsets and wording of ``text``."""
    out = []
    for f in figs:
        s, e = view.start(f.start), view.end(f.end)
        kw = {"start": s, "end": e, "text": text[s:e]}
        if f.number_start is not None:
            kw["number_start"] = view.start(f.number_start)
        if f.number_end is not None:
            kw["number_end"] = view.end(f.number_end)
        if f.hedge and f.number_start is not None and f.number_start > f.start:
            kw["hedge"] = text[s:kw["number_start"]].strip() or f.hedge  # "rund", not "about"
        out.append(replace(f, **kw))
    return tuple(out)


def map_dates(text: str, view: View, dates) -> tuple:
    out = []
    for d in dates:
        s, e = view.start(d.start), view.end(d.end)
        out.append(replace(d, start=s, end=e, text=text[s:e]))
    return tuple(out)


def not_german(rules: list) -> list:
    """The rules that are not German rules (group ``de``: rules/de/), for a document that is not German."""
    return [r for r in rules if "de" not in r.groups]
