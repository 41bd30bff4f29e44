"""The population a survey asked (pol32): the subject of a share of its respondents.

A survey's share of "those polled" ("Only 11% regarded themselves as savvy",
"Of these, 83% were happy") is a share of the people the survey asked; the
text names them, when it does, where it names the survey:

* "a poll of 2,000 UK adults", "a survey among 1,000 French voters", "a study
  of 500 people in Germany";
* "the YouGov poll, which questioned 1,943 British adults online", "it
  interviewed 1,000 Germans";
* "1,000 Spaniards were questioned";
* "a survey in Germany", "a poll carried out across France";
* "a British survey", "a nationwide US poll".

The subject is the country of a demonym or a country name in that phrase
(the convention of ``subjects._group_subject``: "Britons", "UK adults" ->
United Kingdom), else the phrase's group of ``lists/groups.txt`` unless it is
vague ("2,000 mobile phone users" -> users), else none.  The phrase is looked
for in the figure's sentence, then back through its paragraph; the nearest
sentence that names a survey decides, and one that names a survey but no
population ("The Demos report looked at people's habits") gives none: the
story's country is never guessed.  Used as the subject strategy ``poll``.
"""

from __future__ import annotations

from typing import Optional

import regex

from .rules import compile_cached
from .text import sentence_bounds
from .matching import VAGUE_GROUPS, _group_key, _search

#: how many sentences before the figure's a survey's name is looked for, in its paragraph
_BACK = 3

_NUM = (r"(?:(?:some|about|around|nearly|almost|over|more\s+than|fewer\s+than|just\s+over|just\s+under|"
        r"roughly|a\s+total\s+of|a\s+sample\s+of)\s+)?"
        r"(?:\d[\d,.]*(?:\s*(?:million|m|k))?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|"
        r"a\s+few)\s+(?:thousand|hundred))")
#: the population phrase: up to four words (letters, hyphens, dots) that are no function word or verb
_STOPWORD = (r"(?:of|in|on|at|to|for|from|by|with|about|and|or|but|who|which|that|whom|whose|found|finds|"
             r"find|showed|shows|suggested|suggests|revealed|reveals|said|says|say|were|was|are|is|had|have|"
             r"has|been|be|thought|think|believe|believed|the|a|an|its|their|this|these|those|it|they|than|"
             r"last|this|between|during|earlier|conducted|carried|published|commissioned|online|aged|over|"
             r"under|since|when|while|after|before)")
_WORDS = r"(?P<pop>(?:(?!" + _STOPWORD + r"\b)[\p{L}][\p{L}.’'-]*(?:\s+|(?=[\s,.;:)]|$))){1,4})"
_SURVEY = r"(?:opinion\s+)?(?:polls?|surveys?|study|studies|research|questionnaires?|census|sample)"
#: "a poll of 2,000 UK adults", "a survey among French voters", "a study of some 500 people in Germany"
_OF_FORM = compile_cached(r"(?i)\b" + _SURVEY + r"(?:\s+(?![\d])[\p{L}-]+){0,1}?\s+(?:of|among|amongst|covering)\s+"
                          r"(?:" + _NUM + r"\s+)?" + _WORDS, regex.VERSION1)
#: "which questioned 1,943 British adults", "interviewed 1,000 Germans" (a number: "asked the
#: government" is no population)
_VERB_FORM = compile_cached(r"(?i)\b(?:questioned|questioning|interviewed|interviewing|polled|polling|surveyed|"
                            r"surveying|asked|asking|sampled|canvassed|quizzed|spoke\s+to|talked\s+to)\s+"
                            + _NUM + r"\s+" + _WORDS, regex.VERSION1)
#: "1,000 Spaniards were questioned"
_PASSIVE_FORM = compile_cached(r"(?i)(?<![\p{L}\d])" + _NUM + r"\s+" + _WORDS + r"(?:were|was|had\s+been|have\s+been)?\s*"
                               r"(?:questioned|interviewed|polled|surveyed|asked|sampled|canvassed|quizzed)\b",
                               regex.VERSION1)
