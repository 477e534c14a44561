// Parse errors in our own words: unknown flags with "did you mean", argument counts in plain
// words, and the command's usage line as the hint.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "ctoladder/error.hpp"

namespace ctoladder::cli {

// `typed` ("--formt", "-o") is no flag of `scope`, the app of `command` (nullptr: before the
// command word).
Error unknown_flag_error(std::string_view typed, const CLI::App& scope, const Command* command);

// What is wrong with `args` (the words after the program name), which CLI11 refused with `error`.
Error explain_parse_error(const CLI::ParseError& error, const std::vector<std::string>& args,
                          const CLI::App& root, const Command* command);

}  // namespace ctoladder::cli
