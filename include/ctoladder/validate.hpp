// Checks that need the whole library: references between roles, domains, aliases, overlays.
#pragma once

#include "ctoladder/error.hpp"
#include "ctoladder/library.hpp"

namespace ctoladder {

// Appends every problem found; the library itself is left as it is.
void validate_library(const Library& library, Diagnostics& diagnostics);

}  // namespace ctoladder
