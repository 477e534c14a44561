# path, gap, chart and the pictures (ladder --format dot/mermaid, chart --format svg), on the
# built-in library and on a user folder (data/growth/roles: an intern below programmer, a staff
# engineer with two equally short ways to the CTO, a `security` domain), in English and Chinese.
# Pictures are checked by the real tools: Graphviz renders the dot, xmllint reads the SVG.
set(GR ${E2E_DATA}/growth/roles)
set(HAVE ${E2E_DATA}/growth/have)
set(GTOOLS ${E2E_DATA}/tools)
set(GJQ ${GTOOLS}/jq1)
set(GWIDE --env COLUMNS=250)

# --- path: built-in library ---
e2e(path-programmer-cto ${GWIDE} --empty-err
    --out "programmer → senior-engineer → architect → tech-manager → tech-director → cto (5 steps)"
    --out "Step 1 of 5: programmer (Programmer) → senior-engineer (Senior engineer)"
    --out "Link: 004_3fe3bb29514d875f.txt § 高级程序员"
    --out "steady, accumulated effort" --out "Around year five"
    --out "Total: programmer → cto" --out "NOT LISTED" -- path programmer cto)
e2e(path-senior-td --out "senior-engineer → architect → tech-manager → tech-director (3 steps)"
    --out "team size" -- path senior-engineer tech-director)
e2e(path-arch-startup --out "architect → tech-manager → tech-director → cto@startup (3 steps)"
    --out "@startup: As the company matures" -- path architect cto@startup)
# Links no article gives are used only where no article's route leads, and say so.
e2e(path-inferred --out "architect → chief-architect (1 step)"
    --out "Link: the project's inference: Article A's chief architect"
    -- path architect chief-architect)
e2e(path-inferred-zh --out "这一步的依据：本项目的推断" -- --lang zh path tech-director head-of-engineering)
e2e(path-via --out "architect → tech-manager → tech-director → cto (3 steps)"
    --out "Forced through: tech-manager" -- path architect cto --via tech-manager)
e2e(path-alias-zh --out "共 2 步：programmer → senior-engineer → architect" --not-out "Step"
    --out "第 1/2 步" --out "合计" -- --lang zh path 程序员 架构师)
e2e(path-zh-env --env LC_ALL= --env LANG=zh_CN.UTF-8 --out "共 5 步：" --out "新增" -- path programmer cto)
e2e(path-same --out "Already there" -- path cto cto)
e2e(path-unreachable --exit 2 --empty-out
    --err "ctoladder: error: no way up the ladder from cto to programmer along 'next' steps"
    --err "cto has no 'next' step" -- path cto programmer)
e2e(path-unreachable-lists --exit 2 --empty-out
    --err "from tech-director you can reach only cto, head-of-engineering, one 'next' step at a time (tech-director's own next: cto, head-of-engineering)"
    -- path tech-director architect)
e2e(path-via-unreachable --exit 2 --err "via programmer" -- path architect cto --via programmer)
e2e(path-unknown --exit 2 --err "did you mean 'programmer'" -- path programer cto)
e2e(path-one-role --exit 2 --err "path --help" -- path programmer)
e2e(path-json --empty-err
    --check "${GJQ} 'keys_unsorted == [\"schema_version\",\"from\",\"to\",\"via\",\"route\",\"steps\",\"total\"]'"
    --check "${GJQ} '.route == [\"programmer\",\"senior-engineer\",\"architect\",\"tech-manager\",\"tech-director\",\"cto\"]'"
    --check "${GJQ} '.steps | length == 5 and (.[0] | keys_unsorted) == [\"from\",\"to\",\"fields\",\"gained\",\"left\",\"kept\",\"link\",\"guidance\"]'"
    --check "${GJQ} '[.steps[].link.source.section] == [\"高级程序员\",\"架构师\",\"技术经理\",\"技术总监\",\"CTO\"]'"
    --check "${GJQ} '.steps[0].guidance[0].about == \"step\" and (.steps[4].guidance | map(.about) | index(\"role\")) != null'"
    --check "${GJQ} '[.steps[].guidance[] | keys_unsorted] | unique == [[\"text\",\"source\",\"overlay\",\"inherited_from\",\"about\"]]'"
    --check "${GJQ} '.total.steps == 5 and (.total.gained | length) > 50'"
    -- path programmer cto --format json)
