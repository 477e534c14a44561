# Hostile input never crashes, hangs, floods the terminal or loses a user's file.
# One ctest per case of tests/hostile/expectations.tsv ("hostile: NAME", label "hostile"); each
# runs tests/hostile/run_corpus.sh on the built binary, which builds that case's input in a fresh
# temporary folder and checks exit status, stderr, stdout, time, memory and the input afterwards.
# Run them all with `ctest -L hostile`; see tests/hostile/README.md.
set(HOSTILE_DIR ${CMAKE_CURRENT_LIST_DIR}/../hostile)
cmake_path(NORMAL_PATH HOSTILE_DIR)
set(HOSTILE_MANIFEST ${HOSTILE_DIR}/expectations.tsv)
# A new line in the manifest is a new test: re-run CMake when the manifest changes.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${HOSTILE_MANIFEST})

# The case name is the first field of every line that is not a comment. file(STRINGS) would
# split lines at ';' (which some fragments contain), so match the names in the whole text.
file(READ ${HOSTILE_MANIFEST} hostile_manifest)
string(REGEX MATCHALL "\n[a-z0-9][a-z0-9-]*\t" hostile_names "\n${hostile_manifest}")
foreach(entry IN LISTS hostile_names)
  string(STRIP "${entry}" name)
  add_test(NAME "hostile: ${name}"
           COMMAND bash ${HOSTILE_DIR}/run_corpus.sh $<TARGET_FILE:ctoladder> ${name})
  # 77: the case's input cannot be made here (e.g. an unreadable file as root without /proc).
  set_tests_properties("hostile: ${name}" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS hostile)
endforeach()
