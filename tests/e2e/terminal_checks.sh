#!/usr/bin/env bash
# Checks for text on a terminal and in pipelines: wrapping only for a terminal (or when a width
# is asked for), whole lines for grep, the pager's environment. Run by ctest through
# tests/e2e/cases_terminal.cmake as: terminal_checks.sh CHECK
# Environment: CTOLADDER (the built binary), TOOLS (tests/e2e/data/tools). Exit 77: skipped.
set -uo pipefail
check=${1:?usage: terminal_checks.sh CHECK}
: "${CTOLADDER:?}" "${TOOLS:?}"
export LC_ALL=C.UTF-8 LANG=C.UTF-8
# No exported width: what a user's shell gives a pipe (bash does not export COLUMNS).
unset COLUMNS LINES CTOLADDER_ROLES NO_COLOR PAGER CTOLADDER_PAGER LESS
source "$(dirname "$0")/sandbox.sh"
skip() { echo "SKIP: $*"; exit 77; }

# One duty of cto, long enough to wrap at 100 columns and below.
sentence="Assess the tech landscape (stack, resources, capabilities) and propose a forward-looking short/long-term strategy."

# on_tty COLS ARGS...: what a terminal COLS wide shows, without colour or a pager.
on_tty() { NO_COLOR=1 PAGER=cat sandbox_tty "$@"; }

# no_wider COLS FILE WHAT: no line of FILE is wider than COLS.
no_wider() {
  python3 "$TOOLS/check_width.py" "$1" <"$2" || fail "$3: a line is wider than $1 columns"
}

case $check in
pipe-whole-lines)
  "$CTOLADDER" describe cto >"$tmp/out" || fail "describe cto"
  grep -qF -- "$sentence" "$tmp/out" || fail "describe cto | grep: the sentence is not on one line"
  # The same through a real pipe into grep, as a user types it.
  "$CTOLADDER" describe cto | grep -F "and propose a forward-looking" | grep -qF -- "$sentence" ||
    fail "describe cto | grep 'and propose' does not give the whole sentence"
  # diff: every + and - line is a whole line, with no continuation lines.
  "$CTOLADDER" diff cto@china cto@us >"$tmp/diff"
  [ $? = 1 ] || fail "diff cto@china cto@us: exit status is not 1"
  grep -q '^+tech-vision: .*(Designs the technical direction .*three years\.)$' "$tmp/diff" ||
    fail "diff | grep '^+': the tech-vision line is not whole"
  ! grep -qE '^[-+] ' "$tmp/diff" || fail "diff output has continuation lines: $(grep -E '^[-+] ' "$tmp/diff" | head -1)"
  # Tables: one row per line, so `list | wc -l` counts roles (plus the header, the one-line
  # note that the built-in tracks are the project's grouping and the one on inferred ranks).
  roles=$("$CTOLADDER" list --ids | wc -l)
  rows=$("$CTOLADDER" list | wc -l)
  [ "$rows" = $((roles + 3)) ] || fail "list in a pipe has $rows lines for $roles roles, a header and the two notes"
  ;;

width-asked)
  # --width N and an exported COLUMNS wrap a pipe; --width wins; --width 0 never wraps.
  "$CTOLADDER" describe cto --width 60 >"$tmp/out" || fail "--width 60"
  no_wider 60 "$tmp/out" "describe cto --width 60"
  ! grep -qF -- "$sentence" "$tmp/out" || fail "--width 60 does not wrap"
  COLUMNS=60 "$CTOLADDER" describe cto >"$tmp/out" || fail "COLUMNS=60"
  no_wider 60 "$tmp/out" "COLUMNS=60 describe cto"
  COLUMNS=200 "$CTOLADDER" --width 60 describe cto >"$tmp/out2" || fail "--width 60 before the command"
  cmp -s "$tmp/out" "$tmp/out2" || fail "--width does not win over COLUMNS"
  COLUMNS=60 "$CTOLADDER" describe cto --width 0 >"$tmp/out" || fail "--width 0"
  grep -qF -- "$sentence" "$tmp/out" || fail "--width 0 still wraps"
  "$CTOLADDER" describe cto --width=-1 >/dev/null 2>"$tmp/err" && fail "--width -1 is accepted"
  "$CTOLADDER" describe cto --width wide >/dev/null 2>"$tmp/err" && fail "--width wide is accepted"
  grep -q "ctoladder: error: " "$tmp/err" || fail "--width wide: no error message"
  ;;

