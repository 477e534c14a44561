// Reading role files: parse_file on bytes (every problem a Diagnostic at the right 1-based
// LINE:COLUMN) and add_path on real folders (odd file-system objects reported, never hung on).
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>

#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/role_parser.hpp"

using namespace ctoladder;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

struct Parsed {
  ParsedFile file;
  Diagnostics diagnostics;
};

Parsed parse(std::string_view bytes, const std::string& path = "roles/x.yaml") {
  Parsed parsed;
  parsed.file = parse_file({path, std::string(bytes)}, parsed.diagnostics);
  return parsed;
}

// "LINE:COLUMN: MESSAGE" of the first diagnostic mentioning `needle`, or "" when none does.
std::string shown(const Diagnostics& diagnostics, std::string_view needle) {
  for (const auto& d : diagnostics)
    if (d.message.find(needle) != std::string::npos)
      return fmt::format("{}:{}: {}", d.where.line, d.where.column, d.message);
  return "";
}

std::string listing(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += d.format() + '\n';
  return out;
}

std::string fixture_bytes(std::string_view name) {
  std::ifstream in(fmt::format("{}/unit/ladder/{}", CTOLADDER_TEST_DATA, name), std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The fixture file with its `id:` line giving another id.
std::string with_id(std::string_view fixture, std::string_view id) {
  std::string bytes = fixture_bytes(fixture);
  auto start = bytes.find("\nid: ") + 1;
  return bytes.replace(start, bytes.find('\n', start) - start, fmt::format("id: {}", id));
}

// A guard against blow-ups (exponential expansion, a blocked read), not a speed target: these
// inputs take well under a second even under ASan, a blow-up takes hours or forever, and a
// shared CI machine can stretch a second several times over. Speed lives in bench/.
constexpr double kBlowUpSeconds = 60.0;

double seconds_to(const std::function<void()>& work) {
  auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A fresh folder under the system temp directory, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "ctoladder-loader-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    root_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string path(std::string_view name = "") const { return (root_ / name).string(); }
  void write(std::string_view name, std::string_view bytes) const {
    std::ofstream(path(name), std::ios::binary) << bytes;
  }

 private:
  fs::path root_;
};

struct Loaded {
  Library library;
  Diagnostics diagnostics;
  std::size_t files = 0;
};

Loaded load(const std::string& path, const LoadLimits& limits = {}) {
  Loaded loaded;
  loaded.files = add_path(loaded.library, path, limits, loaded.diagnostics);
  return loaded;
}

}  // namespace

TEST_CASE("parse_file reads a complete role file", "[loader]") {
  auto parsed = parse(fixture_bytes("boss.yaml"), "ladder/boss.yaml");
  INFO(listing(parsed.diagnostics));
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.file.role);
  const RoleDef& role = *parsed.file.role;
  CHECK(role.id == "boss");
  CHECK(role.where.file == "ladder/boss.yaml");
  CHECK(role.where.line == 2);
  CHECK(role.name == Text{"Technology Boss", "技术老板"});
  CHECK(role.aliases == std::vector<std::string>{"chief", "老板"});
  CHECK(role.rank == 5);
  CHECK(role.fields.track == Track::executive);
  CHECK(role.fields.scope == Scope::company);
  CHECK(role.fields.team_size == Range{20, std::nullopt});
  CHECK_FALSE(role.fields.coding);
  REQUIRE(role.responsibilities.size() == 4);
  CHECK(role.responsibilities[2].id == "review-code");
  CHECK(role.responsibilities[2].how ==
        Text{"Reviews only the critical changes.", "只评审关键改动。"});
  CHECK(role.responsibilities[2].source == Source{"fixture.txt", "Boss"});
  REQUIRE(role.overlays.size() == 4);
  const Overlay& small = role.overlays[0];
  CHECK(small.name == "small");
  CHECK(small.axis == Axis::variant);
  CHECK(small.set.coding == Coding::core);
  CHECK(small.set.years == Range{std::nullopt, 5});
  REQUIRE(small.remove.size() == 1);
  CHECK(small.remove[0].id == "grow-people");
  REQUIRE(small.reword.size() == 1);
  CHECK_FALSE(small.reword[0].text);
  CHECK(role.overlays[2].axis == Axis::profile);
  CHECK(parsed.file.domains.empty());
}

