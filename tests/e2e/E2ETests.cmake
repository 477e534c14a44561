# End-to-end cases: each runs the built binary through tests/e2e/expect.sh.
# e2e(NAME [expect.sh options...] -- ARGS...) runs `ctoladder ARGS...`.
set(E2E_DRIVER ${CMAKE_CURRENT_LIST_DIR}/expect.sh)
set(E2E_DATA ${CMAKE_CURRENT_LIST_DIR}/data)

function(e2e name)
  cmake_parse_arguments(PARSE_ARGV 1 E2E "" "" "")
  set(options)
  set(command)
  set(seen_separator OFF)
  foreach(arg IN LISTS E2E_UNPARSED_ARGUMENTS)
    if(NOT seen_separator AND arg STREQUAL "--")
      set(seen_separator ON)
    elseif(seen_separator)
      list(APPEND command "${arg}")
    else()
      list(APPEND options "${arg}")
    endif()
  endforeach()
  add_test(NAME "e2e: ${name}" COMMAND ${E2E_DRIVER} ${options} -- $<TARGET_FILE:ctoladder> ${command})
endfunction()

# e2e_shell(NAME SCRIPT): a case that needs a pipeline; $CTOLADDER is the binary.
function(e2e_shell name script)
  add_test(NAME "e2e: ${name}" COMMAND bash -c "set -o pipefail; ${script}")
  set_tests_properties("e2e: ${name}" PROPERTIES
    ENVIRONMENT "CTOLADDER=$<TARGET_FILE:ctoladder>;E2E_DATA=${E2E_DATA};LC_ALL=C.UTF-8;COLUMNS=100")
endfunction()

file(GLOB E2E_CASE_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/cases_*.cmake)
foreach(case_file IN LISTS E2E_CASE_FILES)
  include(${case_file})
endforeach()
