"""The claims stage's period of a figure: periods, date spans (split out of
:mod:`ledger.claims`)."""

from __future__ import annotations

import functools
import datetime as _dt
from dataclasses import dataclass, replace
from typing import Optional, Sequence

import regex

from .records import DateMention
from .text import SET_BACK
from .rules import Rule, compile_cached
from .matching import _Ctx, _blocked, _clause, _finditer


# --------------------------------------------------------------------------
# period

_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])}

_REL = compile_cached(
    r"(?i)\b(?P<rel>yesterday|today|tonight|overnight|this week|last week|this month|last month|"
    r"earlier this month|earlier this year|this year|last year|in a single day|in one day|"
    r"in a day|in 24 hours|in the past 24 hours|over the past 24 hours|a day|per day|daily|"
    r"each day|every day|a year|per year|annually|each year|a month|per month|monthly|"
    r"yearly|every year|per annum|a week|per week|every week|weekly|every month|"
    r"to date|so far|in total|altogether|all told|overall|running total|total of|now|currently|"
    r"(?:in|during) the (?:war|conflict|fighting)(?!\s+(?:on|against\s+(?:drugs|terror|crime|poverty|inflation))\b)|"
    r"since (?:the (?:war|invasion|conflict) began|the (?:start|beginning) of the (?:full-scale )?(?:war|invasion)|"
    r"(?:its|the|russia['’]s) (?:full-scale )?invasion(?: in (?:\w+ )?(?:19|20)\d\d)?))\b"
    # "from a year earlier", "a day later": a comparison's base, not a rate
    r"(?!\s+(?:earlier|ago|before|later|after|previously)\b)",
    regex.VERSION1)
_DET_BEFORE = compile_cached(r"(?i)\b(?:a|an|the|its|his|her|their|our|my|your)\s+$")
_TITLE_DAILY = compile_cached(r"\s+(?:\p{Lu}|and\s+Sunday\b)")
_TITLE_SHOW = compile_cached(r"\s+(?:[Pp]rogramme|[Ss]how)\b")
_SINCE = compile_cached(r"(?i)\b(since|after)\s+(?:(?:early|late|mid-?)\s*)?$")
#: (since34) a superlative or a record before "since": "the highest since 1992", "its lowest level since
#: 1975", "the first time since March" says how far back the figure's match lies, not that the figure
#: runs from then (a level stays a level, not a running total since 1992)
_SINCE_TOP = compile_cached(
    r"(?i)(?:\b(?:the|its|their|his|her|our|a|an)\s+(?:[\w'’-]+\s+)?(?:highest|lowest|biggest|largest|smallest|"
    r"strongest|weakest|fastest|slowest|sharpest|steepest|deepest|greatest|heaviest|longest|shortest|hottest|coldest|"
    r"warmest|wettest|driest|busiest|poorest|richest|cheapest|widest|narrowest|tightest|toughest|best|worst|most|least|"
    r"first|record)|\brecord)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+$")
_YEAR = compile_cached(r"(?<![\w,.])(?:in|during|for|of|by|since|from)\s+(?P<y>(?:19|20)\d\d)(?![\w%])")
_IN_MONTH = compile_cached(
    r"(?i)\b(?:in|during|since|from|for)\s+(?P<m>january|february|march|april|may|june|july|"
    r"august|september|october|november|december)(?:\s+(?P<y>(?:19|20)\d\d))?\b")


_PER = {"in a single day": "per day", "in one day": "per day", "in a day": "per day", "in 24 hours": "per day",
        "a day": "per day", "per day": "per day", "daily": "per day", "each day": "per day",
        "every day": "per day", "a year": "per year", "per year": "per year", "annually": "per year",
        "each year": "per year", "yearly": "per year", "every year": "per year", "per annum": "per year",
        "a month": "per month", "per month": "per month", "monthly": "per month", "every month": "per month",
        "a week": "per week", "per week": "per week", "every week": "per week", "weekly": "per week"}
#: the rate words: those of _PER that are no span of their own ("a day", not "in a single day")
_RATES = frozenset(k for k in _PER if not k.startswith("in "))


@dataclass(slots=True)
class _Period:
    label: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    cumulative: bool = False


def _month_range(y: int, m: int) -> tuple[_dt.date, _dt.date]:
    first = _dt.date(y, m, 1)
    nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - _dt.timedelta(days=1)


#: "will" or "shall" the verb, in a pattern that ignores case: not the name Will ("Will Smith slapped")
_WILL = r"(?-i:(?:[Ww]ill|[Ss]hall)(?!\s+\p{Lu}))"
#: a clause that speaks of what is to come, in the words just before a date of no
#: year: "the tour begins in San Diego on 28 March", "will open in August"
_AHEAD = compile_cached(r"(?i)\b(?:" + _WILL + r"|(?:is|are)\s+(?:due|set|scheduled|expected|to)|(?:starts|begins|ends|opens|"
                        r"closes|resumes|goes)\b|takes\s+place|(?-i:next))\b(?![^.;]*\b(?:ago|last|was|were|had|did|than|compared|(?:up|down)\s+from)\b)")
# ("will pay $76 a share, 6% more than Wednesday's closing price", "compared with $70 on Wednesday":
# a comparison's base is gone)


_CLAUSE_END = compile_cached(r"[.;](?!\d)|\n")


def _ahead(text: str, start: int) -> bool:
    """Whether a date with no year at ``start`` is in a clause about the future."""
    lo = max(0, start - 80)
    # after the clause's last end, not a decimal point ("will rise by 6.7% to £12.21 an hour in April")
    s0 = max((m.end() for m in _CLAUSE_END.finditer(text, lo, start)), default=lo)
    return _AHEAD.search(text, s0, start) is not None


def _month_year(month: int, pub: _dt.date, ahead: bool) -> int:
    """The year of a month named with no year: the last one up to publication, or if ``ahead``
    the next one from it ("will rise ... in April", published in November: next April)."""
    if ahead:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _yearless_day(month: int, day: int, pub: _dt.date, ahead: bool) -> Optional[_dt.date]:
    """The day of a date with no year: the last one before publication (a month's
    grace), or if ``ahead`` the next one (a week's grace: "begins on 3 January" in a
    December paper).  29 February is the one of the nearest leap year; a day no
    month has ("31 April") is None."""
    step = 1 if ahead else -1
    for year in range(pub.year, pub.year + 9 * step, step):
        try:
            d = _dt.date(year, month, day)
        except ValueError:
            continue
        if (d >= pub - _dt.timedelta(days=7)) if ahead else (d <= pub + _dt.timedelta(days=31)):
            return d
    return None


def _date_span(dm: DateMention, pub: Optional[_dt.date], ahead: bool = False):
    """(start, end, label) of a date mention, resolved against pub; a day or month
    of no year is the last one before publication (a month's grace for a day),
    or the next one if ``ahead`` (its clause speaks of what is to come)."""
    if dm.year and dm.month and dm.day:
        try:
            d = _dt.date(dm.year, dm.month, dm.day)
        except ValueError:
            return None
        return d, d, d.isoformat()
    if dm.year and dm.month:
        a, b = _month_range(dm.year, dm.month)
        return a, b, f"{dm.year:04d}-{dm.month:02d}"
    if dm.month and dm.day and pub:
        d = _yearless_day(dm.month, dm.day, pub, ahead)
        return (d, d, d.isoformat()) if d else None
    if dm.month and pub:
        y = _month_year(dm.month, pub, ahead)
        a, b = _month_range(y, dm.month)
        return a, b, f"{y:04d}-{dm.month:02d}"
    if dm.year and (dm.relative or "").lower() == "decade":
        # "in the 1970s": ten years, not 1970 (labelled as an ISO 8601 interval of years)
        return _dt.date(dm.year, 1, 1), _dt.date(dm.year + 9, 12, 31), f"{dm.year}/{dm.year + 9}"
    if dm.year:
        return _dt.date(dm.year, 1, 1), _dt.date(dm.year, 12, 31), str(dm.year)
    rel = (dm.relative or "").lower()
    if rel and pub:
        r = _relative(rel, pub, ahead)
        if r:
            return r
    return None


