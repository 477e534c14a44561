// `list` and `ladder`: the roles in ladder order.
#include <fmt/format.h>

#include "commands.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

// --- list ---
void list_arguments(CLI::App& command, Arguments& args) {
  command.add_flag("--ids", args.ids_only, "Print only role ids, one per line");
}
Result list_run(const Context& c) {
  return {list_view(load_library_for(c), c.lang, c.args.ids_only, parts_for(c.render.format))};
}

// --- ladder ---
Result ladder_run(const Context& c) {
  return {ladder_view(load_library_for(c), c.lang)};
}

}  // namespace

Command list_command() {
  return {"list", "List the roles in ladder order", list_arguments, list_run};
}
Command ladder_command() {
  return {"ladder", "Show the ladder from programmer to CTO, with its tracks", no_arguments,
          ladder_run};
}

}  // namespace ctoladder::cli