TEST_CASE("parse_file reads a role that extends another", "[loader]") {
  auto parsed = parse(fixture_bytes("lead.yaml"));
  INFO(listing(parsed.diagnostics));
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.file.role);
  REQUIRE(parsed.file.role->extends);
  CHECK(parsed.file.role->extends->id == "coder");
  REQUIRE(parsed.file.role->remove.size() == 1);
  CHECK(parsed.file.role->remove[0].id == "fix-bugs");
  CHECK(parsed.file.role->sources.empty());
}

TEST_CASE("parse_file reads a domains file in its order", "[loader]") {
  auto parsed = parse(fixture_bytes("domains.yaml"), "ladder/domains.yaml");
  INFO(listing(parsed.diagnostics));
  CHECK(parsed.diagnostics.empty());
  CHECK_FALSE(parsed.file.role);
  REQUIRE(parsed.file.domains.size() == 4);
  std::vector<std::string> ids;
  for (const auto& d : parsed.file.domains) ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"strategy", "people", "architecture", "coding"});
  CHECK(parsed.file.domains[1].name == Text{"People", "人才"});
  CHECK(parsed.file.domains[1].where.line == 7);
  CHECK(is_domains_file("a/b/domains.yml"));
  CHECK_FALSE(is_domains_file("a/domains.yaml/cto.yaml"));
}

TEST_CASE("an unknown key is reported where it is, with a did-you-mean", "[loader]") {
  auto parsed = parse("id: x\nextends: coder\nrespnsibilities: []\ncolour: red\n");
  CHECK(shown(parsed.diagnostics, "respnsibilities") ==
        "3:1: unknown key 'respnsibilities' in a role file (did you mean 'responsibilities'?)");
  CHECK(shown(parsed.diagnostics, "colour") == "4:1: unknown key 'colour' in a role file");
  auto nested = parse("id: x\nextends: coder\nname: {en: a, zh: b, fr: c}\n");
  CHECK(shown(nested.diagnostics, "'fr'") == "3:22: unknown key 'fr' in 'name'");
}

TEST_CASE("columns count characters, not bytes, after Chinese text", "[loader]") {
  // Both kinds of problem on the same spot of a line: the column must be the same.
  auto key = parse("id: x\nextends: coder\nname: {en: 程序员, fr: a, zh: b}\n");
  CHECK(shown(key.diagnostics, "'fr'") == "3:17: unknown key 'fr' in 'name'");
  auto byte = parse("id: x\nextends: coder\nname: {en: 程序员, \xff: a, zh: b}\n");
  CHECK(shown(byte.diagnostics, "UTF-8") ==
        "3:17: invalid UTF-8 (byte 0xff); role files must be UTF-8");
}

TEST_CASE("a value of the wrong type is reported at the value", "[loader]") {
  auto parsed = parse(
      "id: x\n"
      "aliases: {a: b}\n"
      "name: [Coder, 程序员]\n"
      "track: [management]\n"
      "responsibilities:\n"
      "  id: r\n"
      "rank: {n: 1}\n");
  CHECK(shown(parsed.diagnostics, "'aliases'") ==
        "2:10: 'aliases' must be a list of text, not a map");
  CHECK(shown(parsed.diagnostics, "'name' must") == "3:7: 'name' must be a map, not a list");
  CHECK(shown(parsed.diagnostics, "'track' must") == "4:8: 'track' must be text, not a list");
  CHECK(shown(parsed.diagnostics, "'responsibilities' must") ==
        "6:3: 'responsibilities' must be a list of responsibilities, not a map");
  CHECK(shown(parsed.diagnostics, "'rank' must") == "7:7: 'rank' must be text, not a map");
}

TEST_CASE("bad scalar values are reported with what is allowed", "[loader]") {
  auto parsed = parse(
      "id: Coder_1\n"
      "extends: coder\n"
      "rank: 0\n"
      "track: manager\n"
      "years: {min: 5, max: 2}\n");
  CHECK_THAT(shown(parsed.diagnostics, "Coder_1"), Contains("1:5: 'Coder_1' is not a valid id"));
  CHECK(shown(parsed.diagnostics, "'rank'") ==
        "3:7: 'rank' must be a whole number from 1 to 1000, not '0'");
  CHECK(shown(parsed.diagnostics, "'track'") ==
        "4:8: 'track' must be one of individual-contributor, management, executive, not 'manager'");
  CHECK(shown(parsed.diagnostics, "'years'") == "5:8: 'years' has min 5 greater than max 2");
  CHECK_FALSE(parsed.file.role);  // no usable id
}

