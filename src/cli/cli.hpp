// The command-line layer: parses arguments, reads the environment, writes output and maps
// errors to exit codes. Everything else lives in the core library.
#pragma once

namespace ctoladder::cli {

// Exit codes, documented in the README and the man page.
enum ExitCode : int {
  kOk = 0,
  kDiffers = 1,      // diff: the two roles differ
  kBelowMin = 1,     // gap: coverage is below --min
  kNothingFound = 1,  // search: nothing matches
  kBadInput = 2,     // usage errors, unknown roles or overlays, invalid role files
  kOutputError = 3,  // writing the output failed
  kInternal = 4,     // a bug: please report it
};

int run(int argc, char** argv);

}  // namespace ctoladder::cli
