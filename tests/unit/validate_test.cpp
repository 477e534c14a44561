// validate_library: the checks that need the whole library. Each case layers a few small role
// files over the unit-test ladder (tests/data/unit/ladder) and looks for the exact message.
#include "ctoladder/validate.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"

using namespace ctoladder;
using Catch::Matchers::Contains;

namespace {

struct Checked {
  Library library;
  Diagnostics diagnostics;
  std::string listing() const {
    std::string out;
    for (const auto& d : diagnostics) out += d.format() + '\n';
    return out;
  }
};

// The ladder fixture with `extra` as a second layer, validated.
Checked validated(const std::vector<SourceText>& extra) {
  Checked checked;
  add_path(checked.library, CTOLADDER_TEST_DATA "/unit/ladder", {}, checked.diagnostics);
  add_layer(checked.library, extra, checked.diagnostics);
  validate_library(checked.library, checked.diagnostics);
  return checked;
}

// A role file "extra/ID.yaml": line 1 is its id, line 2 its `extends`, `body` starts on line 3.
SourceText role(std::string_view id, std::string_view body = "", std::string_view base = "coder") {
  return {fmt::format("extra/{}.yaml", id), fmt::format("id: {}\nextends: {}\n{}", id, base, body)};
}

// One responsibility as a flow map.
std::string duty(std::string_view id, std::string_view domain) {
  return fmt::format(
      "{{id: {}, domain: {}, text: {{en: Do it., zh: 去做。}}, source: {{article: f.txt, "
      "section: S}}}}",
      id, domain);
}

// An overlay under `overlays:`: its name line, three required lines, then `changes`.
std::string overlay(std::string_view name, std::string_view axis, std::string_view changes) {
  return fmt::format(
      "  {}:\n    axis: {}\n    summary: {{en: An overlay., zh: 叠加。}}\n"
      "    source: {{article: f.txt, section: S}}\n{}",
      name, axis, changes);
}

// Overlay changes that clash when both apply: one drops write-code, the other rewords it.
constexpr std::string_view kDropWriteCode = "    remove: [write-code]\n";
constexpr std::string_view kRewordWriteCode =
    "    reword: [{id: write-code, how: {en: a, zh: b}}]\n";

}  // namespace

TEST_CASE("the fixture ladder and a clean extra role validate without problems", "[validate]") {
  const std::string removes = overlay("v", "variant", kDropWriteCode);
  const std::string rewords_and_adds =
      overlay("p", "profile",
              "    reword: [{id: review-code, how: {en: a, zh: b}}]\n    add: [" +
                  duty("mentor", "people") + "]\n");
  auto checked = validated({role("x", "overlays:\n" + removes + rewords_and_adds)});
  INFO(checked.listing());
  CHECK(checked.diagnostics.empty());
}

TEST_CASE("the built-in library validates with no diagnostics", "[validate]") {
  Checked builtin;
  add_embedded_library(builtin.library);
  validate_library(builtin.library, builtin.diagnostics);
  INFO(builtin.listing());
  CHECK(builtin.diagnostics.empty());
  CHECK_FALSE(builtin.library.domains().empty());
  CHECK(builtin.library.roles().size() >= 8);

  // Re-parsed from the embedded bytes, as `ctoladder validate` does, it is just as clean.
  std::vector<SourceText> sources;
  for (const auto& file : embedded_files())
    sources.push_back({fmt::format("{}{}", kBuiltinPrefix, file.name), std::string(file.bytes)});
  Checked reparsed;
  add_layer(reparsed.library, sources, reparsed.diagnostics);
  validate_library(reparsed.library, reparsed.diagnostics);
  INFO(reparsed.listing());
  CHECK(reparsed.diagnostics.empty());
  CHECK(reparsed.library.roles().size() == builtin.library.roles().size());
}