TEST_CASE("missing required keys are each named", "[loader]") {
  auto bare = parse("id: x\n");
  for (auto key :
       {"name", "rank", "track", "scope", "summary", "purpose", "sources", "responsibilities"})
    CHECK(shown(bare.diagnostics, fmt::format("'{}'", key)) ==
          fmt::format("1:1: a role file is missing required key '{}'", key));
  CHECK(bare.diagnostics.size() == 8);

  auto no_id = parse("extends: coder\nrank: 2\n");
  CHECK(shown(no_id.diagnostics, "'id'") == "1:1: a role file is missing required key 'id'");
  CHECK_FALSE(no_id.file.role);

  auto duty = parse(
      "id: x\n"
      "extends: coder\n"
      "responsibilities:\n"
      "  - id: r\n"
      "    domain: coding\n"
      "    text: {en: a}\n");
  CHECK(shown(duty.diagnostics, "'source'") ==
        "4:5: a responsibility is missing required key 'source'");
  CHECK(shown(duty.diagnostics, "'zh'") ==
        "6:11: responsibility 'r': 'text' has no 'zh' text");  // a note, naming the duty

  auto remove_alone = parse(fixture_bytes("coder.yaml") + "remove: [write-code]\n");
  CHECK_THAT(shown(remove_alone.diagnostics, "'remove'"),
             Contains("'remove' only makes sense with 'extends'"));
}

TEST_CASE("duplicate mapping keys are reported at the second one", "[loader]") {
  auto parsed = parse(
      "id: x\n"
      "extends: coder\n"
      "rank: 1\n"
      "rank: 2\n"
      "name: {en: a, en: b, zh: c}\n");
  CHECK(shown(parsed.diagnostics, "'rank'") == "4:1: duplicate key 'rank' in a role file");
  CHECK(shown(parsed.diagnostics, "'en'") == "5:15: duplicate key 'en' in 'name'");
  CHECK(parsed.diagnostics.size() == 2);

  auto overlays = parse(
      "id: x\n"
      "extends: coder\n"
      "overlays:\n"
      "  v: {axis: variant, summary: {en: a, zh: b}, source: {article: a, section: b}}\n"
      "  v: {axis: profile, summary: {en: a, zh: b}, source: {article: a, section: b}}\n");
  CHECK(shown(overlays.diagnostics, "overlay") == "5:3: duplicate overlay 'v'");
}

TEST_CASE("invalid YAML is reported with its position", "[loader]") {
  auto unclosed = parse("id: x\nname: {en: a, zh: b\nrank: 1\n");
  INFO(listing(unclosed.diagnostics));
  REQUIRE(unclosed.diagnostics.size() == 1);
  CHECK(shown(unclosed.diagnostics, "YAML") ==
        "3:5: invalid YAML: end of map flow not found (the '{' on line 2 is not closed: end it "
        "with '}' on that line)");
  auto quoted = parse("id: x\nname: {en: Plan: ship it, zh: b}\nrank: 1\n");
  REQUIRE(quoted.diagnostics.size() == 1);
  CHECK_THAT(quoted.diagnostics[0].message, Catch::Matchers::Contains("put it in quotes"));
  CHECK_FALSE(unclosed.file.role);

  auto indented = parse("id: x\n  rank: 1\nname: y\n");
  REQUIRE(indented.diagnostics.size() == 1);
  CHECK(indented.diagnostics[0].format() ==
        "roles/x.yaml:2:7: error: invalid YAML: illegal map value (check the indentation of "
        "this line and the one above: keys of one map line up)");
  // The same message on a line with a flow map: an unquoted ': ' in a text is the usual cause.
  auto colon = parse("id: x\nname: {en: Plan: ship it}\n");
  REQUIRE(quoted.diagnostics.size() == 1);
  CHECK_THAT(colon.diagnostics[0].format(), Catch::Matchers::Contains("put it in quotes"));
}

