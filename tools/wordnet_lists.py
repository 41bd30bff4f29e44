"""Generate the ``rules/lists/wordnet_*.txt`` noun lists from WordNet.

    python tools/wordnet_lists.py [--wordnet DIR] [--rules DIR] [--out DIR] [--stats]

Reads a WordNet 3.0 dictionary folder (default /usr/share/wordnet, Debian's
``wordnet-base``: ``index.noun``, ``data.noun``, ``noun.exc``, ``cntlist.rev``)
and writes one plain-text word list per class the broad count rules use
(rules/*/WN*.yml).  The lists are shipped text: neither CI nor users need
WordNet installed, and the lists can be edited like any other list (rerunning
this script overwrites them: edit the filters here instead, or add words to a
hand-written list, which wins).

A lemma is kept for a class when:

* its MOST FREQUENT sense (the first one index.noun lists) belongs to the
  class (a lexicographer file: noun.person, noun.animal, ...), and, for the
  document and event classes, sits under one of the class's countable
  hypernyms (a written document, a message; a crime, an operation...);
* that sense dominates: where SemCor tag counts (cntlist.rev) give 3 or more
  tagged uses, at least ``DOMINANCE`` of them are senses of the class; where
  they give fewer, at least half of the lemma's senses are in the class
  ("buck": a sawhorse first, but also a dollar, a man and a deer, is dropped);
* it is one lower-case word (no proper nouns, no multi-word lemmas) of 3+
  letters;
* no sense among its first three, and none with a tag count, is a unit or a
  number (noun.quantity), a time word (noun.time) or money (noun.possession);
* it is not mostly a verb (SemCor uses as a verb outnumber its uses as a
  noun: "kills", "falls"), and
* neither it nor its plural is already in a word list a hand-written
  count-of-noun rule (kind head_noun) names: that rule owns those words.
  The people rules' lists (metric ``people.{noun}``, PPL001/PPL130) are the
  exception for the people class: their excludes do not judge the word but
  leave the figure to a casualty, arrest or crowd rule ("40 nurses were
  killed"), and when none of those types it the broad rule, which any named
  rule beats, should count the nurses rather than the fallback count.nurse.

"people" is the one lemma moved by hand: its first sense is noun.group, but
"20 million people" counts persons (``EXTRA`` below).

Each lemma is written as its plural (noun.exc for irregular plurals, English
spelling rules otherwise): a number before a noun in the singular is mostly
a modifier ("a 20 megapixel camera").  A plural that WordNet lists as a lemma
of its own in another class ("glasses", "arms", "goods") is left out.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

#: lexicographer file number -> name (WordNet's lexnames)
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
            "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
            "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
            "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
            "noun.substance noun.time").split()

#: list name -> (lexicographer files, countable hypernyms or None, what the list is for)
CLASSES = {
    "people": (("noun.person",), None, "people by role, trait or occupation (rule WNP205, people.{noun})"),
    # groups of people, not collections of things ("categories", "sets")
    "groups": (("noun.group",), ("social_group", "gathering", "people", "kin_group"),
               "groups and organisations of people (rule WNG206, groups.{noun})"),
    "animals": (("noun.animal",), None, "animals (rule WNA207, animals.{noun})"),
    "plants": (("noun.plant",), None, "plants and trees (rule WNL208, plants.{noun})"),
    "food": (("noun.food",), None, "food and drink (rule WNF209, food.{noun})"),
    "things": (("noun.artifact",), None, "man-made objects, structures and facilities (rule WNT210, things.{noun})"),
    # the countable, document-like part of noun.communication: not words, languages, signals
    "documents": (("noun.communication",),
                  ("document", "publication", "print_media", "broadcast", "electronic_communication",
                   "missive", "record"),
                  "documents, messages, publications and broadcasts (rule WND211, documents.{noun})"),
    # countable occurrences: acts and events under these hypernyms, not states or activities in general
    "events": (("noun.act", "noun.event"),
               ("crime", "attack", "operation", "medical_procedure", "accident", "incident",
                "killing", "shooting", "arrest", "fight", "military_action", "contest",
                "social_event", "meeting", "trip", "journey", "visit", "ceremony", "disaster",
                "calamity", "death", "legal_action", "proceeding", "protest", "strike",
                "examination", "campaign", "raid", "robbery", "theft", "explosion", "collision",
                "crash", "sale", "purchase"),
               "countable acts and events: crimes, attacks, operations, accidents, meetings "
               "(rule WNE212, events.{noun})"),
}

#: measurable quantities (the broad change, level, share and money rules): list name ->
#: (lexicographer files, hypernyms (synset words), what the list is for).  A sense is of the
#: class when its file is one of the files or a hypernym is one of those named, and it is no
#: unit, number or time (under definite_quantity, or noun.time other than a rate).  The lists
#: hold singular and plural forms ("inflation", "taxes") and WordNet's two-word compounds
#: ("interest rate", "crime rate"): the rules name a quantity, most often a mass noun.
MEASURES = {
    "money": (("noun.possession",), (),
              "sums of money and what they are: taxes, wages, revenue, profits, debts, fees, rents "
              "(rule WNM217, money.{noun}; with quantities in WNC213, WNV214, WNV215, WNS216)"),
    "quantities": (("noun.possession",),
                   # magnitudes (a deficit, a surplus), measures (temperature), rates and speeds,
                   # prices and values, economic processes (inflation), a state that is a
                   # share of a population (unemployment, poverty, debt)
                   ("magnitude", "fundamental_quantity", "magnitude_relation", "monetary_value",
                    "economic_process", "financial_condition", "indebtedness", "unemployment",
                    "economic_growth", "payment", "pace"),
                   "measurable quantities: money, magnitudes, rates, prices, temperatures, inflation, "
                   "unemployment (rules WNC213 change.{noun}, WNV214/WNV215 level.{noun}, WNS216 share.{noun})"),
}
#: words of the class that name no quantity of their own ("the total is 5", "the rate is 4%"):
#: kept only inside a compound ("interest rate", "sea level", "market value")
GENERIC = set("""amount sum total number figure average quantity level value proportion percentage
ratio share part fraction portion rate count measure magnitude size extent degree increase decrease
rise fall gain loss change difference balance margin mean median maximum minimum majority minority
record high low peak bulk whole half quarter lot deal plenty batch dose""".split())
#: units WordNet files as rates or ratios (noun.time, noun.relation), a few idioms, and two plural
#: lemmas that read as generic words ("rates": British local taxes, read as interest rates; "things":
#: belongings, read as anything), left out
MEASURE_DROP = set("""gigahertz megahertz kilohertz terahertz khz kilocycle megacycle gigacycle rpm bps
kph wpm bpm pct percent meq milliequivalent rydberg candlepower utmost uttermost overmuch bellyful
indention rates things""".split()) | {"per centum", "quick time", "double time", "f number", "stop number", "level best",
                          "silver spoon", "blank space", "rydberg unit", "rydberg constant"}
#: hypernyms (synset words) of a unit, a number or a time: such a sense blocks a lemma
UNIT_ANCESTORS = {"definite_quantity", "unit_of_measurement", "time_unit", "time_period"}
#: measurable quantities of the news whose most frequent WordNet sense is in another class (read
#: by hand: an act, "investing"; a group, "population"; a product, "output"; an all-capitals
#: abbreviation, "GDP", which the class test leaves out with the proper names): list name ->
#: lemmas, written with the class's own (singular and plural forms).  Only these words: a word
#: whose quantity sense WordNet ranks first is the class test's to find, not this list's
MEASURE_EXTRA = {
    "quantities": """output production consumption investment growth lending borrowing capacity population
                     import export reserve deposit valuation capitalization capitalisation exposure yield
                     attendance gdp gnp vat""".split(),
    "money": """investment lending borrowing import export reserve deposit valuation capitalization
                capitalisation gdp gnp vat""".split(),
}

#: senses that make a word a unit, a number, a time or money ("16 bucks", "three dozen")
#: lemmas put in a list whatever their class (the list, the plural form)
EXTRA = {"people": ("people", "people")}
#: plural forms left out by hand: troops are counted by the military rules as soldiers, not as
#: groups ("2,000 troops" is a headcount, though a troop's first sense is a group)
DROP = {"troops"}
BLOCKING = ("noun.quantity", "noun.time", "noun.possession")
DOMINANCE = 0.7
#: (cnt24) "mostly a verb" needs more than this many SemCor uses as a verb: a noun SemCor tags
#: rarely or never is no verb for one or two verb tags ("heists", "boycotts", "massacres",
#: "tunnels", "exiles" were left out for a verb use or two against no noun use)
VERB_FLOOR = 2
#: (cnt24) forms the floor would let in that read as a verb or as another word after a figure:
#: left out by hand ("three subs" in sport are substitutes, not sandwiches)
VERB_FLOOR_DROP = set("""subs chucks plummets garners tampers teeters squirts whizes retards
gawks goofs jilts flirts swaggers snoops""".split())
#: lists of the project that are not vocabulary (names, status words, common words)
NOT_VOCABULARY = {"entity_aliases", "countries", "demonyms", "capitals", "organisations",
                  "us_states", "places", "common_words", "status", "state_words"}

LICENCE = """\
WordNet Release 3.0. This software and database is being provided to you, the
LICENSEE, by Princeton University under the following license. By obtaining,
using and/or copying this software and database, you agree that you have read,
understood, and will comply with these terms and conditions.:
Permission to use, copy, modify and distribute this software and database and
its documentation for any purpose and without fee or royalty is hereby granted,
provided that you agree to comply with the following copyright notice and
statements, including the disclaimer, and that the same appear on ALL copies of
the software, database and documentation, including modifications that you make
for internal use or for distribution.
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF
MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE
LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY
PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
The name of Princeton University or Princeton may not be used in advertising or
publicity pertaining to distribution of the software and/or database. Title to
copyright in this software, database and any associated documentation shall at
all times remain with Princeton University and LICENSEE agrees to preserve same."""


def read_data(path: Path, lexname, pos: str):
    """(lexicographer file, word forms, hypernym offsets) by synset offset of a
    data.POS file; ``lexname`` maps a file number to its name."""
    lexfile: dict[str, str] = {}  # synset offset -> lexicographer file name
    words: dict[str, list[str]] = {}  # offset -> word forms as written
    hypernyms: dict[str, list[str]] = {}  # offset -> hypernym offsets
    with open(path, encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" ") or not line.strip():
                continue  # the licence header
            head = line.split(" | ", 1)[0].split()
            off, lexnum, nwords = head[0], int(head[1]), int(head[3], 16)
            lexfile[off] = lexname(lexnum)
            words[off] = [head[4 + 2 * i] for i in range(nwords)]
            rest = head[4 + 2 * nwords:]
            hyp = []
            for i in range(int(rest[0])):
                sym, target, tpos = rest[1 + 4 * i: 4 + 4 * i]
                if sym in ("@", "@i") and tpos == pos:
                    hyp.append(target)
            hypernyms[off] = hyp
    return lexfile, words, hypernyms


def read_index(path: Path) -> dict[str, list[str]]:
    """lemma -> synset offsets, most frequent first, of an index.POS file."""
    senses: dict[str, list[str]] = {}
    with open(path, encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" ") or not line.strip():
                continue
            p = line.split()
            n, ptrs = int(p[2]), int(p[3])
            senses[p[0]] = p[4 + ptrs + 2:4 + ptrs + 2 + n]
    return senses


class _Synsets:
    """What the noun and verb halves share: synsets' words and hypernyms."""

    words: dict
    hypernyms: dict
    _ancestors: dict

    def ancestors(self, off: str) -> frozenset:
        """Lemmas of every hypernym of a synset (and of the synset itself)."""
        got = self._ancestors.get(off)
        if got is None:
            got = self._ancestors[off] = self.walk_up(off, lambda ws: ws)
        return got

    def walk_up(self, off: str, pick) -> frozenset:
        """The words ``pick`` takes from each synset's lemmas, over a synset and
        all its hypernyms (lower case, without WordNet's "(a)" markers)."""
        seen, todo, names = set(), [off], set()
        while todo:
            o = todo.pop()
            if o in seen:
                continue
            seen.add(o)
            names.update(w.lower().split("(")[0] for w in pick(self.words.get(o, ())))
            todo.extend(self.hypernyms.get(o, ()))
        return frozenset(names)


