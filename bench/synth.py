"""Realistic synthetic claims for benchmarks (compare's scale test, the gate's
1M-claim ledger).

The shape follows what the rules produce on news copy:

* a *fact* is one key (metric, subject, second party, status) and period;
  metrics, statuses and value ranges come from the real rule families
  (casualties, troops, tariffs, shares of GDP, money in several currencies,
  attacks and weapons, members, polls, ranges, event dates);
* subjects follow a Zipf law over ~120 entities (a few countries dominate the
  news), so blocks are heavy-tailed: most facts are reported once or twice,
  a few hundreds of times;
* each report is written the way reporters write figures: exact, rounded
  ("1.5 million", with its precision interval), hedged ("about", "more
  than", "nearly", "up to"), attributed to a named speaker or in the
  outlet's own voice, published a few days after the fact;
* running totals (cumulative) grow over successive reports; membership
  counts change rarely;
* a small share of reports are wrong the way figures go wrong: a dropped or
  added zero, transposed digits, million for billion, a different source's
  figure;
* money figures sometimes carry a stated conversion ("EUR40bn ($43bn)"),
  linked as in the pipeline;
* reports are packed into documents of 5-40 claims (one outlet, one date).

``generate(n, seed)`` returns exactly n claims, deterministically for a seed.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Optional

from ledger.records import Claim

# metric, unit class, typical low, high (log-uniform), share of facts,
# cumulative share, statuses (weights)
METRICS = [
    ("casualties.killed", "count", 1, 50_000, 14, 0.25),
    ("casualties.wounded", "count", 1, 100_000, 7, 0.2),
    ("casualties.total", "count", 10, 1_000_000, 5, 0.5),
    ("casualties.killed_or_wounded", "count", 10, 500_000, 2, 0.3),
    ("troops.deployed", "count", 100, 200_000, 7, 0.0),
    ("troops.withdrawn", "count", 100, 50_000, 2, 0.0),
    ("troops.force_size", "count", 10_000, 2_000_000, 3, 0.0),
    ("troops.peacekeepers", "count", 1_000, 200_000, 1, 0.0),
    ("trade.tariff_rate", "percent", 2, 150, 6, 0.0),
    ("trade.tariff_change", "percentage_point", 1, 50, 2, 0.0),
    ("economy.defence_spending_gdp", "percent", 0.8, 5, 4, 0.0),
    ("money.aid", "money", 1e6, 1e11, 8, 0.1),
    ("money.spending", "money", 1e6, 1e12, 5, 0.0),
    ("money.legal", "money", 1e5, 1e10, 2, 0.0),
    ("money.valuation", "money", 1e8, 3e12, 2, 0.0),
    ("attacks.strikes", "count", 1, 2_000, 6, 0.1),
    ("attacks.clashes", "count", 1, 300, 3, 0.0),
    ("weapons.drones_launched", "count", 5, 800, 5, 0.0),
    ("weapons.downed", "count", 1, 700, 3, 0.0),
    ("weapons.missiles", "count", 1, 150, 3, 0.0),
    ("weapons.shells", "count", 100, 60_000, 2, 0.0),
    ("weapons.range", "km", 50, 12_000, 1, 0.0),
    ("members.countries", "count", 3, 195, 2, 0.0),
    ("prisoners.released", "count", 2, 1_500, 2, 0.0),
    ("politics.poll_share", "percent", 2, 55, 4, 0.0),
    ("markets.index_move", "percent", 0.1, 8, 3, 0.0),
    ("event.invasion", "date", 0, 0, 1, 0.0),
]
STATUSES = [("actual", 80), ("estimate", 8), ("target", 3), ("pledge", 4), ("proposal", 2),
            ("forecast", 2), ("hypothetical", 1)]
CURRENCIES = [("USD", 60), ("EUR", 20), ("GBP", 15), ("JPY", 3), ("CHF", 2)]
USD_PER = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0068, "CHF": 1.12}

SUBJECTS = [
    "Ukraine", "Russia", "United States", "Israel", "China", "United Kingdom", "Gaza", "Iran",
    "NATO", "European Union", "Germany", "France", "North Korea", "Syria", "Sudan", "India",
    "Afghanistan", "Lebanon", "Yemen", "Poland", "Canada", "Mexico", "Japan", "South Korea",
    "Taiwan", "Turkey", "Brazil", "Italy", "Spain", "Saudi Arabia", "Hamas", "Hezbollah",
    "Taliban", "Iraq", "Pakistan", "Egypt", "Jordan", "Qatar", "Belarus", "Georgia", "Moldova",
    "Romania", "Hungary", "Estonia", "Latvia", "Lithuania", "Finland", "Sweden", "Norway",
    "Denmark", "Netherlands", "Belgium", "Greece", "Serbia", "Kosovo", "Armenia", "Azerbaijan",
    "Myanmar", "Ethiopia", "Somalia", "Libya", "Mali", "Niger", "Nigeria", "Congo", "Haiti",
    "Venezuela", "Colombia", "Argentina", "Chile", "Australia", "New Zealand", "Indonesia",
    "Philippines", "Vietnam", "Thailand", "Bangladesh", "Sri Lanka", "Nepal", "Kazakhstan",
    "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Mongolia", "South Africa", "Kenya", "Uganda",
    "Rwanda", "Tanzania", "Mozambique", "Angola", "Zimbabwe", "Zambia", "Ghana", "Senegal",
    "Morocco", "Algeria", "Tunisia", "Oman", "Kuwait", "Bahrain", "United Arab Emirates",
    "Cyprus", "Malta", "Ireland", "Portugal", "Austria", "Switzerland", "Czech Republic",
    "Slovakia", "Slovenia", "Croatia", "Bosnia", "Albania", "North Macedonia", "Montenegro",
    "Bulgaria", "Iceland", "Luxembourg", "Cuba",
]
SPEAKERS = ["the defence ministry", "the general staff", "officials", "the president",
            "the foreign ministry", "the UN", "the health ministry", "military intelligence",
            "the prime minister", "analysts", "the governor", "the White House", "the Pentagon",
            "the Kremlin", "NATO", "the IMF", "the World Bank", "YouGov", "Ipsos"]
OUTLETS = ["BBC", "Reuters", "AP", "AFP", "The Guardian", "The Independent", "Sky News",
           "The Times", "Financial Times", "CNN", "Bloomberg", "Al Jazeera", "Kyiv Independent",
           "DW", "Le Monde", "Politico", "The Economist", "Washington Post", "New York Times",
           "Daily Telegraph", "Daily Mail", "Daily Mirror", "Euronews", "NPR", "ABC News",
           "CBS News", "NBC News", "Fox News", "The Hill", "Axios", "Yonhap", "NHK", "TASS",
           "RIA", "Ukrinform", "Ukrainska Pravda", "Haaretz", "Times of Israel", "Dawn", "Hindu"]
HEDGES = [  # word, kind, weight
    (None, "exact", 55), ("about", "approx", 14), ("more than", "gt", 10), ("nearly", "below", 5),
    ("at least", "ge", 5), ("up to", "le", 3), ("some", "approx", 4), ("fewer than", "lt", 2),
    ("around", "approx", 2)]
PERIOD_KINDS = [("day", 45), ("month", 20), ("year", 15), ("none", 20)]


def _weighted(rng: random.Random, items, weights):
    return rng.choices(items, weights=weights)[0]


_ZIPF: dict = {}


def _zipf_index(rng: random.Random, n: int, s: float = 1.1) -> int:
    """An index in range(n), index i with weight 1/(i+1)**s."""
    cum = _ZIPF.get((n, s))
    if cum is None:
        total, cum = 0.0, []
        for i in range(n):
            total += 1 / (i + 1) ** s
            cum.append(total)
        _ZIPF[(n, s)] = cum
    return bisect.bisect_left(cum, rng.random() * cum[-1])


def _round_sig(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    k = digits - 1 - int(math.floor(math.log10(abs(x))))
    return round(x, k)


def _fmt(x: float, unit: str, cur: str | None) -> str:
    sym = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CHF": "CHF "}.get(cur or "", "")
    if unit == "percent":
        return f"{x:g}%"
    if unit == "percentage_point":
        return f"{x:g} points"
    if abs(x) >= 1e9:
        return f"{sym}{x / 1e9:g} billion"
    if abs(x) >= 1e6:
        return f"{sym}{x / 1e6:g} million"
    text = f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"
    return f"{sym}{text}" + (" km" if unit == "km" else "")


class _Fact:
    __slots__ = ("metric", "unit", "subject", "subject2", "status", "day", "period", "pstart", "pend",
                 "cumulative", "value", "reports", "currency")


def _facts(rng: random.Random, n_claims: int, start: date, days: int) -> Iterator[_Fact]:
    """Facts until their reports cover n_claims."""
    metrics = [m for m in METRICS]
    mweights = [m[4] for m in metrics]
    statuses, sweights = zip(*STATUSES)
    covered = 0
    registry: dict = {}
    while covered < n_claims:
        metric, uclass, lo, hi, _, cum_share = _weighted(rng, metrics, mweights)
        f = _Fact()
        f.metric = metric
        f.subject = SUBJECTS[_zipf_index(rng, len(SUBJECTS))]
        f.subject2 = SUBJECTS[_zipf_index(rng, len(SUBJECTS))] if metric.startswith("trade.") else None
        f.status = _weighted(rng, statuses, sweights)
        f.day = start + timedelta(days=rng.randrange(days))
        f.cumulative = rng.random() < cum_share
        f.currency = _weighted(rng, *zip(*CURRENCIES)) if uclass == "money" else None
        f.unit = f.currency or ("count" if uclass == "count" else uclass)
        if uclass == "date":
            f.value = float(date(rng.randrange(1950, 2024), rng.randrange(1, 13), 1).toordinal())
        else:
            v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
            f.value = float(round(v)) if uclass in ("count",) else round(v, 1 if v < 100 else 0)
            if f.currency:
                f.value = round(v / USD_PER[f.currency], -3)
        kind = "none" if f.cumulative else _weighted(rng, *zip(*PERIOD_KINDS))
        if kind == "day":
            f.pstart = f.pend = f.day.isoformat()
            f.period = f.pstart
        elif kind == "month":
            f.pstart = f.day.replace(day=1).isoformat()
            f.pend = (f.day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            f.pend = f.pend.isoformat()
            f.period = f.pstart[:7]
        elif kind == "year":
            f.pstart, f.pend, f.period = f"{f.day.year}-01-01", f"{f.day.year}-12-31", str(f.day.year)
        else:
            f.pstart = f.pend = None
            f.period = "since 2022" if f.cumulative else None
            if f.cumulative:
                f.pstart = "2022-02-24"
        # one fact per key and period: a second draw of the same fact is more
        # reports of it (same value), not a rival figure
        same = (f.metric, f.subject, f.subject2, f.status, f.cumulative,
                f.period if (f.period and not f.cumulative) else (None if f.cumulative else f.day.toordinal() // 7))
        if same in registry:
            f.value, f.currency, f.unit = registry[same]
        else:
            registry[same] = (f.value, f.currency, f.unit)
        # heavy-tailed number of reports: most facts once or twice, a few hundreds of times
        f.reports = max(1, min(int(rng.paretovariate(1.3)), 400))
        covered += f.reports
        yield f


def _report_value(rng: random.Random, f: _Fact, when: date, start: date, error_rate: float) -> float:
    v = f.value
    if f.cumulative:  # a running total grows: about 1% a week
        v = float(round(v * (1 + 0.0015 * (when - start).days)))
    if f.unit == "date":
        return v
    if rng.random() < error_rate:
        e = rng.random()
        if e < 0.3:
            v = v * 10 if rng.random() < 0.5 else v / 10  # a zero dropped or added
        elif e < 0.5:
            s = f"{int(v)}"
            if len(s) >= 2:
                i = rng.randrange(len(s) - 1)
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                v = float(s)
        elif e < 0.6 and v >= 1e6:
            v = v * 1000  # million for billion
        else:
            v = v * rng.uniform(0.5, 1.8)  # another source's figure
    return v


def generate(n: int, seed: int = 0, *, error_rate: float = 0.03, start: Optional[date] = None,
             days: Optional[int] = None) -> list[Claim]:
    """Exactly ``n`` synthetic claims, deterministic for ``seed``.

    By default the claims span ``days_for(n)`` days ending 2025-12-31: a
    ledger grows with time at a steady rate (about 137 claims a day, 100k
    claims in two years), so its density stays that of a real newsroom.
    Pass ``days`` to pack them tighter."""
    return list(iter_claims(n, seed, error_rate=error_rate, start=start, days=days))


def days_for(n: int) -> int:
    """Days a ledger of n claims spans at the default rate (at least two years)."""
    return max(730, n * 730 // 100_000)


def iter_claims(n: int, seed: int = 0, *, error_rate: float = 0.03, start: Optional[date] = None,
                days: Optional[int] = None) -> Iterator[Claim]:
    days = days or days_for(n)
    start = start or date(2025, 12, 31) - timedelta(days=days)
    rng = random.Random(seed)
    hedges, hkinds, hweights = zip(*HEDGES)
    # every report of every fact, in the order outlets would publish them:
    # a running total is re-reported weekly, anything else within days
    reports = []
    for f in _facts(rng, n, start, days):
        for k in range(f.reports):
            when = f.day + timedelta(days=7 * k if f.cumulative else rng.randrange(0, 4))
            reports.append((when, rng.random(), f, k))
    reports.sort(key=lambda r: (r[0], r[1]))
    made = 0
    doc = None
    doc_left = 0
    pos = 0
    for when, _, f, k in reports:
        if made >= n:
            return
        if doc_left <= 0:
            # a document: one outlet, one date, 5-40 figures about different facts
            outlet = rng.choice(OUTLETS)
            sha = hashlib.sha256(f"{seed}:{made}".encode()).hexdigest()
            doc = (f"synth/{outlet.replace(' ', '_').lower()}/{sha[:12]}.txt", sha, outlet, when.isoformat())
            doc_left = rng.randrange(5, 40)
            pos = 0
        doc_left -= 1
        path, sha, outlet, published = doc
        v = _report_value(rng, f, when, start, error_rate)
        i = rng.choices(range(len(hedges)), weights=hweights)[0]
        hedge, hk = hedges[i], hkinds[i]
        plo = phi = None
        if f.unit != "date" and hk == "exact" and v >= 1000 and rng.random() < 0.4:
            v = _round_sig(v, 2)  # "1.5 million", "12,000"
            step = 10 ** (int(math.floor(math.log10(abs(v)))) - 1)
            plo, phi = v - step / 2, v + step / 2
        low = high = v
        lo_s = hi_s = False
        if f.unit == "date":
            hedge, hk = None, "exact"
            low, high = v, v + 30  # "in March 2003"
        elif hk == "approx":
            low, high = v * 0.9, v * 1.1
        elif hk == "gt":
            v = math.floor(v * rng.uniform(0.7, 0.98))
            low, high, lo_s = v, None, True
        elif hk == "ge":
            v = math.floor(v * rng.uniform(0.8, 1.0))
            low, high = v, None
        elif hk == "below":
            v = _round_sig(v * rng.uniform(1.01, 1.08), 2)
            low, high, hi_s = v * 0.9, v, True
        elif hk == "le":
            v = _round_sig(v * rng.uniform(1.0, 1.2), 2)
            low, high = None, v
        elif hk == "lt":
            v = _round_sig(v * rng.uniform(1.02, 1.2), 2)
            low, high, hi_s = None, v, True
        speaker = rng.choice(SPEAKERS) if rng.random() < 0.45 else None
        text = ((hedge + " ") if hedge else "") + _fmt(v, f.unit, f.currency)
        start_off = pos
        pos += 60 + len(text)
        cid = "c" + hashlib.sha256(f"{sha}:{start_off}".encode()).hexdigest()[:15]
        claim = Claim(
            id=cid, doc=path, doc_sha=sha, outlet=outlet, published=published,
            line=1 + start_off // 80, start=start_off, end=start_off + len(text), text=text,
            sentence=f"{f.subject}: {text} ({f.metric.split('.')[-1]}).",
            value=float(v), low=None if low is None else float(low),
            high=None if high is None else float(high), unit=f.unit, hedge=hedge,
            metric=f.metric, subject=f.subject, speaker=speaker, period=f.period,
            rule="SYN", subject2=f.subject2, status=f.status, period_start=f.pstart,
            period_end=f.pend, cumulative=f.cumulative,
            speaker_rule="said" if speaker else "outlet-voice", kind="number",
            low_strict=lo_s, high_strict=hi_s, precision_low=plo, precision_high=phi, column=1,
        )
        made += 1
        if f.currency and f.currency != "USD" and rng.random() < 0.15 and made < n:
            # a stated conversion: "EUR40bn ($43bn)", linked both ways as the pipeline does
            usd = _round_sig(v * USD_PER[f.currency] * rng.uniform(0.97, 1.03), 2)
            ctext = _fmt(usd, "money", "USD")
            cstart = pos
            pos += 3 + len(ctext)
            conv_id = "c" + hashlib.sha256(f"{sha}:{cstart}".encode()).hexdigest()[:15]
            yield Claim(**{**{s: getattr(claim, s) for s in Claim.__slots__}, "linked": conv_id})
            yield Claim(**{**{s: getattr(claim, s) for s in Claim.__slots__},
                           "id": conv_id, "start": cstart, "end": cstart + len(ctext), "text": ctext,
                           "value": usd, "low": usd, "high": usd, "unit": "USD", "hedge": None,
                           "precision_low": None, "precision_high": None, "linked": cid})
            made += 1
        else:
            yield claim


if __name__ == "__main__":  # a peek: python bench/synth.py 20
    import sys

    for c in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 20, 1):
        print(c.doc, c.published, c.metric, c.subject, c.status, c.period, repr(c.text), c.speaker)
