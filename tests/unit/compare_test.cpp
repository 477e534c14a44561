// compare(): two resolved roles matched by responsibility id, grouped by domain in the order of
// domains.yaml. Uses the unit-test ladder (tests/data/unit/ladder).
#include "ctoladder/compare.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"

#include "fixtures.hpp"

using namespace ctoladder;
using Ids = std::vector<std::string>;

namespace {

const Library& ladder() {
  return fixtures::ladder();
}

Ids domain_order(const Comparison& c) {
  Ids ids;
  for (const auto& d : c.domains) ids.push_back(d.domain);
  return ids;
}

const DomainComparison& in_domain(const Comparison& c, std::string_view domain) {
  for (const auto& d : c.domains)
    if (d.domain == domain) return d;
  FAIL("no domain " << domain);
  throw std::logic_error("unreachable");
}

Ids ids(const std::vector<const Responsibility*>& items) {
  Ids out;
  for (const auto* r : items) out.push_back(r->id);
  return out;
}

Ids ids(const std::vector<SharedDuty>& items) {
  Ids out;
  for (const auto& s : items) out.push_back(s.a->id + (s.worded_alike ? "" : "*"));
  return out;
}

Ids differing_fields(const Comparison& c) {
  Ids out;
  for (const auto& f : c.fields)
    if (f.differs) out.push_back(f.field);
  return out;
}

// Two resolved roles and their comparison, which points into them (so it is never copied).
struct Compared {
  Role a;
  Role b;
  Comparison c;
  Compared(const Library& library, std::string_view ref_a, std::string_view ref_b)
      : a(resolve(library, ref_a)), b(resolve(library, ref_b)), c(compare(library, a, b)) {}
  Compared(const Compared&) = delete;
  Compared& operator=(const Compared&) = delete;
};

Responsibility item(std::string id, std::string domain) {
  return Responsibility{std::move(id), std::move(domain), {"t", "t"}, std::nullopt, {}, {}, {}};
}

}  // namespace

TEST_CASE("a role compared with itself is identical", "[compare]") {
  Library library = ladder();
  for (std::string_view ref : {"coder", "lead", "boss", "boss@small,west"}) {
    CAPTURE(ref);
    Role role = resolve(library, ref);
    Comparison c = compare(library, role, role);
    CHECK(c.identical());
    CHECK(c.shared == role.responsibilities.size());
    CHECK(c.reworded == 0);
    CHECK(c.only_a == 0);
    CHECK(c.only_b == 0);
    CHECK(c.fields_differ == 0);
    CHECK(differing_fields(c).empty());
  }
}

TEST_CASE("responsibilities are matched by id and counted", "[compare]") {
  Library library = ladder();
  Role coder = resolve(library, "coder");
  Role lead = resolve(library, "lead");
  Comparison c = compare(library, coder, lead);
  CHECK_FALSE(c.identical());
  CHECK(c.shared == 3);
  CHECK(c.reworded == 1);
  CHECK(c.only_a == 1);
  CHECK(c.only_b == 2);
  CHECK(ids(in_domain(c, "coding").both) == Ids{"write-code", "review-code*"});
  CHECK(ids(in_domain(c, "coding").only_a) == Ids{"fix-bugs"});
  CHECK(ids(in_domain(c, "architecture").both) == Ids{"design-modules"});
  CHECK(ids(in_domain(c, "people").only_b) == Ids{"hire-engineers"});
  CHECK(ids(in_domain(c, "strategy").only_b) == Ids{"plan-work"});
  // Each side of a shared duty points into its own role.
  const SharedDuty& review = in_domain(c, "coding").both[1];
  CHECK(review.a == &coder.responsibilities[1]);
  CHECK(review.b->text.en == "Review the code of the team and set its standards.");

  Comparison reverse = compare(library, lead, coder);
  CHECK(reverse.only_a == 2);
  CHECK(reverse.only_b == 1);
  CHECK(reverse.shared == 3);
}

TEST_CASE("scalar fields are compared side by side in a fixed order", "[compare]") {
  Library library = ladder();
  const Compared coder_lead(library, "coder", "lead");
  const Comparison& c = coder_lead.c;
  Ids fields;
  for (const auto& f : c.fields) fields.push_back(f.field);
  CHECK(fields == Ids{"name", "rank", "track", "scope", "years", "team_size", "coding", "summary",
                      "purpose"});
  CHECK(differing_fields(c) ==
        Ids{"name", "rank", "track", "scope", "coding", "summary", "purpose"});
  CHECK(c.fields_differ == 7);
  CHECK(c.fields[1].a.en == "1");
  CHECK(c.fields[1].b.en == "3");
  CHECK(c.fields[5].a.en.empty());  // neither has a team size
  // The data carries the typed values, as describe's JSON does.
  CHECK(c.fields[1].value_a == 1);
  CHECK(c.fields[5].value_a.is_null());
  CHECK(c.fields[2].value_b.is_string());
}

TEST_CASE("a changed wording or `how` makes a shared duty reworded", "[compare]") {
  Library library = ladder();
  // `east` rewords one text and sets the team size: nothing else changes.
  const Compared boss_east(library, "boss", "boss@east");
  const Comparison& east = boss_east.c;
  CHECK_FALSE(east.identical());
  CHECK(east.shared == boss_east.a.responsibilities.size());
  CHECK(east.reworded == 1);
  CHECK(ids(in_domain(east, "coding").both) == Ids{"review-code*"});
  CHECK(differing_fields(east) == Ids{"team_size"});

  // `small` gives set-strategy a `how` it did not have.
  const Compared boss_small(library, "boss", "boss@small");
  const Comparison& small = boss_small.c;
  CHECK(ids(in_domain(small, "strategy").both) == Ids{"set-strategy*"});
  CHECK(small.only_a == 1);
  CHECK(small.only_b == 1);
  CHECK(differing_fields(small) == Ids{"years", "coding"});

  // Same text, but only one of the two says how it holds the duty.
  const Compared how(library, "designer", "boss");
  CHECK(ids(in_domain(how.c, "coding").both) == Ids{"review-code*"});
  const Compared same(library, "designer", "coder");
  CHECK(ids(in_domain(same.c, "coding").both) == Ids{"review-code"});
  CHECK(same.c.reworded == 0);
}

TEST_CASE("domains follow the order of domains.yaml, not of the role files", "[compare]") {
  Library library = ladder();
  // coder lists coding before architecture; lead adds people and strategy last.
  const Compared coder_lead(library, "coder", "lead");
  CHECK(domain_order(coder_lead.c) == Ids{"strategy", "people", "architecture", "coding"});

  // Domains neither role touches are left out; unknown domains come last, as first seen.
  Role a = resolve(library, "coder");
  Role b = a;
  a.responsibilities = {item("x", "zeta"), item("y", "coding"), item("z", "alpha")};
  b.responsibilities = {item("w", "people"), item("y", "coding")};
  Comparison odd = compare(library, a, b);
  CHECK(domain_order(odd) == Ids{"people", "coding", "zeta", "alpha"});
  CHECK(odd.shared == 1);
  CHECK(odd.only_a == 2);
  CHECK(odd.only_b == 1);
}

TEST_CASE("a shared id filed under different domains is not worded alike", "[compare]") {
  Library library = ladder();
  Role a = resolve(library, "coder");
  Role b = a;
  b.responsibilities[0].domain = "people";
  Comparison c = compare(library, a, b);
  CHECK(c.reworded == 1);
  CHECK_FALSE(c.identical());
}
