// `search`: duties, names and summaries matching a text.
#include <fmt/format.h>

#include "commands.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"

namespace ctoladder::cli {
namespace {

// --- search ---
void search_arguments(CLI::App& command, Arguments& args) {
  command.add_option("text", args.query, "Text to look for (English or Chinese)")->required();
  command.add_option("--role", args.role_filter, "Only this role (id or alias)");
  command.add_option("--domain", args.domain_filter, "Only this domain (e.g. architecture)");
  command.add_option("--track", args.track_filter, "Only this track")
      ->check(CLI::IsMember(words_of_track()));
}
Result search_run(const Context& c) {
  SearchQuery query{c.args.query, {}, {}, {}};
  if (!c.args.role_filter.empty()) query.role = c.args.role_filter;
  if (!c.args.domain_filter.empty()) query.domain = c.args.domain_filter;
  if (!c.args.track_filter.empty()) query.track = parse_track(c.args.track_filter);
  return {search_view(load_library_for(c), query, c.lang, parts_for(c.render.format))};
}

}  // namespace

Command search_command() {
  return {"search", "Find responsibilities, names and summaries matching a text", search_arguments,
          search_run};
}

}  // namespace ctoladder::cli
