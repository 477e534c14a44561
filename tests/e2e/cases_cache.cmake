# The parse cache (docs: README "Performance", man page FILES): multi-step checks in
# cache_checks.sh, one ctest case each.
foreach(check same-output changed-file broken-file damaged-cache unwritable-cache bounded turned-off)
  add_test(NAME "e2e: cache-${check}" COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/cache_checks.sh ${check})
  set_tests_properties("e2e: cache-${check}" PROPERTIES
    ENVIRONMENT "CTOLADDER=$<TARGET_FILE:ctoladder>;E2E_DATA=${E2E_DATA}" TIMEOUT 300)
endforeach()
