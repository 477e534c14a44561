// Checks that need the whole library: references between roles, domains, aliases, overlays.
#pragma once

#include <string>

#include "ctoladder/error.hpp"
#include "ctoladder/library.hpp"

namespace ctoladder {

struct ValidateOptions {
  // Off when only part of a folder was loaded (see add_roles_by_id): `next` may then name roles
  // that exist but were not read.
  bool check_next = true;
  // A role about to be written (`new ID`): a `next` naming it is not a step to an unknown role.
  std::string coming_role;
};

// Appends every problem found; the library itself is left as it is.
void validate_library(const Library& library, Diagnostics& diagnostics,
                      const ValidateOptions& options = {});

}  // namespace ctoladder