e2e(path-yaml --check "python3 ${GTOOLS}/check_yaml.py" -- path programmer cto --format yaml)
e2e(path-tsv --check "python3 ${GTOOLS}/check_tsv.py 6 20" --out "total	gained	strategy"
    -- path programmer cto --format tsv)
e2e(path-md --check "python3 ${GTOOLS}/check_markdown.py heading table" -- path architect cto --format markdown)
foreach(lang en zh)
  e2e(path-width-${lang} --env COLUMNS=60 --check "python3 ${GTOOLS}/check_width.py 60"
      -- path programmer cto --lang ${lang})
endforeach()

# --- path: user folder ---
e2e(path-user-tie --out "staff-engineer → distinguished-engineer → cto (2 steps)"
    --out "Security & trust" -- --roles ${GR} path staff-engineer cto)
e2e(path-user-via --out "staff-engineer → principal-engineer → cto (2 steps)"
    -- --roles ${GR} path staff-engineer cto --via principal-engineer)
e2e(path-user-intern --out "intern → programmer → senior-engineer → architect → tech-manager → tech-director → cto (6 steps)"
    -- --roles ${GR} path intern cto)
e2e(path-user-zh --out "安全与信任" --out "共 2 步：" -- --roles ${GR} --lang zh path staff-engineer cto)
e2e(path-user-unreachable --exit 2 --empty-out --err "no way up the ladder from programmer to staff-engineer"
    -- --roles ${GR} path programmer staff-engineer)
e2e(path-user-absent --exit 2 --err "unknown role 'staff-engineer'" -- path staff-engineer cto)

# --- gap: built-in library ---
e2e(gap-template --empty-err --out "holds:" --out "  - module-design" -- gap --template)
e2e(gap-template-zh --out "holds:" --out "用法" -- --lang zh gap --template)
e2e_shell(gap-template-roundtrip [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER gap --template >"$dir/me.yaml" && $CTOLADDER gap senior-engineer --have "$dir/me.yaml" --min 40 >/dev/null]=])
e2e(gap-file ${GWIDE} --empty-err --out "Gap to architect (Architect): 2 of 13 held (15%)"
    --out "Missing (11)" --out "technical-solutions" --out "architect (rank 3)"
    --out "Held, but architect does not need (3)" --out "bug-diagnosis" --out "█"
    --check "grep -A1 'does not need (3)' | grep -qE '^ID +RESPONSIBILITY +DOMAIN$'"
    -- gap architect --have ${HAVE}/senior.yaml)
e2e(gap-ids --out "2 of 13 held" -- gap architect --have technical-solutions,architecture-design)
e2e(gap-from --out "Counting every responsibility of senior-engineer" --out "2 of 13 held"
    -- gap architect --from senior-engineer)
# Held duties the target does not need are shown in the --from role's own words, not in those
# of the role that first teaches the id (the tech manager estimates workload; the architect
# estimates a solution's schedule).
e2e(gap-from-own-text
    --check "${GJQ} '[.extra[] | select(.id == \"effort-estimation\") | .text.en] == [\"Estimate the development workload.\"]'"
    --check "${GJQ} '[.extra[] | select(.id == \"hands-on-coding\") | .text.en] == [\"Do low-level, foundational code development and train the team on it.\"]'"
    -- gap tech-director --from tech-manager --format json)
e2e(gap-from-own-text-table ${GWIDE} --out "Judge development risks, report them and coordinate their resolution."
    --not-out "Foresee technical risks" -- gap tech-director --from tech-manager)
e2e(gap-from-have --out "4 of 13 held"
    -- gap architect --from senior-engineer --have technical-solutions,architecture-design)
