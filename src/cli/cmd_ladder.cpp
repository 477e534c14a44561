// `ladder`: the ladder, every role by rank and track, as a table, or drawn as a graph (dot,
// mermaid).
#include "commands.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

class Ladder final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    output_file_.add_options(command);
    command
        .add_option("--title", title_,
                    "The title: the table's heading, or the picture's (default: The "
                    "software-engineering career ladder; The career ladder without the built-in "
                    "roles)")
        ->option_text("TEXT");
  }
  std::optional<Result> before_loading(const Context& c) override {
    output_file_.check(c);
    return std::nullopt;
  }
  Result run(const Context& c, const Library& library) override {
    Format format = c.render.format;
    return deliver(c, output_file_,
                   is_picture(format) ? ladder_graph_view(library, c.lang, format, title_)
                                      : ladder_view(library, c.lang, title_));
  }

 private:
  OutputFile output_file_;
  std::string title_;
};

}  // namespace

std::unique_ptr<CommandRun> make_ladder() {
  return std::make_unique<Ladder>();
}

}  // namespace ctoladder::cli
