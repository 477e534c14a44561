// `path`: the steps up the ladder between two roles.
#include "commands.hpp"
#include "ctoladder/growth_path.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

void path_arguments(CLI::App& command, Arguments& args) {
  add_reference(command, args, 2);
  command.add_option("--via", args.via,
                     "Go through this role on the way (repeatable; visited in the order given)");
}

Result path_run(const Context& c) {
  const Library& library = load_library_for(c);
  Role from = resolve(library, c.args.references.at(0));
  Role to = resolve(library, c.args.references.at(1));
  Result result;
  result.output = path_view(library, growth_path(library, from, to, c.args.via), c.lang);
  return result;
}

}  // namespace

Command path_command() {
  return {"path", "Show the steps up the ladder from role A to role B: what each gains and leaves",
          path_arguments, path_run};
}

}  // namespace ctoladder::cli
