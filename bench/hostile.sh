#!/usr/bin/env bash
# bench/hostile.sh — the precise cost of every hostile-input case, reported against budgets.
#
# usage: bench/hostile.sh [BINARY] [CASE...]      (default binary: build/ctoladder)
#
# The test suite (tests/hostile/run_corpus.sh) only guards against blow-ups: its CPU and memory
# ceilings sit an order of magnitude above any case's cost, so a busy machine cannot make it red.
# The tight figures are speed targets and live here: every case is run once, one at a time, and
# its CPU time and peak RSS are compared with a budget (HOSTILE_BUDGET_CPU_MS, default 1000 ms;
# HOSTILE_BUDGET_RSS_MB, default 256 MiB; ASan builds get 3000 ms and 1024 MiB). The report is
# written to bench/out/hostile.md; a case over budget is reported, not failed, unless
# BENCH_STRICT=1 (then exit 3). Run it on an idle machine: the figures are CPU time, which a
# loaded machine inflates too (cache and frequency effects), only less than wall time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${1:-build/ctoladder}
[ $# -gt 0 ] && shift
[ -x "$bin" ] || { echo "bench/hostile.sh: no executable at $bin (build first, or name one)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/hostile.sh: needs GNU time (apt-get install time)" >&2; exit 2; }

asan=0
if grep -aq __asan_init "$bin" 2>/dev/null; then asan=1; fi
budget_cpu_ms=${HOSTILE_BUDGET_CPU_MS:-$([ $asan = 1 ] && echo 3000 || echo 1000)}
budget_rss_mb=${HOSTILE_BUDGET_RSS_MB:-$([ $asan = 1 ] && echo 1024 || echo 256)}

out=bench/out
mkdir -p "$out"
raw=$out/hostile.tsv
: >"$raw"
# The corpus runner checks behaviour (exit status, messages, untouched input) as in the suite;
# a behaviour failure here is a real failure.
status=0
HOSTILE_REPORT=$PWD/$raw tests/hostile/run_corpus.sh "$bin" "$@" >"$out/hostile.log" || status=$?
tail -n 1 "$out/hostile.log"
if [ $status != 0 ]; then
  echo "bench/hostile.sh: the corpus itself failed (see $out/hostile.log)" >&2
  exit 1
fi

python3 - "$raw" "$budget_cpu_ms" "$budget_rss_mb" "$out/hostile.md" "$bin" <<'PY'
import sys, datetime, os
raw, budget_cpu, budget_rss, report, binary = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
rows = []
for line in open(raw, encoding="utf-8"):
    name, wall, cpu, rss = line.rstrip("\n").split("\t")
    rows.append((name, int(wall), int(cpu) if cpu != "-" else None, int(rss) // 1024 if rss != "-" else None))
rows.sort(key=lambda r: -(r[2] or 0))
over = [r for r in rows if (r[2] or 0) > budget_cpu or (r[3] or 0) > budget_rss]
lines = [
    f"# Hostile-input corpus: cost per case ({datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores)",
    "",
    f"Binary `{binary}`; budgets {budget_cpu} ms of CPU and {budget_rss} MiB of peak RSS per case.",
    f"{len(rows)} cases, {len(over)} over budget. The ten costliest:",
    "",
    "| case | wall ms | CPU ms | peak RSS MiB | within budget |",
    "| --- | ---: | ---: | ---: | --- |",
]
for name, wall, cpu, rss in rows[:10]:
    ok = (cpu or 0) <= budget_cpu and (rss or 0) <= budget_rss
    lines.append(f"| {name} | {wall} | {cpu if cpu is not None else '-'} | {rss if rss is not None else '-'} | {'yes' if ok else 'NO'} |")
if over:
    lines += ["", "Over budget: " + ", ".join(r[0] for r in over)]
open(report, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("\n".join(lines))
sys.exit(3 if over and os.environ.get("BENCH_STRICT") == "1" else 0)
PY
