// `where`: which file each role comes from, and which file it replaced or refined.
#include "commands.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

class Where final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_option("role", roles_, "Roles, by id or alias (default: every role)")
        ->option_text("ROLE...");
  }
  Result run(const Context& c, const Library& library) override {
    return {where_view(library, roles_, c.lang)};
  }

 private:
  std::vector<std::string> roles_;
};

}  // namespace

std::unique_ptr<CommandRun> make_where() {
  return std::make_unique<Where>();
}

}  // namespace ctoladder::cli
