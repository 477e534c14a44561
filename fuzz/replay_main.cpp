// Replays fuzzer inputs through LLVMFuzzerTestOneInput without libFuzzer, so the regression
// corpus (tests/fuzz_regressions/) runs as an ordinary test in the normal g++ build.
// Usage: fuzz_replay FILE|FOLDER...   (folders: every regular file in them, sorted by name)
// A finding aborts the process (or a sanitizer reports it, in a sanitized build). An input that
// runs longer than CTOLADDER_REPLAY_TIMEOUT seconds (default 20) ends the run with a message
// naming it, and outside ASan the address space is capped (CTOLADDER_REPLAY_MEMORY_MB, default
// 4096) so a runaway input fails instead of exhausting the machine. Ends with "N passed, 0 failed".
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

#if defined(__SANITIZE_ADDRESS__)
#define REPLAY_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REPLAY_UNDER_ASAN 1
#endif
#endif

namespace fs = std::filesystem;

namespace {

char current[4096] = "";  // the input being replayed, for the timeout message

void on_timeout(int) {
  static const char prefix[] = "\nfuzz_replay: TIMEOUT replaying ";
  (void)!::write(STDERR_FILENO, prefix, sizeof prefix - 1);
  (void)!::write(STDERR_FILENO, current, std::strlen(current));
  (void)!::write(STDERR_FILENO, "\n", 1);
  ::_exit(3);
}

unsigned long env_number(const char* name, unsigned long fallback) {
  const char* value = std::getenv(name);
  if (!value || !*value) return fallback;
  char* end = nullptr;
  unsigned long n = std::strtoul(value, &end, 10);
  return end && *end == '\0' ? n : fallback;
}

}  // namespace

int main(int argc, char** argv) {
  const unsigned timeout = static_cast<unsigned>(env_number("CTOLADDER_REPLAY_TIMEOUT", 20));
#ifndef REPLAY_UNDER_ASAN
  if (unsigned long mb = env_number("CTOLADDER_REPLAY_MEMORY_MB", 4096)) {
    rlimit limit{mb << 20, mb << 20};
    ::setrlimit(RLIMIT_AS, &limit);
  }
#endif
  ::signal(SIGALRM, on_timeout);

  std::vector<std::string> files;
  int failed = 0;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      std::vector<std::string> in_folder;
      for (const auto& entry : fs::directory_iterator(argv[i], ec))
        if (entry.is_regular_file(ec) && entry.path().filename().string().front() != '.')
          in_folder.push_back(entry.path().string());
      if (ec) {
        std::fprintf(stderr, "fuzz_replay: cannot list %s: %s\n", argv[i], ec.message().c_str());
        ++failed;
      }
      std::sort(in_folder.begin(), in_folder.end());
      files.insert(files.end(), in_folder.begin(), in_folder.end());
    } else {
      files.emplace_back(argv[i]);
    }
  }
  int passed = 0;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "fuzz_replay: cannot read %s\n", path.c_str());
      ++failed;
      continue;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::snprintf(current, sizeof current, "%s", path.c_str());
    std::printf("replay %s (%zu bytes)\n", path.c_str(), bytes.size());
    std::fflush(stdout);
    ::alarm(timeout);
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ::alarm(0);
    ++passed;
  }
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
