// The JSON pieces every command's shape is built from (documented in docs/json.md).
#pragma once

#include <nlohmann/json.hpp>

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
Json role_guidance(const std::vector<RoleGuidance>& list);  // each with its overlay or null
Json role_summary(const Role& role);  // the fields list shows
Json role(const Role& role);          // everything describe shows

}  // namespace ctoladder::json_shapes
