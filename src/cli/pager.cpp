#include "pager.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include "ctoladder/file_io.hpp"
#include "environment.hpp"

namespace ctoladder::cli {
namespace {

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string all = path ? path : "/usr/local/bin:/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= all.size()) {
    std::size_t colon = std::min(all.find(':', start), all.size());
    std::string folder = all.substr(start, colon - start);
    std::string candidate = (folder.empty() ? "." : folder) + "/" + program;
    struct stat info {};
    if (::stat(candidate.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
        ::access(candidate.c_str(), X_OK) == 0)
      return true;
    start = colon + 1;
  }
  return false;
}

std::size_t terminal_rows() {
  if (const char* lines = std::getenv("LINES")) {
    char* end = nullptr;
    long value = std::strtol(lines, &end, 10);
    if (*lines && end && *end == '\0' && value > 0 && value < 100000)
      return static_cast<std::size_t>(value);
  }
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) return size.ws_row;
  return 24;
}

// Runs the pager with `data` on its stdin and waits for it. Returns false when it could not be
// started (the caller then writes to stdout itself).
bool run_pager(const std::string& command, const std::string& data) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return false;
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return false;
  }
  if (pid == 0) {
    ::dup2(fds[0], STDIN_FILENO);  // dup2 clears close-on-exec on the copy
    // Like git: less shows colour (R), quits when the output fits (F) and leaves it on the
    // screen (X), unless the user has settings of their own. Only the pager sees this.
    if (!std::getenv("LESS")) ::setenv("LESS", "FRX", 1);
    // ctoladder writes UTF-8 whatever the locale; less follows the locale, and one not
    // installed (LANG=zh_CN.UTF-8 on a C.UTF-8 system) shows Chinese as <E9><A6>... bytes.
    if (!std::getenv("LESSCHARSET")) ::setenv("LESSCHARSET", "utf-8", 1);
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(fds[0]);
  // While the pager owns the terminal, ^C is for it, and a pager quit early is no error.
  auto old_pipe = std::signal(SIGPIPE, SIG_IGN);
  auto old_int = std::signal(SIGINT, SIG_IGN);
  auto old_quit = std::signal(SIGQUIT, SIG_IGN);
  // A pager quit early (EPIPE) has shown what the user wanted to see; nothing to report.
  (void)write_all(fds[1], data);
  ::close(fds[1]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  std::signal(SIGPIPE, old_pipe);
  std::signal(SIGINT, old_int);
  std::signal(SIGQUIT, old_quit);
  // sh exits 127 when the pager program does not exist: show the output without it.
  return !(WIFEXITED(status) && WEXITSTATUS(status) == 127);
}

}  // namespace

std::string pager_command() {
  // CTOLADDER_PAGER first (as GIT_PAGER for git), so ctoladder can page apart from other tools.
  for (const char* name : {"CTOLADDER_PAGER", "PAGER"}) {
    if (const char* pager = std::getenv(name)) {
      std::string command = pager;
      if (command.find_first_not_of(" \t") == std::string::npos || command == "cat") return {};
      return command;
    }
  }
  return on_path("less") ? "less -FRX" : std::string();
}

bool write_output(const std::string& data, bool may_page, std::string& error, bool& pipe_closed) {
  if (may_page && ::isatty(STDOUT_FILENO) == 1) {
    std::size_t lines = static_cast<std::size_t>(std::count(data.begin(), data.end(), '\n'));
    if (lines >= terminal_rows()) {
      std::string command = pager_command();
      if (!command.empty() && run_pager(command, data)) return true;
    }
  }
  return write_stdout(data, error, pipe_closed);
}

}  // namespace ctoladder::cli
