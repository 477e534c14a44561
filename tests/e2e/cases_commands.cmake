# Every command on the built-in library and on user role folders, in English and Chinese, with
# checks on what the output actually says. Counts in summaries come from the built-in library
# (roles/*.yaml); change them here when the library changes on purpose.

# e2e_shell with a time limit, so that a case that hangs (a pager waiting on a terminal, say)
# fails instead of stalling the run. (Defined the same way in each case file that uses it.)
function(e2e_sh name script)
  e2e_shell(${name} "${script}")
  set_tests_properties("e2e: ${name}" PROPERTIES TIMEOUT 300)
endfunction()

set(UR ${E2E_DATA}/user-roles)      # staff-engineer (extends senior-engineer) + its own architect
set(UR2 ${E2E_DATA}/user-roles-2)   # another architect and a user domain 'security'
set(GOLD ${E2E_DATA}/golden)
set(JQ1 ${E2E_DATA}/tools/jq1)   # jq -e that also fails on empty output
# Chinese from the environment: LC_ALL outranks LANG, so clear the driver's LC_ALL=C.UTF-8.
set(ZH_ENV --env LC_ALL= --env LANG=zh_CN.UTF-8)
# Wide enough that summary lines are not wrapped. (An argument must not hold a ';': CMake would
# split it, so summary lines are matched as two halves.)
set(WIDE --env COLUMNS=250)

# --- list ---
# 8 roles, the header, the note that the tracks are the project's grouping and the note on the
# ranks no article gives (chief architect's and head of engineering's, marked 5*). Years have
# their unit, as describe and path show them.
# English output names each role in English only (no Chinese beside it, which made the NAME
# column too wide for 80 columns).
e2e(list-en --out-lines 11 --out "Programmer " --out "Chief Technology Officer  "
    --not-out "程序员" --not-out "首席技术官" --not-out "高级程序员"
    --out "individual contributor" --out "YEARS" --out "Tracks are the project's inference"
    --out "individual contributor  5*" --out "management              5*" --not-out "executive               6*"
    --out "* The rank is the project's inference" --out "1     0-3 years"
    --not-out "标识" -- list)
e2e(list-zh --out-lines 11 --out "标识" --out "首席技术官" --out "专业序列" --out "管理序列" --out "高管"
    --out "路线是本项目的推断" --out "* 该级别是本项目的推断" --out "1     0-3年"
    --not-out "Programmer" -- --lang zh list)
e2e(list-zh-after --out "标识" --out "程序员" --not-out "Programmer" -- list --lang zh)
e2e(list-env-lang ${ZH_ENV} --out "标识" --out "程序员" --not-out "Programmer" -- list)
e2e(list-env-lcmsg --env LC_ALL= --env LANG=C.UTF-8 --env LC_MESSAGES=zh_TW.UTF-8
    --out "标识" --not-out "Programmer" -- list)
e2e(list-env-lcall --env LANG=zh_CN.UTF-8 --out "Programmer" --not-out "标识" -- list)
e2e(list-lang-wins ${ZH_ENV} --out "Programmer" --not-out "标识" -- list --lang en)
e2e(list-ids-order --out-lines 8 --golden ${GOLD}/list-ids.txt -- list --ids)
e2e(list-ids-zh --golden ${GOLD}/list-ids.txt -- --lang zh list --ids)
e2e_sh(list-ids-ends [=[unset CTOLADDER_ROLES
  out=$($CTOLADDER list --ids) || exit 1
  [ "$(head -1 <<<"$out")" = programmer ] && [ "$(tail -3 <<<"$out" | tr '\n' ' ')" = "head-of-engineering tech-director cto " ] && [ "$(wc -l <<<"$out")" = 8 ]]=])
e2e(list-tsv --golden ${GOLD}/list.tsv -- list --format tsv)

# --- ladder ---
e2e(ladder-en --golden ${GOLD}/ladder.txt -- ladder)
# Article B's ladder is one line; the two links to article A's split-out roles are marked as the
# project's inference.
e2e(ladder-steps ${WIDE}
    --out "senior-engineer → architect" --out "004_3fe3bb29514d875f.txt § 架构师"
    --out "tech-director → cto" --out "004_3fe3bb29514d875f.txt § CTO"
    --out "architect → chief-architect                              the project's inference: Article A's chief architect"
    --out "chief-architect → cto                                    the project's inference: Within the"
    --out "tech-director → head-of-engineering (across, same rank)  the project's inference: Article B"
    --out "tech-director: team: more than 20 people"
    --out "The rank of chief-architect and head-of-engineering is the project's inference"
    --not-out "beside" --not-out "senior-engineer → tech-manager" --not-out "Tracks part" -- ladder)