e2e(gap-min-met --exit 0 --out "--min 15%: met" -- gap architect --have ${HAVE}/senior.yaml --min 15)
e2e(gap-min-not-met --exit 1 --out "--min 50%: not met" -- gap architect --have ${HAVE}/senior.yaml --min 50)
e2e(gap-min-full --exit 0 -- gap programmer --from programmer --min 100)
e2e(gap-min-range --exit 2 --err "--min" -- gap architect --from programmer --min 120)
e2e(gap-zh --out "距离架构师（architect）：已具备 2/13 项（15%）" --out "尚缺" --out "级别 3"
    -- --lang zh gap architect --have ${HAVE}/senior.yaml)
e2e(gap-typo --exit 2 --empty-out
    --err "typo.yaml:3:5: error: unknown responsibility 'modul-design' (did you mean 'module-design'?)"
    --err "ctoladder: error: --have" -- gap architect --have ${HAVE}/typo.yaml)
# Ids typed on the command line (no file to point into): the house style, ctoladder: error: ...
e2e(gap-typo-ids --exit 2 --empty-out --err "ctoladder: error: --have: unknown responsibility 'tech-strategi' (did you mean 'tech-strategy'?)"
    --err "ctoladder: hint: ids are the ones"
    -- gap cto --have hands-on-coding,tech-strategi)
e2e(gap-typo-ids-two --exit 2 --empty-out --err "ctoladder: error: --have: unknown responsibility 'nosuch' (no role holds it)"
    --err "ctoladder: error: --have: unknown responsibility 'tech-strategi' (did you mean 'tech-strategy'?)"
    --err "ctoladder: error: --have nosuch,tech-strategi has 2 problems"
    -- gap cto --have nosuch,tech-strategi)
e2e(gap-typo-ids-zh --exit 2 --empty-out --err "ctoladder: error: --have：未知职责 'nosuch'"
    -- --lang zh gap cto --have nosuch)
e2e(gap-bad-key --exit 2 --err "bad-key.yaml:1:1: error: unknown key 'hold' in a have file (did you mean 'holds'?)"
    -- gap architect --have ${HAVE}/bad-key.yaml)
e2e(gap-bad-yaml --exit 2 --err "bad-yaml.yaml:" --err "invalid YAML" -- gap architect --have ${HAVE}/bad-yaml.yaml)
e2e(gap-no-file --exit 2 --err "nowhere.yaml: error: cannot open" -- gap architect --have nowhere.yaml)
e2e(gap-directory --exit 2 --err "is a directory" -- gap architect --have ${HAVE}/)
e2e(gap-empty-list --out "0 of 13 held" --out "Missing (13)" -- gap architect --have ${HAVE}/empty-list.yaml)
e2e(gap-no-target --exit 2 --err "gap needs a TARGET role" -- gap --have ${HAVE}/senior.yaml)
e2e(gap-no-have --exit 2 --err "gap needs --have FILE" -- gap architect)
e2e(gap-unknown-target --exit 2 --err "did you mean 'architect'" -- gap architec --from programmer)
e2e_shell(gap-too-big [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  { echo "holds:"; yes "  - hands-on-coding" | head -c 70000; } >"$dir/big.yaml"
  out=$($CTOLADDER gap architect --have "$dir/big.yaml" 2>&1 >/dev/null); status=$?
  [ $status = 2 ] && grep -q "big.yaml: error: file is too large" <<<"$out"]=])
e2e_shell(gap-fifo [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  mkfifo "$dir/pipe.yaml"
  out=$(timeout 60 $CTOLADDER gap architect --have "$dir/pipe.yaml" 2>&1 >/dev/null); status=$?
  [ $status = 2 ] && grep -q "not a regular file" <<<"$out"]=])
e2e(gap-json --empty-err
    --check "${GJQ} 'keys_unsorted == [\"schema_version\",\"target\",\"from\",\"held\",\"coverage\",\"domains\",\"extra\",\"min\",\"meets_min\",\"guidance\",\"step_guidance\"]'"
    --check "${GJQ} '.coverage == {\"held\":2,\"total\":13,\"percent\":15.4} and .meets_min == false and .min == 50'"
    --check "${GJQ} '.domains[0].id == \"architecture\" and (.domains[0].missing | length) == 7'"
    --check "${GJQ} '.domains[1].id == \"implementation\" and [.domains[1].missing[].id] == [\"interface-management\"]'"
    --check "${GJQ} '[.domains[].missing[].learned_at.role] | unique == [\"architect\"]'"
    --check "${GJQ} '[.extra[].id] == [\"hands-on-coding\",\"module-design\",\"bug-diagnosis\"]'"
    --exit 1 -- gap architect --have ${HAVE}/senior.yaml --min 50 --format json)
