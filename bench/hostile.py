"""Hostile input: how long (and how much memory) the ledger command takes.

Rerun:  python bench/hostile.py [--quick]
Prints figures and writes them to bench/results/hostile.txt.

* extract (claims) on one long line without sentence breaks, at growing
  sizes: shows how the claim stage scales with sentence length;
* extract on many short hedged sentences, at growing sizes;
* `ledger quantities` on a 50 MB news-like file (whole command, wall time
  and peak memory);
* `ledger quantities` on a small .docx whose XML expands to 200 MB.

Each command case runs in its own process with a time limit; a case that
hits it is reported as such (it is a finding, not a crash of the bench).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIMIT = 120.0  # seconds per case

ONE_LINE = """
import sys, time
sys.path.insert(0, {repo!r})
from ledger import documents, pipeline, rules
ruleset = rules.load_rules()
text = open({path!r}, encoding="utf-8").read()
t = time.process_time()
claims = pipeline.extract(documents.load_text(text), ruleset)
print(len(claims), time.process_time() - t)
"""


def extract_cpu(text: str, tmp: Path) -> str:
    """CPU seconds of pipeline.extract on `text` (rules loaded first), in a child process."""
    p = tmp / "in.txt"
    p.write_text(text, encoding="utf-8")
    code = ONE_LINE.format(repo=str(REPO), path=str(p))
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=LIMIT)
    except subprocess.TimeoutExpired:
        return f"over {LIMIT:.0f} s (stopped)"
    if out.returncode:
        return f"failed: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode}"
    n, cpu = out.stdout.split()
    return f"{float(cpu):7.2f} s cpu, {n} claims"


def command(args: list[str]) -> str:
    """Wall time and peak RSS of `python -m ledger.cli ARGS` (output discarded)."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    t = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen([sys.executable, "-m", "ledger.cli", *args], stdout=out,
                                stderr=subprocess.DEVNULL, env=env)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - t > LIMIT:
                proc.kill()
                os.wait4(proc.pid, 0)
                return f"over {LIMIT:.0f} s (stopped)"
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t
        out.seek(0)
        figures = sum(chunk.count(b"\n") for chunk in iter(lambda: out.read(1 << 20), b""))
    return (f"{wall:7.2f} s wall, exit {proc.returncode}, {usage.ru_maxrss / 1024:.0f} MB peak, "
            f"{figures} figures")


def bomb_docx(path: Path, chars: int) -> Path:
    """A small .docx whose document.xml expands to about `chars` characters (shared with the tests).

    Built in a child process: a child forked from a parent holding the 200 MB
    XML would report that memory as its own peak."""
    code = ("import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
            "from tests.test_hostile import _docx_with_text_of; _docx_with_text_of(Path(sys.argv[2]), int(sys.argv[3]))")
    subprocess.run([sys.executable, "-c", code, str(REPO), str(path), str(chars)], check=True)
    return path


def main() -> None:
    quick = "--quick" in sys.argv
    lines = [f"# bench/hostile.py  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  "
             f"load {os.getloadavg()[0]:.1f}  ({'quick' if quick else 'full'})"]

    def say(s: str) -> None:
        print(s, flush=True)
        lines.append(s)

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        say("extract, one line without spaces ('ab1,2.3%$' repeated):")
        for n in (1_250, 2_500, 5_000) if quick else (2_500, 10_000, 40_000, 80_000, 160_000):
            say(f"  {n:>9,} chars: {extract_cpu(('ab1,2.3%$' * (n // 9 + 1))[:n] + chr(10), tmp)}")
        say("extract, short hedged sentences ('more than more than more than 10 people. '):")
        for k in (20, 40, 80) if quick else (20, 40, 80, 160, 320):
            say(f"  {k:>9,} sentences: {extract_cpu('more than more than more than 10 people. ' * k, tmp)}")
        if not quick:
            filler = "The committee heard evidence from witnesses across the region during the long inquiry. " * 9
            para = filler + "Officials said more than 300 people died and \u00a32.2bn was spent, up from 1.2m in 2022.\n"
            big = tmp / "big.txt"
            big.write_text(para * (50_000_000 // len(para)), encoding="utf-8")
            say(f"quantities, {big.stat().st_size / 1e6:.0f} MB news-like text: {command(['quantities', str(big)])}")
            big.unlink()
            bomb = bomb_docx(tmp / "bomb.docx", 200_000_000)
            say(f"quantities, {bomb.stat().st_size / 1e3:.0f} KB .docx expanding to 200 MB: "
                f"{command(['quantities', str(bomb)])}")
    out = REPO / "bench" / "results" / "hostile.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
