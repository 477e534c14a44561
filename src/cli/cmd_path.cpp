// `path`: the steps up the ladder between two roles.
#include "commands.hpp"
#include "ctoladder/growth_path.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

class Path final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    add_roles(command, roles_, 2, "FROM TO");
    command
        .add_option("--via", via_,
                    "Go through this role on the way (repeatable; visited in the order given)")
        ->option_text("ROLE");
  }
  Result run(const Context& c, const Library& library) override {
    Role from = resolve(library, roles_.at(0));
    Role to = resolve(library, roles_.at(1));
    return {path_view(library, growth_path(library, from, to, via_), c.lang)};
  }

 private:
  std::vector<std::string> roles_, via_;
};

}  // namespace

std::unique_ptr<CommandRun> make_path() {
  return std::make_unique<Path>();
}

}  // namespace ctoladder::cli