e2e(gap-yaml --check "python3 ${GTOOLS}/check_yaml.py" -- gap cto --have ${HAVE}/senior.yaml --format yaml)
e2e(gap-tsv --check "python3 ${GTOOLS}/check_tsv.py 9 10" --out "total			2	13	15.4"
    -- gap architect --have ${HAVE}/senior.yaml --format tsv)
e2e(gap-md --check "python3 ${GTOOLS}/check_markdown.py heading table" -- gap cto --have ${HAVE}/senior.yaml --format markdown)
foreach(lang en zh)
  e2e(gap-width-${lang} --env COLUMNS=60 --check "python3 ${GTOOLS}/check_width.py 60"
      -- gap cto --have ${HAVE}/senior.yaml --lang ${lang})
endforeach()

# --- gap: user folder ---
e2e(gap-user --out "Security & trust" --out "1/1" --out "Held, but staff-engineer does not need (1)"
    --out "learn-codebase" -- --roles ${GR} gap staff-engineer --have ${HAVE}/security.yaml)
e2e(gap-user-zh --out "安全与信任" --out "distinguished-engineer（级别 5）" -- --roles ${GR} --lang zh gap distinguished-engineer --have ${HAVE}/security.yaml)
e2e(gap-user-needs-folder --exit 0 --out "0 of 13 held"
    --err "warning: unknown responsibility 'security-review' (no role holds it" --err "not counted"
    --err "add --roles DIR"
    -- gap architect --have ${HAVE}/security.yaml)

# --- chart and compare bars ---
e2e(chart-text --empty-err --out "architect · tech-director · cto"
    --out "Responsibilities per domain (bars scaled to the largest, 20)" --out "████" -- chart architect tech-director cto)
e2e(chart-zh --out "各领域职责数" --out "技术战略与愿景" -- --lang zh chart architect cto)
e2e(chart-json --check "${GJQ} 'keys_unsorted == [\"schema_version\",\"scale\",\"domains\",\"max\",\"ticks\",\"roles\"] and .max == 20 and (.roles | length) == 3'"
    -- chart architect tech-director cto --format json)
e2e(chart-tsv --check "python3 ${GTOOLS}/check_tsv.py 6 27" -- chart architect tech-director cto --format tsv)
e2e(chart-too-many --exit 2 --err "chart draws at most 8 roles, not 9"
    -- chart programmer programmer programmer programmer programmer programmer programmer programmer programmer)
e2e(compare-bars --out "Responsibilities per domain (bars scaled to the largest, 20)" -- compare architect cto)
e2e(compare-bars-zh --out "各领域职责数" -- --lang zh compare architect cto)
foreach(lang en zh)
  e2e(chart-width-${lang} --env COLUMNS=60 --check "python3 ${GTOOLS}/check_width.py 60"
      -- chart architect tech-director cto --lang ${lang})
endforeach()

# --- pictures, checked by the tools that read them ---
e2e(chart-svg --empty-err --out "<svg xmlns=\"http://www.w3.org/2000/svg\"" --out "Noto Sans CJK SC"
    --check "xmllint --noout -" -- chart architect tech-director cto --format svg)
e2e(chart-svg-zh --out "xml:lang=\"zh-Hans\"" --out "架构与技术标准" --check "xmllint --noout -"
    -- --lang zh chart architect tech-director cto --format svg)
# (An argument must not hold a ';': CMake would split it, so "&amp;" is matched as "&amp".)
e2e(chart-svg-user --out "Security &amp" --not-out "Security & trust" --check "xmllint --noout -"
    -- --roles ${GR} chart staff-engineer principal-engineer distinguished-engineer --format svg)
e2e(chart-svg-user-zh --out "安全与信任" --check "xmllint --noout -"
    -- --roles ${GR} --lang zh chart intern staff-engineer --format svg)
