// The built-in role library, compiled into the binary at build time (see cmake/EmbedRoles.cmake):
// the YAML was parsed and validated then, so start-up only builds the model from constants.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "ctoladder/library.hpp"

namespace ctoladder {

struct EmbeddedFile {
  std::string_view name;   // "cto.yaml"
  std::string_view bytes;  // the file as written in roles/
};

// The role files as written, for `validate` and for reading.
std::span<const EmbeddedFile> embedded_files();

// Adds the built-in domains and roles to `library`.
void add_embedded_library(Library& library);

// Commands about one or two roles build only those (see load_library_for): building all of them
// was a fifth of the start-up time of `compare`.
// Adds the built-in domains only.
void add_embedded_domains(Library& library);
// The id of the built-in role that `id_or_alias` names, like Library::lookup: an exact id, else
// an id or alias ignoring case.
std::optional<std::string_view> embedded_role_id(std::string_view id_or_alias);
// Adds the built-in role with id `id` (not its `extends` parent); false when there is none.
bool add_embedded_role(Library& library, std::string_view id);

// A built-in role as compiled in: its names, and a function that builds it.
struct BuiltinRole {
  std::string_view id;
  std::span<const std::string_view> aliases;
  RoleDef (*make)();
};
std::span<const BuiltinRole> builtin_roles();

// Sets field `index` of kRoleFields in `fields`; the code embed_roles writes calls it, so that
// code needs no field's name or type.
template <std::size_t index, class Value>
void assign_field(Fields& fields, Value&& value) {
  auto& member = fields.*std::get<index>(kRoleFields).stated;
  using Field = typename std::remove_reference_t<decltype(member)>::value_type;
  if constexpr (std::is_enum_v<Field>)
    member = static_cast<Field>(value);
  else
    member = Field(std::forward<Value>(value));
}

// How built-in files are named in messages and in a role's `file`.
inline constexpr std::string_view kBuiltinPrefix = "<built-in>/";

}  // namespace ctoladder
