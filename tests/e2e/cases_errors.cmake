# What a user sees when something is wrong: one `ctoladder: error: ...` line (and maybe a hint)
# on stderr, nothing on stdout, and the documented exit code (2 bad input, 3 output error).

# e2e_shell with a time limit, so that a case that hangs (a pager waiting on a terminal, say)
# fails instead of stalling the run. (Defined the same way in each case file that uses it.)
function(e2e_sh name script)
  e2e_shell(${name} "${script}")
  set_tests_properties("e2e: ${name}" PROPERTIES TIMEOUT 300)
endfunction()

set(JQ1 ${E2E_DATA}/tools/jq1)   # jq -e that also fails on empty output
set(BROKEN_SYNTAX ${E2E_DATA}/broken-syntax)   # a valid role next to a file with a YAML error
set(BROKEN_FIELDS ${E2E_DATA}/broken-fields)   # rank: high (3:7), track: manager (4:8)
set(BROKEN_DOMAIN ${E2E_DATA}/broken-domain)   # well-formed, but names an unknown domain
set(BROKEN_UTF8 ${E2E_DATA}/broken-utf8)       # a 0xff byte at 2:17

# --- unknown roles ---
# The whole of the first stderr line, exactly.
e2e_sh(err-role-exact [=[unset CTOLADDER_ROLES
  err=$($CTOLADDER describe architec 2>&1 >/dev/null)
  [ $? = 2 ] && [ "$(head -1 <<<"$err")" = "ctoladder: error: unknown role 'architec' (did you mean 'architect'?)" ]]=])
e2e(err-role-describe --exit 2 --empty-out --err "ctoladder: error: unknown role 'architec' (did you mean 'architect'?)"
    --err "ctoladder: hint: run 'ctoladder list'" -- describe architec)
e2e(err-role-second --exit 2 --empty-out --err "unknown role 'tech-managr' (did you mean 'tech-manager'?)"
    -- compare cto tech-managr)
e2e(err-role-diff --exit 2 --empty-out --err "unknown role 'architec' (did you mean 'architect'?)" -- diff architec cto)
e2e(err-role-overlay --exit 2 --empty-out --err "unknown role 'architec' (did you mean 'architect'?)" -- describe architec@startup)
e2e(err-role-search --exit 2 --empty-out --err "unknown role 'architec' (did you mean 'architect'?)"
    -- search code --role architec)
# A swapped pair of letters is one typo: chian gets a did-you-mean like startp.
e2e(err-overlay-swapped --exit 2 --empty-out --err "role 'cto' has no overlay 'chian' (did you mean 'china'?)"
    -- describe cto@chian)
e2e(err-overlay-flag-swapped --exit 2 --empty-out --err "(did you mean 'china'?)" -- describe cto --profile chian)
e2e(err-command-swapped --exit 2 --empty-out --err "unknown command 'lsit' (did you mean 'list'?)" -- lsit)
e2e(err-role-zh --exit 2 --empty-out --err "ctoladder: error: 未知角色 'architec'（是否想用 'architect'？）" -- --lang zh describe architec)
e2e_sh(err-role-far [=[unset CTOLADDER_ROLES
  err=$($CTOLADDER describe zzzz 2>&1 >/dev/null)
  [ $? = 2 ] && grep -qx "ctoladder: error: unknown role 'zzzz'" <<<"$err" && ! grep -q 'did you mean' <<<"$err"]=])
# A terminal escape typed in an argument comes back escaped, never raw.
e2e_sh(err-role-escaped [=[unset CTOLADDER_ROLES
  err=$($CTOLADDER describe $'x\e[31my' 2>&1 >/dev/null)
  [ $? = 2 ] && grep -qF "unknown role 'x\x1b[31my'" <<<"$err" && ! grep -q $'\e' <<<"$err"]=])
e2e(err-no-role-name --exit 2 --empty-out --err "'@startup' names no role" -- describe @startup)

# --- overlays ---
e2e(err-overlay --exit 2 --empty-out
    --err "role 'cto' has no overlay 'startu'"
    --err "it has: startup (variant), enterprise (variant), us (profile), china (profile)" -- describe cto@startu)