e2e_shell(chart-svg-output [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  echo old >"$dir/chart.svg"
  out=$($CTOLADDER chart architect cto --format svg --output "$dir/chart.svg") || exit 1
  [ -z "$out" ] && xmllint --noout "$dir/chart.svg" && [ "$(ls -A "$dir")" = chart.svg ] &&
    cmp -s "$dir/chart.svg" <($CTOLADDER chart architect cto --format svg)]=])
e2e(chart-output-bad-folder --exit 3 --err "ctoladder: error: cannot"
    -- chart architect --format svg --output /nonexistent-folder/chart.svg)
e2e_shell(docs-chart-is-current [=[unset CTOLADDER_ROLES
  cmp "$E2E_DATA/../../../docs/chart.svg" <($CTOLADDER chart architect tech-director cto --format svg --lang en)]=])
e2e_shell(ladder-dot-renders [=[unset CTOLADDER_ROLES
  command -v dot >/dev/null || { echo "graphviz is not installed"; exit 1; }
  $CTOLADDER ladder --format dot | dot -Tsvg | xmllint --noout -]=])
e2e_shell(ladder-dot-renders-zh [=[unset CTOLADDER_ROLES
  out=$($CTOLADDER ladder --format dot --lang zh | dot -Tsvg) && xmllint --noout - <<<"$out" && grep -q "首席技术官" <<<"$out"]=])
e2e_shell(ladder-dot-renders-user [=[unset CTOLADDER_ROLES
  out=$($CTOLADDER --roles "$E2E_DATA/growth/roles" ladder --format dot | dot -Tsvg) &&
    xmllint --noout - <<<"$out" && grep -q "Distinguished engineer" <<<"$out"]=])
e2e(ladder-dot --empty-err --out "digraph ladder {" --out "subgraph cluster_individual_contributor {"
    --out "\"architect\" -> \"chief-architect\" [style=dashed];" -- ladder --format dot)
e2e(ladder-mermaid --empty-err --out "flowchart BT" --out "subgraph management[\"management\"]"
    --out "n0 --> n1" --out "classDef executive_role" -- ladder --format mermaid)
e2e(ladder-mermaid-zh --out "subgraph executive[\"高管\"]" -- --lang zh ladder --format mermaid)
e2e(ladder-mermaid-user --out "Intern<br/>intern · rank 1" -- --roles ${GR} ladder --format mermaid)
# Issue 12: a rank no article gives is starred in the pictures too, as in list and the site's
# picture, and the title says what the star means; exactly the ranks describe calls inferred.
e2e_shell(ladder-pictures-star-inferred-ranks [=[unset CTOLADDER_ROLES
  inferred=$(for id in $($CTOLADDER list --ids); do
    $CTOLADDER describe "$id" --format json | jq -r 'select(.rank_basis.source == null and .rank_basis.inference != null) | .id'
  done | sort | paste -sd' ')
  [ "$inferred" = "chief-architect head-of-engineering" ] || { echo "inferred ranks: $inferred"; exit 1; }
  dot=$($CTOLADDER ladder --format dot)
  [ "$(grep -o '\\n[a-z-]* · rank [0-9]*\*' <<<"$dot" | sed 's/^\\n//; s/ .*//' | sort | paste -sd' ')" = "$inferred" ] ||
    { echo "dot stars: $dot"; exit 1; }
  grep -q '<FONT POINT-SIZE="12">\* rank: the project.s inference, not an article.s</FONT>' <<<"$dot" || { echo "dot note"; exit 1; }
  grep -q '"cto" \[label="Chief Technology Officer\\ncto · rank 6",' <<<"$dot" || { echo "cto starred"; exit 1; }
  $CTOLADDER ladder --format dot --lang zh | dot -Tsvg | grep '级别：本项目的推断' >/dev/null || { echo "zh dot note"; exit 1; }
  mermaid=$($CTOLADDER ladder --format mermaid --lang zh)
  [ "$(grep -c '级别 5\*' <<<"$mermaid")" = 2 ] && grep -q '^title: 软件工程职业阶梯（\* 级别：本项目的推断' <<<"$mermaid" ||
    { echo "mermaid: $mermaid"; exit 1; }
  # a company ladder whose ranks are its own has no star and no note
  ! $CTOLADDER --roles "$E2E_DATA/growth/roles" --no-builtin ladder --format dot | grep -q 'rank [0-9]*\*\|inference'
]=])
e2e(ladder-text-still --out "Steps, and their basis" -- ladder)

