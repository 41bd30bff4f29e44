"""The pre-filters of pattern rules: a window the literal filter
(claims._required_literals) rejects is one the pattern cannot match, and the
reverse search (claims._reversed) finds a match exactly when the forward one
does, so skipping the forward search changes no result."""

import regex
from hypothesis import given, settings, strategies as st

from ledger import claims, rules
from ledger.rules import FIGURE_SENTINEL


def _passes(src: str, text: str) -> bool:
    folded = text.casefold()
    return all(any(w in folded for w in alts) for alts in claims._required_literals(src))


def test_literals_of_a_pattern():
    need = claims._required_literals(r"(?i)(?P<noun>[a-z]+)['’]s? (?:rose|fell) by \uE000")
    assert ("'", "’") in need
    assert ("fell", "rose") in need
    assert (" by \ue000",) in need


def test_optional_parts_require_nothing():
    assert claims._required_literals(r"(?:about )?\w+(?: of)*") == ()


def test_regex_only_syntax_gets_no_filter():
    for src in (r"\m\w+ rose", r"(?:rose){e<=1}", r"[[a-z]--[aeiou]] rose"):
        assert claims._required_literals(src) == ()


def test_a_character_property_is_one_character_and_no_literal():
    # re does not read \p{..}; the analyses read it as \w, in a class or not
    assert claims._required_literals(r"\p{Lu}\w+ rose") == ((" rose",),)
    assert claims._required_literals(r"[\p{L}'’.-]+ (?P<noun>cuts)|(?P<noun>rises) \P{N}") == ((" cuts", "rises "),)
    assert claims._ends_at_figure(r"(?<=\p{Ll}) rose (?P<figure>" + FIGURE_SENTINEL + ")") == 0


def test_case_folded():
    src = r"(?i)Rose BY \uE000"
    assert _passes(src, "prices ROSE by " + FIGURE_SENTINEL)
    assert regex.search(src, "prices ROSE by " + FIGURE_SENTINEL)


_RULES = rules.load_rules()
_PATTERNS = [rx for r in _RULES.rules if r.kind == "pattern" for rx in r.patterns]
_CUES = [rx for r in _RULES.rules for rx in (r.cues_after, r.cues_before, r.requires, r.excludes)
         if rx is not None and claims._required_literals(rx.src)]
_WORDS = ["the", "its", "rate", "is", "was", "rose", "fell", "by", "to", "of", "about", "cases",
          "deaths", "share", "'s", "’s", "(", ")", ",", "Their", "Budget", "cut", "raised", "times",
          "years", "old", "aged", "down", "up", FIGURE_SENTINEL]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14), st.integers(0, len(_PATTERNS) - 1),
       st.sampled_from([" ", "", "  "]))
def test_a_rejected_window_never_matches(words, i, sep):
    rx = _PATTERNS[i]
    text = sep.join(words)
    if not _passes(rx.src, text):
        assert rx.search(text) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["Kenyans", "Texans", "Republicans", "killed", "in", "on", "May",
                                          "invaded", "signed", "were", "people", "million"]),
                min_size=1, max_size=14), st.integers(0, len(_CUES) - 1))
def test_a_rejected_window_never_matches_a_cue(words, i):
    rx = _CUES[i]
    text = " ".join(words)
    if not _passes(rx.src, text):
        assert rx.search(text) is None


def test_cached_analysis_is_the_analysis():
    for rx in _PATTERNS:
        assert claims._required_literals(rx.src) == tuple(claims._no_longer(a) for a in claims._analyse_literals(rx.src))


def test_an_alternative_that_holds_another_is_dropped():
    # a window holding "raised" holds "raise": the set answers the same without it
    assert claims._no_longer(("raise", "raised", "raising", "cut", "cuts")) == ("raise", "raising", "cut")
    assert claims._no_longer(("rose", "fell")) == ("rose", "fell")
    assert claims._no_longer(("",  "a")) == ("",)


def test_validated_rules_load_from_the_parsed_cache_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_CACHE", str(tmp_path))
    monkeypatch.delenv("LEDGER_NO_CACHE", raising=False)
    first = rules.load_rules()  # validates and marks
    second = rules.load_rules()  # parses the validated files, keeps them
    assert list((tmp_path / "rules-parsed").glob("*.pickle"))
    monkeypatch.setattr(rules, "load_rule_file", None)  # not parsed again
    third = rules.load_rules()  # from the kept copy
    assert first.rules == second.rules == third.rules
    assert [r.code for r in third.rules] == [r.code for r in first.rules]
    # the examples come back from the kept copy as they were parsed (unpickled on first use)
    for a, b in zip(first.rules, third.rules):
        assert tuple(b.match_examples) == tuple(a.match_examples) and len(b.no_match_examples) == len(a.no_match_examples)
        assert [e.text for e in b.no_match_examples] == [e.text for e in a.no_match_examples]


