#include "environment.hpp"

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "ctoladder/file_io.hpp"

namespace ctoladder::cli {
namespace {

const char* env(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

bool is_off(const char* setting) {
  if (!setting) return false;
  std::string value = setting;
  return value == "off" || value == "0" || value == "no" || value == "false";
}

}  // namespace

Lang language_from_environment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* value = env(name))
      return std::strncmp(value, "zh", 2) == 0 ? Lang::zh : Lang::en;
  return Lang::en;
}

std::size_t output_width(long requested) {
  if (requested >= 0) return static_cast<std::size_t>(requested);
  if (const char* columns = env("COLUMNS")) {
    char* end = nullptr;
    long value = std::strtol(columns, &end, 10);
    if (end && *end == '\0' && value > 0 && value < 100000) return static_cast<std::size_t>(value);
  }
  winsize size{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    return size.ws_col;
  // A pipe or file: one line per item, so grep, sort, cut and awk see whole lines.
  return 0;
}

bool colour_enabled(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (env("NO_COLOR")) return false;
  const char* term = env("TERM");
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

std::string user_roles_folder() {
  const char* data = env("XDG_DATA_HOME");
  if (data && data[0] == '/') return std::string(data) + "/ctoladder/roles";
  if (const char* home = env("HOME")) return std::string(home) + "/.local/share/ctoladder/roles";
  return {};
}

bool builtin_from_environment() {
  return !is_off(env("CTOLADDER_BUILTIN"));
}

std::string cache_folder() {
  if (is_off(env("CTOLADDER_CACHE"))) return {};
  const char* cache = env("XDG_CACHE_HOME");
  if (cache && cache[0] == '/') return std::string(cache) + "/ctoladder";
  if (const char* home = env("HOME")) return std::string(home) + "/.cache/ctoladder";
  return {};
}

std::vector<std::string> role_folders_from_environment() {
  std::vector<std::string> folders;
  struct stat info {};
  if (std::string user = user_roles_folder();
      !user.empty() && ::stat(user.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
    folders.push_back(user);
  const char* value = env("CTOLADDER_ROLES");
  if (!value) return folders;
  std::string all = value;
  std::size_t start = 0;
  while (start <= all.size()) {
    std::size_t colon = all.find(':', start);
    if (colon == std::string::npos) colon = all.size();
    if (colon > start) folders.push_back(all.substr(start, colon - start));
    start = colon + 1;
  }
  return folders;
}

bool write_stdout(const std::string& data, std::string& error, bool& pipe_closed) {
  int failure = write_all(STDOUT_FILENO, data);
  if (failure == EPIPE)
    pipe_closed = true;
  else if (failure != 0)
    error = std::strerror(failure);
  return failure == 0;
}

}  // namespace ctoladder::cli