def read_counts(folder: Path, pos: str) -> dict[str, dict[int, int]]:
    """SemCor tag counts (cntlist.rev) of one part of speech ("1" nouns, "2"
    verbs): {lemma: {sense number: tagged uses}}; empty without the file."""
    counts: dict[str, dict[int, int]] = collections.defaultdict(dict)
    cnt = folder / "cntlist.rev"
    if cnt.is_file():
        with open(cnt, encoding="latin-1") as fh:
            for line in fh:
                p = line.split()
                if len(p) == 3 and f"%{pos}:" in p[0]:
                    counts[p[0].split("%", 1)[0].lower()][int(p[1])] = int(p[2])
    return counts


def dominates(ins: list, counts: dict, untagged_share: int = 2) -> bool:
    """Is the class the lemma's dominant one (``ins[n - 1]``: sense n is in
    it)?  With 3 or more tagged uses, at least DOMINANCE of them; with fewer,
    at least 1/``untagged_share`` of its senses."""
    tagged = sum(counts.values())
    if tagged >= 3:
        return sum(k for n, k in counts.items() if n <= len(ins) and ins[n - 1]) / tagged >= DOMINANCE
    return sum(ins) * untagged_share >= len(ins)


def single_forms(wn) -> dict[str, set]:
    """{past form: the one-word lemmas it is a form of}: a form of two verbs
    is ambiguous."""
    other: dict[str, set] = collections.defaultdict(set)
    for lemma in wn.senses:
        if "_" not in lemma:
            for form in past_forms(lemma, wn):
                other[form].add(lemma)
    return other


class WordNet(_Synsets):
    """The noun half of a WordNet dictionary folder."""

    def __init__(self, folder: Path):
        self.lexfile, self.words, self.hypernyms = read_data(folder / "data.noun", LEXNAMES.__getitem__, "n")
        self.senses: dict[str, list[str]] = read_index(folder / "index.noun")  # lemma -> offsets
        self.counts = read_counts(folder, "1")  # lemma -> {sense no: tags}
        self.verb_counts: dict[str, int] = {  # lemma -> tagged uses as a verb
            lemma: sum(tags.values()) for lemma, tags in read_counts(folder, "2").items()}
        self.plural_of: dict[str, str] = {}  # base -> irregular plural
        exc = folder / "noun.exc"
        if exc.is_file():
            with open(exc, encoding="latin-1") as fh:
                for line in fh:
                    p = line.split()
                    if len(p) >= 2 and p[1] != p[0]:
                        self.plural_of.setdefault(p[1], p[0])
        self.names: dict[str, set] = {}  # offset -> {synset names} for the hypernym filters
        self._ancestors: dict[str, frozenset] = {}

    def classes(self, lemma: str) -> list[str]:
        return [self.lexfile[o] for o in self.senses.get(lemma, ())]

    def proper(self, lemma: str) -> bool:
        """Is the first sense's word form capitalised (a name, "American")?"""
        offs = self.senses.get(lemma)
        if not offs:
            return False
        forms = [w for w in self.words.get(offs[0], ()) if w.lower().split("(")[0] == lemma]
        return bool(forms) and all(not f[:1].islower() for f in forms)


#: -man words whose plural is -mans
_MANS = {"human", "shaman", "talisman", "caiman", "cayman", "ottoman", "dolman", "walkman", "german",
         "roman", "desman", "ataman", "hetman", "shopman"}


