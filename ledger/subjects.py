"""The claims stage's subject and second party of a figure: subject strategies,
names, places (split out of :mod:`ledger.claims`)."""

from __future__ import annotations

import unicodedata
import functools
from dataclasses import replace
from typing import Optional

import regex

from .rules import Rule, compile_cached
from .text import sentence_bounds
from .poll_population import poll_population
from .rate_base import PER_WORD
from .matching import (OPENING_CONNECTIVES, VAGUE_GROUPS, _AGE_AUX, _CONJ, _Ctx, _DATE_PREP, _DETERMINER, _Hit, _Lexicon, _NOT_IN_SUBJECT,
                       _NP_STOP, _PREVIOUS_REACH, _SPEECH, _THING_VAGUE, _VERB_WORD, _canon, _clause, _copula,
                       _finditer, _foreign, _group_key, _nwords, _search, _title_sentence)


# --------------------------------------------------------------------------
# subject and second party


_PREP = compile_cached(r"(?i)\b(?:to|on|from|against|into|in|with|at|by|for|over|near|than)\b")
_POSS = compile_cached(r"^(?:['’]s?|['’])(?!\w)")


_DOLLAR_AFTER = compile_cached(r"\$\s?\d")  # a name glued to a dollar sign is its currency: "US$5bn", "HK$3bn"


#: the first word of a place's name that the gazetteer does not hold: the name
#: after it is part of it ("New Providence island" is not Providence)
_PLACE_PART = compile_cached(r"(?<![\p{L}’'.-])(?:New|Fort|Port|Mount|Lake|Cape|San|Santa|Saint|St\.?) $", regex.VERSION1)


#: the noun of an accord, summit or talks after a city's name: "the Paris climate deal", "the Kyoto
#: Protocol", and past an editor's bracket, "the (Paris climate) deal", "the Paris (climate) deal"
_ACCORD_AFTER = compile_cached(r"(?i)(?:\s+[(\[]?[\p{Ll}-]+[)\]]?)?[)\]]?\s+(?:agreements?|accords?|deals?|treat(?:y|ies)|protocols?|"
                               r"conventions?|summits?|conferences?|talks|declarations?|process|round|"
                               r"consensus|principles|rules|targets?|goals?)(?![\p{L}])", regex.VERSION1)


#: an article before a demonym that stands for one person ("an Israeli who")
_PERSON_BEFORE = compile_cached(r"(?<![\p{L}])(?:an?|one)\s+$", regex.VERSION1)
_THE_PERSON = compile_cached(r"(?<![\p{L}])(?:the|The)\s+$", regex.VERSION1)
#: a demonym that is also one person's noun ("the American", "the Israeli"; not "the British", "the Chinese")
_PERSON_DEMONYM = compile_cached(r"(?:an|i)$")
#: a place that says where a firm is: "US-based", "UK-listed" (not "Albanian-born teenagers": theirs),
#: or who backs it: "the Saudi-backed LIV Golf", "Iranian-funded militias" (the backed one acts, not its backer)
_BASED_AFTER = compile_cached(r"-(?:based|registered|headquartered|listed|backed|funded|sponsored|financed)(?![\p{L}])",
                              regex.VERSION1)
_BORN_NAME = compile_cached(r"-born\s+\p{Lu}", regex.VERSION1)
#: capitalised common nouns of products and media, no one's name: "surveyed by digital TV station Music
#: Choice", "a laptop PC", "Sales of movies on DVD" (prec19b)
_PRODUCT_CAPS = frozenset("TV TVs DVD DVDs PC PCs CD CDs SUV SUVs".split())
#: capitals after a country that describe, not name ("US TV networks", "UK PC sales"): no firm's name
_GENERIC_CAPS = _PRODUCT_CAPS | frozenset("IT GDP MP MPs CEO CEOs HIV AIDS".split())
_NEXT_TOKEN = compile_cached(r"\s*(?:(\p{Ll}+)|[,.;:!?)\"”]|$)", regex.VERSION1)
#: capitalised words after a city: a name of its own ("Berlin Film Festival", "London Marathon")
_CITY_NAME_AFTER = compile_cached(r"((?:\s+\p{Lu}\p{Ll}+){1,3})(?![\p{L}’'-])", regex.VERSION1)


def _place_names(lex: _Lexicon) -> frozenset:
    """The canonical names of the places within countries (lists/places.txt)."""
    return frozenset(lex.places.values()) if lex.places else frozenset()


def _owning_name(c: tuple, lex: _Lexicon, places: frozenset) -> Optional[str]:
    """The canonical name of a capitalised name ``c`` (start, end, text) when
    it can own a figure: not a country, a place, a people, a month or day, a
    word that only opens a sentence, nor a lone common word; else None."""
    name = _canon(c[2], lex)
    if name in lex.countries or name in places or c[2] in lex.nations or c[2].split()[0] in _NOT_PROPER \
            or c[2] in _MONTHS_DAYS or " " not in c[2] and c[2].lower() in lex.common:
        return None
    return name


@functools.lru_cache(maxsize=512)
def _entity_matches(rx, sent: str) -> tuple:
    """The gazetteer's entity pattern's matches in a whole sentence, once per
    sentence: the subject strategies read them again for every figure."""
    return tuple(_finditer(rx, sent))


@functools.lru_cache(maxsize=1024)
def _titled(sent: str) -> bool:
    """The sentence is a headline in title case (every word capitalised)."""
    words = _TITLE_WORDS.findall(sent)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.8 * len(words)


#: what follows "the Russian" when the demonym stands for one player or performer
_PLAYER_ROLES = frozenset("""world teenager veteran striker midfielder defender goalkeeper keeper winger skipper
sprinter hurdler athlete boxer golfer batsman bowler youngster swimmer cyclist rapper""".split())


def _one_of_a_people(sent: str, a: int, b: int) -> bool:
    """A demonym at [a, b) used as a noun for one person ("The American spent
    three days", "the Israeli said"): not the country (not "the American
    economy", nor "the British are")."""
    if _THE_PERSON.search(sent, max(0, a - 5), a) is None or _PERSON_DEMONYM.search(sent, a, b) is None:
        return False
    nxt = _NEXT_TOKEN.match(sent, b)
    if nxt is None:
        return False
    w = nxt.group(1)
    if w is None or w in _AGE_AUX or w in _SPEECH or w in _PLAYER_ROLES:
        return True  # ("the Russian world number five tested positive", "the Australian world number
        # three strolled": a player, prec19b)
    if _PAST.fullmatch(w) is None:
        return False
    # "spent three days", "died in": a verb; "armed forces", "backed rebels": an adjective
    after = _NEXT_TOKEN.match(sent, nxt.end())
    return after is None or after.group(1) is None or after.group(1) in _NP_STOP or after.group(1) in _NUMBER_WORDS \
        or _DIGIT_NEXT.match(sent, nxt.end()) is not None


_DIGIT_NEXT = compile_cached(r"\s+[\d$£€]")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred hundreds thousands millions nearly almost about around over".split())


#: AP abbreviations of US states that are words too (a mass, a miss): a state only after a
#: place and a comma ("Ferguson, Mo., is", "Jackson, Miss."); the gazetteer holds the others
_AP_STATES = {"Ga.": "Georgia", "Ind.": "Indiana", "La.": "Louisiana", "Mass.": "Massachusetts",
              "Miss.": "Mississippi", "Mo.": "Missouri", "Wash.": "Washington"}
_CITY_STATE = compile_cached(r"(?<=\p{Lu}[\p{Ll}.]+,\s)(?:" + "|".join(regex.escape(a) for a in _AP_STATES)
                             + r")(?=[\s,;:)\"”]|$)", regex.VERSION1)


def _entities(ctx: _Ctx, lex: _Lexicon):
    """(start, end, canonical name) of the gazetteer's entities in the figure's
    sentence that can be a party to it; kept on ``ctx`` (the strategies and
    the checks after them read them again)."""
    if ctx.ents is not False:
        return ctx.ents
    ctx.ents = _entities_in(ctx, lex)
    return ctx.ents


def _entities_in(ctx: _Ctx, lex: _Lexicon) -> tuple:
    out = []
    taken = 0  # the end of a name joined to the one after it ("California Senate")
    for m in _entity_matches(lex.entity_rx, ctx.sent):
        a, b, name = m.start(), m.end(), lex.canonical[m.group()]
        if a < taken or ctx.fig.kind == "money" and a >= ctx.fs and b <= ctx.fe or _DOLLAR_AFTER.match(ctx.sent, b):
            continue  # (a currency, "US$5bn", "US$100,000 (£52,590)", names no party to the figure)
        if name != m.group() and name in lex.countries and m.group() not in lex.nations and _ACCORD_AFTER.match(ctx.sent, b):
            continue  # "the Paris climate deal", "the Kyoto Protocol": an accord named after a city, not its country
        if _PLACE_PART.search(ctx.sent, max(0, a - 7), a):
            continue  # "New Providence", "Fort Worth", "Lake Michigan": another place's name
        if _no_party(ctx.sent, a, b):
            continue  # "A November 2017 Facebook post", "Video is unrelated to Turkey earthquake"
        if name in lex.countries and m.group() == "Washington" and _washington_state(ctx.sent, a, b, lex):
            out.append((a, b, "Washington"))  # "Clark County, Washington", "Washington state": not the US
            continue
        if _BORN_NAME.match(ctx.sent, b) is not None:
            continue  # "New York-born Aguilera": the person named after it
        if (inst := _institution_of(ctx.sent, a, b)) is not None:
            out.append(inst)  # "the University of California", "the Prince of Wales": not the place
            continue
        if m.group() in lex.nations and _of_origin(ctx.sent, a, b):
            continue  # "citizens of Mexican origin", "Albanian-born teenagers": whence, not whose
        if (based := _BASED_AFTER.match(ctx.sent, b)) is not None:
            # "the US-based company", "a UK-listed firm": where the firm is, not whose figure (the
            # firm's own name after it is: "Irish-based property firm Quinlan Private")
            fa = _FIRM_AFTER.match(ctx.sent, based.end())
            own = next((c for c in _lex_names(ctx.sent, lex)
                        if c[0] == fa.end() + 1 and ctx.sent[fa.end()] == " " and c[2] not in lex.nations
                        and not (" " not in c[2] and c[2].lower() in lex.common)), None) if fa is not None else None
            if own is not None and own[1] <= ctx.fs:  # (not "BP spent $7.5bn to create Russian-registered TNK-BP")
                out.append((own[0], own[1], _canon(own[2], lex)))
            continue
        if m.group() != name and m.group() in lex.nations and _one_of_a_people(ctx.sent, a, b):
            continue  # "The American spent three days", "the Russian said": a person, not his country
        if m.group() in lex.nations and m.group() != name and _PERSON_BEFORE.search(ctx.sent, max(0, a - 5), a):
            nxt = _NEXT_TOKEN.match(ctx.sent, b)
            if nxt is None or nxt.group(1) is None or nxt.group(1) in _NP_STOP or nxt.group(1) in _AGE_AUX \
                    or _PAST.fullmatch(nxt.group(1)):
                continue  # "handing back an Israeli who has served eight years": a person, not his country
        if name != m.group() and name in lex.countries and m.group() not in lex.nations and not _titled(ctx.sent):
            own = _CITY_NAME_AFTER.match(ctx.sent, b)
            if own is not None and not any(w in _TITLES or w in _NOT_PROPER or w in _MONTHS_DAYS or w in lex.canonical
                                           or w in lex.state_words for w in own.group(1).split()):
                b, name = own.end(), ctx.sent[a:own.end()]  # "the 2004 Berlin Film Festival": not Germany
                out.append((a, b, name))
                continue
        if name not in lex.countries and m.group() not in lex.nations and lex.blind \
                and m.group().lower() in lex.blind and not _titled(ctx.sent):
            first = _NAME_MORE.match(ctx.sent, b)
            w = first.group(1) if first is not None else ""
            if first is not None and w.isalpha() and w[1:].islower() and not (
                    _ends_name(ctx.sent, first, lex) or w in lex.canonical or w in lex.state_words):
                # "the New York Times", "the Chicago Film Critics Association", "the San Francisco
                # Board of Education": a name of its own, not the city
                end = _name_run(ctx.sent, first.end(), lex, 4)
                tail = _OF_NAME.match(ctx.sent, end)
                if tail is not None and _BODY_OF.search(ctx.sent, max(0, end - 16), end) is not None:
                    end = _name_run(ctx.sent, tail.end() - 1, lex, 2)  # (a body of a thing: "Board of Education")
                b, name = end, ctx.sent[a:end]
                out.append((a, b, name))
                continue
        if lex.persons and m.group() in lex.persons:
            other = _other_person(ctx.sent, a, b, m.group(), lex)
            if other is not None:  # "Sara Duterte-Carpio", "Pierre Trudeau": not the leader
                out.append(other)
                continue
        if m.group() in lex.nations and _tongue_or_coin(ctx.sent, a, b, m.group()):
            continue  # "86.7bn Swiss francs", "a poem in English": a currency or a language names no one
        if m.group() in lex.nations and _CHART_AFTER.match(ctx.sent, b):
            continue  # "earned $13.5m at the US box office", "top the UK singles chart": a market, not a party
        if (m.group() == name or m.group().isupper()) and m.group() in lex.nations and _ends_a_name(ctx.sent, a, lex):
            continue  # "told BBC Wales", "flag carrier Air India", "AOL UK": a name ends with the country
        if m.group() in lex.nations and m.group() != name and _role_named(ctx.sent, b, lex):
            # "Australian athlete Jana Pittman ran 53.4 seconds": the person's own figure (not
            # "England coach Andy Robinson": a country's own name there is its team)
            continue
        body = None if name in lex.countries or m.group() in lex.nations else _BODY_AFTER.match(ctx.sent, b)
        if body is not None and lex.entity_rx.fullmatch(body.group(1)) is None or body is not None \
                and body.group(1) in lex.canonical:
            # "The California Senate voted 28-8": the state's own chamber, not the Senate
            b = taken = body.end()
            name = m.group() + " " + regex.sub(r"^State\s+", "", body.group(1))
            out.append((a, b, name))
            continue
        if m.group() in lex.nations and (nb := _NATION_BODY.match(ctx.sent, b)) is not None \
                and lex.canonical.get(nb.group(1)) in _BODY_HOME and lex.canonical[nb.group(1)] != name \
                and _BODY_HOME[lex.canonical[nb.group(1)]] != name and name not in _REGION_BODIES:
            # (s27) "Nigerian Senate Approves N37 Billion", "The Kenyan Parliament approved": that
            # country's chamber, not the Senate or the Parliament the gazetteer reads alone (the
            # American or the British one): the figure is the country's
            out.append((a, b, name))
            taken = nb.end()
            continue
        member = _MEMBER_AFTER.match(ctx.sent, b) if m.group() in lex.nations else None
        if member is not None:
            # "U.S. Rep. Connie Mack", "US Senator Bernie Sanders": one member of a legislature
            # acts as himself, not as his country
            out.append((member.start(1), member.end(1), _canon(member.group(1), lex)))
            taken = member.end()
            continue
        if m.group() in lex.nations and (owned := _owned_name(ctx.sent, b, lex)) is not None:
            out.append(owned)  # "Ireland's Ryanair carried", "France's Total is expected": the firm's
            continue
        if m.group() in lex.nations and lex.state_words:
            games = _GAMES_AFTER.match(ctx.sent, b)
            if games is not None:  # "won gold in Asian games": an event, not Asia
                out.append((a, games.end(), m.group() + " " + games.group(1).title()))
                continue
            # (a headline in title case capitalises every word)
            n = None if _titled(ctx.sent) or _inside_name(ctx.sent, a) else _NAME_AFTER.match(ctx.sent, b)
            if n is not None and n.group(1) not in lex.state_words and n.group(1) not in _GENERIC_CAPS \
                    and lex.entity_rx.match(ctx.sent, n.start(1)) is None \
                    and not _title_verb(n.group(1), lex.title_verbs):  # "Nigeria Has 200 Million People"
                b = _name_run(ctx.sent, n.end(), lex)  # "British Airways", "France Telecom", and the
                name = ctx.sent[a:b]  # rest of the run: "Canadian Broadcasting Corporation", "UK Independence Party"
            elif (fa := _FIRM_AFTER.match(ctx.sent, b)) is not None and ctx.sent[fa.end():fa.end() + 1] == " " \
                    and (own := next((c for c in _lex_names(ctx.sent, lex)
                                      if c[0] == fa.end() + 1 and c[2] not in lex.nations
                                      and not (" " not in c[2] and c[2].lower() in lex.common)), None)) is not None:
                a, b, name = own[0], own[1], _canon(own[2], lex)  # "US phone company SBC": the firm
            elif _firm_adjective(ctx.sent, a, b):
                # "The German carmaker", "a new Indian budget airline": a company, not its country
                after = _FIRM_AFTER.match(ctx.sent, b).end()
                own = next((c for c in _lex_names(ctx.sent, lex)
                            if c[0] == after + 1 and ctx.sent[after] == " "
                            and not (" " not in c[2] and c[2].lower() in lex.common)), None)
                if own is not None:  # "the Jordanian investment bank Export & Finance Bank"
                    a, b, name = own[0], own[1], _canon(own[2], lex)
                else:
                    firm = _firm_named_before(ctx, lex, a) if ctx.sent[max(0, a - 4):a].lower() == "the " else None
                    if firm is None:
                        continue
                    name = firm
        out.append((a, b, name))
    if ", " in ctx.sent and (states := [(m.start(), m.end(), _AP_STATES[m.group()])
                                        for m in _finditer(_CITY_STATE, ctx.sent)]):
        out = sorted(out + states)
    return tuple(out)


#: a social platform as the place a post was put, not a party to its figures: before a post's
#: noun ("A November 2017 Facebook post includes photographs that show the slave trade in Libya
#: in 2017", "a TikTok video") or after a verb of posting ("Photographs posted to Facebook show
#: Florida residents looting"); not the firm itself ("Twitter CEO Elon Musk", "purchasing
#: Twitter for about $40 billion"), nor its users ("WhatsApp users ... will need to update")
_PLATFORM = compile_cached(r"(?:Facebook|Twitter|Instagram|TikTok|YouTube|WhatsApp|Telegram|Snapchat|Reddit|"
                           r"Weibo|WeChat|Truth\s+Social|LinkedIn|Pinterest)", regex.VERSION1)
_MEDIUM_AFTER = compile_cached(r"(?i)(?:\s+live)?\s+(?:posts?|photos?|photographs?|pictures?|images?|videos?|clips?|"
                               r"footage|reels?|stor(?:y|ies)|status(?:es)?|messages?|feeds?|pages?|ads?|adverts?|"
                               r"threads?|tweets?|memes?|screenshots?|live(?:stream)?s?|marketing)(?![\p{L}])",
                               regex.VERSION1)
_MEDIUM_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:posted|shared|uploaded|published|circulated|circulating|"
                                r"surfaced|viral|tweeted|streamed|broadcast)\s+(?:\p{Ll}+\s+){0,2}?"
                                r"(?:on|to|via|across|over)\s+(?:the\s+)?$", regex.VERSION1)


#: what a fact-check says a picture is not about: no party to its figures ("Video is unrelated to
#: Turkey earthquake, shows cat being rescued in Russia in 2018")
_UNRELATED_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:(?:unrelated|not\s+related|(?:has|have|had)\s+nothing\s+to\s+do)"
                                   r"\s+(?:to|with)"
                                   # ... nor whence a thing was moved ("Cheetahs brought from Namibia have hunted
                                   # down about 200 deers at Kuno National Park")
                                   # (not a trade's "imported from": the partner is a party)
                                   r"|(?:brought|flown|transported|relocated|translocated|airlifted)\s+(?:in\s+)?from)"
                                   r"\s+(?:the\s+)?$", regex.VERSION1)


def _platform_medium(sent: str, a: int, b: int) -> bool:
    """The name at [a, b) is a social platform that only carries a post (_PLATFORM)."""
    return _PLATFORM.fullmatch(sent, a, b) is not None and (
        _MEDIUM_AFTER.match(sent, b) is not None or _MEDIUM_BEFORE.search(sent, max(0, a - 40), a) is not None)


def _no_party(sent: str, a: int, b: int) -> bool:
    """The name at [a, b) is no party to the sentence's figures: a platform that only carries a post
    ("A November 2017 Facebook post includes photographs ...", "posted on Instagram") or what a
    fact-check says a picture is not about ("Video is unrelated to Turkey earthquake, shows cat
    being rescued in Russia in 2018").  Read for the gazetteer's names and for capitalised ones."""
    return _platform_medium(sent, a, b) or _UNRELATED_BEFORE.search(sent, max(0, a - 40), a) is not None


#: Washington the state, not the seat of the US government: written with "state" ("a driver in
#: Washington state", "the state of Washington") or after a place and a comma ("Clark County,
#: Washington,", "Seattle, Washington.")
_WA_STATE_AFTER = compile_cached(r"\s+[Ss]tate(?![\p{L}])", regex.VERSION1)
_WA_STATE_BEFORE = compile_cached(r"(?<![\p{L}])state\s+of\s+$", regex.VERSION1)
_WA_PLACE_BEFORE = compile_cached(r"(?<![\p{L}])(\p{Lu}[\p{Ll}.]+(?:\s+\p{Lu}[\p{Ll}.]+){0,2}),\s+$", regex.VERSION1)
_WA_END = compile_cached(r"\s*(?:[,;:.)\"”]|$)", regex.VERSION1)


def _washington_state(sent: str, a: int, b: int, lex: _Lexicon) -> bool:
    """"Washington" at [a, b) is the US state: before "state", after "state of", or
    after a place and a comma and closing the phrase ("in Clark County, Washington,
    improperly closing"); not in a list of capitals ("London, Washington, and Moscow")."""
    if _WA_STATE_AFTER.match(sent, b) is not None or _WA_STATE_BEFORE.search(sent, max(0, a - 12), a) is not None:
        return True
    m = _WA_PLACE_BEFORE.search(sent, max(0, a - 40), a)
    if m is None or _WA_END.match(sent, b) is None:
        return False
    prev = m.group(1)
    return lex.canonical.get(prev, prev) not in lex.countries and prev not in lex.nations


#: a currency after a country or demonym: the figure's unit, not its subject
_CURRENCY_AFTER = compile_cached(r"\s+(?:francs?|dollars?|yen|yuan|renminbi|rupees?|roubles?|rubles?|rand|pesos?|"
                                 r"reais|real|naira|shillings?|cedis?|kronor|krona|kroner|krone|dinars?|dirhams?|"
                                 r"riyals?|rials?|shekels?|lira|liras|pounds?\s+sterling|ringgit|baht|rupiah|"
                                 r"zlotys?|forints?|kwacha)(?![\p{L}])", regex.VERSION1)
#: what comes before a currency that is a figure's unit ("86.7bn Swiss francs") or
#: the other side of an exchange rate ("43.3 per US dollar", "against the Japanese
#: yen"); a currency that moves ("The Thai baht lost 0.3%") keeps its country
_CURRENCY_LEAD = compile_cached(r"(?:\d(?:\s*(?:bn|m|k|billion|million|trillion|thousand|crore|lakh))?|"
                                r"(?<![\p{L}])(?:against|per|to|into|versus|vs\.?|than|in)\s+(?:the\s+)?)\s*$",
                                regex.VERSION1)
#: demonyms that are also the name of a language
_LANGUAGES = frozenset("""English French Spanish German Chinese Mandarin Cantonese Arabic Russian Japanese
Portuguese Italian Dutch Greek Turkish Korean Polish Swedish Danish Norwegian Finnish Czech Hungarian
Romanian Ukrainian Vietnamese Thai Indonesian Malay Persian Hebrew Welsh Irish Hindi Urdu Bengali
Tamil Filipino""".split())
#: a language, not a people: "English-language versions", "English-speaking",
#: "in English", "translated into French."
_LANGUAGE_AFTER = compile_cached(r"(?i)(?:-|\s+)(?:language|speaking|speakers?|speech|translation|subtitles?|"
                                 r"dubbed|dub|lessons?|classes|course|teachers?|words?|grammar|proficiency|"
                                 r"fluency|literature\s+degree|version)s?(?![\p{L}])", regex.VERSION1)
_LANGUAGE_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:in|into|from|speak|speaks|spoke|spoken|speaking|"
                                  r"translated|fluent|learn|learning|learnt|learned|teach|teaches|taught|"
                                  r"written|subtitled|dubbed|sings?|sang|sung)\s+(?:in\s+)?(?:plain\s+|broken\s+"
                                  r"|fluent\s+|simple\s+)?$", regex.VERSION1)
_LANGUAGE_END = compile_cached(r"\s*(?:[.,;:!?)\"”’'—–]|$|\s(?:and|or|but|as|with|to|for|on|at|by|from|in|of|since|during|last|this|"
                               r"instead|rather|only|too|well)\b)", regex.VERSION1)
#: a legislator's title and name after a country ("U.S. Rep. Connie Mack")
_MEMBER_AFTER = compile_cached(r"\s+(?:Rep\.?|Sen\.?|Representative|Senator|Congressman|Congresswoman|MP|MEP)\s+"
                               r"((?:\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*|"
                               r"\p{Lu}\.)){1,2})"
                               r"(?!['’\p{L}])", regex.VERSION1)
#: a sports event after a demonym ("Asian games", "Commonwealth Games")
_GAMES_AFTER = compile_cached(r" (games|olympics|cup|championships?)(?![\p{L}])", regex.IGNORECASE)
#: a legislature or court after a US state or place: its own ("California Senate",
#: "Texas House of Representatives", "Ohio Supreme Court")
_BODY_AFTER = compile_cached(r"\s+((?:State\s+)?(?:Senate|House(?:\s+of\s+(?:Representatives|Delegates|Commons))?|"
                             r"General\s+Assembly|Assembly|Legislature|Supreme\s+Court|Court\s+of\s+Appeals?|"
                             r"Appeals\s+Court|High\s+Court|City\s+Council|County\s+Council|Parliament))(?![\p{L}])",
                             regex.VERSION1)
#: (s27) a national chamber the gazetteer names alone, and the country it is read as then: after
#: another country's name or demonym it is that country's ("the Nigerian Senate")
_NATION_BODY = compile_cached(r"\s+(Senate|Congress|House\s+of\s+Representatives|Parliament)(?![\p{L}])", regex.VERSION1)
_BODY_HOME = {"Senate": "United States", "Congress": "United States", "House of Representatives": "United States",
              "Parliament": "United Kingdom"}
#: ... not a continent's: "the European Parliament", "the Pan-African Parliament" is a body of its own
_REGION_BODIES = frozenset({"Europe", "Africa", "Asia", "America", "Americas", "Latin America", "Central America",
                            "South America", "North America", "Oceania", "Middle East", "Caribbean"})
#: a demonym before a person's calling and name ("Australian athlete Jana
#: Pittman", "Irish racehorse owner JP McManus", "US singer Britney Spears"):
#: the nationality describes the person, whose figure it is.  Offices are left
#: out ("French President Jacques Chirac said 3 million were out of work": a
#: leader speaks for the country)
_ROLE_NAME = compile_cached(
    r"(?:\s+[\p{Ll}-]+){0,2}?\s+(?:athlete|runner|sprinter|hurdler|jumper|swimmer|cyclist|rider|jockey|trainer|"
    r"driver|boxer|golfer|player|striker|midfielder|defender|goalkeeper|keeper|winger|forward|batsman|bowler|"
    r"captain|skipper|coach|manager|star|champion|club|side|team|band|singer|actor|actress|rapper|musician|comedian|presenter|"
    r"director|film-?maker|producer|writer|author|novelist|artist|designer|model|dancer|owner|businessman|"
    r"businesswoman|tycoon|billionaire|entrepreneur|financier|magnate|scientist|teenager|youngster|veteran)s?"
    r"\s+(?=\p{Lu}\p{L}*(?:\s+\p{Lu}|[-’'.]))", regex.VERSION1)

#: a country's box office or record chart: where a film or a song is counted
_CHART_AFTER = compile_cached(r"(?i)\s+(?:box[- ]office|(?:(?:singles?|albums?|pop|music|download|Billboard|"
                              r"box[- ]office)\s+)?charts?)(?![\p{L}-])", regex.VERSION1)


def _ends_a_name(sent: str, a: int, lex) -> bool:
    """A capitalised word, inside the sentence, right before a country's own
    name ("told BBC Wales", "the flag carrier Air India", "Media Lab Europe"):
    the country ends an organisation's name.  Not the sentence's first word
    ("Although China"), an owner ("Inbev's European"), a title or a name the
    gazetteer holds."""
    m = _WORD_BEFORE.search(sent, max(0, a - 30), a)
    if m is None:
        return False
    w = m.group(1)
    if sent[m.start(1) - 1:m.start(1)] in ("-", "’", "'", "&"):
        return False
    if regex.fullmatch(r"[\W_]*", sent[:m.start(1)]) or regex.search(r"[.!?:;\"“(]\s*$", sent[:m.start(1)]):
        # the sentence's first word: a capital there proves nothing ("Although China", "Weak US
        # stocks"), but a word that opens a carrier's or a body's name does ("Air China carried",
        # "Athletics Ireland said"), and so does a word of no English at all ("Lycos Europe")
        return w in _PLACE_NAME_HEADS or w.isalpha() and len(w) > 2 and w[1:].islower() and not _english(w, lex)
    return w not in _NOT_PROPER and w not in _TITLES and w not in _MONTHS_DAYS and w not in _TITLE_PREFIX \
        and w.lower() not in _NP_STOP and w not in lex.canonical and not w.endswith(".") and "-" not in w \
        and w not in _REGION_WORDS and w not in lex.nations


#: nouns that open the name of a carrier, a broadcaster or a sports body before a country's name
#: ("Air China", "Radio France", "Athletics Ireland", "Cricket Australia", "Visit Scotland"): capitalised
#: at the start of a sentence they are still the name's first word
_PLACE_NAME_HEADS = frozenset("""Air Radio Telecom Athletics Cricket Rugby Hockey Tennis Golf Swimming Cycling
Rowing Boxing Netball Basketball Gymnastics Sport Visit""".split())


def _english(w: str, lex) -> bool:
    """A capitalised word that is a word of English (lower-cased in a word list) or a given name."""
    low = w.lower()
    return low in lex.common or low in lex.words or low in lex.openers or low in lex.title_words or w in lex.given \
        or low in _NP_STOP or w in _NOT_PROPER or w in _TITLES or w in _TITLE_PREFIX or w in _REGION_WORDS


#: words that make a region of a country or continent ("Western Europe", "rural America")
_REGION_WORDS = frozenset("""North South East West Northern Southern Eastern Western Central Middle Upper Lower
Greater Mainland Continental Old New Modern Ancient Rural Urban Inner Outer Coastal Atlantic Pacific Arctic""".split())


#: a country or demonym naming where people come from, not who owns the figure:
#: "16 million citizens of Mexican origin" (in the US), "Albanian-born teenagers",
#: "Indian-origin doctors" (prec21)
_ORIGIN_AFTER = compile_cached(r"(?:-born|-origin|-descent|\s+(origin|descent|ancestry|extraction|parentage|heritage))"
                               r"(?![\p{L}-])", regex.VERSION1)
_ORIGIN_OF = compile_cached(r"(?<![\p{L}])(\p{Ll}+)\s+of\s+(?:(?:mixed|partly|partial|part|direct|recent|distant)\s+)?$",
                            regex.VERSION1)
#: goods "of Chinese origin" are that country's (a tariff's target), not people from it
_ORIGIN_GOODS = frozenset("""goods products imports exports produce items food foods oil steel cars parts
components materials fruit vegetables meat fish wine textiles clothing""".split())


#: a university, a title or a sea named "X of <place>", which is not the place: "the University
#: of California", "the Prince of Wales", "the Gulf of Mexico" (prec21).  Bodies that mostly
#: speak for or report on the place are left out ("the Muslim Council of Britain said", "The Times
#: of India ran a story", "a study for the Liberal Party of Canada finds": the place is nearer the
#: figure's owner there), and so is "Bank of" ("the Bank of Japan" speaks for its country's money).
_INSTITUTION_OF = compile_cached(
    r"(?<![\p{L}’'-])((?:\p{Lu}[\p{L}&’'-]*\s+){0,3}?(?:University|College|Prince|Princess|Duke|"
    r"Duchess|Duchy|Earl|Countess|Gulf|Bay|Sea|Isle)\s+of\s+(?:the\s+)?"
    # a commercial bank: "Bank of America" (the US central bank is the Fed), or a bank whose name
    # opens before "Bank of" ("Royal Bank of Scotland", "National Bank of Kuwait"; not "the Bank of
    # Japan", which speaks for its country's money)
    r"|(?:(?!(?:The|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|All|Both|Its|Their|His|Her|"
    r"Our|This|That|These|Those|In|At|On|By|For|From|With|And|But)\s)\p{Lu}[\p{L}&-]*\s+){1,2}Bank\s+of\s+(?:the\s+)?)$", regex.VERSION1)
