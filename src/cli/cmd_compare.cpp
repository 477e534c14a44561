// `compare` and `diff`: two roles, matched by responsibility id.
#include <fmt/format.h>

#include "commands.hpp"
#include "ctoladder/compare.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

// --- compare and diff ---
void two_references(CLI::App& command, Arguments& args) {
  add_reference(command, args, 2);
}
Result compare_run(const Context& c) {
  const Library& library = load_library_for(c, c.args.references);
  Role a = resolve(library, c.args.references.at(0));
  Role b = resolve(library, c.args.references.at(1));
  return {compare_view(library, a, b, c.lang, parts_for(c.render.format))};
}
Result diff_run(const Context& c) {
  const Library& library = load_library_for(c, c.args.references);
  Role a = resolve(library, c.args.references.at(0));
  Role b = resolve(library, c.args.references.at(1));
  const Comparison comparison = compare(library, a, b);
  return {diff_view(library, a, b, comparison, c.lang, parts_for(c.render.format)),
          comparison.identical() ? 0 : 1};
}

}  // namespace

Command compare_command() {
  return {"compare", "Compare two roles side by side", two_references, compare_run};
}
Command diff_command() {
  return {"diff", "Show what changes from role A to role B as +/- lines (exit 1 if they differ)",
          two_references, diff_run};
}

}  // namespace ctoladder::cli
