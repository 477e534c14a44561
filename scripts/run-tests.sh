#!/usr/bin/env bash
# Builds ctoladder and runs every test: the normal build, then the whole suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer, then a short fuzz run when clang is present.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

echo "== normal build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== sanitizer build (ASan + UBSan)"
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DCTOLADDER_SANITIZE=ON >/dev/null
cmake --build build-sanitize -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-sanitize --output-on-failure -j"$jobs"

if [ -x fuzz/run.sh ] && command -v clang++-14 >/dev/null; then
  echo "== fuzz smoke run (${FUZZ_SECONDS:-60} s)"
  # A shared CI machine can stall one input for seconds; 30 s per input still catches a hang.
  FUZZ_TIMEOUT="${FUZZ_TIMEOUT:-30}" fuzz/run.sh "${FUZZ_SECONDS:-60}"
fi
echo "== all tests passed"
