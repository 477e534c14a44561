// The closed sets of words role files use (tracks, scopes, ...) and their display labels.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/model.hpp"

namespace ctoladder {

std::string_view to_string(Track value);
std::string_view to_string(Scope value);
std::string_view to_string(Coding value);
std::string_view to_string(Axis value);

std::optional<Track> parse_track(std::string_view word);
std::optional<Scope> parse_scope(std::string_view word);
std::optional<Coding> parse_coding(std::string_view word);
std::optional<Axis> parse_axis(std::string_view word);

// Every accepted word, for "expected one of ..." messages and completions.
std::vector<std::string> words_of_track();
std::vector<std::string> words_of_scope();
std::vector<std::string> words_of_coding();
std::vector<std::string> words_of_axis();

// The same, chosen by type, for code that goes over every field (kRoleFields).
template <class Enum>
std::optional<Enum> parse_word(std::string_view word);
template <class Enum>
std::vector<std::string> words_of();

const Text& label(Track value);
const Text& label(Scope value);
const Text& label(Coding value);
const Text& label(Axis value);

// "3-8", "20+", "up to 3"; empty when the range is open at both ends.
Text describe_range(const Range& range, const Text& unit);
// A team size: as describe_range in people, except that a bare minimum is the size the team has
// grown past when the role is needed: {min: 20} is "more than 20 people" (article B: 超过20人).
Text describe_team_size(const Range& range);

// The label of a role field ("track", "scope", ... and "id", "name", "rank", "next",
// "overlays") in each language.
const Text& field_label(std::string_view field);

}  // namespace ctoladder