tty-wraps)
  command -v script >/dev/null || skip "script(1) is not installed (package bsdutils)"
  for cols in 80 100; do
    on_tty "$cols" describe cto >"$tmp/tty"
    grep -q "tech-strategy" "$tmp/tty" || fail "describe cto on a $cols-column terminal shows nothing"
    no_wider "$cols" "$tmp/tty" "describe cto on a $cols-column terminal"
    ! grep -qF -- "$sentence" "$tmp/tty" || fail "describe cto does not wrap on a $cols-column terminal"
    on_tty "$cols" diff cto@china cto@us >"$tmp/tty"
    no_wider "$cols" "$tmp/tty" "diff on a $cols-column terminal"
  done
  # --width still wins on a terminal.
  on_tty 80 describe cto --width 60 >"$tmp/tty"
  no_wider 60 "$tmp/tty" "--width 60 on an 80-column terminal"
  ;;

narrow)
  # At 40, 80 and 200 columns, in English and Chinese: no line wider than the terminal, and no
  # id or column header cut over two lines (what the same command shows whole in a pipe shows
  # whole on the terminal too). A header that ever wrapped would lose "YEARS" or "contributor".
  command -v script >/dev/null || skip "script(1) is not installed (package bsdutils)"
  {
    "$CTOLADDER" list --ids
    for role in $("$CTOLADDER" list --ids); do
      "$CTOLADDER" describe "$role" --format tsv | cut -f2
    done
    printf '%s\n' ID NAME TRACK RANK YEARS TEAM FIELD DOMAIN ROLE TEXT HELD RESPONSIBILITY STEP BASIS \
      management executive
  } | sort -u >"$tmp/ids"
  [ "$(wc -l <"$tmp/ids")" -gt 100 ] || fail "test setup: too few ids ($(wc -l <"$tmp/ids"))"
  commands=(
    "list" "ladder" "compare architect cto" "compare programmer head-of-engineering"
    "describe cto" "describe architect --sources" "chart architect cto tech-manager"
    "chart cto --scale share" "search review" "search 代码" "search architecture --track executive"
    "gap cto --have tech-strategy,hiring,code-review" "path senior-engineer cto"
    "diff cto@china cto@us"
  )
  for lang in ${2:-en zh}; do
    for cmd in "${commands[@]}"; do
      read -ra words <<<"$cmd"
      LANG=C.UTF-8 "$CTOLADDER" --lang "$lang" "${words[@]}" >"$tmp/pipe" 2>&1
      for cols in 40 80 200; do
        what="'$cmd' (--lang $lang) on a $cols-column terminal"
        on_tty "$cols" --lang "$lang" "${words[@]}" >"$tmp/tty"
        [ -s "$tmp/tty" ] || { fail "$what shows nothing"; continue; }
        no_wider "$cols" "$tmp/tty" "$what"
        python3 "$TOOLS/check_ids.py" "$tmp/tty" "$tmp/pipe" "$tmp/ids" || fail "$what: an id or a header is cut"
      done
    done
  done
  [ "${2:-en}" = en ] || exit $failed  # the checks below are of English output
  # At 200 columns compare gives the text columns what their text needs, not half each: the
  # longest line of the fields table reaches past 150 columns (an even split leaves ~70 blank).
  on_tty 200 compare architect cto >"$tmp/tty"
  widest=$(sed -n '2,/^$/p' "$tmp/tty" | python3 -c "import sys; print(max(len(l.rstrip()) for l in sys.stdin))")
  [ "$widest" -ge 170 ] || fail "compare at 200 columns: the fields table is only $widest columns wide"
  # list at 80 columns: one line per role (the lines after the header begin with the ids, in
  # order; the note about tracks follows the table), every built-in name whole and in English
  # only; the track column gives way first, cut with … (as gh and kubectl shrink other columns).
  on_tty 80 list >"$tmp/tty"
  [ "$(tr -d '\r' <"$tmp/tty" | sed -n '2,$p' | cut -d' ' -f1 | head -n "$("$CTOLADDER" list --ids | wc -l)")" = \
    "$("$CTOLADDER" list --ids)" ] ||
    fail "list at 80 columns is not one line per role: $(cat "$tmp/tty")"
  "$CTOLADDER" list --format tsv --no-header | cut -f2 >"$tmp/names"
  while IFS= read -r name; do
    grep -qE "^[a-z-]+ +$name( |\$)" "$tmp/tty" || fail "list at 80 columns: the name '$name' is not whole"
  done <"$tmp/names"
  ! grep -qP '\p{Han}' "$tmp/tty" || fail "list at 80 columns (English) shows Chinese: $(grep -P '\p{Han}' "$tmp/tty" | head -1)"
  grep -q '  individual…  ' "$tmp/tty" || fail "list at 80 columns: the track column does not give way first (cut after a whole word)"
  # Bars shrink with the terminal, on one line each.
  on_tty 40 chart architect cto >"$tmp/tty"
  grep -q '█' "$tmp/tty" || fail "chart at 40 columns draws no bar"
  # Each bar on its own role's line, even when the domain's name wraps: a wrapped name goes on
  # beside the next role's bar, never pushes it onto a line of its own.
  for cmd in "chart architect cto" "compare architect cto"; do
    read -ra words <<<"$cmd"
    on_tty 40 "${words[@]}" >"$tmp/tty"
    bars=$(grep -cE '[█░]' "$tmp/tty")
    with_role=$(grep -cE '(architect|cto) +[█░]+ +[0-9]+$' "$tmp/tty")
    [ "$bars" -ge 18 ] && [ "$bars" = "$with_role" ] ||
      fail "$cmd at 40 columns: $bars bars, $with_role on their role's line: $(grep -B1 -E '^ +cto' "$tmp/tty" | head -4)"
    grep -A1 '^Technical  ' "$tmp/tty" | grep -qE '^strategy & +cto +█' ||
      fail "$cmd at 40 columns: cto's bar is not beside the rest of 'Technical strategy & vision'"
  done
  ;;

