#!/usr/bin/env bash
# Runs the hostile-input corpus (tests/hostile/expectations.tsv) on a built ctoladder.
#
# usage: run_corpus.sh BINARY [CASE...]
#
# Every case runs in a fresh temporary folder holding only its input (built by make_corpus.sh)
# and must:
#   - exit with the expected status, never by a signal (128+N) unless the manifest allows it;
#   - stay under generous guards against blow-ups: HOSTILE_TIME_LIMIT seconds of CPU (user +
#     system, from GNU time; wall time when GNU time is missing) and HOSTILE_RSS_MB of peak
#     memory. The guards sit an order of magnitude above what the costliest case needs, so a
#     busy machine never turns them red; the precise budgets are benchmarks (bench/hostile.sh
#     reports them), not assertions. A run still going after 3x the CPU guard is killed and
#     reported as a hang. Outside ASan the address space is also capped with prlimit so a
#     runaway allocation cannot hurt the host;
#   - print every expected stderr fragment, none of the forbidden ones, and not flood: at most
#     200 lines, 32 KiB, 2 KiB per line, and no raw ESC, BEL, CR or U+202E;
#   - pass its stdout check (see expectations.tsv);
#   - leave its input exactly as it was (ctoladder only ever reads role files).
# It prints one line per case and a summary, and exits 1 if any case failed. With a single
# CASE that was skipped (an input that cannot be built here) it exits 77, which ctest reports
# as skipped.
#
# Environment: HOSTILE_TMPDIR (where case folders go; default /dev/shm if writable, else
# $TMPDIR or /tmp), HOSTILE_TIME_LIMIT (CPU guard, default 10 s, 40 s for ASan builds),
# HOSTILE_RSS_MB (default 2048, 4096 for ASan builds), HOSTILE_REPORT=FILE to append each case's
# measured cost (name, wall ms, CPU ms, peak RSS KiB; tab-separated), HOSTILE_VERBOSE=1 to show
# output of passing cases too; the size knobs of make_corpus.sh pass through.
# HOSTILE_LANG=zh runs every case in a Chinese locale (LANG=zh_CN.UTF-8) and checks, instead of
# the (English) stderr fragments and stdout texts, that every line on stderr holds Chinese: a
# message left untranslated fails the case. Exit status, guards and input checks stay. Without
# CASE arguments it runs only the cases expected to fail (those that report problems).
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
manifest=$here/expectations.tsv
bin=${1:?usage: run_corpus.sh BINARY [CASE...]}
shift
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
[ -x "$bin" ] || { echo "run_corpus.sh: $bin is not an executable" >&2; exit 2; }

asan=0
if grep -aq __asan_init "$bin" 2>/dev/null; then asan=1; fi
# Guards, not budgets: measured on a 2-core VM, the costliest case (many-errors) needs about
# 0.9 s of CPU and 130 MiB (under ASan, many-files-validate: 3.6 s and 355 MiB); the guards are
# 10x that and more, so only a blow-up (a hang, an exponential walk, a memory flood) trips them.
time_limit=${HOSTILE_TIME_LIMIT:-$([ $asan = 1 ] && echo 40 || echo 10)}
rss_mb=${HOSTILE_RSS_MB:-$([ $asan = 1 ] && echo 4096 || echo 2048)}
wall_limit=$((time_limit * 3))  # CPU time is what the guard measures; a loaded machine stretches wall time
hard_timeout=$((wall_limit > 5 ? wall_limit + 1 : 5))
max_err_lines=200 max_err_bytes=32768 max_err_line_bytes=2048

gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then gnu_time=/usr/bin/time; fi
limit_prefix=()
if [ $asan = 0 ] && command -v prlimit >/dev/null; then
  # With GNU time measuring RSS, the address-space cap is only a safety net (virtual size runs
  # ahead of RSS); without it the cap is the memory limit itself.
  as_mb=$([ -n "$gnu_time" ] && echo $((rss_mb * 2)) || echo "$rss_mb")
  limit_prefix=(prlimit --as=$((as_mb * 1048576)) --)
