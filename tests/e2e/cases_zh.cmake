# Chinese all the way (issue 14 item 5): help, errors and hints in Chinese under --lang zh or a
# zh_CN locale, with the ASCII prefixes `ctoladder: error:` and `ctoladder: hint:` kept for
# scripts; CJK wrapping that never starts a line with closing punctuation.
set(ZH_CHECKS ${CMAKE_CURRENT_LIST_DIR}/zh_checks.sh)
function(zh_check check)
  add_test(NAME "e2e: zh-${check}" COMMAND bash ${ZH_CHECKS} ${check})
  set_tests_properties("e2e: zh-${check}" PROPERTIES
    ENVIRONMENT "CTOLADDER=$<TARGET_FILE:ctoladder>;TOOLS=${E2E_DATA}/tools;E2E_DATA=${E2E_DATA}"
    TIMEOUT 600)
endfunction()
zh_check(help)
zh_check(complete)
zh_check(locale)
zh_check(kinsoku)
zh_check(corpus)

# The hostile-input corpus (tests/hostile) in a zh_CN locale: every line on stderr of every case
# holds Chinese; exit statuses and guards as in English.
add_test(NAME "e2e: zh-hostile-corpus"
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/../hostile/run_corpus.sh $<TARGET_FILE:ctoladder>)
set_tests_properties("e2e: zh-hostile-corpus" PROPERTIES ENVIRONMENT "HOSTILE_LANG=zh" TIMEOUT 900)

# Errors: the message and hint in Chinese, the prefixes in ASCII, exit 2.
e2e(zh-error-unknown-flag --exit 2 --empty-out
    --err "ctoladder: error: 'list' 的未知选项 '--formt'（是否想用 '--format'？）"
    --err "ctoladder: hint: 用法：ctoladder list [选项]（详见 'ctoladder list --help'）"
    -- list --formt json --lang zh)
e2e(zh-error-unknown-role --exit 2 --empty-out
    --err "ctoladder: error: 未知角色 'ctp'（是否想用 'cto'？）"
    --err "ctoladder: hint: 运行 'ctoladder list' 查看所有角色"
    -- describe ctp --lang zh)
e2e(zh-error-unknown-overlay --exit 2 --empty-out
    --err "ctoladder: error: 角色 'cto' 没有叠加项 'startp'（是否想用 'startup'？）；可用的有："
    -- describe cto@startp --lang zh)
e2e(zh-error-bad-value --exit 2 --empty-out
    --err "ctoladder: error: --format 的值 'jsn' 无效，可选：text, json, yaml, tsv, markdown（是否想用 'json'？）"
    -- list --format jsn --lang zh)
e2e(zh-error-arguments --exit 2 --empty-out
    --err "ctoladder: error: 'describe' 的参数过多：应为 1 个（ROLE），实际 2 个：cto architect"
    -- describe cto architect --lang zh)
e2e(zh-error-yaml --exit 2
    --err "bad-syntax.yaml:4:1: error: YAML 语法错误：end of map flow not found（第 3 行的 '{' 没有闭合：请在该行末尾加上 '}'）"
    --err "ctoladder: error: 角色目录有 1 个问题"
    --err "ctoladder: hint: 请修正，或用 'ctoladder validate FOLDER' 检查"
    -- --roles ${E2E_DATA}/broken-syntax list --lang zh)
e2e(zh-error-yaml-validate --exit 2
    --err "bad-syntax.yaml:4:1: error: YAML 语法错误："
    -- validate ${E2E_DATA}/broken-syntax --lang zh)
# The data a script reads stays English: validate's JSON message is the same in both languages.
e2e(zh-validate-json-english --exit 2 --out "invalid YAML: end of map flow not found"
    -- validate ${E2E_DATA}/broken-syntax --lang zh --format json)

# The rarer problems in role folders and have files, in Chinese (every one of them: zh-corpus):
# a sample, whole lines, with the English they translate kept as it was.
set(BROKEN_ZH ${E2E_DATA}/broken-zh)
e2e(zh-diagnostic-file-name --exit 2
    --err "wrong-file.yaml:1:5: error: 角色 'other-name' 应放在名为 'other-name.yaml' 的文件中，而不是 'wrong-file.yaml'"
    -- validate ${BROKEN_ZH}/fields/wrong-file.yaml --lang zh)
