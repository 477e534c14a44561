// Flag and argument descriptions in the user's language (the catalog is flags_zh.cpp).
#pragma once

#include <string>
#include <string_view>

#include "ctoladder/model.hpp"

namespace ctoladder::cli {

// `english` (a description given to CLI11) in `lang`; English when it has no translation.
std::string flag_text(std::string_view english, Lang lang);

}  // namespace ctoladder::cli
