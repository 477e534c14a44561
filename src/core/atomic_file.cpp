#include "ctoladder/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "ctoladder/error.hpp"
#include "ctoladder/file_io.hpp"

namespace ctoladder {
namespace {

namespace fs = std::filesystem;

// `what` is the verb phrase of "cannot VERB 'PATH'"; its Chinese holds the path's place ({}),
// as Chinese puts it inside the phrase ("在 '{}' 中创建临时文件").
[[noreturn]] void fail(const Text& what, const std::string& path, int error) {
  std::string quoted = fmt::format("'{}'", path);
  throw Error(ErrorKind::io,
              Text{fmt::format("cannot {} {}: {}", what.en, quoted, std::strerror(error)),
                   fmt::format("无法{}：{}", fmt::format(fmt::runtime(what.zh), quoted),
                               std::strerror(error))});
}

// Removes the temporary file unless it was handed over to the target.
struct TempFile {
  std::string path;
  int fd = -1;
  ~TempFile() {
    if (fd >= 0) ::close(fd);
    if (!path.empty()) ::unlink(path.c_str());
  }
};

// Moves `from` to `to` only when `to` does not exist, atomically where the file system allows.
// Returns 0, or an errno value (EEXIST when the target exists). `moved` tells whether `from` is
// gone (renamed) or still there (hard-linked, to be removed by the caller).
int rename_no_replace(const std::string& from, const std::string& to, bool& moved) {
  moved = false;
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
    moved = true;
    return 0;
  }
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) return errno;
  // No RENAME_NOREPLACE on this file system: a hard link fails with EEXIST just as atomically.
  if (::link(from.c_str(), to.c_str()) == 0) return 0;
  return errno;
}

}  // namespace

WriteOutcome write_file_atomically(const std::string& path, std::string_view contents,
                                   bool overwrite, bool make_parents, Durability durability) {
  fs::path target(path);
  fs::path folder = target.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (make_parents && !fs::is_directory(folder, ec)) {
    fs::create_directories(folder, ec);
    if (ec) fail({"create the folder", "创建目录 {}"}, folder.string(), ec.value());
  }
  if (!overwrite && fs::exists(fs::symlink_status(target, ec))) return WriteOutcome::exists;

  // A hidden name, so a role folder being read meanwhile ignores the half-written file.
  TempFile temp;
  std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  temp.fd = ::mkostemp(pattern.data(), O_CLOEXEC);
  if (temp.fd < 0 && (errno == ENOENT || errno == ENOTDIR) && !fs::is_directory(folder, ec)) {
    // `-o /nonexistent/x`: say what is wrong with the path, not which file could not be made.
    bool missing = !fs::exists(fs::symlink_status(folder, ec));
    std::string shown = folder.string();
    throw Error(ErrorKind::io,
                missing ? Text{fmt::format("cannot write '{}': the folder '{}' does not exist", path, shown),
                               fmt::format("无法写入 '{}'：目录 '{}' 不存在", path, shown)}
                        : Text{fmt::format("cannot write '{}': '{}' is not a folder", path, shown),
                               fmt::format("无法写入 '{}'：'{}' 不是目录", path, shown)},
                missing ? Text{fmt::format("create it first (mkdir -p '{}') or write elsewhere", shown),
                               fmt::format("请先创建它（mkdir -p '{}'），或写到别处", shown)}
                        : Text{"choose a path inside a folder", "请选择某个目录中的路径"});
  }
  if (temp.fd < 0)
    fail({"create a temporary file in", "在 {} 中创建临时文件"}, folder.string(), errno);
  temp.path = pattern;
  // mkstemp makes the file 0600; give it the permissions a new file normally gets.
  mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(temp.fd, 0666 & ~mask) != 0)
    fail({"set the permissions of", "设置 {} 的权限"}, temp.path, errno);
  if (int error = write_all(temp.fd, contents); error != 0)
    fail({"write", "写入 {}"}, temp.path, error);
  if (durability == Durability::synced && ::fsync(temp.fd) != 0)
    fail({"write", "写入 {}"}, temp.path, errno);
  int fd = temp.fd;
  temp.fd = -1;
  if (::close(fd) != 0) fail({"write", "写入 {}"}, temp.path, errno);

  if (overwrite) {
    if (::rename(temp.path.c_str(), path.c_str()) != 0) fail({"replace", "替换 {}"}, path, errno);
    temp.path.clear();  // renamed: nothing to remove
  } else {
    bool moved = false;
    int error = rename_no_replace(temp.path, path, moved);
    if (error == EEXIST) return WriteOutcome::exists;  // appeared meanwhile; temp is removed
    if (error != 0) fail({"create", "创建 {}"}, path, error);
    if (moved) temp.path.clear();  // else the destructor removes the temporary name
  }
  return WriteOutcome::written;
}

}  // namespace ctoladder
