// Every role field (kRoleFields in model.hpp) through every stage that handles fields: the
// parser, the parse cache's codec, the built-in library generator (this test links the role
// folder write_field_roles made, compiled by embed_roles), resolve (extends and overlays),
// compare, describe's JSON, `new`, the schema and the check that two overlays agree. A field
// some stage leaves out fails here.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "ctoladder/compare.hpp"
#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/starter.hpp"
#include "ctoladder/vocabulary.hpp"
#include "json_shapes.hpp"
#include "model_codec.hpp"
#include "sample_fields.hpp"

using namespace ctoladder;
using sample_fields::sample;

namespace {

// The role file write_field_roles wrote, parsed.
RoleDef parsed_role() {
  SourceText source;
  Diagnostics problems;
  REQUIRE(read_source(FIELD_ROLES "/every-field.yaml", {}, source, problems));
  ParsedFile parsed = parse_file(source, problems);
  for (const auto& p : problems) FAIL(p.format());
  REQUIRE(parsed.role);
  REQUIRE(parsed.role->overlays.size() == 1);
  return *parsed.role;
}

// The built-in library of this test: the roles of write_field_roles, compiled in.
Library load_embedded() {
  Library library;
  add_embedded_library(library);
  return library;
}

const Library& embedded() {
  static const Library library = load_embedded();
  return library;
}

// Checks every field of `fields` holds the sample values of `variant`.
void check_stated(const Fields& fields, int variant, std::string_view stage) {
  std::size_t index = 0;
  for_each_field([&](const auto& f) {
    INFO(stage << ": field '" << f.info.key << "', values " << variant);
    CHECK(fields.*f.stated == sample(f, index++, variant));
  });
}

void check_resolved(const Role& role, int variant) {
  std::size_t index = 0;
  for_each_field([&](const auto& f) {
    INFO(role.reference() << ": field '" << f.info.key << "'");
    using Value = typename std::remove_cvref_t<decltype(f)>::value_type;
    CHECK(std::optional<Value>(role.*f.resolved) == sample(f, index++, variant));
  });
}

}  // namespace

TEST_CASE("every field is read from a role file and from an overlay's set", "[fields]") {
  RoleDef def = parsed_role();
  check_stated(def.fields, 0, "parser");
  check_stated(def.overlays.front().set, 1, "parser, overlay");
}

TEST_CASE("every field survives the parse cache's codec", "[fields]") {
  ParsedFile parsed{parsed_role(), {}};
  std::string path = FIELD_ROLES "/every-field.yaml";
  ParsedFile decoded = model_codec::decode(model_codec::encode(parsed), path);
  REQUIRE(decoded.role);
  check_stated(decoded.role->fields, 0, "codec");
  check_stated(decoded.role->overlays.front().set, 1, "codec, overlay");
  CHECK(decoded == parsed);
  // The cache header holds the fields' layout, so a new field makes old caches unused.
  for_each_field([&](const auto& f) {
    CHECK(model_codec::fields_layout().find(std::string(f.info.key) + ":") != std::string::npos);
  });
}

TEST_CASE("every field is compiled into the built-in library", "[fields]") {
  const RoleDef* def = embedded().role("every-field");
  REQUIRE(def);
  REQUIRE(def->overlays.size() == 1);
  check_stated(def->fields, 0, "embed_roles");
  check_stated(def->overlays.front().set, 1, "embed_roles, overlay");
  CHECK(def->fields == parsed_role().fields);
}

TEST_CASE("every field is resolved, inherited and overridden by an overlay", "[fields]") {
  check_resolved(resolve(embedded(), "every-field"), 0);
  check_resolved(resolve(embedded(), "child"), 0);
  check_resolved(resolve(embedded(), "every-field@other"), 1);
}

