#!/usr/bin/env bash
# bench/run.sh — build a Release ctoladder and benchmark it against baselines; see bench/README.md.
# Writes everything under bench/out/ (ignored by git); the summary goes to bench/out/results.md.
#
# Settings (environment variables, all optional):
#   CTOLADDER=PATH        benchmark this binary instead of building one (no spaces in PATH)
#   BENCH_SEED=S          generator seed (default 42)
#   BENCH_SIZES="..."     library sizes to generate (default "10 100 1000 10000")
#   BENCH_SMALL / BENCH_LARGE   the two sizes compared in targets 2-4 (default 10 / 10000)
#   BENCH_MIN_RUNS=K      hyperfine --min-runs (default 5): fast commands still get as many runs
#                         as fit in hyperfine's 3 s budget; slow ones (yq over lib-10000 takes
#                         ~7 s a run) get K runs after the 3 warmups
#   BENCH_QUERY=WORD      search term (default roadmap)
#   BENCH_DESCRIBE_ID / BENCH_COMPARE_IDS   roles for target 2 (must exist in the small library)
#   LIMIT_HELLO LIMIT_SCALE LIMIT_YQ LIMIT_CAT LIMIT_RSS   ratio limits, see README
#   BENCH_IGNORE_FAILURE=1  benchmark commands even if they exit non-zero (hyperfine -i)
#   BENCH_STRICT=1        exit 3 if a limit is not met
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=bench/out
unset CTOLADDER_ROLES   # only the folders given with --roles
SEED=${BENCH_SEED:-42}
SMALL=${BENCH_SMALL:-10}
LARGE=${BENCH_LARGE:-10000}
SIZES=${BENCH_SIZES:-"10 100 1000 10000"}
MIN_RUNS=${BENCH_MIN_RUNS:-5}
QUERY=${BENCH_QUERY:-roadmap}
# bench-role-00042 exists only from N=43 up, so target 2 uses roles that exist in every size.
# The generator is prefix-stable: these files are byte-identical in lib-10 and lib-10000.
# 00005 extends 00003; 00002 extends 00000 (seed 42).
DESCRIBE_ID=${BENCH_DESCRIBE_ID:-bench-role-00005}
COMPARE_IDS=${BENCH_COMPARE_IDS:-"bench-role-00002 bench-role-00005"}
# Limits: a row is met when (median / baseline median) <= limit.
LIMIT_HELLO=${LIMIT_HELLO:-1.5}    # 1: compare of two built-in roles vs a C++ hello world
LIMIT_SCALE=${LIMIT_SCALE:-1.5}    # 2: the same describe/compare with lib-LARGE vs lib-SMALL
LIMIT_YQ=${LIMIT_YQ:-0.05}        # 3: list/search/validate vs yq doing the same (>= 20x faster)
LIMIT_CAT=${LIMIT_CAT:-10}       # 3: warm list vs cat of the same files
LIMIT_RSS=${LIMIT_RSS:-1}        # 4: peak RSS of list vs 2 × the library's YAML bytes + 30 MiB

