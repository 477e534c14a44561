// Help in the manner of gh: usage, arguments, the command's own flags, inherited flags, examples,
// wrapped to the terminal. Built from the command table, the format table and the CLI11 app the
// table builds, so a new command, flag or format shows here by itself.
#pragma once

#include <CLI/CLI.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "commands.hpp"

namespace ctoladder::cli {

// The CLI11 group of the options every command takes: help lists them as inherited flags.
inline constexpr const char* kInheritedGroup = "inherited";

// The --format values `command` takes: every non-picture format and its own pictures; with no
// command (a --format before the command word), every format.
std::vector<std::string> format_names_for(const Command* command);
// The commands that draw the picture `format`: "ladder" for dot, "chart" for svg.
std::string drawn_by(Format format);
// The help line of --format for `command` (or before any command).
std::string format_description(const Command* command, Lang lang = Lang::en);

// "ctoladder describe ROLE [flags]" ("[选项]" in Chinese).
std::string usage_line(const Command& command, Lang lang = Lang::en);

// `width` 0: no wrapping (output that is not a terminal).
std::string main_help(const CLI::App& app, std::size_t width, Lang lang);
std::string command_help(const Command& command, const CLI::App& sub, std::size_t width,
                         Lang lang);

}  // namespace ctoladder::cli
