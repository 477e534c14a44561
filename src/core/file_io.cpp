#include "ctoladder/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ctoladder {
namespace {

// Closes a file descriptor on every path out of read_file.
struct FileDescriptor {
  int fd;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

std::int64_t nanoseconds(const struct timespec& t) {
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

}  // namespace

FileStamp stamp_of(const struct stat& info) {
  return {static_cast<std::uint64_t>(info.st_size), nanoseconds(info.st_mtim),
          nanoseconds(info.st_ctim), static_cast<std::uint64_t>(info.st_ino),
          static_cast<std::uint64_t>(info.st_dev)};
}

int write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return EIO;  // no progress and no error: do not spin
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

bool read_at(int fd, std::uint64_t offset, char* buffer, std::size_t length) {
  while (length > 0) {
    ssize_t n = ::pread(fd, buffer, length, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buffer += n;
    length -= static_cast<std::size_t>(n);
    offset += static_cast<std::uint64_t>(n);
  }
  return true;
}

FileRead read_file(const std::string& path, std::size_t max_bytes) {
  FileRead result;
  auto fail = [&](FileRead::Problem problem, int error = 0) {
    result.problem = problem;
    result.error = error;
    result.bytes.clear();
    return std::move(result);
  };
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) return fail(FileRead::Problem::cannot_open, errno);
  struct stat info {};
  if (::fstat(file.fd, &info) != 0) return fail(FileRead::Problem::cannot_stat, errno);
  if (S_ISDIR(info.st_mode)) return fail(FileRead::Problem::directory);
  if (!S_ISREG(info.st_mode)) return fail(FileRead::Problem::not_regular);
  result.size = static_cast<std::uint64_t>(info.st_size);
  if (result.size > max_bytes) return fail(FileRead::Problem::too_large);
  result.stamp = stamp_of(info);
  // Size the buffer from fstat, plus one byte to notice a file that grew since; never read more
  // than one byte past the limit.
  std::string& bytes = result.bytes;
  bytes.resize(static_cast<std::size_t>(result.size) + 1);
  std::size_t used = 0;
  while (used < bytes.size()) {
    ssize_t n = ::read(file.fd, bytes.data() + used, bytes.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail(FileRead::Problem::cannot_read, errno);
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    // The file grew after fstat: keep reading, up to one byte past the limit.
    if (used == bytes.size() && bytes.size() <= max_bytes)
      bytes.resize(std::min(bytes.size() * 2, max_bytes + 1));
  }
  if (used > max_bytes) {
    result.size = 0;
    return fail(FileRead::Problem::too_large);
  }
  bytes.resize(used);
  return result;
}

namespace {

// A space between Chinese and a following Latin word ("不是 have 文件").
const char* spaced_after_cjk(std::string_view next) {
  return !next.empty() && static_cast<unsigned char>(next.front()) < 0x80 ? " " : "";
}

}  // namespace

Text read_problem(const FileRead& read, const Text& what, std::size_t max_bytes) {
  // strerror's words stay as the C library gives them (English: the program sets no locale).
  switch (read.problem) {
    case FileRead::Problem::none:
      return {};
    case FileRead::Problem::cannot_open:
      return {fmt::format("cannot open: {}", std::strerror(read.error)),
              fmt::format("无法打开：{}", std::strerror(read.error))};
    case FileRead::Problem::cannot_stat:
      return {fmt::format("cannot stat: {}", std::strerror(read.error)),
              fmt::format("无法读取文件信息（stat）：{}", std::strerror(read.error))};
    case FileRead::Problem::directory:
      return {fmt::format("is a directory, not {}", what.en),
              fmt::format("是目录，不是{}{}", spaced_after_cjk(what.zh), what.zh)};
    case FileRead::Problem::not_regular:
      return {"is not a regular file (a FIFO, socket or device?)",
              "不是普通文件（是 FIFO、套接字还是设备？）"};
    case FileRead::Problem::too_large:
      if (read.size == 0)
        return {fmt::format("file is too large ({} may be at most {} bytes)", what.en, max_bytes),
                fmt::format("文件太大（{}最多 {} 字节）", what.zh, max_bytes)};
      return {fmt::format("file is too large ({} bytes; {} may be at most {} bytes)", read.size,
                          what.en, max_bytes),
              fmt::format("文件太大（{} 字节；{}最多 {} 字节）", read.size, what.zh, max_bytes)};
    case FileRead::Problem::cannot_read:
      return {fmt::format("cannot read: {}", std::strerror(read.error)),
              fmt::format("无法读取：{}", std::strerror(read.error))};
  }
  return {"cannot read", "无法读取"};
}

}  // namespace ctoladder
