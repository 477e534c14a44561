// The JSON Schema of role files and domains.yaml, for editors (yaml-language-server) and
// linters. docs/role.schema.json is the same text; a test keeps the two equal.
#pragma once

#include <string_view>

namespace ctoladder {

// JSON Schema (draft-07): oneOf a role file or a domain catalogue.
std::string_view role_schema();

}  // namespace ctoladder
