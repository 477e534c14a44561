// Starter role files for `ctoladder new`: a role that extends an existing one, valid as written,
// with the base's fields and duties shown as comments to edit.
#pragma once

#include <string>
#include <string_view>

#include "ctoladder/library.hpp"

namespace ctoladder {

// The YAML text of a new role `id` that extends `base` (an id or alias in `library`).
// Throws Error(usage) when `id` is not a valid id or names the base itself, and
// Error(unknown_role) when there is no such base.
std::string starter_role(const Library& library, std::string_view id, std::string_view base);

// Throws std::logic_error when `yaml`, read as the file `path` beside `library`, has an error of
// its own: a starter that does not validate is a bug of ctoladder, not the user's.
void check_starter(const Library& library, const std::string& path, const std::string& yaml);

// A YAML double-quoted scalar: "text", with quotes, backslashes and control characters escaped.
std::string yaml_quote(std::string_view text);

}  // namespace ctoladder