_BANK_OF = compile_cached(r"(?<![\p{L}’'-])Bank\s+of\s+$", regex.VERSION1)
_INSTITUTION_LEAD = compile_cached(r"(?:The|A|An)\s+", regex.VERSION1)


#: a country's possessive before a name: "Ireland's Ryanair", "France's Total"
_POSS_NAME = compile_cached(r"['’]s (?=\p{Lu})", regex.VERSION1)
#: what follows a name that heads its clause: a verb ("carried", "is expected", "sliding", "to
#: agree"), an aside or a relative ("Federer, seeded one", "BHP Billiton - which"); not a noun
#: the name qualifies ("Spain's Davis Cup victory", "Japan's Nikkei index")
_NAME_ACTS = (r"\s*(?:,|\(|\s[-–—]\s)|\s+(?:has|had|have|is|was|were|are|will|would|could|can|may|might|"
              r"must|should|also|then|now|to|which|who|plans|wants|says|said|(?:\p{Ll}{2,}ing)(?![\p{L}])|"
              r"(?:{past})(?![\p{L}]))")


def _owned_name(sent: str, b: int, lex) -> Optional[tuple]:
    """(start, end, name) of the name a country's possessive at ``b`` stands before when the name
    heads its clause ("Ireland's Ryanair carried 27 million", "Japan's Kinki Nippon sliding
    1.5%"): the figure is the firm's or the person's, and the country only says whose it is.
    Not a title ("Iraq's Trade Minister"), a word in capitals ("Australia's PM"), a model's name
    with a number, which the country owns ("North Korea's Hwasong-15 has a range"), a name the
    gazetteer holds ("Britain's European partners"), a body that reports the country's own
    figures ("Britain's Office for National Statistics said"), a word that keeps the country
    ("Britain's Labour government"), nor a name before a noun ("Japan's Nikkei index")."""
    pm = _POSS_NAME.match(sent, b)
    if pm is None:
        return None
    c = next((c for c in _lex_names(sent, lex) if c[0] <= pm.end() < c[1]), None)  # (read as one: "Ireland's Ryanair")
    if c is None:
        return None
    c = (pm.end(), c[1], sent[pm.end():c[1]])
    words = c[2].split()
    first = words[0]
    if first in _TITLES or first in _TITLE_PREFIX or first in _NOT_PROPER or first in _MONTHS_DAYS \
            or first in _REGION_WORDS or first in lex.state_words or len(words) == 1 and first.isupper() \
            or any(not w[:1].isupper() for w in words) or any(ch.isdigit() for ch in c[2]) \
            or lex.entity_rx.match(sent, c[0]) is not None or c[2] in lex.reporters \
            or len(words) == 1 and first.lower() in lex.common \
            or compile_cached(_NAME_ACTS.replace("{past}", _PAST.pattern), regex.VERSION1).match(sent, c[1]) is None:
        return None
    return (c[0], c[1], _canon(c[2], lex))


def _institution_of(sent: str, a: int, b: int) -> Optional[tuple]:
    """(start, end, name) of the institution whose name ends with the place at
    sent[a:b] ("the University of California"), or None."""
    m = _INSTITUTION_OF.search(sent, max(0, a - 80), a)
    if m is None and (bank := _BANK_OF.search(sent, max(0, a - 10), a)) is not None \
            and (sent[a:b] == "America" or _THE_BEFORE.search(sent, max(0, bank.start() - 8), bank.start()) is None):
        # "Bank of America": a firm; and a bank named after its country written without an
        # article is a firm too ("Bank of China made", "Profits at Bank of Ireland"), where the
        # central bank takes one ("the Bank of Japan kept rates at 0%": its country's money)
        m = bank
    if m is None:
        return None
    if m.lastindex is None:
        return (m.start(), b, sent[m.start():b])
    start = m.start(1)
    lead = _INSTITUTION_LEAD.match(sent, start)
    if lead is not None and lead.end() < a:
        start = lead.end()
    return (start, b, sent[start:b])


def _of_origin(sent: str, a: int, b: int) -> bool:
    """The country or demonym at sent[a:b] says where people come from: "-born",
    "-origin" after it, or "of ... origin/descent/ancestry/heritage" around it
    (not goods "of Chinese origin")."""
    m = _ORIGIN_AFTER.match(sent, b)
    if m is None:
        return False
    if m.group(1) is None:
        return True  # "Albanian-born", "Indian-origin"
    of = _ORIGIN_OF.search(sent, max(0, a - 40), a)
    return of is not None and of.group(1) not in _ORIGIN_GOODS


def _role_named(sent: str, b: int, lex) -> bool:
    m = _ROLE_NAME.match(sent, b)
    return m is not None and lex.entity_rx.match(sent, m.end()) is None


def _tongue_or_coin(sent: str, a: int, b: int, word: str) -> bool:
    """The demonym or country at sent[a:b] names a currency ("86.7bn Swiss
    francs") or a language ("in English", "English-language versions"),
    not a party to the figure."""
    return _CURRENCY_AFTER.match(sent, b) is not None and _CURRENCY_LEAD.search(sent, max(0, a - 30), a) is not None \
        or word in _LANGUAGES and (
        _LANGUAGE_AFTER.match(sent, b) is not None
        or _LANGUAGE_BEFORE.search(sent, max(0, a - 30), a) is not None and _LANGUAGE_END.match(sent, b) is not None)


#: a capitalised word right before a leader's surname, which may be a given name
_GIVEN_BEFORE = compile_cached(r"(?<![\p{L}’'.&-])(\p{Lu}\p{Ll}+) $", regex.VERSION1)
_DOUBLE_BARREL = compile_cached(r"-\p{Lu}\p{Ll}+", regex.VERSION1)


