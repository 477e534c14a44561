// The JSON Schema of role files and domains.yaml, for editors (yaml-language-server) and
// linters: the text of docs/role.schema.json, compiled in at build time.
#pragma once

#include <string_view>

namespace ctoladder {

// JSON Schema (draft-07): oneOf a role file or a domain catalogue.
std::string_view role_schema();

}  // namespace ctoladder