def _yearless_span(dm: DateMention):
    """(first day, last day, label) of a month or a day with no year and no
    publication date to resolve it, as days of a leap year; the label is the
    ISO 8601 form with the year left out ("--08-13", "--08")."""
    if dm.year or not dm.month or dm.relative:
        return None
    try:
        if dm.day:
            d = _dt.date(2000, dm.month, dm.day).timetuple().tm_yday
            return d, d, f"--{dm.month:02d}-{dm.day:02d}"
        a, b = _month_range(2000, dm.month)
    except ValueError:
        return None
    return a.timetuple().tm_yday, b.timetuple().tm_yday, f"--{dm.month:02d}"


def _relative(rel: str, pub: _dt.date, ahead: bool = False):
    rel = rel.lower().strip()
    day = _dt.timedelta(days=1)
    if rel in ("today", "tonight", "overnight", "in the past 24 hours", "over the past 24 hours"):
        return pub, pub, pub.isoformat()
    if rel == "yesterday":
        d = pub - day
        return d, d, d.isoformat()
    if rel == "this week":
        return pub - _dt.timedelta(days=pub.weekday()), pub, "this week"
    if rel == "last week":
        mon = pub - _dt.timedelta(days=pub.weekday() + 7)
        return mon, mon + 6 * day, "last week"
    if rel in ("this month", "earlier this month"):
        return pub.replace(day=1), pub, f"{pub.year:04d}-{pub.month:02d}"
    if rel == "last month":
        prev = pub.replace(day=1) - day
        a, b = _month_range(prev.year, prev.month)
        return a, b, f"{prev.year:04d}-{prev.month:02d}"
    if rel in ("this year", "earlier this year"):
        return _dt.date(pub.year, 1, 1), pub, str(pub.year)
    if rel == "last year":
        return _dt.date(pub.year - 1, 1, 1), _dt.date(pub.year - 1, 12, 31), str(pub.year - 1)
    if rel == "next year":  # "will grow 5% next year": the calendar year after the paper's
        return _dt.date(pub.year + 1, 1, 1), _dt.date(pub.year + 1, 12, 31), str(pub.year + 1)
    if rel == "next month":
        nxt = pub.replace(day=28) + 4 * day
        a, b = _month_range(nxt.year, nxt.month)
        return a, b, f"{nxt.year:04d}-{nxt.month:02d}"
    if rel == "next week":
        mon = pub + _dt.timedelta(days=7 - pub.weekday())
        return mon, mon + 6 * day, "next week"
    if rel in _WEEKDAYS:
        if ahead:  # "will meet on Tuesday": the next Tuesday after the paper's day
            d = pub + _dt.timedelta(days=(_WEEKDAYS[rel] - pub.weekday() - 1) % 7 + 1)
        else:
            d = pub - _dt.timedelta(days=(pub.weekday() - _WEEKDAYS[rel]) % 7)
        return d, d, d.isoformat()
    return None


_MON_ALT = ("january|february|march|april|may|june|july|august|september|october|november|december|"
            "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_MON3 = {k[:3]: v for k, v in _MONTHS.items()}
#: the length of a window in words ("over the past three years")
_WINDOW_N = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_WINDOW_N.update(fifteen=15, twenty=20, thirty=30)
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_NUM_MONTHS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}
#: named days ("on Christmas Day"): (month, day) or a movable feast's offset in days
_FIXED_DAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
               "new year's day": (1, 1), "new year's eve": (12, 31), "new years day": (1, 1),
               "new years eve": (12, 31), "hogmanay": (12, 31), "valentine's day": (2, 14),
               "valentines day": (2, 14), "halloween": (10, 31), "bonfire night": (11, 5),
               "guy fawkes night": (11, 5), "st patrick's day": (3, 17), "armistice day": (11, 11),
               "remembrance day": (11, 11), "fourth of july": (7, 4), "burns night": (1, 25)}
_EASTER_DAYS = {"easter sunday": (0, 0), "easter day": (0, 0), "easter monday": (1, 1), "good friday": (-2, -2),
                "easter weekend": (-2, 1), "easter": (-2, 1)}
_THANKS_DAYS = {"thanksgiving day": (0, 0), "thanksgiving": (0, 0), "thanksgiving weekend": (0, 3),
                "black friday": (1, 1)}