def _fold(s: str) -> str:
    """Without accents: "Sébastien" is "Sebastien"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _other_person(sent: str, a: int, b: int, raw: str, lex: _Lexicon) -> Optional[tuple]:
    """(start, end, name) of another person who shares a leader's surname:
    a given name that is none of the leader's before it ("Sara Duterte-Carpio",
    "Pierre Trudeau", "Eduardo Bolsonaro"); None for the leader himself
    ("President Trump", "Narendra Modi", "Recep Tayyip Erdogan")."""
    if " " in raw:
        return None
    m = _GIVEN_BEFORE.search(sent, max(0, a - 30), a)
    if m is None:
        return None
    g = m.group(1)
    if g in _TITLES or g in _NOT_PROPER or g in _MONTHS_DAYS or g in _TITLE_PREFIX or g in _ADJ_NAMES \
            or g in _WEATHER or g.lower() in _NP_STOP or g in lex.canonical or g in lex.nations \
            or (g.lower() in lex.common or _title_case(sent)) and g not in lex.given:
        return None
    if _fold(g) in _fold(lex.persons[raw]).split() or f"{g} {raw}" in lex.persons:
        return None  # the leader's own given name, or a listed spelling of it
    h = _DOUBLE_BARREL.match(sent, b)
    end = h.end() if h is not None else b
    return (m.start(1), end, sent[m.start(1):end])


#: what a leader's name qualifies when it stands for the state even in a
#: personal metric ("a video of the Trump administration's briefing")
_STATE_AFTER = compile_cached(r"(?i)(?:['’]s?)?\s+(?:administration|government|regime|cabinet|presidency|era|"
                              r"years|white\s+house|campaign\s+to|policy|policies|forces|troops|army|military|"
                              r"soldiers|men|killed|dead|wounded|war|invasion)\b")


@functools.lru_cache(maxsize=1024)
def _personal_metric(metric: str, metrics: frozenset) -> bool:
    return metric in metrics or metric.split(".", 1)[0] + ".*" in metrics


#: "-old" after an age: "17-year-old", "ten-year-old", "a 30 year-old"
_YEAR_OLD = r"(?:-|\s*-?\s*year-)old"
#: the name an age is written before: "the 17-year-old Murray", "Ten-year-old Dakota
#: Fanning will play", "27-year-old Almunia has made" (up to three capitalised words)
_AGE_NAME = compile_cached(_YEAR_OLD + r"\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}.-]*"
                           r"(?:['’]\p{L}[\p{L}-]+)?)(['’]s)?", regex.VERSION1)
#: a calling, and a person's full name after it ("22-year-old Liverpool student David Dunne")
_AGE_ROLE_NAME = compile_cached(_YEAR_OLD + r"\s+(?:\p{Lu}[\p{L}’'-]*\s+)?((?:[\p{Ll}-]+\s+){1,2})"
                                r"(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?![\p{L}’'])", regex.VERSION1)
#: an age before a nationality ("The 32-year-old Spaniard came through"): someone named before
_AGE_PEOPLE = compile_cached(_YEAR_OLD + r"\s+(?:Scot|Spaniard|Swede|Briton|Brit|Dane|Finn|Pole|Frenchman|"
                             r"Dutchman|Welshman|Englishman|Irishman|Scotsman|Frenchwoman|Aussie|Kiwi|American|"
                             r"Australian|Argentine|Argentinian|Brazilian|Italian|German|Russian|Croat|Serb|Swiss|"
                             r"Belgian|Austrian|Czech|Slovak|Canadian|Kenyan|Ethiopian|Moroccan|Portuguese)"
                             r"(?![\p{L}])(?!\s+\p{Lu})", regex.VERSION1)
#: an owner right before an age ("Mrs Quinn's two-year-old son"): the age is of someone of his
_AGE_OWNED = compile_cached(r"\p{L}(?:['’]s|s['’])\s+$", regex.VERSION1)
_AGE_NAME_END = compile_cached(r"\s*(?:[.,;:!?)\"”’]|$)|\s+(\p{Ll}+)", regex.VERSION1)


def _age_owner(ctx: _Ctx, lex: _Lexicon) -> Optional[str]:
    """The person an age is written before ("the 17-year-old Murray looks the
    best bet": Murray, not Henman named earlier), when the capitalised words
    after "N-year-old" are a name and not a modifier of a noun ("the
    35-year-old Cobh runner", "the 34-year-old Dutch midfielder"): what
    follows them is punctuation, a possessive, or a word that is no noun (a
    verb, an auxiliary, a preposition)."""
    m = _AGE_NAME.match(ctx.sent, ctx.fe)
    r = _AGE_ROLE_NAME.match(ctx.sent, ctx.fe)
    if r is not None and not any(w in _NP_STOP or w in _SPEECH or w in _AGE_AUX or _PAST.fullmatch(w) or _VERB_FORM.fullmatch(w)
                                 for w in r.group(1).split()) and r.group(2) not in lex.canonical \
            and not any(w in lex.nations or w in _TITLES or w in _MONTHS_DAYS for w in r.group(2).split()):
        return _canon(r.group(2), lex)  # "22-year-old Liverpool student David Dunne": the person named
    if m is None:
        return None
    name = m.group(1)
    if name.endswith(".") and not regex.search(r"(?:^|\s)\p{Lu}\.$", name):
        name = name[:-1]  # the sentence's full stop ("28-year-old Morientes."), not an initial
    words = name.split()
    if len(words) == 3 and (words[0] in lex.nations or words[0] in _NOT_PROPER) and not any(
            w in lex.nations or w in _MONTHS_DAYS or w in _TITLES or w in lex.canonical for w in words[1:]):
        return _canon(" ".join(words[1:]), lex)  # "48-year-old Australian Mamdouh Habib"
    if any(w in lex.nations or w in _MONTHS_DAYS or w in _TITLES for w in words) or name in lex.canonical \
            and lex.canonical[name] in lex.countries:
        return None  # "the 24-year-old Swiss", "a 30-year-old American"
    if not m.group(2):
        end = _AGE_NAME_END.match(ctx.sent, m.end())
        nxt = end.group(1) if end is not None else None
        if end is None or nxt and nxt not in _NP_STOP and (nxt.endswith("s") or _VERB_FORM.fullmatch(nxt) is None):
            # a capitalised modifier of the noun after it: "Cobh runner", "Roman mosaics" (a
            # word in -s is a plural as often as a verb)
            return None
    return _canon(name, lex)


def _person_subject(ctx: _Ctx, lex: _Lexicon, subj: str, metric: str) -> str:
    """For a personal fact (an age, a video of someone, their own votes), the
    leader the sentence names instead of the country the gazetteer reads him
    as ("Donald Trump passes away at 74": Donald Trump, not United States):
    the mention of a leader of that country nearest before the figure, else
    nearest after it; not one who only reports the figure ("Oleksandr
    Syrskyi, the commander-in-chief, said 434,000 were killed"), unless the
    figure dates what he said."""
    best = None
    for m in _entity_matches(lex.entity_rx, ctx.sent):
        person = lex.persons.get(m.group())
        if person is None or lex.canonical.get(m.group()) != subj or m.start() < ctx.fe and m.end() > ctx.fs \
                or _STATE_AFTER.match(ctx.sent, m.end()) \
                or _other_person(ctx.sent, m.start(), m.end(), m.group(), lex) is not None:
            continue
        if metric != "event.statement":
            aside = _ASIDE.match(ctx.sent, m.end())
            if _is_source(ctx, m.start(), aside.end() if aside is not None else m.end()):
                continue
        d = ctx.fs - m.end() if m.end() <= ctx.fs else len(ctx.sent) + m.start() - ctx.fe
        if best is None or d < best[0]:
            best = (d, person)
    return best[1] if best is not None else subj


#: a country's adjective that only describes a company ("The German carmaker
#: is aiming to boost sales"): the company, named before, is the subject
_FIRM_BEFORE = compile_cached(r"(?i)(?<![\w])(?:the|a|an)(?:\s+(?:new|rival|smaller|larger|struggling|troubled|"
                              r"state-owned|family-owned|privately-owned|listed|former|major|leading|giant))?\s+$")
_FIRM_AFTER = compile_cached(r"(?:\s+[\p{Ll}-]+){0,2}?\s+(?:firm|company|carmaker|car\s+maker|automaker|lender|bank|"
                             r"banking\s+group|group|giant|retailer|insurer|airline|carrier|operator|maker|conglomerate|"
                             r"brewer|publisher|broadcaster|chain|manufacturer|supermarket|drugmaker|steelmaker|"
                             r"chipmaker|miner|producer|supplier|developer|distributor|investor|fund|"
                             r"corporation|multinational|outfit|business)s?(?![\w-])", regex.VERSION1)


def _firm_adjective(sent: str, a: int, b: int) -> bool:
    return _FIRM_BEFORE.search(sent, max(0, a - 20), a) is not None and _FIRM_AFTER.match(sent, b) is not None


def _firm_named_before(ctx: _Ctx, lex: _Lexicon, at: int) -> Optional[str]:
    """The company named last in the sentence before ``at``, else the one
    company the sentence before (in the same paragraph) names, if it names no
    other."""
    own = [c for c in _lex_names(ctx.sent[:at], lex) if _a_firm(ctx.sent, c, lex)]
    if own:  # "Shares in Cairn Energy rose 3.8% after the UK firm announced"
        return _canon(own[-1][2], lex)
    if not ctx.text:
        return None
    a = ctx.s0
    while a > 0 and ctx.text[a - 1] in " \t":
        a -= 1
    if a == 0 or ctx.text[a - 1] == "\n":
        return None
    p0, p1 = sentence_bounds(ctx.text, a - 1, a - 1)
    prev = ctx.text[max(p0, a - _PREVIOUS_REACH):p1]
    found = {_canon(c[2], lex) for c in _lex_names(prev, lex) if _a_firm(prev, c, lex)}
    return found.pop() if len(found) == 1 else None


def _a_firm(sent: str, c: tuple, lex: _Lexicon) -> bool:
    """A name that may be a company's: no place, country or person (a name
    after Mr, Ms or a title)."""
    name = _canon(c[2], lex)
    return not (name in lex.countries or (lex.places and c[2] in lex.places) or name in lex.blind.values()
                or c[2] in lex.nations or regex.search(r"(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+$", sent[max(0, c[0] - 5):c[0]]))


#: capitalised words right after a country or demonym: a name of its own
#: (a possessive is not part of the name: "France Telecom's profits" is France Telecom's)
#: (a body's name may run on to its kind: "American Music Awards", "UK Independence Party", "Welsh Rugby
#: Union", "American International Group", not "American Music"; prec19b)
_NAME_AFTER = compile_cached(r" ((?-i:\p{Lu}[\p{L}&’'-]*[\p{L}&](?<![’']s))(?:(?: \p{Lu}[\p{L}&’'-]*){0,2}? "
                             r"(?:Awards|Group|Institute|Council|Union|Party|Association|Federation|Society|Foundation|"
                             r"Commission|Corporation|League|Academy|Agency|Authority|Trust|Forum|Festival|Prize|"
                             r"Institution|Service|Centre|Center|Committee|Fund|Board)(?![\p{L}\p{N}’'-]))?)"
                             r"(?![\p{L}\p{N}])", regex.VERSION1)
_WORD_BEFORE = compile_cached(r"(\p{Lu}[\p{L}.]*) $", regex.VERSION1)
_NAME_MORE = compile_cached(r" ((?-i:\p{Lu}[\p{L}&’'-]*[\p{L}&](?<![’']s)))(?![\p{L}\p{N}])", regex.VERSION1)


_CODE_AFTER = compile_cached(r"\s+(?:No\.?\s*)?\p{Lu}*\d", regex.VERSION1)
_OF_NAME = compile_cached(r" of (?:the )?(?=\p{Lu})", regex.VERSION1)
#: the head of a body named after what it serves ("Board of Education", "Department of Health")
_BODY_OF = compile_cached(r"(?<![\p{L}])(?:Board|Council|Committee|Commission|Department|Bureau|Office|Ministry|"
                          r"Authority|Institute|Academy|Museum|University|College|Bank|Chamber|Society|Association|"
                          r"School|Court)$", regex.VERSION1)


def _ends_name(sent: str, m, lex: _Lexicon) -> bool:
    """The capitalised word ``m`` (a _NAME_MORE match) goes on no name before it: a title, a month
    or day, a word that opens a sentence, a given name ("US District Court Judge Robert W Sweet"),
    or a word before a code, which names it ("Malaysia Airlines Flight MH370")."""
    w = m.group(1)
    return w in _TITLES or w in _MONTHS_DAYS or w in _NOT_PROPER or w in lex.given \
        or _CODE_AFTER.match(sent, m.end()) is not None


def _name_run(sent: str, b: int, lex: _Lexicon, more: int = 3) -> int:
    """Where the name that a country's or a demonym's capitalised word starts ends: up to three
    more capitalised words ("Canadian Broadcasting Corporation", "British Retail Consortium",
    "U.S. Postal Service", "China Three Gorges Project", not "Canadian Broadcasting"), stopping
    at a title, a month, a word that opens a sentence, another name of the gazetteer, a
    given name ("US District Court Judge Robert W Sweet": US District Court) or a word in
    capitals ("French Green MEP Alain Lipietz": a role, not more of the name)."""
    for _ in range(more):
        m = _NAME_MORE.match(sent, b)
        if m is None:
            break
        if _ends_name(sent, m, lex) or m.group(1).isupper() or lex.entity_rx.match(sent, m.start(1)) is not None:
            break
        b = m.end()
    return b


def _inside_name(sent: str, a: int) -> bool:
    """A capitalised name word right before a country ("PMO India YouTube
    channel"): the country is inside a longer name, and the capitalised word
    after it does not make a name of the country's own."""
    m = _WORD_BEFORE.search(sent, max(0, a - 30), a)
    return m is not None and m.group(1) not in _NOT_PROPER and m.group(1) not in _TITLES \
        and m.group(1) not in _MONTHS_DAYS
_TITLE_WORDS = compile_cached(r"(?<![\p{L}])\p{L}{4,}", regex.VERSION1)


@functools.lru_cache(maxsize=256)
def _party_lead(preps: tuple) -> regex.Pattern:
    """The words that lead a rule's second party ("imports from"), compiled once a
    rule set and kept in the compiled-pattern cache across runs."""
    return compile_cached(r"(?i)\b(?:" + "|".join(regex.escape(p) for p in preps)
                          + r")\s+(?:(?!(?:that|which|who|whom|whose|said|says)\b)[\w’'-]+\s+){0,3}$")


def _second_party(rule: Rule, ctx: _Ctx, ents, lo, hi) -> Optional[tuple]:
    if not rule.subject2:
        return None
    lead = _party_lead(rule.subject2)
    after = [e for e in ents if e[0] >= ctx.fe and e[1] <= hi]
    before = [e for e in ents if e[1] <= ctx.fs and e[0] >= lo]
    for e in after + list(reversed(before)):
        if _IMPORTS_FROM.match(ctx.sent, e[1]):
            continue  # "US imports from Mexico": the US is the importer
        a = ctx.fe if e[0] >= ctx.fe else lo
        gap = ctx.sent[max(a, e[0] - 60):e[0]]
        if lead.search(gap):
            return e
    if "to" in rule.subject2:
        # (s35) the recipient of a verb of giving, before what is given: "Germany has given Ukraine
        # €28 billion" is aid to Ukraine, as "given €28 billion to Ukraine" is
        for e in reversed(before):
            if not ctx.sent[e[1]:ctx.fs].strip() and _GIVE_BEFORE.search(ctx.sent, max(0, e[0] - 30), e[0]):
                return e
    # "Canadian and Mexican goods", "Chinese imports": a duty's target (not "US exports rose 12%": the US's own)
    for e in (before + after) if "on" in rule.subject2 else ():
        if _GOODS.match(ctx.sent, e[1]):
            return e
    m = _ON_GOODS.search(ctx.sent, ctx.fe, hi)
    if m is not None and "on" in rule.subject2:  # "25% tariffs on steel and aluminium"
        return (m.start(1), m.end(1), m.group(1).lower())
    return None


_ON_GOODS = compile_cached(
    r"\bon\s+(?:imported\s+|foreign\s+|all\s+)?((?:car|auto)\s+parts|steel(?:\s+and\s+aluminium|\s+and\s+aluminum)?|"
    r"aluminium|aluminum|cars|autos|lumber|copper|semiconductors|pharmaceuticals|solar panels|"
    r"electric vehicles|EVs|washing machines|dairy|wine|whisky|soybeans|timber)\b", regex.IGNORECASE)


_GIVE_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:gave|given|give|gives|giving|sent|send|sends|sending|offered|offers|"
                              r"offer|offering|promised|promises|promise|pledged|pledges|pledge|granted|grants|grant|"
                              r"lent|lend|lends|loaned|owes|owed)\s+(?:the\s+)?$", regex.VERSION1)
_IMPORTS_FROM = compile_cached(r"\s+(?:imports|purchases)\s+(?:from|of)\b")
_GOODS = compile_cached(r"(?:\s+(?:and|or)\s+[\p{Lu}][\w-]+)?\s+(?:goods|imports|products|exports|cars|steel)\b")


def _place_or_country(ctx: _Ctx, lex: _Lexicon, e: tuple) -> str:
    """A second party keeps a place's own name: "drones on Kharkiv" is not
    "drones on Ukraine"."""
    raw = ctx.sent[e[0]:e[1]]
    return raw if lex.places and raw in lex.places else e[2]


_DEFINITE = compile_cached(r"(?i)\b(on|at|against|in|to|for)\s+the\s+(country|nation|region|province|oblast|city|town)\b")
_LOOKBACK = 1500  # characters before the sentence searched for "the region"'s referent


def _definite_party(rule: Rule, ctx: _Ctx, lex: _Lexicon, lo: int, hi: int, subject) -> Optional[str]:
    """"an attack on the country", "settlements in the region": the country or
    place named last before it that is not the subject."""
    if not rule.subject2:
        return None
    for m in _finditer(_DEFINITE, ctx.sent[lo:hi]):
        if m.group(1).lower() not in rule.subject2:
            continue
        want_place = m.group(2).lower() not in ("country", "nation")
        a = ctx.s0 + lo + m.start()
        window = ctx.text[max(0, a - _LOOKBACK):a] if ctx.text else ctx.sent[:lo + m.start()]
        for e in reversed([(x.start(), x.end(), lex.canonical[x.group()])
                           for x in _finditer(lex.entity_rx, window)]):
            raw = window[e[0]:e[1]]
            is_place = bool(lex.places) and raw in lex.places
            if want_place and is_place:
                return raw
            if not want_place and not is_place and e[2] != subject and e[2] in lex.countries:
                return e[2]
        return None
    return None


#: a place given only as where an act happened: after "in", "at", "near" ...
_WHERE_LEAD = compile_cached(r"(?<![\p{L}’'-])(?:in|at|near|outside|inside)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                             r"(?:(?:city|town|state|province|region)\s+of\s+)?$", regex.VERSION1)
#: a person who acts in the clause: a pronoun, or a person's noun before "who" or a verb
#: ("He moved to Nassau", "a man who died", "The musician committed suicide")
_WHERE_ACTOR = compile_cached(
    r"(?<![\p{L}’'-])(?:(?:He|She|he|she|I|We|we)\s+\p{Ll}{2,}|(?:man|woman|boy|girl|teenager|musician|singer|"
    r"actor|actress|player|pilot|soldier|footballer|film-maker|filmmaker|director|writer|author|star|artist|"
    r"officer|worker|doctor|nurse|student|politician|businessman|businesswoman)\s+(?:who\s|"
    r"(?:has\s+|had\s+|was\s+|is\s+|will\s+)?\p{Ll}{3,}(?:ed|ied)\b|died|won|lost|left|made|took|became))", regex.VERSION1)
#: a place right after the event's noun, as its scope ("the 2022 elections in Uttar Pradesh")
_CUE_SCOPE = compile_cached(r"(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+(?:in|across|throughout)\s+(?:the\s+)?", regex.VERSION1)
#: a product or show that comes out in a market: the place is where it counts ("went on sale in Japan")
_MARKET_VERB = compile_cached(r"(?i)(?<![\p{L}])(?:release[sd]?|launch(?:ed|es)?|sale|sold|premiered?|screened|"
                              r"broadcast|aired|available|opened|appeared|emerged)(?![\p{L}])", regex.VERSION1)


#: events that befall a place: where a typhoon or an earthquake struck is what it is about, whoever
#: else the sentence names ("Typhoon Molave making landfall in Vietnam in October 2020")
_PLACE_EVENTS = frozenset({"event.disaster"})


def _where_only(ctx: _Ctx, lex: _Lexicon, subj: str, cue: Optional[tuple]) -> tuple[bool, Optional[str]]:
    """The subject a date's event got is a place or venue that the sentence
    gives only as where the act happened ("a man who died in Pompeii in 79
    A.D.", "He arrived in Britain on Sunday", "The Oscars will take place at
    Hollywood's Kodak Theatre on 27 February", "Kim Collins will compete at
    the Norwich Union Grand Prix in Birmingham on 18 February"), while a
    person or a named body acts there: the event is theirs, not the place's.
    A place's own event stays ("lockdown in India", "looting in Chicago in
    April 2023", "the 11 September 2001 attacks in the United States"), as
    does a market something comes out in ("went on sale in Japan"), the
    place right after the event's own noun ("the 2022 elections in Uttar
    Pradesh") and a place that owns the event ("injuries in France's 16-9
    win").  (True, the name that acts, if it opens the sentence) or (False, None)."""
    sent = ctx.sent
    spans = [(c[0], c[1]) for c in _lex_names(sent, lex) if _canon(c[2], lex) == subj or c[2] == subj]
    i = sent.find(subj)
    while i >= 0:
        spans.append((i, i + len(subj)))
        i = sent.find(subj, i + 1)
    spans += [(m.start(), m.end()) for m in _entity_matches(lex.entity_rx, sent) if lex.canonical[m.group()] == subj]
    if not spans or any(_WHERE_LEAD.search(sent, max(0, a - 40), a) is None or _POSS.match(sent[b:b + 3])
                        for a, b in spans):
        return False, None
    first = min(a for a, _ in spans)
    if _search(_MARKET_VERB, sent, max(0, first - 60), first) is not None \
            or cue is not None and cue[1] <= first and _CUE_SCOPE.fullmatch(sent, cue[1], first) \
            and _verbal_cue(sent, cue) is None:
        return False, None
    # (only in the place's own clause: "Forsyth says ...; 3000 people died in NY on September 11th 2001")
    start = max((m.end() for m in regex.finditer(r"[;:]", sent[:first])), default=0)
    if _search(_WHERE_ACTOR, sent, start, first) is not None:
        return True, None
    places = _place_names(lex)
    lead = _OPEN_LEAD.match(sent).end()
    for c in _lex_names(sent, lex):
        name = _canon(c[2], lex)
        if c[1] > first or c[0] < start or name == subj or name in lex.countries or name in places or c[2] in _MONTHS_DAYS \
                or c[0] < ctx.fe and c[1] > ctx.fs or _WHERE_LEAD.search(sent, max(0, c[0] - 40), c[0]):
            continue
        if c[2].split()[0].lower() in lex.common or c[0] == lead and c[2].split()[0] in _NOT_PROPER:
            continue  # "Video shows looting in Chicago": a capital at the start names no one
        return True, (name if c[0] == lead and _opening_actor(ctx, c, first) else None)
    return False, None


#: a capitalised word that may be a possessive written without its apostrophe
#: ("Georgias fields", "Scott Walkers budget"), the lower-case word after it
_BARE_S = compile_cached(r"(?<![\p{L}\p{N}’'.-])\p{Lu}[\p{L}-]*\p{Ll}s(?=\s+(\p{Ll}[\p{Ll}-]*))", regex.VERSION1)
_CAP_BEFORE = compile_cached(r"(?<![\p{L}’'-])(\p{Lu}[\p{L}-]*\.?)\s+$", regex.VERSION1)
#: surnames that end in a consonant and "s" ("Bernie Sanders plan" is his): not a possessive
_S_SURNAMES = frozenset("""Adams Andrews Ayers Banks Bowers Brooks Burns Byers Chambers Childs Collins Combs
Cousins Cummings Daniels Dawkins Dickens Dobbs Downs Edmunds Edwards Ellmers Evans Fields Flowers Gibbs Giggs
Greitens Hastings Hawkins Hicks Higgins Hopkins Hutchins Jacobs Jenkins Jennings Jobs Lyons Marks Masters Matthews
Mathews Meyers Michaels Mills Myers Nichols Owens Parsons Perkins Peters Phillips Powers Rawlings Reynolds Richards
Rivers Roberts Rodgers Rogers Rollins Samuels Sanders Saunders Sellers Sessions Simmons Simons Sims Spears Stephens
Stevens Stubbs Summers Timmons Walters Waters Watkins Watts Wells Wiggins Wilkins Williams Winters Withers Woods
Cornilles Greens Holdings Airlines Airways Motors Industries Systems Studios News Times Sports Games Awards Sciences
Communications Technologies Pictures Records Brands Partners Ventures Resources Services Products Foods Stores
Solutions Networks Labs Works Affairs Relations Rights Savings Security Olympics Nations States Islands""".split())
#: a word after a capitalised name ending in "s" that makes the name the subject of a verb
#: ("Bernie Sanders won", "Joe Straus received"): not a possessive before a noun
_VERB_NEXT = frozenset("""won put spent told said made took got gave led lost ran saw sent cut paid left sold bought
brought built held kept met hit set let came went became began wrote read did does do doesnt didnt dont cant wont
wouldnt couldnt shouldnt isnt wasnt hasnt havent also never just only still not already now then again even really
once first""".split()) - {"first"}


#: words after a name ending in "s" that make it a plural or a name of its own ("the two
#: Koreas and", "Dakotas are"), not an owner: the function words of _NP_STOP less those that
#: may follow an owner ("Oregons per capita income", "Connecticuts take on"; not "most", a
#: superlative that puts a person in the place: "Gwen Moore is Wisconsins most absent member")
_PLURAL_NEXT = _NP_STOP - frozenset("""per own other another only take get make first higher lower""".split())
#: nouns a person or a body owns that follow a possessive written without its apostrophe
#: ("Reagans presidency", "Ciancis administration", "Scott Walkers actions", "Rubios support"):
#: after one of them the name is an owner, whatever its spelling (a closed list; not "plans",
#: "claims", "votes": verbs too, "Bernie Sanders votes")
_OWNED_NEXT = frozenset("""administration administrations presidency presidential governorship tenure watch term
terms reign era regime government cabinet budget budgets policies policy proposal proposals record records
actions decisions campaign campaigns legacy predicament promise promises economists appointments appointees
donors supporters meetings administration's health-care health education energy jobs spending reforms
agenda priorities stimulus sequester deficit deficits""".split())
#: a capitalised word that ends in a consonant and "ys": no plural of a name ("Countys", "Phillys"),
#: a possessive
_YS_OWNER = compile_cached(r"\p{Lu}[\p{L}-]*[b-df-hj-np-tvxz]ys", regex.VERSION1)  # (not "Powys")


def _bare_possessives(sent: str, lex: _Lexicon) -> str:
    """The sentence with each possessive that lost its apostrophe given one back in
    place of its "s" (same length: "Georgias fields" -> "Georgia’ fields"), for a text
    whose apostrophes were all stripped ("Says Scott Walkers budget cuts $800
    million", "Pres. Obamas finance team"): so the owner reads as it would with
    one.  Only in a sentence without any apostrophe; only a name the gazetteer
    holds without the "s" (not "Texas", "Massachusetts", "the Americas"; nor a
    leader it reads as his country, "Obamas": his policy is no place's), or a
    given name and a surname before a noun (not "Bernie Sanders won", nor
    "Paula Jones case": a surname of its own)."""
    if "'" in sent or "’" in sent or "s " not in sent:
        return sent
    out = None
    for m in _finditer(_BARE_S, sent):
        a, b, word, nxt = m.start(), m.end(), m.group(), m.group(1)
        if word in lex.canonical or word.lower() in lex.common or nxt in _PLURAL_NEXT \
                or sent[max(0, a - 4):a].lower() == "the ":
            continue  # (not "the Americas", "the Obamas": a place, a family)
        stem, ok, person = word[:-1], False, False
        lead, at = [], a
        for _ in range(2):  # "New Jerseys", "George W. Bushs": the name's words before
            cb = _CAP_BEFORE.search(sent, max(0, at - 30), at)
            if cb is None:
                break
            lead.insert(0, cb.group(1))
            at = cb.start(1)
        for i in range(len(lead) + 1):
            name = " ".join(lead[i:] + [stem])
            if name in lex.canonical and name + "s" not in lex.canonical:
                # (not a leader the gazetteer reads as his country: "Barack Obamas policies have
                # increased unemployment in Pennsylvania" is not the United States' figure; _bare_owner
                # gives the person back his name)
                person = bool(lex.persons) and name in lex.persons
                ok = not person
                break
        if not ok and lead and nxt not in _NP_STOP and word not in _S_SURNAMES and word[-2] not in "aeiosu" and len(stem) >= 3 \
                and (lead[-1] in lex.given or lead[-1] in _TITLES) \
                and nxt not in _VERB_NEXT and nxt not in _AGE_AUX and nxt not in _SPEECH \
                and not regex.search(r"(?:ed|[^s]s)$", nxt):
            ok = True  # "Scott Walkers budget", "Gov. Rick Perrys administration"
        if not ok and not person and len(stem) >= 3 and word not in _S_SURNAMES and (
                nxt in _OWNED_NEXT or _YS_OWNER.fullmatch(word) is not None and nxt not in _NP_STOP
                and nxt not in _VERB_NEXT and nxt not in _AGE_AUX and nxt not in _SPEECH):
            ok = True  # "Reagans presidency", "Ciancis administration", "New Castle Countys unemployment"
        if ok:
            out = (out or sent)
            out = out[:b - 1] + "’" + out[b:]
    return out or sent


_YEAR_NEXT = compile_cached(r"\s+(?:19|20)\d\d\s+\p{L}", regex.VERSION1)


#: a given name glued to a surname ("DonaldTrump"): matched whole against a subject, and
#: spaced apart in a text whose names lost their spaces ("MittRomneys tax plans")
_GLUED_NAME = compile_cached(r"(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})", regex.VERSION1)


def _unglued(subj: str, lex: _Lexicon) -> str:
    """A person's name whose space the text lost ("Says DonaldTrump got", "MarcoRubio
    voted"): a given name glued to a surname, read apart, by the name the gazetteer
    gives a person ("Donald Trump"); not a firm's one-word name ("PayPal": no given name)."""
    m = _GLUED_NAME.fullmatch(subj)
    if m is None or m.group(1) not in lex.given:
        return subj
    name = m.group(1) + " " + m.group(2)
    if lex.persons and name in lex.persons:
        return lex.persons[name]
    return lex.canonical.get(name, name)


def _bare_owner(subj: str, text: str, lex: _Lexicon) -> str:
    """A subject read from a possessive that lost its apostrophe, its "s" still on
    ("Barack Obamas", "Scott Walkers", "Ohios"), for a text without apostrophes: the
    owner's name -- a person the gazetteer reads as his country by his own name
    ("President Barack Obamas administration": Barack Obama, not the United States), a
    name the gazetteer holds by its canonical name ("Ohios": Ohio), another name when a
    noun one owns follows it ("Scott Walkers actions").  Else the subject as it was."""
    if len(subj) < 4 or subj[-1] != "s" or not subj[-2].islower() or subj[-2] == "s" or subj in lex.canonical \
            or "'" in text or "’" in text or subj.split()[-1] in _S_SURNAMES \
            or any(w[:1].islower() for w in subj.split()):
        return subj  # (not "House of Delegates": a body's name)
    at = text.find(subj + " ")
    if at < 0 or (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-.")):
        return subj
    stem = subj[:-1]
    if _YEAR_NEXT.match(text, at + len(subj)) and (lex.persons and stem in lex.persons or stem in lex.canonical):
        return lex.persons[stem] if lex.persons and stem in lex.persons else lex.canonical[stem]  # "Obamas 2015 budget"
    nxt = _NEXT_WORD.match(text, at + len(subj))
    if nxt is None or nxt.group(1) in _PLURAL_NEXT or nxt.group(1) in _VERB_NEXT or nxt.group(1) in _AGE_AUX \
            or nxt.group(1) in _SPEECH:
        return subj
    if lex.persons and stem in lex.persons:
        return lex.persons[stem]
    if stem in lex.canonical and stem + "s" not in lex.canonical:
        return lex.canonical[stem]
    if nxt.group(1) in _OWNED_NEXT and len(stem) >= 3:
        return stem
    return subj


_RANK_SCOPE = compile_cached(r"(?i)(?<![\p{L}])(?:in|across|throughout|among|of)\s+(?:all\s+)?(?:the\s+)?$", regex.VERSION1)


_UNDER_TITLES = r"(?:Gov|Governor|President|Pres|Sen|Senator|Mayor|Rep|Speaker|Premier|Chancellor|Prime\s+Minister)\.?\s+"
_UNDER_BEFORE = compile_cached(r"(?<![\p{L}])[Uu]nder\s+(?!the\s)(?:" + _UNDER_TITLES + r")?$", regex.VERSION1)
_UNDER_TITLED = compile_cached(r"(?<![\p{L}])[Uu]nder\s+" + _UNDER_TITLES + r"\p{Lu}", regex.VERSION1)
_UNDER_LEAD = compile_cached(r"Under\s+(?!the\s)", regex.VERSION1)
_UNDER_AFTER = compile_cached(r"(?:\s+in\s+[^,;]{1,24})?\s*,", regex.VERSION1)


def _spans_of(ctx: _Ctx, lex: _Lexicon, subj: str) -> list:
    """Where the sentence writes ``subj``: as an entity, or as a name read to it."""
    spans = [(e[0], e[1]) for e in _entities(ctx, lex) if e[2] == subj]
    return spans + [(c[0], c[1]) for c in _lex_names(ctx.sent, lex) if _canon(c[2], lex) == subj]


def _under_leader(ctx: _Ctx, lex: _Lexicon, subj: str) -> bool:
    """A person read as the subject who is named only after "Under" at the head of
    a clause ("Under Scott Walker, we're 46th", "Under Governor Crist, 3,000 teachers
    laid off"): the leader names the period of a government, not whose figure it is.
    A leader the gazetteer reads as his country ("Under Obama, ..." -> United States)
    is that place, and stays."""
    if "nder" not in ctx.sent or subj in lex.countries or (lex.places and subj in lex.places.values()):
        return False
    # (a person: a title or a given name; not a law, "Under Obamacare")
    if not (subj.split()[0] in lex.given or _UNDER_TITLED.search(ctx.sent) is not None):
        return False
    spans = _spans_of(ctx, lex, subj)
    # (a name run may hold the "Under" that opens the sentence: "Under Scott Walker")
    return bool(spans) and all((_UNDER_BEFORE.search(ctx.sent, max(0, a - 40), a) is not None
                                or _UNDER_LEAD.match(ctx.sent, a) is not None)
                               and _UNDER_AFTER.match(ctx.sent, b) is not None for a, b in spans)


#: what a rank ranks when it is someone's among others ("the No. 1 job creator in America",
#: "the fifth best city in the nation"), not a thing of a place ("the second-most common
#: cause of death in New Hampshire": the place's)
_RANKED_ACTOR = compile_cached(r"(?i)[^,;:()]{0,40}?(?<![\p{L}])(?:(?:job\s+)?creators?|states?|city|cities|countr(?:y|ies)|"
                               r"nations?|economy|economies|places?|count(?:y|ies)|districts?|schools?|universit(?:y|ies)|"
                               r"colleges?|companies|company|employers?|producers?|exporters?|importers?|polluters?|"
                               r"destinations?|markets?|teams?|person|m[ae]n|wom[ae]n|members?|mines?)(?![\p{L}])[^,;:()]{0,30}$", regex.VERSION1)


def _rank_scope(ctx: _Ctx, lex: _Lexicon, subj: str) -> bool:
    """A rank's subject read from where the ranking holds ("We were the No. 1 job
    creator in America", "the third-best economy in the nation"): a place named only
    after the figure, after "in", "across" or "among", is the ranking's scope, not
    whose rank it is."""
    spans = _spans_of(ctx, lex, subj)
    return bool(spans) and all(a >= ctx.fe and _RANK_SCOPE.search(ctx.sent, max(0, a - 16), a) is not None
                               and _RANKED_ACTOR.match(ctx.sent, ctx.fe, a) is not None for a, b in spans)


#: a place's rank given to a name set beside it: "Sumitomo, Japan's third-largest bank", "Ghana - the
#: world's ...", "MCI is the US's second-biggest long distance firm" (the name, then this, then the place)
_RANKED_BEFORE = compile_cached(r"(?:\s*\([^()]{1,12}\))?(?:\s*,|\s+[-–—]|\s+(?:is|was|remains|became|has\s+become)(?:\s+(?:now|still|already|"
                                r"also))?)\s+(?:the\s+)?$", regex.VERSION1)
#: ... or named right after the ranked noun: "China's number one computer maker Lenovo"
_RANKED_AFTER = compile_cached(r"(?:\s+[\p{Ll}-]+){1,3}\s+(?=\p{Lu})", regex.VERSION1)
_FIRM_NOUN_BEFORE = compile_cached(r"(?<![\p{L}])(?:[Tt]he|[Ii]ts)\s+(?:[\p{Ll}-]+\s+)?(?:company|firm|group|bank|carrier|"
                                   r"airline|retailer|business|maker|chain|operator|insurer|lender|manufacturer|giant|"
                                   r"carmaker|brewer|publisher|broadcaster|conglomerate)(?![\p{L}])", regex.VERSION1)
_PLACE_RANKS = compile_cached(r"['’]s?\s+$", regex.VERSION1)


def _ranked_name(ctx: _Ctx, lex: _Lexicon, subj: str) -> Optional[str]:
    """The name a place's rank is of, when the place only owns the ranking
    ("Sumitomo, Japan's third-largest bank": Sumitomo, not Japan; "the UK's
    third-biggest bank, Barclays"; "China's number one computer maker
    Lenovo").  Keyed to the place, two banks of one country ranked third and
    fourth would be one fact told twice.  The name must be no place itself
    and no person's title; a place that is what is ranked stays ("Nigeria is
    the world's fourth-largest cocoa producer": the world is no name)."""
    places = _place_names(lex)
    if subj not in lex.countries and subj not in places:
        return None
    spans = [s for s in _spans_of(ctx, lex, subj) if s[1] <= ctx.fs and _PLACE_RANKS.fullmatch(ctx.sent, s[1], ctx.fs)]
    if not spans:
        return None
    a = spans[0][0]
    a = a - 4 if ctx.sent[max(0, a - 4):a] in ("the ", "The ") else a

    def usable(c) -> bool:
        name = _owning_name(c, lex, places)
        return name is not None and name != subj

    names = _lex_names(ctx.sent, lex)
    before = [c for c in names if c[1] <= a and _RANKED_BEFORE.fullmatch(ctx.sent, c[1], a)]
    if before:
        return _canon(before[-1][2], lex) if usable(before[-1]) else None
    firm = _search(_FIRM_NOUN_BEFORE, ctx.sent, max(0, a - 40), a)
    if firm is not None and _RANKED_BEFORE.fullmatch(ctx.sent, firm.end(), a):
        return _firm_named_before(ctx, lex, firm.start())  # "The company, China's third-largest milk producer,"
    after = _RANKED_AFTER.match(ctx.sent, ctx.fe)
    if after is not None and not _search(_NP_STOP_RX, ctx.sent, ctx.fe, after.end()):
        c = next((c for c in names if c[0] == after.end()), None)
        if c is not None and usable(c):
            return _canon(c[2], lex)
    return None


_NP_STOP_RX = compile_cached(r"(?<![\p{L}])(?:in|of|to|for|on|at|by|with|from|and|or|but|is|was|has|had|the|a|an|"
                             r"said|says|will|would)(?![\p{L}])", regex.VERSION1)


#: metrics a firm, a work or a person owns wherever it counts: what it sold, took at the box
#: office, earned or lost ("The Last Samurai was the biggest hit in Japan, taking 13.8bn yen")
_OWNED_METRICS = ("sales.", "film.box_office", "company.", "money.earnings", "money.revenue", "money.profit",
                  "money.takings", "money.box_office", "change.quarterly_sale", "change.profit", "change.net_profit",
                  "change.revenue", "change.turnover", "change.earnings")
#: a place given as a market: after "in", "across" ..., or before "box office" ("the US and Canada box office")
_MARKET_AFTER = compile_cached(r"(?:\s+and\s+\p{Lu}[\p{L}-]+)?\s+box[- ]office(?![\p{L}])", regex.VERSION1)
#: what may stand before an opening name: a few words that say what it is ("Animated movie Robots",
#: "US behemoth General Electric", "Rock band U2")
_NAME_LEAD = compile_cached(r"(?:[\p{L}-]+\s+){0,3}", regex.VERSION1)
#: a clause that opens with a firm or a work told by a pronoun or a noun ("The film took $20m in
#: the US", "It has sold more than 677,000 copies"): its figure is the referent's, not the place's
_REFERENT_OPENS = compile_cached(
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+){0,2}(?:film|movie|picture|album|single|record|"
    r"song|track|game|title|book|novel|show|series|musical|play|tour|console|company|firm|group|band|carmaker|"
    r"retailer|airline|bank|chain|brand|label|studio|publisher|maker|sequel)|[Ii]t|[Tt]hey)"
    r"(?:\s+(?:has|have|had|was|were|is|are|also|then|still|now|already))*\s+(?!said\b|says\b)\p{Ll}{3,}",
    regex.VERSION1)


def _scope_place(ctx: _Ctx, lex: _Lexicon, subj: str, site: bool = False) -> tuple[bool, Optional[str]]:
    """A place read as the subject of what a firm, a work or a person sold,
    took or earned, that the sentence gives only as the market ("The Last
    Samurai was the biggest foreign movie hit in Japan, taking 13.8bn yen";
    "Animated movie Robots has opened at the top of the US and Canada box
    office chart, taking $36.5m"; "It has sold more than 677,000 copies in
    the UK"): the figure is the owner's, and the place only scopes it.
    (True, the name that opens the clause as its actor, or None when a
    pronoun or a noun tells it) or (False, None) when no owner is in the
    clause ("Car sales in China rose 12%": China)."""
    places = _place_names(lex)
    if subj not in lex.countries and subj not in places and not (site and lex.blind and subj in lex.blind.values()):
        return False, None
    spans = _spans_of(ctx, lex, subj)
    if not spans or not all(_IN_PLACE.search(ctx.sent[max(0, a - 16):a]) or _MARKET_AFTER.match(ctx.sent, b)
                            or site and _at_a_site(ctx.sent, a, b) for a, b in spans):
        return False, None
    first = min(a for a, _ in spans)
    # (the clause that holds the place, when the figure's own is a participle after it: "..., taking $36.5m")
    lo = min(_clause(ctx.sent, ctx.fs, ctx.fe)[0], _clause(ctx.sent, first, first + 1)[0])
    lead = max(lo, _OPEN_LEAD.match(ctx.sent).end())
    while lead < len(ctx.sent) and ctx.sent[lead] in " ,":
        lead += 1
    if _search(_REPORTED, ctx.sent, lead, min(first, ctx.fs)) is not None:
        return False, None  # "Analysts said sales in China ...": not the clause that holds the figure
    if _REFERENT_OPENS.match(ctx.sent, lead) is not None and lead < min(first, ctx.fs):
        return True, None
    for c in _lex_names(ctx.sent, lex):
        if c[0] < lead:
            continue
        if c[0] >= min(first, ctx.fs):
            break
        gap = _NAME_LEAD.fullmatch(ctx.sent, lead, c[0])
        name = _owning_name(c, lex, places)
        if gap is None or name is None or _search(_PREP, ctx.sent, lead, c[0]):
            return False, None
        rest = ctx.sent[c[1]:c[1] + 3]
        if _POSS.match(rest):
            return False, None  # "Toyota's sales in China": the possessive strategies read it
        return True, name
    return False, None


#: what a firm spends, invests or cuts or creates in jobs: a place it names after "in" or as the
#: site ("at an Ohio plant") is where, and a firm that opens the clause owns the figure ("Ford agreed
#: to invest $900 million at an Ohio plant"); no firm named, the place stays ("The government will
#: spend $5bn in Alaska")
_SPENT_METRICS = ("money.spending", "money.investment", "money.invest", "economy.jobs")
_SITE_AT = compile_cached(r"(?i)(?<![\p{L}])(?:at|in)\s+(?:a|an|the|its|their|his|her)\s+(?:new\s+)?$",
                                 regex.VERSION1)
_SITE_NOUN = compile_cached(r"\s+(?:car\s+|assembly\s+|engine\s+|steel\s+)?(?:plant|factory|site|facility|mill|works|"
                              r"refinery|smelter|mine|yard|shipyard|depot|warehouse|campus|headquarters|office|"
                              r"operations|branch|store|unit|centre|center)s?(?![\p{L}])", regex.VERSION1)


def _at_a_site(sent: str, a: int, b: int) -> bool:
    """A place written as the adjective of a site ("at an Ohio plant")."""
    return _SITE_AT.search(sent, max(0, a - 24), a) is not None and _SITE_NOUN.match(sent, b) is not None


def _firm_spender(ctx: _Ctx, lex: _Lexicon, subj: str, metric: str) -> Optional[str]:
    """The firm that opens the clause of what it spends, invests, cuts or
    creates in jobs, when the subject read is only the place where ("Toyota
    will invest $1.3bn in Kentucky": Toyota); None when no name opens it (a
    government or a noun: the place may be the right subject)."""
    if not metric.startswith(_SPENT_METRICS):
        return None
    scoped, owner = _scope_place(ctx, lex, subj, site=True)
    if not scoped or owner is None or owner in lex.groups.values():
        return None
    return owner


#: between a traded name and its price or move: a verb and figures ("Corus fell 2.2% to", "ThyssenKrupp
#: dropping 1.7% to", "Brent crude fell 32 cents to")
_MOVE_GAP = compile_cached(r"(?:\s+[\p{Ll}]+)?(?:\s+(?:[\p{Ll}]+|[$£€]?\d[\d.,]*%?|to|by|from|at|a|an))"
                                  r"{0,6}\s+[$£€]?$", regex.VERSION1)


_IN_NAME = compile_cached(r"(?:In|Across|Throughout)\s", regex.VERSION1)  # "In London" read as one name


def _traded_owner(ctx: _Ctx, lex: _Lexicon, subj: str, metric: str) -> Optional[str]:
    """A name whose price or move the clause tells, traded in a place the
    sentence gives after "in" ("In London, Corus fell 2.2% to 55.57 pence";
    "Arcelor shed 2.1% in Paris, with ThyssenKrupp dropping 1.7%"): the
    name's, not the market's.  None when no name acts on the figure ("Shares
    in Tokyo fell 2%": the place stays)."""
    if not metric.startswith(("markets.", "money.price")) or not lex.blind \
            or subj not in lex.countries and subj not in lex.blind.values():
        return None
    spans = _spans_of(ctx, lex, subj)
    if not spans or not all(_IN_PLACE.search(ctx.sent[max(0, a - 16):a]) or _IN_NAME.match(ctx.sent, a, b)
                            for a, b in spans):
        return None
    lo = _clause(ctx.sent, ctx.fs, ctx.fe)[0]
    own = [c for c in _lex_names(ctx.sent[:ctx.fs], lex) if c[0] >= lo]
    if not own:
        return None
    c = own[-1]
    name = _canon(c[2], lex)
    if name in lex.countries or name in lex.blind.values() or c[2] in lex.nations or c[2] in _MONTHS_DAYS \
            or c[2].split()[0] in _NOT_PROPER or any(a <= c[0] < b for a, b in spans):
        return None
    if _MOVE_GAP.fullmatch(ctx.sent, c[1], ctx.fs) is None:
        return None
    return name


_REFERENT_AT = compile_cached(r"(?:^[\W_]*|[,;]\s+|\s(?:and|but|while|as|after|since|if|when|that|suggest|suggests|"
                              r"show|shows)\s+)$", regex.VERSION1)


def _owned_by_referent(metric: str, sent: str, place: str, lex: _Lexicon) -> bool:
    """What a firm or a work sold, took or earned, in a sentence whose clause
    opens with a pronoun or a noun for it ("Latest figures suggest it has sold
    more than 677,000 copies", "The film took $20m"): a place the sentence
    before names is no guess for its owner (it is where the work sold, or only
    an adjective: "The title broke the UK sales record")."""
    places = _place_names(lex)
    if not metric.startswith(_OWNED_METRICS) or place not in lex.countries and place not in places:
        return False
    return any(_REFERENT_AT.search(sent, max(0, m.start() - 12), m.start()) is not None
               for m in _finditer(_REFERENT_OPENS, sent))


#: a source named after the figure: "..., according to market analysts Nielsen", "..., according to a TUC
#: report", "..., the IFPI reported this week", "..., Oxfam says in a report"
_ACCORDING_AFTER = compile_cached(r"(?i)\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}$", regex.VERSION1)
_SAID_AFTER = compile_cached(r"(?:\s*\([^()]{1,12}\))?\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|reported|reports|"
                             r"estimated|estimates|told\s+[^,.;]{1,40})(?:\s+(?:in\s+a\s+(?:report|study|survey|"
                             r"statement)|on\s+\p{Lu}\p{Ll}+day|this\s+week|last\s+week|yesterday|today))?\s*[.,;]?\s*$",
                             regex.VERSION1)
_SAID_BEFORE_NAME = compile_cached(r",\s+(?:said|says|reported|reports|estimated|estimates)\s+(?:the\s+)?"
                              r"(?:(?:[\p{Ll}-]+|\p{Lu}{2,3})\s+){0,2}$", regex.VERSION1)
_STUDY_WORD = compile_cached(r"(?i)(?<![\p{L}])(?:analysts?|researchers?|report|study|survey|research|data|figures|"
                             r"poll|consultancy|consultants|think-tank|watchdog|firm)(?![\p{L}])", regex.VERSION1)
_COMMA_BEFORE = compile_cached(r",\s+(?:the\s+|[\p{Ll}-]+\s+){0,3}$", regex.VERSION1)
#: the figure's clause points back at the source: its own figure ("its figures", "we", "our"; "us" in
#: lower case: "US dollars" is a country's)
_POINTS_BACK = compile_cached(r"(?i)(?<![\p{L}])(?:it|its|they|their|we|our|(?-i:us)|i|my|he|his|she|her|"
                              r"the\s+(?:country|nation|state|city|firm|company|group)['’]s?)(?![\p{L}’'])",
                              regex.VERSION1)


def _trailing_source(ctx: _Ctx, lex: _Lexicon, subj: str) -> bool:
    """The subject is a body named only after the figure as the one who
    reports it ("Just over 54 million people are hooked up to broadband,
    according to market analysts Nielsen/NetRatings"; "Plans to shed 71,000
    civil service jobs will prove a false economy, according to a TUC
    report"): the figure is not its own (attribution keeps it as the source).
    It stays when the clause points back at it ("its figures", "we") or when
    it is a firm telling its own figures ("More than 120 games are in
    development for the new console, Nintendo has said")."""
    spans = _spans_of(ctx, lex, subj)
    if not spans or any(a < ctx.fe for a, _ in spans):
        return False
    for a, b in spans:
        according = _ACCORDING_AFTER.search(ctx.sent, max(0, a - 60), a)
        # (rates32) or before it, after a comma: "... jumped by 38% in a year, said the US Federal
        # Communications Commission"
        said = _SAID_AFTER.match(ctx.sent, b) or _SAID_BEFORE_NAME.search(ctx.sent, max(0, a - 40), a)
        if according is None and (said is None or _COMMA_BEFORE.search(ctx.sent, max(0, a - 40), a) is None
                                  and not _search(_STUDY_WORD, ctx.sent, max(0, a - 30), a)):
            return False
        if _search(_POINTS_BACK, ctx.sent, 0, according.start() if according is not None else a):
            return False
        # (or a trade written between "according to" and the name: "according to the UK-based journal
        # Screen Digest")
        study = (according is not None and (_search(_STUDY_WORD, ctx.sent, according.start(), a)
                                            or _STUDY_AFTER.match(ctx.sent, b) is not None
                                            or subj not in lex.countries
                                            and _TRADE_WORD.search(_ACCORDING_TO.sub("", ctx.sent[according.start():a]))
                                            is not None)
                 or _search(_STUDY_WORD, ctx.sent, max(0, a - 30), a) is not None)
        if not study and not _reporter(ctx, lex, [], (a, b)):
            return False
    return True


#: "according to" and what may stand before the source's name: a trade, a title, a study
#: ("According to technology analysts IDC", "according to research by message analysts the Radicati
#: Group", "According to analysts Nielsen//NetRatings", "According to Exhibitor Relations President")
_ACCORDING_LEAD = compile_cached(r"(?i)(?<![\p{L}])according\s+to\s+([^,.;:()\"“”]{0,70})$", regex.VERSION1)
_ACCORDING_TO = compile_cached(r"(?i)^according\s+to\s+", regex.VERSION1)
_TRADE_WORD = compile_cached(r"(?<![\p{L}/-])(?!(?:the|a|an|of|and|by|from|for|at|in)(?![\p{L}]))\p{Ll}[\p{L}-]+",
                             regex.VERSION1)


def _leading_source(ctx: _Ctx, lex: _Lexicon, subj: str) -> bool:
    """The subject is named only as the object of "according to" before the
    figure, a body or person described by its reporting trade or title
    ("According to technology analysts IDC, a fifth of all hard drives ...
    by 2007"; "According to Exhibitor Relations President Paul Dergarabedian,
    the average cost of a cinema ticket could be as high as $6.25"): the source
    of the figure, not its owner (attribution keeps it as the speaker).  Not a
    country or a place ("according to China's statistics bureau"), nor when the
    figure's clause points back at it ("its sales", "we"), nor a name with no
    trade or title written before it ("According to Tesco, sales rose 5%",
    "according to Gartner, 95% of all mobiles": a body reporting its own
    figure is not told apart from one reporting others'; QuanTemp held lost a
    subject when bodies of a reporting trade were dropped too)."""
    spans = _spans_of(ctx, lex, subj)
    # (a country, a US state, a place or a capital: "According to the state of Florida, you are almost
    # twice as likely to be attacked" stays Florida's)
    if not spans or subj in lex.countries or subj in (lex.places or {}) \
            or (lex.blind or {}).get(subj.casefold()) is not None:
        return False
    for a, b in spans:
        if b > ctx.fs:
            return False
        lead = _ACCORDING_LEAD.search(ctx.sent, max(0, a - 70), a)
        if lead is None or _nwords(lead.group(1)) > 6:
            return False
        if _search(_POINTS_BACK, ctx.sent, b, ctx.fs):
            return False
        # (the title may be read into the name's span: "Exhibitor Relations President Paul Dergarabedian")
        at = ctx.sent.find(subj.split()[0], a, b) if subj.split() else -1
        at = at if at > a else a
        if _TRADE_WORD.search(lead.group(1)) is None and _PERSON_TITLE.search(ctx.sent, max(0, at - 24), at) is None:
            return False
    return True


#: a country's word before a noun and a name it describes: "US behemoth General Electric", "US partner
#: Biogen Idec", "British film Vera Drake", "GM's European units Opel and Saab"
_APPOSED_NOUN = compile_cached(r"((?:\s+\p{Ll}[\p{Ll}-]{2,}){1,2})\s+(?=\p{Lu}\p{L})", regex.VERSION1)
_APPOSED_LEAD = compile_cached(r"(?:^[\W_]*|(?<![\p{L}])(?:the|a|an|The|A|An|its|Its|his|their|while|and|but|with|by|"
                               r"from|for|of|as|like|against|to|on|at|in|with|over|after|before|than)\s+|[,;(]\s*|['’]s\s+)$", regex.VERSION1)


_WHICH_AT = compile_cached(r",\s*(?:which|who)\s+", regex.VERSION1)


def _apposed_name(ctx: _Ctx, lex: _Lexicon, subj: str) -> Optional[str]:
    """The name a country's adjective describes through a noun ("US behemoth
    General Electric has posted an 18% jump in quarterly sales": General
    Electric; "US partner Biogen Idec shed 43%"), when the country is written
    only so: the figure is the named one's.  Not a verb after the country
    ("The US fined Microsoft", "Japan sold Toyota shares"): only nouns, in the
    singular or a plural the name joins ("units Opel and Saab")."""
    if subj not in lex.countries:
        return None
    spans = [(m.start(), m.end()) for m in _entity_matches(lex.entity_rx, ctx.sent) if lex.canonical[m.group()] == subj]
    if not spans:
        return None
    names = _lex_names(ctx.sent, lex)
    found = None
    lo = _clause(ctx.sent, ctx.fs, ctx.fe)[0]
    rel = _search(_WHICH_AT, ctx.sent, max(0, lo - 12), min(len(ctx.sent), lo + 12))
    if rel is not None and rel.start() <= lo <= rel.end() and rel.start() > 1:
        lo = _clause(ctx.sent, rel.start() - 2, rel.start() - 1)[0]  # "British film Vera Drake, which has 11"
    for a, b in spans:
        if a < lo or b > ctx.fs:
            return None  # (only the figure's own clause, before it: "Elan lost 70% while US partner Biogen ...")
        if ctx.sent[a:b] == subj or _APPOSED_LEAD.search(ctx.sent, max(0, a - 8), a) is None \
                or _role_named(ctx.sent, b, lex):
            return None  # (a country by its own name acts or is its team: "Japan sold", "England coach Andy Robinson")
        n = _APPOSED_NOUN.match(ctx.sent, b)
        if n is None:
            return None
        words = n.group(1).split()
        if any(w in _NP_STOP or w in _SPEECH or _PAST.fullmatch(w) or w.endswith(("ing", "ly"))
               or w.endswith("s") and not w.endswith("ss") and w is not words[-1] for w in words):
            return None
        c = next((c for c in names if c[0] == n.end()), None)
        if c is None:
            return None
        name = _owning_name(c, lex, _place_names(lex))
        if name is None or words[-1].endswith("s") and not words[-1].endswith("ss") \
                and not regex.match(r"\s+and\s+\p{Lu}", ctx.sent[c[1]:]):
            return None
        if c[2].split()[0] in lex.given or _search(_REPORTED, ctx.sent, c[1], ctx.fs) is not None:
            return None  # (a person by a given name, or one who reports the figure: "did not report that")
        v = _ACTS.match(ctx.sent, c[1])
        if v is None or v.group(1) and (v.group(1) in _NP_STOP or not (_PAST.fullmatch(v.group(1))
                                                                      or _VERB_FORM.fullmatch(v.group(1)))):
            return None  # the name must act ("General Electric has posted", "Vera Drake, which has"), not
            # stand in another's act ("his Afghan counterpart Mohammad Nabi choosing to bat")
        if found is not None and found != name:
            return None
        found = name
    return found


def _subject(rule: Rule, ctx: _Ctx, lex: _Lexicon, hit: _Hit) -> tuple[Optional[str], Optional[str]]:
    sent = _bare_possessives(ctx.sent, lex)
    if sent is not ctx.sent:
        own = replace(ctx, sent=sent)
        subj, s2 = _subject(rule, own, lex, hit)
        ctx.src, ctx.src_home = own.src, own.src_home
        return subj, s2
    subj, s2 = _subject_pair(rule, ctx, lex, hit)
    if subj in _MONTHS_DAYS and subj != "May":
        subj = None  # "October's deficit", "Monday's rally": a day or month owns no figure (May is a name too)
    if subj is not None and not hit.subject and (rule.metric.startswith("rank.") and _rank_scope(ctx, lex, subj)
                                                 or _under_leader(ctx, lex, subj)):
        subj = None
    if subj is not None and not hit.subject and rule.metric.startswith("rank.") \
            and (ranked := _ranked_name(ctx, lex, subj)) is not None and ranked != s2:
        subj = ranked  # "Sumitomo, Japan's third-largest bank": the bank's rank, within Japan
    if subj is not None and not hit.subject and (apposed := _apposed_name(ctx, lex, subj)) is not None \
            and apposed != s2:
        subj = apposed  # "US behemoth General Electric": the firm, not its country
    if subj is not None and not hit.subject and (actor := _demonym_object_actor(ctx, lex, subj)) is not None \
            and actor != s2:
        subj = actor  # "India banned 59 Chinese apps": India's ban; the apps are only Chinese
    if subj is not None and not hit.subject and (_trailing_source(ctx, lex, subj) or _leading_source(ctx, lex, subj)):
        subj = None
    if subj is not None and not hit.subject and rule.metric.startswith(_OWNED_METRICS):
        scoped, owner = _scope_place(ctx, lex, subj)
        if scoped:
            subj = owner if owner != s2 else None
    elif subj is not None and not hit.subject and (spender := _firm_spender(ctx, lex, subj, rule.metric)) \
            is not None and spender != s2:
        subj = spender  # "Ford agreed to invest $900 million at an Ohio plant": Ford's, at a plant in Ohio
    elif subj is not None and not hit.subject and (traded := _traded_owner(ctx, lex, subj, rule.metric)) \
            is not None and traded != s2:
        subj = traded  # "In London, Corus fell 2.2% to 55.57 pence": Corus's price, traded in London
    if subj is not None and ctx.fig.kind == "date" and rule.metric.startswith("event.") and not hit.subject \
            and not rule.subject_default and rule.metric not in _PLACE_EVENTS and not _titled_owner(rule, ctx, lex, subj):
        where, actor = _where_only(ctx, lex, subj, hit.cue)  # (yr26: a title's owner is no venue)
        if where:
            subj = actor if actor != s2 else None
    if ctx.fig.kind == "date" and rule.metric.startswith(("event.", "media.")) and not hit.subject \
            and not rule.subject_default and rule.metric not in _PLACE_EVENTS and not _titled_owner(rule, ctx, lex, subj) \
            and (shown := _shown_over(ctx, lex, subj)) is not None and shown != s2:
        subj = shown  # actor21: "Photos show Jokowi attending Chinese Lunar New Year celebration in 2022"
    if s2 is None and rule.subject2:
        lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
        s2 = _definite_party(rule, ctx, lex, lo, hi, subj)
    return subj, s2


#: what may stand between a figure and a demonym inside the figure's own phrase ("59 Chinese apps",
#: "300 mostly Chinese workers")
_FIGURE_TO_DEMONYM = compile_cached(r"\s+(?:\p{Ll}+ly\s+)?$", regex.VERSION1)


#: the actor's verb, then the figure as its object ("India banned 59", "Britain has deported about 300"; not
#: "Ukraine has intelligence there are at least 155": the figure is another clause's)
_ACTOR_TO_FIGURE = compile_cached(r"\s+(?:(?:has|have|had|also|now|recently|just|already)\s+)?\p{Ll}{2,}\s+"
                                  r"(?:(?:at\s+least|more\s+than|about|around|some|nearly|almost|over|up\s+to|"
                                  r"another|a\s+further|a\s+total\s+of)\s+)?", regex.VERSION1)


def _demonym_object_actor(ctx: _Ctx, lex: _Lexicon, subj: str) -> Optional[str]:
    """The country that opens the sentence and acts on a figure whose own phrase
    holds the demonym read as ``subj`` ("India banned 59 Chinese apps", "Britain
    deported 300 Chinese workers"): the demonym only says what the counted things
    are; the actor's is the figure."""
    ents = _entities(ctx, lex)
    dem = next((e for e in ents if e[2] == subj and e[0] > ctx.fe and ctx.sent[e[0]:e[1]] in lex.nations
                and ctx.sent[e[0]:e[1]] != e[2] and _FIGURE_TO_DEMONYM.search(ctx.sent, ctx.fe, e[0])), None)
    if dem is None or not ents or ents[0][2] == subj or ents[0][1] > ctx.fs or ents[0][2] not in lex.countries \
            or _ACTOR_TO_FIGURE.fullmatch(ctx.sent, ents[0][1], ctx.fs) is None:
        return None
    return ents[0][2] if _opening_actor(ctx, ents[0]) else None


#: a firm named before, as the actor that opens the sentence ("The company is the biggest player in China")
_FIRM_OPENS = compile_cached(r"[\W_]*(?:(?:The|Its)\s+(?:[\p{Ll}-]+\s+)?(?:" + "company|firm|group|bank|carrier|airline|"
                             r"retailer|business|maker|chain|operator|network|insurer|lender|manufacturer|giant|"
                             r"carmaker|brewer|publisher|broadcaster|supermarket|conglomerate"
                             r"))(?![\p{L}])", regex.VERSION1)
_IN_PLACE = compile_cached(r"(?i)(?<![\p{L}])(?:in|across|throughout|outside|inside)\s+(?:the\s+)?$", regex.VERSION1)


def _firm_in_place(ctx: _Ctx, lex: _Lexicon, pool, subj: str) -> bool:
    """A sentence about a firm named before ("The company is still the biggest
    player in China, with more than a quarter of the market"; "Its shares in
    Japan fell 20%"): a country it names after a preposition is where the firm
    trades, not whose figure it is."""
    if subj not in lex.countries or _FIRM_OPENS.match(ctx.sent) is None:
        return False
    own = [e for e in pool if e[2] == subj and e[1] <= ctx.fs]
    # (not in what the firm says: "The group ... said the new system of fees in England")
    return bool(own) and all(_IN_PLACE.search(ctx.sent[max(0, e[0] - 16):e[0]])
                             and _search(_REPORTED, ctx.sent, 0, e[0]) is None for e in own)


#: a place where something was said, before the reported clause: "Ms Svyrydenko told a news
#: briefing in Davos that the figure included ... more than 250 strikes", "told reporters in
#: Washington that 300 people were killed", "said at the summit in Brussels on Monday that"
_SAID_AT_BEFORE = compile_cached(
    r"(?i)(?<![\p{L}])(?:said|says|say|told|tells|telling|speaking|spoke|addressing|addressed|announced|"
    r"announcing|explained|added|warned|insisted|claimed|stated|declared|revealed|confirmed)"
    r"(?:\s+(?!that\b)[\p{L}’'-]+){0,4}?\s+(?:in|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'-]*\s+)*$", regex.VERSION1)
_SAID_AT_AFTER = compile_cached(
    r"(?:\s+(?:on\s+\p{Lu}\p{Ll}+|yesterday|today|last\s+week|this\s+week|earlier|recently))?,?\s+that(?![\p{L}])",
    regex.VERSION1)


def _speech_venue(ctx: _Ctx, e: tuple) -> bool:
    """Whether the entity at ``e`` is only where the figure was said: after a verb of saying
    and "in" or "at", before the "that" of the reported clause the figure is in."""
    return e[1] <= ctx.fs and _SAID_AT_AFTER.match(ctx.sent, e[1]) is not None \
        and _search(_SAID_AT_BEFORE, ctx.sent, max(0, e[0] - 70), e[0]) is not None


def _subject_pair(rule: Rule, ctx: _Ctx, lex: _Lexicon, hit: _Hit) -> tuple[Optional[str], Optional[str]]:
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    # (not a place that is only where the figure was said: "told reporters in Washington that")
    ents = [e for e in _entities(ctx, lex) if not _speech_venue(ctx, e)]
    s2 = hit.subject2
    s2_span = None
    if s2 is None:
        e2 = _second_party(rule, ctx, ents, lo, hi)
        if e2 is not None:
            s2, s2_span = _place_or_country(ctx, lex, e2), (e2[0], e2[1])
    # (nor a name inside the second party: "paid former Twitter CEO Jack Dorsey")
    pool = [e for e in ents if (e[0], e[1]) != s2_span and e[2] != s2
            and not (s2_span is not None and e[0] < s2_span[1] and e[1] > s2_span[0])
            and not (s2_span is None and s2 and regex.search(r"(?<![\p{L}])" + regex.escape(ctx.sent[e[0]:e[1]])
                                                              + r"(?![\p{L}])", s2))]
    ctx.src = _source_cut(ctx, lex, pool, s2_span)
    pool = [e for e in pool if e[0] >= ctx.src]
    if hit.subject:
        return hit.subject, s2
    verb = (hit.cue if rule.broad else _verbal_cue(ctx.sent, hit.cue)) if rule.kind == "date_event" else None
    if verb is not None and ctx.sent[verb[0]:verb[1]].lower() not in _SCHEDULED:
        # the date of an act is the actor's: the verb's subject, not the nearest name
        # ("He joined Columbia Records in 1990": not Columbia Records)
        subj, limit = _verb_actor(ctx, lex, ents, verb, patient_first=(
            False if rule.broad or rule.priority < 0 else "fate" if rule.metric in _FATES else True))
        if limit is None:
            return (subj if subj != s2 else None), s2
        if (named := _clause_name(ctx, lex, ents, limit)) is not None and named != s2:
            return named, s2  # actor21: "In 2021, Hobby Lobby crafts store placed"
        if (shown := _shown_name(ctx, lex, ents, limit)) is not None and shown != s2:
            return shown, s2  # actor21: "A video posted in May 2023 showed Lindsey Graham saying"
        # the verb's subject is no name ("its new tariffs took effect"): a name
        # the strategies read stands, if it comes before the verb (not its object)
        subj, s2 = _subject_pair(replace(rule, kind="date"), ctx, lex, hit)
        if subj is not None and _he_not_person(ctx, lex, ents, subj, limit):
            return None, s2  # prec22: "In 2001, he took over the reins in Europe"
        return (subj if _named_before(ctx, lex, ents, subj, limit) else None), s2
    not_owner = _not_owner(rule.metric)
    if not_owner:
        # "killed in a Russian missile attack on Kharkiv", "killed by Israeli fire": the attacker
        # is no owner of the dead (casualties.killed/Russia counts Russia's dead); "a range of
        # 2,500 km, enough to reach Moscow": the target is no owner of the missile
        pool = [e for e in pool if not not_owner(ctx.sent, e, lex)]
    for strategy in rule.subject:
        subj = _STRATEGIES[strategy](ctx, lex, pool, lo, hi)
        if subj and not_owner and strategy == "proper_noun" and _never_owner(ctx, lex, subj, not_owner):
            continue  # a name outside the gazetteer read by its capital: "killed in the Hamas attack"
        if subj and subj == s2 and s2_span is not None and all(" " in p for p in rule.subject2):
            # "Sales to China rose 12%": a second party read through the rule's own words
            # ("sales to") is not the owner too (a bare "in" or "to" is a guess: the owner stands)
            continue
        if subj and subj == hit.subject2:
            # (s27) nor the second party the rule's pattern names ("Mr Glazer holds 28.1% of Manchester
            # United", "won a record 41 Grammy nominations"): the owner is not told, a later
            # strategy's guess would be further off
            return None, s2
        if subj:
            if _firm_in_place(ctx, lex, pool, subj):
                return None, s2
            return _name_over_place(ctx, lex, pool, subj), s2
    if verb is not None and not rule.subject_default and (named := _clause_name(ctx, lex, ents, verb[0])) is not None \
            and named != s2:
        return named, s2  # actor21: a verb of happening's own subject ("In 1987 The Joshua Tree broke")
    if rule.subject_default:
        return rule.subject_default, s2
    if ctx.src_home:
        return ctx.src_home, s2  # a statistics office's figure is its country's, not a guess
    if not rule.guess_subject:
        subj = (_named_subject(rule, ctx, lex, ents, pool, lo, hi) or _after_figure(rule, ctx, lex, pool, hi)
                or _copula_scope(ctx, lex, pool))
        return (subj if subj != s2 else None), s2
    # last resort: an entity that acts in the sentence (not the object of a
    # preposition), else a name; none past a clause about something else
    # ("worth $147.5 million, which would buy 1,000 U.S. families a home")
    # (nor past another figure a conjunction joins on, unless it scopes both: "rose by 8% globally
    # ... and by 24% in China")
    pool = [e for e in pool if e[0] < ctx.fe or _search(_CLAUSE_OFF, ctx.sent, ctx.fe, e[0]) is None
            and not _next_figures_clause(ctx, e[0])]
    subj = _s_actor(ctx, lex, pool, lo, hi)
    if subj is None:
        free = [e for e in pool if not _LED_BY_PREP.search(ctx.sent[max(0, e[0] - 16):e[0]])
                and not ctx.sent[max(0, e[0] - 5):e[0]].rstrip().endswith("and")
                and not _person_reporter(ctx, e)]
        # "69% of olive oils in the US": the place is the scope of the figure
        where = [e for e in pool if _SCOPE.search(ctx.sent[max(0, e[0] - 16):e[0]])]
        subj = (_name_over_place(ctx, lex, pool, free[0][2], guess=True) if free
                else (_venue_actor(ctx, lex, pool, where[0]) or where[0][2]) if where
                else _guessed_name(ctx, lex, pool, lo, hi, not_owner) or _blind_place(ctx, lex))
    else:
        subj = _name_over_place(ctx, lex, pool, subj, guess=True)
    if subj is None:
        subj = (_named_subject(rule, ctx, lex, ents, pool, lo, hi) or _after_figure(rule, ctx, lex, pool, hi)
                or _copula_scope(ctx, lex, pool))
    return (subj if subj != s2 else None), s2


#: a person named by a title ("Mr Brown", "Chancellor Gordon Brown") who reports after the
#: figure ("... spending £60m a year on seeking an inoculation, Mr Brown said")
_TITLED_BEFORE = compile_cached(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+(?:\p{Lu}\p{Ll}+\s+)?$",
                                regex.VERSION1)
_TITLED_NAME = compile_cached(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+\p{Lu}", regex.VERSION1)
_SAID_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:said|says|told|added|according\s+to)\s+$", regex.VERSION1)


def _person_reporter(ctx: _Ctx, e: tuple) -> bool:
    """Is the entity ``e`` after the figure a person, named with a title, who
    reports the figure ("..., Mr Brown said", "..., said Mr Brown")?  Who said
    it, not whom it is about: no last guess at the figure's subject."""
    if e[0] < ctx.fe:
        return False
    lead = ctx.sent[max(0, e[0] - 30):e[0]]
    m = _TITLED_BEFORE.search(lead)
    if m is not None:
        lead = lead[:m.start()]
    elif _TITLED_NAME.match(ctx.sent, e[0], e[1]) is None:
        return False  # ("Mr Brown" may be the name itself)
    if _SAID_BEFORE.search(lead) is not None:
        return True
    m = _SOURCE_VERB.match(ctx.sent, e[1])
    # the report closes the sentence (", Mr Brown said on Thursday."), not a clause of its own that
    # follows a phrase about the person ("Under 23 hours of questioning, Mr Sullivan has told the court
    # that ...": his questioning)
    return m is not None and _nwords(ctx.sent[m.end():]) <= 4


#: the words between a figure and the owner of the noun phrase it is about ("six studies verify
#: that the math adds up for Mitt Romney's tax plan"), or the place that scopes it ("2.7 million
#: lost jobs in the U.S."): a preposition ends them (not "to" or "from": "sent 300 troops to
#: Ukraine's border" names where they went, not whose they are)
_OWNER_GAP = compile_cached(r"(?:\s+[\p{L}’'-]+){0,8}?\s+(?:for|of|on|under|in|about|behind|over|among|within)\s+(?:the\s+)?$",
                            regex.VERSION1)
_AFTER_STOP = compile_cached(r"(?i)(?<![\p{L}])(?:said|says|told|tells|according|reported|claimed|wrote|including|"
                             r"among\s+(?:them|whom|which|others)|"
                             r"such\s+as|where|while|whereas|although|because|unless|until|than)(?![\p{L}])|[;:\"“”()]",
                             regex.VERSION1)
_OWNED = compile_cached(r"(?:['’]s|(?<=s)['’])\s+\p{Ll}", regex.VERSION1)
_LOWER_NEXT = compile_cached(r"\s+\p{Ll}", regex.VERSION1)


#: a person who acts in the figure's clause ("He had to spend", "she spent")
_PERSON_ACTS = compile_cached(r"(?<![\p{L}’'])(?:he|she|He|She|I|we|We|they|They|you|You)\s+(?:\p{Ll}+\s+){0,3}?"
                              r"(?:spend|spent|spends|stay|stayed|stays|live|lived|lives|wait|waited|waits|spending|"
                              r"staying|living|waiting|work|worked|works|working|serve|served|serves|serving)(?![\p{L}])",
                              regex.VERSION1)


#: an attack named by who makes it: "a Russian missile attack", "Israeli air strikes", "US drone
#: strikes", "Ukrainian shelling", "the Hamas attack"
_ATTACK_AFTER = compile_cached(
    r"(?:\s+[\p{Ll}-]+){0,2}?\s+(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|air\s*raids?|shelling|"
    r"bombardments?|bombings?|bombs?|missiles?|rockets?|drones?|gunfire|offensive|assaults?|artillery|"
    r"barrages?|ambush(?:es)?|incursions?|onslaught)(?![\p{L}])", regex.VERSION1)
_FIRE_AFTER = compile_cached(r"\s+fire(?![\p{L}])", regex.VERSION1)
#: the agent of a passive: "killed by Russia", "killed by Russian forces", "by the Taliban"
_BY_BEFORE = compile_cached(r"(?i)(?<![\p{L}])by\s+(?:the\s+|a\s+|an\s+)?$", regex.VERSION1)


def _attacker(sent: str, e, lex: _Lexicon) -> bool:
    """Does the entity (start, end, name) name who attacks, not whose dead are counted?"""
    a, b = e[0], e[1]
    if _BY_BEFORE.search(sent, max(0, a - 12), a) is not None:
        return True
    if _ATTACK_AFTER.match(sent, b) is not None:
        return True  # a people's or a group's: "the Hamas attack"
    # "Israeli fire" is an attack, "a London fire" a blaze
    return sent[a:b] in lex.nations and _FIRE_AFTER.match(sent, b) is not None


def _guessed_name(ctx: _Ctx, lex: _Lexicon, pool, lo: int, hi: int, not_owner) -> Optional[str]:
    """The last guess, any capitalised name; for the dead, not the attacker's ("the Hamas
    attack"), for a weapon's reach, not its target (``not_owner``: see _NOT_OWNER)."""
    name = _s_proper_noun(ctx, lex, pool, lo, hi)
    return None if name and not_owner and _never_owner(ctx, lex, name, not_owner) else name


def _never_owner(ctx: _Ctx, lex: _Lexicon, name: str, not_owner) -> bool:
    """Is every capitalised mention of the name in the sentence one that ``not_owner`` rules out?"""
    spans = [c for c in _name_cands(ctx, lex) if _canon(c[2], lex) == name]
    return bool(spans) and all(not_owner(ctx.sent, c, lex) for c in spans)


#: what a weapon can reach: "enough to reach Moscow", "capable of hitting targets in Israel"
_TARGET_BEFORE = compile_cached(
    r"(?i)(?<![\p{L}])(?:reach|reaches|reaching|hit|hits|hitting|strike|strikes|striking|target|targets|targeting|"
    r"targetting)\s+(?:(?:as\s+far\s+as|deep\s+into|into|inside|anywhere\s+in|targets\s+in|cities\s+in|"
    r"parts\s+of|most\s+of|all\s+of)\s+)?(?:the\s+)?$", regex.VERSION1)


def _target(sent: str, e, lex: _Lexicon) -> bool:
    """Does the entity name what a weapon can reach, not whose weapon it is?"""
    return _TARGET_BEFORE.search(sent, max(0, e[0] - 40), e[0]) is not None


#: per metric family, the names that are no owner of its figures
_NOT_OWNER = {"casualties": _attacker, "weapons": _target}


def _not_owner(metric: str):
    """The test of a name that is no owner of the metric's figures (_NOT_OWNER), or None."""
    return _NOT_OWNER.get(metric.split(".", 1)[0])


def _after_figure(rule: Rule, ctx: _Ctx, lex: _Lexicon, pool, hi: int) -> Optional[str]:
    """When no strategy found a subject: the first name after the figure in
    its clause, when it owns the noun phrase the figure is about ("for Mitt
    Romney's tax plan"), or is a place that scopes the figure ("2.7 million
    lost jobs in the U.S.").  Not a name past another one, a quote, or a
    clause of its own ("..., said", "according to", "while")."""
    if ctx.ucls == "date" or ctx.fig.kind == "money":
        # an event's date is its actor's (see _verb_actor); a sum's payer is not who it is paid
        # to or for ("gave $20 to Hillary Clinton's foundation", "paid $5,000 for Trump's book")
        return None
    names = [(e[0], e[1], e[2], True) for e in pool if e[0] >= ctx.fe]
    names += [(c[0], c[1], _canon(c[2], lex), False) for c in _name_cands(ctx, lex)
              if c[0] >= ctx.fe and not any(e[0] < c[1] and c[0] < e[1] for e in pool)]
    if (not_owner := _not_owner(rule.metric)) is not None:
        names = [n for n in names if not not_owner(ctx.sent, n, lex)]  # "killed in the Hamas attack"
    if not names:
        return None
    a, b, name, listed = min(names)
    if a > hi or _search(_AFTER_STOP, ctx.sent, ctx.fe, a) is not None or any(ctx.fe <= o[0] < a for o in ctx.others) or _SOURCE_VERB.match(ctx.sent, b) is not None:
        return None
    if ctx.sent[a:b].split()[-1][:-2] in _NOT_PROPER:
        return None  # "on Earth That’s not": a contraction, not an owner
    if _OWNED.match(ctx.sent, b) is not None or _OWNER.search(ctx.sent, a, b) and _LOWER_NEXT.match(ctx.sent, b):
        return name if _OWNER_GAP.fullmatch(ctx.sent, ctx.fe, a) is not None else None
    if rule.metric.startswith("people.") and _FROM_PLACE.fullmatch(ctx.sent, ctx.fe, a) is not None:
        return name  # where the people counted come from: "Nine men from West Yorkshire", "Two men, both from Keighley"
    if not listed:
        return None
    raw = ctx.sent[a:b]
    if rule.metric.startswith(("people.", "immigration.")) and _MOVE_TO.fullmatch(ctx.sent, ctx.fe, a) is not None \
            and (name in lex.countries or raw in lex.places or raw.lower() in lex.blind or name in lex.places.values()):
        return name  # where the people counted settle: "110 people a day move to Austin", "come into the U.S."
    if (name in lex.countries or raw in lex.places or raw.lower() in lex.blind) \
            and _SCOPE_AFTER.fullmatch(ctx.sent, ctx.fe, a) is not None:
        if _search(_PERSON_ACTS, ctx.sent, _clause(ctx.sent, ctx.fs, ctx.fe)[0], ctx.fs) is not None:
            return None  # "He had to spend an extra 24 hours in Nairobi": where a person was, not what it is about
        return name
    m = _NEXT_WORD.match(ctx.sent, b)
    if m is not None and m.group(1) not in _NP_STOP and not m.group(1).endswith("ly") \
            and raw in lex.canonical and _FIRM_AFTER.match(ctx.sent, b) is None \
            and _OWNER_GAP.fullmatch(ctx.sent, ctx.fe, a) is not None:
        return name  # "money to Medicare recipients", "jobs added to US payrolls": a name that qualifies the noun
    return None


def _copula_scope(ctx: _Ctx, lex: _Lexicon, pool) -> Optional[str]:
    """When no strategy found a subject: the listed place that scopes the
    subject of a copula whose complement is the figure ("The age of consent
    in the majority of states in the U.S. is 16 or 17 years")."""
    cop = _copula(ctx)
    if cop is None:
        return None
    a, b = cop
    for e in reversed(pool):
        if a <= e[0] and e[1] <= b and _SCOPE.search(ctx.sent, max(a, e[0] - 16), e[0]) is not None \
                and (e[2] in lex.countries or ctx.sent[e[0]:e[1]] in lex.places or ctx.sent[e[0]:e[1]].lower() in lex.blind):
            return e[2] if _search(_NOT_IN_SUBJECT, ctx.sent, e[1], b) is None else None
    return None


#: the people a figure counts move to a place ("1,000 people a day are moving to Florida"):
#: the place they settle in is what the count is about (not "sent to", "went to": troops, fans)
_MOVE_TO = compile_cached(r"(?:\s+[\p{L}.-]+){0,4}?\s+(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|"
                          r"immigrat(?:e|es|ed|ing)|com(?:e|es|ing)|came|flock(?:s|ed|ing)?|pour(?:s|ed|ing)?|"
                          r"arriv(?:e|es|ed|ing))\s+(?:in)?to\s+(?:the\s+)?", regex.VERSION1)
_FROM_PLACE = compile_cached(r"(?:\s+[\p{L}-]+){0,2}?(?:\s*,\s*(?:both|all)\s+|\s+)from\s+(?:the\s+)?", regex.VERSION1)
_NEXT_WORD = compile_cached(r"\s+(\p{Ll}[\p{Ll}-]*)\b", regex.VERSION1)


#: what may stand between a verb's subject and the verb: an aside between commas, auxiliaries,
#: modals, negation and adverbs ("Gazprom, the gas giant, has also bought"; "Reagan later fired"),
#: or a longer appositive led by an article, brackets and all ("Egas Moniz, the inventor of the
#: lobotomy technique for treating patients (particularly people with schizophrenia), was awarded")
_ACTOR_GAP = compile_cached(
    r"(?:\s*,[^,;:()\"“”]{2,60},|\s*,\s*(?:the|a|an)\s(?:[^,;:()\"“”]|\([^,;:()\"“”]{1,80}\)){2,200},)?(?:\s+(?:has|had|have|was|were|is|are|will|would|could|can|may|might|must|"
    r"shall|should|did|does|do|not|never|be|been|being|also|then|first|once|only|just|itself|himself|herself|"
    r"themselves|later|again|already|now|still|soon|\p{Ll}+ly))*\s*$", regex.VERSION1)
#: the forms of be before a participle: the verb is passive, its subject is what is acted on
_BE_BEFORE = compile_cached(r"(?i)(?<![\p{L}’'-])(?:was|were|is|are|be|been|being|get|got|gets)"
                            r"(?:\s+\p{Ll}+ly)?\s+$", regex.VERSION1)
_BY_NAME = compile_cached(r"(?:\s+(?!by\b)[\p{L}’'-]+){0,4}?\s+by\s+(?:the\s+)?(?:(?:former|late|then|\p{Ll}+)\s+){0,3}$",
                          regex.VERSION1)  # "by (the) telephone pioneer Alexander Graham Bell"
#: a relative pronoun before the verb: its antecedent acts ("Chieko Hara, who died in 2005")
_WHO_BEFORE = compile_cached(r"(?:\s*,)?\s+(?:who|which|that)\s*$", regex.VERSION1)
#: a noun phrase set beside a name before a relative pronoun ("Parmalat, the food group which")
_APPOSED_HEAD = compile_cached(r"\s*,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*", regex.VERSION1)


_VERB_CUE = compile_cached(r"(?:\p{Ll}+(?:ed|en|wn)|born|bought|sold|won|lost|made|took|gave|paid|spent|sent|got|"
                            r"kept|left|led|met|ran|wrote|built|brought|held|shot|fought|struck|became|began|"
                            r"broke|chose|came|went|fell|flew|grew|stood|sat|set|put|cut|hit|quit|split|"
                            r"won|beat|drew|swept|overcame|spoke|told|found|signed|founded)$", regex.VERSION1)


#: verbs of happening and scheduling: what they date happens where (or to what) the
#: sentence says, with no actor ("Hantavirus has emerged in China", "is set to take place in Wigan")
#: verbs of occurring: what they date happens in a place, with no actor ("Hantavirus has emerged in China")
_OCCURRED = frozenset("emerged appeared occurred happened spread surfaced arose erupted".split())
_SCHEDULED = _OCCURRED | frozenset("""broke began started
scheduled rescheduled slated set due planned expected organised organized""".split())


#: events that happen to the one a passive names, never to its agent ("was shot by", "was sacked by")
_FATES = frozenset(("event.death", "event.birth", "event.legal", "event.award", "event.departure",
                    "event.marriage", "event.took_charge", "event.injury"))


def _verbal_cue(sent: str, cue: tuple) -> Optional[tuple]:
    """The span of the verb in the cue of a named event-date rule: the first
    word of the cue that is a past tense or participle, not a noun after a
    determiner ("joined", "In 1998 the company merged"; not "the election",
    "his death").  None when the cue is no verb."""
    prev = sent[max(0, cue[0] - 12):cue[0]].split()
    prev = prev[-1].lower() if prev else ""
    raw = ""
    for m in _VERB_WORD.finditer(sent, cue[0], cue[1]):
        if _VERB_CUE.fullmatch(m.group()) is not None and prev not in _DETERMINER \
                and not (m.group().lower() in _NAMING and _NAME_NEXT.match(sent, m.end())
                         and raw.islower() and raw not in _NP_STOP and sent[m.start() - 1:m.start()] == " "):
            return m.start(), m.end()
        prev, raw = m.group().lower(), m.group()
    return None


#: (s31) a participle that gives a name to the noun before it ("a boy named Lachlan Leary died in",
#: "a man called Tom Baker was arrested"): no verb of the clause; the name is its subject
_NAMING = frozenset("named called dubbed nicknamed christened".split())
_NAME_NEXT = compile_cached(r"\s+[\"“‘']?\p{Lu}", regex.VERSION1)


def _named_before(ctx: _Ctx, lex: _Lexicon, ents, subj: Optional[str], limit: int) -> bool:
    """Is ``subj`` named in the sentence before ``limit``, or nowhere in it
    (a subject the rule or the lowercase gazetteer gave)?"""
    if subj is None:
        return False
    at = [e[:2] for e in ents if e[2] == subj]
    at += [c[:2] for c in _lex_names(ctx.sent, lex) if _canon(c[2], lex) == subj or c[2] == subj]
    low = ctx.sent.lower()
    i = low.find(subj.lower())
    while i >= 0 and not at:  # a name written as the subject is ("Earth", "the asteroid")
        at.append((i, i + len(subj)))
        i = low.find(subj.lower(), i + 1)
    # before the verb, or after it as the place it happened in ("was created in a lawn in
    # Bath"), not its object ("joined Columbia Records", "merged into the US firm")
    return not at or any(b <= limit or _PLACE_LEAD.search(ctx.sent, max(0, a - 30), a) for a, b in at)


#: prec22: "he" or "she" as the dated verb's subject, up to three lower-case words
#: before where that subject phrase ends ("when he ", "he then ", "as he had ")
_HE_SHE_AT = compile_cached(r"(?<![\p{L}’'-])(?:[Hh]e|[Ss]he)(?:\s+\p{Ll}+){0,3}\s*$", regex.VERSION1)
_THE_BEFORE = compile_cached(r"(?<![\p{L}])[Tt]he\s+$", regex.VERSION1)


def _he_not_person(ctx: _Ctx, lex: _Lexicon, ents, subj: str, limit: int) -> bool:
    """prec22: the dated verb's subject is "he" or "she" and the name the
    rule's strategies gave can be no person: a country or place, a body of
    the gazetteer, or a name written only after "the" ("In 2001, he took
    over the reins in Europe"; "when she was suspended" after "told the BBC
    News website"; "as he left the premises" after "used the Hit Factory").
    A leader the gazetteer reads as his country stands ("Obama ... when he
    took office": United States)."""
    sent = ctx.sent
    if _HE_SHE_AT.search(sent, max(0, limit - 40), limit) is None:
        return False
    if any(sent[e[0]:e[1]] in (lex.persons or ()) for e in ents if e[2] == subj):
        return False
    if subj in lex.countries or subj.lower() in (lex.blind or {}) or subj in (lex.places or {}) \
            or any(e[2] == subj for e in ents):
        return True
    at = [m.start() for m in regex.finditer(r"(?<![\p{L}])" + regex.escape(subj) + r"(?![\p{L}])", sent)]
    return bool(at) and all(_THE_BEFORE.search(sent, max(0, a - 5), a) for a in at)


_PLACE_LEAD = compile_cached(r"(?<![\p{L}’'-])(?:in|at|near|across|throughout|outside|inside)\s+(?:the\s+)?"
                             r"(?:(?:city|town|state|province|region)\s+of\s+)?$", regex.VERSION1)


_ADVERB_LEAD = compile_cached(r"(?:\p{Lu}\p{Ll}+,\s+)?", regex.VERSION1)  # "Instead, ", "However, "
_GERUND_LEAD = compile_cached(r"(?i)(?<![\p{L}])(?:since|after|before|while|when|upon|without|by)\s+$", regex.VERSION1)
_DESIGNATION = compile_cached(r"\s+(\d+)(?:\s*\([^()]{1,20}\))?(?=\s+(?:could|would|will|can|may|might|must|has|had|have|"
                              r"was|were|is|are|\p{Ll}+ed)\b)", regex.VERSION1)


def _verb_actor(ctx: _Ctx, lex: _Lexicon, ents, cue: tuple, patient_first: bool = False
                ) -> tuple[Optional[str], Optional[int]]:
    """The actor of the verb at ``cue`` that a date is tied to: the name that
    stands as the subject of an active verb ("In 1981, Reagan fired",
    "Gazprom, the gas giant, bought"; through "who": "Chieko Hara, who died
    in 2005"), or the by-agent of a passive ("was quashed in 1989 by the
    Court of Appeal"), else the passive's own subject ("Kennedy was
    assassinated in 1963"; only that, with ``patient_first``: a rule that
    names what happened to it, "Roxy Music were formed in 1971 by Ferry",
    "the designer was shot in 1997 by Andrew Cunanan").  Not a
    name the verb acts on ("He joined Columbia Records in 1990", "could hit
    Earth in 2020"), nor a source that reports it.  (name, None) when the
    verb's subject is settled (a name, or a name that may not act); (None,
    where its subject phrase ends) when it is a phrase with no name ("its
    new tariffs took effect", "He joined")."""
    va = cue[0]
    sent = ctx.sent
    cands = [(e[0], e[1], e[2]) for e in ents]
    cands += [(c[0], c[1], _canon(c[2], lex)) for c in _lex_names(sent, lex)
              if not any(e[0] < c[1] and c[0] < e[1] for e in ents) and not _CAPS_PLURAL.fullmatch(c[2])]
    cands = [c for c in cands if not (c[0] < ctx.fe and c[1] > ctx.fs)]
    # a name with its number ("Asteroid 52768 (1998 OR2) could hit"): the numbered thing acts
    cands = [(c[0], d.end(), c[2] + " " + d.group(1)) if (d := _DESIGNATION.match(sent, c[1])) is not None
             and " " not in c[2] and c[2] not in lex.nations and c[2] not in _MONTHS_DAYS else c for c in cands]
    # the date's own phrase between the subject and its verb ("Reagan in 1981 fired") is skipped
    p = _DATE_PREP.search(sent, max(0, ctx.fs - 30), ctx.fs)
    ds = p.start() if p is not None else ctx.fs

    def gap_before(b: int, a: int) -> str:
        if b <= ds and ctx.fe <= a:
            return sent[b:ds].rstrip(" ,") + " " + sent[ctx.fe:a].lstrip(" ,")
        return sent[b:a]

    def subject_at(end: int) -> tuple[Optional[str], Optional[int]]:
        w = _WHO_BEFORE.search(sent, max(0, end - 12), end)
        if w is not None:
            end = w.start()
        aside = False
        for c in sorted(cands, key=lambda c: -c[1]):
            if c[1] > end:
                continue
            gap = gap_before(c[1], end)
            if w is not None and not aside and _APPOSED_HEAD.fullmatch(gap) is not None \
                    and _LED_BY_PREP.search(sent[max(0, c[0] - 16):c[0]]) is None:
                # "suing Parmalat, the food group which went bust in 2003": the name the
                # relative's noun stands beside (not the clause's subject, "Bank of America")
                return c[2], None
            if _ACTOR_GAP.fullmatch(gap) is None:
                if gap.lstrip().startswith(",") or aside and not regex.match(r"\s*,", gap):
                    # a name at the end of an aside ("Jones, the lawyer for Smith, was hired"): the
                    # subject is before the aside, if any is
                    aside = True
                    continue
                break
            if aside and not regex.match(r"\s*,", gap):
                break
            if _LED_BY_PREP.search(sent[max(0, c[0] - 16):c[0]]):
                break  # in the subject's phrase, not its head ("The first case of COVID-19 in India was")
            said = _SOURCE_VERB.match(sent, c[1])  # not the verb itself: "Lord Goldsmith warned Tony Blair on 7 March"
            if (said is None or said.end() <= va) and _is_source(ctx, c[0], c[1]) \
                    or c[2] in lex.nations and _firm_adjective(sent, c[0], c[1]):
                return None, None  # "the US firm bought"
            return c[2], None
        return None, end

    gl = _GERUND_LEAD.search(sent, max(0, va - 12), va) if sent[va:cue[1]].endswith("ing") else None
    if gl is not None:
        # a gerund after "since", "after", "before": its subject is the clause's
        # ("Federer has been without a coach since splitting with Peter Lundgren in 2003")
        start = _OPEN_LEAD.match(sent).end()
        start = _ADVERB_LEAD.match(sent, start).end()
        first = next((c for c in sorted(cands) if c[0] == start and c[1] <= va), None)
        v = _VERB_AFTER.match(sent, first[1]) if first is not None else None
        if v is not None and (v.group(1) or _VERB_FORM.fullmatch(v.group(2))) and v.group(2) not in _SPEECH \
                and _search(_REPORTED, sent, first[1], gl.start()) is None \
                and _search(_CLAUSE_BREAK, sent, first[1], gl.start()) is None:
            return first[2], None
    before = sent[max(0, va - 40):va]
    be = _BE_BEFORE.search(before)
    lead = before.rstrip()
    if be is None and not lead.endswith((",", " -", "–", "—")):
        return subject_at(va)
    # a passive ("was developed"), or a participle after its noun ("Vascolex, developed by")
    be_at = be.start() + max(0, va - 40) if be is not None else max(0, va - 40) + len(lead) - 1
    hi = _clause(sent, va, cue[1])[1]
    agent = next((c[2] for c in sorted(cands)
                  if cue[1] <= c[0] <= hi and _BY_NAME.fullmatch(gap_before(cue[1], c[0]))), None)
    if patient_first:
        patient = subject_at(be_at)
        if patient[0] is not None or agent is None or patient_first == "fate":
            return patient  # "The designer was shot in 1997 by Andrew Cunanan": not the killer's death
    return (agent, None) if agent is not None else subject_at(be_at)



#: actor21: what may open a clause before its subject: marks, a fact-checker's "Says", up to two
#: fronted phrases of time or manner closed by a comma ("On Independence Day in 2021, ", "In
#: September 2021, after the vote, ")
_CLAUSE_OPEN = compile_cached(
    r"[\W_]*(?:Says\s+)?(?:(?:But|And|So|Yet)\s+)?(?:(?i:in|on|at|by|during|after|before|since|from|until|last|"
    r"earlier|later|back|then|also|however|meanwhile|instead|today|yesterday|eventually|finally|recently|"
    r"previously|around|early|late|this|that|between|within|following|shortly|years|months|weeks|days|"
    r"decades|once|soon|ultimately|subsequently|nevertheless|still)(?![\p{L}])[^,;:()\"“”]{0,60},\s+){0,2}",
    regex.VERSION1)
#: actor21: the last word that opens a clause inside a sentence: a conjunction or a verb of saying
_COMPLEMENT_AT = compile_cached(r"(?s).*(?<![\p{L}’'-])(?:that|when|after|before|because|since|while|although|though|"
                                r"until|once|said|says|say|reported|reports|claimed|claims|announced|revealed|"
                                r"alleged|alleges|confirmed|confirms)\s+", regex.VERSION1)
#: actor21: a relative pronoun after a subject's phrase
_RELATIVE_AT = compile_cached(r"\s*,?\s+(?:who|which|that)\s", regex.VERSION1)
#: actor21: a head noun after a firm's or a store's name that names the firm itself ("Hobby Lobby
#: crafts store placed", "Nissan car company announced"): up to two words before it
_NAME_HEAD = compile_cached(r"(?:\s+[\p{Ll}-]+){0,2}?\s+(?:firm|company|carmaker|automaker|lender|bank|retailer|"
                            r"insurer|airline|carrier|operator|conglomerate|brewer|publisher|broadcaster|chain|"
                            r"manufacturer|supermarket|drugmaker|steelmaker|chipmaker|corporation|multinational|"
                            r"store|stores|shop|restaurant|brand|label|band|club|newspaper|magazine|network|"
                            r"channel|studio|studios)(?![\p{L}-])", regex.VERSION1)


def _clause_name(ctx: _Ctx, lex: _Lexicon, ents, limit: int) -> Optional[str]:
    """actor21: the name that opens the clause of a dated verb as its
    subject, when the verb's subject phrase (ending at ``limit``) holds no
    name _verb_actor took: a name the gazetteer lacks, or one before a head
    noun or an apposition ("On Independence Day in 2021, Hobby Lobby crafts
    store placed"; "In September 2021, Vincent Paterno, a FedEx Ground
    driver in Washington state, was fired").  The name must stand at the
    clause's start (after marks, "Says", fronted phrases of time, a
    conjunction or a verb of saying, an article, titles, demonyms and a role
    noun: "rapper Tory Lanez"), the verb after it, and be
    able to own an act: no place, country, people, month, day, title alone
    or lone common word.  None otherwise."""
    sent = ctx.sent
    if limit <= 0 or limit > len(sent):
        return None
    cands = _clause_cands(ctx, lex, ents, 0, limit)
    if not cands:
        return None
    lead = _CLAUSE_OPEN.match(sent).end()
    p = _DATE_PREP.search(sent, max(0, ctx.fs - 30), ctx.fs)
    ds = p.start() if p is not None else ctx.fs
    if ds == _CLAUSE_OPEN.match(sent, 0, ds).end():
        lead = _CLAUSE_OPEN.match(sent, ctx.fe).end()  # the date opens it, comma or not ("In 1987 The Joshua Tree broke")
    for c in sorted(cands, key=lambda c: -c[0]):
        if c[0] < lead:
            return None  # (a name in the fronted phrase: "After Brexit, ...")
        if c[1] <= ds and ctx.fe <= limit:
            gap = sent[c[1]:ds].rstrip(" ,") + " " + sent[ctx.fe:limit].lstrip(" ,")
        else:
            gap = sent[c[1]:limit]
        head = _NAME_HEAD.match(gap)
        if _ACTOR_GAP.fullmatch(gap) is None and (head is None or _ACTOR_GAP.fullmatch(gap, head.end()) is None):
            continue  # a name in an aside or a phrase before the verb: the subject is before it, if any
        if _RELATIVE_AT.match(sent, limit) is not None and not gap.strip(" ,"):
            # the antecedent of "who", "which": the relative verb's subject, even after a
            # preposition ("sold to shops by Buhecha, who traded in DVDs in 2002")
            return _actor_name(c, lex)
        before = sent[lead:c[0]]
        if not _lead_words(before, lex):
            # a clause after a conjunction or a verb of saying ("police said Hobby Lobby's store placed")
            m = _COMPLEMENT_AT.match(before)
            if m is None or not _lead_words(before[m.end():], lex):
                return None  # a name inside the subject's phrase ("the wife of John Smith was arrested")
        if _is_source(ctx, c[0], c[1], lex):
            return None
        return _actor_name(c, lex)
    return None


def _clause_cands(ctx: _Ctx, lex: _Lexicon, ents, lo: int, hi: int) -> list:
    """actor21: (start, end, name) of the gazetteer's entities and the
    capitalised names within [lo, hi) of the sentence, not the figure."""
    names = [c for c in _lex_names(ctx.sent, lex) if lo <= c[0] and c[1] <= hi and not _CAPS_PLURAL.fullmatch(c[2])]
    # a longer name holds an entity at its start ("Tory Lanez", "Washington Post"): the name
    longer = [c for c in names if any(c[0] == e[0] and e[1] < c[1] and " " not in ctx.sent[e[1]:c[1]].strip()
                                      and e[2] not in lex.countries for e in ents)]
    cands = [(e[0], e[1], e[2]) for e in ents if lo <= e[0] and e[1] <= hi
             and not any(c[0] == e[0] for c in longer)]
    cands += [(c[0], c[1], _canon(c[2], lex)) for c in names if c in longer
              or not any(e[0] < c[1] and c[0] < e[1] for e in ents)]
    return [c for c in cands if not (c[0] < ctx.fe and c[1] > ctx.fs)]


def _lead_words(words: str, lex: _Lexicon) -> bool:
    """actor21: may these words stand before a subject's name: titles,
    demonyms, "former", and one or two lowercase role nouns right before it
    ("U.S. Sen.", "Nigerian singer", "former police officer")?"""
    ws = words.split()
    if ws and ws[0] in ("the", "The"):
        ws = ws[1:]
    if len(ws) > 4:
        return False
    low = 0
    for i, w in enumerate(ws):
        if w in _TITLES or w in _TITLE_PREFIX or w in lex.nations or w.lower() in ("former", "late", "then"):
            if low:
                return False
            continue
        if not regex.fullmatch(r"\p{Ll}[\p{Ll}-]{2,}", w) or w in _NP_STOP or w in _SPEECH or w in _DETERMINER \
                or _PAST.fullmatch(w) or w.endswith(("ing", "ly")) or w.endswith("s") and not w.endswith("ss"):
            return False
        low += 1
    return low <= 2


def _actor_name(c: tuple, lex: _Lexicon) -> Optional[str]:
    """actor21: the canonical name of ``c`` if it can act: not a title
    alone, and (an article cut: "The Joshua Tree") what _owning_name takes."""
    if regex.match(r"(?:The|the)\s", c[2]):
        c = (c[0] + 4, c[1], c[2][4:])
    if all(w in _TITLES or w in _TITLE_PREFIX for w in c[2].split()):
        return None
    return _owning_name(c, lex, _place_names(lex))


#: actor21: a picture as the subject of a dated verb ("A video posted online in May 2023"), and the
#: verb that says whom it shows ("showed U.S. Sen. Lindsey Graham saying")
_MEDIA_SUBJECT = compile_cached(r"(?i)(?:an?|the|this|that)?\s*(?:[\p{Ll}-]+\s+)?(?:videos?|photos?|photographs?|"
                                r"images?|pictures?|footage|clips?)\s*", regex.VERSION1)
_SHOWS = compile_cached(r"[^;:\"“”]{0,80}?(?<![\p{L}])(?:shows?|showed|shown|showing|depicts?|depicted)\s+",
                        regex.VERSION1)
_DOING = compile_cached(r"\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing(?![\p{L}])", regex.VERSION1)


def _shown_name(ctx: _Ctx, lex: _Lexicon, ents, limit: int) -> Optional[str]:
    """actor21: the one a video or photo shows acting, when the picture is
    the subject of the dated verb ("A video posted online in May 2023
    showed U.S. Sen. Lindsey Graham saying"): the name right after "shows"
    (titles and demonyms before it), followed by what it does."""
    sent = ctx.sent
    lead = _CLAUSE_OPEN.match(sent).end()
    if _MEDIA_SUBJECT.fullmatch(sent, lead, limit) is None:
        lead = _OPENS.match(sent).end()
        if _MEDIA_SUBJECT.fullmatch(sent, lead, limit) is None:
            return None
    m = _SHOWS.match(sent, max(limit, ctx.fe))
    if m is None or _search(_CLAUSE_BREAK, sent, limit, m.start()) is not None:
        return None
    cands = sorted(_clause_cands(ctx, lex, ents, m.end(), len(sent)))
    if not cands or not _lead_words(sent[m.end():cands[0][0]], lex) or _DOING.match(sent, cands[0][1]) is None:
        return None
    return _actor_name(cands[0], lex)


#: actor21: a sentence that opens with a picture that shows ("Photos show", "A video posted online shows")
_MEDIA_OPENS = compile_cached(r"[\W_]*(?:Says\s+)?(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hese|[Tt]hat)\s+)?(?:[\p{Ll}-]+\s+)?"
                              r"(?:[Vv]ideos?|[Pp]hotos?|[Pp]hotographs?|[Ii]mages?|[Pp]ictures?|[Ff]ootage|[Cc]lips?)"
                              r"(?:\s+(?:posted|shared|taken|filmed|circulating|online|on\s+\p{Lu}\p{L}+)){0,3}"
                              r"\s+(?:shows?|showed|depicts?|depicted)\s+", regex.VERSION1)


def _shown_over(ctx: _Ctx, lex: _Lexicon, subj: Optional[str]) -> Optional[str]:
    """actor21: in a sentence that opens with a picture showing someone act
    ("Photos show Jokowi attending Chinese Lunar New Year celebration in
    2022"; "Photos show HK actor Andy Lau celebrating Songkran in Thailand
    in 2023"), the date of what it shows is the one shown acting: that
    name, over no subject or a name written only after the act's verb (its
    object or where it happened).  None when the sentence is no such one
    or the subject stands before the act."""
    m = _MEDIA_OPENS.match(ctx.sent)
    if m is None or _titled(ctx.sent):
        return None
    ents = _entities(ctx, lex)
    cands = sorted(_clause_cands(ctx, lex, ents, m.end(), ctx.fs))
    if not cands or not _lead_words(ctx.sent[m.end():cands[0][0]], lex):
        return None
    doing = _DOING.match(ctx.sent, cands[0][1])
    if doing is None or doing.end() > ctx.fs or _search(_CLAUSE_BREAK, ctx.sent, doing.end(), ctx.fs) is not None:
        return None
    name = _actor_name(cands[0], lex)
    if name is None or name == subj or name.split()[0] in _WEATHER:
        return None  # (a storm is keyed by the place it hits)
    if subj is not None and not all(a >= doing.end() for a, _ in _spans_of(ctx, lex, subj) or [(-1, -1)]):
        return None
    return name

#: what may come before a sentence's opening name ("Says", "In 2019,")
#: storms are named, but a figure of one is keyed by the place it hits
_WEATHER = frozenset("Hurricane Storm Typhoon Cyclone Tropical Tornado Winter Super".split())
#: a place right after the figure's noun, as its scope ("elections in Uttar Pradesh")
_SCOPE_AFTER = compile_cached(r"(?:\s*[\p{L}-]+){0,3}\s+(?:in|across|throughout)\s+(?:the\s+)?", regex.VERSION1)
_OPEN_LEAD = compile_cached(r"[\W_]*(?:Says\s+|(?:In|By|On)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?(?:\d{1,2},?\s+)?\d{4},\s+)?",
                            regex.VERSION1)
#: the word after an opening name that makes it the actor: a verb-like
#: lower-case word (not "of", "and", a preposition)
_VERB_AFTER = compile_cached(r"\s+(has\s+|had\s+|have\s+|was\s+|is\s+|will\s+)?(\p{Ll}{3,})\b", regex.VERSION1)
# a word after a name that reads as its verb without an auxiliary: "-ed", "-s", or a
# common irregular past ("Lyme disease is", a name as a modifier, has none of these)
_VERB_FORM = compile_cached(r"(?:\p{Ll}+(?:ed|(?<!s)s)|spent|made|took|gave|paid|won|lost|sold|bought|sent|got|"
                            r"kept|left|led|met|ran|saw|told|wrote|built|brought|caught|held|hit|put|cut|"
                            r"set|let|shot|stole|drove|flew|fell|grew|threw|became|began|broke|chose)", regex.VERSION1)
_REPORTED = compile_cached(r"(?i)\b(?:" + "|".join(("said", "says", "say", "told", "tells", "reported", "claimed",
                                                   "claims", "warned", "argued", "wrote", "tweeted", "added",
                                                   "stated", "insisted", "noted", "announced", "that",
                                                   "according")) + r")\b|[;:]")


#: what may stand between a source's name and its verb or its study: a possessive and a
#: bracketed acronym ("Incomes Data Services (IDS) said", "USDA's 2009 study")
_SOURCE_LEAD = r"(?:['’]s?)?(?:\s*\([^()]{1,12}\))?"

#: a name that reports the figure rather than being what it is about: "The ONS
#: said manufacturing output dropped 2%", "NASA warned an asteroid will hit in
#: six months", "Mr Khatami predicted growth of 7.1%", "According to
#: Continental Research, 29% ..."
_SOURCE_VERB = compile_cached(
    _SOURCE_LEAD + r"\s+(?:(?:has|had|have|also|now|previously|earlier|recently|then|today|yesterday)\s+)*"
    r"(?:said|says|say|told|tells|warned|warns|predicted|predicts|forecast|forecasts|estimated|estimates|"
    r"claimed|claims|stated|added|noted|calculated|calculates|projected|"
    # "reports" only before a clause of its own ("CNN reports DemDebate had 2.3 million viewers",
    # "reported that"), not before its object ("Tesco reported profits of £2bn": its own figure)
    r"(?:reports|reported)(?=\s+(?:that\b|(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d-]+\s+){1,3}(?:had|has|have|was|were|is|are|"
    r"will|would|could|drew|got)\b)))"
    r"\b(?:\s+(?:on\s+\p{Lu}\p{Ll}+|that|in\s+a\s+\w+|\w+day))*", regex.VERSION1)
#: a finding verb after a study named after its maker, or after the maker with "that"
#: ("A Cornell University research study concludes that", "A recent Department of
#: Labor study guessed", "The Congressional Budget Office has found that")
_STUDY_NOUNS = r"study|survey|report|analysis|poll|research|data|figures|audit|review"
_STUDY_AFTER = compile_cached(_SOURCE_LEAD + r"(?:\s+(?:\d{4}|[\p{Ll}-]+)){0,2}?\s+(?:" + _STUDY_NOUNS
                              + r"|estimates|projections)\b", regex.VERSION1)
_FINDING = compile_cached(
    _SOURCE_LEAD + r"(?:"
    r"(?:\s+(?:\d{4}|[\p{Ll}-]+)){0,2}?\s+(?:" + _STUDY_NOUNS + r")"
    # (rates32) what the study is on: "A National Audit Office report on the 20 biggest projects says"
    r"(?:\s+(?:on|into|about|of)(?:\s+[\p{L}\d’'-]+){1,5}?)?"
    r"(?:\s+(?:has|have|had|also|recently))*\s+(?:found|finds|shows?|showed|shown|concluded|concludes|revealed|"
    r"reveals|reported|reports|suggests|suggested|guessed|guesses|estimated|estimates|said|says|indicates|indicated)"
    r"|(?:\s+(?:has|have|had|also|recently))*\s+(?:found|finds|shows?|showed|concluded|concludes|revealed|reveals|"
    r"reported|reports|guessed|guesses)\s+that)\b", regex.VERSION1)
_DATES_SAYING = compile_cached(r"\s+(?:(?:in|on|at|during|by|last|this|early|late)\s+(?:the\s+)?)*")  # "said in 2008"
_ACCORDING = compile_cached(r"(?i)\baccording\s+to\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}$", regex.VERSION1)
#: the complement refers back to its source: the source is its subject ("Michael
#: Howard has said his party would cut £35bn", "BP said it made £5bn")
_BACK_REF = compile_cached(r"(?i)\b(?:he|she|it|they|we|i|his|her|its|their|our|my|us|them)\b")


def _source_cut(ctx: _Ctx, lex: _Lexicon, pool, s2_span) -> int:
    """Where the last source before the figure ends, when the clause it
    reports names someone else (0 if not): names up to there are not the
    figure's subject ("NASA warned an asteroid will hit Earth in six months":
    Earth; "In an address to the Majlis, Mr Khatami predicted ..."). A
    source whose clause names no one stays only when it is no reporter
    (_reporter): a firm with its own results ("Nordstrom said same store
    sales were 9.3% higher"), a place; a reporter's figure is not its own
    ("The CDC says the vaccines prevented 14 million deaths": not the CDC's;
    the attribution stage keeps the CDC as the cited source), and a
    statistics office's is its country's (``ctx.src_home``)."""
    names = [(c[0], c[1]) for c in _lex_names(ctx.sent, lex)]
    spans = [(e[0], e[1]) for e in pool] + names
    ctx.src_home = ""
    src = max(((a, b) for a, b in spans if b <= ctx.fs and _is_source(ctx, a, b, lex)), key=lambda sp: sp[1],
              default=None)
    if src is None:
        return 0
    cut = src[1]
    paren = _PAREN_AFTER.match(ctx.sent, cut)  # "Incomes Data Services (IDS) said": not IDS either
    if paren is not None:
        src = (src[0], paren.end())
        cut = paren.end()
    rest = [sp for sp in spans if sp[0] >= cut and sp != s2_span and not (sp[0] < ctx.fe and sp[1] > ctx.fs)
            and not any(e[0] <= sp[0] and sp[1] <= e[1] and e[0] < cut for e in pool)]
    if rest:
        return cut
    # (the date of a saying stays the sayer's; "told three lies", "added a second with a 20-yard shot":
    # the verb's own object, an act of the name)
    # (rates32: not a date inside what the source reports: "The journal concluded that the earthquake
    # in 2004 ...", "the Low Pay Commission, which said jobs grew after the minimum wage was introduced in
    # 1999": the earthquake's and the wage's, not the journal's or the commission's)
    if (ctx.fig.kind == "date" or ctx.ucls == "date") and not _date_reported(ctx, src, lex) \
            or _ACT_VERB.match(ctx.sent, src[1]) is not None \
            or _search(_OWN_REF, ctx.sent, cut, len(ctx.sent)) is not None:
        return 0  # (nor "Mr Sayeed said only a fifth of members had voted against him": his own)
    if not _reporter(ctx, lex, pool, src):
        return 0
    raw = _LEAD_ARTICLE.sub("", _PAREN_AFTER.sub("", ctx.sent[src[0]:src[1]]))
    home = lex.reporters.get(raw) if isinstance(lex.reporters, dict) else None
    if home is None and (m := _NATIONAL_BODY.match(raw)) is not None and m.group(1) in lex.nations:
        home = lex.canonical.get(m.group(1))  # "The US Department of Energy reported ...": the US's
    if home in lex.countries:
        ctx.src_home = home  # "The ONS said manufacturing output dropped 0.1%": the UK's
    return cut


_FOUND_BARE = compile_cached(_SOURCE_LEAD + r"(?:\s+(?:has|have|had|also|recently))*\s+(?:found|finds|showed|shows|"
                             r"concluded|concludes|revealed|reveals|suggested|suggests|estimated|estimates)(?![\p{L}])",
                             regex.VERSION1)
#: (rates32) a source named as a publication or a study by its head word ("The European Scientific
#: Journal", "the Annual Review", "TDG Research")
_PUBLICATION_HEAD = compile_cached(r"(?<![\p{L}])(?:Journal|Review|Report|Study|Survey|Paper|Research|Analysis|Lancet|"
                                   r"Bulletin|Digest|Index)(?:\s+of(?:\s+the)?(?:\s+\p{Lu}[\p{L}-]*)+)?\s*$", regex.VERSION1)


def _study_or_publication(sent: str, a: int, b: int) -> bool:
    """Is the source at ``sent[a:b]`` a study named by its maker ("A 2009 USDA study", "a report by
    the IFS") or a publication by its head word ("The European Scientific Journal")?"""
    return _STUDY_BEFORE.search(sent, max(0, a - 40), a) is not None \
        or _PUBLICATION_HEAD.search(_PAREN_AFTER.sub("", sent[a:b])) is not None


#: (rates32) what may stand between a verb of saying and a date that is the saying's own: where or
#: when it was said ("said in a speech in 2012", "said on 3 May", "warned last year")
_SAYING_SETTING = compile_cached(r"(?:\s*,)?\s+(?:in|at|on|during|before|after|last|this|early|late|earlier|since|"
                                 r"by|to|through|via|over)(?![\p{L}])(?:(?!\bthat\b)[^,;:])*$", regex.VERSION1)


def _date_reported(ctx: _Ctx, src: tuple, lex: _Lexicon) -> bool:
    """Is a date figure inside the finding a study or a publication reports ("The journal
    concluded that the earthquake in 2004 ...", "A survey by Sony Ericsson predicted that the
    handsets sold in 2005 ..."), not the date the source said it ("said in a speech in 2012",
    "told reporters in 2012")?  Only a study's or a publication's finding: a body that says
    something may be a party to what it says ("The University of California said the trial is
    scheduled to begin in October 2006": the university's own case)."""
    a, b = src
    paren = _PAREN_AFTER.match(ctx.sent, b)
    b = paren.end() if paren is not None else b
    m = _FINDING.match(ctx.sent, b)
    if m is None and _study_or_publication(ctx.sent, a, b):
        m = _SOURCE_VERB.match(ctx.sent, b)
    if m is None or m.end() > ctx.fs:
        return False
    rest = ctx.sent[m.end():ctx.fs]
    if m.group().rstrip().endswith("that") or regex.search(r"(?<![\p{L}])that(?![\p{L}])", rest):
        return True
    if regex.search(r"(?<![\p{L}])(?:told|tells)(?![\p{L}])", m.group()):
        return False  # "told reporters in 2012": whom it was told, then when
    return rest.strip() != "" and _SAYING_SETTING.match(rest) is None


#: a country's government body by its name ("US Department of Energy", "German Federal Statistics
#: Office", "UK Statistics Authority"): group 1 is the country or its adjective
_NATIONAL_BODY = compile_cached(r"(\p{Lu}[\p{L}.]*)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:Department|Dept|Office|Bureau|"
                                r"Agency|Administration|Authority|Commission|Statistics)(?![\p{L}])", regex.VERSION1)
#: the head word of a body whose trade is reporting other people's figures: an
#: agency, an office, a university, a survey ("The Agriculture Department
#: estimates that 42 percent of the corn crop ...": not the department's corn)
_REPORTER_HEAD = compile_cached(
    r"(?<![\p{L}])(?:Department|Dept|Office|Bureau|Agency|Commission|Institute|Institution|University|College|"
    r"Council|Association|Foundation|Center|Centre|Survey|Study|Observatory|Statistics|Research)(?![\p{L}])"
    r"|(?<![\p{L}])(?:Reporter|Times|Post|Journal|Observer|Herald|Telegraph|Guardian|Gazette|Tribune)$",
    regex.VERSION1)  # (a paper by its own name, not its firm: "The Telegraph Group says ... £150m investment")
#: a reporting trade written before the name ("blog analysis firm Technorati", "analysts InStat/MDR",
#: "US research think-tank Pew Internet & American Life", "consultancy Mintel")
_TRADE_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:analysts?|analysis|research|researchers?|think-?tank|consultancy|"
                               r"consultants|pollsters?|watchdog)\s+(?:(?:firm|group|company|house|body|organi[sz]ation)"
                               r"\s+)?(?:(?-i:\p{Lu}[\p{L}&.-]*)(?:\s+|/)|&\s+){0,4}$", regex.VERSION1)
#: a title before a person's name ("Mr Brown said", "Agriculture Minister Adamu Bello said")
_PERSON_TITLE = compile_cached(r"(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Gov|Sen|Rep|Minister|Secretary|Chancellor|"
                               r"President|Governor|Senator|Mayor|Chairman|Chairwoman|Director|official|"
                               r"executive|spokesman|spokeswoman|economist|analyst|chief)\.?\s+$", regex.VERSION1)


#: a study's maker after the study ("A survey from Samaritans said one in four people ...",
#: "a study by Harvard found"): the maker reports, the figure is not its own
_STUDY_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:study|survey|poll|report|analysis|research|audit|review)\s+"
                               r"(?:from|by|of|for)\s+(?:the\s+)?$", regex.VERSION1)


_ASIDE_MARK = compile_cached(r"\s[-–—]\s|[;–—]", regex.VERSION1)
_OWN_REF = compile_cached(r"(?i)\b(?:he|she|him|her|his|its|we|our|us|i|my)\b")
_ACT_VERB = compile_cached(r"(?:\s+(?:has|had|have|also|then))*\s+(?:told|tells|added|adds)\b(?!\s+that\b)", regex.VERSION1)
_PAREN_AFTER = compile_cached(r"\s*\([^()]{1,12}\)", regex.VERSION1)
_LEAD_ARTICLE = compile_cached(r"^(?:The|A|An|the)\s+", regex.VERSION1)


def _reporter(ctx: _Ctx, lex: _Lexicon, pool, src: tuple) -> bool:
    """The source at ``src`` reports someone else's figure even when the clause
    it reports names no one: a body whose trade is reporting (an agency, an
    office, a university, a paper, a survey; an acronym of one in
    lists/src18_reporters.txt), a study named after its maker ("A 2009 USDA
    study found ..."), or a person ("Mr Brown said the meeting would be the
    100% debt relief summit").  Not a place or its government ("According to
    the state of Florida, ..."), nor a firm reporting its own results
    ("Nordstrom said same store sales were 9.3% higher"): those stay the key."""
    a, b = src
    raw = _LEAD_ARTICLE.sub("", ctx.sent[a:b])  # "The ONS"
    e = next((x for x in pool if x[0] == a and x[1] == b), None)
    name = e[2] if e is not None else _canon(raw, lex)
    if name in lex.countries or name in (lex.places or {}) or raw in lex.nations or name in lex.canonical \
            and lex.canonical[name] in lex.countries:
        return False
    if _STUDY_AFTER.match(ctx.sent, b) is not None or raw in lex.reporters \
            or raw.endswith(")") and raw.rsplit("(", 1)[-1].rstrip(")").strip() in lex.reporters:
        return True
    if _REPORTER_HEAD.search(raw) is not None or _TRADE_BEFORE.search(ctx.sent, max(0, a - 40), a) is not None \
            or _study_or_publication(ctx.sent, a, b):
        return True
    first = raw.split()[0] if raw.split() else ""
    return first in lex.given or first in _TITLES or first.rstrip(".") in ("Mr", "Mrs", "Ms") or _PERSON_TITLE.search(ctx.sent, max(0, a - 24), a) is not None


def _a_country(raw: str, lex: _Lexicon) -> bool:
    raw = _LEAD_ARTICLE.sub("", raw)
    return raw in lex.nations or raw in lex.countries or lex.canonical.get(raw) in lex.countries \
        or raw in (lex.places or {})


def _is_source(ctx: _Ctx, a: int, b: int, lex: Optional[_Lexicon] = None) -> bool:
    """The name at [a, b) reports the figure after it: the subject of a speech
    or finding verb whose complement holds the figure and does not point back
    at the name, or the object of "according to"."""
    if b > ctx.fs:
        return False
    m = _SOURCE_VERB.match(ctx.sent, b)
    if m is None and ctx.sent[b:b + 1] == ",":
        aside = _ASIDE.match(ctx.sent, b)  # "Rod Eddington, BA's chief executive, said"
        m = _SOURCE_VERB.match(ctx.sent, aside.end()) if aside is not None and aside.group().startswith(",") \
            else None
    if m is None and lex is not None and not _a_country(ctx.sent[a:b], lex):
        # "A 2009 USDA study found that ..." (not "a South Korean parliamentary report suggested": the country's)
        m = _FINDING.match(ctx.sent, b)
        if m is not None and _ASIDE_MARK.search(ctx.sent, m.end(), max(m.end(), ctx.fs)) is not None:
            m = None  # "the Liberal Democrats - the party a 2004 ICM survey showed was gaining - secured 6,000 ..."
    if m is None and _study_or_publication(ctx.sent, a, b):
        # (rates32) a study's or a publication's finding with no "that": "The New England Journal of
        # Medicine found 300 patients had ...", "A report by the IFS found 2 million families would ..."
        # (a figure right after the verb still needs a clause of its own, below: not "found 300 errors")
        m = _FOUND_BARE.match(ctx.sent, b)
    # (a figure right after the verb is the saying's own: "said in 2008", "said 22 times", "warned
    # two weeks ago"; not one after "that": "estimates that roughly 42 percent")
    # (unless a clause goes on from the figure: "Samaritans said one in four people had suicidal
    # thoughts", as it would after "that")
    if m is not None and m.end() <= ctx.fs and not (_DATES_SAYING.fullmatch(ctx.sent, m.end(), ctx.fs) and (
            ctx.fig.kind == "date" or ctx.ucls == "date" or ctx.sent[m.end():ctx.fs].strip()
            or not m.group().endswith("that") and _CLAUSE_FROM_FIGURE.match(ctx.sent, ctx.fe) is None)):
        return _search(_BACK_REF, ctx.sent, m.end(), ctx.fs) is None
    return _ACCORDING.search(ctx.sent[max(0, a - 40):a]) is not None \
        and ("," in ctx.sent[b:ctx.fs] or _THERE_AFTER.match(ctx.sent, b) or not ctx.sent[b:ctx.fs].strip()) \
        and _nwords(ctx.sent[b:ctx.fs]) <= 12


#: a figure that opens a clause of its own: its noun, then a finite verb ("one in four people had",
#: "3 million people were", "40 people died")
_CLAUSE_FROM_FIGURE = compile_cached(r"(?:\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+)?(?!(?:that|which|who|it|he|she|"
                                     r"they|we|i|you|there|this|and|or|but|if|when|as|ago|before|after|since)\b)"
                                     r"[\p{Ll}-]+){1,3}?\s+"
                                     r"(?:had|has|have|was|were|is|are|will|would|could|did|\p{Ll}{2,}ed)\b",
                                     regex.VERSION1)
_THERE_AFTER = compile_cached(r"\s+there\s", regex.VERSION1)  # "According to Ofcom there were 4 million"
# (or the figure right after the name, the comma left out: "According to Pew Research 44% of searchers use")


#: a new clause led by its own name between a place and the figure ("a fight for market
#: share in China, and Lenovo's sales were down 3.7%")
_NEW_CLAUSE_NAME = compile_cached(r",\s+(?:and|but|while|whereas)\s+(\p{Lu}[\p{L}&-]+(?:\s+\p{Lu}[\p{L}&-]+){0,3})"
                                  r"(?:['’]s)?\s+[^,;:()]*$", regex.VERSION1)
#: a firm named after its country's superlative ("the US's biggest satellite TV companies, DirectTV,")
_APPOSED_FIRM = compile_cached(r"['’]s\s+(?:[\p{L}-]+\s+){0,4}?\p{Ll}+s?,\s+(\p{Lu}[\p{L}&-]+(?:\s+\p{Lu}[\p{L}&-]+){0,3}),",
                               regex.VERSION1)
_OF_PLACE = compile_cached(r",?\s+(?:of|from)\s+(?:the\s+)?", regex.VERSION1)


def _name_over_place(ctx: _Ctx, lex: _Lexicon, pool, subj: str, guess: bool = False) -> str:
    """A person or organisation outside the gazetteer beats the place a
    strategy (or, with ``guess``, the last resort) found when the sentence opens with the name as its actor
    ("Wladimir Klitschko has auctioned off his 1996 Atlanta Olympic gold
    medal": not Georgia) or owns the place's noun ("Bill Gates’ Twitter
    account": not Twitter).  Not across reported speech ("Sunak said Russia
    launched 100 drones": Russia)."""
    e = next((x for x in pool if x[2] == subj), None)
    if e is not None and e[1] <= ctx.fs:
        k = _APPOSED_FIRM.match(ctx.sent, e[1]) if e[1] < ctx.fs else None
        if (k is None or k.end() > ctx.fs) and ctx.sent[max(0, e[0] - 2):e[0]] != ", ":
            k = _NEW_CLAUSE_NAME.search(ctx.sent, e[1], ctx.fs)  # (not a list: "Lesotho, Sri Lanka, and ...")
        if k is not None and k.group(1).split()[0] not in _NOT_PROPER and k.group(1) not in lex.nations \
                and k.group(1).split()[0].lower() not in lex.common and _canon(k.group(1), lex) != subj:
            return _canon(k.group(1), lex)  # "market share in China, and Lenovo's sales were down 3.7%"
    if e is None or e[0] == 0 or _POSS.match(ctx.sent[e[1]:e[1] + 3]) or e[0] >= ctx.fe and (
            _SCOPE_AFTER.fullmatch(ctx.sent, ctx.fe, e[0])):
        return subj  # "Russia's invasion", "the 2022 elections in Uttar Pradesh"
    names = [c for c in _lex_names(ctx.sent, lex)
             if c[1] <= e[0] and not any(x[0] < c[1] and x[1] > c[0] for x in pool)
             and _canon(c[2], lex) not in lex.canonical.values()]
    if not names:
        return _venue_actor(ctx, lex, pool, e) or subj
    owner = names[-1]
    if regex.fullmatch(r"[’']s?\s+", ctx.sent[owner[1]:e[0]]):
        return owner[2]  # "Bill Gates’ Twitter account"
    if _OF_PLACE.fullmatch(ctx.sent, owner[1], e[0]) and owner[1] <= ctx.fs and _a_firm(ctx.sent, owner, lex):
        return _canon(owner[2], lex)  # "General Motors of the US cut 5,000 jobs": the firm, not its country
    first = names[0]
    if guess and e[0] >= ctx.fe > _OPEN_LEAD.match(ctx.sent).end():
        return subj  # a last guess after the figure ("airlifting 800 people from Kabul, Afghanistan")
    if _opening_actor(ctx, first, max(ctx.fs, e[0])):
        return first[2]
    return _venue_actor(ctx, lex, pool, e) or subj


#: a place that only says where an event happened: after a verb ("who died in
#: Japan", "shares jumped in Moscow") ...
_EVENT_AT = compile_cached(r"(?<![\p{L}’'-])(\p{Ll}+)\s+(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:city\s+of\s+)?$",
                           regex.VERSION1)
_PAST = compile_cached(r"\p{Ll}{2,}(?<![eo]e|[^aeiou]e|ne|ss)ed|born|seen|taken|shot|held|kept|left|met|"
                       r"ran|told|won|lost|sold|hit|fell|grew|became|began|broke|flew|came|went|spoke|"
                       r"stood|sat|lived|died|struck|gave|made|found|put|set|spent|brought|bought|fought",
                       regex.VERSION1)
#: ... or before the name of a court, hospital or the like ("told a London
#: court", "a Madrid court settlement")
_VENUE_AFTER = compile_cached(r"\s+(?:crown\s+|high\s+|magistrates['’]?\s+|federal\s+|district\s+|appeals?\s+)?"
                              r"(?:court|courtroom|tribunal|hospital|clinic|hotel|prison|jail|police\s+station|"
                              r"inquest|coroner)s?\b", regex.IGNORECASE | regex.VERSION1)
_VENUE_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:a|an|the)\s+$", regex.VERSION1)
#: what makes the name before it the actor: a verb (past, progressive, or with
#: an auxiliary) or a relative clause ("Chieko Hara, who died in Japan")
_ACTS = compile_cached(r"(?:['’]s\s+\p{Ll}+)?(?:\s*,\s*(?:who|which)\s|\s+(?:has\s+|had\s+|have\s+|was\s+|is\s+|were\s+|"
                       r"are\s+|will\s+|would\s+)?(?:been\s+)?(?:also\s+|later\s+|then\s+|reportedly\s+|allegedly\s+)?"
                       r"(\p{Ll}{3,})\b)", regex.VERSION1)
