#!/usr/bin/env bash
# Chinese all the way: help, errors and hints under --lang zh or a zh_CN locale, as a user sees
# them (help on a real terminal through script(1)), and CJK line breaking that never starts a line
# with closing punctuation. Run by ctest through tests/e2e/cases_zh.cmake as: zh_checks.sh CHECK
# Environment: CTOLADDER (the built binary), TOOLS (tests/e2e/data/tools), E2E_DATA.
set -uo pipefail
check=${1:?usage: zh_checks.sh CHECK}
: "${CTOLADDER:?}" "${TOOLS:?}" "${E2E_DATA:?}"
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset COLUMNS LINES CTOLADDER_ROLES NO_COLOR PAGER CTOLADDER_PAGER LC_MESSAGES LANGUAGE
source "$(dirname "$0")/sandbox.sh"

no_wider() { python3 "$TOOLS/check_width.py" "$1" <"$2"; }
has_line() { grep -qxF -- "$1" "$2"; }

case $check in
help)
  # The main help and two commands, at 80 and 40 columns: Chinese headings, nothing too wide.
  for cols in 80 40; do
    on_tty "$cols" help --lang zh >"$tmp/main"
    for heading in 用法 命令 选项 示例 退出码 了解更多; do
      has_line "$heading" "$tmp/main" || fail "help --lang zh at $cols: no heading $heading"
    done
    grep -q 'USAGE\|COMMANDS\|EXAMPLES' "$tmp/main" && fail "help --lang zh at $cols: English headings"
    grep -q '按阶梯顺序列出角色' "$tmp/main" || fail "help --lang zh at $cols: list's summary is not in Chinese"
    no_wider "$cols" "$tmp/main" || fail "help --lang zh at $cols columns is wider than the terminal"
    for command in describe search; do
      on_tty "$cols" "$command" --help --lang zh >"$tmp/$command"
      for heading in 用法 参数 选项 继承的选项 示例; do
        has_line "$heading" "$tmp/$command" || fail "$command --help --lang zh at $cols: no heading $heading"
      done
      grep -q 'ctoladder '"$command"' .*\[选项\]' "$tmp/$command" || fail "$command --help --lang zh: usage line"
      no_wider "$cols" "$tmp/$command" || fail "$command --help --lang zh at $cols columns is too wide"
    done
    grep -q '中文搜索' "$tmp/search" || fail "search --help --lang zh at $cols: example note not in Chinese"
    grep -q -- '--track TRACK' "$tmp/search" || fail "search --help --lang zh: flag names must stay ASCII"
  done
  ;;

complete)
  # Every command's arguments and flags have a Chinese description (a new flag cannot be left in
  # English): each row of 参数, 选项 and 继承的选项 holds a CJK character.
  for command in "" $("$CTOLADDER" __complete --commands | tail -n +2 | cut -f1); do
    # shellcheck disable=SC2086
    "$CTOLADDER" help $command --lang zh >"$tmp/help" || fail "help $command --lang zh: exit $?"
    python3 - "$tmp/help" "${command:-(main)}" <<'PY' || failed=1
import re, sys
section, bad = None, 0
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if line and not line.startswith(" "):
        section = line
        continue
    if section in ("参数", "选项", "继承的选项", "命令") and line.startswith("  ") and line.strip():
        if not re.search(r"[\u4e00-\u9fff]", line):
            bad += 1
            print(f"FAIL: help {sys.argv[2]} --lang zh, {section}: untranslated row: {line.strip()}")
sys.exit(1 if bad else 0)
PY
  done
  ;;

locale)
  # LANG=zh_CN.UTF-8 (or LC_ALL) picks Chinese without --lang, though no zh_CN locale is installed;
  # --lang en wins over the locale; LANG=C stays English.
  env -u LC_ALL LANG=zh_CN.UTF-8 "$CTOLADDER" help >"$tmp/out" && has_line 用法 "$tmp/out" ||
    fail "LANG=zh_CN.UTF-8 help is not Chinese"
  LC_ALL=zh_CN.UTF-8 "$CTOLADDER" describe --help >"$tmp/out" && has_line 继承的选项 "$tmp/out" ||
    fail "LC_ALL=zh_CN.UTF-8 describe --help is not Chinese"
  env -u LC_ALL LANG=zh_CN.UTF-8 "$CTOLADDER" help --lang en >"$tmp/out" && has_line USAGE "$tmp/out" ||
    fail "--lang en under LANG=zh_CN.UTF-8 is not English"
  env -u LC_ALL LANG=zh_CN.UTF-8 "$CTOLADDER" --lang en describe ctp 2>"$tmp/err"
  grep -qxF "ctoladder: error: unknown role 'ctp' (did you mean 'cto'?)" "$tmp/err" ||
    fail "--lang en before the command under LANG=zh_CN.UTF-8: $(cat "$tmp/err")"
  env -u LC_ALL LANG=zh_CN.UTF-8 "$CTOLADDER" list --formt json 2>"$tmp/err"
  grep -qxF "ctoladder: error: 'list' 的未知选项 '--formt'（是否想用 '--format'？）" "$tmp/err" ||
    fail "LANG=zh_CN.UTF-8 unknown flag: $(cat "$tmp/err")"
  LANG=C "$CTOLADDER" help >"$tmp/out" && has_line USAGE "$tmp/out" || fail "LANG=C help is not English"
  ;;

kinsoku)
  # After a long Latin word the closing punctuation of Chinese text stays on the line before:
  # no line (nor table cell) starts with ，。、；：）」, and nothing is wider than asked.
  for cols in 44 48 76 80; do
    "$CTOLADDER" search 代码 --lang zh --width "$cols" >"$tmp/out"
    [ -s "$tmp/out" ] || fail "search 代码 at $cols printed nothing"
    if grep -nE '(^|  )[，。、；：）」]' "$tmp/out"; then
      fail "search 代码 --lang zh --width $cols: a line or cell starts with closing punctuation"
    fi
    no_wider "$cols" "$tmp/out" || fail "search 代码 --width $cols is wider than $cols"
    on_tty "$cols" search 代码 --lang zh --no-pager >"$tmp/tty"
    if grep -nE '(^|  )[，。、；：）」]' "$tmp/tty"; then
      fail "search 代码 on a $cols-column terminal: a line or cell starts with closing punctuation"
    fi
  done
  ;;

*)
  echo "zh_checks.sh: unknown check $check" >&2
  exit 2
  ;;
esac
[ $failed = 0 ] && echo "ok: $check"
exit $failed
