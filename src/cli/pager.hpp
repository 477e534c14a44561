// Long text output on a terminal goes through a pager, like git and man do.
#pragma once

#include <string>

namespace ctoladder::cli {

// The pager command: $CTOLADDER_PAGER when set, else $PAGER when set (empty or "cat": none), else
// "less -FRX" when less is on the PATH, else none (an empty string). The pager runs with
// LESS=FRX when LESS is unset, so `PAGER=less` shows colour rather than raw escapes.
std::string pager_command();

// Writes `data` to stdout, through the pager when `may_page` is set, stdout is a terminal and
// `data` has at least as many lines as the terminal (LINES, else its size, else 24). The pager's
// own exit status does not matter; quitting it early is not an error. Same contract as
// write_stdout otherwise.
bool write_output(const std::string& data, bool may_page, std::string& error, bool& pipe_closed);

}  // namespace ctoladder::cli