TEST_CASE("an empty file and a file without a document are reported", "[loader]") {
  for (std::string_view bytes : {"", "   \n\t\n", "\xEF\xBB\xBF"}) {
    auto parsed = parse(bytes);
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(parsed.diagnostics[0].format() ==
          "roles/x.yaml: error: file is empty (expected a role: id, name, rank, ...)");
  }
  auto comment = parse("# nothing here\n");
  REQUIRE(comment.diagnostics.size() == 1);
  CHECK(comment.diagnostics[0].message == "file holds no YAML document");
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted", "[loader]") {
  const std::string plain = fixture_bytes("coder.yaml");
  std::string crlf;
  for (char c : plain) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  auto reference = parse(plain);
  for (const std::string& bytes : {"\xEF\xBB\xBF" + plain, crlf, "\xEF\xBB\xBF" + crlf}) {
    auto parsed = parse(bytes);
    INFO(listing(parsed.diagnostics));
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.file.role);
    CHECK(parsed.file.role->id == "coder");
    CHECK(parsed.file.role->name == reference.file.role->name);
    CHECK(parsed.file.role->fields.summary == reference.file.role->fields.summary);
  }
  // Positions are unchanged by the mark and the carriage returns.
  CHECK(shown(parse("\xEF\xBB\xBFid: x\nrank: oops\n").diagnostics, "'rank'") ==
        "2:7: 'rank' must be a whole number from 1 to 1000, not 'oops'");
  CHECK(shown(parse("id: x\r\nrank: oops\r\n").diagnostics, "'rank'") ==
        "2:7: 'rank' must be a whole number from 1 to 1000, not 'oops'");
}

TEST_CASE("invalid UTF-8 and NUL bytes are reported at their position", "[loader]") {
  auto latin1 = parse("id: x\nname: {en: \"ab\xff\", zh: y}\n");
  REQUIRE(latin1.diagnostics.size() == 1);
  CHECK(latin1.diagnostics[0].format() ==
        "roles/x.yaml:2:15: error: invalid UTF-8 (byte 0xff); role files must be UTF-8");
  // Columns count characters, not bytes.
  auto truncated = parse("id: x\nname: {en: a, zh: 程序\xe5}\n");
  CHECK(shown(truncated.diagnostics, "UTF-8") ==
        "2:21: invalid UTF-8 (byte 0xe5); role files must be UTF-8");

  auto nul = parse(std::string("id: x\nrank: 1\0\n", 15));
  REQUIRE(nul.diagnostics.size() == 1);
  CHECK(nul.diagnostics[0].format() ==
        "roles/x.yaml:2:8: error: file contains a NUL byte (is it binary?)");
  CHECK_FALSE(nul.file.role);
}