TEST_CASE("an unknown domain is reported with a did-you-mean", "[validate]") {
  auto checked = validated(
      {role("x", "responsibilities:\n  - " + duty("r", "stratgy") + "\n"),
       role("y", "overlays:\n" +
                     overlay("v", "variant", "    add:\n      - " + duty("r", "peeple") + "\n"))});
  CHECK_THAT(checked.listing(),
             Contains("extra/x.yaml:4:5: error: unknown domain 'stratgy' (did you mean "
                      "'strategy'?)"));
  CHECK_THAT(checked.listing(),
             Contains("extra/y.yaml:9:9: error: unknown domain 'peeple' (did you mean 'people'?)"));
  auto far = validated({role("x", "responsibilities: [" + duty("r", "finance") + "]\n")});
  // No near miss: the domains there are, and where a new one is defined.
  CHECK_THAT(far.listing(), Contains("error: unknown domain 'finance' (the domains are strategy, "));
  CHECK_THAT(far.listing(), Contains("; a new one is defined in the folder's domains.yaml)\n"));
}

TEST_CASE("extends naming an unknown role is reported with a did-you-mean", "[validate]") {
  auto checked = validated({role("x", "", "codr")});
  CHECK_THAT(checked.listing(),
             Contains("extra/x.yaml:2:10: error: role 'x' extends unknown role 'codr' (did you "
                      "mean 'coder'?)"));
}

TEST_CASE("extends naming an alias suggests the role's id, not the alias", "[validate]") {
  // `dev` is an alias of coder; `extends` takes ids only.
  auto checked = validated({role("x", "", "dev")});
  CHECK_THAT(checked.listing(),
             Contains("role 'x' extends unknown role 'dev' (did you mean 'coder'?)"));
  CHECK_THAT(checked.listing(), !Contains("did you mean 'dev'"));
}

TEST_CASE("extends cycles are reported once, with the whole chain", "[validate]") {
  SECTION("a role extending its own id with no lower layer to build on") {
    auto checked = validated({role("a", "", "a")});
    CHECK(checked.listing() ==
          "extra/a.yaml:2:10: error: role 'a' extends 'a', but no lower layer (the built-in "
          "library or an earlier folder) has a role 'a' to build on\n");
  }
  SECTION("length 2") {
    auto checked = validated({role("a", "", "b"), role("b", "", "a")});
    CHECK(checked.listing() == "extra/b.yaml:2:10: error: 'extends' forms a cycle: a -> b -> a\n");
  }
  SECTION("length 3") {
    auto checked = validated({role("a", "", "b"), role("b", "", "c"), role("c", "", "a")});
    CHECK(checked.listing() ==
          "extra/c.yaml:2:10: error: 'extends' forms a cycle: a -> b -> c -> a\n");
  }
  SECTION("a role leading into a cycle is named once as not checked") {
    auto checked = validated({role("a", "", "b"), role("b", "", "a"), role("d", "", "a")});
    CHECK(checked.listing() ==
          "extra/b.yaml:2:10: error: 'extends' forms a cycle: a -> b -> a\n"
          "extra/b.yaml: warning: 1 role that builds on it was not checked because this file "
          "has errors: d\n");
  }
}

TEST_CASE("next leads up or across the ladder, never to itself, down or round", "[validate]") {
  SECTION("itself") {
    auto checked = validated({role("x", "rank: 3\nnext: [x]\n")});
    CHECK(checked.listing() == "extra/x.yaml:4:8: error: role 'x' lists itself as its next step\n");
  }
  SECTION("down the ranks") {
    auto checked = validated({role("x", "rank: 3\nnext: [coder]\n")});
    CHECK(checked.listing() ==
          "extra/x.yaml:4:8: error: 'next' of 'x' (rank 3) steps down to 'coder' (rank 1); a "
          "next step is a role of the same or a higher rank\n");
  }
  SECTION("a cycle among roles of one rank, reported once") {
    auto checked = validated({role("x", "rank: 3\nnext: [y]\n"), role("y", "rank: 3\nnext: [x]\n")});
    CHECK(checked.listing() == "extra/y.yaml:4:8: error: 'next' forms a cycle: x -> y -> x\n");
  }
  SECTION("not inherited through extends") {
    // lead's next is boss; a child of lead at boss's rank would otherwise lead nowhere but down.
    auto checked = validated({role("x", "rank: 6\n", "lead")});
    CHECK(checked.listing().empty());
  }
  SECTION("a typo gets a did-you-mean, never the role's own id") {
    auto checked = validated({role("x", "next: [bos]\n")});
    CHECK(checked.listing() ==
          "extra/x.yaml:3:8: error: 'next' names unknown role 'bos' (did you mean 'boss'?)\n");
  }
}

