#include "ctoladder/schema.hpp"

namespace ctoladder {

// The bytes of docs/role.schema.json, the only copy of the schema: the build turns the file into
// role_schema.inc (cmake/EmbedSchema.cmake), so editing the file is all a change takes.
std::string_view role_schema() {
  static constexpr unsigned char kSchema[] = {
#include "role_schema.inc"
  };
  return {reinterpret_cast<const char*>(kSchema), sizeof kSchema};
}

}  // namespace ctoladder
