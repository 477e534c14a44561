# Text on a terminal and in pipelines: wrapping, whole lines for grep, the pager. The checks need
# pipes, script(1) and several steps, so they live in terminal_checks.sh; exit 77 means skipped.
set(TERMINAL_CHECKS ${CMAKE_CURRENT_LIST_DIR}/terminal_checks.sh)

function(terminal_check check)
  add_test(NAME "e2e: terminal-${check}" COMMAND bash ${TERMINAL_CHECKS} ${check})
  set_tests_properties("e2e: terminal-${check}" PROPERTIES
    ENVIRONMENT "CTOLADDER=$<TARGET_FILE:ctoladder>;TOOLS=${E2E_DATA}/tools"
    SKIP_RETURN_CODE 77
    TIMEOUT 300)
endfunction()

terminal_check(pipe-whole-lines)
terminal_check(width-asked)
terminal_check(tty-wraps)
terminal_check(search-highlight)
terminal_check(narrow)
terminal_check(pager-env)
terminal_check(pager-real-less)
