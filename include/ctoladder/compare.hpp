// Comparing two resolved roles by identity: scalar fields side by side, responsibilities matched
// by id and grouped by domain. Never a text diff.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"

namespace ctoladder {

struct FieldRow {
  std::string field;  // "track", "years", ...
  Text a;             // display value in each language ("" when unset): for people
  Text b;
  nlohmann::ordered_json value_a;  // the typed value, as `describe --format json` has it: for data
  nlohmann::ordered_json value_b;
  bool differs = false;  // the typed values differ
};

struct SharedDuty {
  const Responsibility* a = nullptr;
  const Responsibility* b = nullptr;
  bool worded_alike = true;  // same text and same `how`
};

struct DomainComparison {
  std::string domain;
  std::vector<SharedDuty> both;
  std::vector<const Responsibility*> only_a;
  std::vector<const Responsibility*> only_b;
};

struct Comparison {
  std::vector<FieldRow> fields;
  std::vector<DomainComparison> domains;  // library order; domains neither role touches omitted
  std::size_t shared = 0;
  std::size_t reworded = 0;  // shared, but worded differently
  std::size_t only_a = 0;
  std::size_t only_b = 0;
  std::size_t fields_differ = 0;

  // Same fields and same responsibilities (ids, domains and wording): diff exits 0.
  bool identical() const {
    return fields_differ == 0 && reworded == 0 && only_a == 0 && only_b == 0;
  }
};

// The display values of a role's scalar fields, in a fixed order.
std::vector<std::pair<std::string, Text>> field_values(const Role& role);

// `a` and `b` must outlive the result: it points into their responsibilities.
Comparison compare(const Library& library, const Role& a, const Role& b);

}  // namespace ctoladder