fi
asan_options=${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=$((rss_mb * 2)):detect_leaks=0
# Case folders go to tmpfs when there is one: making thousands of files on a disk-backed /tmp
# can take seconds (about 1 ms a file on some VMs), on tmpfs it takes a fraction of that.
tmp_root=${HOSTILE_TMPDIR:-}
if [ -z "$tmp_root" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then tmp_root=/dev/shm; else tmp_root=${TMPDIR:-/tmp}; fi
fi
# python3 with PyYAML checks the YAML round trip; looked for only when a case needs it.
have_python_yaml=""
python_yaml() {
  if [ -z "$have_python_yaml" ]; then
    have_python_yaml=0
    if command -v python3 >/dev/null && python3 -c 'import yaml' 2>/dev/null; then have_python_yaml=1; fi
  fi
  [ "$have_python_yaml" = 1 ]
}

ESC=$'\x1b' BEL=$'\x07' CR=$'\r' RLO=$'\xe2\x80\xae'

# has_raw FILE: true when FILE holds a raw ESC, BEL, CR or U+202E.
has_raw() { LC_ALL=C grep -q -e "$ESC" -e "$BEL" -e "$CR" -e "$RLO" "$1"; }
# has_raw_except_sgr FILE: like has_raw, but colour escapes (ESC [ digits ; m) are fine.
has_raw_except_sgr() {
  LC_ALL=C sed -e "s/$ESC\\[[0-9;]*m//g" "$1" | LC_ALL=C grep -q -e "$ESC" -e "$BEL" -e "$CR" -e "$RLO"
}

# visible: indents an excerpt of the binary's output and shows its control characters escaped,
# so a failing terminal case cannot drive the terminal of whoever reads the test log.
visible() {
  LC_ALL=C sed -e "s/$ESC/"'\\x1b/g' -e "s/$BEL/"'\\x07/g' -e "s/$CR/"'\\r/g' -e "s/$RLO/"'\\u{202e}/g' -e 's/^/       /'
}

# snapshot DIR: names, types, sizes, modes and link targets of everything under DIR, plus a
# checksum of each regular file up to 2 MiB (bigger ones are covered by size and mtime).
snapshot() {
  (cd "$1" && find . -printf '%p %y %s %m %T@ %l\n' | LC_ALL=C sort
   find . -type f -readable -size -2049k -print0 | LC_ALL=C sort -z | xargs -0 -r cksum)
}

lang=${HOSTILE_LANG:-en}
locale_env=(LC_ALL=C.UTF-8 LANG=C.UTF-8)
# Not LC_ALL: bash (in `sh:` cases) warns when LC_ALL names a locale the system lacks.
[ "$lang" = zh ] && locale_env=(-u LC_ALL LC_CTYPE=C.UTF-8 LANG=zh_CN.UTF-8)

# untranslated_lines FILE: the lines of FILE holding no CJK character, joined with ' | ' (empty
# when all do). Only the message counts: the FILE:LINE:COL: and level prefix, ids and file names
# stay ASCII in every language.
untranslated_lines() {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
bad = [line for line in text.splitlines() if line.strip() and not re.search(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]", line)]
print(" | ".join(line[:200] for line in bad[:3]))
PY
}

passed=0 failed=0 skipped=0 failed_names=()

run_case() {
  local base
  base=$(mktemp -d "$tmp_root/hostile.XXXXXX")
  mkdir "$base/work" "$base/run"
  run_case_in "$base/work" "$base/run" "$@"
  chmod -R u+rwx "$base" 2>/dev/null
  rm -rf "$base"
}

# run_case_in WORK RUN NAME INPUT EXIT COMMAND STDERR STDOUT NOTE: WORK holds the input and is
# the command's folder; RUN holds the runner's own files.
run_case_in() {
  local work=$1 tmp=$2 name=$3 input=$4 expected_exit=$5 command=$6 err_spec=$7 out_spec=$8 note=$9
  local problems=()

  if ! bash "$here/make_corpus.sh" "$work" "$input" >"$tmp/gen" 2>&1; then
    echo "FAIL $name: could not build input '$input'"; sed 's/^/     /' "$tmp/gen"
    failed=$((failed + 1)); failed_names+=("$name"); return
  fi
  if [ -f "$work/.skip-$input" ]; then
    echo "skip $name: $(cat "$work/.skip-$input")"
    skipped=$((skipped + 1)); return
  fi
  snapshot "$work" >"$tmp/before"

  # The command: plain arguments, or `sh: SNIPPET` for pipelines and redirections.
  local argv=()
  if [[ $command == sh:* ]]; then
    argv=(bash -c "set -o pipefail; ${command#sh:}")
  else
    read -r -a words <<<"$command"
    argv=("$bin" "${words[@]}")
  fi
  local measure=()
  [ -n "$gnu_time" ] && measure=("$gnu_time" -o "$tmp/time" -f '%U %S %M')
  local start end status
  start=$(date +%s%N)
  (cd "$work" && exec env -u CTOLADDER_ROLES -u NO_COLOR "${locale_env[@]}" COLUMNS=100 \
      XDG_CACHE_HOME="$tmp/cache" CTOLADDER="$bin" ASAN_OPTIONS="$asan_options" \
      "${limit_prefix[@]}" timeout -k 1 "$hard_timeout" "${measure[@]}" "${argv[@]}") \
      </dev/null >"$tmp/out" 2>"$tmp/err"
  status=$?
  end=$(date +%s%N)
  local ms=$(((end - start) / 1000000)) cpu_ms="" rss_kb="" measured=""
  [ -f "$tmp/time" ] && measured=$(tail -n 1 "$tmp/time")
  if [[ $measured =~ ^([0-9.]+)\ ([0-9.]+)\ ([0-9]+)$ ]]; then
    cpu_ms=$(awk -v u="${BASH_REMATCH[1]}" -v s="${BASH_REMATCH[2]}" 'BEGIN { printf "%d", (u + s) * 1000 }')
    rss_kb=${BASH_REMATCH[3]}
  fi

  # Exit status and time.
  local ok_exit=0 e
  IFS='|' read -r -a allowed <<<"$expected_exit"
  for e in "${allowed[@]}"; do [ "$status" = "$e" ] && ok_exit=1; done
  if [ $ok_exit = 0 ]; then
    if [ "$ms" -ge $((hard_timeout * 1000)) ] || [ "$status" = 124 ]; then
      problems+=("hung: killed after ${hard_timeout} s (expected exit $expected_exit)")
    elif [ "$status" -ge 128 ]; then
      problems+=("killed by signal $((status - 128)) (exit $status; expected $expected_exit)")
    else
      problems+=("exit status $status, expected $expected_exit")
    fi
  fi
  if [ "$ms" -lt $((hard_timeout * 1000)) ]; then
    if [ -n "$cpu_ms" ] && [ "$cpu_ms" -gt $((time_limit * 1000)) ]; then
      problems+=("used $cpu_ms ms of CPU, guard ${time_limit} s (a blow-up: normal cost is a small fraction)")
    elif [ -z "$cpu_ms" ] && [ "$ms" -gt $((time_limit * 1000)) ]; then
      problems+=("took $ms ms, limit ${time_limit} s")
    elif [ "$ms" -gt $((wall_limit * 1000)) ]; then
      problems+=("took $ms ms of wall time, limit ${wall_limit} s")
    fi
  fi
  if [ -n "$rss_kb" ] && [ "$rss_kb" -gt $((rss_mb * 1024)) ]; then
    problems+=("max RSS $((rss_kb / 1024)) MiB, guard $rss_mb MiB")
  fi

  # stderr: fragments (in Chinese: every line), flooding, terminal safety.
  if [ "$lang" = zh ]; then
    local untranslated
    untranslated=$(untranslated_lines "$tmp/err")
    [ -n "$untranslated" ] && problems+=("stderr has lines without Chinese: $untranslated")
  elif [ "$err_spec" = "-" ]; then
    [ -s "$tmp/err" ] && problems+=("stderr is not empty")
  else
    local fragment
    while IFS= read -r fragment; do
      [ -z "$fragment" ] && continue
      if [[ $fragment == '!'* ]]; then
        LC_ALL=C grep -qF -- "${fragment#!}" "$tmp/err" && problems+=("stderr has: ${fragment#!}")
      else
        LC_ALL=C grep -qF -- "$fragment" "$tmp/err" || problems+=("stderr lacks: $fragment")
      fi
    done < <(printf '%s\n' "$err_spec" | sed 's/ ;; /\n/g')
  fi
  local err_lines err_bytes longest
  err_lines=$(wc -l <"$tmp/err") err_bytes=$(wc -c <"$tmp/err")
  longest=$(LC_ALL=C awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$tmp/err")
  if [ "$err_lines" -gt $max_err_lines ] || [ "$err_bytes" -gt $max_err_bytes ] || [ "$longest" -gt $max_err_line_bytes ]; then
    problems+=("stderr floods: $err_lines lines, $err_bytes bytes, longest line $longest bytes (limits $max_err_lines, $max_err_bytes, $max_err_line_bytes)")
  fi
  has_raw "$tmp/err" && problems+=("stderr holds a raw ESC, BEL, CR or U+202E")

  # stdout.
  local out_lines
  out_lines=$(wc -l <"$tmp/out")
  [ "$lang" = zh ] && out_spec=any  # the stdout checks look for the English role text
  case $out_spec in
    any) ;;
    empty) [ -s "$tmp/out" ] && problems+=("stdout is not empty ($out_lines lines)") ;;
    summary)  # validate's one-line report
      if [ "$out_lines" != 1 ] || ! grep -q 'error' "$tmp/out"; then
        problems+=("stdout is not validate's one-line error summary ($out_lines lines)")
      fi ;;
    contains:*) grep -qF -- "${out_spec#contains:}" "$tmp/out" || problems+=("stdout lacks: ${out_spec#contains:}") ;;
    lacks:*) grep -qF -- "${out_spec#lacks:}" "$tmp/out" && problems+=("stdout has: ${out_spec#lacks:}") ;;
    safe|safe-bidi)  # text and markdown: hostile text shown escaped, never raw
      has_raw "$tmp/out" && problems+=("stdout holds a raw ESC, BEL, CR or U+202E")
      grep -qF '\x1b' "$tmp/out" || problems+=('stdout does not show the escape as \x1b')
      if [ "$out_spec" = safe-bidi ]; then
        grep -qF '\u{202e}' "$tmp/out" || problems+=('stdout does not show U+202E as \u{202e}')
      fi ;;
    safe-colour)  # colour on: only ctoladder's own SGR sequences may be raw
      has_raw_except_sgr "$tmp/out" && problems+=("stdout holds a raw escape other than colour")
      grep -qF '\x1b]52' "$tmp/out" || problems+=('stdout does not show OSC 52 as \x1b]52') ;;
    json)  # valid JSON, control characters as \u00XX
      LC_ALL=C grep -q -e "$ESC" -e "$BEL" -e "$CR" "$tmp/out" && problems+=("stdout holds a raw ESC, BEL or CR")
      grep -qF '\u001b]52' "$tmp/out" || problems+=('stdout does not escape ESC as \u001b')
      if command -v python3 >/dev/null; then
        python3 -c 'import json, sys; json.load(sys.stdin)' <"$tmp/out" 2>/dev/null || problems+=("stdout is not valid JSON")
      fi ;;
    json-bidi)  # bidi controls escaped in JSON too
      LC_ALL=C grep -q -e "$RLO" "$tmp/out" && problems+=("stdout holds a raw U+202E (RIGHT-TO-LEFT OVERRIDE)")
      grep -qiF '\u202e' "$tmp/out" || problems+=('stdout does not escape U+202E as \u202e') ;;
    tsv)
      LC_ALL=C grep -q -e "$ESC" -e "$BEL" -e "$CR" "$tmp/out" && problems+=("stdout holds a raw ESC, BEL or CR")
      grep -qF '\x1b' "$tmp/out" || problems+=('stdout does not show the escape as \x1b') ;;
    yaml-roundtrip)  # loads back equal to the JSON of the same command
      LC_ALL=C grep -q -e "$ESC" -e "$BEL" -e "$CR" "$tmp/out" && problems+=("stdout holds a raw ESC, BEL or CR")
      if python_yaml; then
        read -r -a words <<<"${command/--format yaml/--format json}"
        (cd "$work" && env -u CTOLADDER_ROLES LC_ALL=C.UTF-8 COLUMNS=100 "$bin" "${words[@]}") >"$tmp/json" 2>/dev/null
        python3 - "$tmp/out" "$tmp/json" <<'PY' || problems+=("YAML output does not load back equal to the JSON output")
