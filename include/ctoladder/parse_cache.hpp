// A cache of parsed role files, one cache file per role folder under $XDG_CACHE_HOME/ctoladder:
// whole-library commands over thousands of unchanged files then skip the YAML parser.
//
// When an entry is trusted: the file's size, mtime, ctime, inode and device all match what was
// recorded, and the file had last changed more than `racy_window` before it was recorded (a file
// changed in the same clock tick as its recording could change again without changing any of
// them; such a file is parsed again, and trusted from a later run on). Files with any problem are
// never cached, so their messages always come from a fresh parse. The cache file is untrusted
// input too: every length is bounds-checked and every entry has a checksum; anything odd makes
// the entry, or the whole cache, count as missing. A new cache is written to a temporary file
// and renamed into place, and the old one is read through a descriptor held open, so deleting or
// replacing it mid-run changes nothing for the running command.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "ctoladder/file_io.hpp"
#include "ctoladder/role_parser.hpp"

namespace ctoladder {

class ParseCache {
 public:
  static constexpr std::int64_t kRacyWindowNs = 2'000'000'000;

  // The cache of the role folder `folder` in `cache_dir`. A missing, damaged, or other-version
  // cache file makes an empty cache. Tests pass a racy window of 0.
  ParseCache(std::string cache_dir, const std::string& folder,
             std::int64_t racy_window_ns = kRacyWindowNs);
  ~ParseCache();
  ParseCache(const ParseCache&) = delete;
  ParseCache& operator=(const ParseCache&) = delete;

  // The cached parse of `path`, a file of the folder, if the file has not changed. Thread-safe.
  std::optional<ParsedFile> find(const std::string& path);
  // Remembers a file that parsed without any problem; `stamp` is from before the file was read.
  // Thread-safe.
  void record(const std::string& path, const FileStamp& stamp, const ParsedFile& parsed);
  // Writes the cache file when anything changed since it was read. A failure costs only speed,
  // so it is not reported.
  void save();

  // The cache file this folder uses.
  const std::string& file() const;
  std::size_t hits() const;
  std::size_t misses() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace ctoladder