#: verbs of occurring, finding and selling: the place after them is where the
#: thing counts ("Hantavirus has emerged in China", "released in the UK")
_HAPPENED = _OCCURRED | frozenset("""struck hit
detected found reported recorded confirmed discovered identified seen launched released introduced
sold opened banned pulled approved registered held""".split())
#: a name the verb acts on ("Moderna has been pulled in Finland"): not the actor
_PASSIVE = compile_cached(r"\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are|be|being)\s+"
                          r"(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ld|lt|nt|ught)\b", regex.VERSION1)
_CLAUSE_BREAK = compile_cached(r"[;:]|\s[-–—]\s|\b(?:but|while|whereas|although|because|after|before|when|and)\b")


def _venue_actor(ctx: _Ctx, lex: _Lexicon, pool, e: tuple) -> Optional[str]:
    """The person or organisation that acts, when the place a strategy found
    only locates the act: "Chieko Hara, who died in Japan in 2005" (Chieko
    Hara), "Nirav Modi told a London court his share was 32 per cent"
    (Nirav Modi), "Yukos shares jumped in Moscow" (Yukos).  A place after a
    noun is the figure's scope and stays ("Rick Perry increased spending in
    Texas by 50 percent": Texas)."""
    at = _EVENT_AT.search(ctx.sent, max(0, e[0] - 40), e[0])
    if at is not None:
        if not _PAST.fullmatch(at.group(1)) or at.group(1) in _HAPPENED:
            return None  # "spending in Texas", "sales in China", "emerged in China": the figure's scope
        verb = at.start(1)
    elif _VENUE_BEFORE.search(ctx.sent, max(0, e[0] - 6), e[0]) and _VENUE_AFTER.match(ctx.sent, e[1]):
        verb = e[0]
    else:
        return None
    places = _place_names(lex)
    cands = [c for c in _lex_names(ctx.sent, lex)
             if c[1] <= verb and not any(x[0] < c[1] and x[1] > c[0] for x in pool)
             and _canon(c[2], lex) not in lex.canonical.values()]
    cands += [x for x in pool if x[1] <= verb and x[2] not in lex.countries and x[2] not in places
              and x[2] not in lex.blind.values() and lex.canonical.get(ctx.sent[x[0]:x[1]]) not in lex.countries]
    for c in sorted(cands, reverse=True):
        if _LED_BY_PREP.search(ctx.sent[max(0, c[0] - 16):c[0]]) or _search(_CLAUSE_BREAK, ctx.sent, c[1], verb) \
                or c not in pool and c[0] == _OPEN_LEAD.match(ctx.sent).end() and c[2].split()[0].lower() in lex.common:
            continue  # "Fake DVDs were manufactured in Pakistan": a capital at the start names no one
        v = _ACTS.match(ctx.sent, c[1])
        if v is None or _PASSIVE.match(ctx.sent, c[1]) or v.group(1) and (v.group(1) in _NP_STOP or not (
                _PAST.fullmatch(v.group(1)) or _VERB_FORM.fullmatch(v.group(1)) or v.group(1).endswith("ing"))):
            continue
        return c[2] if c in pool else _canon(c[2], lex)
    return None