die() { echo "bench/run.sh: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

# --- tools -------------------------------------------------------------------------------------
missing=()
have() { command -v "$1" >/dev/null 2>&1; }
[[ -n ${CTOLADDER:-} ]] || have cmake || missing+=(cmake)
have "${CXX:-g++}" || missing+=(g++)
have hyperfine || missing+=(hyperfine)
have yq || missing+=(yq)
have python3 || missing+=(python3)
have xargs || missing+=(findutils)
[[ -x /usr/bin/time ]] || missing+=(time)   # GNU time, for peak RSS (-v)
if ((${#missing[@]})); then
  die "missing tools; install them with: apt-get install -y ${missing[*]}"
fi

HF=(hyperfine --warmup 3 --min-runs "$MIN_RUNS")
hf_help=$(hyperfine --help 2>&1 || true)
if grep -qE '^[[:space:]]+-N([,[:space:]]|$)' <<<"$hf_help"; then
  HF+=(-N)                     # no intermediate shell: needed for millisecond-scale commands
elif grep -q -- '--shell' <<<"$hf_help"; then
  HF+=(--shell=none)
fi
if [[ ${BENCH_IGNORE_FAILURE:-0} == 1 ]]; then HF+=(-i); fi

for n in "$SMALL" "$LARGE"; do [[ " $SIZES " == *" $n "* ]] || SIZES="$SIZES $n"; done
mkdir -p "$OUT" "$OUT/preflight"

# --- (a) Release build -------------------------------------------------------------------------
if [[ -n ${CTOLADDER:-} ]]; then
  BIN=$CTOLADDER
  step "using CTOLADDER=$BIN (no build)"
else
  step "building a Release ctoladder in $OUT/build"
  cmake -S . -B "$OUT/build" -DCMAKE_BUILD_TYPE=Release -DCTOLADDER_TESTS=OFF
  cmake --build "$OUT/build" -j2
  BIN=$OUT/build/ctoladder
fi
[[ -x $BIN ]] || die "no executable at $BIN"

# --- (b) hello world with the same compiler and Release flags ---------------------------------
CXX_BIN=${CXX:-g++}
CXX_FLAGS=""
CXX_RELEASE_FLAGS="-O3 -DNDEBUG"
cache=$OUT/build/CMakeCache.txt
if [[ -z ${CTOLADDER:-} && -f $cache ]]; then
  CXX_BIN=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$cache")
  CXX_FLAGS=$(sed -n 's/^CMAKE_CXX_FLAGS:[A-Z]*=//p' "$cache")
  CXX_RELEASE_FLAGS=$(sed -n 's/^CMAKE_CXX_FLAGS_RELEASE:[A-Z]*=//p' "$cache")
fi
# The section flags are ctoladder's own (CMakeLists.txt add_compile_options/add_link_options).
HELLO_FLAGS="-std=c++20${CXX_FLAGS:+ $CXX_FLAGS} $CXX_RELEASE_FLAGS -ffunction-sections -fdata-sections -Wl,--gc-sections"
step "building $OUT/hello: $CXX_BIN $HELLO_FLAGS"
# shellcheck disable=SC2086  # the flag string is meant to split
"$CXX_BIN" $HELLO_FLAGS bench/hello.cpp -o "$OUT/hello"
"$OUT/hello" >/dev/null

# --- (c) libraries -----------------------------------------------------------------------------
step "generating libraries (seed $SEED): $SIZES"
gen_hash=$(sha256sum bench/gen_library.py | cut -d' ' -f1)
for n in $SIZES; do
  lib=$OUT/lib-$n
  stamp=$OUT/lib-$n.stamp
  want="seed=$SEED roles=$n generator=$gen_hash"
  if [[ -d $lib && -f $stamp && "$(<"$stamp")" == "$want" ]]; then
    echo "lib-$n: up to date ($stamp)"
    continue
  fi
  rm -rf "$lib" "$stamp"
  t0=$(date +%s.%N)
  bytes=$(python3 bench/gen_library.py --roles "$n" --seed "$SEED" --out "$lib")
  t1=$(date +%s.%N)
  echo "lib-$n: $n roles, $bytes bytes, generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}') s"
  echo "$want" >"$stamp"
done

LIB_S=$OUT/lib-$SMALL
LIB_L=$OUT/lib-$LARGE
yaml_bytes() { find "$1" -maxdepth 1 -type f \( -name '*.yaml' -o -name '*.yml' \) ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
BYTES_L=$(yaml_bytes "$LIB_L")

# --- commands ----------------------------------------------------------------------------------
C_COMPARE="$BIN compare architect cto"
C_HELLO="$OUT/hello"
C_DESC_L="$BIN --roles $LIB_L describe $DESCRIBE_ID"
C_DESC_S="$BIN --roles $LIB_S describe $DESCRIBE_ID"
C_CMP_L="$BIN --roles $LIB_L compare $COMPARE_IDS"
C_CMP_S="$BIN --roles $LIB_S compare $COMPARE_IDS"
C_LIST="$BIN --roles $LIB_L list --format tsv"
C_SEARCH="$BIN --roles $LIB_L search $QUERY --format tsv"
C_VALIDATE="$BIN validate $LIB_L"
Y_LIST="bench/baselines.sh list $LIB_L"
Y_SEARCH="bench/baselines.sh search $QUERY $LIB_L"
Y_VALIDATE="bench/baselines.sh validate $LIB_L"
CAT_ALL="bench/baselines.sh cat $LIB_L"

step "preflight: every command once (outputs in $OUT/preflight/)"
preflight() {
  local name=$1 cmd=$2
  # shellcheck disable=SC2086  # commands are word lists, as hyperfine -N splits them
  if ! $cmd >"$OUT/preflight/$name.out" 2>"$OUT/preflight/$name.err"; then
    echo "FAILED: $cmd" >&2
    head -n 20 "$OUT/preflight/$name.err" >&2
    [[ ${BENCH_IGNORE_FAILURE:-0} == 1 ]] || die "a benchmarked command fails (BENCH_IGNORE_FAILURE=1 to go on)"
  fi
  printf '%-14s %6d lines  %s\n' "$name" "$(wc -l <"$OUT/preflight/$name.out")" "$cmd"
}
preflight compare "$C_COMPARE"
preflight describe-large "$C_DESC_L"
preflight describe-small "$C_DESC_S"
preflight compare-large "$C_CMP_L"
preflight compare-small "$C_CMP_S"
preflight list "$C_LIST"
preflight yq-list "$Y_LIST"
preflight search "$C_SEARCH"
preflight yq-search "$Y_SEARCH"
preflight validate "$C_VALIDATE"
preflight yq-validate "$Y_VALIDATE"
if ! cmp -s "$OUT/preflight/describe-large.out" "$OUT/preflight/describe-small.out"; then
  echo "note: describe $DESCRIBE_ID prints differently with lib-$LARGE and lib-$SMALL" >&2
fi

# --- (d) hyperfine -----------------------------------------------------------------------------
MANIFEST=$OUT/manifest.tsv
printf '# kind\ttarget\t...\n' >"$MANIFEST"
row() { local IFS=$'\t'; echo "$*" >>"$MANIFEST"; }
hf() { local json=$OUT/$1; shift; "${HF[@]}" --export-json "$json" "$@"; }

step "1: compare architect cto vs hello world"
hf t1-compare-vs-hello.json "$C_COMPARE" "$C_HELLO"
row time "1 startup" "$OUT/t1-compare-vs-hello.json" 0 1 "$LIMIT_HELLO"

step "2: describe / compare, lib-$LARGE vs lib-$SMALL"
hf t2-describe.json "$C_DESC_L" "$C_DESC_S"
row time "2 describe scaling" "$OUT/t2-describe.json" 0 1 "$LIMIT_SCALE"
hf t2-compare.json "$C_CMP_L" "$C_CMP_S"
row time "2 compare scaling" "$OUT/t2-compare.json" 0 1 "$LIMIT_SCALE"

step "3: list / search / validate over lib-$LARGE vs yq"
hf t3-list-vs-yq.json "$C_LIST" "$Y_LIST"
row time "3 list vs yq" "$OUT/t3-list-vs-yq.json" 0 1 "$LIMIT_YQ"
hf t3-search-vs-yq.json "$C_SEARCH" "$Y_SEARCH"
row time "3 search vs yq" "$OUT/t3-search-vs-yq.json" 0 1 "$LIMIT_YQ"
hf t3-validate-vs-yq.json "$C_VALIDATE" "$Y_VALIDATE"
row time "3 validate vs yq" "$OUT/t3-validate-vs-yq.json" 0 1 "$LIMIT_YQ"

step "3: warm list vs cat of the same files"
hf t3-list-vs-cat.json "$C_LIST" "$CAT_ALL"
row time "3 warm list vs cat" "$OUT/t3-list-vs-cat.json" 0 1 "$LIMIT_CAT"

step "4: peak RSS (GNU time -v), best of 3 runs"
peak_rss() {  # prints the largest 'Maximum resident set size' of 3 runs, in bytes
  local max=0 kb
  for _ in 1 2 3; do
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$OUT/t4-time.txt" $1 >/dev/null
    kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): *//p' "$OUT/t4-time.txt")
    [[ -n $kb ]] || die "no 'Maximum resident set size' in $OUT/t4-time.txt"
    if ((kb > max)); then max=$kb; fi
  done
  echo $((max * 1024))
}
RSS_L=$(peak_rss "$BIN --roles $LIB_L list")
RSS_S=$(peak_rss "$BIN --roles $LIB_S list")
echo "peak RSS: lib-$LARGE list $RSS_L B, lib-$SMALL list $RSS_S B; lib-$LARGE YAML $BYTES_L B"
RSS_BOUND=$((2 * BYTES_L + 30 * 1024 * 1024))   # the issue's bound: 2 × YAML bytes + 30 MiB
row rss "4 peak RSS" "$BIN --roles $LIB_L list" "$RSS_L" "2 × YAML bytes of lib-$LARGE + 30 MiB" "$RSS_BOUND" "$LIMIT_RSS"
row rss "4 RSS growth" "(lib-$LARGE list) − (lib-$SMALL list)" "$((RSS_L > RSS_S ? RSS_L - RSS_S : 0))" \
  "YAML bytes of lib-$LARGE" "$BYTES_L" "-"

# --- (e) table ---------------------------------------------------------------------------------
step "results ($OUT/results.md)"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
notes=(
  "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores${cpu:+, $cpu}, $(hyperfine --version), $("$CXX_BIN" --version | head -n 1)"
  "binary: \`$BIN\`; hello: \`$CXX_BIN $HELLO_FLAGS\`"
  "libraries: \`bench/gen_library.py --seed $SEED\`, lib-$LARGE = $BYTES_L bytes of YAML; user folder over the built-in roles"
  "target 2 uses $DESCRIBE_ID / $COMPARE_IDS, which exist (byte-identical) in every library size"
  "yq baselines: \`bench/baselines.sh\` (yq $(dpkg-query -W -f='${Version}' yq 2>/dev/null || yq --version 2>&1 | head -n 1), files passed with xargs); hyperfine --warmup 3 --min-runs $MIN_RUNS"
)
args=()
for n in "${notes[@]}"; do args+=(--note "$n"); done
if [[ ${BENCH_STRICT:-0} == 1 ]]; then args+=(--strict); fi
python3 bench/report.py "$MANIFEST" --out "$OUT/results.md" --bin "$BIN" "${args[@]}"
