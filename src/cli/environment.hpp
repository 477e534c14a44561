// What the CLI reads from the process environment and the terminal.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ctoladder/model.hpp"

namespace ctoladder::cli {

// zh when LC_ALL, LC_MESSAGES or LANG (the first one set) starts with "zh", else en.
Lang language_from_environment();

// The width text wraps to: `requested` (--width) when not negative, else COLUMNS when it is a
// positive number, else the terminal's width when stdout is one, else 0: no wrapping, as git and
// rg never wrap for a pipe.
std::size_t output_width(long requested);

// "auto": colour only when stdout is a terminal and NO_COLOR is unset (and TERM is not dumb).
bool colour_enabled(const std::string& mode);

// The user's role folder by convention: $XDG_DATA_HOME/ctoladder/roles, or
// ~/.local/share/ctoladder/roles when XDG_DATA_HOME is unset or not absolute. Empty when there is
// no home either. It need not exist.
std::string user_roles_folder();

// Where parsed role folders are cached: $XDG_CACHE_HOME/ctoladder, or ~/.cache/ctoladder when
// XDG_CACHE_HOME is unset or not absolute. Empty (no cache) when CTOLADDER_CACHE is off, 0, no or
// false, or there is no home.
std::string cache_folder();

// False when CTOLADDER_BUILTIN is off, 0, no or false (as --no-builtin), else true.
bool builtin_from_environment();

// The user's role folder when it exists, then the folders of CTOLADDER_ROLES (colon-separated,
// empty entries skipped).
std::vector<std::string> role_folders_from_environment();

// Writes all of `data` to stdout. Returns false with `error` set when writing fails; a closed
// pipe (EPIPE) sets `pipe_closed` instead, which callers treat as a quiet end.
bool write_stdout(const std::string& data, std::string& error, bool& pipe_closed);

}  // namespace ctoladder::cli