#: an aside between an opening name and its verb ("Gazprom, the biggest gas
#: company in the world, took over"; "Euronext already has")
_ASIDE = compile_cached(r",[^,;:()]{2,60},|\s+(?:already|also|now|still|just|recently|then|later|again|"
                        r"previously|currently|finally|eventually|earlier|reportedly|allegedly|itself)(?=\s)",
                        regex.VERSION1)


def _opening_actor(ctx: _Ctx, first: tuple, until: Optional[int] = None) -> bool:
    """The name ``first`` opens the sentence and acts: a verb follows it (past
    an aside or an adverb), and no reported speech comes between it and the
    figure (or ``until``)."""
    lead = _OPEN_LEAD.match(ctx.sent)
    if first[0] != lead.end() or first[1] > ctx.fs and ctx.fe > lead.end() \
            or ctx.sent[first[1]:first[1] + 1] in ("’", "'") \
            or ctx.sent[first[0] - 1:first[0]] in ("#", "@"):
        return False
    if " " not in first[2] and not first[2].isupper() and regex.search(r"(?:ed|s|ing)$", first[2]):
        return False  # "Miscaptioned picture", "Fireworks meant to be": a capital at the start
    if first[2].split()[0] in _WEATHER:
        return False  # "Hurricane Ian hit Florida with winds of 150 mph": the place hit
    at = first[1]
    aside = _ASIDE.match(ctx.sent, at)
    if aside is not None and aside.end() < ctx.fs:
        at = aside.end()
    v = _VERB_AFTER.match(ctx.sent, at)
    if v is None or v.group(2) in _NP_STOP and not (aside and v.group(2) in ("has", "have", "had")) \
            or v.group(2) in _SPEECH or not v.group(1) and not _VERB_FORM.fullmatch(v.group(2)):
        return False
    return _search(_REPORTED, ctx.sent, first[1], until if until is not None else ctx.fs) is None


