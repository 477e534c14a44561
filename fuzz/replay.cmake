# fuzz_replay: the fuzz harness without libFuzzer, built by the normal (g++) build, and the ctest
# "fuzz: regressions" replaying every file of tests/fuzz_regressions/ through it. Include it from
# tests/CMakeLists.txt:
#   include(${PROJECT_SOURCE_DIR}/fuzz/replay.cmake)
# The folder is read when the test runs, so a new reproducer needs no re-configure.
add_executable(fuzz_replay
    ${CMAKE_CURRENT_LIST_DIR}/role_file_fuzzer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/replay_main.cpp)
target_link_libraries(fuzz_replay PRIVATE ctoladder_core ctoladder_roles)
add_test(NAME "fuzz: regressions"
         COMMAND fuzz_replay ${PROJECT_SOURCE_DIR}/tests/fuzz_regressions)
