#include "ctoladder/parse_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define XXH_INLINE_ALL  // header-only: no run-time dependency for one hash function
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "ctoladder/file_io.hpp"
#include "model_codec.hpp"

namespace ctoladder {
namespace fs = std::filesystem;

namespace {

// Bump whenever the layout below or a model struct (see model_codec.cpp) changes; the role
// fields need no bump: the header holds their layout (model_codec::fields_layout).
constexpr std::uint64_t kCacheFormat = 3;
constexpr std::string_view kMagic = "ctoladder parse cache\n";
constexpr std::string_view kEndMagic = "ctoladder end\n";
constexpr std::size_t kFooterSize = 3 * 8 + kEndMagic.size();
constexpr std::uint64_t kMaxIndexBytes = 64u << 20;  // ~300 bytes an entry, 200,000 files a folder
// Cache files kept, one per role folder: a new one beyond this evicts the least recently used
// (every use sets a cache file's mtime), so folders tried once and gone do not pile up.
constexpr std::size_t kMaxCacheFiles = 32;

// File layout: header (magic, format, program version, role fields' layout, folder), the payloads (one encoded
// ParsedFile each, in any order), the index (one record per file: name, stamp, time recorded,
// payload offset, length and checksum), and a fixed-size footer locating and checksumming the
// index. Only the footer and index are read up front; a payload is read when its file is asked for.
struct Entry {
  FileStamp stamp;
  std::int64_t recorded_ns = 0;
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
  std::uint64_t checksum = 0;
};

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::uint64_t hash(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

void put_fixed(std::string& out, std::uint64_t n) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((n >> (8 * i)) & 0xff);
}

std::uint64_t get_fixed(std::string_view in) {
  std::uint64_t n = 0;
  for (int i = 7; i >= 0; --i) n = (n << 8) | static_cast<unsigned char>(in[i]);
  return n;
}

std::string header(const std::string& folder) {
  std::string out(kMagic);
  model_codec::put_number(out, kCacheFormat);
  model_codec::put_string(out, CTOLADDER_VERSION);
  model_codec::put_string(out, model_codec::fields_layout());
  model_codec::put_string(out, folder);
  return out;
}

// Keeps the newest kMaxCacheFiles cache files of the folder `dir` (by mtime) and deletes the rest,
// and leftover temporary files of runs that died, an hour old.
void evict_old_caches(const fs::path& dir) {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> caches;
  const auto now = fs::file_time_type::clock::now();
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with("roles-") || !entry.is_regular_file(ec)) continue;
    const auto mtime = entry.last_write_time(ec);
    if (ec) continue;
    if (name.ends_with(".cache"))
      caches.emplace_back(mtime, entry.path());
    else if (name.find(".cache.") != std::string::npos && now - mtime > std::chrono::hours(1))
      fs::remove(entry.path(), ec);
  }
  if (caches.size() <= kMaxCacheFiles) return;
  std::sort(caches.begin(), caches.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = kMaxCacheFiles; i < caches.size(); ++i) fs::remove(caches[i].second, ec);
}

std::string folder_key(const std::string& folder) {
  std::error_code ec;
  fs::path absolute = fs::weakly_canonical(fs::absolute(folder, ec), ec);
  return absolute.empty() ? folder : absolute.string();
}

}  // namespace

struct ParseCache::State {
  std::string folder;
  std::string path;  // the cache file
  std::int64_t racy_window_ns;
  int old_fd = -1;  // the cache file as it was when the command started
  std::unordered_map<std::string, Entry> old_entries;

  std::mutex mutex;               // guards everything below
  std::vector<std::string> kept;  // old entries still valid, by name
  std::size_t misses = 0;
  bool saved = false;
  int new_fd = -1;  // the temporary file taking new payloads, opened on the first record()
  std::string new_path;
  std::uint64_t new_size = 0;
  std::vector<std::pair<std::string, Entry>> new_entries;

  void read_index();
  bool open_new();
};

