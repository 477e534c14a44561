// The built-in role library, compiled into the binary at build time (see cmake/EmbedRoles.cmake):
// the YAML was parsed and validated then, so start-up only builds the model from constants.
#pragma once

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

// How built-in files are named in messages and in a role's `file`.
inline constexpr std::string_view kBuiltinPrefix = "<built-in>/";

}  // namespace ctoladder