TEST_CASE("a file with errors is reported once, not echoed by the roles built on it",
          "[validate]") {
  // `name` in no language: the parser reports it; neither x nor its child is "lacks name".
  auto checked = validated({{"extra/x.yaml", "id: x\nname: {}\nrank: 2\n"},
                            role("y", "", "x")});
  CHECK(checked.listing().find("lacks") == std::string::npos);
  CHECK(checked.listing().find("was not checked because this file has errors: y") !=
        std::string::npos);
}

TEST_CASE("a child removing what it does not inherit is reported", "[validate]") {
  auto checked = validated({role("x", "remove: [nope]\n")});
  CHECK_THAT(checked.listing(),
             Contains("extra/x.yaml:3:10: error: role 'x' removes 'nope', which it does not "
                      "inherit"));
}

TEST_CASE("only a role with extends may have no responsibilities", "[validate]") {
  const std::string root =
      "id: loner\nname: {en: Loner, zh: 独行者}\nrank: 2\ntrack: individual-contributor\n"
      "scope: task\nsummary: {en: S, zh: 概}\npurpose: {en: P, zh: 旨}\n"
      "sources: [{article: f.txt, section: S}]\n";
  for (std::string_view empty : {"responsibilities: []\n", "responsibilities:\n"}) {
    CAPTURE(empty);
    auto checked = validated({{"extra/loner.yaml", root + std::string(empty)}});
    CHECK(has_errors(checked.diagnostics));
    CHECK_THAT(checked.listing(), Contains("responsibilities"));
  }
  auto with_one =
      validated({{"extra/loner.yaml", root + "responsibilities: [" + duty("r", "coding") + "]\n"}});
  INFO(with_one.listing());
  CHECK(with_one.diagnostics.empty());
  auto child = validated({role("x", "responsibilities: []\n")});
  CHECK(child.diagnostics.empty());
}

TEST_CASE("a role listing one responsibility twice is reported", "[validate]") {
  auto checked = validated({role("x", "responsibilities:\n  - " + duty("r", "coding") + "\n  - " +
                                          duty("r", "people") + "\n")});
  CHECK_THAT(checked.listing(),
             Contains("extra/x.yaml:5:5: error: role 'x' lists responsibility 'r' twice (first at line 4)"));
}

TEST_CASE("an overlay that removes, rewords or adds the wrong id is reported", "[validate]") {
  auto checked = validated(
      {role("x", "overlays:\n" + overlay("v", "variant", "    remove: [nope]\n")),
       role("y", "overlays:\n" +
                     overlay("v", "variant", "    reword: [{id: nope, text: {en: a, zh: b}}]\n")),
       role("z", "overlays:\n" + overlay("v", "variant",
                                         "    add: [" + duty("write-code", "coding") + "]\n"))});
  CHECK_THAT(checked.listing(),
             Contains("extra/x.yaml:8:14: error: overlay 'v' of 'x' removes 'nope', which the "
                      "role does not have"));
  CHECK_THAT(checked.listing(),
             Contains("extra/y.yaml:8:14: error: overlay 'v' of 'y' rewords 'nope', which the "
                      "role does not have"));
  CHECK_THAT(checked.listing(),
             Contains("extra/z.yaml:8:11: error: overlay 'v' of 'z' adds 'write-code', which the "
                      "role already has (use 'reword')"));
  CHECK(checked.diagnostics.size() == 3);
}

