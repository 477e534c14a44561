#!/usr/bin/env bash
# Fuzzes role files for SECONDS of wall-clock time on (by default) two cores.
#
#   fuzz/run.sh SECONDS [extra libFuzzer flags...]
#
# Configures and builds build-fuzz/ with clang-14 when needed, seeds fuzz/corpus-run/ from
# roles/*.yaml, tests/fuzz_regressions/* and what earlier runs found, runs role_file_fuzzer in
# libFuzzer's fork mode, writes crashes, leaks, timeouts and out-of-memory inputs to
# fuzz/artifacts/, and prints the executions, coverage and number of new artifacts. Exits 1 if
# this run produced any artifact, 2 on a usage or build problem. Downloads nothing.
#
# Environment: CTOLADDER_FUZZ_JOBS (parallel fuzzing processes, default 2),
# CTOLADDER_FUZZ_BUILD (build folder, default build-fuzz), CC/CXX (default clang-14/clang++-14).
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ || $1 -lt 1 ]]; then
  echo "usage: fuzz/run.sh SECONDS [extra libFuzzer flags...]" >&2
  exit 2
fi
total_seconds=$1
shift

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CTOLADDER_FUZZ_BUILD:-$root/build-fuzz}
jobs=${CTOLADDER_FUZZ_JOBS:-2}
corpus=$root/fuzz/corpus-run
artifacts=$root/fuzz/artifacts
fuzzer=$build/fuzz/role_file_fuzzer

# --- build ---------------------------------------------------------------------------------------
if [[ ! -f $build/CMakeCache.txt ]]; then
  generator=()
  command -v ninja > /dev/null && generator=(-G Ninja)
  CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S "$root" -B "$build" "${generator[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCTOLADDER_FUZZ=ON -DCTOLADDER_TESTS=OFF || exit 2
fi
cmake --build "$build" --target role_file_fuzzer -j "$jobs" || exit 2

# --- corpus --------------------------------------------------------------------------------------
mkdir -p "$corpus" "$artifacts"
for file in "$root"/roles/*.yaml "$root"/roles/*.yml; do
  [[ -f $file ]] || continue
  name=$(basename "$file")
  if [[ $name == domains.yaml || $name == domains.yml ]]; then
    # The harness reads an input as the domain catalogue when it starts with "domains:".
    grep -v '^#' "$file" > "$corpus/seed-$name"
  else
    cp "$file" "$corpus/seed-$name"
  fi
done
for file in "$root"/tests/fuzz_regressions/*; do
  [[ -f $file ]] && cp "$file" "$corpus/regression-$(basename "$file")"
done

# --- fuzz ----------------------------------------------------------------------------------------
stamp=$(mktemp)
log=$artifacts/run-$(date +%Y%m%dT%H%M%S).log
echo "fuzzing for ${total_seconds}s with $jobs jobs; log: $log"
# Smaller malloc stacks and quarantine keep ASan fast; reports still show 10 frames.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=10:quarantine_size_mb=64:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# CPU seconds (user + system) of every finished child of this script, from the second line of
# bash's `times`; it must run in this shell, not in a $(...) subshell, so it sets a variable.
times_file=$(mktemp)
trap 'rm -f "$stamp" "$times_file"' EXIT
read_children_cpu() {
  times > "$times_file"
  children_cpu=$(tail -n 1 "$times_file" | awk '{
    total = 0
    for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); total += p[1] * 60 + p[2] }
    printf "%.0f", total
  }')
}
start=$(date +%s)
read_children_cpu
cpu_before=$children_cpu
status=0
(
  cd "$artifacts"  # fork mode leaves its job logs and temporary files in the working folder
  exec "$fuzzer" -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$total_seconds" -max_len=65536 -timeout="${FUZZ_TIMEOUT:-5}" -rss_limit_mb=2048 \
    -dict="$root/fuzz/yaml.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 -print_funcs=0 \
    "$@" "$corpus"
) > "$log" 2>&1 || status=$?
read_children_cpu
cpu=$((children_cpu - cpu_before))
elapsed=$(($(date +%s) - start))

# --- report --------------------------------------------------------------------------------------
# Fork mode prints "#EXECS: cov: N ft: N corp: N exec/s N oom/timeout/crash: A/B/C time: Ns ...",
# not always at the start of a line (the jobs' output is interleaved).
last=$(grep -aoE '#[0-9]+: cov: [0-9]+ ft: [0-9]+ corp: [0-9]+ exec/s:? [0-9]+ oom/timeout/crash: [0-9]+/[0-9]+/[0-9]+ time: [0-9]+s' "$log" | tail -n 1 || true)
execs=$(sed -nE 's/^#([0-9]+): .*/\1/p' <<< "$last")
cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<< "$last")
ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<< "$last")
corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<< "$last")
oom_timeout_crash=$(sed -nE 's/.* oom\/timeout\/crash: ([0-9\/]+).*/\1/p' <<< "$last")
mapfile -t new_artifacts < <(find "$artifacts" -maxdepth 1 -type f -newer "$stamp" \
  \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)

echo "---- role_file_fuzzer: ${elapsed}s wall, ${cpu:-?}s CPU, $jobs jobs ----"
echo "executions: ${execs:-?}"
echo "coverage:   cov: ${cov:-?} ft: ${ft:-?} (corpus: ${corp:-?} inputs)"
echo "oom/timeout/crash (libFuzzer's count): ${oom_timeout_crash:-?}"
echo "new artifacts: ${#new_artifacts[@]}"
for file in "${new_artifacts[@]}"; do echo "  $file"; done
if [[ ${#new_artifacts[@]} -gt 0 ]]; then
  echo "reproduce: $fuzzer FILE   minimise: $fuzzer -minimize_crash=1 -runs=10000 FILE"
  exit 1
fi
if [[ -z $last ]]; then
  echo "the fuzzer printed no statistics (exit status $status); see $log" >&2
  exit 2
fi
exit 0