#: vessels in -craft: the plural is the singular ("two aircraft", "three spacecraft"); WordNet's
#: noun.exc lists only plurals that differ, and "aircrafts" is no English
_CRAFT = ("aircraft", "spacecraft", "hovercraft", "watercraft")


def plural(lemma: str, wn: WordNet) -> str:
    if lemma in wn.plural_of:
        return wn.plural_of[lemma]
    if lemma.endswith(_CRAFT):
        return lemma
    if lemma.endswith("s") and any(b in wn.senses for b in (lemma[:-1], lemma[:-2], lemma[:-3] + "y")):
        return lemma  # a plural lemma already ("contemporaries", "ancients")
    if lemma.endswith("man") and lemma not in _MANS:
        return lemma[:-3] + "men"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


#: (cnt24) classical plurals noun.exc gives in place of the English one (lemma ending, plural
#: ending): news English writes the regular plural as often or more ("cameras", "formulas",
#: "stadiums", "indexes"), so both forms are listed
CLASSICAL = (("a", "ae"), ("um", "a"), ("us", "i"), ("on", "a"), ("ex", "ices"), ("ix", "ices"))


def plurals(lemma: str, wn: WordNet) -> tuple:
    """plural(), and for a classical plural from noun.exc ("camerae") the
    English one too ("cameras")."""
    form = plural(lemma, wn)
    if wn.plural_of.get(lemma) == form and any(
            lemma.endswith(a) and form == lemma[:len(lemma) - len(a)] + b for a, b in CLASSICAL):
        return form, lemma + ("es" if lemma.endswith(("s", "x")) else "s")
    return (form,)


def other_lemma(form: str, lemma: str, wn: WordNet) -> bool:
    """Is the plural ``form`` a lemma of its own in WordNet, other than a
    name?  A plural lemma whose every sense is a proper name ("Sessions", the
    composer; "Fields", the comedian; "Banks", the botanist) does not make
    "three sessions" or "40 fields" read as that name, when the singular is a
    word in common use (SemCor tags it: not "wale", whose plural is mostly
    Wales) (cnt24)."""
    if form == lemma or form not in wn.senses:
        return False
    if form in PROPER_PLURAL_DROP or not sum(wn.counts.get(lemma, {}).values()):
        return True
    return not all(not w[:1].islower() for o in wn.senses[form] for w in wn.words.get(o, ())
                   if w.lower().split("(")[0] == form)


#: (cnt24) plurals that are names, kept out although their singular is tagged: "queens" (WordNet's
#: first sense of queen is an insect's, so the plural would count animals; Queens is a borough)
PROPER_PLURAL_DROP = {"queens"}


def dominant(lemma: str, targets: tuple, wn: WordNet) -> bool:
    """Does the class own the lemma: its first sense, and most of its tagged
    uses (or, with few tags, at least half its senses)?"""
    cls = wn.classes(lemma)
    if not cls or cls[0] not in targets:
        return False
    counts = wn.counts.get(lemma, {})
    tagged = sum(counts.values())
    if tagged >= 3:
        inside = sum(k for n, k in counts.items() if n <= len(cls) and cls[n - 1] in targets)
        if inside / tagged < DOMINANCE:
            return False
    elif sum(c in targets for c in cls) * 2 < len(cls):
        return False
    for n, c in enumerate(cls, 1):
        if c in BLOCKING and (n <= 3 or counts.get(n, 0) > 0):
            return False
    # mostly a verb in use ("500-lb woman kills tortoise"): its -s form reads as a verb
    return wn.verb_counts.get(lemma, 0) <= tagged or (
        wn.verb_counts.get(lemma, 0) <= VERB_FLOOR and plural(lemma, wn) not in VERB_FLOOR_DROP)


#: classes whose hand-written rules (by their metric's family) do not own their words: the people
#: rules' excludes defer to the casualty, arrest and crowd rules, which beat a broad rule too
DEFERRING = {"people": "people."}


def hand_words(rules: Path, deferring: str | None = None) -> set:
    """Every entry (lower-cased) of the word lists the hand-written count-of-noun
    rules (kind head_noun, not broad, not the generic fallbacks) name in their
    cues: those rules own the words, with their own excludes.  Rules whose
    metric starts with ``deferring`` are left out (see DEFERRING)."""
    names = set()
    for p in sorted(rules.glob("*/*.yml")):
        text = p.read_text(encoding="utf-8")
        if not re.search(r"(?m)^kind:\s*head_noun", text) or re.search(r"(?m)^broad:\s*true", text):
            continue
        if deferring and re.search(r"(?m)^metric:\s*'?" + re.escape(deferring), text):
            continue
        names.update(re.findall(r"@([a-z][a-z0-9_]*)", text.split("cues_after:", 1)[-1]
                                if "cues_after:" in text else ""))
    out = set()
    for name in sorted(names):
        p = rules / "lists" / f"{name}.txt"
        if name in NOT_VOCABULARY or name.startswith("wordnet_") or not p.is_file():
            continue
        for raw in p.read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip()
            if line:
                out.add(line.split("=>", 1)[0].strip().lower())
    return out


def build(wn: WordNet, hand: set, hand_for: dict | None = None) -> dict[str, list[str]]:
    """{list name: sorted plural forms}; ``hand_for`` gives a class its own
    hand words in place of ``hand`` (DEFERRING)."""
    lists: dict[str, set] = {name: set() for name in CLASSES}
    for lemma in sorted(wn.senses):
        if not lemma.isalpha() or not lemma.islower() or len(lemma) < 3 or wn.proper(lemma):
            continue
        for name, (targets, hypernyms, _) in CLASSES.items():
            if not dominant(lemma, targets, wn):
                continue
            if hypernyms and not (wn.ancestors(wn.senses[lemma][0]) & set(hypernyms)):
                continue
            for form in plurals(lemma, wn):
                if form in (hand_for or {}).get(name, hand) or form in DROP:
                    continue
                if other_lemma(form, lemma, wn) and not dominant(form, targets, wn):
                    continue  # "glasses", "arms": a lemma of its own in another class
                singular = next((b for b in (lemma[:-1], lemma[:-2], lemma[:-3] + "y") if b in wn.senses), None) \
                    if form == lemma and lemma.endswith("s") else None
                if singular and not dominant(singular, targets, wn):
                    continue  # "quarters" (lodgings) reads as the plural of quarter
                lists[name].add(form)
    for lemma, (name, form) in EXTRA.items():
        for other in lists.values():
            other.discard(form)
        if form not in (hand_for or {}).get(name, hand):
            lists[name].add(form)
    return {name: sorted(forms) for name, forms in lists.items()}