TEST_CASE("deep nesting is an error, not a crash", "[loader]") {
  for (const std::string& bytes : {std::string(100'000, '['), std::string(100'000, '{'),
                                   "id: x\naliases: " + std::string(100'000, '['), [] {
                                     std::string s;
                                     for (int i = 0; i < 5'000; ++i) s += "- ";
                                     return s + "x\n";
                                   }()}) {
    Parsed parsed;
    CHECK(seconds_to([&] { parsed = parse(bytes); }) < kBlowUpSeconds);
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK_THAT(parsed.diagnostics[0].message, Contains("nesting"));
    CHECK(parsed.diagnostics[0].where.line >= 1);
  }
}

TEST_CASE("alias bombs and cyclic aliases finish quickly with errors", "[loader]") {
  // Ten levels of ten references each: 10^10 leaves if anything expanded them.
  std::string bomb = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level < 10; ++level) {
    std::string refs;
    for (int i = 0; i < 10; ++i) refs += fmt::format("{}*l{}", i ? ", " : "", level - 1);
    bomb += fmt::format("l{0}: &l{0} [{1}]\n", level, refs);
  }
  for (const std::string& bytes :
       {"id: bomb\n" + bomb + "responsibilities: *l9\naliases: *l9\nname: *l9\n",
        std::string("id: x\nextends: coder\nresponsibilities: &a [*a]\n"),
        std::string("id: x\nextends: coder\nname: &n {en: *n, zh: *n}\nsources: &s [*s, *s]\n"),
        std::string("id: x\nextends: coder\noverlays: &o {v: *o}\n")}) {
    Parsed parsed;
    CHECK(seconds_to([&] { parsed = parse(bytes); }) < kBlowUpSeconds);
    INFO(listing(parsed.diagnostics));
    CHECK(has_errors(parsed.diagnostics));
    CHECK(parsed.diagnostics.size() < 100);
  }
  auto cycle = parse("id: x\nextends: coder\nresponsibilities: &a [*a]\n");
  CHECK_THAT(shown(cycle.diagnostics, "responsibility"),
             Contains("a responsibility must be a map, not a list"));
}

TEST_CASE("a second YAML document is rejected", "[loader]") {
  auto parsed = parse("id: x\nextends: coder\n---\nid: y\nextends: coder\n");
  CHECK(shown(parsed.diagnostics, "document") ==
        "3:1: a role file holds one YAML document, found a second");
}

TEST_CASE("add_path reads role files and domains, skipping other and hidden files", "[loader]") {
  TempDir dir;
  dir.write("coder.yaml", fixture_bytes("coder.yaml"));
  dir.write("boss.yml", fixture_bytes("boss.yaml"));
  dir.write("domains.yaml", fixture_bytes("domains.yaml"));
  dir.write("README.md", "not: [yaml");
  dir.write("notes.txt", "\xff\xfe binary");
  dir.write("coder.yaml.bak", "id: [");
  dir.write(".hidden.yaml", "id: [");
  dir.write(".lead.yml", std::string_view("\0", 1));
  auto loaded = load(dir.path());
  INFO(listing(loaded.diagnostics));
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.files == 3);
  CHECK(loaded.library.roles().size() == 2);
  CHECK(loaded.library.role("boss"));
  CHECK(loaded.library.role("coder"));
  CHECK(loaded.library.domains().size() == 4);
  CHECK(loaded.library.role("coder")->where.file == dir.path("coder.yaml"));
  CHECK_FALSE(is_role_file_name(".hidden.yaml"));
  CHECK_FALSE(is_role_file_name("notes.txt"));
  CHECK(is_role_file_name("a.yml"));
}

TEST_CASE("add_path reads a single file and reports a missing path", "[loader]") {
  auto one = load(fmt::format("{}/unit/ladder/coder.yaml", CTOLADDER_TEST_DATA));
  CHECK(one.diagnostics.empty());
  CHECK(one.files == 1);
  CHECK(one.library.role("coder"));

  TempDir dir;
  auto missing = load(dir.path("nowhere"));
  REQUIRE(missing.diagnostics.size() == 1);
  CHECK(missing.diagnostics[0].format() == dir.path("nowhere") + ": error: no such file or folder");
  CHECK(missing.files == 0);
}

TEST_CASE("add_path reports odd file-system objects by name and goes on", "[loader]") {
  TempDir dir;
  dir.write("coder.yaml", fixture_bytes("coder.yaml"));
  fs::create_directory(dir.path("x.yaml"));
  REQUIRE(::mkfifo(dir.path("pipe.yaml").c_str(), 0600) == 0);
  fs::create_symlink(dir.path("gone.yaml"), dir.path("dangling.yaml"));
  dir.write("boss.txt", fixture_bytes("boss.yaml"));
  fs::create_symlink(dir.path("boss.txt"), dir.path("boss.yaml"));

  Loaded loaded;
  CHECK(seconds_to([&] { loaded = load(dir.path()); }) < kBlowUpSeconds);  // the FIFO must not block
  INFO(listing(loaded.diagnostics));
  auto about = [&](std::string_view name) {
    for (const auto& d : loaded.diagnostics)
      if (d.where.file == dir.path(name)) return d.message;
    return std::string();
  };
  CHECK(about("x.yaml") == "is a directory, not a role file");
  CHECK(about("pipe.yaml") == "is not a regular file (a FIFO, socket or device?)");
  CHECK_THAT(about("dangling.yaml"), Contains("cannot open"));
  CHECK_THAT(about("dangling.yaml"), Contains("No such file"));
  CHECK(loaded.diagnostics.size() == 3);
  // A symlink to a regular file is read like the file.
  CHECK(loaded.library.role("coder"));
  CHECK(loaded.library.role("boss"));
  CHECK(loaded.files == 2);

  // Named directly, a FIFO or a device is refused the same way.
  for (const std::string& path : {dir.path("pipe.yaml"), std::string("/dev/null")}) {
    auto odd = load(path);
    REQUIRE(odd.diagnostics.size() == 1);
    CHECK(odd.diagnostics[0].format() ==
          path + ": error: is not a regular file (a FIFO, socket or device?)");
  }
}

TEST_CASE("add_path refuses files over the size limit", "[loader]") {
  TempDir dir;
  std::string big = "id: big\n# " + std::string((1u << 20) - 10, 'x') + "\n";
  REQUIRE(big.size() == (1u << 20) + 1);
  dir.write("big.yaml", big);
  auto loaded = load(dir.path("big.yaml"));
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK_THAT(loaded.diagnostics[0].message, Contains("file is too large"));
  CHECK_THAT(loaded.diagnostics[0].message, Contains("1048576"));
  CHECK(loaded.files == 0);

  // Exactly at the limit is read (and then parsed).
  big.pop_back();
  dir.write("big.yaml", big);
  auto at_limit = load(dir.path("big.yaml"));
  CHECK(at_limit.files == 1);
  CHECK(shown(at_limit.diagnostics, "too large").empty());

  LoadLimits small;
  small.max_file_bytes = 64;
  dir.write("small.yaml", "id: s\n" + std::string(60, '#'));
  CHECK_THAT(shown(load(dir.path("small.yaml"), small).diagnostics, "too large"),
             Contains("at most 64 bytes"));
}

TEST_CASE("two files of one folder with the same id are reported, naming both", "[loader]") {
  TempDir dir;
  dir.write("coder.yaml", fixture_bytes("coder.yaml"));
  dir.write("coder.yml", fixture_bytes("coder.yaml"));
  auto loaded = load(dir.path());
  REQUIRE(loaded.diagnostics.size() == 1);
  std::string message = loaded.diagnostics[0].format();
  CHECK(message == dir.path("coder.yml") + ":2:5: error: duplicate role id 'coder' (also in " +
                       dir.path("coder.yaml") + ")");
  CHECK(loaded.library.roles().size() == 1);
  CHECK(loaded.library.role("coder")->where.file == dir.path("coder.yaml"));
}

TEST_CASE("a later layer's role replaces the same id from an earlier layer", "[loader]") {
  Library library;
  Diagnostics diagnostics;
  add_layer(library, {{"first/coder.yaml", fixture_bytes("coder.yaml")}}, diagnostics);
  std::string second = fixture_bytes("coder.yaml");
  second.replace(second.find("rank: 1"), 7, "rank: 2");
  add_layer(library, {{"second/coder.yaml", second}}, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(library.roles().size() == 1);
  CHECK(library.role("coder")->rank == 2);
  CHECK(library.replaced_file("coder") == "first/coder.yaml");
  CHECK(library.replaced_file("boss").empty());
}

TEST_CASE("a user folder's role replaces the built-in one", "[loader]") {
  Library library;
  add_embedded_library(library);
  const std::size_t builtin_roles = library.roles().size();
  REQUIRE(library.role("cto"));
  CHECK(library.replaced_file("cto").empty());

  TempDir dir;
  dir.write("cto.yaml", with_id("boss.yaml", "cto"));
  auto diagnostics = Diagnostics{};
  CHECK(add_path(library, dir.path(), {}, diagnostics) == 1);
  INFO(listing(diagnostics));
  CHECK(diagnostics.empty());
  CHECK(library.roles().size() == builtin_roles);
  CHECK(library.role("cto")->where.file == dir.path("cto.yaml"));
  CHECK(library.role("cto")->rank == 5);
  CHECK(library.replaced_file("cto") == "<built-in>/cto.yaml");
  CHECK(library.lookup("老板") == library.role("cto"));
}

TEST_CASE("built-in roles one at a time equal the whole built-in library", "[loader]") {
  Library whole;
  add_embedded_library(whole);
  REQUIRE(whole.roles().size() == builtin_roles().size());
  for (const auto& def : whole.roles()) {
    Library one;
    REQUIRE(add_embedded_role(one, def.id));
    REQUIRE(one.roles().size() == 1);
    CHECK(one.roles().front() == def);
    // Every name Library::lookup accepts finds the same role here.
    CHECK(embedded_role_id(def.id) == def.id);
    for (const auto& alias : def.aliases) {
      INFO(alias);
      CHECK(whole.lookup(alias)->id == def.id);
      CHECK(embedded_role_id(alias) == def.id);
    }
  }
  CHECK(embedded_role_id("CTO") == "cto");
  CHECK(embedded_role_id("首席技术官") == "cto");
  CHECK(embedded_role_id("VP-Engineering") == whole.lookup("VP-Engineering")->id);
  CHECK_FALSE(embedded_role_id("archtect"));
  Library none;
  CHECK_FALSE(add_embedded_role(none, "archtect"));
  CHECK(none.roles().empty());
}

TEST_CASE("add_roles_by_id takes what no folder has from the fallback", "[loader]") {
  TempDir dir;
  dir.write("lead.yaml", with_id("boss.yaml", "lead"));
  Library library;
  add_embedded_domains(library);
  Diagnostics diagnostics;
  CHECK(add_roles_by_id(library, {dir.path()}, {"lead", "architect"}, {}, diagnostics,
                        &add_embedded_role));
  INFO(listing(diagnostics));
  CHECK(library.role("lead")->where.file == dir.path("lead.yaml"));
  CHECK(library.role("architect")->where.file == "<built-in>/architect.yaml");
  CHECK(library.roles().size() == 2);
  Library without;
  CHECK_FALSE(add_roles_by_id(without, {dir.path()}, {"architect"}, {}, diagnostics));
}