def test_ends_at_figure():
    assert claims._ends_at_figure("(?P<noun>[a-z]+) rose (?P<figure>" + FIGURE_SENTINEL + ")") == 0
    # an alternation may end elsewhere; a lookahead reads past the figure
    assert claims._ends_at_figure("a|b (?P<figure>" + FIGURE_SENTINEL + ")") is None
    assert claims._ends_at_figure("(?=.*x)a (?P<figure>" + FIGURE_SENTINEL + ")") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS[:-1]), max_size=10), st.lists(st.sampled_from(_WORDS[:-1]), max_size=6),
       st.integers(0, len(_PATTERNS) - 1))
def test_a_search_stopped_past_the_figure_finds_the_same(before, after, i):
    rx = _PATTERNS[i]
    past = claims._ends_at_figure(rx.src)
    if past is None:
        return
    head = " ".join(before) + " "
    text = head + FIGURE_SENTINEL + " " + " ".join(after)
    full = rx.search(text)
    cut = rx.search(text, 0, len(head) + 1 + past)
    assert (full and (full.span(), full.groupdict())) == (cut and (cut.span(), cut.groupdict()))


_AT_FIGURE = [rx for rx in _PATTERNS if claims._ends_at_figure(rx.src) is not None]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["gas", "prices", "premiums", "tuition", "unemployment",
                                          "have", "gone", "increased", "percent"]), min_size=1, max_size=14),
       st.integers(0, len(_AT_FIGURE) - 1))
def test_reverse_search_finds_a_match_exactly_when_forward_does(words, i):
    rx = _AT_FIGURE[i]
    text = " ".join(words)
    assert (claims._reversed(rx).search(text) is None) == (rx.search(text) is None)


def test_up_to_figure():
    f = "(?P<figure>" + FIGURE_SENTINEL + ")"
    assert claims._up_to_figure(r"(?:a|the) (?P<noun>\w+) of " + f + " (?:more|less)") == \
        (r"(?:a|the) (?P<noun>\w+) of " + f, -1)
    assert claims._up_to_figure(r"(?<!\w)(?:of|in) (?:" + f + r" (?:more|less))") == \
        (r"(?<!\w)(?:of|in) (?:" + f + ")", 3)
    assert claims._up_to_figure(f + " increase") == (f, 0)
    # only a lookahead after the figure: the whole pattern, read in reverse
    assert claims._up_to_figure(r"(?P<noun>\w+) " + f + r"(?=[.,]| in\b)") == (r"(?P<noun>\w+) " + f + r"(?=[.,]| in\b)", -1)
    # the figure in an alternative or a repeat: no cut
    assert claims._up_to_figure("(?:a " + f + "|b) c") == ("", -1)
    assert claims._up_to_figure("(?:a " + f + ")+ c") == ("", -1)


_READ_PAST = [rx for rx in _PATTERNS if claims._ends_at_figure(rx.src) is None and claims._up_to_figure(rx.src)[0]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS[:-1] + ["increase", "in", "more", "higher", "people", "were", "killed"]),
                max_size=10),
       st.lists(st.sampled_from(_WORDS[:-1] + ["increase", "in", "more", "higher", "people", "were", "killed"]),
                max_size=6),
       st.integers(0, len(_READ_PAST) - 1))
def test_a_pattern_read_past_its_figure_is_narrowed_soundly(before, after, i):
    rx = _READ_PAST[i]
    pre, width = claims._up_to_figure(rx.src)
    head = " ".join(before) + " "
    text = head + FIGURE_SENTINEL + " " + " ".join(after)
    full = rx.search(text)
    if full is None:
        return
    # a match ends a match of the part up to the figure, found in reverse ...
    assert claims._reversed_src(pre, rx.flags & ~regex.REVERSE).search(text) is not None
    # ... and starts no earlier than that part's width allows
    if width >= 0:
        late = rx.search(text, max(0, len(head) - 3 * width))
        assert (full.span(), full.groupdict()) == (late.span(), late.groupdict())
