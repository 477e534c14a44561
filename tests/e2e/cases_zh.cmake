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
    --err "bad-syntax.yaml:4:1: error: YAML 语法错误：end of map flow not found（文字中含有 ': ' 时请加引号："
    --err "ctoladder: error: 角色目录有 1 个问题"
    --err "ctoladder: hint: 请修正，或用 'ctoladder validate FOLDER' 检查"
    -- --roles ${E2E_DATA}/broken-syntax list --lang zh)
e2e(zh-error-yaml-validate --exit 2
    --err "bad-syntax.yaml:4:1: error: YAML 语法错误："
    -- validate ${E2E_DATA}/broken-syntax --lang zh)
# The data a script reads stays English: validate's JSON message is the same in both languages.
e2e(zh-validate-json-english --exit 2 --out "invalid YAML: end of map flow not found"
    -- validate ${E2E_DATA}/broken-syntax --lang zh --format json)
