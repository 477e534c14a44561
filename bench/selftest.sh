#!/usr/bin/env bash
# shellcheck disable=SC2016  # backticks below are Markdown, not command substitution
# bench/selftest.sh — test the benchmark tooling itself (no ctoladder needed, ~20 s):
# generator determinism and prefix stability, the generated YAML against the format (PyYAML),
# the hello-world build, the yq baselines over lib-100, and report.py on a fake hyperfine JSON.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

python3 bench/gen_library.py --roles 1000 --seed 7 --out "$tmp/a" >/dev/null
python3 bench/gen_library.py --roles 1000 --seed 7 --out "$tmp/b" >/dev/null
diff -r "$tmp/a" "$tmp/b" >/dev/null || fail "same seed and N differ"
ok "same seed and N give identical bytes"
python3 bench/gen_library.py --roles 10 --seed 7 --out "$tmp/s" >/dev/null
for f in "$tmp/s"/*.yaml; do cmp -s "$f" "$tmp/a/${f##*/}" || fail "lib-10 differs at ${f##*/}"; done
ok "lib-10 is a prefix of lib-1000"
python3 bench/gen_library.py --roles 10 --seed 8 --out "$tmp/o" >/dev/null
if cmp -s "$tmp/s/bench-role-00003.yaml" "$tmp/o/bench-role-00003.yaml"; then fail "seed ignored"; fi
ok "another seed differs"

seeds=../shared/seeds
[[ -d $seeds ]] || seeds=""
python3 bench/check_library.py "$tmp/s" ${seeds:+--seeds "$seeds"}
python3 bench/check_library.py "$tmp/a" ${seeds:+--seeds "$seeds"}
ok "generated libraries pass check_library.py"

"${CXX:-g++}" -std=c++20 -O3 -DNDEBUG bench/hello.cpp -o "$tmp/hello"
[[ $("$tmp/hello") == "Hello, world!" ]] || fail "hello output"
ok "hello.cpp builds and prints one line"

if command -v yq >/dev/null; then
  python3 bench/gen_library.py --roles 100 --seed 7 --out "$tmp/l100" >/dev/null
  [[ $(bench/baselines.sh list "$tmp/l100" | wc -l) == 100 ]] || fail "yq list rows"
  [[ $(bench/baselines.sh list "$tmp/l100" | awk -F'\t' 'NF != 4' | wc -l) == 0 ]] || fail "yq list columns"
  ok "yq list: 100 rows of 4 columns"
  n=$(bench/baselines.sh search roadmap "$tmp/l100" | wc -l)
  [[ $n -gt 0 && $n -lt 300 ]] || fail "yq search: $n hits"
  [[ $(bench/baselines.sh search ROADMAP "$tmp/l100" | wc -l) == "$n" ]] || fail "yq search case"
  ok "yq search: $n hits, case-insensitive"
  [[ -z $(bench/baselines.sh validate "$tmp/l100") ]] || fail "yq validate on a good library"
  sed -i 's/^track: .*/track: wizard/' "$tmp/l100/bench-role-00001.yaml"
  [[ $(bench/baselines.sh validate "$tmp/l100") == bench-role-00001 ]] || fail "yq validate misses a bad track"
  ok "yq validate: clean library passes, a bad track is flagged"
  bench/baselines.sh cat "$tmp/l100"
  ok "cat baseline"
else
  echo "skip: yq not installed (apt-get install -y yq)"
fi

cat >"$tmp/h.json" <<'EOF'
{"results": [
 {"command": "bench/out/build/ctoladder --roles bench/out/lib-10000 list --format tsv", "median": 0.5},
 {"command": "bench/baselines.sh list bench/out/lib-10000", "median": 7.0},
 {"command": "bench/out/hello", "median": 0.0005}]}
EOF
printf 'time\tT1\t%s\t0\t1\t0.2\ntime\tT2\t%s\t0\t2\t5\nrss\tT3\tx\t2097152\tYAML\t1048576\t-\n' \
  "$tmp/h.json" "$tmp/h.json" >"$tmp/m.tsv"
python3 bench/report.py "$tmp/m.tsv" --bin bench/out/build/ctoladder --out "$tmp/r.md" >/dev/null 2>&1
grep -q '| T1 | `ctoladder --roles lib-10000 list --format tsv` | 500 ms | `bench/baselines.sh list lib-10000` | 7 s | 0.0714× | ≤ 0.2× | met |' "$tmp/r.md" || fail "report table"
grep -q '| T2 | .* | 1000× | ≤ 5× | \*\*not met\*\* |' "$tmp/r.md" || fail "report table"
grep -q '| T3 | `x` | 2 MiB peak RSS | `YAML` | 1 MiB | 2× | – | info |' "$tmp/r.md" || fail "report table"
if python3 bench/report.py "$tmp/m.tsv" --strict >/dev/null 2>&1; then fail "--strict"; fi
ok "report.py table, verdicts and --strict"
echo "selftest: all passed"