stacked)
  # At 40 columns a table too wide stacks one way: each label above its value, never a label
  # wrapped ("rank"/"basis", "角"/"色") nor text squeezed into a sliver beside an id.
  command -v script >/dev/null || skip "script(1) is not installed (package bsdutils)"
  on_tty 40 describe cto >"$tmp/tty"
  no_wider 40 "$tmp/tty" "describe cto at 40 columns"
  grep -qx 'rank basis' "$tmp/tty" || fail "describe cto at 40: the label 'rank basis' is not on a line of its own"
  grep -A1 -x 'rank' "$tmp/tty" | grep -qx '  6' || fail "describe cto at 40: rank's value is not under its label"
  # Every duty: "-  id" on a line, its text under it (the same in every domain, hiring included).
  ! grep -qE '^-  [a-z0-9-]+  +[A-Za-z]' "$tmp/tty" ||
    fail "describe cto at 40: a duty's text beside its id: $(grep -E '^-  [a-z0-9-]+  +[A-Za-z]' "$tmp/tty" | head -1)"
  grep -A1 -x -- '-  hiring' "$tmp/tty" | grep -q '^  Oversee hiring' || fail "describe cto at 40: hiring's text is not under its id"
  # The how: line of a duty is indented with its text.
  ! grep -q '^how:' "$tmp/tty" || fail "describe cto at 40: a how: line is not indented"
  for lang in en zh; do
    on_tty 40 --lang "$lang" where >"$tmp/tty"
    no_wider 40 "$tmp/tty" "where --lang $lang at 40 columns"
    label=$([ $lang = en ] && echo ROLE || echo 角色)
    [ "$(grep -cx "$label" "$tmp/tty")" = "$("$CTOLADDER" list --ids | wc -l)" ] ||
      fail "where --lang $lang at 40: not one '$label' line above each role: $(head -5 "$tmp/tty")"
    grep -A1 -x "$label" "$tmp/tty" | grep -qx '  cto' || fail "where --lang $lang at 40: the id is not under its label"
    ! grep -qxP '\p{Han}' "$tmp/tty" || fail "where --lang $lang at 40: a label cut to one character a line"
  done
  ;;

search-highlight)
  # What search matched is highlighted (bold red) on a terminal with colour, as grep and rg do;
  # never in a pipe, never under NO_COLOR; --color always forces it into a pipe.
  command -v script >/dev/null || skip "script(1) is not installed (package bsdutils)"
  esc=$'\033'
  mark="${esc}[1m${esc}[31m"
  # on a 120-column terminal with colour (on_tty sets NO_COLOR, so this one does not)
  TERM=xterm PAGER=cat timeout -s KILL 60 \
    script -qec "stty cols 120 rows 50; $(printf '%q ' "$CTOLADDER" search review)" /dev/null \
    </dev/null 2>&1 | tr -d '\r' >"$tmp/tty"
  grep -qF "${mark}review${esc}[0m" "$tmp/tty" || fail "search review on a terminal: 'review' is not highlighted"
  grep -qF "${mark}Review${esc}[0m" "$tmp/tty" || fail "search review on a terminal: 'Review' (any case) is not highlighted"
  # The id code-review matches too, and is highlighted inside the id.
  grep -qF "code-${mark}review${esc}[0m" "$tmp/tty" || fail "the match inside the id code-review is not highlighted"
  # Chinese text, matched in Chinese.
  TERM=xterm PAGER=cat timeout -s KILL 60 \
    script -qec "stty cols 120 rows 50; $(printf '%q ' "$CTOLADDER" --lang zh search 代码评审)" /dev/null \
    </dev/null 2>&1 | tr -d '\r' >"$tmp/tty"
  grep -qF "${mark}代码评审${esc}[0m" "$tmp/tty" || fail "search 代码评审: the Chinese match is not highlighted"
  on_tty 120 search review >"$tmp/tty"
  ! grep -qF "$esc" "$tmp/tty" || fail "NO_COLOR: search still writes escapes"
  "$CTOLADDER" search review >"$tmp/out"
  ! grep -qF "$esc" "$tmp/out" || fail "search in a pipe writes escapes"
  "$CTOLADDER" search review --color always >"$tmp/out"
  grep -qF "${mark}review${esc}[0m" "$tmp/out" || fail "--color always: no highlight in a pipe"
  # Only the match: the rest of the text is not red.
  grep -F "Provide the code" "$tmp/out" | grep -qF "${esc}[31mProvide" && fail "text that does not match is highlighted"
  ;;