#: (spans34) the number of years of a span ending at a time ("the five years to 2008")
_SPAN_N = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,2}"
#: (spans34) the word that joins the two ends of a span after "from": "from 2003 to 2008"
_SPAN_TO = r"(?:to|through(?:\s+to)?|thru|until|till|up\s+to)"
#: spans the date finder does not read: a quarter, a half, "the three months to
#: December", a named day, "by 2011" (a horizon, not a year's figure)
_NAMED_PERIOD = compile_cached(
    r"(?i)(?<![\w-])(?:"
    r"(?P<q>(?:the\s+)?(?P<qo>first|second|third|fourth|final|1st|2nd|3rd|4th|last)[\s-]+quarter"
    r"(?:\s+(?:of\s+)?(?P<qy>(?:19|20)\d\d)|\s+of\s+(?P<qrel>next|last|this)\s+year)?)"
    r"|(?P<qq>Q(?P<qn>[1-4])(?:\s+(?P<qqy>(?:19|20)\d\d))?)"
    # a half of a year, not of a match: "the first half of 2004", "of the year"
    r"|(?P<h>(?:the\s+)?(?P<ho>first|second)[\s-]+half\s+of\s+(?:the\s+(?:financial\s+|fiscal\s+)?year|(?P<hy>(?:19|20)\d\d)))"
    # the first or last months of a calendar year: "the last three months of 2004" is its fourth quarter
    r"|(?P<lm>(?:the\s+)?(?P<lo>first|last|final)\s+(?P<ln>three|six|nine|3|6|9)\s+months\s+of\s+"
    r"(?:the\s+year|(?P<ly>(?:19|20)\d\d)))"
    r"|(?P<nm>(?:the\s+)?(?P<nn>three|six|nine|twelve|3|6|9|12)\s+months?|(?:the\s+)?(?P<fy>(?:financial\s+|fiscal\s+)?year)"
    # (spans34) "the five years to March 2008": the five years that end with that month
    r"|the\s+(?:(?P<nyn>" + _SPAN_N + r")\s+years|(?P<nyd>decade)))"
    r"\s+(?:to|ending|ended|through(?:\s+to)?|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:(?P<nd>\d{1,2})(?:st|nd|rd|th)?\s+)?"
    r"(?P<nmo>" + _MON_ALT + r")\.?(?:\s+(?P<nd2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<ny>(?:19|20)\d\d))?"
    r"|(?P<mm>(?:the\s+)?(?P<m1>" + _MON_ALT + r")[\s-]+to[\s-]+(?P<m2>" + _MON_ALT + r")(?:\s+(?P<mmy>(?:19|20)\d\d))?"
    r"\s+(?:period|quarter)"
    # "during October to December", "between July and September 2004": the months as one span
    r"|(?<=\b(?:during|between|over)\s+)(?P<m1>" + _MON_ALT + r")\s+(?:to|and|-)\s+(?P<m2>" + _MON_ALT + r")"
    r"(?:,?\s+(?P<mmy>(?:19|20)\d\d))?"
    # (spans34) "from March to June 2008", "from November until February": the months as one span
    r"|(?<=\bfrom\s+)(?P<m1>" + _MON_ALT + r")\s+" + _SPAN_TO + r"\s+(?P<m2>" + _MON_ALT + r")"
    r"(?:,?\s+(?P<mmy>(?:19|20)\d\d))?)"
    # "over the past three years", "in the last decade", "during the past 12 months": a window
    # that ends at publication (not "last year", the calendar year before)
    r"|(?<=\b(?:in|over|during|for|within|across|throughout)\s+)(?P<pw>the\s+(?:past|last)\s+"
    r"(?:(?P<pn>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+)?"
    r"(?P<pu>days?|weeks?|months?|years?|decades?))"
    # "between 2000 and 2003": the years from the first to the last, one span
    r"|(?<=\bbetween\s+)(?P<yy>(?P<y1>(?:19|20)\d\d)\s+and\s+(?P<y2>(?:19|20)\d\d))"
    # (spans34) "from 2003 to 2008", "from January 2003 until December 2008", "between March 2003
    # and June 2008": from the first year (month) to the last, one span
    r"|(?<=\b(?:from|between)\s+)(?P<fr>(?:(?P<fm1>" + _MON_ALT + r")\.?,?\s+)?(?P<fy1>(?:19|20)\d\d)\s+"
    r"(?P<fc>" + _SPAN_TO + r"|and)\s+"
    r"(?:(?P<fm2>" + _MON_ALT + r")\.?,?\s+)?(?P<fy2>(?:19|20)\d\d))"
    # (spans34) "from 3 March to 5 June 2008", "between March 3 and June 5, 2008": the days as one span
    r"|(?<=\b(?:from|between)\s+)(?P<dd>(?:(?P<dd1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm1>" + _MON_ALT + r")\.?"
    r"|(?P<dm1>" + _MON_ALT + r")\.?\s+(?P<dd1>\d{1,2})(?:st|nd|rd|th)?),?(?:\s+(?P<dy1>(?:19|20)\d\d),?)?\s+"
    r"(?P<dc>" + _SPAN_TO + r"|and)\s+"
    r"(?:(?P<dd2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm2>" + _MON_ALT + r")\.?"
    r"|(?P<dm2>" + _MON_ALT + r")\.?\s+(?P<dd2>\d{1,2})(?:st|nd|rd|th)?),?\s+(?P<dy2>(?:19|20)\d\d))"
    # (spans34) "in 2003-08", "over 2003-2008": a range of years; two years in a row ("2003-04",
    # "2003/04") are a financial year or a season, read as its first year by the date finder
    r"|(?P<yr>(?P<r1>(?:19|20)\d\d)(?:-|\u2013|/)(?P<r2>(?:19|20)?\d\d))"
    # (spans34) "the five years to 2008", "the decade to 2008": the years that end with that one
    r"|(?P<yt>the\s+(?:(?P<ytn>" + _SPAN_N + r")\s+years|(?P<ytd>decade))\s+(?:to|ending|ended|through|up\s+to)\s+"
    r"(?:the\s+end\s+of\s+)?(?P<yty>(?:19|20)\d\d))"
    r"|(?P<by>by\s+(?:the\s+end\s+of\s+)?(?:(?:(?P<bym>" + _MON_ALT + r")\s+)?(?P<byy>(?:19|20)\d\d)"
    r"|(?P<byr>next)\s+year))"
    r"|(?P<bf>(?:before|prior\s+to)\s+(?P<bfy>(?:19|20)\d\d))"
    r"|(?P<hol>christmas\s+day|christmas\s+eve|boxing\s+day|new\s+year'?s\s+(?:day|eve)|hogmanay|"
    r"valentine'?s\s+day|halloween|bonfire\s+night|guy\s+fawkes\s+night|st\.?\s+patrick'?s\s+day|armistice\s+day|"
    r"remembrance\s+day|fourth\s+of\s+july|burns\s+night|easter(?:\s+(?:sunday|day|monday|weekend))?|good\s+friday|"
    r"thanksgiving(?:\s+(?:day|weekend))?|black\s+friday)(?:\s+(?P<holy>(?:19|20)\d\d))?"
    r")(?![\w-])", regex.VERSION1)
_NAMED_ANY = compile_cached(r"(?i)quarter|Q[1-4]|half|months?\s|year\s+(?:to|end)|period|by\s+|before|prior|"
                            r"(?:during|between|over|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:between|from)\s+(?:19|20)\d\d|"
                            r"(?:19|20)\d\d(?:-|\u2013|/)\d\d|years\s+(?:to|end|through|up)|decade\s+(?:to|end|through|up)|(?:past|last)\s+(?:\S+\s+)?(?:day|week|month|year|decade)|"
                            r"christmas|boxing|new\s+year|hogmanay|valentine|halloween|bonfire|fawkes|patrick|"
                            r"armistice|remembrance|fourth\s+of|burns|easter|good\s+friday|thanksgiving|black\s+friday")
#: the word before a named day that makes it no period of the figure
_NOT_ON = compile_cached(r"(?i)\b(?:before|after|until|till|ahead\s+of|from)\s+(?:the\s+)?$")