#: countable doings and sayings for the broad counts WNE315 and WNC316 (list name -> (lexicographer
#: files, what the list is for)): a count of a plural noun reads the same whatever the sense
#: ("three errors", "seven versions"), so the class test is looser than build()'s: the first sense
#: in the files and at least half the tagged uses (or half the senses) there, no unit sense among
#: the first three, not mostly a verb ("50 shows continued growth"), no -ing form ("91 making"),
#: and no form that another generated list already holds.  A hand-written count rule's words are
#: kept (unlike build()'s classes): a broad rule yields to every named rule, so it types only the
#: figures those rules leave ("cases of reported fraud" where no disease is named: events.case)
COUNTABLES = {
    "acts": (("noun.act", "noun.event"),
             "countable acts and events the events list leaves out: decisions, efforts, awards, "
             "nominations, replacements, errors, cases (rule WNE315, events.{noun})"),
    "communications": (("noun.communication",),
                       "countable messages, statements and works: entries, versions, motions, "
                       "statements, headlines, tributes (rule WNC316, communications.{noun})"),
    "collectives": (("noun.group",),
                    "countable groups, bodies and sets the groups list leaves out: countries, categories, "
                    "settlements, divisions (rule WNG317, groups.{noun})"),
    "ideas": (("noun.cognition",),
              "countable ideas, images, models and plans: images, models, policies, components, "
              "experiences (rule WNK318, ideas.{noun})"),
    "places": (("noun.location",),
               "countable places and areas: areas, sites, states, hotspots, sides (rule WNL319, places.{noun})"),
    "artifacts": (("noun.artifact",),
                  "countable man-made things the things list leaves out: phones, cameras, screens, "
                  "products, rooms, cards (rule WNT321, things.{noun})"),
    "conditions": (("noun.state", "noun.attribute"),
                   "countable states and attributes: problems, chances, exemptions, jurisdictions, "
                   "domains, dimensions (rule WNS320, conditions.{noun})"),
    # (cnt18) natural things that are counted as places: lakes, rivers, islands, oceans, mountains
    "objects": (("noun.object",),
                "countable natural objects and features of the land: lakes, rivers, islands, oceans, "
                "mountains, beaches (rule WNL625, places.{noun})"),
    # (cnt24) the two classes of counted things no list held: parts of the body ("two kidneys",
    # "206 bones", "six fingers") and substances ("7,000 chemicals", "50 toxins", "heavy metals")
    "body": (("noun.body",),
             "countable parts of the body: organs, limbs, bones, glands, cells (rule WNB830, biology.{noun})"),
    "substances": (("noun.substance",),
                   "countable substances: chemicals, toxins, metals, minerals, molecules, particles, "
                   "fuels, poisons (rule WNX831, substances.{noun})"),
}
#: (cnt24) plural forms of the body and substance classes read as something else after a figure,
#: read by hand from the tagged (common) words of the two lists: sport ("two backs", "50 laps",
#: "three bronzes", "heats", "suspensions"), organisations and people ("two bodies", "new faces",
#: "coppers", "radicals", "builders", "heads of state"), objects ("vessels", "valves", "joints",
#: "plaques", "tins", "logs", "planks" of a platform, "rubbers"), finance ("haircuts"), vulgar or
#: odd plurals of mass words ("bloods", "ices", "cutes", "smalls", "behinds", "anteriors")
COUNTABLE_CLASS_DROP = set("""backs bodies faces heads laps lids smalls tits pussies vessels valves
joints plaques shunts pathways orbs haircuts bloods cutes anteriors behinds mouths insulins biles
fleshes perspirations vitalses physiognomies visages alligators builders junks logs radicals
actives conjugates intermediates buffers suspensions dilutions tins coppers bronzes ivories
hyacinths planks rubbers ices carbons straws bollocks fannies conks yaps keisters""".split())
#: (cnt24) WordNet's top words (noun.Tops, no class of their own) that name counted things after a
#: figure ("500 ethnic groups", "40 entities", "12 substances"): list name -> plural forms
COUNTABLE_EXTRA = {"collectives": ("groups", "entities"), "substances": ("substances",),
                   # (cnt24) common nouns (20+ SemCor tags) the class test drops for a split sense or a
                   # unit sense ("room": space; "base": a chemical, a number), read by hand as counting
                   # the class's thing after a figure in news copy: "a hotel with 300 rooms", "800
                   # military bases", "three failed attempts", "20 natural disasters" (not "claims":
                   # statements and demands for money alike, "40,000 benefit claims"; not "operations":
                   # "16 trillion floating point operations" a second are no events)
                   "artifacts": ("rooms", "systems", "bases"),
                   "acts": ("attempts", "activities", "fights", "disasters"),
                   "communications": ("appeals", "forms", "sections", "replies")}
#: plural forms of those classes that name no counted thing of their own after a figure (a rank,
#: a unit or a measure, a generic word: "top 10 names", "5 uses", "rose 23 places", "360 degrees",
#: "two kinds of music"), read by hand
#: a class of COUNTABLES kept only under these hypernyms (synset words) of its first sense: the
#: natural objects counted as places (waters, landforms, heavenly bodies), not particles, stones
#: or the abstract agents WordNet files there ("electrons", "essentials", "stressors")
COUNTABLE_ANCHORS = {
    "objects": ("body_of_water", "geological_formation", "land", "celestial_body", "shore"),
}
#: words of an anchored class read as something else after a figure ("four stars" a rating, "two
#: earths", "the mains", "fallows"), or as a sum ("bonanzas"), left out
COUNTABLE_ANCHOR_DROP = set("""stars earths globes mains pits bonanzas binaries wonderlands hammocks sods
tillages fallows daystars loadstars lodestars polestars champaigns landfalls brinies folia badlandses
scablandses divots""".split()) | {"banks"}  # (cnt24) "two of its largest banks": lenders, not river banks
#: (cnt18) lemmas used more often as verbs than as nouns whose plural after a figure is still a
#: count of the noun ("dozens of requests", "two interviews", "40 raids"), read by hand: the
#: verb test leaves them out of COUNTABLES, these are kept in spite of it (not "estimates", "reports",
#: "plans": "600 digital images estimates the CEA" reads a verb; not "concerns", "tests", "issues":
#: firms, cricket matches and share offerings as often as ideas)
COUNTABLE_NOUNS = set("""raid crash defeat repair search survey transfer venture answer demand
interview protest request""".split())
COUNTABLE_DROP = set("""uses changes causes instances occurrences tries bests worsts doubles triples
moves helps holds stops supports flows rises walks cares funs favors behalfs noises dins names words
terms figs stems signs symbols smiles laughs laughters arrows media opposites negatives lists notes
returns stresses addresses acts cheers grins sighs shrugs nods tags indicators indications contexts
senses bucks places degrees kinds types sorts levels ages sizes weights distances ranks""".split()) \
    | {"sessions", "laws"}  # (cnt24) "the past three sessions": trading days, a span; "40 laws": acts, no group


def build_countables(wn: WordNet, have: set) -> dict[str, list[str]]:
    """{list name: sorted plural forms} of COUNTABLES; ``have`` holds the forms of
    the other generated lists."""
    def inside(lemma: str, targets: tuple, figurative: bool = False) -> bool:
        cls = wn.classes(lemma)
        # an anchored class's figurative amount ("an ocean of", "a mountain of") blocks no count
        if not cls or cls[0] not in targets or ("noun.quantity" in cls[:3] and not figurative):
            return False
        counts = wn.counts.get(lemma, {})
        tagged = sum(counts.values())
        if tagged >= 3:
            if sum(k for n, k in counts.items() if n <= len(cls) and cls[n - 1] in targets) * 2 < tagged:
                return False
        elif sum(c in targets for c in cls) * 2 < len(cls):
            return False
        return wn.verb_counts.get(lemma, 0) <= tagged or lemma in COUNTABLE_NOUNS or (
            wn.verb_counts.get(lemma, 0) <= VERB_FLOOR and plural(lemma, wn) not in VERB_FLOOR_DROP)
    lists: dict[str, list[str]] = {}
    for name, (targets, _) in COUNTABLES.items():
        forms = set()
        for lemma in sorted(wn.senses):
            if not lemma.isalpha() or not lemma.islower() or len(lemma) < 3 or wn.proper(lemma):
                continue
            anchors = COUNTABLE_ANCHORS.get(name)
            if not inside(lemma, targets, bool(anchors)):
                continue
            if anchors and not (wn.ancestors(wn.senses[lemma][0]) & set(anchors)):
                continue
            for form in plurals(lemma, wn):
                if form == lemma or form.endswith("ings") or form in have or form in COUNTABLE_DROP \
                        or (anchors and form in COUNTABLE_ANCHOR_DROP):
                    continue
                if other_lemma(form, lemma, wn) and not inside(form, targets, bool(anchors)):
                    continue  # a lemma of its own in another class
                if form not in COUNTABLE_CLASS_DROP:
                    forms.add(form)
        forms.update(f for f in COUNTABLE_EXTRA.get(name, ()) if f not in have)
        lists[name] = sorted(forms)
    return lists


