// `list`: the roles in ladder order.
#include "commands.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

class List final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_flag("--ids", ids_only_, "Print only role ids, one per line");
  }
  Result run(const Context& c, const Library& library) override {
    return {list_view(library, c.lang, ids_only_, parts_for(c.render.format))};
  }

 private:
  bool ids_only_ = false;
};

}  // namespace

std::unique_ptr<CommandRun> make_list() {
  return std::make_unique<List>();
}

}  // namespace ctoladder::cli
