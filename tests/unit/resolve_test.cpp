// References ("boss@small,east") and resolving them: lookup by id or alias, `extends`, and
// overlays applied in the order named. Uses the unit-test ladder (tests/data/unit/ladder).
#include "ctoladder/resolve.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/validate.hpp"
#include "ctoladder/vocabulary.hpp"

#include "fixtures.hpp"

using namespace ctoladder;
using Catch::Matchers::Contains;
using Ids = std::vector<std::string>;

namespace {

const Library& ladder() {
  return fixtures::ladder();
}

Ids duty_ids(const Role& role) {
  Ids ids;
  for (const auto& r : role.responsibilities) ids.push_back(r.id);
  return ids;
}

const Responsibility& duty(const Role& role, std::string_view id) {
  auto it = std::find_if(role.responsibilities.begin(), role.responsibilities.end(),
                         [&](const Responsibility& r) { return r.id == id; });
  REQUIRE(it != role.responsibilities.end());
  return *it;
}

// The error a reference throws, or an Error(io, "no error") when it resolves.
Error failure(const Library& library, std::string_view reference) {
  try {
    resolve(library, reference);
  } catch (const Error& e) {
    return e;
  }
  return Error(ErrorKind::io, "no error");
}

}  // namespace

TEST_CASE("parse_reference splits a role from its overlays", "[resolve]") {
  RoleRef ref = parse_reference("cto@startup,china");
  CHECK(ref.role == "cto");
  CHECK(ref.overlays == Ids{"startup", "china"});
  CHECK(parse_reference("cto").overlays.empty());
  CHECK(parse_reference("首席技术官@startup").role == "首席技术官");
}

TEST_CASE("parse_reference rejects empty parts as usage errors", "[resolve]") {
  for (std::string_view text :
       {"", "@startup", "cto@", "cto@startup,", "cto@,china", "cto@startup,,china"}) {
    CAPTURE(text);
    try {
      parse_reference(text);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::usage);
      CHECK_FALSE(e.hint().empty());
    }
  }
}

TEST_CASE("an unknown role is an error with a did-you-mean", "[resolve]") {
  Error typo = failure(ladder(), "codr");
  CHECK(typo.kind() == ErrorKind::unknown_role);
  CHECK(std::string(typo.what()) == "unknown role 'codr' (did you mean 'coder'?)");
  CHECK_FALSE(typo.hint().empty());
  Error alias_typo = failure(ladder(), "老版");
  CHECK(std::string(alias_typo.what()) == "unknown role '老版' (did you mean '老板'?)");
  Error nothing_near = failure(ladder(), "astronaut@small");
  CHECK(nothing_near.kind() == ErrorKind::unknown_role);
  CHECK(std::string(nothing_near.what()) == "unknown role 'astronaut'");
}

TEST_CASE("ids and aliases are found ignoring case and width", "[resolve]") {
  for (std::string_view name : {"coder", "CODER", "Coder", "dev", "DEV", "ＤＥＶ", "码农"}) {
    CAPTURE(name);
    CHECK(find_role(ladder(), name).id == "coder");
  }
  CHECK(find_role(ladder(), "老板").id == "boss");
  CHECK(find_role(ladder(), "Team-Lead").id == "lead");
  CHECK(resolve(ladder(), "组长").id == "lead");
  CHECK(resolve(ladder(), "CHIEF@Small").reference() == "boss@small");
}

TEST_CASE("an unknown overlay is an error listing the role's overlays", "[resolve]") {
  Error e = failure(ladder(), "boss@tiny");
  CHECK(e.kind() == ErrorKind::unknown_overlay);
  CHECK(std::string(e.what()) ==
        "role 'boss' has no overlay 'tiny'; it has: small (variant), large (variant), east "
        "(profile), west (profile)");
  Error none = failure(ladder(), "coder@small");
  CHECK(none.kind() == ErrorKind::unknown_overlay);
  CHECK(std::string(none.what()) == "role 'coder' has no overlays (asked for 'small')");
}