e2e(zh-diagnostic-shape --exit 2
    --err "shapes.yaml:7:10: error: 'summary' 必须是映射，而不是文字：请写成 summary: {en: \"...\"}（中文用 zh:）"
    --err "shapes.yaml:9:8: error: 'years' 的 min 5 大于 max 2"
    -- validate ${BROKEN_ZH}/fields/shapes.yaml --lang zh)
e2e(zh-diagnostic-ladder --exit 2
    --err "loop-b.yaml:10:8: error: 'next' 形成了循环：loop-a -> loop-b -> loop-a"
    --err "step-down.yaml:10:8: error: 'step-down'（级别 4）的 'next' 降到了 'loop-a'（级别 2）；下一步应是同级或更高级别的角色"
    --err "broken-base.yaml: warning: 此文件有错误，因此没有检查建立在它之上的 1 个角色：on-broken"
    --out "：发现 11 个错误，2 个警告。"
    -- validate ${BROKEN_ZH}/ladder --lang zh)
e2e(zh-diagnostic-ladder-english --exit 2
    --err "loop-b.yaml:10:8: error: 'next' forms a cycle: loop-a -> loop-b -> loop-a"
    --err "broken-base.yaml: warning: 1 role that builds on it was not checked because this file has errors: on-broken"
    --out ": 11 errors, 2 warnings."
    -- validate ${BROKEN_ZH}/ladder)
e2e(zh-diagnostic-have-folder --exit 2 --empty-out
    --err "folder.yaml: error: 是目录，不是 have 文件"
    --err "ctoladder: error: --have ${BROKEN_ZH}/have/folder.yaml 有 1 个问题"
    -- gap architect --have ${BROKEN_ZH}/have/folder.yaml --lang zh)
e2e(zh-error-overlay-conflict --exit 2 --empty-out
    --err "ctoladder: error: 'clash' 的叠加项 'enterprise' 和 'us' 互相冲突：这里的大企业从不在美国运营。"
    --err "ctoladder: hint: 只用其中一个；'ctoladder describe clash' 会列出所有叠加项"
    -- --roles ${BROKEN_ZH}/conflict describe clash@enterprise,us --lang zh)
e2e(zh-error-overlay-conflict-english --exit 2 --empty-out
    --err "ctoladder: error: overlays 'enterprise' and 'us' of 'clash' conflict: An enterprise here is never run from the US."
    --err "ctoladder: hint: use one of them" --err "'ctoladder describe clash' lists the overlays"
    -- --roles ${BROKEN_ZH}/conflict describe clash@enterprise,us)
# "应为至少 1 个": no space between two Chinese words, one between a word and a number.
e2e(zh-error-at-least --exit 2 --empty-out
    --err "ctoladder: error: 'chart' 的参数不足：应为至少 1 个（ROLE...），实际 0 个" -- chart --lang zh)
# Empty and unreadable option values, in Chinese too.
e2e(zh-error-empty-value --exit 2 --empty-out
    --err "ctoladder: error: --width 需要一个值（N）"
    --err "ctoladder: hint: 用法：ctoladder list [选项]" -- --lang zh list --width= --format tsv)
e2e(zh-error-switch-with-value --exit 2 --empty-out
    --err "ctoladder: error: --no-header 是开关选项，不接受值 'maybe'"
    --err "ctoladder: hint: 单独写 --no-header（或写 --no-header=false 表示不开启）" -- --lang zh list --no-header=maybe)
e2e(zh-error-near-flag-of-another-command --exit 2 --empty-out
    --err "ctoladder: error: 'list' 的未知选项 '--ouput'：'--output' 是 ladder、chart、new 的选项，'list' 没有"
    --err "ctoladder: hint: 'list' 写到标准输出：ctoladder list ... > FILE" -- --lang zh list --ouput x)
e2e(zh-error-no-arguments --exit 2 --empty-out
    --err "ctoladder: error: 'list' 的参数过多：应为 0 个，实际 1 个：extra" -- list extra --lang zh)
