// `help [COMMAND]`: the same help as `ctoladder --help` and `ctoladder COMMAND --help`.
#include "commands.hpp"
#include "help.hpp"

namespace ctoladder::cli {
namespace {

class Help final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_option("command", command_, "The command to explain (default: every command)")
        ->option_text("COMMAND");
  }
  std::optional<Result> before_loading(const Context& c) override {
    const Command* command = nullptr;
    if (!command_.empty()) {
      command = find_command(command_);
      if (!command || command->hidden) throw unknown_command_error(command_);
    }
    Result result;
    CommandLine line(command ? command->name : std::string_view());
    result.raw = command ? command_help(*command, *line.app.get_subcommand(command_),
                                        c.render.width, c.lang)
                         : main_help(line.app, c.render.width, c.lang);
    return result;
  }
  Result run(const Context&, const Library&) override { return {}; }

 private:
  std::string command_;
};

}  // namespace

std::unique_ptr<CommandRun> make_help() {
  return std::make_unique<Help>();
}

}  // namespace ctoladder::cli
