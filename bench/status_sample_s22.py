"""status_sample_s22.py BBC_DUMP OUT.json [--qt]: the status audit's stratified sample (random.Random(22)).

BBC: claims of a bbcdump_pub.py dump (even files, read as published 2005-01-01), 25 of each
non-actual status present (fewer where there are fewer) and 50 "actual".  With --qt, also 30
non-actual and 30 actual claims of EVEN QuanTemp ids (odd ids are never read).  Run with
cwd = checkout; the keys (file, index) let the same sample be re-read after a change."""
import json, os, random, sys
sys.path.insert(0, os.getcwd())

bbc = json.load(open(sys.argv[1]))
rng = random.Random(22)
by = {}
for path in sorted(bbc):
    for i, c in enumerate(bbc[path]):
        by.setdefault(c[7], []).append((path, i))
sample = []
for st in sorted(by):
    keys = by[st]
    n = 50 if st == "actual" else 25
    for k in sorted(rng.sample(keys, min(n, len(keys)))):
        sample.append({"src": "bbc", "key": list(k), "status": st})
if "--qt" in sys.argv:
    from ledger import documents, figures
    from ledger.claims import type_figures
    from ledger.rules import load_rules
    rs = load_rules()
    rows = [json.loads(l) for l in open("/work/shared/peer-suites/quantemp/test_claims_text_only.jsonl") if l.strip()]
    act, non = [], []
    for row in rows:
        if int(row["id"].rsplit("-", 1)[1]) % 2:
            continue  # held out
        t = row["claim"]
        doc = documents.load_text(t, path=row["id"])
        for i, c in enumerate(type_figures(doc, figures.find_figures(t), figures.find_dates(t), rs)):
            (act if c.status == "actual" else non).append((row["id"], i))
    for pool in (non, act):
        for k in sorted(rng.sample(pool, min(30, len(pool)))):
            sample.append({"src": "qt", "key": list(k)})
json.dump(sample, open(sys.argv[2], "w"), indent=0)
print(len(sample))