TEST_CASE("two overlays on one axis are an error", "[resolve]") {
  Error variants = failure(ladder(), "boss@small,large");
  CHECK(variants.kind() == ErrorKind::usage);
  CHECK(std::string(variants.what()) ==
        "overlays 'small' and 'large' are both a variant; pick one");
  Error profiles = failure(ladder(), "boss@west,small,east");
  CHECK(profiles.kind() == ErrorKind::usage);
  CHECK_THAT(profiles.what(), Contains("'west' and 'east' are both a profile"));
  CHECK(failure(ladder(), "boss@small,small").kind() == ErrorKind::usage);
}

TEST_CASE("extends inherits, the child overrides, and remove drops", "[resolve]") {
  Role coder = resolve(ladder(), "coder");
  Role lead = resolve(ladder(), "lead");
  CHECK(lead.id == "lead");
  CHECK(lead.reference() == "lead");
  CHECK(lead.name == Text{"Team Lead", "技术组长"});
  CHECK(lead.rank == 3);
  CHECK(lead.track == Track::management);
  CHECK(lead.coding == Coding::part);
  CHECK(lead.years == coder.years);  // not stated by lead: inherited
  CHECK(lead.sources == coder.sources);
  CHECK(lead.aliases == Ids{"team-lead", "组长"});
  CHECK(lead.next == Ids{"boss"});
  CHECK(lead.file == CTOLADDER_TEST_DATA "/unit/ladder/lead.yaml");
  // Inherited order first, a re-stated duty in its place, new ones after; fix-bugs removed.
  CHECK(duty_ids(lead) ==
        Ids{"write-code", "review-code", "design-modules", "hire-engineers", "plan-work"});
  CHECK(duty(lead, "write-code").text == duty(coder, "write-code").text);
  CHECK(duty(lead, "review-code").text.en == "Review the code of the team and set its standards.");
  CHECK(duty(lead, "review-code").source.section == "Lead");
  CHECK(duty_ids(coder).size() == 4);  // the base is untouched
}

TEST_CASE("a chain of extends resolves from the root down", "[resolve]") {
  Library library = ladder();
  Diagnostics diagnostics;
  add_layer(
      library,
      {{"extra/manager.yaml", "id: manager\nextends: lead\nrank: 4\nremove: [design-modules]\n"},
       {"extra/deputy.yaml", "id: deputy\nextends: boss\n"}},
      diagnostics);
  REQUIRE(diagnostics.empty());
  Role manager = resolve(library, "manager");
  CHECK(manager.rank == 4);
  CHECK(manager.track == Track::management);  // from lead
  CHECK(manager.years == Range{0, 3});        // from coder
  CHECK(manager.name.en == "Team Lead");
  CHECK(manager.aliases.empty());  // aliases name one role: never inherited
  CHECK(duty_ids(manager) == Ids{"write-code", "review-code", "hire-engineers", "plan-work"});

  // Overlays are not inherited.
  CHECK(resolve(library, "deputy").overlays.empty());
  CHECK(failure(library, "deputy@small").kind() == ErrorKind::unknown_overlay);
}

TEST_CASE("resolving ids only gives the same role without duty texts, and the same problems",
          "[resolve]") {
  Library library = ladder();
  Diagnostics added;
  add_layer(
      library,
      {{"extra/manager.yaml", "id: manager\nextends: lead\nrank: 4\nremove: [design-modules]\n"},
       {"extra/bad.yaml", "id: bad\nextends: lead\nremove: [nothing-like-it]\n"}},
      added);
  REQUIRE(added.empty());
  for (const auto& def : library.roles()) {
    INFO(def.id);
    Diagnostics full_problems, id_problems;
    auto full = resolve_base(library, def, full_problems);
    auto ids = resolve_base(library, def, id_problems, Detail::ids);
    std::vector<std::string> full_text, id_text;
    for (const auto& d : full_problems) full_text.push_back(d.format());
    for (const auto& d : id_problems) id_text.push_back(d.format());
    CHECK(full_text == id_text);
    REQUIRE(full.has_value() == ids.has_value());
    if (!full) continue;
    CHECK(duty_ids(*ids) == duty_ids(*full));
    CHECK(ids->name == full->name);
    CHECK(ids->rank == full->rank);
    CHECK(ids->summary == full->summary);
    for (const auto& r : ids->responsibilities) CHECK(r.text.en.empty());
  }
  Diagnostics problems;
  CHECK_FALSE(resolve_base(library, *library.role("bad"), problems, Detail::ids));
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0].message, Contains("removes 'nothing-like-it'"));
}

