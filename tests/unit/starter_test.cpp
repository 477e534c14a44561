// write_file_atomically (never half a file, never an existing file lost on error) and the
// starter role files of `ctoladder new` (valid as written).
#include <stdlib.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "ctoladder/atomic_file.hpp"
#include "ctoladder/embedded.hpp"
#include "ctoladder/error.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/starter.hpp"
#include "ctoladder/validate.hpp"

using namespace ctoladder;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "ctoladder-starter-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream out;
  out << in.rdbuf();
  return out.str();
}

std::size_t entries(const fs::path& folder) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("write_file_atomically writes, and refuses to replace without overwrite") {
  TempDir dir;
  std::string file = (dir.path / "a.yaml").string();
  CHECK(write_file_atomically(file, "one\n", false) == WriteOutcome::written);
  CHECK(read(file) == "one\n");
  CHECK(write_file_atomically(file, "two\n", false) == WriteOutcome::exists);
  CHECK(read(file) == "one\n");
  CHECK(write_file_atomically(file, "three\n", true) == WriteOutcome::written);
  CHECK(read(file) == "three\n");
  CHECK(entries(dir.path) == 1);  // no temporary file left behind
}

TEST_CASE("write_file_atomically leaves the target alone when it fails") {
  TempDir dir;
  // A folder where the file should go: the rename fails after the temporary file is written.
  fs::create_directory(dir.path / "taken.yaml");
  fs::path inside = dir.path / "taken.yaml" / "keep";
  std::ofstream(inside) << "kept";
  CHECK_THROWS_AS(write_file_atomically((dir.path / "taken.yaml").string(), "new", true), Error);
  CHECK(read(inside) == "kept");
  CHECK(entries(dir.path) == 1);
  // No such folder: nothing is created.
  CHECK_THROWS_AS(write_file_atomically((dir.path / "none" / "x.yaml").string(), "x", false),
                  Error);
  CHECK(entries(dir.path) == 1);
  // Unless asked to make it.
  CHECK(write_file_atomically((dir.path / "made" / "x.yaml").string(), "x", false, true) ==
        WriteOutcome::written);
}

TEST_CASE("starter roles are valid as written, for every built-in base") {
  Library library;
  add_embedded_library(library);
  for (const auto& base : library.roles()) {
    std::string id = "my-" + base.id;
    std::string yaml = starter_role(library, id, base.id);
    Library with = library;
    Diagnostics diagnostics;
    add_layer(with, {{id + ".yaml", yaml}}, diagnostics);
    validate_library(with, diagnostics);
    std::string problems;
    for (const auto& d : diagnostics) problems += d.format() + "\n";
    INFO(yaml);
    INFO(problems);
    CHECK_FALSE(has_errors(diagnostics));
    Role role = resolve(with, id);
    Role from = resolve(with, base.id);
    CHECK(role.responsibilities.size() == from.responsibilities.size());
    CHECK(role.rank == from.rank);
  }
}

TEST_CASE("starter_role refuses bad ids and unknown bases; its own id refines the role") {
  Library library;
  add_embedded_library(library);
  CHECK_THROWS_AS(starter_role(library, "Bad Id", "cto"), Error);
  CHECK_THROWS_AS(starter_role(library, "x", "no-such-role"), Error);
  // `new cto --from CTO`: a refinement of the built-in cto, keeping its name unless set.
  std::string refinement = starter_role(library, "cto", "CTO");
  CHECK(refinement.find("id: cto\nextends: cto\n# name: ") != std::string::npos);
  CHECK(refinement.find("refines the role of that id") != std::string::npos);
  CHECK(starter_role(library, "x", "首席技术官").find("extends: cto\n") != std::string::npos);
}

TEST_CASE("yaml_quote escapes what YAML needs") {
  CHECK(yaml_quote("a \"b\" \\ c") == R"("a \"b\" \\ c")");
  CHECK(yaml_quote("line\nnext\x01") == R"("line\nnext\x01")");
  CHECK(yaml_quote("架构师") == "\"架构师\"");
}
