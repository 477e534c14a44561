// `describe`: one resolved role.
#include <fmt/format.h>

#include "commands.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

// --- describe ---
void describe_arguments(CLI::App& command, Arguments& args) {
  add_reference(command, args, 1);
  command.add_option("--variant", args.variant, "Apply a variant overlay (same as ROLE@VARIANT)");
  command.add_option("--profile", args.profile, "Apply a profile overlay (same as ROLE@PROFILE)");
  command.add_flag("--sources", args.with_sources, "Cite the article and section of every item");
}
Result describe_run(const Context& c) {
  const Library& library = load_library_for(c, c.args.references);
  Role role = resolve_argument(library, c.args.references.at(0), c.args);
  return {describe_view(library, role, c.lang, c.args.with_sources, parts_for(c.render.format))};
}

}  // namespace

Command describe_command() {
  return {"describe", "Describe one role, responsibilities grouped by domain", describe_arguments,
          describe_run};
}

}  // namespace ctoladder::cli
