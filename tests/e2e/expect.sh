#!/usr/bin/env bash
# Runs one end-to-end case on the built binary and checks what a user would see.
# usage: expect.sh [options] -- COMMAND [ARGS...]
#   --exit N            expected exit status (default 0)
#   --out TEXT          stdout must contain TEXT (fixed string; repeatable)
#   --not-out TEXT      stdout must not contain TEXT
#   --err TEXT          stderr must contain TEXT (repeatable)
#   --empty-out         stdout must be empty
#   --empty-err         stderr must be empty
#   --out-lines N       stdout must have exactly N lines
#   --golden FILE       stdout must equal FILE byte for byte
#   --err-golden FILE   stderr must equal FILE byte for byte
#   --check CMD         pipe stdout into CMD (run by bash), which must succeed (json/yaml checks)
#   --stdin FILE        feed FILE on stdin
#   --env NAME=VALUE    set an environment variable (repeatable)
#   --timeout SECONDS   fail when the command runs longer (default 60: a guard against hangs,
#                       far above any command's cost even under ASan on a busy machine)
set -u
exit_expected=0 outs=() not_outs=() errs=() checks=() envs=() empty_out=0 empty_err=0 lines=""
golden="" err_golden="" stdin=/dev/null timeout_s=60
while [ $# -gt 0 ]; do
  case "$1" in
    --exit) exit_expected=$2; shift 2 ;;
    --out) outs+=("$2"); shift 2 ;;
    --not-out) not_outs+=("$2"); shift 2 ;;
    --err) errs+=("$2"); shift 2 ;;
    --empty-out) empty_out=1; shift ;;
    --empty-err) empty_err=1; shift ;;
    --out-lines) lines=$2; shift 2 ;;
    --golden) golden=$2; shift 2 ;;
    --err-golden) err_golden=$2; shift 2 ;;
    --check) checks+=("$2"); shift 2 ;;
    --stdin) stdin=$2; shift 2 ;;
    --env) envs+=("$2"); shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "expect.sh: unknown option $1" >&2; exit 99 ;;
  esac
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A predictable environment: no colour, English, fixed width, no user folders.
env -u CTOLADDER_ROLES -u NO_COLOR LC_ALL=C.UTF-8 LANG=C.UTF-8 COLUMNS=100 XDG_DATA_HOME="$tmp/xdg" XDG_CACHE_HOME="$tmp/cache" "${envs[@]}" \
  timeout -s KILL "$timeout_s" "$@" <"$stdin" >"$tmp/out" 2>"$tmp/err"
status=$?
fail=0
report() { echo "FAIL: $*"; fail=1; }
[ "$status" = "$exit_expected" ] || report "exit status $status, expected $exit_expected"
for t in "${outs[@]+"${outs[@]}"}"; do grep -qF -- "$t" "$tmp/out" || report "stdout lacks: $t"; done
for t in "${not_outs[@]+"${not_outs[@]}"}"; do ! grep -qF -- "$t" "$tmp/out" || report "stdout has: $t"; done
for t in "${errs[@]+"${errs[@]}"}"; do grep -qF -- "$t" "$tmp/err" || report "stderr lacks: $t"; done
[ $empty_out = 0 ] || [ ! -s "$tmp/out" ] || report "stdout is not empty"
[ $empty_err = 0 ] || [ ! -s "$tmp/err" ] || report "stderr is not empty"
if [ -n "$lines" ]; then n=$(wc -l <"$tmp/out"); [ "$n" = "$lines" ] || report "stdout has $n lines, expected $lines"; fi
if [ -n "$golden" ]; then cmp -s "$golden" "$tmp/out" || { report "stdout differs from $golden"; diff "$golden" "$tmp/out" | head -20; }; fi
if [ -n "$err_golden" ]; then cmp -s "$err_golden" "$tmp/err" || { report "stderr differs from $err_golden"; diff "$err_golden" "$tmp/err" | head -20; }; fi
for c in "${checks[@]+"${checks[@]}"}"; do bash -c "$c" <"$tmp/out" >/dev/null 2>"$tmp/check" || { report "check failed: $c"; head -5 "$tmp/check"; }; done
if [ $fail != 0 ]; then
  echo "--- command: $*"; echo "--- stdout (first 30 lines):"; head -30 "$tmp/out"
  echo "--- stderr:"; head -20 "$tmp/err"
  exit 1
fi
echo "ok: $*"
