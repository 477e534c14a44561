#include "ctoladder/compare.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ctoladder/vocabulary.hpp"
#include "json_shapes.hpp"

namespace ctoladder {
namespace {

Text number(int value) {
  return Text{std::to_string(value), std::to_string(value)};
}

bool same_how(const Responsibility& a, const Responsibility& b) {
  if (a.how.has_value() != b.how.has_value()) return false;
  return !a.how || *a.how == *b.how;
}

// A field's value as `describe` and `compare` show it; empty when the role leaves it unset.
const Text& shown(const Text& value, const FieldInfo&) {
  return value;
}
Text shown(const Range& value, const FieldInfo& info) {
  if (info.key == "team_size") return describe_team_size(value);
  return describe_range(value, {std::string(info.unit_en), std::string(info.unit_zh)});
}
template <class Enum>
requires std::is_enum_v<Enum>
const Text& shown(Enum value, const FieldInfo&) {
  return label(value);
}
template <class Value>
Text shown(const std::optional<Value>& value, const FieldInfo& info) {
  return value ? Text(shown(*value, info)) : Text{};
}

}  // namespace

std::vector<std::pair<std::string, Text>> field_values(const Role& role) {
  std::vector<std::pair<std::string, Text>> values;
  values.reserve(2 + std::tuple_size_v<decltype(kRoleFields)>);
  values.emplace_back("name", role.name);
  values.emplace_back("rank", number(role.rank));
  for_each_field([&](const auto& f) {
    values.emplace_back(f.info.key, shown(role.*f.resolved, f.info));
  });
  return values;
}

Comparison compare(const Library& library, const Role& a, const Role& b) {
  Comparison result;
  auto values_a = field_values(a);
  auto values_b = field_values(b);
  auto typed_a = json_shapes::field_values(a);
  auto typed_b = json_shapes::field_values(b);
  for (std::size_t i = 0; i < values_a.size(); ++i) {
    bool differs = typed_a[i].second != typed_b[i].second;
    result.fields.push_back({values_a[i].first, values_a[i].second, values_b[i].second,
                             std::move(typed_a[i].second), std::move(typed_b[i].second), differs});
    if (differs) ++result.fields_differ;
  }

  auto slot = [&](const std::string& domain) -> DomainComparison& {
    for (auto& d : result.domains)
      if (d.domain == domain) return d;
    result.domains.push_back({domain, {}, {}, {}});
    return result.domains.back();
  };
  for (const auto& ra : a.responsibilities) {
    auto match = std::find_if(b.responsibilities.begin(), b.responsibilities.end(),
                              [&](const Responsibility& rb) { return rb.id == ra.id; });
    if (match == b.responsibilities.end()) {
      slot(ra.domain).only_a.push_back(&ra);
      ++result.only_a;
      continue;
    }
    bool alike = ra.text == match->text && same_how(ra, *match) && ra.domain == match->domain;
    slot(ra.domain).both.push_back({&ra, &*match, alike});
    ++result.shared;
    if (!alike) ++result.reworded;
  }
  for (const auto& rb : b.responsibilities) {
    bool in_a = std::any_of(a.responsibilities.begin(), a.responsibilities.end(),
                            [&](const Responsibility& ra) { return ra.id == rb.id; });
    if (!in_a) {
      slot(rb.domain).only_b.push_back(&rb);
      ++result.only_b;
    }
  }
  std::stable_sort(result.domains.begin(), result.domains.end(),
                   [&](const DomainComparison& x, const DomainComparison& y) {
                     return library.domain_order(x.domain) < library.domain_order(y.domain);
                   });
  return result;
}

}  // namespace ctoladder
