// The JSON pieces every command's shape is built from (documented in docs/json.md).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"

namespace ctoladder::json_shapes {

using Json = nlohmann::ordered_json;

Json text(const Text& value);
Json optional_text(const std::optional<Text>& value);
Json range(const std::optional<Range>& value);
Json source(const Source& value);
Json responsibility(const Responsibility& value);
Json basis(const Basis& value);  // {source, inference}, either null
Json guidance(const Guidance& value);
Json next_step(const NextStep& value);
// Each with its overlay and the role it is inherited from, or null.
Json role_guidance(const std::vector<RoleGuidance>& list);
Json role_summary(const Role& role);  // the fields list shows
Json role(const Role& role);          // everything describe shows

// A role's name, rank and every field of kRoleFields, in that order, each under its key as
// `describe` has it (a Text, an int, a word, a Range or null): compare and path field rows.
std::vector<std::pair<std::string, Json>> field_values(const Role& role);

// A typed value as one TSV cell: a word or number as itself, a Text in `lang` (see Text::in), a
// Range as MIN-MAX with an open end left empty ("3-5", "10-", "-2"), null as "".
std::string tsv_cell(const Json& value, Lang lang);

}  // namespace ctoladder::json_shapes