e2e(err-overlay-flag --exit 2 --empty-out --err "role 'cto' has no overlay 'nope'" --err "startup (variant)"
    -- describe cto --variant nope)
e2e(err-overlay-compare --exit 2 --empty-out --err "role 'cto' has no overlay 'startu'" -- compare cto@startu cto)
e2e(err-no-overlays --exit 2 --empty-out --err "role 'programmer' has no overlays (asked for 'startup')"
    -- describe programmer@startup)
e2e(err-same-axis --exit 2 --empty-out --err "overlays 'startup' and 'enterprise' are both a variant" --err "pick one"
    -- describe cto@startup,enterprise)
e2e(err-same-axis-prof --exit 2 --empty-out --err "overlays 'china' and 'us' are both a profile" -- compare cto@china,us cto)
e2e(err-same-axis-flag --exit 2 --empty-out --err "overlays 'startup' and 'enterprise' are both a variant"
    -- describe cto@startup --variant enterprise)
e2e(err-same-axis-diff --exit 2 --empty-out --err "both a variant" -- diff cto cto@startup,enterprise)
e2e(err-empty-overlay --exit 2 --empty-out --err "ctoladder: error: empty overlay name in 'cto@'"
    --err "ctoladder: hint: overlays are separated by commas: cto@startup,china" -- describe cto@)
e2e(err-trailing-comma --exit 2 --empty-out --err "empty overlay name in 'cto@startup,'" -- describe cto@startup,)
e2e(err-empty-middle --exit 2 --empty-out --err "empty overlay name in 'cto@startup,,china'" -- describe cto@startup,,china)

# --- the command line ---
e2e(err-cmd-suggest --exit 2 --empty-out --err "ctoladder: error: unknown command 'lst' (did you mean 'list'?)"
    --err "commands: list, describe, compare, diff, search, ladder, path, gap, chart, site, validate" -- lst)
e2e(err-cmd-suggest2 --exit 2 --empty-out --err "unknown command 'descibe' (did you mean 'describe'?)" -- descibe cto)
e2e(err-cmd-after-opt --exit 2 --empty-out --err "unknown command 'ladde' (did you mean 'ladder'?)" -- --format json ladde)
e2e_sh(err-cmd-far [=[unset CTOLADDER_ROLES
  err=$($CTOLADDER zzzz 2>&1 >/dev/null)
  [ $? = 2 ] && grep -qx "ctoladder: error: unknown command 'zzzz'" <<<"$err" && grep -q "run 'ctoladder --help'" <<<"$err"]=])
e2e(err-format --exit 2 --empty-out --err "ctoladder: error: --format: 'xml' is not one of text, json, yaml, tsv, markdown"
    -- list --format xml)
e2e(err-format-before --exit 2 --empty-out
    --err "--format: 'xml' is not one of text, json, yaml, tsv, markdown, dot, mermaid, svg" -- --format xml list)
e2e(err-format-missing --exit 2 --empty-out --err "ctoladder: error: --format needs a value" -- list --format)
e2e(err-lang --exit 2 --empty-out --err "--lang: 'fr' is not one of en, zh" -- --lang fr list)
# A bare --color is always; a word that is no colour after it is the next argument, and when
# that word is refused (an argument too many, an unknown command) it was meant as the colour: the
# error names the values, with did-you-mean, as --color=WORD does.
e2e(err-color --exit 2 --empty-out --err "--color: 'sometimes' is not one of auto, always, never" -- list --color=sometimes)
e2e(err-color-word --exit 2 --empty-out --err "ctoladder: error: --color: 'sometimes' is not one of auto, always, never"
    --err "hint: a bare --color means always" -- list --color sometimes)
e2e(err-color-word-before --exit 2 --empty-out --err "ctoladder: error: --color: 'sometimes' is not one of auto, always, never"
    -- --color sometimes list)
e2e(err-color-word-near --exit 2 --empty-out --err "--color: 'alwys' is not one of auto, always, never (did you mean 'always'?)"
    -- list --color alwys)
