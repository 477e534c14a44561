#!/usr/bin/env bash
# Checks of the help as a user meets it: on a real terminal (script(1)) at 40 and 80 columns, the
# same text whichever way it is asked for, and examples that run as typed. Run by ctest through
# tests/e2e/cases_help.cmake as: help_checks.sh CHECK
# Environment: CTOLADDER (the built binary), TOOLS (tests/e2e/data/tools). Exit 77: skipped.
set -uo pipefail
check=${1:?usage: help_checks.sh CHECK}
: "${CTOLADDER:?}" "${TOOLS:?}"
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset COLUMNS LINES CTOLADDER_ROLES NO_COLOR PAGER CTOLADDER_PAGER
source "$(dirname "$0")/sandbox.sh"

# The visible commands, from the command table (the first line of __complete --commands is the
# program itself).
commands=$("$CTOLADDER" __complete --commands | tail -n +2 | cut -f1)
[ -n "$commands" ] || { echo "FAIL: no commands from __complete --commands"; exit 1; }


# no_wider COLS FILE: no line of FILE is wider than COLS display columns.
no_wider() {
  python3 "$TOOLS/check_width.py" "$1" <"$2"
}

case $check in
width)
  for cols in 40 80; do
    for words in "--help" $(printf 'help:%s ' $commands); do
      read -ra args <<<"${words/:/ }"
      on_tty "$cols" "${args[@]}" >"$tmp/out"
      grep -q '^USAGE$' "$tmp/out" || { fail "${args[*]} at $cols columns shows no USAGE"; continue; }
      no_wider "$cols" "$tmp/out" || fail "${args[*]} at $cols columns has a line wider than the terminal"
    done
  done
  # Wrapped to the terminal, not to a default: at 80 columns a line of `help gap` is longer than
  # 40 and the help is shorter than at 40.
  on_tty 80 help gap >"$tmp/80"
  on_tty 40 help gap >"$tmp/40"
  ! no_wider 40 "$tmp/80" 2>/dev/null || fail "help gap at 80 columns is no wider than 40"
  [ "$(wc -l <"$tmp/80")" -lt "$(wc -l <"$tmp/40")" ] || fail "help gap at 40 columns is not longer than at 80"
  ;;

pipe)
  # Into a pipe, help is not wrapped: each description is one line for grep, as text output is.
  "$CTOLADDER" help describe |
    grep -qE '^ +--width N +Wrap text to N columns \(0: never wrap; default: the terminal.s width, or no wrapping when output is not a terminal\)$' ||
    fail "help describe | grep: the --width line is not whole"
  # --width N wraps it, as it wraps any text.
  "$CTOLADDER" help describe --width 50 >"$tmp/out"
  no_wider 50 "$tmp/out" || fail "help describe --width 50 is wider than 50"
  grep -q '^USAGE$' "$tmp/out" || fail "help describe --width 50 shows no USAGE"
  ;;

same-text)
  # `help X`, `X --help`, `X -h` and `--help X`-style spellings give the same bytes.
  for command in $commands; do
    "$CTOLADDER" help "$command" >"$tmp/help" 2>"$tmp/err" || fail "help $command: exit $?"
    [ ! -s "$tmp/err" ] || fail "help $command wrote to stderr: $(head -1 "$tmp/err")"
    for spelling in "$command --help" "$command -h" "-h $command"; do
      # shellcheck disable=SC2086
      "$CTOLADDER" $spelling >"$tmp/other" 2>&1 || fail "$spelling: exit $?"
      cmp -s "$tmp/help" "$tmp/other" || fail "'$spelling' differs from 'help $command'"
    done
  done
  "$CTOLADDER" help >"$tmp/help"
  "$CTOLADDER" --help >"$tmp/other"
  cmp -s "$tmp/help" "$tmp/other" || fail "'--help' differs from 'help'"
  # --help after arguments that are wrong still shows the help, not the error.
  "$CTOLADDER" describe cto architect --help >"$tmp/other" 2>&1 || fail "describe cto architect --help: exit $?"
  "$CTOLADDER" help describe >"$tmp/help"
  cmp -s "$tmp/help" "$tmp/other" || fail "'describe cto architect --help' is not the help of describe"
  ;;

examples-run)
  # Every example in every help runs as typed, in a fresh folder, with ctoladder on the PATH.
  mkdir -p "$tmp/bin" "$tmp/work/roles"
  ln -s "$CTOLADDER" "$tmp/bin/ctoladder"
  n=0
  for command in "" $commands; do
    # shellcheck disable=SC2086
    "$CTOLADDER" help $command >"$tmp/help"
    # "  $ command \" continued on "      more" lines.
    awk '/^  \$ /{line=substr($0,5); while (line ~ / \\$/ && (getline next_line) > 0) { sub(/ \\$/, "", line); sub(/^ +/, " ", next_line); line = line next_line } print line}' \
      "$tmp/help" >"$tmp/examples"
    while IFS= read -r example; do
      n=$((n + 1))
      (cd "$tmp/work" && PATH="$tmp/bin:$PATH" timeout -s KILL 60 bash -o pipefail -c "$example") \
        >"$tmp/out" 2>"$tmp/err"
      status=$?
      # Exit 1 is an answer for diff (the roles differ) and gap --min (below the minimum).
      ok=0
      [[ $example =~ ^ctoladder\ (diff|gap\ .*--min) ]] && ok=1
      [ "$status" -le "$ok" ] || fail "help ${command:-(main)}: '$example' exits $status: $(head -2 "$tmp/err")"
      [ -s "$tmp/out" ] || [ -n "$(cd "$tmp/work" && ls)" ] || fail "'$example' printed nothing"
    done <"$tmp/examples"
  done
  [ "$n" -ge 30 ] || fail "only $n examples found in the help"
  ;;

*)
  echo "help_checks.sh: unknown check $check" >&2
  exit 2
  ;;
esac
[ $failed = 0 ] && echo "ok: $check"
exit $failed