#: "a survey in Germany", "a poll carried out across France", "those polled in Spain"
_IN_FORM = compile_cached(r"(?i)\b(?:" + _SURVEY + r"|polled|questioned|surveyed|interviewed|respondents)"
                          r"(?:\s+(?:carried\s+out|conducted|taken|held|done))?\s+(?:in|across|throughout)\s+"
                          r"(?:the\s+)?(?P<pop>[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?)", regex.VERSION1)
#: "a British survey", "a nationwide US poll", "the French poll": a nation right before the survey
_ADJ_FORM = compile_cached(r"(?P<pop>(?<![\p{L}.-])[\p{Lu}][\p{L}.]*)(?:-wide)?\s+(?:(?:national|nationwide|online|"
                           r"opinion|new|latest|recent|annual|telephone)\s+)?" + _SURVEY + r"\b", regex.VERSION1)
#: a sentence that names a survey: the nearest one decides
_NAMES_SURVEY = compile_cached(r"(?i)\b(?:polls?|polled|surveys?|surveyed|study|studies|research|report|"
                               r"questionnaires?|questioned|interviewed|respondents)\b", regex.VERSION1)


def _nation(lex, words: str) -> Optional[str]:
    """The country a nation word in ``words`` names ("UK adults", "Britons",
    "people in Germany"), when only one is named."""
    found = set()
    for m in regex.finditer(r"[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?", words):
        whole = " ".join(m.group().split())
        for c in [whole] if whole in lex.nations else whole.split():
            c = c.rstrip(".") if c not in lex.nations else c
            if c in lex.nations and c in lex.canonical:
                found.add(lex.canonical[c])
    return found.pop() if len(found) == 1 else None


def _population(lex, words: str, country_only: bool = False) -> Optional[str]:
    """The subject a population phrase names: its country, else its group."""
    country = _nation(lex, words)
    if country is not None or country_only:
        return country
    m = None
    for m in regex.finditer(lex.groups_rx, words):
        pass  # the phrase's last group is its head ("mobile phone users")
    if m is None or words[m.end():].strip(" .,;:'’-") != "":
        return None  # the group must end the phrase: "voters" in "voters' cards" is no head
    group = lex.groups.get(_group_key(m.group(), lex))
    return None if group is None or group in VAGUE_GROUPS else group


def _in_sentence(lex, sent: str) -> tuple[bool, Optional[str]]:
    """(whether ``sent`` names a survey or its population, the population's subject)."""
    for rx, country_only in ((_OF_FORM, False), (_VERB_FORM, False), (_PASSIVE_FORM, False),
                             (_IN_FORM, True), (_ADJ_FORM, True)):
        m = _search(rx, sent)
        while m is not None:
            tail = sent[m.end("pop"):m.end("pop") + 40]
            words = m.group("pop")
            place = regex.match(r"\s*(?:in|across|from|throughout)\s+(?:the\s+)?([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}]"
                                r"[\p{L}.-]*)?)", tail)
            if place is not None and place.group(1) in lex.nations:
                words = words + " " + place.group(1)  # "2,000 people in Germany"
            more = regex.match(r"\s*(?:,|and|or|&)\s+((?:[\p{Lu}][\p{L}.-]*\s+)*)", tail)
            if more is not None and more.group(1):
                words = words + " " + more.group(1)  # "British and French adults": two nations, neither
            subj = _population(lex, words, country_only)
            if subj is not None:
                return True, subj
            m = _search(rx, sent, m.end("pop"))
    return _search(_NAMES_SURVEY, sent) is not None, None


def poll_population(ctx, lex) -> Optional[str]:
    """The population the survey behind the figure asked, named in the
    figure's sentence or, nearest first, an earlier sentence of its paragraph."""
    named, subj = _in_sentence(lex, ctx.sent)
    if named or not ctx.text:
        return subj
    text, pos = ctx.text, ctx.s0
    line_start = text.rfind("\n", 0, pos) + 1
    for _ in range(_BACK):
        if pos <= line_start:
            return None
        q = pos - 1
        while q > line_start and text[q].isspace():
            q -= 1  # the end mark of the sentence before
        a, b = sentence_bounds(text, max(line_start, q - 1))
        if b > pos or a >= pos:
            return None
        named, subj = _in_sentence(lex, text[a:b])
        if named:
            return subj
        pos = a
    return None
