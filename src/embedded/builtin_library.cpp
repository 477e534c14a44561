// The built-in library as a whole or role by role, over the tables embed_roles generates.
#include "ctoladder/embedded.hpp"
#include "ctoladder/text.hpp"

namespace ctoladder {

void add_embedded_library(Library& library) {
  add_embedded_domains(library);
  library.reserve_roles(builtin_roles().size());
  for (const auto& role : builtin_roles()) library.add_role(role.make());
}

std::optional<std::string_view> embedded_role_id(std::string_view id_or_alias) {
  for (const auto& role : builtin_roles())
    if (role.id == id_or_alias) return role.id;
  // Ids win over aliases, as in Library::lookup.
  const std::string folded = text::fold_case(id_or_alias);
  for (const auto& role : builtin_roles())
    if (role.id == folded) return role.id;
  for (const auto& role : builtin_roles())
    for (const auto& alias : role.aliases)
      if (text::fold_case(alias) == folded) return role.id;
  return std::nullopt;
}

bool add_embedded_role(Library& library, std::string_view id) {
  for (const auto& role : builtin_roles())
    if (role.id == id) {
      library.add_role(role.make());
      return true;
    }
  return false;
}

}  // namespace ctoladder
