// Did-you-mean for a mistyped id, in both languages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/model.hpp"

namespace ctoladder {

// The candidates nearest `word` (after case folding) when they are near enough to be a typo
// (distance <= max(1, length/3)): every one of a tie, at most three, in the candidates' order.
// Naming only the first of a tie would be a guess ("dev-4x": dev-1, dev-3 or dev-5?).
std::vector<std::string> closest_matches(std::string_view word,
                                         const std::vector<std::string>& candidates);

// " (did you mean 'a'?)", " (did you mean 'a', 'b' or 'c'?)" and the Chinese; empty for none.
Text did_you_mean(const std::vector<std::string>& matches);

}  // namespace ctoladder