def in_measure(off: str, files: tuple, anchors: tuple, wn: WordNet) -> bool:
    """Is a synset of a measure class (and no unit, number or time)?"""
    up = wn.ancestors(off)
    if up & UNIT_ANCESTORS or any("_per_" in w for w in wn.words.get(off, ())) or wn.lexfile[off] == "noun.time" and "magnitude_relation" not in up:
        return False
    return wn.lexfile[off] in files or bool(up & set(anchors))


def measure_dominant(lemma: str, files: tuple, anchors: tuple, wn: WordNet) -> bool:
    """Like dominant(), for a measure class: the first sense in the class, most
    tagged uses (or, untagged, a quarter of the senses) too, no unit, number or time among the
    first three or tagged senses, not mostly a verb."""
    offs = wn.senses.get(lemma, [])
    if not offs:
        return False
    ins = [in_measure(o, files, anchors, wn) for o in offs]
    if not ins[0]:
        return False
    counts = wn.counts.get(lemma, {})
    if not dominates(ins, counts, untagged_share=4):
        return False  # (untagged: WordNet's first sense, and a quarter of them: "inflation")
    tagged = sum(counts.values())
    for n, o in enumerate(offs, 1):
        if (n == 1 or counts.get(n, 0) > 0) and (
                wn.ancestors(o) & UNIT_ANCESTORS or wn.lexfile[o] == "noun.time"
                and "magnitude_relation" not in wn.ancestors(o)):
            return False  # (a unit sense WordNet ranks first or SemCor tags: a rarer one, "a
            # deficiency in amount", "a number to be divided", does not make "deficit" or
            # "dividend" a unit after a number: the measure rules read the noun as named)
    return wn.verb_counts.get(lemma, 0) <= tagged


def build_measures(wn: WordNet) -> dict[str, list[str]]:
    """{list name: sorted singular and plural forms} of the measure classes."""
    lists: dict[str, set] = {name: set() for name in MEASURES}
    for lemma in sorted(wn.senses):
        parts = lemma.split("_")
        if len(parts) > 2 or not all(p.isalpha() and p.islower() for p in parts) or len(lemma) < 3 \
                or wn.proper(lemma) or (len(parts) == 1 and lemma in GENERIC) or lemma.endswith("ness") \
                or " ".join(parts) in MEASURE_DROP:
            continue  # (a -ness word is a quality, "cheapness", not an amount)
        singular = next((b for b in (lemma[:-1], lemma[:-2], lemma[:-3] + "y") if b in wn.senses), None) \
            if lemma.endswith("s") and not lemma.endswith("ss") else None
        if singular and any(wn.ancestors(o) & UNIT_ANCESTORS for o in wn.senses[singular][:3]):
            continue  # "acres": the plural of a unit
        for name, (files, anchors, _) in MEASURES.items():
            if not measure_dominant(lemma, files, anchors, wn):
                continue
            form = None if parts[-1].endswith("s") and not parts[-1].endswith("ss") else plural(parts[-1], wn)
            if form != parts[-1] and form in wn.senses and not measure_dominant(form, files, anchors, wn) \
                    and sum(wn.counts.get(form, {}).values()) >= 3:
                form = None  # "arms": a lemma of its own, mostly used in another class
            for f in filter(None, (parts[-1], form)):
                lists[name].add(" ".join(parts[:-1] + [f]))
    for name, lemmas in MEASURE_EXTRA.items():
        for lemma in lemmas:
            if lemma in wn.senses:  # (a smaller dictionary without the word leaves it out)
                lists[name].update((lemma, plural(lemma, wn)))
    return {name: sorted(forms) for name, forms in lists.items()}


# ---------------------------------------------------------------- event verbs

#: verb lexicographer file number -> name (WordNet's lexnames 29-43)
VERB_LEXNAMES = {29: "verb.body", 30: "verb.change", 31: "verb.cognition", 32: "verb.communication",
                 33: "verb.competition", 34: "verb.consumption", 35: "verb.contact", 36: "verb.creation",
                 37: "verb.emotion", 38: "verb.motion", 39: "verb.perception", 40: "verb.possession",
                 41: "verb.social", 42: "verb.stative", 43: "verb.weather"}
#: the verb classes whose verbs name something that happens once to someone or something (an
#: election, a marriage, a founding, an invasion, a sale, a launch...): not states (stative),
#: thought (cognition), perception, feelings (emotion), eating and using (consumption), the
#: body's doings (body: smile, sleep, wear), weather
EVENT_FILES = ("verb.social", "verb.creation", "verb.competition", "verb.contact", "verb.possession",
               "verb.motion", "verb.change", "verb.communication")
#: verb.communication is mostly speech (say, tell, ask, argue), which dates a statement, not an
#: event: only its official and legal acts are kept, the verbs under these hypernyms (announce,
#: declare, publish, sign, approve, ban, veto, order, file, charge, convict, sentence, nominate)
COMMUNICATION_ANCHORS = {"announce", "proclaim", "publish", "sign", "authorize", "forbid", "prohibit",
                         "order", "file", "charge", "nominate", "appoint", "pronounce", "sentence",
                         "convict", "acquit", "veto", "apologize", "declare_oneself"}
#: verb.communication verbs kept by name, not for their hypernyms: "declared war in 1941"
#: (declare's hyponyms are mostly speech: admit, concede, confess)
COMMUNICATION_LEMMAS = {"declare"}
#: verbs of investigation, filed by WordNet as thought (verb.cognition: examine, explore, audit,
#: research), speech (verb.communication: investigate, probe), perception (inspect) or social
#: acts (screen): an inquiry, an audit or a screening is a datable act ("the FBI investigated him
#: in 2016", "was diagnosed in 2019"): a sense of these classes under one of these hypernyms
INVESTIGATION_FILES = ("verb.cognition", "verb.communication", "verb.perception", "verb.social")
INVESTIGATION_ANCHORS = {"investigate", "probe", "audit", "research", "explore", "screen", "inspect", "examine"}
#: ... but for those read by hand as no datable inquiry: comparing, checking, quizzing and
#: questioning (a statement's business), looking up, guarding and watching (no one time),
#: rare or playful words, analysing, scanning, trying out (a method, not an event), leafing, nosing,
#: poking about, and tracing (mostly "traced its roots to 1850")
INVESTIGATION_DROP = set("""analogise analogize analyze analyse assay auscultate baby-sit beat_about
bioassay candle case cast_about cast_around catechize catechise check check_into check_out check_over
check_up_on collate compare cross_examine cross_question experiment field-test glance_over google groak
horn_in look_up mapquest perambulate peruse prospect put_out_feelers quiz re-explore riff scan size_up
spelunk suss_out take_stock try_out x-ray leaf nose poke trace""".split())
#: hypernyms of a change in quantity or level ("prices rose in 2021", "sales fell"): a change
#: figure's business, not a dated event, in any class
QUANTITY_ANCHORS = {"increase", "decrease", "change_magnitude", "rise", "descend", "fall", "drop",
                    "climb", "jump", "soar", "plunge", "tumble", "sink", "worsen", "improve",
                    "fluctuate", "change_intensity", "intensify", "weaken", "strengthen", "slow",
                    "accelerate", "speed_up"}