def _blind_place(ctx: _Ctx, lex: _Lexicon) -> Optional[str]:
    """A place, state or country the sentence writes in lower case or in
    capitals ("Entire mumbai will be under lockdown", "LOCKDOWN IN KERALA"),
    when nothing else names a subject: the first such name."""
    if not lex.blind:
        return None
    for m in _finditer(lex.blind_rx, ctx.sent):
        if m.group() not in lex.canonical and not (m.start() < ctx.fe and m.end() > ctx.fs):
            return lex.blind.get(m.group().lower())
    return None


def _s_after(ctx, lex, pool, lo, hi):
    for a, b, name in pool:
        if a >= ctx.fe and a <= hi:
            gap = ctx.sent[ctx.fe:a]
            if _nwords(gap) <= 3 and not _PREP.search(gap) and "," not in gap and not _CONJ.search(gap):
                return name
            return None
    return None


_LED_BY_PREP = compile_cached(r"(?i)\b(?:to|on|from|against|into|in|with|at|by|for|over|near|than|of|"
                             r"between|among|across|inside|throughout|including|excluding|like|via|attacked|struck|hit|targeted|"
                             r"shelled|bombed|invaded|raided|seized|captured|sanctioned)\s+(?:the\s+|some\s+|all\s+)?$")


#: the gap between an acting name and a name after it that is the object of its verb: at most
#: three lowercase words, then a verb in the past, a determiner and the name's own first words
#: ("Kenya joined the East", "The Nigerian government banned", "Ghana has left the"), no clause break
_OBJECT_GAP = compile_cached(r"(?:['’]s?)?(?:\s+\p{Ll}[\p{Ll}-]*){0,3}?\s+(\p{Ll}{2,})\s+"
                             r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}", regex.VERSION1)

#: ... unless the object goes on to act in the figure's own clause ("accused Moscow's troops of
#: firing 150 shells", "urged Britain to send 500 troops")
_OBJECT_ACTS = compile_cached(r"(?<![\p{L}])(?:(?:of|for|into|from|by)\s+\p{Ll}+ing|to\s+(?!the\s)(?:\p{Ll}+\s+)?"
                              r"(?:be|have|\p{Ll}+(?<!ing|ed|s))\s)(?![\p{L}])", regex.VERSION1)

#: ... nor a verb that hands a sum or a thing to its object, which is the figure's owner ("The US
#: fined Microsoft $500m", "paid Google $1bn", "offered Kenya 500 troops")
_TRANSFER_VERBS = frozenset("""fined charged paid awarded owed billed gave granted lent loaned offered handed
promised sent cost taxed ordered compensated refunded allocated allotted pledged donated""".split())


def _verb_object(sent: str, first: tuple, a: int) -> bool:
    """Whether the name at ``a`` is the object of the verb of the acting name ``first`` before
    it ("Kenya joined the East African Community", "The Nigerian government banned Twitter"):
    the figure of the act is the actor's, not its object's. Not a verb of saying, whose name
    after it opens the reported clause ("Mr Blair said Labour"), nor a participle a determiner
    leads ("the imprisoned Iranian bloggers")."""
    m = _OBJECT_GAP.fullmatch(sent, first[1], a)
    if m is None:
        return False
    w = m.group(1)
    gap = sent[first[1]:m.start(1)].split()
    return _PAST.fullmatch(w) is not None and w not in _SPEECH and w not in _AGE_AUX and w not in _TRANSFER_VERBS \
        and not (gap and gap[-1].lower() in ("the", "a", "an")) \
        and not any(g in ("that", "which", "who", "and", "or", "but", "when", "as", "if") for g in gap)


def _s_actor(ctx, lex, pool, lo, hi):
    """The nearest entity before the figure that is not the object of a
    preposition ("troops fighting for Russia" is not Russia's) nor a
    qualifier of goods ("US goods"), nor the object of an earlier acting
    name's verb ("Kenya joined the East African Community 20 years ago")."""
    acting = [e for e in pool if e[1] <= ctx.fs and not _LED_BY_PREP.search(ctx.sent[max(0, e[0] - 16):e[0]])
              and not _GOODS.match(ctx.sent, e[1])]
    for i in range(len(acting) - 1, -1, -1):
        if i > 0 and acting[i - 1][2] != acting[i][2] and _verb_object(ctx.sent, acting[i - 1], acting[i][0]) \
                and _OBJECT_ACTS.search(ctx.sent, acting[i][1], ctx.fs) is None:
            continue
        return acting[i][2]
    return None


def _s_near_actor(ctx, lex, pool, lo, hi):
    """The acting entity of the figure's own clause only."""
    return _s_actor(ctx, lex, [e for e in pool if e[0] >= lo], lo, hi)


_SCOPE = compile_cached(r"(?i)\b(?:in|across|throughout|of|at)\s+(?:the\s+)?$")


def _group_subject(ctx, lex, m) -> Optional[str]:
    """The subject a group names: the country of a demonym ("Americans",
    "the American people": United States), else the group itself, unless it
    is vague."""
    if m.group() in lex.canonical:
        return lex.canonical[m.group()]
    e = _search(lex.entity_rx, ctx.sent, max(0, m.start() - 30), m.start())
    while e is not None and e.end() < m.start() - 1:  # the entity right before the group
        e = _search(lex.entity_rx, ctx.sent, e.end(), m.start())
    if e is not None and ctx.sent[e.end():m.start()].strip() == "":
        return lex.canonical[e.group()]
    group = lex.groups[_group_key(m.group(), lex)]
    return None if group in VAGUE_GROUPS else group


_OPPONENT = compile_cached(r"(?i)(?<![\p{L}])(?:clash(?:es|ed)?|fighting|fight|battles?|skirmish(?:es)?|confrontations?|"
                           r"run-ins?|stand-?offs?|scuffles?)\s+(?:with|against|between)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$",
                           regex.VERSION1)
#: (rates32) the base a rate is told per: "two cars for every three households", "3.5 doctors per
#: 1,000 people", "1.2 cars per household" -- the people the rate is per, not whose it is
_PER_BASE_BEFORE = compile_cached(r"(?i)(?<![\p{L}])" + PER_WORD + r"\s+(?:(?:a|one|[\d.,]+|\p{L}+)\s+){0,2}$",
                                  regex.VERSION1)


#: a preposition that puts a group after the figure in the predicate, as where or to whom the act
#: went ("built in rural households", "give themselves up to the police"), with its article and up to
#: two lower-case words ("in rural households", "to the local police"); not the agent ("beaten by the
#: police") nor who received what is counted ("a flu shot given to pregnant women")
_PREDICATE_PREP = compile_cached(r"(?<![\p{L}])(?:in|into|(?<!(?:given|offered|administered|provided|paid|granted|"
                                  r"awarded|sold|prescribed|shown)\s+)to|at)\s+(?:(?:the|a|an|their|its|his|her|our|"
                                  r"these|those|all)\s+)?(?:[\p{Ll}-]+\s+){0,2}$", regex.VERSION1)


_RATE_WORDS = compile_cached(r"(?i)%|per\s*cent|percent|in\s+(?:every\s+)?\d|in\s+(?:every\s+)?(?:two|three|four|five|"
                              r"ten|\w+teen|\w+ty|hundred|thousand)\b|\bper\b|\ba\s+(?:year|month|week|day)\b", regex.VERSION1)


_CHANGE_WORD = compile_cached(r"(?i)(?<![\p{L}])(?:ris(?:e|es|ing)|rose|risen|f[ae]ll(?:s|en|ing)?|increas\w*|decreas\w*|"
                                r"drop(?:s|ped|ping)?|jump\w*|gr[eo]w(?:s|n|ing)?|climb\w*|doubl\w*|tripl\w*|halv\w*|"
                                r"declin\w*|surg\w*|soar\w*|plung\w*|up|down)(?![\p{L}])", regex.VERSION1)


def _group_in_predicate(ctx, m) -> bool:
    """A group named after the figure, behind a preposition of the predicate
    and not as an owner ("toilets were built in rural households", "if they
    give themselves up to the police"): where or to whom the act went, no
    subject of the figure."""
    if m.start() < ctx.fe or _POSS.match(ctx.sent[m.end():m.end() + 3]) \
            or _RATE_WORDS.search(ctx.sent, ctx.fs, min(len(ctx.sent), ctx.fe + 12)) \
            or _CHANGE_WORD.search(ctx.sent, max(0, ctx.fs - 30), min(len(ctx.sent), ctx.fe + 30)):
        return False  # (a rate's or a change's group: "Obesity rose 20% in children", "deaths rose by 3,000 in the elderly")
    return _search(_PREDICATE_PREP, ctx.sent, max(ctx.fe, m.start() - 40), m.start()) is not None


_AND_GROUP = compile_cached(r",?\s+(?:and|or)\s+(?:even\s+|also\s+)?(?:the\s+)?", regex.VERSION1)


def _first_group(ctx, lex):
    """A population group named in the sentence ("Children can now expect
    almost 100 vaccines"): the subject when no place or name is."""
    counted = -1  # the end of a group a figure counts
    for m in _finditer(lex.groups_rx, ctx.sent):
        if any(fs <= m.start() and _nwords(ctx.sent[fe:m.start()]) <= 2
               for fs, fe in [(ctx.fs, ctx.fe)] + list(ctx.others)) \
                or counted >= 0 and _AND_GROUP.fullmatch(ctx.sent, counted, m.start()):
            counted = m.end()
            continue  # "4,000 people wounded": the people counted (by this figure or
            # another: "two kids and three wives"), not the subject; nor one joined to
            # them ("$700 billion to millionaires and billionaires")
        if _OPPONENT.search(ctx.sent, max(0, m.start() - 30), m.start()):
            continue  # "dozens of lives were lost in clashes with the police": the other side
        if _PER_BASE_BEFORE.search(ctx.sent, max(0, m.start() - 40), m.start()):
            continue  # "two cars for every three households": the base of a rate, not whose
        said = _GROUP_VERB.match(ctx.sent, m.end())
        if said is not None and said.group(1).lower() in _SPEECH and m.end() <= ctx.fs:
            continue  # (s28) "Police said 300 people were killed": the source, not whose dead
        if _group_in_predicate(ctx, m):
            continue  # "6.5 crore toilets were built in rural households": where, not whose
        if lex.near_groups and lex.groups.get(_group_key(m.group(), lex)) in lex.near_groups \
                and not (_clause(ctx.sent, ctx.fs, ctx.fe)[0] <= m.start() and m.end() <= ctx.fs):
            continue  # a kind of people of lists/subj18_groups.txt opens the figure's own clause ("State
            # employees havent received a raise in five or six years"), or is no guess ("free personal
            # care for the elderly" after "those earning more than £100,000")
        subj = _group_subject(ctx, lex, m)
        if subj:
            return subj
    return None


#: the verb right after a group (past an auxiliary or an adverb): "Police said", "officials have said"
_GROUP_VERB = compile_cached(r"\s+(?:(?:have|had|has|also|later|earlier)\s+)?(\p{L}+)", regex.VERSION1)
_TOPIC_STOP = compile_cached(r"[,;:()]|\s(?:--|-|–|—)\s")
_PURPOSE_AFTER = compile_cached(r"(?i)\s(?:in\s+order\s+)?to\s+(?:curb|fight|combat|tackle|prevent|stop|contain|slow|"
                                r"control|limit|reduce|halt|beat|defeat|counter|stem)\b", regex.VERSION1)
#: up to three words after a date that are still its phrase ("in 2021 from COVID-19")
_DATE_TAIL = compile_cached(r"(?:\s+[\p{L}\d-]+){0,3}", regex.VERSION1)


def _first_topic(ctx, lex, date: bool = False) -> Optional[str]:
    """A disease, vaccine or programme the sentence names ("Have COVID-19
    Vaccines Caused Over 2,500 Miscarriages?"): the subject when nothing else
    is, unless a figure counts it ("stage 4 cancer", "100 vaccines")."""
    if not lex.topics:
        return None
    # the figure's own phrase, between commas ("When you throw 23 million people
    # off insurance, people with cancer will die": not cancer), and not in a
    # clause of its own after it ("52 horses whose owner died from COVID-19")
    lo = max((m.end() for m in _finditer(_TOPIC_STOP, ctx.sent[:ctx.fs])), default=0)
    # nor in a clause of purpose after it ("Plans To Institute 30 Days Of Martial Law To Curb The
    # Spread Of Coronavirus": what the act aims at, not whose figure it is)
    hi = min((m.start() for m in (_search(_TOPIC_STOP, ctx.sent, ctx.fe), _search(_RELATIVE, ctx.sent, ctx.fe),
                                  _search(_PURPOSE_AFTER, ctx.sent, ctx.fe)) if m is not None), default=len(ctx.sent))
    if date:
        # a date's topic is named before it ("COVID-19 deaths recorded so far in 2021"), not in what
        # a later verb tells ("A viral photograph posted in December 2020 showed dozens of iPads
        # required for virtual visits with COVID-19 patients")
        hi = min(hi, ctx.fe + len(_DATE_TAIL.match(ctx.sent, ctx.fe).group()))
    for m in _finditer(lex.topics_rx, ctx.sent[:hi]):
        if m.start() < lo or m.start() < ctx.fe and m.end() > ctx.fs or any(
                fs <= m.start() and _nwords(ctx.sent[fe:m.start()]) <= 2
                for fs, fe in [(ctx.fs, ctx.fe)] + list(ctx.others)):
            continue
        return lex.topics.get(m.group().lower())
    return None


def _s_agent(ctx, lex, pool, lo, hi):
    """'provided by the United States': the entity after 'by'."""
    for a, b, name in pool:
        if a >= ctx.fe and a <= hi and regex.search(r"\bby\s+(?:the\s+)?$", ctx.sent[max(ctx.fe, a - 12):a]) \
                and _nwords(ctx.sent[ctx.fe:a]) <= 6:
            return name
    return None


def _s_possessive(ctx, lex, pool, lo, hi):
    for a, b, name in reversed(pool):
        if b <= ctx.fs and a >= lo and _POSS.match(ctx.sent[b:b + 3]):
            # "Putin's forces have suffered 2,000": the owner of the figure's
            # noun phrase, not any possessive earlier in the sentence
            return name if _nwords(ctx.sent[b:ctx.ns]) <= 5 else None
    return None


#: the title right before the year: capitalised words, the election word, a space or a hyphen
_ELECTION_TITLE = compile_cached(
    r"(?<![\p{L}’'.-])((?:\p{Lu}[\p{L}.’'-]*\s+){1,5})(?:Elections?|ELECTIONS?|elections?|Polls|POLLS|polls|"
    r"Bypolls?|bypolls?|By-elections?|by-elections?)(?:-|\s+)?$", regex.VERSION1)
#: words of a title that say which kind of election or which house, not whose
_ELECTION_KIND = frozenset("""Assembly Legislative Presidential President Parliamentary Parliament
General Municipal Local State National Federal Council Panchayat Civic Mayoral Senate Senatorial Gubernatorial
Congressional Midterm Mid-term Primary Primaries Provincial County Regional District Upcoming Recent Last Next
The the Of of In in And and Governorship Legislature Election""".split())


#: (yr26) a named measure the date opens: "the 1995 Outer Continental Shelf Deep Water Royalty Relief
#: Act", "the 1989 Children Act" (capitalised words and the head of a measure's name)
_MEASURE_NAME_AFTER = compile_cached(
    r"\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,8}(?:Act|Bill|Law|Treaty|Accords?|Agreement|Convention|Amendment|Protocol|"
    r"Charter|Ordinance|Decree))(?![\p{L}’'-])", regex.VERSION1)
_DATE_OPENER = compile_cached(r"(?:^|[\s\"“(])(?:the|The|a|A|its|their|his|her)\s+$", regex.VERSION1)


def _titled_owner(rule, ctx, lex, subj) -> bool:
    """(yr26) Is ``subj`` the owner or name the ``title`` strategy reads (no venue, no one shown)?"""
    return subj is not None and "title" in rule.subject and _s_title(ctx, lex, (), 0, 0) == subj


def _s_title(ctx, lex, pool, lo, hi) -> Optional[str]:
    """(yr26) The owner an election's title before its year names ("Bihar Assembly Elections
    2020", "Lok Sabha Election-2019", "US Presidential Elections 2020"): the capitalised words
    right before the election word, less the words that name the kind of election or house.  A
    country's name or abbreviation gives the country; anything else (a state, a house) stands as
    written, since the gazetteer reads many states as their country.  No title, or one of kind
    words only ("General Elections 2019"), gives None.  Read only by the rules that list it
    (rules/events/EVT900), one match before the year."""
    if _DATE_OPENER.search(ctx.sent, max(0, ctx.fs - 6), ctx.fs) is not None:
        t = _MEASURE_NAME_AFTER.match(ctx.sent, ctx.fe)
        if t is not None:
            return t.group(1)  # (a named measure the date opens: the measure itself)
    m = _ELECTION_TITLE.search(ctx.sent, max(0, ctx.fs - 90), ctx.fs)
    if m is None:
        return None
    words = m.group(1).split()
    if words[-2:] == ["Vidhan", "Sabha"]:
        words = words[:-2]  # (a state's assembly: "Bihar Vidhan Sabha Elections")
    while words and words[-1] in _ELECTION_KIND:
        words.pop()
    while words and words[0] in _ELECTION_KIND:
        words.pop(0)
    if not words or any(w in _ELECTION_KIND for w in words):
        return None
    raw = " ".join(words)
    name = _canon(raw, lex)
    if name in lex.countries and (raw in lex.nations or raw.replace(".", "").isupper()):
        return name  # "US Presidential Elections 2020", "Kenyan General Election 2017"
    return raw


def _s_before(ctx, lex, pool, lo, hi):
    for a, b, name in reversed(pool):
        if b <= ctx.fs:
            return None if _parallel_to_earlier(ctx, a, b) else name
    return None


def _parallel_to_earlier(ctx, a: int, b: int) -> bool:
    """Does the name at [a, b) close an earlier figure's phrase that this one
    parallels ("28 years after the band got together in Dublin and 17 years after
    The Joshua Tree")?  It is the earlier figure's."""
    return _PARALLEL.fullmatch(ctx.sent, b, ctx.ns) is not None and any(o[1] <= a for o in ctx.others)


def _s_of(ctx, lex, pool, lo, hi):
    for a, b, name in pool:
        if a >= ctx.fe and a <= hi and regex.search(r"\bof\s+(?:the\s+|Mr\s+|Ms\s+)?$", ctx.sent[ctx.fe:a]):
            return name
    return None


def _s_after_any(ctx, lex, pool, lo, hi):
    for a, b, name in pool:
        if a >= ctx.fe:
            if _search(_CLAUSE_OFF, ctx.sent, ctx.fe, a) is not None:
                return None  # "... for the poll, which was conducted before the Asian tsunami"
            return None if _next_figures_clause(ctx, a) else name
    return None


#: a comma and a word that opens a clause about something else: a name past it
#: describes that, not the figure's owner
_CLAUSE_OFF = compile_cached(r"(?i),\s+(?:which|who|whose|whom|where|when|while|whereas|although|though|because)"
                             r"(?![\p{L}])", regex.VERSION1)