# Article B: a tech director is needed once R&D has more than 20 people (超过20人).
e2e(ladder-zh ${WIDE} --out "职业阶梯（自上而下）" --out "团队>20人" --out "3-8年" --out "程序员（programmer）"
    --out "首席技术官（cto）" --out "技术经理（tech-manager）" --out "每一步及其依据" --out "首席架构师（chief-architect） → 首席技术官（cto）"
    --out "（同级平移）" --out "tech-director：团队>20人"
    --out "路线是本项目的推断"
    --out "首席架构师（chief-architect）和工程主管（head-of-engineering）的级别是本项目的推断"
    --not-out "The ladder" -- --lang zh ladder)
e2e(ladder-env-zh ${ZH_ENV} --out "职业阶梯（自上而下）" --not-out "Tracks part" -- ladder)
e2e(ladder-json --check "${JQ1} '[.forks[].after] == [\"architect\",\"tech-director\"]'"
    --check "${JQ1} '[.rungs[].rank] == [6,5,4,3,2,1]'"
    --check "${JQ1} '[.rungs[].roles[].next_steps[] | select(.source == null) | .id] == [\"cto\",\"cto\",\"head-of-engineering\",\"chief-architect\"]'"
    -- ladder --format json)

# --- describe ---
e2e(describe-cto --out "cto — Chief Technology Officer"
    --out "startup (variant), enterprise (variant), us (profile), china (profile)"
    --out "Technical strategy & vision (20)" --out "tech-strategy" --out "how: Owns technical strategy"
    --not-out "@startup" --not-out "000_dd70d542bb17934c.txt" -- describe cto)
e2e(describe-zh --out "首席技术官（cto）" --out "技术战略与愿景（20）" --out "startup（公司类型）"
    --out "高管（本项目的推断）" --out "别名      chief-technology-officer、首席技术官"
    --out "方式：" --not-out "Technical strategy" -- --lang zh describe cto)
e2e(describe-env-zh ${ZH_ENV} --out "首席技术官（cto）" --out "技术战略与愿景" -- describe cto)
e2e(describe-startup --out "cto@startup — Chief Technology Officer" --out "@startup" --out "part of the job"
    --out "usually expects two things of its"
    --out "Technical strategy & vision (21)" --out "code-review" --out "Codes hands-on" -- describe cto@startup)
# Article A's enterprise CTO hands the head of engineering's areas over; no source says it stops
# coding, so `coding` stays unset.
e2e(describe-enterprise --out "cto@enterprise — Chief Technology Officer" --out "public-face"
    --not-out "hands-on coding" --not-out "people-management" --not-out "delivery-coordination"
    --not-out "hiring" --out "@enterprise: A large company tends to split the job among a CTO"
    --out "@enterprise: As a company matures, the CTO's role changes, and the company may come to"
    -- describe cto@enterprise)
e2e(describe-us-limited --out "limited-daily-management" --out "people-management"
    --not-out "hands-on coding" -- describe cto@us)
e2e(describe-guidance --out "Guidance (10)" --out "A goal without a plan is only a wish"
    --out "Walt Disney" --not-out "goal-communication" -- describe cto)
e2e(describe-basis --out "rank basis  the project's inference: Not a rung of article B's ladder"
    --out "next steps  cto (the project's inference: Within the technology leadership of a larger"
    --out "track       individual contributor (the project's inference)"
    --out "scope       platform (the project's inference)" --out "has the CTO make sure the other two"
    --out "rank        5 (the project's inference)" --out "one rank below the CTO" --not-out "beside"
    -- describe chief-architect)
e2e(describe-step-guidance --out "Guidance for the step senior-engineer → architect (1)"
    --out "Around year five" --not-out "career-direction" -- describe senior-engineer)