def _easter(y: int) -> _dt.date:
    """Easter Sunday (the Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return _dt.date(y, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _thanksgiving(y: int) -> _dt.date:
    first = _dt.date(y, 11, 1)
    return first + _dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _holiday(name: str, y: int):
    day = _dt.timedelta(days=1)
    if name in _FIXED_DAYS:
        m, d = _FIXED_DAYS[name]
        x = _dt.date(y, m, d)
        return x, x
    if name in _EASTER_DAYS:
        e, (a, b) = _easter(y), _EASTER_DAYS[name]
        return e + a * day, e + b * day
    a, b = _THANKS_DAYS[name]
    t = _thanksgiving(y)
    return t + a * day, t + b * day


def _latest(pub: _dt.date, make):
    """The span ``make(year)`` of the publication year, or of the year before
    when that one ends more than a month after publication ("the year to 31
    December", published on 1 January: the year just ended)."""
    a, b = make(pub.year)
    if b > pub + _dt.timedelta(days=31):
        a, b = make(pub.year - 1)
    return a, b


def _resolve(make, year, pub: Optional[_dt.date]):
    """The span ``make(year)`` of a year the text names, else of the latest
    year before publication (_latest), else None (no year and no date)."""
    if year:
        return make(int(year))
    return _latest(pub, make) if pub else None


def _add_span(out: list, m, make, year, pub: Optional[_dt.date], label) -> None:
    """The span ``make`` gives for the year named (or the latest one, _resolve)
    added to ``out`` with its ``label(start, end)``; nothing when there is none."""
    ab = _resolve(make, year, pub)
    if ab is not None:
        a, b = ab
        out.append((m.start(), m.end(), a.isoformat(), b.isoformat(), label(a, b), False))


def _mon(word: str) -> int:
    return _MON3[word.lower()[:3]]


#: (spans34) "between" right before a span's first end ("from" is from_before's)
_BETWEEN_SPAN = compile_cached(r"(?i)\bbetween\s+$")


def _span_years(n: Optional[str], decade: Optional[str]) -> int:
    """The years of "the five years to 2008" (``n`` "five"), or of "the decade to 2008"."""
    if decade:
        return 10
    n = (n or "").lower()
    return int(n) if n.isdigit() else _WINDOW_N.get(n, 0)


@functools.lru_cache(maxsize=1024)
def _named_periods(sent: str, pub: Optional[_dt.date]) -> tuple:
    """(start, end, first day, last day, label, cumulative) of the spans in
    ``sent`` the date finder does not read (see _NAMED_PERIOD); days are ISO
    strings or None."""
    if _NAMED_ANY.search(sent) is None:
        return ()
    out = []
    for m in _finditer(_NAMED_PERIOD, sent):
        g = m.group
        # (spans34) "from" that opens the span ("from 2003 to 2008", "from March to June") is its own
        own_from = (g("fr") or g("mm") or g("dd")) and from_before(sent, m.start())
        if not g("by") and not g("bf") and not own_from and _NOT_ON.search(sent, max(0, m.start() - 14), m.start()):
            # "until the fourth quarter", "before Christmas": no period of the figure
            out.append((m.start(), m.end(), None, None, None, False))
            continue
        try:
            if g("q") or g("qq"):
                o = g("qo")
                y = g("qy") or g("qqy")
                if g("qrel"):
                    if not pub:
                        continue
                    y = pub.year + {"next": 1, "last": -1}.get(g("qrel").lower(), 0)
                if o and o.lower() == "last" and not y:
                    if not pub:
                        continue
                    qn = (pub.month - 1) // 3  # the quarter before publication's
                    y, qn = (pub.year, qn) if qn else (pub.year - 1, 4)
                else:
                    qn = int(g("qn")) if g("qq") else _ORD.get(o.lower())
                    if qn is None:
                        continue
                make = lambda yy, qn=qn: _month_range(yy, 3 * qn - 2)[0:1] + _month_range(yy, 3 * qn)[1:]
                _add_span(out, m, make, y, pub, span_label)
            elif g("h"):
                hn = 1 if g("ho").lower() == "first" else 2
                make = lambda yy, hn=hn: (_dt.date(yy, 6 * hn - 5, 1), _month_range(yy, 6 * hn)[1])
                _add_span(out, m, make, g("hy"), pub, span_label)
            elif g("lm"):
                n = _NUM_MONTHS[g("ln").lower()]
                first = 1 if g("lo").lower() == "first" else 13 - n
                make = lambda yy, first=first, n=n: (_dt.date(yy, first, 1), _month_range(yy, first + n - 1)[1])
                _add_span(out, m, make, g("ly"), pub, span_label)
            elif g("nmo"):
                if g("nn"):
                    n = _NUM_MONTHS[g("nn").lower()]
                else:  # "the year to March", (spans34) "the five years to March"
                    n = 12 * (_span_years(g("nyn"), g("nyd")) if g("nyn") or g("nyd") else 1)
                mo = _mon(g("nmo"))
                dd = g("nd") or g("nd2")

                def make(yy, mo=mo, dd=dd, n=n):
                    # "the six months to 31 December": from the first of July
                    end = _dt.date(yy, mo, int(dd)) if dd else _month_range(yy, mo)[1]
                    k = yy * 12 + mo - n  # months since year 0 of the first month, 0-based
                    return _dt.date(k // 12, k % 12 + 1, 1), end
                _add_span(out, m, make, g("ny"), pub, span_label)
            elif g("mm"):
                m1, m2 = _mon(g("m1")), _mon(g("m2"))
                if m2 == m1:
                    continue
                # (spans34) "from November to February 2008": November of the year before
                make = lambda yy, m1=m1, m2=m2: (_dt.date(yy - (m2 < m1), m1, 1), _month_range(yy, m2)[1])
                _add_span(out, m, make, g("mmy"), pub, span_label)
            elif g("pw"):
                n = g("pn")
                n = int(n) if n and n.isdigit() else _WINDOW_N.get((n or "").lower(), 1)
                unit = g("pu").lower().rstrip("s")
                if not pub or n < 1 or (g("pn") is None and g("pu").lower().endswith("s")):
                    continue  # ("the past years": no window)
                if unit in ("day", "week"):
                    start = pub - _dt.timedelta(days=n * (7 if unit == "week" else 1))
                else:
                    start = _months_back(pub, n * _UNIT_MONTHS[unit], False)
                # a total over the window is a running total from its first day, as "since 2002" is
                label = f"past {n} {unit}s" if n > 1 else f"past {unit}"
                out.append((m.start(), m.end(), start.isoformat(), pub.isoformat(), label, True))
            elif g("yy"):
                y1, y2 = int(g("y1")), int(g("y2"))
                if y2 <= y1:
                    continue
                out.append((m.start(), m.end(), f"{y1}-01-01", f"{y2}-12-31", f"{y1}/{y2}", False))
            elif g("fr"):
                if g("fc").lower() == "and" and not _BETWEEN_SPAN.search(sent, max(0, m.start() - 9), m.start()):
                    continue  # ("from 2003 and 2008": no span)
                y1, y2 = int(g("fy1")), int(g("fy2"))
                m1, m2 = (_mon(g("fm1")) if g("fm1") else 1), (_mon(g("fm2")) if g("fm2") else 12)
                if (y2, m2) <= (y1, m1):
                    continue
                a, b = _dt.date(y1, m1, 1), _month_range(y2, m2)[1]
                label = f"{y1}/{y2}" if (m1, m2) == (1, 12) else span_label(a, b)
                out.append((m.start(), m.end(), a.isoformat(), b.isoformat(), label, False))
            elif g("dd"):
                if g("dc").lower() == "and" and not _BETWEEN_SPAN.search(sent, max(0, m.start() - 9), m.start()):
                    continue
                m1, d1, m2, d2, y2 = _mon(g("dm1")), int(g("dd1")), _mon(g("dm2")), int(g("dd2")), int(g("dy2"))
                y1 = int(g("dy1")) if g("dy1") else y2 - ((m1, d1) > (m2, d2))
                a, b = _dt.date(y1, m1, d1), _dt.date(y2, m2, d2)
                if b <= a:
                    continue
                out.append((m.start(), m.end(), a.isoformat(), b.isoformat(), span_label(a, b), False))
            elif g("yr"):
                y1, r2 = int(g("r1")), g("r2")
                y2 = int(r2) if len(r2) == 4 else y1 // 100 * 100 + int(r2)
                if len(r2) == 2 and y2 <= y1:
                    y2 += 100
                if not y1 + 2 <= y2 <= y1 + (30 if len(r2) == 2 else 100):
                    continue  # a financial year or a season ("2003-04"): its first year, as the date finder reads it
                out.append((m.start(), m.end(), f"{y1}-01-01", f"{y2}-12-31", f"{y1}/{y2}", False))
            elif g("yt"):
                n, y = _span_years(g("ytn"), g("ytd")), int(g("yty"))
                if n < 2:
                    continue
                out.append((m.start(), m.end(), f"{y - n + 1}-01-01", f"{y}-12-31", f"{y - n + 1}/{y}", False))
            elif g("by"):
                if g("byr"):  # "by the end of next year": the year after publication's
                    if not pub:
                        continue
                    y = pub.year + 1
                else:
                    y = int(g("byy"))
                e = _month_range(y, _mon(g("bym")))[1] if g("bym") else _dt.date(y, 12, 31)
                # a horizon: the figure as it stands at that date, not the year's own figure
                out.append((m.start(), m.end(), e.isoformat(), e.isoformat(),
                            "by " + (e.isoformat()[:7] if g("bym") else str(y)), False))
            elif g("bf"):
                y = int(g("bfy"))
                out.append((m.start(), m.end(), None, f"{y - 1}-12-31", f"before {y}", False))
            elif g("hol"):
                name = regex.sub(r"\s+", " ", g("hol").lower()).replace("’", "'").replace("st. ", "st ")
                if name not in _FIXED_DAYS and name not in _EASTER_DAYS and name not in _THANKS_DAYS:
                    continue
                if g("holy"):
                    a, b = _holiday(name, int(g("holy")))
                elif pub:
                    a, b = _latest(pub, lambda yy, name=name: _holiday(name, yy))
                else:
                    continue
                out.append((m.start(), m.end(), a.isoformat(), b.isoformat(),
                            a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}", False))
        except (ValueError, KeyError):
            continue
    return tuple(out)


#: the word that sets another figure against this one: "$1.2871, from $1.2974 on Thursday"
_BASE_WORD = compile_cached(
    r"(?i)\b(?P<w>from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$")


def _other_base(ctx: _Ctx, a: int, day: bool = False) -> bool:
    """A date at ``a``, after the figure, that follows another figure set
    against it ("£75m, compared with £125m last year"; "reached $1.2871, from
    $1.2974 on Thursday"): the date is that figure's, not this one's.  After
    "from", only a day: "rose to 2.5% from 2.1% in March" is March's rate."""
    if a < ctx.fe:
        return False
    for s, e in ctx.others:
        if ctx.fe <= s and e <= a:
            m = _BASE_WORD.search(ctx.sent, max(ctx.fe, s - 30), s)
            if m is not None and (day or m.group("w").lower() != "from"):
                return True
            if _PERCENT_END.search(ctx.sent, s, e) and (
                    _YEAR_BASE.fullmatch(ctx.sent, e, a)
                    or (_FROM_BASE.fullmatch(ctx.sent, e, a) and not _TO_AFTER.match(ctx.sent, a))):
                # "sold 95,000 cars, up 2.6% on 2003", "profits were £20m, down 5% from
                # 2003": 2003 is what the change is set against, not the year of the 95,000
                return True
    return False


_PERCENT_END = compile_cached(r"(?i)(?:%|\bper\s*cent|\bpercent)$")
_FROM_BASE = compile_cached(r"\s+from\s+")
#: a year that opens a span, "from 2003 to 2004": the span's, read as such
_TO_AFTER = compile_cached(r"(?i)\S+\s+(?:to|until|through)\b")


_RATE_GAP = compile_cached(r"[^,;:.!?()\d]{0,60}")
#: a figure priced or counted per item, not per period: "$4.99 each", "$100 per person"
_EACH = compile_cached(r"(?i)\s+(?:each|apiece|per\s+(?:person|head|capita)|a\s+head)\b")
_CONVERSION_OPEN = compile_cached(r"\s*\(\s*")


def _rate_of_other(ctx: _Ctx, a: int, b: int) -> bool:
    """A rate word at ``a``..``b``, before the figure, written after another
    figure of its clause ("18 hours a day, six days a week"; "3m songs are
    downloaded every month, and 500,000 films a day"): that figure's rate, not
    this one's when this one has a rate of its own after it, is a share, a
    duration or the like (not a count or a sum: "earn $100,000 a year, you lose
    $9,000" shares the rate), or a price of one item ("$4.99 each").  A stated
    conversion right after the rate restates its figure: "$10bn per annum (£5.5bn)"."""
    if _CONVERSION_OPEN.fullmatch(ctx.sent, b, ctx.fs):
        return False
    if not any(e <= a and _RATE_GAP.fullmatch(ctx.sent, e, a) for s, e in ctx.others):
        return False
    if ctx.ucls not in ("count", "money") or _EACH.match(ctx.sent, ctx.fe):
        return True
    hi = _clause(ctx.sent, ctx.fs, ctx.fe)[1]
    return any(m.group("rel").lower() in _RATES for m in _finditer(_REL, ctx.sent[ctx.fe:hi]))


#: "for the quarter", "in the same period": the reporting period named before
_ANAPHOR = compile_cached(r"(?i)\b(?:the|this|that)\s+(?:same\s+)?(?:quarter|period|three\s+months|six\s+months|half)\b")
_SENT_END = compile_cached(r"[.!?][\"'”’]?\s+")
#: a money or percent figure near a period: the period is a reporting period
_PERIOD_FIGURE = compile_cached(r"(?i)[$£€¥]\s?\d|\d\s?(?:%|per\s?cent|bn\b|billion|million|m\b)|\d\s?(?:euros?|yen|kronor|rupees)")
#: words that give a sentence a time of its own (a period carried from before would override it)
_TIME_WORD = compile_cached(
    r"(?i)\b(?:(?:19|20)\d\d|year(?!\s+(?:earlier|ago|before))|years|annual\w*|month\w*|weeks?|days?|today|"
    r"yesterday|now|currently|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"march|april|june|july|august|september|october|november|december|season|since|until"
    # a market's own time: "fell to $92.9 in after-hours trade" is no quarter's figure
    r"|after-hours|in\s+(?:early|late|morning|afternoon|evening|heavy|light|thin)?\s*trad(?:e|ing))\b")


def _carried_period(ctx: _Ctx, pub: Optional[_dt.date]):
    """A figure with no period of its own in a results story: the reporting
    period (a quarter, a half, "the three months to December") named before it
    in its paragraph ("GM earned $630m in the October-to-December period ...
    Revenues rose to $51.2bn"), or anywhere before when its sentence points
    back to it ("turnover for the quarter").  The first such period of the
    nearest sentence that names one, not one set against it ("down from $1bn
    in the fourth quarter of 2003")."""
    text = ctx.text
    if not text or ctx.s0 <= 0:
        return None
    anaphor = _ANAPHOR.search(ctx.sent) is not None
    if anaphor:
        lo = max(0, ctx.s0 - 3000)
    elif _TIME_WORD.search(ctx.sent) or ctx.ucls not in ("money", "percent", "count"):
        return None  # "For the full year, ... 2003's $1.2bn loss": a time of its own, read or not
    else:
        lo = text.rfind("\n", 0, ctx.s0) + 1
    before = text[lo:ctx.s0].rstrip()
    if not before or _NAMED_ANY.search(before) is None:
        return None
    cuts = [0] + [m.end() for m in _SENT_END.finditer(before)] + [len(before)]
    for i in range(len(cuts) - 2, -1 if anaphor else max(-1, len(cuts) - 3), -1):
        sent = before[cuts[i]:cuts[i + 1]]
        for a, b, s, e, label, cum in _named_periods(sent, pub):
            if label is None or s is None or label.startswith(("by ", "before ", "past ")) or (s == e):
                # (a horizon, a time before, a window ending today: no reporting period to carry)
                continue
            if regex.search(r"(?i)\b(?:from|compared|against|than|versus)\b", sent[max(0, a - 40):a]):
                continue
            if _PERIOD_FIGURE.search(sent, max(0, a - 80), min(len(sent), b + 80)) is None:
                continue  # "Opec's plan to cut output in the second quarter": no figure reported for it
            return s, e, label, cum
    return None


#: "from" right before a figure: the level a move starts from ("cut its stake from 70% to 49%")
_FROM = compile_cached(r"(?i)\bfrom\s+$")


def from_before(sent: str, at: int):
    """The "from" right before offset ``at`` of ``sent`` (a figure's start), or None."""
    return _FROM.search(sent, max(0, at - 6), at)


#: the two ends of a move: "from 120,000 in 2000 to 1.2 million", where 2000 is the first figure's time
_MOVE_TIME_BEFORE = compile_cached(r"(?i)\s+(?:(?:in|at|on|during|by)\s+)?(?:(?:early|late|mid)\s+)?")
_MOVE_TO = compile_cached(r"(?i)[\s,]*\bto\s+")


def _earlier_end_before(ctx: _Ctx, lo: int, a: int) -> bool:
    """Another figure, from ``lo`` on, right after "from" and with nothing but its own time
    between it and ``a`` (the start of that time): "from 120,000 in 2000"."""
    return any(lo <= s and e <= a and _MOVE_TIME_BEFORE.fullmatch(ctx.sent, e, a) is not None
               and from_before(ctx.sent, s) is not None for s, e in ctx.others)


def _start_of_move(ctx: _Ctx, a: int, b: int) -> bool:
    """The time at ``a``..``b``, before the figure, is the time of the figure a move starts
    from ("rose from 120,000 in 2000 to 1.2 million last year"), not this one's."""
    return _MOVE_TO.fullmatch(ctx.sent, b, ctx.fs) is not None and _earlier_end_before(ctx, 0, a)


#: the words that make a figure a sum of parts: a running total when nothing else in the
#: clause says when ("killed 434,000 in total"), after any time that does (_SUM_RANK)
_SUMS = frozenset(("in total", "altogether", "all told", "overall", "total of"))
#: a war or conflict a count or a sum is over ("Russian losses in the war stand at 600,000",
#: "$60bn spent during the conflict"): a running total to date, read as a sum word is (after
#: any time of the clause's own, "killed in the war in 2023" is 2023's); "the war on drugs"
#: is a policy, not a war
_WARS = frozenset(f"{p} the {w}" for p in ("in", "during") for w in ("war", "conflict", "fighting"))
#: the words a running total is read from after any time of the clause's own
_SUM_WORDS = _SUMS | _WARS
_SUM_RANK = 1000.0


_WAR_GAP = compile_cached(r"(?:\s*,)?(?:\s+[\w'’-]+){0,4}\s*")


def _war_near(ctx: _Ctx, a: int, b: int) -> bool:
    """Whether the war at ``a``..``b`` is the figure's: at most four words from it with no
    other figure between ("losses in the war stand at 600,000", "In the war, 300 civilians
    died"), not a war further on ("the latest development in the war has seen Mr Zelenskyy
    say ... 155 Chinese citizens", "five settlements ..., one of the most contested regions
    in the conflict")."""
    lo, hi = (ctx.fe, a) if a >= ctx.fe else (b, ctx.fs)
    return lo <= hi and not _blocked(ctx, lo, hi) and _WAR_GAP.fullmatch(ctx.sent, lo, hi) is not None


def _own_sum(ctx: _Ctx, rel: str, a: int, b: int) -> bool:
    """Whether the sum word at ``a``..``b`` is the figure's.  "a total of" is the figure's
    right after it ("Five subsidiaries agreed to pay a total of $515m": the $515m's, not
    the five's); "in total", "altogether", "all told" and "overall" the nearest figure's,
    with no other figure between ("took $38.1m on its opening weekend and $184m in total").
    Before a figure, "overall" is the whole of a thing, not a sum over time ("the overall tax
    rate rose from 2.6% to 10.4%", "Overall, net profits were up 42%"), but for a sum of
    money ("making its overall takings more than $163m in 12 days")."""
    if rel == "total of":
        return b <= ctx.fs and not ctx.sent[b:ctx.fs].strip()
    if rel == "overall" and any(s >= b and _RATE_GAP.fullmatch(ctx.sent, b, s) for s, e in ctx.others):
        return False  # "took $42.8m at the weekend, making its overall takings $163m": the $163m's
    if a >= ctx.fe:
        return not _blocked(ctx, ctx.fe, a)
    if rel == "overall" and (ctx.ucls != "money" or ctx.sent.startswith(",", b)):
        return False
    return b <= ctx.fs and not _blocked(ctx, b, ctx.fs)


#: the words between a change and a year it is measured against: "down 26.5% on 2003's
#: figures", "an increase of 20% on last year's", "up 5% compared with 2003", "5% down on 2003"
_YEAR_BASE = compile_cached(
    r"(?i)\s+(?:(?:rise|increase|fall|drop|gain|growth|decline|jump|higher|lower|more|less|fewer|up|down)\s+)?"
    r"(?:on|over|compared\s+(?:with|to)|against|than(?:\s+(?:in|during|for))?)\s+(?:the\s+)?")


def _base_year(ctx: _Ctx, a: int, year: bool) -> bool:
    """A year (``year``: a year, or "last year") right after a percentage, told by "on",
    "over", "compared with" ("takings were down 26.5% on 2003's figures"): the year the
    change is measured against, not the change's own."""
    return year and ctx.ucls == "percent" and a >= ctx.fe and _YEAR_BASE.fullmatch(ctx.sent, ctx.fe, a) is not None


def _end_of_move(ctx: _Ctx, a: int, b: int) -> bool:
    """The time at ``a``..``b``, after the figure, is the earlier end's of a move the figure
    measures: "sales fell by 23% from 36,185 in 2003 to 28,041 in 2004" (2003 is the
    36,185's; the fall is to 2004)."""
    if a < ctx.fe:
        return False
    to = _MOVE_TO.match(ctx.sent, b)
    if to is None or not any(s == to.end() for s, e in ctx.others):
        return False
    return _earlier_end_before(ctx, ctx.fe, a)


#: a second reported clause: "TB has increased by 25% over the last 10 years and that nearly
#: two-thirds of people with the disease were born overseas"
_AND_THAT = compile_cached(r"(?i),?\s+and\s+that\s")
#: an age: "18-21 years old", "a 40-year-old"
_OLD = compile_cached(r"(?i)[\s-]*(?:years?[\s-]+)?old\b")


def _not_in_window(ctx, a: int, b: int) -> bool:
    """Is a window ending at publication ("over the past five years", sent[a:b]) none of the
    figure's?  An age has no window ("rents have risen over the past 5 years, which made
    living for the average 18-21 years old hard"), and a second reported clause ("... over
    the last 10 years and that two-thirds ...") has its own time."""
    if ctx.ucls == "duration" and _OLD.match(ctx.sent, ctx.fe):
        return True
    lo, hi = (b, ctx.fs) if b <= ctx.fs else (ctx.fe, a)
    return _AND_THAT.search(ctx.sent, lo, hi) is not None


#: (s25) a coordinator after a figure that opens the next figure's own part: "rose by 4.7% and in
#: 2002 by 8.6%", "exports rose 5% but in 2004 imports rose 3%"
_NEXT_PART = compile_cached(r"(?<![\w-])(?:and|but|while|whereas)\s+(?:(?:in|during|for|on|at|by)\s+(?:the\s+)?)?$",
                            regex.VERSION1)
_NEXT_GAP = compile_cached(r"[^.;:!?()\d]{0,40}", regex.VERSION1)


#: (s35) a coordinated verb clause of its own after the figure: "and has pledged to", "but will"
_NEXT_CLAUSE = compile_cached(r"(?<![\w-])(?:and|but|while|whereas)\s+(?:(?:it|he|she|they|we)\s+)?(?:has|have|had|is|are|was|"
                              r"were|will|would|could|plans|planned|aims|aimed|wants|wanted|hopes|hoped|expects|"
                              r"expected|pledged|pledges|promised|promises|vowed|vows|intends|intended)\b", regex.VERSION1)


#: (s35) an earlier value set against the figure, after it: ", down from a record $40bn in 2022"
_SET_AGAINST = compile_cached(r"(?<![\w-])(?:(?:up|down)\s+from|compared\s+(?:with|to))\b", regex.VERSION1)


def _leads_next(ctx: _Ctx, sent: str, a: int, b: int) -> bool:
    """Is the time at sent[a:b], after the figure, another figure's?  Either it opens a part of
    the sentence that "and", "but" or "while" starts after the figure, and another figure follows
    it within a few words ("contributions rose by 4.7% and in 2002 by 8.6%": 2002 is the 8.6%'s);
    or (s35) another figure stands between, in a coordinated clause of its own ("The UK spends
    2.3% of GDP on defence and has pledged to reach 2.5% by 2027": 2027 is the 2.5%'s) or as an
    earlier value set against the figure ("profits of $28bn, down from a record $40bn in 2022")."""
    between = min((o[0] for o in ctx.others if ctx.fe <= o[0] and o[1] <= a), default=None)
    if between is not None and (_NEXT_CLAUSE.search(sent, ctx.fe, between) is not None
                                or _SET_AGAINST.search(sent, ctx.fe, between) is not None):
        return True
    if _NEXT_PART.search(sent, ctx.fe, a) is None:
        return False
    nxt = min((o[0] for o in ctx.others if o[0] >= b), default=None)
    return nxt is not None and _NEXT_GAP.fullmatch(sent, b, nxt) is not None


#: (s28) a relative clause set off by commas: ", who hosted the Tonight Show for 30 years,"
_ASIDE = compile_cached(r",\s+(?:who|whom|whose|which)\b(?:[^,;:()\u2013\u2014]|(?<=\d),(?=\d))*,(?!\d)")


def _asides(sent: str) -> list:
    """(start, end) of the relative clauses a sentence sets off by commas."""
    return [(m.start(), m.end()) for m in _finditer(_ASIDE, sent)] if ", wh" in sent else []


#: (spans34) an en dash between two years, "2003\u201308": a range, not a clause's end
_NUM_DASH = compile_cached(r"(?<=(?<!\d)(?:19|20)\d\d)\u2013(?=(?:(?:19|20)\d\d|\d\d)(?!\d))")


def _period(rule: Rule, ctx: _Ctx, dates: Sequence[DateMention], pub: Optional[_dt.date],
            carry: bool = True) -> _Period:
    """The period nearest the figure in its sentence."""
    cands = []  # (distance, start, end, label, cumulative)
    sent = ctx.sent
    conv = ctx.conv
    if not conv and sent.startswith(("(", " ("), ctx.fe):
        j = sent.find(")", ctx.fe, ctx.fe + 60)
        if j > 0 and any(ctx.fe <= o[0] < j for o in ctx.others):
            conv = (ctx.fe, j + 1)
    if conv and conv[1] <= len(sent):
        # "86.7bn Swiss francs ($74.6bn; £39.1bn) in 2004": the stated conversion
        # does not end the figure's clause
        a, b = conv
        sent = sent[:a] + " " * (b - a) + sent[b:]
        ctx = replace(ctx, sent=sent, conv=(), others=[o for o in ctx.others if not a <= o[0] < b])
    i = sent.rfind("(", 0, ctx.fs)
    if i > 0 and ")" not in sent[i:ctx.fs]:
        host = next(((x, y) for x, y in ctx.others if i - 2 <= y <= i), None)
        if host is not None:
            # a stated conversion, "A$458.4m ($357.6m; £191m)": the period of the figure it
            # restates, read with the brackets out of the way
            j = sent.find(")", ctx.fe)
            j = len(sent) if j < 0 else j + 1
            others = [o for o in ctx.others if o != host and not i <= o[0] < j]
            return _period(rule, replace(ctx, sent=sent[:i] + " " * (j - i) + sent[j:], fs=host[0], fe=host[1],
                                         others=others, conv=()), dates, pub, carry)

    # (spans34) a dash between two years joins them ("in 2003\u201308"): no end of the clause
    lo, hi = _clause(_NUM_DASH.sub("-", sent) if "\u2013" in sent else sent, ctx.fs, ctx.fe)
    # "rose 11% to $3.1bn, from $2.8bn for the same period in 2003": 2003 is the earlier value's
    set_against = [(m.start(), m.end()) for o in ctx.others if o[0] >= ctx.fe
                   and (m := _AGO.match(sent, o[1])) is not None]

    asides = _asides(sent)
    own_aside = next(((x, y) for x, y in asides if x <= ctx.fs and ctx.fe <= y), None)

    def dist(a, b):
        # prefer the figure's own clause, and words after the figure
        # ("434,000 killed in 2024") over words before it
        far = 0 if lo <= a and b <= hi else None
        if far is None or any(x <= a < y for x, y in set_against):
            return None
        if asides and next(((x, y) for x, y in asides if x <= a and b <= y), None) != own_aside:
            return None  # (s28) a relative clause between commas and the rest of the sentence do
            # not date each other: "Carson, who hosted the show for 30 years, died on 23 January"
        if a >= ctx.fe and _leads_next(ctx, sent, a, b):
            return None
        if (b <= ctx.fs and _start_of_move(ctx, a, b)) or _end_of_move(ctx, a, b):
            return None
        if b <= ctx.fs:
            return (ctx.fs - b) * 1.5
        if a >= ctx.fe:
            return a - ctx.fe
        return 0

    def since_word(a):
        # ("since" or "after", and where it stands) right before the date at a, or None
        m = _SINCE.search(sent[max(0, a - 20):a])
        return None if m is None else (m.group(1).lower(), max(0, a - 20) + m.start(1))

    def since(a):
        w = since_word(a)
        # "claims filed after 9/11": from that day on; not "after Monday's 4% gain" (its day)
        return w is not None and (w[0] == "since" or a >= ctx.fe)

    def top_since(a):
        # (since34) "the highest since 1992": no period of the figure at all
        w = since_word(a)
        return w is not None and w[0] == "since" and _SINCE_TOP.search(sent[max(0, w[1] - 80):w[1]]) is not None

    spans_taken = []
    for a, b, s, e, label, cum in _named_periods(sent, pub):
        spans_taken.append((a, b))
        if label is None or (a < ctx.fe and b > ctx.fs) or _other_base(ctx, a, s is not None and s == e):
            continue
        if label.startswith("past") and cum and _not_in_window(ctx, a, b):
            continue
        if top_since(a):
            continue
        if since(a) and s is not None:
            cands.append((dist(a, b), s, pub.isoformat() if pub else None, "since " + label, True))
        else:
            cands.append((dist(a, b), s, e, label, cum))
    for dm in dates:
        a, b = dm.start - ctx.s0, dm.end - ctx.s0
        if a < 0 or b > len(sent) or (a < ctx.fe and b > ctx.fs):
            continue
        if any(x <= a < y for x, y in spans_taken):
            continue
        span = _date_span(dm, pub, not dm.year and _ahead(sent, a))
        if span is None or _other_base(ctx, a, span[0] == span[1]):
            continue
        spans_taken.append((a, b))
        if _base_year(ctx, a, bool(dm.year and not dm.month) or (dm.relative or "").lower() == "last year"):
            continue
        if top_since(a):
            continue
        if since(a):
            end = pub.isoformat() if pub else None
            cands.append((dist(a, b), span[0].isoformat(), end, "since " + span[2], True))
        else:
            cands.append((dist(a, b), span[0].isoformat(), span[1].isoformat(), span[2], False))
    # years and months the date finder may not have given
    for m in _finditer(_YEAR, sent):
        a, b = m.start("y"), m.end("y")
        if any(x <= a < y for x, y in spans_taken) or (a < ctx.fe and b > ctx.fs) or _other_base(ctx, a):
            continue
        y = int(m.group("y"))
        if top_since(a):
            spans_taken.append((a, b))
            continue
        if m.group().lower().startswith("since"):
            cands.append((dist(a, b), f"{y}-01-01", pub.isoformat() if pub else None, f"since {y}", True))
        else:
            cands.append((dist(a, b), f"{y}-01-01", f"{y}-12-31", str(y), False))
        spans_taken.append((a, b))
    for m in _finditer(_IN_MONTH, sent):
        a, b = m.start("m"), m.end()
        if any(x <= a < y for x, y in spans_taken):
            continue
        if _other_base(ctx, a):
            continue
        mon = _MONTHS[m.group("m").lower()]
        if m.group("y"):
            y = int(m.group("y"))
        elif pub:
            y = _month_year(mon, pub, _ahead(sent, a))  # (s35) as a date mention's (_date_span)
        else:
            continue
        s, e = _month_range(y, mon)
        if top_since(a):
            continue
        if m.group().lower().startswith("since"):
            cands.append((dist(a, b), s.isoformat(), pub.isoformat() if pub else None, f"since {y:04d}-{mon:02d}", True))
        else:
            cands.append((dist(a, b), s.isoformat(), e.isoformat(), f"{y:04d}-{mon:02d}", False))
    for m in _finditer(_REL, sent):
        a, b = m.start(), m.end()
        if (a < ctx.fe and b > ctx.fs) or any(x <= a < y for x, y in spans_taken):
            continue  # (and "last year" inside "over the last year", a span read already)
        rel = m.group("rel").lower()
        if rel in ("today", "tonight") and sent[a].isupper() and _TITLE_SHOW.match(sent, b):
            continue  # "told BBC Radio 4's Today programme": a programme's name, no date
        if rel == "daily" and sent[a] == "D" and _TITLE_DAILY.match(sent, b):
            continue  # "the Daily Telegraph", "the Daily and Sunday Telegraph": a newspaper's name
        if rel == "weekly" and _DET_BEFORE.search(sent, max(0, a - 7), a):
            # "£195,000 for a weekly column": an adjective of a thing, not the figure's rate
            # (left as it was for "daily", "monthly", "yearly": "a yearly benefit of £29,900" is
            # a rate, "a daily, 40 minute podcast" too, "in its monthly bulletin" not)
            continue
        d = dist(a, b)
        if _base_year(ctx, a, rel == "last year"):
            continue
        if d is None or (rel not in _RATES and _other_base(ctx, a, rel in ("yesterday", "today", "tonight", "overnight"))):
            continue
        if rel.startswith("since"):
            cands.append((d, None, pub.isoformat() if pub else None, rel, True))
        elif rel in _WARS and (ctx.ucls not in ("count", "money") or not _war_near(ctx, a, b)):
            continue
        elif rel in _SUMS and not _own_sum(ctx, rel, a, b):
            continue
        elif rel in ("to date", "so far", "running total", "now", "currently") or rel in _SUM_WORDS:
            end = pub.isoformat() if pub else None
            as_of = rel in ("now", "currently")
            # a count "now" is a running total (losses now exceed 800,000);
            # a rate or a level "now" is just as of today, its period that day
            # ("now 45% ... In 2003 the figure was 29%": two times, not one)
            running = not as_of or ctx.ucls == "count"
            # a sum is a running total only when its clause gives no time of its own
            # ("26 billion texts were sent in total in 2004" is 2004's)
            cands.append((d + (_SUM_RANK if rel in _SUM_WORDS else 0.5), None if running else end, end,
                          "now" if as_of else "to date", running))
        elif rel in _RATES and (_blocked(ctx, min(b, ctx.fs), max(a, ctx.fe)) or (b <= ctx.fs and _rate_of_other(ctx, a, b))):
            # "$10,000 upfront and $2,000 monthly": the rate is the second figure's;
            # "18 hours a day, six days a week": each figure takes the rate written after it
            continue
        elif rel in _PER:
            cands.append((d, None, None, _PER[rel], False))
        elif pub:
            r = _relative(rel, pub)
            if r:
                cands.append((d, r[0].isoformat(), r[1].isoformat(), r[2], False))
    cands = [c for c in cands if c[0] is not None]
    if not cands:
        got = _carried_period(ctx, pub) if carry else None
        if got is None:
            return _Period(cumulative=rule.cumulative)
        cands = [(0,) + got]
    cands.sort(key=lambda c: c[0])
    d, s, e, label, cum = cands[0]
    ago = _AGO.match(sent, ctx.fe)
    if ago is not None and not cum and _goes_back(ago, s):
        # "down from $133m a year ago": the period a year before the one named
        back = set_back(ago, s, e)
        if back is None:
            return _Period(cumulative=rule.cumulative)
        return _Period(back[0], back[1], back[2], rule.cumulative)
    # "since 2022" anywhere in the sentence makes a running total, even when a
    # nearer word ("now") gave the as-of date
    if not cum and label in ("now",) and any(c[4] and (c[3] or "").startswith("since") for c in cands):
        c = next(c for c in cands if c[4] and (c[3] or "").startswith("since"))
        s, e, label, cum = c[1], c[2], c[3], True
    return _Period(label, s, e, cum or rule.cumulative)


#: after an earlier value, the time it is earlier by (text.SET_BACK): not a period of its own,
#: but the later value's set back
_AGO = compile_cached(SET_BACK, regex.VERSION1)
#: the longest period a gap can set back: "a month earlier" than a year's figure is no period
_GAP_DAYS = {"year": 366, "quarter": 92, "month": 31, "week": 7}
#: the months in a unit of time (a window's, "the past decade"; a gap's, "a quarter earlier")
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120}


def _months_back(d: _dt.date, n: int, month_end: bool) -> _dt.date:
    """``d`` moved ``n`` months back: to the month's last day (``month_end``), or to the same
    day of the month, or the month's last when it is shorter."""
    y, m = divmod(d.year * 12 + d.month - 1 - n, 12)
    last = _month_range(y, m + 1)[1]
    return last if month_end else last.replace(day=min(d.day, last.day))


def span_label(a: _dt.date, b: _dt.date) -> str:
    """The name of the period ``a``..``b``: a day, a calendar year, quarter, half or month, or the two days."""
    if a == b:
        return a.isoformat()
    if a.year == b.year and a.day == 1 and b == _month_range(b.year, b.month)[1]:
        n = b.month - a.month + 1
        if n == 12:
            return f"{a.year:04d}"
        if n == 1:
            return f"{a.year:04d}-{a.month:02d}"
        if n == 3 and a.month % 3 == 1:
            return f"{a.year:04d}-Q{(a.month + 2) // 3}"
        if n == 6 and a.month % 6 == 1:
            return f"{a.year:04d}-H{(a.month + 5) // 6}"
    return f"{a.isoformat()}/{b.isoformat()}"


def _goes_back(ago, start: Optional[str]) -> bool:
    """Is the time an :data:`_AGO` match names before ``start``?  "28,041 for the same period
    in 2004" is the period of 2004 named, not an earlier value."""
    return not (ago.group("y") and start and start[:4].isdigit() and int(ago.group("y")) >= int(start[:4]))


def set_back(ago, start: Optional[str], end: Optional[str]) -> Optional[tuple[str, str, str]]:
    """(label, first day, last day) of the time an earlier value is of: the later value's
    period ``start``..``end`` (ISO days) set back by the gap an :data:`_AGO` match names;
    None when the later value has no bounded period, or the gap is shorter than it."""
    if not (start and end):
        return None
    try:
        a, b = _dt.date.fromisoformat(start[:10]), _dt.date.fromisoformat(end[:10])
    except ValueError:
        return None
    unit = "year" if ago.group("y") else ago.group("u").lower()
    if (b - a).days + 1 > _GAP_DAYS[unit]:
        return None
    if unit == "week":
        a, b = a - _dt.timedelta(days=7), b - _dt.timedelta(days=7)
    else:
        n = _UNIT_MONTHS[unit]
        if ago.group("y"):
            n = 12 * (a.year - int(ago.group("y")))
            if n <= 0:
                return None
        b = _months_back(b, n, b == _month_range(b.year, b.month)[1])
        a = _months_back(a, n, False)
    return span_label(a, b), a.isoformat(), b.isoformat()
