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

corpus)
  # Every problem a broken role folder, have file or output path can cause is told in Chinese
  # under --lang zh: each line on stderr holds a CJK character (ids, keys and file names stay as
  # they are, around it), with the same exit status and as many lines as in English. The cases
  # reach every kind of diagnostic in tests/e2e/data/broken-zh (see its README); the hostile
  # corpus under HOSTILE_LANG=zh covers malformed bytes and YAML.
  corpus=$E2E_DATA/broken-zh
  mkdir -p "$tmp/site/.ctoladder-site" "$tmp/file"
  : >"$tmp/plain-file"
  cases=(
    "validate fields"
    "validate --require-lang zh fields/half-text.yaml"
    "validate ladder"
    "validate ladder/on-broken.yaml"
    "--roles ladder list"
    "--roles ladder describe self-step"
    "validate overlays"
    "--roles overlays describe mixer@startup,china"
    "--roles conflict describe clash@enterprise,us"
    "gap architect --have have/twice.yaml"
    "gap architect --have have/invalid.yaml"
    "gap architect --have have/empty.yaml"
    "gap architect --have have/wrong-key.yaml"
    "gap architect --have have/folder.yaml"
    "gap architect --have Bad-Id,mentorign,pairing"
    "validate no-such-folder"
    "site $tmp/site"
    "site $tmp/plain-file/site"
    "ladder -o $tmp/plain-file/sub/ladder.txt"
    "describe cto@startup,enterprise"
    "describe cto@nowhere"
    "path cto programmer"
  )
  checked=0
  for line in "${cases[@]}"; do
    read -r -a words <<<"$line"
    (cd "$corpus" && "$CTOLADDER" "${words[@]}" --lang zh) >/dev/null 2>"$tmp/zh"
    zh_status=$?
    (cd "$corpus" && "$CTOLADDER" "${words[@]}" --lang en) >/dev/null 2>"$tmp/en"
    en_status=$?
    [ -s "$tmp/zh" ] || { fail "ctoladder $line --lang zh: nothing on stderr"; continue; }
    [ "$zh_status" = "$en_status" ] ||
      fail "ctoladder $line: exit $zh_status under --lang zh, $en_status in English"
    [ "$(wc -l <"$tmp/zh")" = "$(wc -l <"$tmp/en")" ] ||
      fail "ctoladder $line: $(wc -l <"$tmp/zh") lines on stderr under --lang zh, $(wc -l <"$tmp/en") in English"
    if grep -vP '[\x{3000}-\x{30ff}\x{4e00}-\x{9fff}\x{ff00}-\x{ffef}]' "$tmp/zh" >"$tmp/bad"; then
      fail "ctoladder $line --lang zh: lines without Chinese:"
      sed 's/^/    /' "$tmp/bad"
    fi
    checked=$((checked + 1))
  done
  # The corpus reaches the diagnostics it was written for (a typo in it would make a case pass
  # by failing early): some of them, in Chinese, by their words.
  (cd "$corpus" && "$CTOLADDER" validate fields ladder overlays --lang zh) 2>"$tmp/all" >/dev/null
  for words in "应放在名为 'other-name.yaml' 的文件中" "是否想写 'id: em-7'" "必须是映射，而不是文字" \
      "'years' 的 min 5 大于 max 2" "'track' 必须是 " "角色文件中有未知的键 'sumary'（是否想用 'summary'？）" "角色文件的键必须是普通的词，而不是列表" \
      "'next' 必须是角色 id 或" "'remove' 只能与 'extends' 一起使用" "'overlays' 必须是从叠加项名称到叠加项的映射" \
      "'Mentoring' 不是有效的 id：id 都是小写（是否想用 'mentoring'？）" "'Architect' 不是 next 中有效的 id" "'source' 中没有列出任何出处" "'responsibilities' 是空的" \
      "叠加项名称必须是 id" "叠加项 'startup' 重复" "一个组合必须恰好列出两个叠加项" \
      "一个组合只写 'combine'" "组合需要 'source' 或 'inference'" "改写项需要 'text'、'how' 或两者都有" \
      "把自己列为下一步" "降到了 'loop-a'（级别 2）" "'next' 形成了循环" "两次列出职责 'mentoring'" \
      "未知领域 'implementatoin'（是否想用 'implementation'？）" "未知领域 'zebra-keeping'（已有的领域：" \
      "已被角色 'self-step' 使用" "将取代 <built-in>/cto.yaml 中的同 id 角色" "此文件有错误，因此没有检查" \
      "但它并没有继承这一项（是否想用 'hands-on-coding'？）" "角色 id 'twin' 重复" "在角色 'senior-engineer' 中却属于" \
      "去掉（remove）了 'code-review'，但该角色没有这一项" "改写（reword）了 'module-desing'" \
      "新增（add）了 'hands-on-coding'，但该角色已有这一项" "互相矛盾：两者都设置了 'scope'" \
      "组合中的叠加项 'nowhere' 不是 'mixer' 的叠加项" "两者都属于“公司类型”这一类" "的组合写了两次"; do
    grep -qF -- "$words" "$tmp/all" || fail "validate fields ladder overlays --lang zh lacks: $words"
  done
  echo "checked $checked command lines"
  ;;

*)
  echo "zh_checks.sh: unknown check $check" >&2
  exit 2
  ;;
esac
[ $failed = 0 ] && echo "ok: $check"
exit $failed