#: a conjunction that opens a clause of its own
#: (s27) or a comparison that sets another figure against it ("the credit card fraud rate is 0.04
#: percent, compared to ... 10 percent of Medicare fraud": Medicare is the 10 percent's)
_CLAUSE_AND = compile_cached(r"(?i)(?<![\p{L}])(?:and|but|while|whereas|compared\s+(?:to|with)|versus|vs\.?)(?![\p{L}])",
                             regex.VERSION1)


def _next_figures_clause(ctx, at: int) -> bool:
    """Does a name at ``at``, after the figure, stand past another figure that a
    conjunction joins on ("The tour took $90.3m and he sold 1.9 million copies of his
    album Musicology")?  It is that figure's, not this one's."""
    return any(ctx.fe <= o[0] and o[1] <= at and _search(_CLAUSE_AND, ctx.sent, ctx.fe, o[0]) is not None
               and (not _SHARED_SCOPE.fullmatch(ctx.sent, o[1], at)
                    or _search(_WORLD_SCOPE, ctx.sent, ctx.fe, o[0]) is not None) for o in ctx.others)


#: a place right after the last of parallel figures, which scopes them all ("Accidents are
#: down 50 percent and injury accidents are down 60 percent in the rebuilt Marquette Interchange")
_SHARED_SCOPE = compile_cached(r"\s+(?:in|across|throughout|at)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?", regex.VERSION1)
#: (s25) ... unless the earlier figure has a world scope of its own ("rose by 8% globally in January
#: and by 24% in China": China is the 24%'s only)
_WORLD_SCOPE = compile_cached(r"(?i)(?<![\p{L}])(?:globally|worldwide|(?:around|across|in)\s+the\s+world)(?![\p{L}])",
                              regex.VERSION1)


def _s_first(ctx, lex, pool, lo, hi):
    return pool[0][2] if pool else None


def _s_group(ctx, lex, pool, lo, hi):
    m = _search(lex.groups_rx, ctx.sent, ctx.fe, min(len(ctx.sent), ctx.fe + 60))
    if m is not None and _nwords(ctx.sent[ctx.fe:m.start()]) <= 4:
        if _AND_BEFORE.search(ctx.sent, ctx.fe, m.start()) is not None \
                and any(o[0] >= m.end() and _nwords(ctx.sent[m.end():o[0]]) <= 2 for o in ctx.others):
            return None  # "the disabled will make up 16% and the elderly nearly a third": the next figure's
        return _group_subject(ctx, lex, m)
    return None


_PROPER = compile_cached(
    r"(?<![\w.-])(?:[\p{Lu}][\p{L}’'&.-]*[\p{L}.](?:-\d+)?|[\p{Lu}]{2,}(?:-\d+)?|[\p{Lu}]-\d+)"
    r"(?:\s+(?:of\s+|the\s+|for\s+|al-|el-)?"  # "Bank of England", "Rahaf al-Masri"
    r"(?:[\p{Lu}][\p{L}’'&.-]*[\p{L}.](?:-\d+)?|[\p{Lu}]{2,}(?:-\d+)?|[\p{Lu}]-\d+))*", regex.VERSION1)
_NOT_PROPER = {"The", "A", "An", "In", "On", "At", "If", "But", "And", "Mr", "Ms", "Mrs", "It",
               "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There", "Here",
               "More", "Most", "Nearly", "About", "Over", "Under", "Since", "After", "Before",
               "During", "When", "Every", "Each", "All", "Only", "Almost", "One", "Two", "As",
               "For", "By", "From", "With", "Without", "Our", "Their", "His", "Her", "Its", "You",
               "Your", "Says", "Say", "Said", "Photo", "Video", "Image", "Breaking", "Less",
               "Fewer", "Around", "Roughly", "Up", "Now", "New", "Some", "Many", "No", "Not", "GDP",
               "COVID", "Covid", "COVID-19", "Covid-19", "Says", "Claim", "Photo", "Video", "Image",
               "Pictures", "Picture", "Viral", "Read", "More", "Watch", "Key", "Latest", "BREAKING",
               "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Has", "Have", "Will", "Can", "Why",
               "How", "What", "Who", "Where", "Which", "Yes", "Also", "Then", "So", "Or", "To", "Of",
               "Rs", "Rs.", "KSh", "Ksh", "GHS", "INR", "USD",  # currencies written before a figure
               "Jr", "Jr.", "Sr", "Sr.", *OPENING_CONNECTIVES,
               # contractions that lost their apostrophe ("Thats 84 percent", "Shes voted")
               "Thats", "Theres", "Heres", "Shes", "Hes", "Weve", "Theyre", "Theyve", "Youre", "Youve",
               "Whats", "Dont", "Doesnt", "Didnt", "Isnt", "Wasnt", "Arent", "Werent", "Cant", "Wont",
               "Wouldnt", "Couldnt", "Shouldnt", "Hasnt", "Havent", "Theyll", "Itll",
               "Ive", "Youd", "Theyd", "Aint", "Wouldve", "Couldve", "Shouldve",
               # a nationality in one word ("Irishman JP McManus"): no part of the name
               "Irishman", "Irishwoman", "Englishman", "Englishwoman", "Scotsman", "Scotswoman",
               "Welshman", "Welshwoman", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman",
               "Scot", "Spaniard", "Swede", "Brit", "Aussie", "Kiwi", "Yank", "Geordie", "Scouser"}
_MONTHS_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December", "Monday", "Tuesday",
                "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                "Jan", "Jan.", "Feb", "Feb.", "Mar.", "Apr", "Apr.", "Jun.", "Jul.", "Aug", "Aug.",
                "Sep", "Sep.", "Sept", "Sept.", "Oct", "Oct.", "Nov", "Nov.", "Dec", "Dec."}
#: feasts and seasons of trade: times of the year, written with capitals
_FESTIVALS = frozenset("""Christmas Xmas Easter Thanksgiving Halloween Hallowe'en Ramadan Eid Diwali Hanukkah
Chanukah Passover Lent Advent Hogmanay Whitsun Pentecost Valentine Valentines""".split())
_FESTIVAL_PARTS = frozenset("""Day Eve Week Weekend Holiday Holidays Season Period Merry Happy Black Friday
Cyber Monday Boxing Good New Year Sunday""".split())
#: titles before a name ("Gov. Tony Evers", "Defence Minister Rajnath Singh"):
#: the subject is the person; a title alone ("the President") names no one
_TITLES = frozenset("""Dr Dr. Prof Prof. Gov Gov. Sen Sen. Rep Rep. Rev Rev. Lt Lt. Gen. Col Col. Capt
Capt. Sgt Sgt. Pres Pres. Sir Dame Lord Lady President Judge Justice Congressman Congresswoman Senator
Governor Mayor Minister Secretary Chancellor King Queen Prince Princess Pope Speaker Chief Director
Chairman Chairwoman Chair CEO Commissioner Ambassador Premier Actor Actress Democrat
Republican Sheikh Emir Sultan Ayatollah Cardinal Bishop Archbishop Leader Deputy
Comedian Attorney Singer Rapper Journalist Activist Comic Representative Assemblyman Assemblywoman
""".split())
#: words that make a title of the title after them ("Defence Minister", "Vice President")
_TITLE_PREFIX = frozenset("""Vice Deputy First Prime Attorney Defence Defense Finance Foreign Health
Interior Home Education Former Then Chief Executive Acting Interim""".split())
#: words that may follow a title in a title ("Secretary of State", "Minister for Health")
_TITLE_TAIL = frozenset({"of", "for", "the", "State", "General", "Minister", "Lady", "Justice",
                         "Officer", "Affairs", "Secretary"})
#: adjectives of faith or origin, capitalised but naming no one ("a Hindu
#: priest", "Roman mosaics")
_ADJ_NAMES = frozenset("""Hindu Muslim Sikh Christian Catholic Jewish Protestant Buddhist Islamic
Latino Latina Hispanic Anglo Anglican Evangelical Orthodox Shia Sunni Roman Arab Asian African
European Black White Indigenous Native
Democratic Congressional Federal Republican Democrat Conservative Liberal""".split())
#: a party's adjective before a noun names the party
_PARTY_ADJ = {"Democrat": "Democrats", "Democratic": "Democrats", "Republican": "Republicans"}
#: ... not in another body's name: "the Democratic Republic of Congo", "the Republican Guard"
_PARTY_NOT = frozenset("""Republic Unionist Unionists Guard Guards Front Alliance Union Movement Left Congress
Forces Army Socialist Socialists Progressive Labour Labor Liberal Liberals Party""".split())
#: a capitalised word that ends a name-like run in a headline written in title
#: case only when it is a common word; these name parts do not end it
_NAME_PARTS = frozenset("""County City State States University College Party House Senate Court
Department Bank Airlines Airways Company Council Ministry Police Army Navy Republic Kingdom Island
Islands Province District Authority Agency Office Service Services Foundation Institute Fund
Association Union Group Corporation Commission Committee Board School Hospital Church Club""".split())
_MODEL = compile_cached(r"\p{Lu}{1,3}-\d+|(?i:covid-19)")  # "C-17", "COVID-19"
_CONTRACTION = compile_cached(r"[’'](?:m|re|ve|ll|d|t)$", regex.IGNORECASE)
_LOWER_COMPOUND = compile_cached(r"^\p{Lu}[\p{L}.]*-\p{Ll}")  # "Coal-fired", "Republican-authored"
#: a hyphenated qualifier before a name ("State-owned", "California-based", "Ten-year-old", "Fly-half",
#: "Man-of-the-match"), not a thing's own name ("High-definition DVDs")
_QUALIFIER = compile_cached(r"-\p{Ll}*(?:ed|born|old|half|match|brand|run|made|held|built|grown)$")


def _title_case(sent: str) -> bool:
    """A headline written in title case ("Man With Stinky Feet Goes To A
    Fish Spa"): its capitals mark words, not names (matching._title_sentence)."""
    return _title_sentence(sent)


def _runs(words: list, title_case: bool, common, given=frozenset(), nameword=None, verbs=frozenset(),
          english=frozenset()) -> list:
    """Split a capitalised run of (word, start, end) into names: at a
    contraction ("I’m"), and in a title-case headline at a common word, a
    function word, an adverb or a participle ("Maricopa County Ballots Came
    From", "Kamala Harris Falsely Claims", "Zookeeper Arrested After Trying"),
    but not inside a given name and the word after it ("Did Bill Gates
    Admit": Bill Gates)."""
    out, cur = [], []
    person = 0  # words still to keep whole: a given name and its surname
    upto = -1  # (s27 tcsubj) the last word of a name read ahead to its head
    for i, t in enumerate(words):
        if i <= upto:
            continue
        w = t[0]
        low = w.lower().strip("’'")
        if title_case and nameword is not None and not person and low in common:
            k = _title_head(words, i, common, verbs)
            if k is not None and cur and not any(c[0] in given for c in cur) \
                    and (nameword(cur[-1][0]) or cur[-1][0].lower() not in common and _head_ends(words, k, verbs)
                         and (cur[-1][0].lower().strip("’'") not in english or words[k][0] in _STRONG_HEADS)):
                # "Medford Water Commission", "Buffett Rule", "Bush Administration,": the common
                # words after a name word up to a name's head are the name's (after a word that
                # is no name, only up to a head that ends the phrase: not "County Executive
                # Committee Members"; never after a person: not "Barack Obamas Health Care Law"; after
                # a word of English only up to a body's head: "Bush Administration", not "Martial Law")
                cur.extend(words[i:k + 1])
                upto = k
                continue
            if k is not None and not cur and k > i and words[k][0] in _STRONG_HEADS and _head_ends(words, k, verbs) \
                    and low not in _THING_VAGUE and low not in _VAGUE_FIRST:
                out.append(words[i:k + 1])  # "The National Science Foundation Awarded"
                upto = k
                continue
        if title_case and not person and w in given and i + 1 < len(words) and _surname(words[i + 1][0]):
            if cur and cur[-1][0].lower() in common and cur[-1][0] not in _NAME_PARTS:
                out.append(cur)  # "Vaccine Bill Gates": the common word before is no part of it
                cur = []
            person = 2
        if person:
            person -= 1
            cur.append(t)
            continue
        if cur and w in given and _OWNER.search(cur[-1][0]) and i + 1 < len(words) and _surname(words[i + 1][0]):
            out.append(cur)  # "Southampton's David Prutton": the owner, then the person
            cur = []
        if _CONTRACTION.search(w) or title_case and not (
                nameword is not None and w == "New" and i + 1 < len(words) and words[i + 1][0].lower() not in common) and (  # "New Hampshire"
                low in _NP_STOP or w in _NOT_PROPER or regex.search(r"..(?:ly|ing)$", low)
                or (low in common and not (cur and w in _NAME_PARTS))):
            if cur:
                out.append(cur)
            cur = []
            continue
        cur.append(t)
    if cur:
        out.append(cur)
    return out


_OWNER = compile_cached(r"\p{L}['’]s$", regex.VERSION1)

#: (s27 tcsubj) the heads of names made of common words: in a title-case headline, capitalised
#: common words after a name word up to one of these are the name's ("Medford Water Commission",
#: "Buffett Rule", "Sturgis Motorcycle Rally", "Rockstar Games")
_TITLE_HEADS = frozenset("""Rule Rally Games Convention Forum Park Festival Awards Prize Street Square Stadium Airport
Station Hall Family Conference Summit Plan Act Law Bill Program Programme Fund Trust""".split())
#: heads of a body's name that a run of common words alone may end with ("National Science
#: Foundation", "World Economic Forum", "Supreme Court"): not "School", "Hospital", "Party"
_STRONG_HEADS = frozenset("""Foundation Forum Convention Commission Committee Council Court Institute Association
Corporation Agency Authority Ministry Bureau Organization Organisation Federation Society League Alliance
Coalition Administration Department""".split())
def _head_ends(words: list, k: int, verbs) -> bool:
    """Does the head words[k] end its phrase: a mark after it, no capitalised word (the run ends
    there), or a verb form or an auxiliary (not "the County Executive Committee Members")?"""
    w = words[k][0]
    return w != w.rstrip(".,;:!?\"”’'") or k + 1 == len(words) or _title_verb(words[k + 1][0], verbs)


#: first words that make a run of common words a description, not a name ("the Previous Administration")
_VAGUE_FIRST = frozenset("""previous local this that these those every each any some another whole""".split())


def _title_head(words: list, i: int, common, verbs=frozenset()):
    """(s27 tcsubj) The index of a name's head (_TITLE_HEADS, _NAME_PARTS, _JOIN_PARTS) within
    the next four capitalised common words of a title-case run from ``i``, each a plain word (no
    function word, adverb, participle or verb form: not "Charlie Crist Allowed College", "Cohen
    Took Office"); None if there is none."""
    for k in range(i, min(len(words), i + 4)):
        raw = words[k][0]
        w = raw.rstrip(".,;:!?\"”’'")
        low = w.lower()
        if not w[:1].isupper() or w.isupper() or low not in common or not w.isalpha():
            return None
        if w in _TITLE_HEADS or w in _NAME_PARTS or w in _JOIN_PARTS or w in _STRONG_HEADS:
            return k  # (a head before the adverb test: "Rally")
        if low in _NP_STOP or w in _NOT_PROPER or regex.search(r"..(?:ly|ing|ed)$", low) or _CONTRACTION.search(w) \
                or low in verbs or low in _VERB_NEXT or w != raw:
            return None
    return None


def _surname(w: str) -> bool:
    """A capitalised word that may follow a given name as its surname: not a
    function word, an adverb, a participle or a contraction."""
    low = w.lower().strip("’'")
    return w[:1].isupper() and low not in _NP_STOP and w not in _NOT_PROPER and w not in _MONTHS_DAYS \
        and not regex.search(r"..(?:ly|ing)$", low) and not _CONTRACTION.search(w)


#: titles that are surnames too: after a given name they are the name ("Martin Luther King",
#: "Mervyn King", "Billie Jean King", "Erik Prince"), not a title
_SURNAME_TITLES = frozenset({"King", "Bishop", "Judge", "Prince", "Pope", "Mayor"})


def _surname_title(words: list, i: int, given) -> bool:
    """Is words[i] a title word that is a surname here: right after a given name, or after a
    given name and one more capitalised name word ("Martin Luther King")?"""
    if words[i] not in _SURNAME_TITLES or i == 0 or words[i - 1] in _TITLES:
        return False
    return words[i - 1] in given or i > 1 and words[i - 2] in given and words[i - 1][:1].isupper()


def _untitled(words: list, common, given=frozenset()) -> list:
    """'Secretary of State Rex Tillerson' -> Rex Tillerson; 'Pfizer CEO' ->
    Pfizer; 'Vice President' -> nothing; 'Dr Martin Luther King' -> Martin
    Luther King (a surname that is a title word, after a given name)."""
    last = None
    for i, w in enumerate(words):
        if w in _TITLES and not _surname_title(words, i, given):
            last = i
        elif last is not None and i == last + 1 and w in _TITLE_TAIL:
            last = i
    if last is None:
        return words
    after = words[last + 1:]
    if after:
        # a title before a name, not a name part ("Republican Party")
        if after[0] in _NAME_PARTS:
            return words
        return [] if len(after) == 1 and after[0].lower() in common else after
    first = next(i for i, w in enumerate(words) if w in _TITLES)
    if all(w in _TITLE_PREFIX for w in words[:first]):
        return []  # "the Vice President", "First Lady": a title alone names no one
    return words  # "Pfizer CEO" (the title is cut below)


_TOKEN = compile_cached(r"\S+")
#: a capitalised word glued to a lower-case prefix just before a name ("anti-Citizenship ", "post-World ")
_GLUED_HEAD = compile_cached(r"(?<![\w-])\p{Ll}{2,}-(\p{Lu}\p{Ll}+)\s+$", regex.VERSION1)
_GLUED_SAYS = compile_cached(r"(?<![\w])Says(?=\p{Lu}\p{Ll})", regex.VERSION1)


#: the words of the WordNet lists that the document being typed writes with a capital
#: inside a sentence ("sold its Travelers Life & Annuity arm"): names there, so names
#: when they open a sentence too ("Travelers had sales of $5.2bn"); set by type_figures
_KEPT = [frozenset()]
_MID_CAPITAL = compile_cached(r"(?<=[\p{Ll}\d,;]\s+)\p{Lu}\p{Ll}+(?![\p{L}’'-])", regex.VERSION1)


def _kept_names(text: str, nouns: frozenset, openers: frozenset = frozenset()) -> frozenset:
    return frozenset(w for w in set(_MID_CAPITAL.findall(text)) if _a_word(w.lower(), nouns) or w.lower() in openers)


def _lex_names(sent: str, lex: "_Lexicon") -> tuple:
    """_proper_nouns read with the lexicon's common words, given names and WordNet words."""
    return _proper_nouns(sent, lex.common, lex.given, lex.words, lex.openers, lex.title_verbs, lex.title_words)


def _proper_nouns(sent: str, common=frozenset(), given=frozenset(), nouns=frozenset(),
                  openers=frozenset(), verbs=frozenset(), words=frozenset()) -> tuple:
    """(start, end, name) of the capitalised names in a sentence (``given``:
    given names, which keep a person whole in a title-case headline; ``nouns``:
    words of the WordNet lists, no name when one opens a sentence, unless the
    document writes it as a name elsewhere)."""
    return _proper_nouns_in(sent, common, given, nouns, _KEPT[0], openers, verbs, words)


#: what may stand before the first word of a sentence: marks, and the "Says" a
#: PolitiFact statement opens with ("Says Studies show")
_OPENS = compile_cached(r"[\W_]*(?:Says[\W_]+)?", regex.VERSION1)


@functools.lru_cache(maxsize=2048)
def _proper_nouns_in(sent: str, common, given, nouns, kept, openers=frozenset(), verbs=frozenset(),
                     english=frozenset()) -> tuple:
    if _foreign(sent):
        return ()  # German nouns are capitalised: no name can be told by its capital
    title_case = _title_case(sent)
    # (s27 tcsubj) a headline whose every word but the small ones is capitalised: no name-heavy
    # sentence of a story ("Collins ran in Birmingham at the 2003 World Indoor Championships")
    # (only with the word list of English loaded: without it every word would pass for a name)
    strict = title_case and bool(english) and _all_title(sent)
    # (title27) in a headline in title case a verb ends a name: "Pfizer Paid A $2.3 Billion Fine"
    verbs = verbs if verbs and (title_case or _titled(sent) or _all_capitalised(sent)) else frozenset()
    out = []
    # "SaysLoretta Lynch": a glued "Says" is blanked, offsets kept
    sent = _GLUED_SAYS.sub("    ", sent)
    for m in _finditer(_PROPER, sent):
        at_start = regex.fullmatch(r"[\W_]*", sent[:m.start()]) is not None
        words = [(t.group(), m.start() + t.start(), m.start() + t.end()) for t in _TOKEN.finditer(m.group())]
        g = _GLUED_HEAD.search(sent, max(0, m.start() - 40), m.start())
        if g is not None and g.group(1).lower() in common:
            # "anti-Citizenship Amendment Act", "the post-World Cup parade": the common word glued to a
            # prefix is the name's first word (not "Amendment Act", "Cup"); not "anti-Trump Republicans"
            words.insert(0, (g.group(1), g.start(1), g.end(1)))
        opener = None
        if at_start and len(words) == 2 and words[0][0].lower() in common and words[1][0].lower() in common \
                and words[0][0] not in given:
            # (nor its second word alone: "Blue Cross headquarters" is not Cross; "The House" is the House)
            opener = words[1][1] if words[0][0] not in _NOT_PROPER else None
            words = words[1:]  # "Rescue Workers": a capital at the start proves nothing (not "Foot
            # Locker", nor "Bill Gates")
        # "Sprinter Michelle Collins has lodged": a role word, then the person, who is named without it
        # (the name's span still opens the sentence: it is its subject)
        role = words[0] if at_start and len(words) > 2 and words[0][0].lower() in common \
            and words[0][0] not in given and words[1][0] in given else None
        nameword = (lambda x: _no_word(x, common, nouns, openers, verbs, english, given)) if strict else None
        for part in _verb_cut(_runs(words, title_case, common, given, nameword, verbs, english), verbs, given):
            name = _name([t[0] for t in part], sent, part[0][1],
                         at_start and (part[0][1] == m.start() or part[0][1] == opener
                                       or _OPENS.fullmatch(sent, 0, part[0][1]) is not None),
                         title_case, common, nouns, given, kept, openers, verbs, english if strict else None)
            if name and role is not None and part[0] is role and name.startswith(role[0] + " "):
                name = name[len(role[0]) + 1:]
            if name and name not in _PRODUCT_CAPS:
                out.append((part[0][1], part[-1][2], name))
    if not title_case and " and " in sent:
        out = _joined_names(sent, out, common)
    if not title_case and out:
        out = _designated(sent, out, common)
    return tuple(out)


#: (s28) a name and a number of two digits or more before a name: "Boeing 737 Max", "Windows 10 Home"
_DESIGNATION_BEFORE = compile_cached(r"(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}-]*)\s+(\d{2,}(?:-\d+)?)\s+$", regex.VERSION1)


def _designated(sent: str, out: list, common) -> list:
    """A one-word name written with a name and a number before it is one name
    with them ("Boeing 737 Max jets" names the Boeing 737 Max, not Max;
    "Windows 10 Home"), when the word is no common word ("In 2019 Trump", "May
    2010 Labour") and the number no year; not a name of more words, which a
    count may stand before ("beat Arsenal 20 Premier League games ago")."""
    res = []
    for start, end, name in out:
        m = _DESIGNATION_BEFORE.search(sent, max(0, start - 40), start)
        if m is not None and sent[start:end] == name and " " not in name and m.group(1).lower() not in common \
                and not (len(m.group(2)) == 4 and 1500 <= int(m.group(2)) <= 2099):
            if res and res[-1][0] == m.start(1):
                res.pop()  # the word before the number, read as a name of its own ("Airlines grounded Boeing")
            res.append((m.start(1), end, f"{m.group(1)} {m.group(2)} {name}"))
        else:
            res.append((start, end, name))
    return res


#: (title27) auxiliaries, modals and the verb of saying of headlines: capitalised in a title-case
#: headline, one ends a name ("Moderna Will Earn", "Police Say"), as the verbs of lists/title27_verbs.txt do
_TITLE_AUX = frozenset("""is are was were be been has have had does did do will would can could should must
might shall says said""".split())


def _title_verb(w: str, verbs) -> bool:
    """A capitalised word of a title-case headline that is a verb form or an
    auxiliary ("Paid", "Earns", "Will", "Says")."""
    if not w[:1].isupper() or w.isupper():
        return False
    low = w.rstrip(".,;:!?").lower()
    return low in _TITLE_AUX or low in verbs


_WORD3 = compile_cached(r"(?<![\p{L}])\p{L}{3,}", regex.VERSION1)


def _all_capitalised(sent: str) -> bool:
    """(title27) A short headline with every word of three letters or more
    capitalised ("Nigeria Has 200 Million People", "Uber Lost $8.5 Billion In
    2019"), too short for _titled."""
    words = _WORD3.findall(sent)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _verb_cut(parts: list, verbs, given) -> list:
    """(title27) The runs of capitals of a title-case headline cut before a verb
    form or an auxiliary, which is dropped ("Pfizer Paid A" -> Pfizer,
    "Moderna Will Earn" -> Moderna): no name ends with a verb.  Not right after a
    given name (its surname)."""
    if not verbs:
        return parts
    out = []
    for part in parts:
        cur = []
        for i, t in enumerate(part):
            if _title_verb(t[0], verbs) and not (i and part[i - 1][0] in given):
                if cur:
                    out.append(cur)
                cur = []
                continue
            cur.append(t)
        if cur:
            out.append(cur)
    return out


#: "of Film and " before a name: the common word the "and" joins to it, after an "of" or alone
_AND_BEFORE_NAME = compile_cached(r"(?<![\p{L}])(of\s+)?(\p{Lu}\p{Ll}+)\s+and\s+$", regex.VERSION1)
_PART_AFTER = compile_cached(r"\s+(?:union|party|council|association|commission|committee|board|institute|"
                             r"foundation|society|trust|federation|league|alliance|"
                             # a school's kind after its name ("a Further Education and Training college")
                             r"colleges?|schools?|academ(?:y|ies)|universit(?:y|ies))(?![\p{L}])", regex.VERSION1)
_CAP_WORD = compile_cached(r"\p{Lu}\p{Ll}+", regex.VERSION1)


#: last words of a body's name that may hold an "and" ("the Food and Drug Administration",
#: "the Bureau of Alcohol, Tobacco and Firearms"), besides _NAME_PARTS
_JOIN_PARTS = frozenset("""Administration Bureau Organization Organisation Center Centre Centers Agency Institute
Alliance Federation Society Trust Network Coalition Museum Library Laboratory Council Department Division
Program Programme Service Corps Conference""".split())


def _joined_names(sent: str, out: list, common) -> list:
    """One name that holds an "and" between two common words: "British Academy
    of Film and Television", "Department of Trade and Industry" (after "of"),
    "Public and Commercial Services Union" (a name that ends with a name part).
    Not "France and Germany", nor "Labour and Conservative MPs"."""
    res = []
    for n in out:
        first = _CAP_WORD.match(sent, n[0])
        m = _AND_BEFORE_NAME.search(sent, max(0, n[0] - 60), n[0])
        if m is None or first is None or first.end() > n[1] or first.group().lower() not in common:
            res.append(n)
            continue
        prev = res[-1] if res and res[-1][1] == m.end(2) else None
        word = m.group(2)
        of = prev is not None and m.group(1) is not None and word.lower() in common
        last = n[2].split()[-1]
        part = last in _NAME_PARTS or last in _JOIN_PARTS or _PART_AFTER.match(sent, n[1]) is not None
        if of:
            res[-1] = (prev[0], n[1], prev[2] + sent[m.end(2):n[0]] + n[2])
        elif part and word.lower() in common and m.group(1) is None and (
                prev is None or prev[0] == m.start(2) or all(w.lower() in common for w in prev[2].split())):
            # (a name of common words before "and" is the name's head: "Further Education and Training
            # college", not "Training"; not "British Airways and Public Services Union")
            if prev is not None and prev[0] != m.start(2):
                res[-1] = (prev[0], n[1], prev[2] + sent[m.end(2):n[0]] + n[2])
                continue
            if prev is not None:
                res.pop()
            res.append((m.start(2), n[1], sent[m.start(2):n[0]] + n[2]))
        else:
            res.append(n)
    return res


def _name(words: list, sent: str, start: int, at_start: bool, title_case: bool, common,
          nouns=frozenset(), given=frozenset(), kept=frozenset(), openers=frozenset(),
          verbs=frozenset(), english=frozenset()) -> Optional[str]:
    honoured = _HONOURED.search(sent, max(0, start - 8), start) is not None
    if at_start and len(words) > 1 and regex.search(r"..ing$", words[0]):
        words = words[1:]  # "Reauthorizing the Children’s Health Insurance Program"

    cut = max((i + 1 for i, w in enumerate(words[:-1]) if _LOWER_COMPOUND.match(w) and _QUALIFIER.search(w)),
              default=0)
    if cut:
        words = words[cut:]  # "State-owned Rosneft", "New York-born Aguilera": no part of the name

    def lead(words):
        while words and (regex.sub(r"[’']s?$", "", words[0]) in _NOT_PROPER or words[0] in _MONTHS_DAYS
                         or words[0] == "No."  # "the No. 1 job creator": a rank, no name
                         or words[0] in _LEAD_ADVERBS and len(words) > 1  # "Recently Rick Scott closed"
                         or _THEN_TITLE.match(words[0]) is not None  # "Then-Gov. Carl Sanders"
                         or words[0] in ("of", "the", "for") or _CONTRACTION.search(words[0])):
            if words[0] == "New" and len(words) > 1 and (not at_start or words[1].lower() not in common):
                break  # "in New York", "New Providence": the place's own name (not "New figures")
            words = words[1:]
        return words

    if any("..." in w for w in words):
        # "The Alternative Minimum Tax...was created": an ellipsis ends the name
        cut = next(i for i, w in enumerate(words) if "..." in w)
        head = words[cut].split("...")[0]
        words = words[:cut] + ([head] if head else [])
    words = lead(words)
    if len(words) == 1 and words[0] in _NUMBERED_NAMES and regex.match(r"\s+\d", sent[start + len(words[0]):]) \
            and sent.find(words[0], start) == start:
        return None  # "the Fortune 500", "Article 370": a name that is one with its number
    if len(words) == 1 and regex.sub(r"-\p{Ll}+$", "", words[0]) in _PARTY_ADJ:
        at = sent.find(words[0], start)
        nxt = regex.match(r"\s+(\p{Ll}+)", sent[at + len(words[0]):])
        if nxt and nxt.group(1) not in _NP_STOP:
            # "four million Democrat votes", "the Republican-authored budget"
            return _PARTY_ADJ[regex.sub(r"-\p{Ll}+$", "", words[0])]
    if title_case and words and words[0] in _PARTY_ADJ and _all_title(sent):
        # (s27) the same in a headline in title case, where the noun is capitalised too: "Four Million
        # Democrat Votes", "The Republican Convention Drew 2 Million Viewers" (not "the Democratic
        # Republic of Congo", "the Republican Guard")
        at = sent.find(words[0], start)
        nxt = regex.match(r"\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])", sent[at + len(words[0]):])
        if nxt and nxt.group(1).lower() in common and nxt.group(1) not in _PARTY_NOT:
            return _PARTY_ADJ[words[0]]

    words = lead(_untitled(words, common, given))
    # "Pfizer CEO", "Pfizer’s COVID-19", "IAF C-17": the name is the owner
    while words and (words[-1] in ("of", "the", "for", "and")
                     or words[-1] in _TITLES and not _surname_title(words, len(words) - 1, given)
                     or words[-1][-1:] == "." and words[-1][:-1] in _TITLES and len(words[-1]) > 4
                     or words[-1] in _NOT_PROPER and not (words[-1] in _NAME_NUMERALS and len(words) > 1
                                                          and not title_case and words[-2][:1].isupper())
                     or _MODEL.fullmatch(words[-1])):
        words = words[:-1]  # (a numeral that ends a run is the name's: "Air Force One", "Formula One")
    if not words or all(w.rstrip(".,") in _MONTHS_DAYS for w in words):
        return None
    if any(regex.sub(r"['’]s?$", "", w) in _FESTIVALS for w in words) \
            and all(regex.sub(r"['’]s?$", "", w) in _FESTIVALS or w in _FESTIVAL_PARTS for w in words):
        return None  # "Christmas", "Christmas Day", "Black Friday": a time of year, no one's figure
    if regex.sub(r"['’]s?$", "", words[0]) in _HOLIDAY_FIRST and (
            len(words) == 2 and words[1] in _FESTIVAL_PARTS
            or len(words) == 1 and _HOLIDAY_NEXT.match(sent, sent.find(words[0], start) + len(words[0]))):
        return None  # "Labor Day", "the Memorial weekend", "Veterans Day": a holiday, no one's figure
    if len(words) == 1 and (words[0].rstrip(".,") in _UNIT_NAMES or words[0].rstrip(".,") in _LONE_PARTS):
        return None  # "a degree Fahrenheit": a unit; "the Council", "all 50 States": a body named elsewhere
    if len(words) == 1:
        w = words[0]
        low = w.lower()
        if w.strip("’'s") in _ADJ_NAMES or _CONTRACTION.search(w) or _LOWER_COMPOUND.match(w):
            return None
        if low in _COUNT_WORDS or w in _LEAD_ADVERBS:
            return None
        if w in ("Red", "Blue", "Purple") and regex.match(r"\s+states?\b", sent[start + len(w):]):
            return None  # "Nine of the 10 poorest states are Red states": a colour of politics, no name  # "Seventy percent of all uninsured", "Forty aides who serve": a number, no name
        if low in common and (at_start or regex.search(r"(?:^|[\"“‘'(\[:•-]|\d(?:st|nd|rd|th)?)\s*$", sent[:start])):
            return None  # "Promised $10,000...", "Higher tariffs", "a 21st Century network": a
            # capitalised word, not a name
        if at_start and not w.isupper() and w not in given and w not in kept \
                and (_a_word(low, nouns) or low in openers) and _LOWER_OR_QUOTED_NEXT.match(sent, start + len(w)):
            return None  # "Airliner flips over", "Railways have cancelled", "Bouncers stepped in",
            # "Swallowed chewing gum", 'Lawmaker "wouldn't protect us"' (a quoted verb): a noun or a
            # verb of the WordNet lists that opens a sentence
            # (a firm named by a word, "Travelers", is in the gazetteer, read apart from these names)
        if (at_start or title_case) and regex.search(r"(?:ing|ly)$", low):
            return None  # "Sniffing rosemary", "Selling Snapchat Premium"
        if title_case and not w.isupper() and not honoured and not (english is not None and _no_word(w, common, nouns, openers, verbs, english, given)):
            return None  # "Dime", "Stinky": one capitalised word in a headline proves nothing
            # (s27: but a surname after "Mr" does: "Mr Glazer holds 28.1% of Manchester United")
    if len(words) == 1 and words[0] in _AP_STATES:
        return None  # "Ferguson, Mo.": a state's abbreviation (read by _entities), no name
    name = " ".join(words)
    name = regex.sub(r"['’]s?$", "", name)
    if name.endswith(".") and not regex.search(r"(?:^|[\s.])\p{Lu}\.$", name):
        name = name[:-1]  # "in Texas." ends a sentence; "U.S." keeps its point
    if len(name) < 2:
        return None
    return name