e2e(err-color-word-zh --exit 2 --empty-out --err "--color 的值 'sometimes' 无效，可选：auto, always, never"
    -- --lang zh list --color sometimes)
# A bare --color before a role is still colour and the role.
e2e(color-bare-then-role --exit 0 --out "Chief Technology Officer" -- describe --color cto)
e2e(err-track --exit 2 --empty-out --err "--track: 'manager' is not one of individual-contributor, management, executive"
    -- search code --track manager)
e2e(err-domain --exit 2 --empty-out --err "unknown domain 'architectur' (did you mean 'architecture'?)"
    --err "domains: strategy, architecture," -- search code --domain architectur)
e2e(err-option --exit 2 --empty-out --err "ctoladder: error: unknown flag '--bogus' for 'list'"
    --err "ctoladder: hint: usage: ctoladder list [flags] ('ctoladder list --help' for more)" -- list --bogus)
e2e(err-describe-noarg --exit 2 --empty-out --err "ctoladder: error: missing argument for 'describe'"
    --err "ctoladder: hint: usage: ctoladder describe ROLE [flags]" -- describe)
e2e(err-compare-onearg --exit 2 --empty-out --err "ctoladder: error: missing argument for 'compare'"
    --err "ctoladder: hint: usage: ctoladder compare A B [flags]" -- compare cto)
e2e(err-diff-onearg --exit 2 --empty-out --err "ctoladder: hint: usage: ctoladder diff A B [flags] ('ctoladder diff --help' for more)" -- diff cto)
e2e(err-describe-twoargs --exit 2 --empty-out --err "ctoladder: error: too many arguments for 'describe'" -- describe cto architect)
e2e(err-search-noarg --exit 2 --empty-out --err "ctoladder: hint: usage: ctoladder search TEXT [flags]" -- search)
# (An empty argument cannot go through e2e(): CMake drops empty list elements.)
e2e_sh(err-search-empty [=[unset CTOLADDER_ROLES
  err=$($CTOLADDER search "" 2>&1 >/dev/null)
  [ $? = 2 ] && grep -qx "ctoladder: error: search needs some text to look for" <<<"$err"]=])
e2e(err-roles-noarg --exit 2 --empty-out --err "--roles" -- list --roles)
e2e(err-no-args --exit 2 --empty-out --err "USAGE" --err "COMMANDS" -- )

# --- help ---
e2e(help --exit 0 --empty-err --out "ctoladder COMMAND [ARGS...] [flags]" --out "--format" --out "--lang" --out "--roles" --out "--color"
    --check "grep -Eq '^ +list +List the roles'" --check "grep -Eq '^ +describe +Describe one role'"
    --check "grep -Eq '^ +compare +Compare two roles'" --check "grep -Eq '^ +diff +Show what changes'"
    --check "grep -Eq '^ +search +Find responsibilities'" --check "grep -Eq '^ +ladder +Show the ladder'"
    --check "grep -Eq '^ +validate +Check role files'" --out "EXIT CODES" -- --help)
e2e(help-short --exit 0 --empty-err --out "COMMANDS" -- -h)
e2e(help-describe --exit 0 --empty-err --out "ctoladder describe ROLE [flags]" --out "--variant" --out "--profile"
    --out "--sources" -- describe --help)
e2e(help-search --exit 0 --empty-err --out "--role" --out "--domain" --out "--track" -- search --help)
e2e(help-list --exit 0 --empty-err --out "--ids" -- list --help)
e2e(version-exact --exit 0 --empty-err --out-lines 1 --check "grep -Eqx 'ctoladder [0-9]+\\.[0-9]+\\.[0-9]+'" -- --version)

# --- role folders that are missing or broken: every command fails closed, naming the file ---
e2e(err-roles-missing --exit 2 --empty-out --err "${E2E_DATA}/no-such-folder: error: no such file or folder"
    --err "ctoladder: error: the role folders have 1 problem" -- --roles ${E2E_DATA}/no-such-folder list)
e2e(err-roles-missing-after --exit 2 --empty-out --err "no-such-folder: error: no such file or folder"
    -- describe cto --roles ${E2E_DATA}/no-such-folder)