# --- a picture a command does not draw is a usage error ---
e2e(list-svg-refused --exit 2 --empty-out --err "'list' cannot draw --format svg"
    --err "--format svg works with: chart" -- list --format svg)
e2e(ladder-svg-refused --exit 2 --empty-out --err "'ladder' cannot draw --format svg" -- ladder --format svg)
e2e(chart-dot-refused --exit 2 --empty-out --err "--format dot works with: ladder" -- chart cto --format dot)
e2e(path-mermaid-refused --exit 2 --empty-out --err "'path' cannot draw --format mermaid" -- path programmer cto --format mermaid)
e2e(format-unknown --exit 2 --err "--format" -- ladder --format png)

# A have file made on a site of a role folder, used against the built-in library: ids that
# resemble nothing known are a warning and are not counted; typed ids stay errors.
e2e_shell(gap-have-file-foreign-ids [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  printf 'holds:\n  - one-on-ones\n  - module-design\n' >"$dir/have.yaml"
  out=$($CTOLADDER gap architect --have "$dir/have.yaml" 2>"$dir/err"); code=$?
  [ $code -eq 0 ] || { echo "exit $code"; cat "$dir/err"; exit 1; }
  grep -q "have.yaml:2:5: warning: unknown responsibility 'one-on-ones' (no role holds it; not counted" "$dir/err" || { cat "$dir/err"; exit 1; }
  grep -q "of 13 held" <<<"$out" || exit 1
  $CTOLADDER gap architect --have one-on-ones,module-design >/dev/null 2>&1; [ $? -eq 2 ]]=])

# gap --from a role whose `next` leads to the target shows that step's advice, as path does:
# in text under its own heading, in JSON as step_guidance, in TSV as step-guidance rows.
e2e_shell(gap-step-guidance [=[unset CTOLADDER_ROLES; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$d"
  $CTOLADDER --width 200 gap tech-manager --from architect >out 2>err || exit 1
  grep -q '^Guidance for the step from architect to tech-manager (1)$' out || { cat out; exit 1; }
  grep -q 'leadership' out || exit 1
  grep -q '^Guidance for tech-manager' out || exit 1
  $CTOLADDER gap tech-manager --from architect --format json >json || exit 1
  jq -e '(.step_guidance | length) == 1 and (.step_guidance[0].text.en | test("leadership")) and .step_guidance[0].source.article != null' json >/dev/null || exit 1
  $CTOLADDER gap tech-manager --from programmer --format json | jq -e '.step_guidance == []' >/dev/null || exit 1
  $CTOLADDER gap tech-manager --from architect --format tsv >tsv || exit 1
  [ "$(grep -c '^step-guidance	' tsv)" = 1 ] || exit 1
  [ -z "$(cat err)" ]]=])
# gap TARGET --template lists the target's duties, grouped by domain; the file as written holds
# all of them, and after deleting lines it counts what is left.
e2e_shell(gap-template-for-target [=[unset CTOLADDER_ROLES; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$d"
  $CTOLADDER gap architect --template >me.yaml 2>err || exit 1
  [ -z "$(cat err)" ] || exit 1
  head -1 me.yaml | grep -q '^# ctoladder have file for architect (Architect): its 13 responsibilities' || exit 1
  [ "$(grep -c '^  - ' me.yaml)" = 13 ] || exit 1
  grep -q '^  - technical-solutions  *# ' me.yaml || exit 1
  $CTOLADDER gap architect --have me.yaml | grep -q '13 of 13 held' || exit 1
  sed -i '/technical-solutions/d' me.yaml
  $CTOLADDER gap architect --have me.yaml | grep -q '12 of 13 held' || exit 1
  $CTOLADDER --lang zh gap architect --template | head -1 | grep -q '对照 architect' || exit 1]=])