TEST_CASE("an overlay sets fields, removes, rewords and adds", "[resolve]") {
  Role base = resolve(ladder(), "boss");
  Role small = resolve(ladder(), "boss@small");
  CHECK(base.applied.empty());
  CHECK(small.applied == Ids{"small"});
  CHECK(small.reference() == "boss@small");
  CHECK_FALSE(base.coding);
  CHECK(small.coding == Coding::core);
  CHECK(small.years == Range{std::nullopt, 5});
  CHECK(small.team_size == base.team_size);  // not set by the overlay
  CHECK(duty_ids(small) ==
        Ids{"set-strategy", "review-code", "architecture-oversight", "hands-on"});
  CHECK(duty(small, "set-strategy").text == duty(base, "set-strategy").text);
  CHECK(duty(small, "set-strategy").how == Text{"Alone and fast.", "独自快速决定。"});
  CHECK(base.overlays.size() == 4);
  CHECK(small.overlays.size() == 4);
}

TEST_CASE("a variant and a profile give one role in either order", "[resolve]") {
  Role large_west = resolve(ladder(), "boss@large,west");
  Role west_large = resolve(ladder(), "boss@west,large");
  CHECK(large_west == west_large);
  CHECK(west_large.reference() == "boss@large,west");  // the role file's order
  CHECK(duty_ids(large_west) == Ids{"set-strategy", "grow-people", "review-code",
                                    "architecture-oversight", "manage-budget",
                                    "investor-relations"});
  CHECK(large_west.coding == Coding::none);
}

TEST_CASE("two overlays that both set a field are refused in either order, saying why",
          "[resolve]") {
  // boss3's `tiny` sets coding: core, its `far` coding: part; neither order may silently win.
  Library library = ladder();
  Diagnostics diagnostics;
  add_layer(library, {{"extra/boss3.yaml", R"(id: boss3
extends: boss
overlays:
  tiny:
    axis: variant
    summary: {en: Tiny., zh: 微型。}
    source: {article: a, section: b}
    set: {coding: core}
  far:
    axis: profile
    summary: {en: Far., zh: 远方。}
    source: {article: a, section: b}
    set: {coding: part}
  near:
    axis: profile
    summary: {en: Near., zh: 近处。}
    source: {article: a, section: b}
    set: {coding: core}
)"}},
            diagnostics);
  REQUIRE(diagnostics.empty());
  for (std::string_view reference : {"boss3@tiny,far", "boss3@far,tiny"}) {
    CAPTURE(reference);
    Error e = failure(library, reference);
    CHECK(e.kind() == ErrorKind::usage);
    CHECK(std::string(e.what()) ==
          "overlays 'tiny' and 'far' of 'boss3' contradict each other: both set 'coding', "
          "differently");
  }
  // Setting a field to the same value is agreement, not a contradiction.
  CHECK(resolve(library, "boss3@tiny,near").coding == Coding::core);
  Diagnostics problems;
  validate_library(library, problems);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems.front().message,
             Contains("overlays 'tiny' and 'far' of 'boss3' contradict each other"));
}