import json, sys, yaml
with open(sys.argv[1], encoding="utf-8") as y, open(sys.argv[2], encoding="utf-8") as j:
    sys.exit(0 if yaml.safe_load(y) == json.load(j) else 1)
PY
      else
        echo "     (note: python3 with PyYAML not found; YAML round trip not checked)"
      fi ;;
    *) problems+=("manifest: unknown stdout check '$out_spec'") ;;
  esac

  # The input must be untouched.
  snapshot "$work" >"$tmp/after"
  cmp -s "$tmp/before" "$tmp/after" || problems+=("the input changed: $(diff "$tmp/before" "$tmp/after" | head -3 | tr '\n' ' ')")

  local cost="$ms ms${cpu_ms:+, $cpu_ms ms CPU}${rss_kb:+, $((rss_kb / 1024)) MiB}"
  [ -n "${HOSTILE_REPORT:-}" ] && printf '%s\t%s\t%s\t%s\n' "$name" "$ms" "${cpu_ms:--}" "${rss_kb:--}" >>"$HOSTILE_REPORT"
  if [ ${#problems[@]} = 0 ]; then
    echo "ok   $name ($cost)"
    passed=$((passed + 1))
    [ "${HOSTILE_VERBOSE:-0}" = 1 ] && sed 's/^/     err: /' "$tmp/err" | head -5
  else
    echo "FAIL $name ($cost)${note:+ - $note}"
    local p
    for p in "${problems[@]}"; do echo "     - $p"; done
    echo "     command: ctoladder $command   (in the folder holding $input)"
    echo "     exit: $status; stderr ($err_lines lines; first 5, cut at 300 bytes):"
    head -n 5 "$tmp/err" | cut -b 1-300 | visible
    if [ -s "$tmp/out" ] && [ "$out_spec" != any ]; then
      echo "     stdout (first 3 lines):"; head -n 3 "$tmp/out" | cut -b 1-300 | visible
    fi
    failed=$((failed + 1)); failed_names+=("$name")
  fi
}

declare -A wanted=()
for c in "$@"; do wanted[$c]=1; done
found=0
while IFS=$'\t' read -r name input expected_exit command err_spec out_spec note; do
  [ -z "$name" ] || [[ $name == '#'* ]] && continue
  [ $# -gt 0 ] && [ -z "${wanted[$name]:-}" ] && continue
  # In Chinese, the cases that report problems: a case that succeeds has nothing to translate.
  [ "$lang" = zh ] && [ $# = 0 ] && [ "$expected_exit" = 0 ] && continue
  found=$((found + 1))
  unset "wanted[$name]"
  run_case "$name" "$input" "$expected_exit" "$command" "$err_spec" "$out_spec" "${note:-}"
done <"$manifest"
for c in "${!wanted[@]}"; do echo "FAIL $c: no such case in $manifest"; failed=$((failed + 1)); done

echo "hostile corpus: $passed passed, $failed failed, $skipped skipped (of $found; guards ${time_limit} s CPU, ${rss_mb} MiB${gnu_time:+ RSS}$([ $asan = 1 ] && echo ', ASan build'))"
[ $failed = 0 ] || { echo "failed: ${failed_names[*]}"; exit 1; }
[ $# = 1 ] && [ $skipped = 1 ] && exit 77
exit 0
