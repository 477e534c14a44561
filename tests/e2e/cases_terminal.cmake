# Text on a terminal and in pipelines: wrapping, whole lines for grep, the pager. The checks need
# pipes, script(1) and several steps, so they live in terminal_checks.sh; exit 77 means skipped.
set(TERMINAL_CHECKS ${CMAKE_CURRENT_LIST_DIR}/terminal_checks.sh)

# terminal_check(CHECK [ARG...]): the test is named terminal-CHECK[-ARG...]. The time limit only
# catches a hang (a pager waiting on a terminal): the slowest check takes ~1 min on a busy machine.
function(terminal_check check)
  string(JOIN "-" name "terminal-${check}" ${ARGN})
  add_test(NAME "e2e: ${name}" COMMAND bash ${TERMINAL_CHECKS} ${check} ${ARGN})
  set_tests_properties("e2e: ${name}" PROPERTIES
    ENVIRONMENT "CTOLADDER=$<TARGET_FILE:ctoladder>;TOOLS=${E2E_DATA}/tools"
    SKIP_RETURN_CODE 77
    TIMEOUT 900)
endfunction()

terminal_check(pipe-whole-lines)
terminal_check(width-asked)
terminal_check(tty-wraps)
terminal_check(stacked)
terminal_check(search-highlight)
# One per language, so the two halves of the matrix run in parallel.
terminal_check(narrow en)
terminal_check(narrow zh)
terminal_check(pager-env)
terminal_check(pager-real-less)