# Overlays of different axes give one role whichever order they are named in.
e2e_sh(describe-overlay-order [=[unset CTOLADDER_ROLES
  for pair in enterprise,us startup,china; do
    a=$($CTOLADDER describe cto@$pair --format json) || exit 1
    b=$($CTOLADDER describe cto@${pair#*,},${pair%,*} --format json) || exit 1
    [ "$a" = "$b" ] || { echo "cto@$pair differs by order"; exit 1; }
  done]=])
e2e(describe-combined
    --check "${JQ1} '.combinations[0].inference.en | startswith(\"Neither article combines them\")'"
    -- describe cto@us,enterprise --format json)
e2e(describe-combined-text --out "@enterprise + @us" --out "Both apply and agree"
    --out "inference" -- describe cto@us,enterprise)
# Every allowed pair of overlays states how it combines, marked as the project's inference.
e2e(describe-combined-startup-china
    --check "${JQ1} '.combinations | length == 1 and (.[0].note.en | startswith(\"Both apply and agree\")) and (.[0].inference.en | contains(\"is the project\"))'"
    -- describe cto@china,startup --format json)
# A startup CTO with the US profile is a declared conflict (article B's US picture is of an
# established company), refused in either order with the data's reason.
e2e(describe-conflict-startup-us --exit 2 --empty-out
    --err "ctoladder: error: overlays 'startup' and 'us' of 'cto' conflict: article A's small-startup CTO"
    -- describe cto@us,startup)
e2e(describe-conflict --exit 2 --empty-out
    --err "ctoladder: error: overlays 'enterprise' and 'china' of 'cto' conflict: article B's Chinese CTO"
    -- describe cto@china,enterprise)
e2e(describe-two-overlays --out "cto@startup,china — Chief Technology Officer" --out "@startup" --out "@china"
    -- describe cto@startup,china)
e2e(describe-sources --out "000_dd70d542bb17934c.txt" --out "source: 000_dd70d542bb17934c.txt § 技术战略"
    --out "004_3fe3bb29514d875f.txt § CTO" -- describe cto --sources)
e2e(describe-sources-zh --out "出处：000_dd70d542bb17934c.txt § 技术战略" -- --lang zh describe cto --sources)
e2e(describe-sources-json --check "${JQ1} '.responsibilities | all(.source.article | endswith(\".txt\"))'"
    --check "${JQ1} '[.sources[].article] | index(\"000_dd70d542bb17934c.txt\") != null'"
    -- describe cto --format json)
e2e_sh(describe-variant-flag [=[unset CTOLADDER_ROLES
  a=$($CTOLADDER describe cto --variant startup) && b=$($CTOLADDER describe cto@startup) || exit 1
  grep -q '^cto@startup — ' <<<"$a" && diff <(echo "$a") <(echo "$b")]=])
e2e_sh(describe-profile-flag [=[unset CTOLADDER_ROLES
  a=$($CTOLADDER describe cto --profile china --format json) && b=$($CTOLADDER describe cto@china --format json) || exit 1
  $E2E_DATA/tools/jq1 '.applied == ["china"]' <<<"$a" && diff <(echo "$a") <(echo "$b")]=])
e2e_sh(describe-both-flags [=[unset CTOLADDER_ROLES
  a=$($CTOLADDER describe cto --variant startup --profile china) && b=$($CTOLADDER describe cto@startup,china) || exit 1
  grep -q '^@china ' <<<"$a" && diff <(echo "$a") <(echo "$b")]=])

# --- aliases: ids and aliases are case-insensitive, Chinese aliases too ---
e2e(alias-zh-cto --out "cto — Chief Technology Officer" -- describe 首席技术官)
e2e(alias-upper --out "cto — Chief Technology Officer" -- describe CTO)
e2e(alias-vp --out "head-of-engineering — Head of engineering" -- describe VP-Engineering)
e2e(alias-coder --out "programmer — Programmer" -- describe coder)
e2e(alias-overlay-case --out "cto@startup — Chief Technology Officer" -- describe Cto@Startup)
e2e(alias-compare --out "architect (Architect) ⟷ cto (Chief Technology Officer)" -- compare 架构师 首席技术官)
e2e(alias-diff-same --exit 0 --empty-out --empty-err -- diff 首席技术官 CTO)
e2e(alias-diff-same-json --exit 0 --check "${JQ1} '.summary.identical and .summary.shared == 65'" -- diff 首席技术官 CTO --format json)

# --- compare ---
e2e(compare-arch-cto ${WIDE}
    --out "architect vs cto: 3 shared (3 worded differently), 10 only in architect, 62 only in cto" --out "7 of 9 fields differ."
    --out "only cto" --out "only architect" --out "both" --out "tech-strategy" --out "Summary" -- compare architect cto)
e2e(compare-arch-cto-json
    --check "${JQ1} '.summary == {shared: 3, reworded: 3, only_a: 10, only_b: 62, fields_differ: 7, identical: false}'"
    --check "${JQ1} '.a == \"architect\" and .b == \"cto\"'" -- compare architect cto --format json)
e2e(compare-arch-cto-zh ${WIDE}
    --out "architect 对比 cto：共有 3 项（其中 3 项表述不同），仅 architect 有 10 项，仅 cto 有 62 项；7 个字段不同。"
    --out "仅 cto" --out "共有" --out "小结" --not-out "Summary" -- --lang zh compare architect cto)
e2e(compare-env-zh ${ZH_ENV} --out "小结" --out "仅 cto" -- compare architect cto)
e2e(compare-startup-ent ${WIDE}
    --out "cto@startup vs cto@enterprise: 44 shared (7 worded differently), 25 only in cto@startup, 2 only in cto@enterprise" --out "1 of 9 fields differ."
    --out "only cto@startup" --out "only cto@enterprise" --out "public-face" --out "code-review"
    -- compare cto@startup cto@enterprise)
e2e(compare-china-us ${WIDE}
    --out "cto@china vs cto@us: 65 shared (12 worded differently), 8 only in cto@china, 1 only in cto@us"
    --out "only cto@china" --out "only cto@us" --out "limited-daily-management" --out "people-management"
    -- compare cto@china cto@us)
e2e(compare-tm-td ${WIDE}
    --out "tech-manager vs tech-director: 1 shared (1 worded differently), 13 only in tech-manager, 5 only in tech-director" --out "7 of 9 fields differ."
    --out "efficiency-tooling" --out "only tech-director" --out "only tech-manager" --out "more than 20 people"
    --out "track            management (the project's inference)"
    -- compare tech-manager tech-director)
e2e(compare-tm-td-zh ${WIDE}
    --out "tech-manager 对比 tech-director：共有 1 项（其中 1 项表述不同），仅 tech-manager 有 13 项，仅 tech-director 有 5 项；7 个字段不同。"
    --out "技术经理" --out "技术总监" -- --lang zh compare tech-manager tech-director)

# --- diff: exit 0 when the same, 1 when they differ ---
# Like diff(1) and git diff: two identical roles print nothing, exit 0 (JSON still says so).
e2e(diff-same --exit 0 --empty-out --empty-err -- diff cto cto)
e2e(diff-same-alias --exit 0 --empty-out --empty-err -- diff cto@china 首席技术官@china)
e2e(diff-same-markdown --exit 0 --empty-out --empty-err -- diff architect architect --format markdown)
e2e(diff-china-us --exit 1 --out "--- cto@china (Chief Technology Officer)" --out "+++ cto@us (Chief Technology Officer)"
    --not-out "@@ fields @@" --out "@@ Organization design @@"
    --out "+limited-daily-management: Take only a limited part" --out "-project-management: Manage"
    --out "(Article B: the US-style CTO takes little part in the day-to-day running of this" --out "+people-management: Look after the engineering staff"
    --not-out "goal-translation"
    -- diff cto@china cto@us)
# Article B calls the Chinese CTO a tech director plus; that cto@china keeps every tech director
# duty is the project's inference, cited where article B gives the duty and marked as inference.
e2e(diff-director-china --exit 1
    --out "tech-director vs cto@china: 6 shared (6 worded differently), 0 only in tech-director"
    --out "+shared-platform: Build the common software platform" --out "+resource-coordination:"
    --out "+efficiency-tooling:" --out "that the Chinese CTO keeps it is the project's inference"
    -- diff tech-director cto@china)
# The head of engineering's duties from A's job description also cite A's 区别, which hands them
# over; the two from B's CTO duty 3 say that giving them to this role is the project's inference.
e2e(describe-hoe-citations
    --check "${JQ1} '[.responsibilities[] | select(.source.section == \"组织设计\" or .source.section == \"招聘和职业发展\" or .source.section == \"调整和交付\") | .also | map(.section) | index(\"初创公司首席技术官和大公司首席技术官的区别\")] | length == 16 and all(. != null)'"
    --check "${JQ1} '[.responsibilities[] | select(.id == \"high-performing-team\" or .id == \"project-management-system\") | .how.en | contains(\"giving it here is the project\")] == [true, true]'"
    -- describe head-of-engineering --format json)
e2e(diff-us-china --exit 1 --out "+project-management: Manage" --out "-limited-daily-management"
    -- diff cto@us cto@china)
e2e(diff-zh --exit 1 --out "--- 首席技术官（cto@china）"
    --out "产品战略。（规划公司" --out "@@ 协同与交付 @@" --out "@@ 组织设计 @@"
    -- --lang zh diff cto@china cto@us)
e2e(diff-env-zh --exit 1 ${ZH_ENV} --out "@@ 协同与交付 @@" -- diff cto@china cto@us)
e2e(diff-json --exit 1 --check "${JQ1} '.summary.identical == false and .summary.only_a == 8 and .summary.only_b == 1'"
    -- diff cto@china cto@us --format json)
e2e(diff-same-json --exit 0 --check "${JQ1} '.summary.identical == true'" -- diff cto cto --format json)
e2e(diff-overlay-vs-base --exit 1 --out "+code-review: Provide the code reviews the team needs." -- diff cto cto@startup)

# --- search ---
e2e(search-zh-text --err "8 matches for '代码'." --out "tech-manager" --out "code-review" --out "cto@startup"
    -- search 代码)
e2e(search-code-review --out-lines 3 --out "tech-manager" --out "cto@startup" --err "2 matches for 'code review'."
    -- search "code review")
# stdout is data only: the count goes to stderr, after the data, so a pipe counts matches.
e2e_shell(search-count-on-stderr [=[
  out=$($CTOLADDER search "code review" 2>/tmp/search-err-$$) || exit 1
  err=$(cat /tmp/search-err-$$); rm -f /tmp/search-err-$$
  [ "$err" = "2 matches for 'code review'." ] || { echo "stderr: $err"; exit 1; }
  ! grep -q 'matches for' <<<"$out" || { echo "count on stdout"; exit 1; }
  [ "$($CTOLADDER search "code review" 2>/dev/null | wc -l)" = 3 ] || exit 1
  $CTOLADDER --lang zh search 代码 2>&1 >/dev/null | grep -qx '找到 8 处匹配“代码”。'
  [ -z "$($CTOLADDER search code --format tsv 2>&1 >/dev/null)" ]]=])
e2e(search-tsv --golden ${GOLD}/search-code-review.tsv -- search "code review" --format tsv)
# A hit on the role itself shows its field in brackets, never as a bare id a duty could have.
e2e(search-field-bracketed --out "programmer                                   (summary)  " --not-out "  summary  " -- search code)
e2e(search-fold-case --err "2 matches for 'CODE REVIEW'." -- search "CODE REVIEW")
e2e(search-zh --err "找到 2 处匹配“code review”。" --out "通过代码评审把好团队的质量关。"
    -- --lang zh search "code review")
e2e(search-env-zh ${ZH_ENV} --err "找到 8 处匹配“代码”。" -- search 代码)
e2e(search-role --out-lines 3 --out "role\tdomain\tid\ttext" --out "tech-manager\tengineering\tcode-review"
    --not-out "cto@startup" -- search code --role tech-manager --format tsv)
e2e(search-role-alias --out-lines 3 --out "tech-manager\timplementation\thands-on-coding"
    -- search code --role 技术经理 --format tsv)
e2e(search-domain --out-lines 3 --out "tech-manager\tengineering\tcode-review" --out "cto@startup\tengineering"
    --not-out "hands-on-coding" -- search code --domain engineering --format tsv)
e2e(search-track --err "2 matches for 'code'." --out "tech-manager" --not-out "cto@startup" --not-out "programmer"
    -- search code --track management)
e2e(search-track-exec --out-lines 3 --check "! tail -n +2 | grep -v '^cto@startup\t'"
    -- search 代码 --track executive --format tsv)
# Like grep and ripgrep: exit 1 when nothing matches, in every format; the summary (on stderr)
# still says so.
e2e(search-none --exit 1 --err "0 matches for 'zebra'." --empty-out -- search zebra)
e2e(search-none-json --exit 1 --empty-err --check "${JQ1} '.count == 0 and .hits == [] and .duties == []'"
    -- search zebra --format json)
e2e(search-none-tsv --exit 1 --empty-err --check "! grep -q zebra" -- search zebra --format tsv)
e2e(search-none-filtered --exit 1 --err "0 matches for 'code'." -- search code --role programmer --domain hiring)
e2e(search-found-exit --exit 0 --err "1 match for 'limited-daily'." -- search limited-daily)
e2e(search-json --check "${JQ1} '.count == (.hits | length) and .count == 2 and .query == \"code review\"'"
    -- search "code review" --format json)

# --- validate ---
e2e(validate-builtin --empty-err --out "<built-in>: 9 files, 8 roles, 9 domains: no problems." -- validate)
e2e(validate-zh --empty-err --out "<built-in>：9 个文件，8 个角色，9 个领域，没有问题。" -- --lang zh validate)
e2e(validate-json --check "${JQ1} '.ok == true and .summary.errors == 0 and .summary.roles == 8 and .paths == [\"<built-in>\"]'"
    -- validate --format json)
e2e(validate-user-dir --empty-err --env COLUMNS=1000 --out "no problems" --out "user-roles" -- validate ${UR})
e2e(validate-user-flag --empty-err --out "<built-in>, ${UR}: 11 files, 9 roles, 9 domains: no problems."
    -- --roles ${UR} validate)
e2e(validate-user-file --empty-err --env COLUMNS=1000 --out "no problems" -- validate ${UR}/staff-engineer.yaml)
# A folder named both in --roles and as the path counts its files once, not zero times.
e2e(validate-layer-named-again --empty-err --env COLUMNS=1000 --out "${UR}: 2 files, 9 roles, 9 domains: no problems."
    -- --roles ${UR} validate ${UR})
# One file is "1 file", not "1 files".
e2e(validate-one-file --empty-err --env COLUMNS=1000 --out "staff-engineer.yaml: 1 file, 9 roles, 9 domains: no problems."
    -- validate ${UR}/staff-engineer.yaml)
# Problems in file and line order, as a compiler lists them (parse and cross-file checks alike).
e2e_shell(validate-problem-order [=[cd "$E2E_DATA" || exit 1; err=$($CTOLADDER validate broken-order 2>&1 >/dev/null); s=$?
  [ $s = 2 ] || { echo "exit $s"; exit 1; }
  [ "$(grep -c ': error: ' <<<"$err")" = 10 ] || { echo "$err"; exit 1; }
  sort -c -t: -k1,1 -k2,2n -k3,3n <<<"$err" || { echo "not in file/line order:"; echo "$err"; exit 1; }
  [ "$(head -1 <<<"$err")" = "broken-order/aa-lead.yaml:1:1: error: a role file is missing required key 'scope'" ]]=])
# A machine format carries the problems on stdout only: stderr stays empty (rg --json, gh --json);
# text keeps them on stderr, FILE:LINE:COL.
e2e_shell(validate-data-quiet-stderr [=[cd "$E2E_DATA" || exit 1; t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
  for f in json yaml tsv; do
    $CTOLADDER validate broken-order --format $f >"$t/out" 2>"$t/err"; s=$?
    [ $s = 2 ] || { echo "$f: exit $s"; exit 1; }
    [ ! -s "$t/err" ] || { echo "$f: stderr is not empty:"; head -3 "$t/err"; exit 1; }
    grep -q "missing required key 'scope'" "$t/out" || { echo "$f: the problem is not on stdout"; exit 1; }
  done
  $CTOLADDER validate broken-order >"$t/out" 2>"$t/err"
  grep -q "^broken-order/aa-lead.yaml:1:1: error: " "$t/err" || { echo "text: no problem on stderr"; exit 1; }
  ! grep -q ": error: " "$t/out" || { echo "text: problems on stdout"; exit 1; }]=])

# --- a user folder: a new role (staff-engineer extends senior-engineer) and a replaced architect ---
e2e(user-list --out-lines 12 --out "Staff engineer" --out "Platform architect"
    --not-out "  Architect  " -- --roles ${UR} list)
e2e(user-list-ids --golden ${GOLD}/user-list-ids.txt -- --roles ${UR} list --ids)
e2e(user-ladder --out "architect, staff-engineer" --out "8-12" -- --roles ${UR} ladder)
e2e(user-describe-new --out "staff-engineer — Staff engineer" --out "cross-team-design-review"
    --out "hands-on-coding" --out "bug-diagnosis" --out "zebra-mentoring" --out "8-12 years"
    -- --roles ${UR} describe staff-engineer)
e2e(user-describe-repl --out "architect — Platform architect" --out "platform-governance"
    --not-out "technical-solutions" -- --roles ${UR} describe architect)
e2e(user-describe-zh --out "资深工程师（staff-engineer）" --out "在斑马迁移项目中指导高级工程师。"
    -- --lang zh --roles ${UR} describe staff-engineer)
e2e(user-alias-zh --out "staff-engineer — Staff engineer" -- --roles ${UR} describe 资深工程师)
e2e(user-compare ${WIDE}
    --out "senior-engineer vs staff-engineer: 9 shared (0 worded differently), 0 only in senior-engineer, 2 only in staff-engineer" --out "6 of 9 fields differ."
    --out "only staff-engineer" -- --roles ${UR} compare senior-engineer staff-engineer)
e2e(user-compare-repl --out "architect (Platform architect) ⟷ cto (Chief Technology Officer)"
    --out "platform-governance" --not-out "technical-solutions" -- --roles ${UR} compare architect cto)
e2e(user-diff --exit 1 --out "+cross-team-design-review:" --out "+zebra-mentoring:" --out "+years: 8-12 years"
    -- --roles ${UR} diff senior-engineer staff-engineer)
e2e(user-diff-same --exit 0 --empty-out -- --roles ${UR} diff staff-engineer STAFF)
e2e(user-diff-same-json --exit 0 --check "${JQ1} '.summary.shared == 11'" -- --roles ${UR} diff staff-engineer STAFF --format json)
e2e(user-search --err "2 matches for 'zebra'." --out "staff-engineer" --out "zebra-migration"
    -- --roles ${UR} search zebra)
e2e(user-search-role --err "1 match for 'zebra'." --not-out "zebra-migration"
    -- --roles ${UR} search zebra --role staff)
e2e(user-builtin-gone --exit 1 --err "0 matches for 'technical-solutions'." -- --roles ${UR} search technical-solutions --role architect)

# --- where the role folders come from: --roles before or after the command, CTOLADDER_ROLES ---
e2e(roles-absent --exit 2 --empty-out --err "unknown role 'staff-engineer'" -- compare architect staff-engineer)
e2e(roles-before --out "architect (Platform architect) ⟷ staff-engineer (Staff engineer)"
    -- --roles ${UR} compare architect staff-engineer)
e2e(roles-after --out "architect (Platform architect) ⟷ staff-engineer (Staff engineer)"
    -- compare architect staff-engineer --roles ${UR})
e2e(roles-env --env CTOLADDER_ROLES=${UR} --out "architect (Platform architect) ⟷ staff-engineer (Staff engineer)"
    -- compare architect staff-engineer)
e2e(roles-env-empty-parts --env CTOLADDER_ROLES=:${UR}: --out "staff-engineer (Staff engineer)"
    -- compare architect staff-engineer)
e2e(roles-env-order --env CTOLADDER_ROLES=${UR}:${UR2} --out "architect — Layer-two architect" -- describe architect)
e2e(roles-env-order2 --env CTOLADDER_ROLES=${UR2}:${UR} --out "architect — Platform architect" -- describe architect)
e2e(roles-flag-over-env --env CTOLADDER_ROLES=${UR2} --out "architect — Platform architect"
    -- --roles ${UR} describe architect)
e2e(roles-repeat --out "architect (Layer-two architect) ⟷ staff-engineer (Staff engineer)"
    -- --roles ${UR} --roles ${UR2} compare architect staff-engineer)
e2e(roles-after-wins --out "architect — Platform architect" -- --roles ${UR2} describe architect --roles ${UR})
e2e(roles-after-wins2 --out "architect — Layer-two architect" -- --roles ${UR} describe architect --roles ${UR2})
e2e(roles-user-domain --out "Security (1)" --out "threat-modeling" -- --roles ${UR2} describe architect)
e2e(roles-user-domain-zh --out "安全（1）" -- --lang zh --roles ${UR2} describe architect)
e2e(roles-search-domain --out "architect\tsecurity\tthreat-modeling" -- --roles ${UR2} search threat --domain security --format tsv)
# Chinese text takes full-width parentheses round a next step's basis.
e2e(describe-zh-basis-parentheses --out "cto（本项目的推断：" --not-out "cto (本项目" -- --lang zh describe chief-architect)
