// `search`: duties, names and summaries matching a text.
#include <fmt/format.h>

#include "cli.hpp"
#include "commands.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"

namespace ctoladder::cli {
namespace {

class Search final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_option("text", text_, "Text to look for, any case (English or Chinese)")
        ->required()
        ->option_text("TEXT");
    command.add_option("--role", role_, "Only this role (id or alias)")->option_text("ROLE");
    command.add_option("--domain", domain_, "Only this domain (e.g. architecture)")
        ->option_text("DOMAIN");
    command
        .add_option("--track", track_,
                    fmt::format("Only this track: {}", fmt::join(words_of_track(), ", ")))
        ->check(one_of(words_of_track()))
        ->option_text("TRACK");
  }
  Result run(const Context& c, const Library& library) override {
    SearchQuery query{text_, {}, {}, {}};
    if (!role_.empty()) query.role = role_;
    if (!domain_.empty()) query.domain = domain_;
    if (!track_.empty()) query.track = parse_track(track_);
    Output found = search_view(library, query, c.lang, parts_for(c.render.format));
    // As grep and ripgrep: 1 when nothing matches, so `if ctoladder search ...` works.
    const int status = found.nothing_found ? kNothingFound : kOk;
    return {std::move(found), status};
  }

 private:
  std::string text_, role_, domain_, track_;
};

}  // namespace

std::unique_ptr<CommandRun> make_search() {
  return std::make_unique<Search>();
}

}  // namespace ctoladder::cli