TEST_CASE("overlays of different axes that do not compose are reported", "[validate]") {
  const std::string removes = overlay("v", "variant", kDropWriteCode);
  const std::string rewords = overlay("p", "profile", kRewordWriteCode);
  auto checked = validated({role("x", "overlays:\n" + removes + rewords)});
  CHECK_THAT(checked.listing(),
             Contains("extra/x.yaml:9:3: error: overlays 'v' and 'p' of 'x' contradict each other: "
                      "'v' removes 'write-code', which 'p' rewords (state the pair under "
                      "'combinations' with 'conflict', or change one of them)"));
  CHECK(checked.diagnostics.size() == 1);

  // Two variants are never combined, so the same pair on one axis is fine.
  auto same_axis =
      validated({role("x", "overlays:\n" + removes + overlay("w", "variant", kRewordWriteCode))});
  INFO(same_axis.listing());
  CHECK(same_axis.diagnostics.empty());
}

TEST_CASE("overlays that contradict each other are refused in either order", "[validate]") {
  // The profile is listed first; once `x@p,v` worked and `x@v,p` did not (it removed what `p`
  // then reworded). A role must not depend on the order overlays are named in (issue 12): both
  // orders are refused with the same reason.
  auto checked = validated({role("x", "overlays:\n" + overlay("p", "profile", kRewordWriteCode) +
                                          overlay("v", "variant", kDropWriteCode))});
  for (std::string_view reference : {"x@p,v", "x@v,p"}) {
    CAPTURE(reference);
    try {
      resolve(checked.library, reference);
      FAIL("resolved");
    } catch (const Error& e) {
      CHECK(std::string(e.what()) ==
            "overlays 'p' and 'v' of 'x' contradict each other: 'v' removes 'write-code', which "
            "'p' rewords");
    }
  }
  CHECK_THAT(checked.listing(), Contains("contradict each other"));
  CHECK(checked.diagnostics.size() == 1);
}

TEST_CASE("alias collisions are reported, ignoring case and width", "[validate]") {
  auto checked = validated({role("x", "aliases: [Dev]\n"), role("y", "aliases: [CODER]\n"),
                            role("z", "aliases: [码农]\n"), role("u", "aliases: [ＤＥＶ]\n")});
  CHECK_THAT(checked.listing(),
             Contains("extra/x.yaml:3:11: error: alias 'Dev' of 'x' is already used by role "
                      "'coder'"));
  CHECK_THAT(checked.listing(), Contains("alias 'CODER' of 'y' is already used by role 'coder'"));
  CHECK_THAT(checked.listing(), Contains("alias '码农' of 'z' is already used by role 'coder'"));
  CHECK_THAT(checked.listing(), Contains("alias 'ＤＥＶ' of 'u' is already used by role 'coder'"));
  CHECK(checked.diagnostics.size() == 4);

  // A role's own id among its aliases, in any case, is no collision.
  auto own = validated({role("w", "aliases: [w, W, writer]\n")});
  INFO(own.listing());
  CHECK(own.diagnostics.empty());
}

TEST_CASE("next naming an unknown role is reported at the name", "[validate]") {
  auto checked = validated({role("x", "next: [lead, nobody]\n")});
  CHECK(checked.listing() == "extra/x.yaml:3:14: error: 'next' names unknown role 'nobody'\n");
}

TEST_CASE("a library without domains is reported", "[validate]") {
  Checked checked;
  add_path(checked.library, CTOLADDER_TEST_DATA "/unit/ladder/designer.yaml", {},
           checked.diagnostics);
  INFO(checked.listing());
  REQUIRE(checked.diagnostics.empty());
  validate_library(checked.library, checked.diagnostics);
  REQUIRE_FALSE(checked.diagnostics.empty());
  CHECK(checked.diagnostics[0].format() ==
        "error: no domains are defined (a domains.yaml is missing)");
  CHECK_THAT(checked.listing(), Contains("unknown domain 'architecture'"));
}
