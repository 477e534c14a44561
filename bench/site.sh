#!/usr/bin/env bash
# bench/site.sh [BIN] — how long `ctoladder site` takes for the built-in library, against the
# target of issue 16 ("well under a second": 0.5 s here), with hyperfine. Reported, not asserted:
# a shared machine's load decides the figure (BENCH_STRICT=1 exits 3 when the target is missed).
# The browser test (tests/browser/site_test.py) only guards against a blow-up (30 s).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=${1:-build/ctoladder}
TARGET_SECONDS=${SITE_TARGET_SECONDS:-0.5}
OUT=bench/out
[[ -x $BIN ]] || { echo "bench/site.sh: no executable at $BIN (build first or pass BIN)" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "bench/site.sh: needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }
mkdir -p "$OUT"
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
# The site folder is rewritten in place on every run, as a user rebuilding it would.
hyperfine --warmup 2 --min-runs 10 -N --export-json "$OUT/site.json" \
  "$BIN --no-cache site $site/out" >/dev/null
median=$(python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$OUT/site.json")
bytes=$(du -sb "$site/out" | cut -f1)
files=$(find "$site/out" -type f | wc -l)
verdict=met
awk -v m="$median" -v t="$TARGET_SECONDS" 'BEGIN {exit !(m > t)}' && verdict="MISSED"
{
  echo "| what | median | target | verdict |"
  echo "|---|---|---|---|"
  echo "| \`ctoladder site\` of the built-in library ($files files, $((bytes / 1024)) KiB) | ${median} s | ${TARGET_SECONDS} s | $verdict |"
} | tee "$OUT/site.md"
if [[ $verdict == MISSED && ${BENCH_STRICT:-0} == 1 ]]; then exit 3; fi