e2e(err-roles-env-missing --exit 2 --empty-out --env CTOLADDER_ROLES=${E2E_DATA}/no-such-folder
    --err "no-such-folder: error: no such file or folder" -- list)
# Whole-library commands fail closed on any broken file; commands about named roles read only
# those roles' files (README: "Broken files"), so a broken neighbour does not stop them.
set(CLOSED_KEYS list search ladder)
set(CLOSED_list list)
set(CLOSED_describe describe fine-role)
set(CLOSED_compare compare fine-role cto)
set(CLOSED_diff diff fine-role cto)
set(CLOSED_search search fine)
set(CLOSED_ladder ladder)
e2e(lazy-syntax-describe --empty-err --out "fine-role" -- --roles ${BROKEN_SYNTAX} describe fine-role)
e2e(lazy-syntax-compare --empty-err --out "fine-role" -- --roles ${BROKEN_SYNTAX} compare fine-role cto)
e2e(lazy-syntax-diff --exit 1 --empty-err --out "+++ cto" -- --roles ${BROKEN_SYNTAX} diff fine-role cto)
foreach(key IN LISTS CLOSED_KEYS)
  e2e(closed-syntax-${key} --exit 2 --empty-out --err "bad-syntax.yaml:" --err ": error: invalid YAML"
      --err "ctoladder: error: the role folders have 1 problem" -- --roles ${BROKEN_SYNTAX} ${CLOSED_${key}})
endforeach()
foreach(key IN ITEMS list describe compare diff search ladder)
  e2e(closed-fields-${key} --exit 2 --empty-out --err "bad-fields.yaml:3:7: error: 'rank' must be a whole number"
      -- ${CLOSED_${key}} --roles ${BROKEN_FIELDS})
endforeach()
# A role naming an unknown domain is as broken as a YAML error (validate exits 2 on it): no answers.
e2e(closed-domain-list --exit 2 --empty-out --err "bad-domain.yaml:12:5: error: unknown domain 'architectur'"
    -- --roles ${BROKEN_DOMAIN} list)
e2e(closed-domain-describe --exit 2 --empty-out --err "bad-domain.yaml:12:5: error: unknown domain 'architectur'"
    -- --roles ${BROKEN_DOMAIN} describe bad-domain)
e2e(closed-json --exit 2 --empty-out --err "bad-syntax.yaml:" -- --roles ${BROKEN_SYNTAX} list --format json)
e2e(closed-env --exit 2 --empty-out --env CTOLADDER_ROLES=${BROKEN_SYNTAX} --err "bad-syntax.yaml:" -- ladder)
e2e(closed-utf8 --exit 2 --empty-out --err "bad-utf8.yaml:2:17: error: invalid UTF-8 (byte 0xff)" -- --roles ${BROKEN_UTF8} list)

# --- validate of broken folders: FILE:LINE:COL: error: lines, 1-based, and exit 2 ---
e2e(validate-fields --exit 2 --out "${BROKEN_FIELDS}: " --out "error"
    --err "${BROKEN_FIELDS}/bad-fields.yaml:3:7: error: 'rank' must be a whole number from 1 to 1000, not 'high'"
    --err "${BROKEN_FIELDS}/bad-fields.yaml:4:8: error: 'track' must be one of individual-contributor, management, executive, not 'manager'"
    -- validate ${BROKEN_FIELDS})
e2e(validate-syntax --exit 2 --err "${BROKEN_SYNTAX}/bad-syntax.yaml:" --err ": error: invalid YAML" -- validate ${BROKEN_SYNTAX})
e2e(validate-domain --exit 2
    --err "${BROKEN_DOMAIN}/bad-domain.yaml:12:5: error: unknown domain 'architectur' (did you mean 'architecture'?)"
    -- validate ${BROKEN_DOMAIN})
e2e(validate-utf8 --exit 2 --err "bad-utf8.yaml:2:17: error: invalid UTF-8 (byte 0xff)" --err "role files must be UTF-8"
    -- validate ${BROKEN_UTF8})
