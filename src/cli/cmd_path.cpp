// `path`: the steps up the ladder between two roles.
#include <fmt/format.h>

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
    // A stop on the ladder is a role: an overlay changes duties, not the rung (`--via cto@us`
    // was "unknown role 'cto@us'" though cto exists).
    for (const auto& stop : via_)
      if (auto at = stop.find('@'); at != std::string::npos)
        throw Error(ErrorKind::usage,
                    Text{fmt::format("--via {}: a stop is a role, without overlays", stop),
                         fmt::format("--via {}：途经的是角色，不能带叠加项", stop)},
                    Text{fmt::format("use --via {}; overlays go on FROM and TO (e.g. "
                                     "ctoladder path programmer {})",
                                     stop.substr(0, at), stop),
                         fmt::format("请用 --via {}；叠加项可写在 FROM 和 TO 上（如 ctoladder "
                                     "path programmer {}）",
                                     stop.substr(0, at), stop)});
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
