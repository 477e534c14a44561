// `compare` and `diff`: two roles, matched by responsibility id.
#include "cli.hpp"
#include "commands.hpp"
#include "ctoladder/compare.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

class TwoRoles : public CommandRun {
 public:
  void add_options(CLI::App& command) override { add_roles(command, roles_, 2, "A B"); }
  std::vector<std::string> named_roles() const override { return roles_; }

 protected:
  std::vector<std::string> roles_;
};

class Compare final : public TwoRoles {
 public:
  Result run(const Context& c, const Library& library) override {
    Role a = resolve(library, roles_.at(0));
    Role b = resolve(library, roles_.at(1));
    return {compare_view(library, a, b, c.lang, parts_for(c.render.format))};
  }
};

class Diff final : public TwoRoles {
 public:
  Result run(const Context& c, const Library& library) override {
    Role a = resolve(library, roles_.at(0));
    Role b = resolve(library, roles_.at(1));
    const Comparison comparison = compare(library, a, b);
    return {diff_view(library, a, b, comparison, c.lang, parts_for(c.render.format)),
            comparison.identical() ? kOk : kDiffers};
  }
};

}  // namespace

std::unique_ptr<CommandRun> make_compare() {
  return std::make_unique<Compare>();
}
std::unique_ptr<CommandRun> make_diff() {
  return std::make_unique<Diff>();
}

}  // namespace ctoladder::cli