// Not read_file: that would hold the whole cache file, every payload of the folder, in memory
// beside the model it decodes to, where the loader keeps memory to the model. So the file is
// opened once, the file_io way (O_NONBLOCK, then fstat on the descriptor: a FIFO is never waited
// on), and kept open: the index is read up front, each payload with read_at when a loader thread
// asks for its file (a changed file's payload is never read), and save() copies the payloads
// still valid from the file as it was when the command started.
void ParseCache::State::read_index() {
  old_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (old_fd < 0) return;
  struct stat info {};
  if (::fstat(old_fd, &info) != 0 || !S_ISREG(info.st_mode)) return;
  const auto size = static_cast<std::uint64_t>(info.st_size);
  std::string expected = header(folder);
  if (size < expected.size() + kFooterSize) return;
  std::string head(expected.size(), '\0');
  std::string footer(kFooterSize, '\0');
  if (!read_at(old_fd, 0, head.data(), head.size()) ||
      !read_at(old_fd, size - kFooterSize, footer.data(), footer.size()))
    return;
  // Another version, another folder (a hash collision) or a damaged file: start afresh.
  if (head != expected || std::string_view(footer).substr(24) != kEndMagic) return;
  const std::uint64_t index_offset = get_fixed(footer);
  const std::uint64_t index_length = get_fixed(std::string_view(footer).substr(8));
  const std::uint64_t index_checksum = get_fixed(std::string_view(footer).substr(16));
  const std::uint64_t payload_end = size - kFooterSize;
  if (index_length > kMaxIndexBytes || index_offset < head.size() || index_offset > payload_end ||
      index_length != payload_end - index_offset)
    return;
  std::string index(index_length, '\0');
  if (!read_at(old_fd, index_offset, index.data(), index.size()) || hash(index) != index_checksum)
    return;
  try {
    model_codec::ByteReader reader(index);
    for (std::size_t n = reader.count(); n > 0; --n) {
      std::string name(reader.string());
      Entry e;
      e.stamp.size = reader.number();
      e.stamp.mtime_ns = static_cast<std::int64_t>(reader.number());
      e.stamp.ctime_ns = static_cast<std::int64_t>(reader.number());
      e.stamp.inode = reader.number();
      e.stamp.device = reader.number();
      e.recorded_ns = static_cast<std::int64_t>(reader.number());
      e.offset = reader.number();
      e.length = reader.number();
      e.checksum = reader.number();
      if (e.offset < head.size() || e.offset > index_offset || e.length > index_offset - e.offset)
        throw model_codec::Corrupt("payload outside the payload area");
      old_entries.insert_or_assign(std::move(name), e);
    }
  } catch (const model_codec::Corrupt&) {
    old_entries.clear();
  }
}

bool ParseCache::State::open_new() {
  if (new_fd >= 0) return true;
  if (new_path == "-") return false;  // failed before: do not retry for every file
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  std::string temp = path + ".XXXXXX";
  new_fd = ::mkstemp(temp.data());
  std::string head = header(folder);
  if (new_fd < 0 || write_all(new_fd, head) != 0) {
    if (new_fd >= 0) ::unlink(temp.c_str()), ::close(new_fd);
    new_fd = -1;
    new_path = "-";
    return false;
  }
  new_path = temp;
  new_size = head.size();
  return true;
}

ParseCache::ParseCache(std::string cache_dir, const std::string& folder,
                       std::int64_t racy_window_ns)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.folder = folder_key(folder);
  s.racy_window_ns = racy_window_ns;
  char name[32];
  std::snprintf(name, sizeof name, "roles-%016llx.cache",
                static_cast<unsigned long long>(hash(s.folder)));
  s.path = (fs::path(std::move(cache_dir)) / name).string();
  s.read_index();
  // Used now: the eviction of least recently used caches reads this mtime.
  if (!s.old_entries.empty()) ::futimens(s.old_fd, nullptr);
}

ParseCache::~ParseCache() {
  State& s = *state_;
  if (s.old_fd >= 0) ::close(s.old_fd);
  if (s.new_fd >= 0) {
    ::close(s.new_fd);
    ::unlink(s.new_path.c_str());
  }
}

