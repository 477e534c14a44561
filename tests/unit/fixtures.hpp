// Fixtures the unit tests share.
#pragma once

#include <stdexcept>

#include "ctoladder/library.hpp"
#include "ctoladder/loader.hpp"

namespace ctoladder::fixtures {

// tests/data/unit/ladder: four small roles (coder, designer, lead extends coder, boss with two
// variants and two profiles) over domains in a deliberately non-alphabetical order. Loaded once.
inline const Library& ladder() {
  static const Library library = [] {
    Library loaded;
    Diagnostics problems;
    add_path(loaded, CTOLADDER_TEST_DATA "/unit/ladder", {}, problems);
    if (!problems.empty()) throw std::runtime_error(problems.front().format());
    return loaded;
  }();
  return library;
}

}  // namespace ctoladder::fixtures
