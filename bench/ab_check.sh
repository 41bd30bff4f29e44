#!/usr/bin/env bash
# Compare the pre-publish gate of two checkouts of ledger on one machine at
# one time, alternating fresh `ledger check` processes (the fair way to
# compare on a shared, noisy machine).  Each checkout gets its own pattern
# cache; bytecode is cached.  Prints each run's wall time in ms, then medians.
#
#   bench/ab_check.sh OLD_CHECKOUT OLD_DB NEW_CHECKOUT NEW_DB [PAIRS]
#
# The ledgers: bench/bench_check.py builds /tmp/ledger-bench/check_1000000.db.
# An older checkout whose schema is lower needs its own copy of that file
# with `PRAGMA user_version` set to its schema (added columns do no harm).
set -euo pipefail
old=$1; old_db=$2; new=$3; new_db=$4; pairs=${5:-21}
draft="$(cd "$(dirname "$0")" && pwd)/draft_5k.md"
py=${PYTHON:-python3}
run() {  # dir db label
    local s e
    s=$(date +%s%N)
    (cd "$1" && env -u PYTHONDONTWRITEBYTECODE LEDGER_CACHE="/tmp/ledger-ab-cache-$3" "$py" -c \
        "import sys; sys.argv=['ledger','check','$draft','--db','$2']; from ledger.cli import main; main()" \
        >/dev/null 2>&1) || true
    e=$(date +%s%N)
    echo "$3 $(( (e - s) / 1000000 ))"
}
for _ in 1 2 3; do run "$old" "$old_db" old >/dev/null; run "$new" "$new_db" new >/dev/null; done  # warm caches
out=$(for _ in $(seq "$pairs"); do run "$old" "$old_db" old; run "$new" "$new_db" new; done)
echo "$out"
echo "$out" | "$py" -c "
import statistics, sys
d = {}
for line in sys.stdin:
    k, v = line.split(); d.setdefault(k, []).append(int(v))
for k in ('old', 'new'):
    print(k, 'median', statistics.median(d[k]), 'ms, min', min(d[k]), 'ms, runs', len(d[k]))"
