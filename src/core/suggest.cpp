#include "ctoladder/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ctoladder/text.hpp"

namespace ctoladder {

std::vector<std::string> closest_matches(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  constexpr std::size_t kMostShown = 3;
  const std::string folded_word = text::fold_case(word);
  const std::size_t length = text::edit_distance(folded_word, "");  // in code points
  if (length == 0) return {};  // nothing to be a typo of
  std::size_t best = std::max<std::size_t>(1, length / 3);
  std::vector<std::string> matches;
  std::string folded;
  for (const auto& candidate : candidates) {
    text::fold_case_into(candidate, folded);
    // A length gap alone above the best distance cannot make a match: skip the edit distance.
    const std::size_t candidate_length = text::edit_distance(folded, "");
    if ((candidate_length > length ? candidate_length - length : length - candidate_length) > best)
      continue;
    std::size_t distance = text::edit_distance(folded_word, folded);
    if (distance > best) continue;
    if (distance < best) matches.clear();
    best = distance;
    if (matches.size() < kMostShown &&
        std::find(matches.begin(), matches.end(), candidate) == matches.end())
      matches.push_back(candidate);
  }
  return matches;
}

Text did_you_mean(const std::vector<std::string>& matches) {
  if (matches.empty()) return {};
  std::vector<std::string> quoted;
  for (const auto& m : matches) quoted.push_back(fmt::format("'{}'", m));
  std::string last = quoted.back();
  quoted.pop_back();
  if (quoted.empty())
    return {fmt::format(" (did you mean {}?)", last), fmt::format("（是否想用 {}？）", last)};
  return {fmt::format(" (did you mean {} or {}?)", fmt::join(quoted, ", "), last),
          fmt::format("（是否想用 {} 或 {}？）", fmt::join(quoted, "、"), last)};
}

}  // namespace ctoladder
