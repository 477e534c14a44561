// The I/O module: bounded whole-file reads, reads at an offset and write-all, with results as values.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "ctoladder/file_io.hpp"
#include "ctoladder/text.hpp"
#include "yaml_fields.hpp"

using namespace ctoladder;
namespace fs = std::filesystem;

namespace {

// A folder of its own under the system's temporary folder, removed with the object.
struct Folder {
  fs::path path;
  Folder() {
    std::string pattern = (fs::temp_directory_path() / "file_io_test.XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~Folder() { fs::remove_all(path); }
  std::string file(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return (path / name).string();
  }
};

}  // namespace

TEST_CASE("read_file reads a regular file whole, with its stamp", "[file_io]") {
  Folder folder;
  std::string path = folder.file("a.yaml", "id: a\n");
  FileRead read = read_file(path, 100);
  REQUIRE(read.ok());
  CHECK(read.bytes == "id: a\n");
  CHECK(read.stamp.size == 6);
  CHECK(read.stamp.inode != 0);
}

TEST_CASE("read_file refuses what is not a small regular file, without waiting", "[file_io]") {
  Folder folder;
  FileRead read = read_file((folder.path / "missing").string(), 100);
  CHECK(read.problem == FileRead::Problem::cannot_open);
  CHECK(read.error == ENOENT);
  const Text role_file{"a role file", "角色文件"};
  CHECK(read_problem(read, role_file, 100).en == "cannot open: No such file or directory");
  CHECK(read_problem(read, role_file, 100).zh == "无法打开：No such file or directory");

  read = read_file(folder.path.string(), 100);
  CHECK(read.problem == FileRead::Problem::directory);
  const Text have_file{"a have file", "have 文件"};
  CHECK(read_problem(read, have_file, 100).en == "is a directory, not a have file");
  CHECK(read_problem(read, have_file, 100).zh == "是目录，不是 have 文件");
  CHECK(read_problem(read, role_file, 100).zh == "是目录，不是角色文件");

  std::string fifo = (folder.path / "pipe.yaml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto start = std::chrono::steady_clock::now();
  read = read_file(fifo, 100);  // no writer: a blocking open would never return
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK(read.problem == FileRead::Problem::not_regular);
  CHECK(read_problem(read, role_file, 100).en ==
        "is not a regular file (a FIFO, socket or device?)");

  read = read_file(folder.file("big.yaml", std::string(101, 'x')), 100);
  CHECK(read.problem == FileRead::Problem::too_large);
  CHECK(read.bytes.empty());
  CHECK(read_problem(read, role_file, 100).en ==
        "file is too large (101 bytes; a role file may be at most 100 bytes)");
  CHECK(read_problem(read, role_file, 100).zh == "文件太大（101 字节；角色文件最多 100 字节）");
  CHECK(read_file(folder.file("limit.yaml", std::string(100, 'x')), 100).ok());
}

TEST_CASE("read_at reads exactly the bytes asked for, or says it could not", "[file_io]") {
  Folder folder;
  std::string path = folder.file("cache", "0123456789");
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  REQUIRE(fd >= 0);
  std::string bytes(4, '\0');
  CHECK(read_at(fd, 3, bytes.data(), bytes.size()));
  CHECK(bytes == "3456");
  CHECK(read_at(fd, 0, bytes.data(), 0));  // nothing asked, nothing read
  // The file ends before the bytes asked for: a damaged cache, never half a payload.
  CHECK_FALSE(read_at(fd, 8, bytes.data(), bytes.size()));
  CHECK_FALSE(read_at(fd, 20, bytes.data(), 1));
  ::close(fd);
  CHECK_FALSE(read_at(-1, 0, bytes.data(), 1));
}

TEST_CASE("write_all writes everything, or says why not", "[file_io]") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::string data(10000, 'x');  // fits in a pipe's buffer: no reader needed meanwhile
  CHECK(write_all(fds[1], data) == 0);
  std::string back(data.size(), '\0');
  std::size_t got = 0;
  while (got < back.size()) {
    ssize_t n = ::read(fds[0], back.data() + got, back.size() - got);
    REQUIRE(n > 0);
    got += static_cast<std::size_t>(n);
  }
  CHECK(back == data);
  ::close(fds[0]);
  auto old = std::signal(SIGPIPE, SIG_IGN);
  CHECK(write_all(fds[1], "after the reader left") == EPIPE);
  std::signal(SIGPIPE, old);
  ::close(fds[1]);
  CHECK(write_all(-1, "x") == EBADF);
  CHECK(write_all(-1, "") == 0);  // nothing to write: no call, no error
}

TEST_CASE("one byte check for every text file: NUL first, then UTF-8", "[file_io]") {
  using yaml_fields::check_text_bytes;
  const Text role_files{"role files", "角色文件"}, have_files{"have files", "have 文件"};
  CHECK(!check_text_bytes("a.yaml", "id: \xe4\xb8\xad\n", role_files));
  auto nul = check_text_bytes("a.yaml", std::string("\xff\nid: a\0", 8), role_files);
  REQUIRE(nul);
  CHECK(nul->format() == "a.yaml:2:6: error: file contains a NUL byte (is it binary?)");
  CHECK(nul->format(Lang::zh) == "a.yaml:2:6: error: 文件中有 NUL 字节（是二进制文件吗？）");
  auto utf8 = check_text_bytes("h.yaml", "holds: [\xff]\n", have_files);
  REQUIRE(utf8);
  CHECK(utf8->format() == "h.yaml:1:9: error: invalid UTF-8 (byte 0xff); have files must be UTF-8");
  CHECK(utf8->format(Lang::zh) ==
        "h.yaml:1:9: error: 无效的 UTF-8（字节 0xff）；have 文件必须是 UTF-8 编码");
}

TEST_CASE("the bidi controls are escaped for the terminal, and nothing near them", "[file_io]") {
  for (char32_t cp : text::kBidiControls) {
    INFO(static_cast<unsigned>(cp));
    CHECK(text::is_bidi_control(cp));
  }
  for (char32_t cp : {U'a', U'\u0600', U'\u200d', U'\u2029', U'\u206a', U'\u4e2d'}) {
    INFO(static_cast<unsigned>(cp));
    CHECK(!text::is_bidi_control(cp));
  }
  CHECK(text::escape_for_terminal("a\u2067b") == "a\\u{2067}b");
}