#: the small words a headline in title case leaves in lower case
_TITLE_SMALL = frozenset("""a an the and but or nor for of in on at to by up as is vs vs. via from with into over per
off out than so yet if""".split())
_LOWER_WORD = compile_cached(r"(?<![\p{L}\p{N}’'-])\p{Ll}[\p{L}’'.-]*", regex.VERSION1)


@functools.lru_cache(maxsize=1024)
def _all_title(sent: str) -> bool:
    """(s27 tcsubj) Every word of the sentence but the small ones ("a", "of", "the") is
    capitalised: a headline in title case, not a sentence full of names ("Tony Blair is to
    join Home Secretary David Blunkett in a visit to Sheffield on Thursday")."""
    return all(w in _TITLE_SMALL for w in _LOWER_WORD.findall(sent))


_CAMEL = compile_cached(r"\p{Ll}\p{Lu}", regex.VERSION1)
#: endings a word of the lists may take ("Domes", "Reinstated", "Sues", "Bigger")
_INFLECTED = compile_cached(r"(?:ies|es|s|ed|d|er|est|ied)$")


def _no_word(w: str, common, nouns, openers, verbs, words=frozenset(), given=frozenset()) -> bool:
    """(s27 tcsubj) One capitalised word of a title-case headline that is no word of the
    lists (common words, WordNet words and verb forms, in any common ending), of five
    letters or more, or written with a capital inside ("PayPal", "WhatsApp"): a name,
    though its capital proves nothing ("Harambe Received 15,000 Votes", "Woman Sues
    Samsung for $1.8M").  Not a hyphenated word, an abbreviation or a possessive."""
    w = regex.sub(r"[’']s?$", "", w)
    if not regex.fullmatch(r"\p{Lu}\p{L}+", w):
        return False
    low = w.lower()
    camel = _CAMEL.search(w)
    if camel is not None:
        # (not two words that lost their space: "WereSunday", "SaysObama")
        head = low[:camel.start() + 1]
        return head not in _TITLE_SMALL and head not in _TITLE_AUX
    if len(low) < 5 or low.endswith("ed") and w not in given:
        return False  # "Fracked", "Defunded": a verb's form the lists miss (not "Ahmed")
    if any(low[i:] in _GLUED_TAIL and _known(low[:i], common, nouns, openers, verbs, words)
           for i in range(3, len(low) - 1)):
        return False  # "Silentas", "Universitieshave": two words that lost their space
    forms = {low} | {low[:m.start()] + t for m in _INFLECTED.finditer(low) for t in ("", "e", "y")}
    if low[-3:-2] == low[-4:-3] and low.endswith("ed"):
        forms.add(low[:-3])  # "Stopped"
    return not any(_known(f, common, nouns, openers, verbs, words) for f in forms if len(f) > 2)


#: short words glued to the word before them in a text that lost a space ("Silentas")
_GLUED_TAIL = frozenset("as at in on of to is are was were has have had and the for by".split())


def _known(low: str, common, nouns, openers, verbs, words) -> bool:
    return low in common or low in nouns or low in openers or low in verbs or low in words


#: the honorifics a surname alone follows ("Mr Glazer"): a name, even in a headline in title case
_HONOURED = compile_cached(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Mme)\.?\s+$", regex.VERSION1)
#: sentence adverbs capitalised before a name ("Recently Rick Scott closed 30 centers"): no part of it
_LEAD_ADVERBS = frozenset("""Recently Currently Previously Meanwhile Additionally Finally Eventually Clearly Even
Yet Still Already Later Earlier Today Yesterday Instead Likewise Indeed Unfortunately Apparently Reportedly
Allegedly Initially Originally Traditionally Historically Basically Literally""".split())
#: an office held before, glued to its title ("Then-Gov. Carl Sanders", "Then-Sen."): no part of the name
_THEN_TITLE = compile_cached(r"(?i)then-\p{L}+\.?$", regex.VERSION1)
#: names that are one with the number after them ("the Fortune 500", "Article 370", "Title IX" aside)
_NUMBERED_NAMES = frozenset("""Fortune Article Section Title Proposition Prop Chapter Amendment Agenda Vision
Route Interstate Flight Formula Windows Apollo Studios""".split())
#: numerals that end a name ("Air Force One", "Formula One", "Channel Two")
_NAME_NUMERALS = frozenset(("One", "Two"))
#: the first word of a holiday's name that names something else too: a holiday only before
#: "Day", "weekend" ("Labor Day"; not "Labor", Australia's party; "the Memorial weekend")
_HOLIDAY_FIRST = frozenset("""Memorial Labor Labour Veterans Independence Presidents Columbus Mothers Fathers
Mother Father Boxing Inauguration Election Martin Juneteenth""".split())
_HOLIDAY_NEXT = compile_cached(r"\s+(?:day|weekend|holiday|eve)\b")
#: units named after a person: no party ("five one-hundredths of a degree Fahrenheit")
_UNIT_NAMES = frozenset("Fahrenheit Celsius Centigrade".split())
#: a word of a name alone, capitalised for a name cut short ("every State of the Union address",
#: "the National Survey on Drug Use and Health"): not which one (not "States": "in the States", the US)
_LONE_PARTS = frozenset("""State Union Center Centre Health""".split())


#: number words, capitalised when they open a sentence: no name on their own
_COUNT_WORDS = frozenset("""three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
thousand thousands million millions billion billions dozen dozens half twice""".split())


#: a lower-case word next, or a quotation that opens with one ('Lawmaker "wouldn't protect us"')
#: (its own name: _LOWER_NEXT, which _after_figure reads, takes no quotation)
_LOWER_OR_QUOTED_NEXT = compile_cached(r"\s+[\"“‘']?\p{Ll}", regex.VERSION1)


def _a_word(low: str, nouns: frozenset) -> bool:
    """A lower-cased word, or the singular of a plural, that the WordNet lists hold."""
    return bool(nouns) and (low in nouns or low + "s" in nouns or low + "es" in nouns
                            or low[-1:] == "y" and low[:-1] + "ies" in nouns)


_BY_AGENT = compile_cached(r"(?:\s+[\p{L}-]+){0,2}\s+by\s+(?:the\s+)?", regex.VERSION1)
#: (s31) the agent of a passive participle that follows the noun a share or part counts
#: ("two-thirds of groups targeted by the IRS", "half of the schools inspected by Ofsted",
#: "30 of the 50 jets built by Boeing"): the set counted is the agent's
_OF_BY_AGENT = compile_cached(
    r"\s+of\s+(?:the\s+|all\s+|those\s+|these\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:\p{Ll}+ly\s+)?"
    r"(?:\p{Ll}{2,}ed|made|built|sold|bought|paid|held|run|written|taken|given|seen|won|caught|brought|sent|spent|"
    r"kept|owned|done|drawn|grown|known|shown|led|set|cut|put|shot|struck|stolen|chosen|driven|flown|"
    r"hidden|beaten)\s+(?:by\s+(?:the\s+)?|(for)\s+)", regex.VERSION1)
#: ... or of a participle "for" the agent's own scrutiny ("groups targeted for IRS scrutiny",
#: "firms selected for SEC review"): the name modifies a noun of examining
_FOR_SCRUTINY = compile_cached(r"(?:['’]s)?\s+(?:scrutiny|review|reviews|audit|audits|investigation|investigations|"
                               r"inspection|inspections|examination|screening|prosecution)(?![\p{L}])", regex.VERSION1)
_NAMES_FIGURE = compile_cached(r"\s?(?:of\s+)?$")


def _of_by_agent(ctx, c: tuple) -> bool:
    """(s31) Is the name ``c`` the agent of a participle after the noun the figure counts a share
    or part of ("two-thirds of groups targeted by the IRS", "... targeted for IRS scrutiny")?"""
    m = _OF_BY_AGENT.fullmatch(ctx.sent, ctx.fe, c[0])
    q = _NAME_NOUN_NAME.match(ctx.sent, c[1])
    if m is None or q is not None and not any(w in _NP_STOP for w in q.group(1).split()):
        return False  # (not a name that only qualifies the next: "filtered by Symantec subsidiary Brightmail")
    return m.group(1) is None or _FOR_SCRUTINY.match(ctx.sent, c[1]) is not None


_NAME_NOUN_NAME = compile_cached(r"((?:\s+\p{Ll}[\p{Ll}-]*){1,2})\s+\p{Lu}", regex.VERSION1)


def _name_cands(ctx, lex) -> list:
    """The capitalised names of the sentence that may be the figure's subject."""
    # a name the figure belongs to is not its subject: "Agenda 2030",
    # "Article 370", "the Gang of 14" (not "Reagan’s 1986 tax reform")
    cands = [c for c in _lex_names(ctx.sent, lex) if not (c[0] < ctx.fe and c[1] > ctx.fs)
             and not (ctx.ucls in ("count", "date") and c[1] <= ctx.fs
                      and _NAMES_FIGURE.fullmatch(ctx.sent, c[1], ctx.fs)
                      and ctx.sent[c[1] - 2:c[1]] not in ("’s", "'s"))]
    return [c for c in cands if c[0] >= ctx.src and not _DOLLAR_AFTER.match(ctx.sent, c[1])  # "US$100,000"
            and not _no_party(ctx.sent, c[0], c[1])  # "a TikTok video", "posted on Instagram"
            and not _speech_venue(ctx, c)  # "told reporters in Washington that": where it was said
            and not _BINOMIAL.match(ctx.sent, c[0])  # "E. coli", "S. aureus": a germ, not a name
            and not (lex.canonical.get(c[2], c[2]) != c[2] and lex.canonical[c[2]] in lex.countries and c[2] not in lex.nations
                     and _ACCORD_AFTER.match(ctx.sent, c[1]))  # "the Paris climate deal"
            and not (c[2] in lex.nations and _CHART_AFTER.match(ctx.sent, c[1]))  # "the US box office"
            and not (c[2] in lex.nations and _one_of_a_people(ctx.sent, c[1] - len(c[2]), c[1]))  # "The American spent"
            and not (c[2] in lex.nations and _of_origin(ctx.sent, c[0], c[1]))  # "citizens of Mexican origin"
            and not (c[2] in lex.nations and (_firm_adjective(ctx.sent, c[1] - len(c[2]), c[1])  # "The US firm"
                                              or _tongue_or_coin(ctx.sent, c[0], c[1], c[2])))]


_BINOMIAL = compile_cached(r"\p{Lu}\.\s+\p{Ll}{3,}", regex.VERSION1)
_CAPS_PLURAL = compile_cached(r"\p{Lu}{2,}s")
_NOT_AFTER = compile_cached(r"(?i)(?<![\p{L}])(?:said|says|say|told|tells|added|adds|according|reported|claimed|"
                            r"among\s+(?:them|whom|which|others)|"
                            r"claims|wrote|including|includes|such\s+as|where|while|whereas|although|because|"
                            r"unless|until)(?![\p{L}])|[;:\"“”]|,\s+(?:and|or|but)\s", regex.VERSION1)
#: the strategies that read a subject from where a name stands, and so may read
#: a name the gazetteer does not hold
_PLACED = ("after", "possessive", "near_actor", "actor", "agent", "before", "of", "after_any", "main")


def _named_subject(rule: Rule, ctx: _Ctx, lex: _Lexicon, ents, pool, lo, hi) -> Optional[str]:
    """The rule's own strategies run again with the names the gazetteer does
    not hold added to the pool ("Two people in Newry", "Loretta Lynch's
    nomination"): the name that stands where the rule looks for its subject,
    when no listed entity does."""
    if rule.metric == "people.age":
        return None  # an age is a person's: the one it is written before, or the one it stands for
    # (not a plural of capitals, "CEOs", "MPs": a kind of people, not a name)
    # after the figure, not a name that reports it ("..., said Rob Pollard", "according to
    # Jupiter Research", "Jupiter Research said"), one of a list it counts ("100 firms
    # including Sony") or one in another clause ("..., while Virgin")
    names = [(c[0], c[1], _canon(c[2], lex)) for c in _name_cands(ctx, lex)
             if not any(e[0] < c[1] and c[0] < e[1] for e in ents) and not _CAPS_PLURAL.fullmatch(c[2])
             and not _in_comma_aside(ctx, c)
             and not (c[0] >= ctx.fe and (_search(_NOT_AFTER, ctx.sent, ctx.fe, c[0]) is not None
                                          or _SOURCE_VERB.match(ctx.sent, c[1]) is not None
                                          or ctx.sent.count("(", ctx.fe, c[0]) > ctx.sent.count(")", ctx.fe, c[0])))]
    if not names:
        return None
    full = sorted(pool + names)
    for strategy in rule.subject:
        if strategy in _PLACED:
            subj = _STRATEGIES[strategy](ctx, lex, full, lo, hi)
            if subj:
                return subj
    return None


#: what joins a figure to the one before it in a parallel phrase ("175,000 people at
#: Heathrow Airport and 10,000 at Gatwick"): a name between them is the first figure's
_PARALLEL = compile_cached(r"\s*,?\s*(?:and|or|but|while|whereas|against|compared\s+with|versus|vs\.?)\s+"
                           r"(?:(?:about|around|nearly|almost|some|another|a\s+further|just|only)\s+)?$", regex.VERSION1)


def _s_proper_noun(ctx, lex, pool, lo, hi):
    cands = _name_cands(ctx, lex)
    before = [c for c in cands if c[1] <= ctx.fs and not (
        _PARALLEL.fullmatch(ctx.sent, c[1], ctx.ns) and any(o[1] <= c[0] for o in ctx.others))
        and not _in_dash_aside(ctx, c) and not _in_comma_aside(ctx, c)]
    if before:
        first = before[0]
        if len(before) > 1 and before[1][0] == first[1] + 1 and _OWNER.search(ctx.sent, first[0], first[1]):
            first = (first[0], before[1][1], before[1][2])  # "Britain's Kelly Holmes marked": the one owned
        if _opening_actor(ctx, first):
            return _canon(first[2], lex)  # "The Falic Group bought two labels from LVMH in 2003"
        # the nearest name that does not own another noun ("Vera Drake, Mike
        # Leigh's tale about ..., is nominated in 11")
        free = [c for c in before if not ((_POSS.match(ctx.sent[c[1]:c[1] + 3]) or ctx.sent[c[1] - 2:c[1]] in ("'s", "’s"))
                                          and _nwords(ctx.sent[c[1]:ctx.ns]) > 5)]
        return _canon((free or before)[-1][2], lex)
    after = []
    for c in cands:
        if c[0] < ctx.fe:
            continue
        if _SUBORDINATE.search(ctx.sent, ctx.fe, c[0]) or _search(_CLAUSE_OFF, ctx.sent, ctx.fe, c[0]) is not None or any(
                ctx.fe <= o[0] and o[1] <= c[0] and _RELATIVE.search(ctx.sent, o[1], c[0]) for o in ctx.others) \
                or _next_figures_clause(ctx, c[0]):
            break  # "twice the 169,000 figure that Wall Street economists had forecast": a name in
            # another figure's clause, or in another clause ("..., while Virgin said")
        if _person_reporter(ctx, c):
            break  # "..., Mr Brown said": who reports the figure, not whom it is about
        lead = ctx.sent[max(0, c[0] - 16):c[0]]
        if ctx.sent.count("(", ctx.fe, c[0]) > ctx.sent.count(")", ctx.fe, c[0]) \
                and not (_BRACKETED_NAME.fullmatch(ctx.sent, c[0] - 1, c[1] + 1)
                         and not _expansion_before(ctx.sent, c)):
            continue  # "won 30 awards (including one at Sundance)": an aside in brackets (not a
            # name an editor put in brackets for the speaker's word: "(Charlie Crist) breaks it")
        if _AND_BEFORE.search(lead) and _OWN_VERB.match(ctx.sent, c[1]):
            break  # "Airbus sold 20 jets and the Boeing 747 fleet is ageing": the subject of the next clause
        if after and after[-1] is None and _AND_BEFORE.search(lead):
            continue  # "from makers including Nokia and Samsung": led by the same preposition
        after.append(c if (not _LED_BY_PREP.search(lead) or _SCOPE.search(lead)
                           # "charged $250 by Neiman Marcus": the agent of the figure
                           or _BY_AGENT.fullmatch(ctx.sent, ctx.fe, c[0])
                           or _of_by_agent(ctx, c)) else None)
    after = [c for c in after if c is not None]
    return _canon(after[0][2], lex) if after else None


_DASH = compile_cached(r"\s[-–—]\s", regex.VERSION1)


def _in_dash_aside(ctx: _Ctx, c: tuple) -> bool:
    """Is the name ``c`` inside an aside set off by two dashes that closes
    before the figure ("Shares in its major shareholder, Patrick Corporation -
    which owns 46% of Virgin Blue - had dropped 31%")?  The aside is about
    the name it follows, not the figure's subject."""
    if ctx.sent.count(" - ", 0, ctx.fs) + ctx.sent.count(" – ", 0, ctx.fs) + ctx.sent.count(" — ", 0, ctx.fs) < 2:
        return False
    dashes = [m.start() for m in _DASH.finditer(ctx.sent, 0, ctx.fs)]
    return any(dashes[i] < c[0] and c[1] <= dashes[i + 1] for i in range(0, len(dashes) - 1, 2))


#: a relative or participial aside set off by commas ("The film, which scored Oscar
#: nominations for Sophie Okonedo, made"; "movie Assault On Precinct 13, starring rapper
#: Ja Rule, made")
_COMMA_ASIDE = compile_cached(r",\s+(?:who|whom|whose|which|starring|featuring|co-starring)\s[^,;:()\"“”]*,",
                              regex.IGNORECASE | regex.VERSION1)


def _in_comma_aside(ctx: _Ctx, c: tuple) -> bool:
    """Is the name ``c`` inside a relative or participial aside set off by commas
    that closes before the figure?  The aside tells of the noun it follows (a film's
    stars, a band's hits), not of the figure's subject."""
    for m in _COMMA_ASIDE.finditer(ctx.sent, 0, ctx.fs):
        if m.start() < c[0] and c[1] < m.end() and not _ASIDE_GOES_ON.match(ctx.sent, m.end()) \
                and regex.search(r"(?<![\p{L}])" + regex.escape(c[2]) + r"(?![\p{L}])", ctx.sent[:m.start()]) is None:
            return True  # (not a name the sentence gave before: "Umbro announced its deal with
            # Chelsea, which gave Umbro the right")
    return False


#: what shows the comma that closed an aside opens another ("Kenteris, 31, who won the 200m
#: title and Thanou, 30, who won the 100m silver")
_ASIDE_GOES_ON = compile_cached(r"\s*(?:\d|who\b|which\b|whose\b)", regex.VERSION1)


#: a word that opens another clause after the figure: a name past it is not
#: the figure's
_SUBORDINATE = compile_cached(r"(?i)\b(?:where|while|whereas|although|because|unless|until|said|says|including|"
                              r"among\s+(?:them|whom|which|others)|"
                              r"includes|such\s+as)\b|[;:]|,\s+with\b")  # ("three more efforts on the list,
# including fifth-placed Paranoid": one of those it counts, not its subject)
_RELATIVE = compile_cached(r"(?i)\b(?:that|which|who|whom|whose)\b")
_AND_BEFORE = compile_cached(r"(?i)\b(?:and|or)\s+(?:the\s+)?$")
#: a finite verb within three words after a name: the name opens a clause of its own
_OWN_VERB = compile_cached(r"(?:[’']s)?(?:\s+[\p{L}\d-]+){0,3}?\s+(?:is|are|was|were|has|have|had|will|would|"
                           r"can|could|said|says|sold|made|posted|reported|expects?|plans?)\b", regex.VERSION1)
_BRACKETED_NAME = compile_cached(r"\(.*\)", regex.DOTALL)


def _expansion_before(sent: str, c: tuple) -> bool:
    """An acronym in brackets after the words it stands for ("corporate social
    responsibility (CSR) reports"): an abbreviation, not an inserted name."""
    acro = c[2].replace(".", "")
    if not acro.isupper():
        return False
    words = regex.findall(r"[\p{L}]+", sent[max(0, c[0] - 120):c[0]])
    initials = "".join(w[0] for w in words if w.lower() not in ("of", "and", "for", "the", "on", "in"))
    return initials.upper().endswith(acro.upper())


_OPENING = compile_cached(r"^(?:the\s+|a\s+|an\s+)?((?:[\p{L}][\p{L}’'-]*\s+){0,2}?[\p{L}][\p{L}’'-]*)\s+"
                         r"(?:are|is|was|were|will|would|have|has|had|can|could|must|may|might)\b",
                         regex.IGNORECASE | regex.VERSION1)


def _s_opening(ctx, lex, pool, lo, hi):
    """The sentence's opening noun phrase ("Cabinet papers are released
    under the 30-year rule"): what a rule or law applies to."""
    m = _OPENING.match(ctx.sent)
    if m is None or m.end() > ctx.fs:
        return None
    words = m.group(1).split()
    if any(w.lower() in _NP_STOP for w in words):
        return None
    if m.start(1) > 0 and not words[0][0].isupper() and all(w.lower() in _THING_VAGUE for w in words[:-1]):
        return None  # "The full programme will be announced", "the ceremony": one named before (which?)
    return _canon(" ".join(words), lex) if words[0] in lex.canonical else " ".join(words).lower()


#: the figure's phrase opens the sentence up to a comma ("Four years as a congressman,", "After 12 years
#: as governor,"): no comma before it, at most six words after it; then the main clause's subject, a name
#: or a pronoun with the name an editor put in brackets ("he [U.S. Rep. Hank Johnson] never talked")
_OPENING_PHRASE = compile_cached(r"[\W_]*(?:Says\s+)?[^,;:()\[\]]*$", regex.VERSION1)
_MAIN_AFTER = compile_cached(r"(?:\s+[\p{L}’'.-]+){0,6}?,\s+(?:(?:he|she|they|He|She|They)\s+[\[(](?:the\s+)?"
                             r"(?:(?:U\.S\.|Gov\.|Sen\.|Rep\.|Mayor|Governor|Senator|Congressman|Congresswoman|President|Pres\.)\s+){0,2})?",
                             regex.VERSION1)


def _s_main(ctx, lex, pool, lo, hi):
    """The subject of the main clause after an opening phrase that holds the
    figure ("Four years as a congressman, he [U.S. Rep. Hank Johnson] never
    talked about MARTA"; "After 12 years as governor, Rick Perry left"): the name
    that starts that clause, else none."""
    if _OPENING_PHRASE.fullmatch(ctx.sent, 0, ctx.fs) is None:
        return None
    m = _MAIN_AFTER.match(ctx.sent, ctx.fe)
    if m is None:
        return None
    for a, b, name in pool:
        if a == m.end():
            return name
    return None


_STRATEGIES = {"main": _s_main, "opening": _s_opening, "actor": _s_actor, "near_actor": _s_near_actor, "agent": _s_agent, "after": _s_after, "possessive": _s_possessive, "before": _s_before, "of": _s_of,
               "after_any": _s_after_any, "first": _s_first, "group": _s_group,
               "proper_noun": _s_proper_noun, "title": _s_title,
               # (pol32) the population a survey asked, where the text names the survey
               "poll": lambda ctx, lex, pool, lo, hi: poll_population(ctx, lex)}


# --------------------------------------------------------------------------
# the place of a happening (session 12, place21): a last subject for a count,
# a toll or a dated happening that nothing else gave one


#: a place given as where something happened: "in", "at", "near", "across", "throughout"
#: ("Three people were killed in a shooting in Texas", "Thousands marched across France")
_HAPPEN_LEAD = compile_cached(r"(?<![\p{L}’'-])(?:in|at|near|across|throughout)\s+(?:the\s+)?"
                              r"(?:(?:city|town|village|state|province|region|county|district|capital)\s+of\s+"
                              # "in Tampa, Florida", "in Cannes, France": the state or country after a town
                              r"|(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*,\s+)?$",
                              regex.VERSION1)
#: lower-case words after a place that leave it a place ("in Texas last year", "in Washington
#: state"): any other noun makes it an adjective ("the US dollar", "at the US box office")
_HAPPEN_AFTER_OK = frozenset("state city county province region area capital".split())
_HAPPEN_NEXT = compile_cached(r"\s+(\p{Ll}[\p{Ll}-]*)", regex.VERSION1)
#: a name written as one thing among others, not an actor: after an article or a preposition
#: ("entered an Uber in Tampa", "at the Kodak Theatre")
_HAPPEN_OBJECT = compile_cached(r"(?i)(?<![\p{L}])(?:a|an|to|on|from|into|in|with|at|for|over|near|of|across|"
                                r"throughout|inside|outside)\s+(?:[\p{L}-]+\s+){0,2}$", regex.VERSION1)
#: a verb of going, living or coming from before the place: a destination or a home, not
#: where the figure's happening was ("moved to Nassau in 1969", "arrived in Britain on
#: Sunday", "a man who lives in Texas")
_HAPPEN_NOT_WHERE = compile_cached(
    r"(?i)(?<![\p{L}])(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|mov(?:e|es|ed|ing)|return(?:s|ed|ing)?|settl(?:e|es|ed|ing)|"
    r"relocat(?:e|es|ed|ing)|emigrat(?:e|es|ed|ing)|immigrat(?:e|es|ed|ing)|fle[de]|flew|travell?(?:ed|ing)?|"
    r"head(?:s|ed|ing)?|based|born|raised|grew\s+up|li(?:ve|ves|ved|ving)|resid(?:e|es|ed|ing|ent|ents)|"
    r"stationed|studi(?:ed|es)|stud(?:y|ying)|work(?:s|ed|ing)?|employed|listed|registered|headquartered)"
    r"(?:\s+[\p{L}’'-]+){0,2}\s+$", regex.VERSION1)
#: a person or a body the clause makes the actor: the figure is theirs, not the place's
#: ("He moved ...", "They arrested ...", "its staff")
_HAPPEN_ACTOR = compile_cached(r"(?<![\p{L}’'-])(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Ii]ts|[Mm]y|"
                               r"[Tt]he\s+(?:company|firm|group|band|club|team|party|bank|government|minister|president|"
                               r"singer|actor|actress|star|player|film|show|album))(?![\p{L}’'-])", regex.VERSION1)


_HAPPEN_AND = compile_cached(r"(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?|\s*,?\s+(?:and|or)\s+(?:the\s+)?", regex.VERSION1)


def _happen_places(sent: str, lo: int, hi: int, lex: _Lexicon, places: frozenset) -> list:
    """(start, end, canonical) of the places of the gazetteer in sent[lo:hi]
    written as where something happened: after "in", "at", "near", "across"
    or "throughout" (and "the city of"), not a destination or a home
    ("arrived in", "lives in"), not part of a longer name ("the New York
    Times", "in London's Docklands"), not a people ("Chinese")."""
    out = []
    for m in _entity_matches(lex.entity_rx, sent):
        a, b = m.start(), m.end()
        if a < lo or b > hi:
            continue
        raw = m.group()
        if raw not in places:
            continue
        if _HAPPEN_LEAD.search(sent, max(0, a - 40), a) is None or _POSS.match(sent[b:b + 3]):
            continue
        lead = _HAPPEN_LEAD.search(sent, max(0, a - 40), a).start()
        if _HAPPEN_NOT_WHERE.search(sent, max(0, lead - 40), lead) is not None:
            continue
        nxt = _HAPPEN_NEXT.match(sent, b)
        if nxt is not None and nxt.group(1) not in _NP_STOP and nxt.group(1) not in _HAPPEN_AFTER_OK \
                and nxt.group(1) not in _MONTHS_DAYS:
            continue  # "the US dollar", "at the US box office": an adjective, not where
        own = _CITY_NAME_AFTER.match(sent, b)
        if own is not None and not any(w in _MONTHS_DAYS or w in lex.canonical for w in own.group(1).split()):
            continue  # "in Los Angeles Times", "at Dundee University": a name of its own
        out.append((a, b, lex.canonical[raw]))
        # "across England and Wales", "in France and Germany": each place of the list is one
        for m2 in _entity_matches(lex.entity_rx, sent):
            if m2.start() < b or m2.end() > hi:
                continue
            if _HAPPEN_AND.fullmatch(sent, b, m2.start()) is None:
                break
            if m2.group() in places:
                out.append((m2.start(), m2.end(), lex.canonical[m2.group()]))
            b = m2.end()
    return out


def _happening_place(sent: str, fs: int, fe: int, lex: _Lexicon, places: frozenset,
                     dated: bool = False) -> Optional[str]:
    """The place where the happening a figure counts or dates was, as its
    subject, when the figure's own clause names no one else it could belong
    to ("Three people were killed in a shooting in Texas": Texas; "Flooding in
    Kerala has displaced 100,000": India).  The place is the one the gazetteer
    gives (a city stands for its state or country, as everywhere in the
    engine).  None when the clause names an owner -- a person, a firm, a body,
    a pronoun ("Toyota's sales in Japan", "He moved to Nassau in 1969") -- when
    the place is only a destination or a home, or when the clause names two
    places that are not one.  A date (``dated``) whose clause makes a person
    the actor keeps none, as :func:`_where_only` decides for the strategies
    ("a man who died in Pompeii in 79 A.D.": the man's death, not the place's)."""
    lo, hi = _clause(sent, fs, fe)
    if dated and _search(_WHERE_ACTOR, sent, 0, hi) is not None:
        return None
    found = _happen_places(sent, lo, hi, lex, places)
    if not found or len({e[2] for e in found}) > 1:
        return None
    # (the owner may stand before the clause: "The luxury carmaker saw strong sales of its three
    # marques - BMW, Mini and Rolls-Royce - in Asia", "Alicia Keys has 12 nominations for the
    # awards, which will be held ... in Las Vegas")
    if _search(_HAPPEN_ACTOR, sent, 0, hi) is not None or _FIRM_OPENS.match(sent) is not None:
        return None
    spans = [(e[0], e[1]) for e in found]
    pl = _place_names(lex)
    for c in _lex_names(sent, lex):
        if c[0] >= hi or any(c[0] < b and c[1] > a for a, b in spans):
            continue
        if c[2] in _MONTHS_DAYS or c[0] < fe and c[1] > fs:
            continue
        name = _owning_name(c, lex, pl)
        if name is None or name in places or c[2] in places:
            continue
        if c[0] == _OPEN_LEAD.match(sent).end() and c[2].split()[0].lower() in lex.common:
            continue  # "Video of 20,000 bikers": a capital that opens the sentence names no one
        if _HAPPEN_OBJECT.search(sent, max(0, c[0] - 40), c[0]) is not None:
            continue  # "entered an Uber in Tampa": a thing of the happening, not its owner
        return None  # a name in the clause: the figure is its (or the clause is about it)
    return found[0][2]