e2e(validate-file --exit 2 --err "bad-fields.yaml:3:7: error:" -- validate ${BROKEN_FIELDS}/bad-fields.yaml)
e2e(validate-via-roles --exit 2 --out "<built-in>, ${BROKEN_FIELDS}: " --err "bad-fields.yaml:3:7: error:"
    -- --roles ${BROKEN_FIELDS} validate)
e2e(validate-missing --exit 2 --err "no-such-folder: error: no such file or folder" -- validate ${E2E_DATA}/no-such-folder)
e2e(validate-bad-zh --exit 2 --out "个错误" --err "bad-fields.yaml:3:7: error:" -- --lang zh validate ${BROKEN_FIELDS})
# Every stderr line of validate is FILE:LINE:COL: error|warning: MESSAGE with positions from 1.
e2e_sh(validate-positions [=[unset CTOLADDER_ROLES
  err=$($CTOLADDER validate $E2E_DATA/broken-fields $E2E_DATA/broken-syntax $E2E_DATA/broken-domain $E2E_DATA/broken-utf8 2>&1 >/dev/null)
  [ $? = 2 ] && [ -n "$err" ] || exit 1
  ! grep -Ev '^[^:]+\.yaml:[1-9][0-9]*:[1-9][0-9]*: (error|warning): .+' <<<"$err"]=])
e2e(validate-json-bad --exit 2
    --check "${JQ1} '.ok == false and .summary.errors >= 2 and (.problems | all(.line >= 1 and .column >= 1))'"
    --check "${JQ1} '.problems | map(select(.line == 3 and .column == 7 and .severity == \"error\")) | length == 1'"
    -- validate ${BROKEN_FIELDS} --format json)
e2e(validate-tsv-bad --exit 2 --out "${BROKEN_FIELDS}/bad-fields.yaml\t3\t7\terror\t'rank' must be a whole number"
    -- validate ${BROKEN_FIELDS} --format tsv)