#: verbs of the event classes that name no datable event, read by hand from the most frequent
#: ones (SemCor): light and aspect verbs (make, take, get, begin, continue, happen), activities
#: and habits with no one time (work, try, help, manage, play, handle, support, govern), motion
#: in general (go, come, move, turn, walk, run), physical handling (put, hold, carry, touch, press),
#: and verbs that mostly report a change in amount, a level reached or a forecast (cut, slash,
#: lower, hike, peak, outpace, rack up, tip)
GENERIC_VERBS = set("""
make do take try work let help allow fail prevent force support treat operate save act encourage
attempt handle control engage manage promote aid honor pursue persuade participate work_on favor
compel struggle practice entertain assist dare take_care entitle back attain take_out cooperate
strive cope_with administer spare grow_up free experiment restrain keep_on oblige obey interfere
guard foster go_wrong venture supervise carry_on risk comply further try_out manipulate get_on
warm_up sin run_a_risk resort heed deceive come_by act_on amuse work_at take_a_chance speak_for fool
labor court trap take_hold stake put_out assign form establish_oneself write cause imagine come_up
induce effect generate make_for prompt renew invoke precipitate give_rise evolve fashion bring_up
envision motivate engender conceive_of bring_on simulate conjure_up bring_forth activate picture
depict write_of write_about visualize fancy occasion set_off play protect confront overcome get_back
keep_up catch_up_with level shield hold_back drive_in bet_on vie station staff get_ahead better put
sit place carry set draw pull touch spread look_for rest press lay arrange toss mount drag grab wash
tear brush attach tie lock absorb surround clean jerk bind rub lick squeeze insert fasten wipe whip
scratch pack kiss suspend knock glue clutch turn_on tap take_away slam grip slap bite snatch
seek_out put_up pitch load fling dig seat pat function filter bat stick_to rip repel hurl hold_on
haul hang_up carve block stick screw nail mingle extract wrap turn_off trim stuff squat sprawl
send_out pound polish pile grind cling_to put_down kneel bring_together affix tuck smooth shed
compress clamp blend bang hang_on grope mate couple pump fold hug lay_out have give get provide
offer seek gain supply own furnish store hand yield benefit welcome owe substitute have_got
take_advantage strip equip supplement come_upon pass_on get_rid_of accumulate impart dispose wield
do_good throw_in profit price patronize economize consign pinpoint articulate come go run turn bring
reach walk drive ride shake push approach swing pick_up come_in head lift roll get_out bend go_into
sit_down hurry go_out sweep march slide lean go_up stand_up pass_through dance crawl advance guide
get_up encounter step pour rush thrust spring flow bounce leap halt go_down bring_in twist stumble
go_home float tremble wander turn_away stagger speed race pace get_in come_down stride straighten
creep spin crouch sway freeze drift bring_about wheel turn_back swim scramble scatter go_by duck
trot trail go_in ease crowd turn_around shove rock near lie_down gallop drip circle whirl tilt stamp
rotate rear lurch dispel dash chase walk_around stream shiver settle_down quiver huddle hop give_way
bound veer trudge tread swoop steer spread_out pop go_off go_after flounder draw_back dodge writhe
wind tramp stoop stand_still roam recede pull_up follow lead begin start add happen change prepare
affect take_place emerge limit enable adjust work_out shift fix clear render alter transform take_up
resume stimulate restrict correct concentrate modify wind_up set_out reverse isolate commute
commence hasten cool come_on swell progress coordinate put_in minimize fade turn_up stiffen adapt
run_out reinforce flourish enlarge diminish confine broaden regulate heat cut_down boil bloom
tighten mix empty dissolve color can widen start_out shorten integrate enhance dwindle dilute
culminate compound come_along augment slow_down lessen curl clean_up bake water unify unfold
specialize prepare_for inhibit incorporate impair flatten enrich distill complicate come_through
toast tailor round_out replenish recur mend mar magnify illumine get_through dilate carry_over
blot_out work_up thaw step_up slacken simmer narrow mature loosen hamper get_started facilitate
erase decay darken dampen stain dry fill break report name record list deliver direct deal face
permit slip lower lag cut slash take_on lose tax trade shop govern campaign enforce collaborate
reign service police patrol condition endeavor build_up take_part get_to get_by get_over make_sure
come_near get_in_touch set_about bring_to_bear get_around_to assert_oneself come_about move_on
fall_back pass_by let_down back_off back_up lean_on tip move
hike spike peak recover overtake balloon bottom_out chalk_up clock firm gross level_off max_out
mushroom notch outpace outstrip rack_up rally stabilize tank top_out
""".split())
#: verbs of datable news events that the class test above misses (their most frequent sense is
#: in another class, or their senses are split), kept by hand: "discovered in 1928", "established
#: in 1990", "crashed in 2009", "suspended in 2020"
EXTRA_VERBS = {"discover", "establish", "form", "introduce", "impose", "pardon", "postpone", "suspend",
               "settle", "escape", "crash", "collapse", "burn", "strike", "film", "design", "compose"}
#: past forms that read mostly as another word in news ("fed": the Fed; "met": the Met Office;
#: "united", "limited", "based", "concerned": adjectives)
FORM_DROP = {"fed", "met", "united", "limited", "based", "concerned", "involved", "related",
             "married", "aged", "armed", "used", "born", "borne"}


#: the second word of a two-word verb that is mostly a preposition starting a phrase of its
#: own ("jumped on Friday"): such verbs are left out (particles stay: up, down, out, off, away, back)
PREPOSITIONS = {"on", "in", "at", "for", "with", "of", "to", "from", "into", "onto", "upon", "about",
                "by", "after", "against", "under", "across", "around", "through", "toward", "towards"}


class WordNetVerbs(_Synsets):
    """The verb half of a WordNet dictionary folder."""

    def __init__(self, folder: Path):
        self.lexfile, self.words, self.hypernyms = read_data(
            folder / "data.verb", lambda n: VERB_LEXNAMES.get(n, "verb.other"), "v")
        self.senses: dict[str, list[str]] = read_index(folder / "index.verb")
        self.counts = read_counts(folder, "2")
        self.forms: dict[str, set] = collections.defaultdict(set)  # lemma -> inflected forms (verb.exc)
        exc = folder / "verb.exc"
        if exc.is_file():
            with open(exc, encoding="latin-1") as fh:
                for line in fh:
                    p = line.split()
                    for lemma in p[1:]:
                        if lemma != p[0]:
                            self.forms[lemma].add(p[0])
        self._ancestors: dict[str, frozenset] = {}

    def eventful(self, off: str) -> bool:
        """Is a verb sense of the event classes (and no change in quantity)?"""
        f = self.lexfile[off]
        up = self.ancestors(off)
        if f not in EVENT_FILES or up & QUANTITY_ANCHORS:
            return False
        return f != "verb.communication" or bool(up & COMMUNICATION_ANCHORS) \
            or bool(set(w.lower() for w in self.words[off]) & COMMUNICATION_LEMMAS)

    def investigative(self, off: str) -> bool:
        """Is a verb sense an inquiry (investigate, examine, audit, screen: INVESTIGATION_ANCHORS)?"""
        return self.lexfile[off] in INVESTIGATION_FILES and bool(self.ancestors(off) & INVESTIGATION_ANCHORS)


#: verbs whose past tense and participle are the verb itself: English irregulars that verb.exc
#: leaves out (it lists only forms that differ from the lemma), so the regular rule would make
#: "hited", "shuted down", "puted to death"
ZERO_PAST = set("""bet bid broadcast burst cast cost cut forecast hit hurt let put quit read recast
reset rid set shed shut slit split spread telecast thrust upset beset offset outbid typeset""".split())
#: those of them whose regular -ed form is a past too ("quitted", "broadcasted", "costed")
REGULAR_TOO = {"bet", "broadcast", "cost", "forecast", "quit", "rid", "telecast"}


def past_forms(lemma: str, wn: WordNetVerbs, bare: bool = False) -> set:
    """The past tense and participle forms of a one-word verb: verb.exc's (not
    -ing, not -s), and the regular -ed form unless verb.exc gives an irregular
    past ("went") or the verb is one of ZERO_PAST; a form that is the verb
    itself ("cut", "set") is none, unless ``bare`` (the head of a phrase: "shut
    down", "set up")."""
    exc = {f for f in wn.forms.get(lemma, ()) if not f.endswith("ing") and f not in
           (lemma + "s", lemma + "es", lemma[:-1] + "ies")}
    if lemma in ZERO_PAST:
        return exc | ({lemma} if bare else set()) | (
            {lemma + lemma[-1] + "ed" if lemma in ("bet", "quit", "rid") else lemma + "ed"}
            if lemma in REGULAR_TOO else set())
    out = set(exc)
    doubled = lemma + lemma[-1:] + "ed" in exc and not lemma.endswith("l")  # "tipped", not "tiped"
    regular = {lemma + "ed", lemma + "d", lemma + lemma[-1:] + "ed", lemma[:-1] + "ied"}
    t_forms = {lemma + "t", lemma[:-1] + "t" if lemma.endswith("ll") else lemma + "t"}  # burnt, spilt
    if not doubled and not exc - regular - t_forms:
        # no irregular past ("went", "fled"), but for -t ones ("burnt" and "burned" are both pasts)
        if lemma.endswith("e"):
            out.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            out.add(lemma[:-1] + "ied")
        else:
            out.add(lemma + "ed")
    out.discard(lemma)
    return out


