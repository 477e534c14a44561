// The parse cache and the binary form it stores: a cached parse equals a fresh one, and a
// changed file or a damaged cache is never used.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/parse_cache.hpp"
#include "model_codec.hpp"

namespace fs = std::filesystem;
using namespace ctoladder;

namespace {

ParsedFile parse_builtin(const EmbeddedFile& file, const std::string& path) {
  Diagnostics problems;
  ParsedFile parsed = parse_file({path, std::string(file.bytes)}, problems);
  REQUIRE(problems.empty());
  return parsed;
}

// A role folder of its own in a fresh temporary directory, with every built-in role file.
struct Scratch {
  fs::path root;
  fs::path folder;
  std::string cache_dir;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "ctoladder-cache-test-XXXXXX").string();
    root = ::mkdtemp(pattern.data());
    folder = root / "roles";
    cache_dir = (root / "cache").string();
    fs::create_directories(folder);
    for (const auto& file : embedded_files())
      std::ofstream(folder / file.name, std::ios::binary) << file.bytes;
  }
  ~Scratch() { fs::remove_all(root); }
  std::string path(std::string_view name) const { return (folder / name).string(); }

  // Reads and parses one file as the loader does, with its stamp.
  std::pair<ParsedFile, FileStamp> load(const std::string& path) const {
    SourceText source;
    FileStamp stamp;
    Diagnostics problems;
    REQUIRE(read_source(path, {}, source, problems, &stamp));
    ParsedFile parsed = parse_file(source, problems);
    REQUIRE(problems.empty());
    return {std::move(parsed), stamp};
  }

  // Records every file in a cache with no racy window, as if it had been written long ago.
  void fill_cache() const {
    ParseCache cache(cache_dir, folder.string(), 0);
    for (const auto& file : embedded_files()) {
      auto [parsed, stamp] = load(path(file.name));
      cache.record(path(file.name), stamp, parsed);
    }
    cache.save();
  }
};

void set_mtime(const std::string& path, std::int64_t seconds) {
  struct timespec times[2] = {{seconds, 0}, {seconds, 0}};
  REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

}  // namespace

TEST_CASE("a decoded role file equals the parsed one, for every built-in file", "[cache]") {
  for (const auto& file : embedded_files()) {
    std::string path = "roles/" + std::string(file.name);
    ParsedFile parsed = parse_builtin(file, path);
    std::string bytes = model_codec::encode(parsed);
    CHECK(model_codec::decode(bytes, path) == parsed);
  }
}

// Memory of a large library depends on it: every Location of one file points at one name.
TEST_CASE("parsed and decoded Locations of a file share one file name", "[cache]") {
  const auto& file = *std::find_if(embedded_files().begin(), embedded_files().end(),
                                   [](const EmbeddedFile& f) { return f.name == "cto.yaml"; });
  const ParsedFile parsed = parse_builtin(file, "roles/cto.yaml");
  const ParsedFile decoded = model_codec::decode(model_codec::encode(parsed), "roles/cto.yaml");
  for (const ParsedFile* p : {&parsed, &decoded}) {
    REQUIRE(p->role);
    const RoleDef& role = *p->role;
    REQUIRE_FALSE(role.responsibilities.empty());
    REQUIRE_FALSE(role.overlays.empty());
    CHECK(role.where.file == "roles/cto.yaml");
    const std::string* name = &role.where.file.str();
    for (const auto& r : role.responsibilities) CHECK(&r.where.file.str() == name);
    for (const auto& o : role.overlays) CHECK(&o.where.file.str() == name);
  }
}

TEST_CASE("every truncation of an encoded file is refused, never misread", "[cache]") {
  const auto& file = embedded_files().front();
  std::string bytes = model_codec::encode(parse_builtin(file, "x.yaml"));
  for (std::size_t length = 0; length < bytes.size(); ++length)
    CHECK_THROWS_AS(model_codec::decode(std::string_view(bytes).substr(0, length), "x.yaml"),
                    model_codec::Corrupt);
  CHECK_THROWS_AS(model_codec::decode(bytes + "x", "x.yaml"), model_codec::Corrupt);
}

TEST_CASE("an unchanged file comes from the cache, equal to a fresh parse", "[cache]") {
  Scratch s;
  s.fill_cache();
  ParseCache cache(s.cache_dir, s.folder.string(), 0);
  for (const auto& file : embedded_files()) {
    auto cached = cache.find(s.path(file.name));
    REQUIRE(cached.has_value());
    CHECK(*cached == s.load(s.path(file.name)).first);
  }
  CHECK(cache.hits() == embedded_files().size());
  CHECK(cache.misses() == 0);
}