pager-env)
  command -v script >/dev/null || skip "script(1) is not installed (package bsdutils)"
  # A pager that notes which one ran, the LESS it was given and what it was shown.
  for name in spy other; do
    printf '#!/bin/sh\nprintf "%%s\\n" "${LESS-unset}" >"%s/%s.less"\ncat >"%s/%s.paged"\n' \
      "$tmp" "$name" "$tmp" "$name" >"$tmp/$name"
    chmod +x "$tmp/$name"
  done
  # paged ENV...: `ctoladder list` on a 5-line terminal with ENV set; PAGER=cat is not used here.
  paged() {
    rm -f "$tmp"/*.less "$tmp"/*.paged
    env "$@" LINES=5 TERM=xterm timeout -s KILL 60 \
      script -qec "$(printf '%q ' "$CTOLADDER" list)" /dev/null </dev/null >"$tmp/tty" 2>&1
  }
  paged PAGER="$tmp/spy"
  grep -q programmer "$tmp/spy.paged" 2>/dev/null || fail "PAGER is not used"
  [ "$(cat "$tmp/spy.less" 2>/dev/null)" = FRX ] ||
    fail "LESS unset: the pager gets LESS='$(cat "$tmp/spy.less" 2>/dev/null)', not FRX"
  paged PAGER="$tmp/spy" LESS=-S
  [ "$(cat "$tmp/spy.less" 2>/dev/null)" = -S ] || fail "the user's LESS is not left alone"
  paged PAGER="$tmp/spy" LESS=
  [ -z "$(cat "$tmp/spy.less" 2>/dev/null)" ] || fail "an empty LESS (set on purpose) is replaced"
  paged PAGER="$tmp/spy" CTOLADDER_PAGER="$tmp/other"
  [ -s "$tmp/other.paged" ] && [ ! -e "$tmp/spy.paged" ] || fail "CTOLADDER_PAGER does not come before PAGER"
  paged PAGER="$tmp/spy" CTOLADDER_PAGER=cat
  [ ! -e "$tmp/spy.paged" ] && grep -q programmer "$tmp/tty" || fail "CTOLADDER_PAGER=cat does not turn paging off"
  paged PAGER="$tmp/spy" CTOLADDER_PAGER=
  [ ! -e "$tmp/spy.paged" ] && grep -q programmer "$tmp/tty" || fail "an empty CTOLADDER_PAGER does not turn paging off"
  # The pager's LESS is its own: ctoladder's other children and the shell never see it.
  [ -z "${LESS+set}" ] || fail "LESS leaked into the test's environment"
  ;;

pager-real-less)
  # PAGER=less (no flags, LESS unset) in a real terminal shows colour, not raw ESC[1m.
  command -v tmux >/dev/null || skip "tmux is not installed"
  command -v less >/dev/null || skip "less is not installed"
  socket=ctoladder-test-$$
  tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 12 \
    "env -u LESS PAGER=less TERM=xterm $(printf '%q ' "$CTOLADDER") describe cto --color always; sleep 30" ||
    skip "tmux cannot start a session"
  screen=""
  for _ in $(seq 50); do
    sleep 0.2
    screen=$(tmux -L "$socket" capture-pane -p 2>/dev/null)
    grep -q "Chief Technology Officer" <<<"$screen" && break
  done
  tmux -L "$socket" send-keys q 2>/dev/null
  tmux -L "$socket" kill-server 2>/dev/null
  grep -q "Chief Technology Officer" <<<"$screen" || fail "less shows nothing: $screen"
  ! grep -q 'ESC\[' <<<"$screen" || fail "less shows raw escapes: $(grep -m1 'ESC\[' <<<"$screen")"
  ;;

*)
  echo "terminal_checks.sh: unknown check $check" >&2
  exit 2
  ;;
esac
exit $failed