def build_verbs(wn: WordNetVerbs) -> dict[str, str]:
    """{past form (one word or a phrase, "passed away"): lemma ("pass_away")}.
    A one-word ZERO_PAST verb is listed as itself ("hit => hit"): the engine
    reads such a form only where it cannot be a noun or a present tense (after
    a modal, be or have: "could hit", "was hit")."""
    found: dict[str, set] = collections.defaultdict(set)
    bare_forms: dict[str, str] = {}
    for lemma, offs in sorted(wn.senses.items()):
        parts = lemma.split("_")
        if len(parts) > 3 or not all(p.isalpha() and p.islower() for p in parts) or len(parts[0]) < 3 \
                or lemma in GENERIC_VERBS and lemma not in EXTRA_VERBS:
            continue
        ins = [wn.eventful(o) or lemma not in INVESTIGATION_DROP and wn.investigative(o) for o in offs]
        if lemma in EXTRA_VERBS:
            ins = [True] * len(offs)
        if not ins[0]:
            continue
        if not dominates(ins, wn.counts.get(lemma, {})):
            continue
        if len(parts) == 2 and parts[1] in PREPOSITIONS:
            continue  # "jumped on Friday", "traded in fakes": a preposition, not a particle
        for form in past_forms(parts[0], wn, bare=len(parts) > 1):
            found[" ".join([form] + parts[1:])].add(lemma)
        if lemma in ZERO_PAST:
            bare_forms[lemma] = lemma
    # every past form of any verb: a form of two verbs, or that is a verb of its own ("found",
    # "lay", "wound"), is ambiguous and left out
    other = single_forms(wn)
    out = {}
    for form, lemmas in found.items():
        head = form.split(" ", 1)[0]
        if len(lemmas) > 1 or head in FORM_DROP or (" " not in form and (
                len(other.get(form, ())) > 1 or form in wn.senses)):
            continue
        out[form] = lemmas.pop()
    out.update(bare_forms)
    return out


# ---------------------------------------------------------------- verbs of lasting

#: the verb classes whose verbs name an activity or a state that can last a stated span
#: ("served in the army for 20 years", "remained closed for six months", "talked for three
#: hours"): every class but thought, perception, feelings and weather ("known for 10 years",
#: "loved for years" name no checkable span)
LASTING_FILES = ("verb.social", "verb.stative", "verb.possession", "verb.competition", "verb.motion",
                 "verb.body", "verb.consumption", "verb.contact", "verb.creation", "verb.change",
                 "verb.communication")
#: verbs read by hand that name nothing that lasted: "last" itself, whose span belongs to the noun
#: before it ("the siege lasted 40 days" is duration.siege, not duration.last); copulas and light verbs (be, have, seem,
#: become, do, make, get, give, take), and verbs whose "for" takes an object, a reason or a goal,
#: not a span ("called for 10 years in jail", "asked for two weeks", "voted for", "paid for",
#: "applied for", "sentenced for", "thanked for", "headed for")
LASTING_DROP = set("""
last be have seem become appear look sound feel do make get give take let go come put say tell
call ask vote pay apply account stand hope push argue qualify prepare plan search seek budget
provide compensate charge fine sue pray wish long yearn care opt bid lobby press appeal petition
plead beg root cheer reward thank blame criticize criticise punish arrest convict sentence head
leave make_up settle trade sell buy exchange swap substitute mistake pass mean allow excuse
forgive praise credit honor nominate elect choose select pick enlist register sign_up volunteer
compete run bargain negotiate shop hunt fish audition recruit hire book reserve bill invoice
""".split())
#: past forms that read mostly as another word before "for" ("the Fed for 20 years", "a limited
#: run", "the united front", "based for"): WNE218's FORM_DROP, and forms that are mostly adjectives
LASTING_FORM_DROP = FORM_DROP - {"married"} | {"known", "left", "needed", "wanted", "used", "said",
                                              "paid", "asked", "called", "voted", "noted", "praised"}


#: news verbs of lasting the class test misses (a split dominant sense: rule, study; an irregular
#: past in verb.exc that hides the regular one: worked, not only wrought), kept by hand
LASTING_EXTRA = {"ruled": "rule", "worked": "work", "studied": "study", "delayed": "delay"}


def lasting(off: str, wn: "WordNetVerbs") -> bool:
    """Is a verb sense of the classes of lasting (and no change in quantity)?"""
    return wn.lexfile[off] in LASTING_FILES and not wn.ancestors(off) & QUANTITY_ANCHORS


def build_lasting_verbs(wn: "WordNetVerbs") -> dict[str, str]:
    """{one-word past form: lemma} of the verbs of lasting: like build_verbs, one
    word (the broad duration rule reads one word), the dominant sense tested by
    lasting(), without LASTING_DROP."""
    found: dict[str, set] = collections.defaultdict(set)
    for lemma, offs in sorted(wn.senses.items()):
        if not lemma.isalpha() or not lemma.islower() or len(lemma) < 3 or lemma in LASTING_DROP:
            continue
        ins = [lasting(o, wn) for o in offs]
        if not ins[0]:
            continue
        if not dominates(ins, wn.counts.get(lemma, {})):
            continue
        for form in past_forms(lemma, wn):
            found[form].add(lemma)
    other = single_forms(wn)
    out = {form: lemmas.pop() for form, lemmas in found.items()
           if len(lemmas) == 1 and form not in LASTING_FORM_DROP
           and len(other.get(form, ())) <= 1 and form not in wn.senses}
    out.update(LASTING_EXTRA)
    return out


def lasting_header(wn_folder: Path) -> str:
    lines = _opening(wn_folder) + [
             "# What: verbs of an activity or a state that can last a stated span, as one-word past forms",
             "# mapped to the verb (rule WNR219, duration.{verb}): \"served in the army for 20 years\" is",
             "# duration.serve, \"remained closed for six months\" duration.close.",
             f"# WordNet class: the verb's most frequent sense in {', '.join(LASTING_FILES)}",
             "# (not cognition, perception, emotion, weather), and no change in quantity.",
             "# Kept only where that sense dominates (SemCor tag counts, or half the senses), not one of the",
             "# verbs read by hand as naming nothing that lasted (LASTING_DROP in the tool: be, have, seem,",
             "# do, make, get, give, take; verbs whose 'for' is an object or a goal: call for, ask for, vote",
             "# for, pay for, apply for, sentenced for, thanked for, headed for).",
             "# Forms: past tense and participle; a form that is the verb itself (cut, set), a verb of its own",
             "# (found, lay), the form of two verbs, or mostly another word (fed, known, left) is left out.",
             "# Added by hand (LASTING_EXTRA in the tool): " + ", ".join(sorted(LASTING_EXTRA)) + "."]
    return _closing(lines)


def _opening(wn_folder: Path, tool: str = "wordnet_lists.py") -> list[str]:
    """The first lines of every generated list: what made it, and how to remake it."""
    return [f"# GENERATED by tools/{tool} from WordNet 3.0 ({wn_folder}): do not edit by hand,",
            "# change the filters in the tool and rerun it:",
            f"#     python tools/{tool} --wordnet /usr/share/wordnet"]


