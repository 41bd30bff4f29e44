"""Generate the date24 lists of dated happenings from WordNet: the nouns and
the verbs of saying a date can time, each mapped to an event class.

    python tools/wordnet_dated.py [--wordnet DIR] [--rules DIR] [--out DIR] [--stats]

A sibling of ``tools/wordnet_lists.py`` (whose WordNet readers it uses), for
the last-resort date rules WNE780 and WNE781: they type a date that no other
rule took, when a noun of a one-off happening heads the date's phrase ("the
collapse of the Twin Towers on 11 September 2001", "the standoff near Ladakh
on 30 August 2020") or a verb of saying is its clause's verb ("Zelenskyy
called on his soldiers ... on March 16").  Unlike WNE218 (``event.{verb}``),
the metric is the CLASS of the happening, named as the hand-written event
rules name it (event.conflict, event.disaster, event.death, event.meeting,
event.statement...), so that one happening dated in different words is one
fact.

``date24_event_nouns.txt``: a lemma whose most frequent sense is in noun.act
or noun.event, under one of the countable hypernyms of NOUN_CLASSES (the
first that its first sense reaches gives the class), where that class
dominates (SemCor tag counts, or half its senses), no sense among its first
three (or tagged) is a unit, a time or money ("fall": autumn), and it is not
mostly a verb.  A noun a hand-written event list (events5_nouns,
date18_dated_nouns) maps keeps that list's canonical event.  Singular and
plural forms.

``date24_statement_verbs.txt``: past forms of one- to three-word verbs whose
most frequent sense is in verb.communication and dominates, that no other
broad verb list holds (wordnet_event_verbs, date18_event_verbs,
liarevt_act_verbs), but for the verbs read by hand as no datable act of
saying (STATEMENT_DROP: sounds and gestures, data verbs, "mean").  Each is
mapped to ``statement`` (event.statement, as EVT019 names it).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wordnet_lists import (BLOCKING, DOMINANCE, WordNet, WordNetVerbs, _closing, dominates,  # noqa: E402
                           past_forms, plural, single_forms, tool_args)

#: event class (the canonical the metric event.<class> names) -> hypernyms (synset words) of the
#: noun's first sense, most specific classes first: the first class reached names the noun
NOUN_CLASSES = (
    ("death", ("death", "killing", "homicide", "murder", "assassination", "suicide", "execution")),
    ("election", ("election", "vote", "referendum", "primary")),
    ("protest", ("protest", "strike", "riot", "rebellion", "insurrection", "boycott", "demonstration")),
    ("crime", ("crime", "robbery", "theft", "fraud", "felony", "kidnapping", "hijack", "burglary",
               "assault", "misdemeanor")),
    ("conflict", ("military_action", "attack", "battle", "war", "fight", "conflict", "confrontation",
                  "hostility", "bombing", "shooting", "clash", "massacre", "coup_d'etat", "siege",
                  "terrorism", "invasion")),
    ("disaster", ("disaster", "calamity", "catastrophe", "accident", "mishap", "collapse", "explosion",
                  "fire", "flood", "crash", "collision", "wreck", "spill", "eruption", "earthquake",
                  "storm", "epidemic", "outbreak")),
    ("legal", ("legal_action", "proceeding", "trial", "lawsuit", "prosecution", "arrest", "indictment",
               "conviction", "acquittal", "impeachment", "litigation")),
    ("decision", ("decision", "ruling", "veto", "ban", "prohibition", "pardon")),
    ("sport", ("contest", "match", "race", "tournament", "championship", "competition", "athletic_contest")),
    ("marriage", ("wedding", "marriage", "divorce")),
    ("travel", ("trip", "journey", "visit", "voyage", "expedition", "tour", "flight", "landing", "launch")),
    ("meeting", ("meeting", "ceremony", "celebration", "festival", "conference", "summit", "rally",
                 "convention", "inauguration", "funeral", "assembly")),
    ("acquisition", ("purchase", "acquisition", "takeover", "merger", "buyout")),
    ("departure", ("departure", "exit", "withdrawal", "resignation", "retirement", "evacuation", "escape")),
    ("founding", ("founding", "establishment", "foundation", "inception")),
    ("begin", ("beginning", "introduction", "start", "onset", "debut", "launching")),
)
#: nouns of news happenings whose first WordNet sense is in another class (a state, a shape), kept
#: by hand with their class: "the collapse of the Twin Towers", "the standoff near Ladakh"
NOUN_EXTRA = {"collapse": "disaster", "standoff": "conflict", "stampede": "disaster", "blast": "disaster"}
NOUN_FILES = ("noun.act", "noun.event")
#: nouns of those classes read by hand as mostly no one-off happening after or before a date:
#: a season's, a sport's or a game's name, a period, a title, a generic word
NOUN_DROP = set("""fall spring game games match matches party parties play plays race races shot shots
fire fires record records return returns service services action actions case cases event events
operation operations release releases program programs programme programmes practice practices
exercise exercises work works job jobs start starts round rounds term terms opener openers
lottery coincidence fortuity happenstance welfare shopping buying purchasing philanthropy moneymaking
incurring regaining fundamental mnemonic artifice ruse stratagem countermeasure countermine smudge
smoulder moot tribulation causa leakage fallback deviationism escapism disinvestment eluding elusion
jamming skeet trapshooting interpenetration encroachment rivalry prelude procession emergence starting
installing oncoming debauch debauchery petty diving flying soaring gliding stunting nonstop redeye
misstep going leaving parting boarding reshipment scrum scrummage volley errand pogey pogy viatication
procural procurance fecundation pollination pollenation allogamy autogamy cleistogamy dissilience
superfecundation superfetation adrenarche menarche thelarche aetiology etiology affusion inunction
agrypnia agon shrift sacrament devotional whoopee burnup disci
""".split())

#: verbs of verb.communication read by hand as naming no datable act of saying: sounds and
#: gestures (nod, wave, roar, scream), data and records (report, record, count, list, quote,
#: cite: a figure's period), naming and meaning (name, mean, indicate, denote, symbolize), and
#: verbs mostly of another sense in news (face, deal, direct, proceed, ignore, devote, refuse)
STATEMENT_DROP = set("""indicate talk teach name nod record count ignore suspect devote imply wave roar
curse scream mutter pray whisper bet symbolize denote bow evidence warrant grunt tempt photograph
inflict doom bellow beckon wail grumble shut_up look_up laugh_at bawl kid groan flatter stammer mumble
holler give_in get_around fill_out fill_in babble marvel crow succumb shriek shy_away_from snarl chant
clamor exclaim murmur yell shout cry cry_out mean face permit deal avoid proceed direct refuse report
list quote cite spell point term label phone telephone contact greet thank bless baptize forgive
look_into talk_into call_out touch_on underline point_up spell_out stand_for manifest signal signify
lure coax excuse intimate give_vent echo disrupt converse compromise ascertain write_down solicit
solicit beg petition challenge
""".split())
#: the frequent verbs of saying (the engine's _SPEECH, ledger/matching.py): EVT019 dates them in
#: its own constructions, and after one of them a date is more often the reported clause's ("Mr
#: Howard said his time at the hall in the 1950s had not done him any damage")
SPEECH_FORMS = set("""said says say told added stated reported claimed warned insisted noted argued
tweeted posted wrote asked replied confirmed denied suggested called urged""".split())
#: verbs of saying that date an agreement, not a statement (event.agreement, as EVT002 names it):
#: "the reform plans agreed in Lisbon in 2000"
AGREEMENT_VERBS = {"agree", "concur", "consent", "assent"}
#: past forms read mostly as something else ("read": a present tense too; "called": a name,
#: "so-called"; "named" for a name; "termed")
STATEMENT_FORM_DROP = {"read", "named", "termed", "dubbed", "labelled", "labeled", "put", "posted", "updated"}


def _hand_canon(rules: Path) -> dict[str, str]:
    """{noun (lower-cased): canonical} of the hand-written event noun lists."""
    out: dict[str, str] = {}
    for name in ("events5_nouns", "date18_dated_nouns"):
        p = rules / "lists" / f"{name}.txt"
        if not p.is_file():
            continue
        for raw in p.read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip()
            if "=>" in line:
                alias, canon = (s.strip() for s in line.split("=>", 1))
                if " " not in alias:
                    out.setdefault(alias.lower(), canon)
    return out


_HEADS: dict = {}


def heads(off: str, wn: WordNet) -> frozenset:
    """The head words (each synset's first word) of a synset and of all its
    hypernyms: "visit" reaches meeting, not the "travel" of locomotion's synset."""
    got = _HEADS.get(off)
    if got is None:
        got = _HEADS[off] = wn.walk_up(off, lambda ws: ws[:1])
    return got


def noun_class(lemma: str, wn: WordNet):
    """The event class of a noun lemma (NOUN_CLASSES), or None."""
    offs = wn.senses.get(lemma)
    if not offs:
        return None
    cls = [wn.lexfile[o] for o in offs]
    if cls[0] not in NOUN_FILES:
        return None
    up = heads(offs[0], wn)
    name = next((n for n, hyp in NOUN_CLASSES if up & set(hyp)), None)
    if name is None:
        return None
    hyps = set(dict(NOUN_CLASSES)[name])
    ins = [f in NOUN_FILES and bool(heads(o, wn) & hyps) for f, o in zip(cls, offs)]
    counts = wn.counts.get(lemma, {})
    tagged = sum(counts.values())
    if tagged >= 3:
        if sum(k for n, k in counts.items() if n <= len(ins) and ins[n - 1]) / tagged < DOMINANCE:
            return None
    elif sum(ins) * 2 < len(ins):
        return None
    for n, c in enumerate(cls, 1):
        if c in BLOCKING and (n <= 3 or counts.get(n, 0) > 0):
            return None
    if wn.verb_counts.get(lemma, 0) > tagged:
        return None  # mostly a verb ("attacks", "visits" read as verbs)
    return name


#: (dates33) nouns of the hand-kept event lists read by hand as naming a period or a document more
#: often than a one-off happening when WNE781 reads them far from their date or after it ("the
#: legislature in 2011", "its bid in 2004", "the 2005 games"): the named rules keep reading them
HAND_DROP = set("""legislature bid bids games deadline address article book editorial report review study survey
poll census audit manifesto memoir remarks interview interviews testimony mandate stimulus sanctions
depression downturn slump crisis recession recessions talks negotiations illness stroke patent""".split())


def build_nouns(wn: WordNet, hand: dict[str, str]) -> dict[str, str]:
    """{noun form (singular and plural): event class}: WordNet's, then (dates33) every one-word noun
    of the hand-kept event lists (but HAND_DROP), which the named rules read only in their own
    constructions ("the arrest in ... in 1998", "the 19 December auction")."""
    out: dict[str, str] = {}
    for noun, canon in hand.items():
        if noun.replace("-", "").isalpha() and noun.islower() and noun not in HAND_DROP and noun not in NOUN_DROP:
            out[noun] = canon
    for lemma in sorted(wn.senses):
        if not lemma.isalpha() or not lemma.islower() or len(lemma) < 4 or wn.proper(lemma):
            continue
        name = NOUN_EXTRA.get(lemma) or noun_class(lemma, wn)
        if name is None:
            continue
        for form in (lemma, plural(lemma, wn)):
            if form not in NOUN_DROP:
                out.setdefault(form, hand.get(lemma, name))
    return out


def _verb_forms_of(rules: Path, names: tuple) -> set:
    forms = set()
    for name in names:
        p = rules / "lists" / f"{name}.txt"
        if p.is_file():
            for raw in p.read_text(encoding="utf-8").splitlines():
                line = raw.split("#", 1)[0].strip()
                if "=>" in line:
                    forms.add(line.split("=>", 1)[0].strip().lower())
    return forms


def build_statement_verbs(wv: WordNetVerbs, have: set) -> dict[str, str]:
    """{past form: "statement"} of the verbs of saying no other broad list holds."""
    found: dict[str, set] = collections.defaultdict(set)
    for lemma, offs in sorted(wv.senses.items()):
        parts = lemma.split("_")
        if len(parts) > 3 or not all(p.isalpha() and p.islower() for p in parts) or len(parts[0]) < 3 \
                or lemma in STATEMENT_DROP:
            continue
        ins = [wv.lexfile[o] == "verb.communication" for o in offs]
        if not ins[0] or not dominates(ins, wv.counts.get(lemma, {})):
            continue
        for form in past_forms(parts[0], wv, bare=len(parts) > 1):
            found[" ".join([form] + parts[1:])].add(lemma)
    other = single_forms(wv)
    out = {}
    for form, lemmas in found.items():
        head = form.split(" ", 1)[0]
        if form in have or form in SPEECH_FORMS or head in STATEMENT_FORM_DROP or (" " not in form and (
                len(other.get(form, ())) > 1 or form in wv.senses)):
            continue
        out[form] = "agreement" if lemmas & AGREEMENT_VERBS else "statement"
    return out


def _header(wn_folder: Path, what: list[str]) -> str:
    return _closing([f"# GENERATED by tools/wordnet_dated.py from WordNet 3.0 ({wn_folder}): do not edit by hand,",
                     "# change the filters in the tool and rerun it:",
                     "#     python tools/wordnet_dated.py --wordnet /usr/share/wordnet"] + what)


def _main_args(ap):
    ap.add_argument("--out", type=Path, default=None, help="output folder (default RULES/lists)")
    ap.add_argument("--stats", action="store_true")


def main(argv=None) -> int:
    args = tool_args(__doc__, argv, _main_args)
    if args is None:
        return 2
    out = args.out or args.rules / "lists"
    out.mkdir(parents=True, exist_ok=True)
    nouns = build_nouns(WordNet(args.wordnet), _hand_canon(args.rules))
    classes = ", ".join(f"{n} ({'/'.join(h[:3])}...)" for n, h in NOUN_CLASSES)
    (out / "date24_event_nouns.txt").write_text(_header(args.wordnet, [
        "# What: nouns of a one-off happening a date can time, mapped to its event class (rule WNE781,",
        "# event.{class}): \"the collapse of the Twin Towers on 11 September 2001\" is event.disaster.",
        "# WordNet class: the lemma's most frequent sense in noun.act or noun.event under a hypernym of one",
        f"# class (the first reached of: {classes}),",
        "# that class dominating (SemCor tags, or half the senses); no unit, time or money sense among the",
        "# first three or tagged ones; not mostly a verb; 4+ letters; not one of the words read by hand as",
        "# no one-off happening (NOUN_DROP in the tool: fall, game, party, race, case, release, and rare or",
        "# generic words of a class: lottery, welfare, shopping, diving, pollination...).",
        "# Added by hand (NOUN_EXTRA in the tool: a first sense in another class): " + ", ".join(sorted(NOUN_EXTRA)) + ".",
        "# A noun events5_nouns or date18_dated_nouns maps keeps that list's canonical. Singular and plural.",
        "# And every one-word noun of those hand lists (the named rules read them only in their own",
        "# constructions), but for those read by hand as mostly a period or a document (HAND_DROP in the",
        "# tool: report, study, crisis, talks, legislature, bid...).",
    ]) + "".join(f"{f} => {c}\n" for f, c in sorted(nouns.items())), encoding="utf-8")
    wv = WordNetVerbs(args.wordnet)
    have = _verb_forms_of(args.rules, ("wordnet_event_verbs", "date18_event_verbs", "liarevt_act_verbs"))
    verbs = build_statement_verbs(wv, have)
    (out / "date24_statement_verbs.txt").write_text(_header(args.wordnet, [
        "# What: past forms of verbs of saying, mapped to statement (rule WNE780, event.statement):",
        "# \"Zelenskyy called on his soldiers to lay down their weapons on March 16\".",
        "# WordNet class: the verb's most frequent sense in verb.communication, dominating (SemCor tags, or",
        "# half the senses); one to three words; no form another broad verb list holds (wordnet_event_verbs,",
        "# date18_event_verbs, liarevt_act_verbs), nor a form of two verbs or a verb of its own; not one of",
        "# the verbs read by hand as no datable act of saying (STATEMENT_DROP in the tool: nod, wave, report,",
        "# record, count, quote, mean, name...), nor one of the frequent verbs of saying EVT019 reads",
        "# (SPEECH_FORMS: said, told, claimed...).  agree, concur, consent, assent date an agreement.",
    ]) + "".join(f"{f} => {v}\n" for f, v in sorted(verbs.items())), encoding="utf-8")
    if args.stats:
        print(f"date24_event_nouns: {len(nouns)} forms;",
              dict(collections.Counter(nouns.values()).most_common()))
        print(f"date24_statement_verbs: {len(verbs)} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