TEST_CASE("a changed file is parsed again", "[cache]") {
  Scratch s;
  std::string cto = s.path("cto.yaml");
  set_mtime(cto, 1'000'000'000);
  s.fill_cache();

  SECTION("same size, new mtime") {
    set_mtime(cto, 1'000'000'001);
  }
  SECTION("same mtime, another size") {
    std::ofstream(cto, std::ios::app) << "\n";
    set_mtime(cto, 1'000'000'000);
  }
  SECTION("same size and mtime, another inode (replaced by rename)") {
    fs::copy_file(cto, cto + ".new");
    set_mtime(cto + ".new", 1'000'000'000);
    fs::rename(cto + ".new", cto);
  }
  SECTION("same size and mtime, changed in place (only ctime tells)") {
    std::string bytes;
    {
      std::ifstream in(cto, std::ios::binary);
      bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    bytes[bytes.find("cto")] = 'C';
    // The kernel stamps ctime from a clock that ticks every few milliseconds: let it tick.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::ofstream(cto, std::ios::binary | std::ios::trunc) << bytes;
    set_mtime(cto, 1'000'000'000);
  }
  ParseCache cache(s.cache_dir, s.folder.string(), 0);
  CHECK_FALSE(cache.find(cto).has_value());
  CHECK(cache.find(s.path("architect.yaml")).has_value());
}

TEST_CASE("a file changed just before it was cached is not trusted", "[cache]") {
  Scratch s;  // the files were written just now
  {
    ParseCache cache(s.cache_dir, s.folder.string());  // the real two-second window
    auto [parsed, stamp] = s.load(s.path("cto.yaml"));
    cache.record(s.path("cto.yaml"), stamp, parsed);
    cache.save();
  }
  ParseCache cache(s.cache_dir, s.folder.string());
  CHECK_FALSE(cache.find(s.path("cto.yaml")).has_value());
}

TEST_CASE("a damaged or foreign cache file is ignored", "[cache]") {
  Scratch s;
  s.fill_cache();
  std::string file = ParseCache(s.cache_dir, s.folder.string(), 0).file();
  auto size = fs::file_size(file);
  std::string cto = s.path("cto.yaml");

  SECTION("one byte flipped in every 997") {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    for (std::uintmax_t at = 0; at < size; at += 997) {
      f.seekg(static_cast<std::streamoff>(at));
      char c = static_cast<char>(f.get());
      f.seekp(static_cast<std::streamoff>(at));
      f.put(static_cast<char>(c ^ 0x5a));
    }
  }
  SECTION("truncated") {
    fs::resize_file(file, size / 2);
  }
  SECTION("not a cache at all") {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << "hello\n";
  }
  ParseCache cache(s.cache_dir, s.folder.string(), 0);
  std::size_t found = 0;
  for (const auto& entry : embedded_files()) {
    auto cached = cache.find(s.path(entry.name));
    // Whatever survives a checksum must still be exactly the file.
    if (cached) CHECK(*cached == s.load(s.path(entry.name)).first);
    found += cached.has_value();
  }
  CHECK(found < embedded_files().size());
}

TEST_CASE("deleting the cache file mid-run changes nothing for the run", "[cache]") {
  Scratch s;
  s.fill_cache();
  ParseCache cache(s.cache_dir, s.folder.string(), 0);
  fs::remove(cache.file());
  CHECK(cache.find(s.path("cto.yaml")).has_value());
}

TEST_CASE("an up-to-date cache is not rewritten; a changed one is", "[cache]") {
  Scratch s;
  s.fill_cache();
  std::string file = ParseCache(s.cache_dir, s.folder.string(), 0).file();
  auto inode = [&] {
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    return info.st_ino;
  };
  auto before = inode();
  {
    ParseCache cache(s.cache_dir, s.folder.string(), 0);
    for (const auto& entry : embedded_files()) CHECK(cache.find(s.path(entry.name)));
    cache.save();
  }
  CHECK(inode() == before);
  fs::remove(s.path("programmer.yaml"));
  {
    ParseCache cache(s.cache_dir, s.folder.string(), 0);
    for (const auto& entry : embedded_files())
      if (entry.name != "programmer.yaml") CHECK(cache.find(s.path(entry.name)));
    cache.save();
  }
  CHECK(inode() != before);
  ParseCache cache(s.cache_dir, s.folder.string(), 0);
  CHECK(cache.find(s.path("cto.yaml")));
  CHECK(cache.hits() == 1);
}

TEST_CASE("add_path with a cache gives the same library as without", "[cache]") {
  Scratch s;
  Library fresh, first, second;
  Diagnostics problems;
  add_path(fresh, s.folder.string(), {}, problems);
  add_path(first, s.folder.string(), {}, problems, s.cache_dir);
  add_path(second, s.folder.string(), {}, problems, s.cache_dir);
  CHECK(problems.empty());
  CHECK(fs::exists(ParseCache(s.cache_dir, s.folder.string()).file()));
  CHECK(first.roles() == fresh.roles());
  CHECK(second.roles() == fresh.roles());
  CHECK(second.domains() == fresh.domains());
}