def _closing(lines: list[str]) -> str:
    """A generated list's header: ``lines``, then WordNet's licence notice."""
    return "\n".join(lines + ["#"] + ["# " + ln for ln in LICENCE.splitlines()]) + "\n"


def header(name: str, wn_folder: Path) -> str:
    lines = _opening(wn_folder)
    if name in MEASURES:
        files, anchors, what = MEASURES[name]
        lines += [f"# What: {what}.",
                  f"# WordNet class: the lemma's most frequent sense in {', '.join(files)}"
                  + (f" or under a hypernym among: {', '.join(anchors)}" if anchors else "") + ";",
                  "# no unit, number or time sense first or tagged. Kept only where that",
                  "# sense dominates (SemCor tag counts, or a quarter of the senses), not mostly a verb, and not",
                  "# a word that names no quantity alone (total, rate, level: kept in compounds, 'interest rate').",
                  "# Singular and plural forms; two-word compounds. Added by hand (MEASURE_EXTRA in the tool:",
                  "# a quantity whose first WordNet sense is another class): " + ", ".join(MEASURE_EXTRA[name]) + "."]
    else:
        targets, hypernyms, what = CLASSES[name]
        lines += [f"# What: {what}.",
                  f"# WordNet class: {', '.join(targets)} (the lemma's most frequent sense)"
                  + (f", under a hypernym among: {', '.join(hypernyms)}" if hypernyms else "") + ".",
                  "# Kept only where that sense dominates (SemCor tag counts, or half the senses), and not a",
                  "# unit, number, time or money word, nor a word of a hand-written list. Plural forms."]
    return _closing(lines)


def countable_header(name: str, wn_folder: Path) -> str:
    targets, what = COUNTABLES[name]
    lines = _opening(wn_folder) + [
        f"# What: {what}.",
        f"# WordNet class: {', '.join(targets)} (the lemma's most frequent sense), and at least half the",
        "# tagged uses (or half the senses) there; no unit sense among the first three, not mostly a verb,",
        "# no -ing form, not a form of another generated list (a hand-written list's words are kept: the",
        "# broad rule types only what no named rule does), nor",
        "# one of the words read by hand as naming no counted thing (COUNTABLE_DROP in the tool). Plural forms.",
        "# A word used mostly as a verb is kept where its plural after a figure counts the noun (COUNTABLE_NOUNS)."]
    if name in COUNTABLE_ANCHORS:
        lines += ["# Only under a hypernym among: " + ", ".join(COUNTABLE_ANCHORS[name]) + " (the first sense); a",
                  "# figurative amount sense ('an ocean of') blocks no word; words read as something else after",
                  "# a figure are left out (COUNTABLE_ANCHOR_DROP in the tool)."]
    return _closing(lines)


def verb_header(wn_folder: Path) -> str:
    lines = _opening(wn_folder) + [
             "# What: verbs that name a datable event, as past forms mapped to the verb (rule WNE218,",
             "# event.{verb}): \"resigned in 1981\" is event.resign, \"passed away in 1981\" event.pass_away.",
             f"# WordNet class: the verb's most frequent sense in {', '.join(EVENT_FILES)}",
             "# (verb.communication only under " + ", ".join(sorted(COMMUNICATION_ANCHORS)) + "; and declare),",
             "# and no change in quantity (under " + ", ".join(sorted(QUANTITY_ANCHORS)) + ");",
             "# or an inquiry: a sense in " + ", ".join(INVESTIGATION_FILES) + " under "
             + ", ".join(sorted(INVESTIGATION_ANCHORS)) + ",",
             "# but for those read by hand as no datable inquiry (INVESTIGATION_DROP in the tool: compare, check, quiz...).",
             "# Kept only where that sense dominates (SemCor tag counts, or half the senses), not one of the",
             "# frequent verbs read by hand as naming no datable event (GENERIC_VERBS in the tool: make, take,",
             "# try, work, help, begin, happen, go, come, move, put, give, get...), one to three words.",
             "# Forms: past tense and participle (verb.exc, and the regular -ed form but for verbs whose past",
             "# is the verb itself: ZERO_PAST in the tool, \"shut down\", not \"shuted down\"); a verb of its own",
             "# (found, lay, wound), or the form of two verbs is left out.  A one-word verb whose past is itself",
             "# is listed as itself (\"hit => hit\"): WNE218 reads it only after a modal, be or have (\"could",
             "# hit\", \"was hit\"); it reads any listed verb's bare form after a modal or do (\"will collide\").",
             "# Added by hand (EXTRA_VERBS in the tool): " + ", ".join(sorted(EXTRA_VERBS)) + "."]
    return _closing(lines)


def tool_args(doc: str, argv=None, add=None):
    """The arguments of a WordNet list tool: --wordnet (the dictionary folder)
    and --rules (the rules folder), and those ``add(parser)`` adds; None, after
    a message on stderr, when the folder holds no WordNet noun index."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n", 1)[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet", type=Path)
    ap.add_argument("--rules", default=Path(__file__).resolve().parent.parent / "rules", type=Path)
    if add is not None:
        add(ap)
    args = ap.parse_args(argv)
    if not (args.wordnet / "index.noun").is_file():
        print(f"no WordNet dictionary in {args.wordnet} (index.noun missing)", file=sys.stderr)
        return None
    return args


def _main_args(ap) -> None:
    ap.add_argument("--out", default=None, type=Path, help="folder for the lists (default RULES/lists)")
    ap.add_argument("--only", nargs="*", help="list names to write (default: all)")
    ap.add_argument("--stats", action="store_true", help="print the size of each list")


def main(argv=None) -> int:
    args = tool_args(__doc__, argv, _main_args)
    if args is None:
        return 2
    wn = WordNet(args.wordnet)
    out = args.out or args.rules / "lists"
    out.mkdir(parents=True, exist_ok=True)
    if (args.wordnet / "index.verb").is_file() and (not args.only or "event_verbs" in args.only):
        verbs = build_verbs(WordNetVerbs(args.wordnet))
        (out / "wordnet_event_verbs.txt").write_text(
            verb_header(args.wordnet) + "".join(f"{f} => {v}\n" for f, v in sorted(verbs.items())),
            encoding="utf-8")
        if args.stats:
            print(f"wordnet_event_verbs: {len(verbs)} forms of {len(set(verbs.values()))} verbs")
    if (args.wordnet / "index.verb").is_file() and (not args.only or "lasting_verbs" in args.only):
        verbs = build_lasting_verbs(WordNetVerbs(args.wordnet))
        (out / "wordnet_lasting_verbs.txt").write_text(
            lasting_header(args.wordnet) + "".join(f"{f} => {v}\n" for f, v in sorted(verbs.items())),
            encoding="utf-8")
        if args.stats:
            print(f"wordnet_lasting_verbs: {len(verbs)} forms of {len(set(verbs.values()))} verbs")
    hand_for = {name: hand_words(args.rules, prefix) for name, prefix in DEFERRING.items()}
    hand = hand_words(args.rules)
    built = {**build(wn, hand, hand_for), **build_measures(wn)}
    for name, forms in built.items():
        if args.only and name not in args.only:
            continue
        (out / f"wordnet_{name}.txt").write_text(header(name, args.wordnet) + "\n".join(forms) + "\n",
                                                  encoding="utf-8")
        if args.stats:
            print(f"wordnet_{name}: {len(forms)}")
    have = {form for forms in built.values() for form in forms}
    if (args.wordnet / "index.verb").is_file():  # the verbs' past forms ("used", "fed") are no nouns here
        have |= set(build_lasting_verbs(WordNetVerbs(args.wordnet))) | set(build_verbs(WordNetVerbs(args.wordnet)))
    for name, forms in build_countables(wn, have).items():
        if args.only and name not in args.only:
            continue
        (out / f"wordnet_{name}.txt").write_text(countable_header(name, args.wordnet) + "\n".join(forms) + "\n",
                                                  encoding="utf-8")
        if args.stats:
            print(f"wordnet_{name}: {len(forms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
