#include "ctoladder/loader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <unordered_map>

namespace ctoladder {
namespace fs = std::filesystem;

namespace {

void file_error(Diagnostics& diagnostics, const std::string& path, std::string message) {
  diagnostics.push_back({{path, 0, 0}, std::move(message)});
}

// Closes a file descriptor on every path out of read_source.
struct FileDescriptor {
  int fd;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

bool is_role_file_name(const std::string& name) {
  if (name.empty() || name.front() == '.') return false;
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

bool read_source(const std::string& path, const LoadLimits& limits, SourceText& out,
                 Diagnostics& diagnostics) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) {
    file_error(diagnostics, path, fmt::format("cannot open: {}", std::strerror(errno)));
    return false;
  }
  struct stat info {};
  if (::fstat(file.fd, &info) != 0) {
    file_error(diagnostics, path, fmt::format("cannot stat: {}", std::strerror(errno)));
    return false;
  }
  if (S_ISDIR(info.st_mode)) {
    file_error(diagnostics, path, "is a directory, not a role file");
    return false;
  }
  if (!S_ISREG(info.st_mode)) {
    file_error(diagnostics, path, "is not a regular file (a FIFO, socket or device?)");
    return false;
  }
  if (static_cast<std::size_t>(info.st_size) > limits.max_file_bytes) {
    file_error(diagnostics, path,
               fmt::format("file is too large ({} bytes; a role file may be at most {} bytes)",
                           info.st_size, limits.max_file_bytes));
    return false;
  }
  // Read at most one byte past the limit: the file may grow after fstat.
  std::string bytes;
  bytes.resize(limits.max_file_bytes + 1);
  std::size_t used = 0;
  while (used < bytes.size()) {
    ssize_t n = ::read(file.fd, bytes.data() + used, bytes.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      file_error(diagnostics, path, fmt::format("cannot read: {}", std::strerror(errno)));
      return false;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  if (used > limits.max_file_bytes) {
    file_error(diagnostics, path,
               fmt::format("file is too large (a role file may be at most {} bytes)",
                           limits.max_file_bytes));
    return false;
  }
  bytes.resize(used);
  out.path = path;
  out.bytes = std::move(bytes);
  return true;
}

std::vector<std::string> list_role_files(const std::string& folder, const LoadLimits& limits,
                                         Diagnostics& diagnostics) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::directory_iterator it(folder, fs::directory_options::none, ec);
  if (ec) {
    file_error(diagnostics, folder, fmt::format("cannot read role folder: {}", ec.message()));
    return files;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      file_error(diagnostics, folder, fmt::format("cannot list role folder: {}", ec.message()));
      break;
    }
    std::string name = it->path().filename().string();
    if (!is_role_file_name(name)) continue;
    if (files.size() == limits.max_files) {
      file_error(diagnostics, folder,
                 fmt::format("more than {} role files; split the folder", limits.max_files));
      break;
    }
    files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void add_layer(Library& library, const std::vector<SourceText>& sources,
               Diagnostics& diagnostics) {
  std::unordered_map<std::string, std::string> first_file;  // id -> file, within this layer
  for (const auto& source : sources) {
    ParsedFile parsed = parse_file(source, diagnostics);
    for (auto& domain : parsed.domains) library.add_domain(std::move(domain));
    if (!parsed.role) continue;
    auto [it, fresh] = first_file.emplace(parsed.role->id, source.path);
    if (!fresh) {
      diagnostics.push_back({parsed.role->where, fmt::format("duplicate role id '{}' (also in {})",
                                                             parsed.role->id, it->second)});
      continue;
    }
    library.add_role(std::move(*parsed.role));
  }
}

std::size_t add_path(Library& library, const std::string& path, const LoadLimits& limits,
              Diagnostics& diagnostics) {
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(path, ec)) {
    files = list_role_files(path, limits, diagnostics);
  } else if (!fs::exists(fs::symlink_status(path, ec))) {
    file_error(diagnostics, path, "no such file or folder");
    return 0;
  } else {
    files.push_back(path);
  }
  std::vector<SourceText> sources;
  sources.reserve(files.size());
  for (const auto& file : files) {
    SourceText source;
    if (read_source(file, limits, source, diagnostics)) sources.push_back(std::move(source));
  }
  add_layer(library, sources, diagnostics);
  return sources.size();
}

}  // namespace ctoladder