std::optional<ParsedFile> ParseCache::find(const std::string& path) {
  State& s = *state_;
  const std::string name = fs::path(path).filename().string();
  auto it = s.old_entries.find(name);
  struct stat info {};
  // stat, not lstat: the stamp is the target's, as read_source opens through a symlink.
  bool usable = it != s.old_entries.end() && ::stat(path.c_str(), &info) == 0;
  if (usable) {
    const Entry& e = it->second;
    FileStamp now = stamp_of(info);
    std::int64_t changed = std::max(now.mtime_ns, now.ctime_ns);
    usable = S_ISREG(info.st_mode) && now == e.stamp && e.recorded_ns - changed > s.racy_window_ns;
    if (usable) {
      std::string payload(e.length, '\0');
      try {
        if (read_at(s.old_fd, e.offset, payload.data(), payload.size()) &&
            hash(payload) == e.checksum) {
          ParsedFile parsed = model_codec::decode(payload, path);
          std::lock_guard lock(s.mutex);
          s.kept.push_back(name);
          return parsed;
        }
      } catch (const model_codec::Corrupt&) {
      }
    }
  }
  std::lock_guard lock(s.mutex);
  ++s.misses;
  return std::nullopt;
}

void ParseCache::record(const std::string& path, const FileStamp& stamp, const ParsedFile& parsed) {
  State& s = *state_;
  std::string payload = model_codec::encode(parsed);
  Entry e{stamp, now_ns(), 0, payload.size(), hash(payload)};
  std::lock_guard lock(s.mutex);
  if (!s.open_new()) return;
  e.offset = s.new_size;
  if (write_all(s.new_fd, payload) != 0) {
    ::close(s.new_fd), ::unlink(s.new_path.c_str());
    s.new_fd = -1;
    s.new_path = "-";
    return;
  }
  s.new_size += payload.size();
  s.new_entries.emplace_back(fs::path(path).filename().string(), e);
}

void ParseCache::save() {
  State& s = *state_;
  std::lock_guard lock(s.mutex);
  if (s.saved) return;
  s.saved = true;
  // Nothing new and nothing gone: the file on disk is still exact.
  if (s.new_entries.empty() && s.kept.size() == s.old_entries.size()) return;
  if (!s.open_new()) return;
  // Carry over the payloads still valid, straight from the old file.
  for (const auto& name : s.kept) {
    Entry e = s.old_entries.at(name);
    std::string payload(e.length, '\0');
    if (!read_at(s.old_fd, e.offset, payload.data(), payload.size())) return;
    e.offset = s.new_size;
    if (write_all(s.new_fd, payload) != 0) return;
    s.new_size += payload.size();
    s.new_entries.emplace_back(name, e);
  }
  std::string index;
  model_codec::put_number(index, s.new_entries.size());
  for (const auto& [name, e] : s.new_entries) {
    model_codec::put_string(index, name);
    for (std::uint64_t n :
         {e.stamp.size, static_cast<std::uint64_t>(e.stamp.mtime_ns),
          static_cast<std::uint64_t>(e.stamp.ctime_ns), e.stamp.inode, e.stamp.device,
          static_cast<std::uint64_t>(e.recorded_ns), e.offset, e.length, e.checksum})
      model_codec::put_number(index, n);
  }
  std::string footer;
  put_fixed(footer, s.new_size);
  put_fixed(footer, index.size());
  put_fixed(footer, hash(index));
  footer += kEndMagic;
  if (write_all(s.new_fd, index) != 0 || write_all(s.new_fd, footer) != 0) return;
  if (::close(s.new_fd) != 0) {
    s.new_fd = -1;
    ::unlink(s.new_path.c_str());
    return;
  }
  s.new_fd = -1;
  if (::rename(s.new_path.c_str(), s.path.c_str()) != 0) {
    ::unlink(s.new_path.c_str());
    return;
  }
  // A new cache file (not a rewrite of this folder's): the count grows, so bound it.
  if (s.old_fd < 0) evict_old_caches(fs::path(s.path).parent_path());
}

const std::string& ParseCache::file() const {
  return state_->path;
}

std::size_t ParseCache::hits() const {
  std::lock_guard lock(state_->mutex);
  return state_->kept.size();
}

std::size_t ParseCache::misses() const {
  std::lock_guard lock(state_->mutex);
  return state_->misses;
}

}  // namespace ctoladder