# --- output that cannot be written ---
# A reader that goes away (head) ends the program quietly: status 0 or 141 (SIGPIPE), no stderr.
# The json of this comparison is larger than a pipe buffer, so the pipe really does close early.
set(PIPE_KEYS list compare describe)
set(PIPE_list "list")
set(PIPE_compare "compare cto@startup cto@enterprise --format json")
set(PIPE_describe "describe cto --format yaml")
foreach(key IN LISTS PIPE_KEYS)
  e2e_sh(pipe-head-${key} "unset CTOLADDER_ROLES
    d=\$(mktemp -d) && trap 'rm -rf \"\$d\"' EXIT
    \$CTOLADDER ${PIPE_${key}} 2>\"\$d/err\" | head -1 >\"\$d/out\"
    st=\${PIPESTATUS[0]}
    echo \"status \$st\" && cat \"\$d/err\"
    [ -s \"\$d/out\" ] && { [ \"\$st\" = 0 ] || [ \"\$st\" = 141 ]; } && [ ! -s \"\$d/err\" ]")
endforeach()
# A full disk: exit 3 and a message on stderr.
foreach(fmt text json)
  e2e_sh(dev-full-${fmt} "unset CTOLADDER_ROLES
    [ -w /dev/full ] || exit 77
    err=\$(\$CTOLADDER describe cto --format ${fmt} 2>&1 >/dev/full)
    [ \$? = 3 ] && grep -q '^ctoladder: error: cannot write output' <<<\"\$err\"")
  set_tests_properties("e2e: dev-full-${fmt}" PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
# --version too: a version nobody received is not a success.
e2e_sh(dev-full-version "[ -w /dev/full ] || exit 77
  err=\$(\$CTOLADDER --version 2>&1 >/dev/full)
  [ \$? = 3 ] && grep -q '^ctoladder: error: cannot write output' <<<\"\$err\"  || exit 1
  \$CTOLADDER --version | grep -qx 'ctoladder [0-9][0-9.]*.*'")
set_tests_properties("e2e: dev-full-version" PROPERTIES SKIP_RETURN_CODE 77)
# --variant and --profile name their axis; a typo in an overlay gets a suggestion.
e2e(err-variant-axis --exit 2 --empty-out --err "ctoladder: error: 'china' is a profile of 'cto', not a variant"
    -- describe cto --variant china)
e2e(err-overlay-suggest --exit 2 --empty-out --err "has no overlay 'startu' (did you mean 'startup'?)"
    -- describe cto@startu)

# --- hints a shell user needs (issue 14): what to do next, in English and Chinese ---
e2e(hint-overlay-typo --exit 2 --empty-out --err "(did you mean 'startup'?)"
    --err "ctoladder: hint: try cto@startup,china" -- describe cto@startp,china)
e2e(hint-overlay-typo-zh --exit 2 --empty-out --err "可用的有：startup（公司类型）、enterprise（公司类型）、us（地区）、china（地区）"
    --err "ctoladder: hint: 试试 cto@startup" -- --lang zh describe cto@startp)
e2e(hint-same-axis --exit 2 --empty-out --err "ctoladder: error: overlays 'startup' and 'enterprise' are both a variant"
    --err "ctoladder: hint: a reference takes one overlay of each axis (variant: startup, enterprise" --err "profile: us, china)"
    -- describe cto@startup,enterprise)
e2e(hint-same-axis-zh --exit 2 --empty-out --err "ctoladder: error: 叠加项 'startup' 和 'enterprise' 都属于“公司类型”这一类，只能选一个"
    --err "ctoladder: hint: 一个引用每一类只取一个叠加项（公司类型：startup, enterprise；地区：us, china）"
    -- --lang zh describe cto@startup,enterprise)
e2e(hint-axis-flag-zh --exit 2 --empty-out --err "'us' 是 'cto' 的地区叠加项（profile），不是公司类型（variant）"
    -- --lang zh describe cto --variant us)
e2e_shell(hint-search-empty [=[
  $CTOLADDER search '' >/tmp/se-out-$$ 2>/tmp/se-err-$$; s=$?; out=$(cat /tmp/se-out-$$); err=$(cat /tmp/se-err-$$); rm -f /tmp/se-*-$$
  [ $s = 2 ] && [ -z "$out" ] && grep -qx "ctoladder: error: search needs some text to look for" <<<"$err" &&
    grep -qx "ctoladder: hint: give a word or phrase, e.g. ctoladder search review; 'ctoladder list' shows every role" <<<"$err" &&
    { $CTOLADDER --lang zh search '' 2>&1; true; } | grep -qx "ctoladder: hint: 请给出一个词或短语，如 ctoladder search 评审；'ctoladder list' 列出所有角色"]=])
e2e(hint-output-folder-missing --exit 3 --empty-out
    --err "ctoladder: error: cannot write '/nonexistent/x': the folder '/nonexistent' does not exist"
    --err "ctoladder: hint: create it first (mkdir -p '/nonexistent') or write elsewhere" -- ladder -o /nonexistent/x)
e2e(hint-output-folder-missing-zh --exit 3 --empty-out
    --err "ctoladder: error: 无法写入 '/nonexistent/x'：目录 '/nonexistent' 不存在"
    --err "ctoladder: hint: 请先创建它（mkdir -p '/nonexistent'），或写到别处" -- --lang zh ladder -o /nonexistent/x)
e2e(hint-domain-prefix --exit 2 --empty-out --err "ctoladder: error: unknown domain 'archi' (did you mean 'architecture'?)"
    -- search code --domain archi)
e2e(hint-domain-prefix-zh --exit 2 --empty-out --err "ctoladder: error: 未知领域 'archi'（是否想用 'architecture'？）"
    -- --lang zh search code --domain archi)
e2e(hint-via-overlay --exit 2 --empty-out --err "ctoladder: error: --via cto@us: a stop is a role, without overlays"
    --err "ctoladder: hint: use --via cto" --err "overlays go on FROM and TO" -- path programmer tech-director --via cto@us)
e2e(hint-via-overlay-zh --exit 2 --empty-out --err "ctoladder: error: --via cto@us：途经的是角色，不能带叠加项"
    -- --lang zh path programmer tech-director --via cto@us)