namespace {

// boss2: two variants and two profiles that remove the same duty, one pair the data declares a
// conflict and one it says how they combine.
Library pairs_library() {
  Library library = ladder();
  Diagnostics diagnostics;
  add_layer(library, {{"extra/boss2.yaml", R"(id: boss2
extends: boss
overlays:
  lean:
    axis: variant
    summary: {en: Lean., zh: 精简。}
    source: {article: a, section: b}
    remove: [grow-people]
  rich:
    axis: variant
    summary: {en: Rich., zh: 充裕。}
    source: {article: a, section: b}
  north:
    axis: profile
    summary: {en: North., zh: 北方。}
    source: {article: a, section: b}
    remove: [grow-people, review-code]
    guidance:
      - {text: {en: Dress warmly., zh: 注意保暖。}, source: {article: a, section: North}}
  south:
    axis: profile
    summary: {en: South., zh: 南方。}
    source: {article: a, section: b}
combinations:
  - overlays: [rich, south]
    conflict: {en: the two describe different worlds, zh: 两者描述的是不同的世界}
    inference: {en: Neither source combines them., zh: 两个来源都没有把两者放在一起。}
  - overlays: [north, lean]
    combine: {en: Both cut the same duty., zh: 两者砍掉同一项职责。}
    source: {article: a, section: Both}
)"}},
            diagnostics);
  REQUIRE(diagnostics.empty());
  return library;
}

}  // namespace

TEST_CASE("two overlays removing the same duty agree; the data says how pairs combine",
          "[resolve]") {
  Library library = pairs_library();
  Role lean_north = resolve(library, "boss2@lean,north");
  CHECK(lean_north == resolve(library, "boss2@north,lean"));
  CHECK(duty_ids(lean_north) == Ids{"set-strategy", "architecture-oversight"});
  REQUIRE(lean_north.combined.size() == 1);
  CHECK(lean_north.combined.front().note.en == "Both cut the same duty.");
  REQUIRE(lean_north.guidance.size() == 1);
  CHECK(lean_north.guidance.front().overlay == "north");
  for (std::string_view reference : {"boss2@rich,south", "boss2@south,rich"}) {
    CAPTURE(reference);
    Error e = failure(library, reference);
    CHECK(e.kind() == ErrorKind::usage);
    CHECK(std::string(e.what()) ==
          "overlays 'rich' and 'south' of 'boss2' conflict: the two describe different worlds");
  }
  Diagnostics problems;
  validate_library(library, problems);
  for (const auto& p : problems) CHECK_THAT(p.message, Contains("'boss'"));  // only boss's own
}

TEST_CASE("one overlay removing what another rewords is refused unless the data states the pair",
          "[resolve]") {
  auto library_with = [](std::string_view combinations) {
    Library library = ladder();
    Diagnostics diagnostics;
    add_layer(library, {{"extra/boss4.yaml", std::string(R"(id: boss4
extends: boss
overlays:
  big:
    axis: variant
    summary: {en: Big., zh: 大。}
    source: {article: a, section: b}
    remove: [grow-people]
  west:
    axis: profile
    summary: {en: West., zh: 西方。}
    source: {article: a, section: b}
    reword:
      - {id: grow-people, how: {en: Rarely., zh: 很少。}}
)") + std::string(combinations)}},
              diagnostics);
    REQUIRE(diagnostics.empty());
    return library;
  };
  Library silent = library_with("");
  for (std::string_view reference : {"boss4@big,west", "boss4@west,big"}) {
    CAPTURE(reference);
    CHECK(std::string(failure(silent, reference).what()) ==
          "overlays 'big' and 'west' of 'boss4' contradict each other: 'big' removes "
          "'grow-people', which 'west' rewords");
  }
  Library stated = library_with(R"(combinations:
  - overlays: [big, west]
    combine: {en: The removal wins., zh: 以移除为准。}
    inference: {en: Ours., zh: 本项目的推断。}
)");
  Role both = resolve(stated, "boss4@west,big");
  CHECK(both == resolve(stated, "boss4@big,west"));
  Ids ids = duty_ids(both);
  CHECK(std::find(ids.begin(), ids.end(), "grow-people") == ids.end());
  CHECK(resolve(stated, "boss4@west").responsibilities.size() ==
        resolve(stated, "boss4").responsibilities.size());
  Diagnostics problems;
  validate_library(stated, problems);
  for (const auto& p : problems) CHECK_THAT(p.message, !Contains("boss4"));
}

TEST_CASE("every built-in overlay pair gives one role in either order, or one refusal",
          "[resolve][builtin]") {
  Library library;
  add_embedded_library(library);
  std::size_t pairs = 0;
  for (const auto& def : library.roles())
    for (const auto& a : def.overlays)
      for (const auto& b : def.overlays) {
        if (a.axis == b.axis) continue;
        std::string ab = def.id + "@" + a.name + "," + b.name;
        std::string ba = def.id + "@" + b.name + "," + a.name;
        CAPTURE(ab);
        ++pairs;
        try {
          Role one = resolve(library, ab);
          CHECK(one == resolve(library, ba));
        } catch (const Error& e) {
          CHECK(std::string(e.what()) == failure(library, ba).what());
          CHECK_THAT(e.what(), Contains("conflict:"));
        }
      }
  CHECK(pairs == 8);  // cto: {startup, enterprise} x {us, china}, both orders
  CHECK(failure(library, "cto@china,enterprise").kind() == ErrorKind::usage);
  CHECK(resolve(library, "cto@us,enterprise").combined.size() == 1);
  // A startup CTO with the US profile is a declared conflict, in either order.
  CHECK(failure(library, "cto@us,startup").kind() == ErrorKind::usage);
  CHECK_THAT(failure(library, "cto@startup,us").what(), Contains("conflict:"));
}

TEST_CASE("a role whose data does not resolve is an invalid-data error", "[resolve]") {
  Library library = ladder();
  Diagnostics diagnostics;
  add_layer(library,
            {{"extra/orphan.yaml", "id: orphan\nextends: nobody\n"},
             {"extra/broken.yaml",
              "id: broken\nextends: coder\noverlays:\n  v:\n    axis: variant\n"
              "    summary: {en: a, zh: b}\n    source: {article: a, section: b}\n"
              "    remove: [nope]\n"}},
            diagnostics);
  REQUIRE(diagnostics.empty());
  Error orphan = failure(library, "orphan");
  CHECK(orphan.kind() == ErrorKind::invalid_data);
  CHECK_THAT(orphan.what(), Contains("role 'orphan' does not resolve:"));
  CHECK_THAT(orphan.what(), Contains("extends unknown role 'nobody'"));
  CHECK_NOTHROW(resolve(library, "broken"));
  Error broken = failure(library, "broken@v");
  CHECK(broken.kind() == ErrorKind::invalid_data);
  CHECK_THAT(broken.what(), Contains("extra/broken.yaml:8:14: error: overlay 'v' of 'broken' "
                                     "removes 'nope', which the role does not have"));
}

TEST_CASE("the built-in library has the stable roles and cto overlays", "[resolve][builtin]") {
  Library library;
  add_embedded_library(library);
  for (std::string_view id : {"programmer", "senior-engineer", "architect", "tech-manager",
                              "tech-director", "cto", "chief-architect", "head-of-engineering"}) {
    CAPTURE(id);
    CHECK(resolve(library, id).id == id);
  }
  Role cto = resolve(library, "CTO");
  Ids overlays;
  for (const auto& o : cto.overlays)
    overlays.push_back(o.name + " " + std::string(to_string(o.axis)));
  for (std::string expected :
       {"startup variant", "enterprise variant", "china profile", "us profile"})
    CHECK_THAT(overlays, Catch::Matchers::VectorContains(expected));
  CHECK(resolve(library, "cto@startup,china").applied == Ids{"startup", "china"});
  CHECK(resolve(library, "cto@us,enterprise").reference() == "cto@enterprise,us");
  CHECK(failure(library, "cto@startup,enterprise").kind() == ErrorKind::usage);
  CHECK(failure(library, "cto@china,us").kind() == ErrorKind::usage);
}
