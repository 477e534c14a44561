// Reading and writing files through descriptors, with results as values: the loader, the
// have-file reader of `gap`, `site`'s list of files, the parse cache, the pager, stdout and the
// atomic file writer share these, and each words its own messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ctoladder/model.hpp"

struct stat;

namespace ctoladder {

// What stat says about a file, as far as the parse cache cares.
struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::uint64_t inode = 0;
  std::uint64_t device = 0;
  bool operator==(const FileStamp&) const = default;
};

// The stamp of what stat or fstat returned.
FileStamp stamp_of(const struct stat& info);

// Writes all of `data` to `fd`, retrying after signals and short writes. Returns 0, or the errno
// value that stopped it (EPIPE: the reader went away).
[[nodiscard]] int write_all(int fd, std::string_view data);

// Reads exactly `length` bytes at `offset` of the open file `fd` into `buffer`, retrying after
// signals and short reads; false when a read fails or the file ends first. For the parse cache,
// which reads one payload at a time from a file it opened and checked once (see
// parse_cache.cpp).
[[nodiscard]] bool read_at(int fd, std::uint64_t offset, char* buffer, std::size_t length);

// A whole file read into memory, or why it was not.
struct FileRead {
  enum class Problem { none, cannot_open, cannot_stat, directory, not_regular, too_large, cannot_read };
  Problem problem = Problem::none;
  int error = 0;           // the errno value of cannot_open, cannot_stat and cannot_read
  std::uint64_t size = 0;  // what fstat said; for too_large, 0 when the file grew while read
  FileStamp stamp;         // from fstat, before the bytes were read
  std::string bytes;
  bool ok() const { return problem == Problem::none; }
};

// Reads the regular file `path` when it holds at most `max_bytes`. The file is opened with
// O_NONBLOCK and checked with fstat on the open descriptor, so a FIFO or a device, even one
// swapped in for the file a moment before, is refused rather than waited on; at most one byte
// past the limit is ever read.
FileRead read_file(const std::string& path, std::size_t max_bytes);

// Why a read failed, as a message after the file name, in both languages: "is a directory, not
// a role file" when `what` is {"a role file", "角色文件"}.
Text read_problem(const FileRead& read, const Text& what, std::size_t max_bytes);

}  // namespace ctoladder