TEST_CASE("a role without extends must state every required field", "[fields]") {
  for_each_field([&](const auto& f) {
    if (!f.required) return;
    // The role file with this field's line taken out.
    std::ifstream in(FIELD_ROLES "/every-field.yaml");
    SourceText source{"every-field.yaml", {}};
    std::string prefix = std::string(f.info.key) + ":";
    for (std::string line; std::getline(in, line);)
      if (!line.starts_with(prefix)) source.bytes += line + "\n";
    Diagnostics problems;
    parse_file(source, problems);
    INFO("field '" << f.info.key << "'");
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().message ==
          fmt::format("a role file is missing required key '{}'", f.info.key));
  });
}

TEST_CASE("compare shows every field, and each differs when an overlay sets it", "[fields]") {
  Role base = resolve(embedded(), "every-field");
  Role other = resolve(embedded(), "every-field@other");
  Comparison c = compare(embedded(), base, other);
  std::vector<std::string> expected{"name", "rank"};
  for_each_field([&](const auto& f) { expected.emplace_back(f.info.key); });
  std::vector<std::string> shown;
  for (const auto& row : c.fields) shown.push_back(row.field);
  CHECK(shown == expected);
  for (const auto& row : c.fields) {
    if (row.field == "name" || row.field == "rank") continue;
    INFO("field '" << row.field << "'");
    CHECK(row.differs);
    CHECK(!row.a.en.empty());
    CHECK(!row.a.zh.empty());
    CHECK(field_label(row.field).en != "?");
  }
  CHECK(c.fields_differ == expected.size() - 2);
}

TEST_CASE("describe's JSON has every field; list's every field but the prose", "[fields]") {
  Role role = resolve(embedded(), "every-field");
  auto full = json_shapes::role(role);
  auto summary = json_shapes::role_summary(role);
  for_each_field([&](const auto& f) {
    std::string key(f.info.key);
    INFO("field '" << key << "'");
    REQUIRE(full.contains(key));
    CHECK(!full[key].is_null());
    CHECK(summary.contains(key) == !f.prose);
  });
}

TEST_CASE("new shows every field of the role it starts from", "[fields]") {
  std::string starter = starter_role(embedded(), "fresh", "every-field");
  std::size_t index = 0;
  for_each_field([&](const auto& f) {
    std::string line = fmt::format("# {}: {}", f.info.key, sample_fields::yaml(sample(f, index++, 0)));
    INFO(starter);
    CHECK(starter.find(line) != std::string::npos);
  });
}

TEST_CASE("the role schema lists every field", "[fields]") {
  std::ifstream in(CTOLADDER_SOURCE_DIR "/docs/role.schema.json");
  auto schema = nlohmann::json::parse(in);
  const auto& definitions = schema.at("definitions");
  const auto& required = definitions.at("role").at("else").at("required");
  for_each_field([&](const auto& f) {
    std::string key(f.info.key);
    INFO("field '" << key << "'");
    CHECK(definitions.at("role").at("properties").contains(key));
    CHECK(definitions.at("fields").at("properties").contains(key));
    CHECK((std::find(required.begin(), required.end(), key) != required.end()) == f.required);
  });
}

TEST_CASE("two overlays setting any field differently contradict each other", "[fields]") {
  RoleDef def = parsed_role();
  Overlay first = def.overlays.front();  // sets every field to the values of variant 1
  first.name = "first";
  Overlay second = first;
  second.name = "second";
  CHECK(conflict_message(def, first, second).en.empty());  // agreeing overlays combine
  second.set = def.fields;  // every field set again, to the values of variant 0
  Text message = conflict_message(def, first, second);
  for_each_field([&](const auto& f) {
    INFO("field '" << f.info.key << "': " << message.en << " / " << message.zh);
    CHECK(message.en.find(fmt::format("both set '{}', differently", f.info.key)) !=
          std::string::npos);
    CHECK(message.zh.find(fmt::format("两者都设置了 '{}'，但值不同", f.info.key)) !=
          std::string::npos);
  });
}
