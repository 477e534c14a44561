// `chart`, and the pictures of `ladder`: responsibilities per domain as bars or a radar chart
// (svg), the ladder as a graph (dot, mermaid). --output writes the file atomically.
#include <fmt/format.h>

#include "commands.hpp"
#include "ctoladder/atomic_file.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

constexpr std::size_t kMaxChartRoles = 8;  // one colour each, told apart at a glance

void output_option(CLI::App& command, Arguments& args) {
  command.add_option("--output,-o", args.output_file,
                     "Write to FILE (replaced atomically) instead of standard output");
}

// Standard output, or --output FILE: rendered without colour, then renamed into place.
Result deliver(const Context& c, Output output) {
  Result result;
  if (c.args.output_file.empty()) {
    result.output = std::move(output);
    return result;
  }
  RenderOptions options = c.render;
  options.color = false;
  write_file_atomically(c.args.output_file, render(output, options), /*overwrite=*/true);
  result.has_output = false;
  return result;
}

// --- chart ---
void chart_arguments(CLI::App& command, Arguments& args) {
  command
      .add_option("role", args.references,
                  "One to eight roles, each ROLE[@OVERLAY...]; one colour each in the picture")
      ->required();
  command
      .add_option("--scale", args.chart_scale,
                  "count: against the largest count (default); share: of each role's own "
                  "responsibilities; domain: each domain against its largest count")
      ->check(CLI::IsMember({"count", "share", "domain"}));
  output_option(command, args);
}

Result chart_run(const Context& c) {
  if (c.args.references.size() > kMaxChartRoles)
    throw Error(ErrorKind::usage,
                fmt::format("chart draws at most {} roles, not {}", kMaxChartRoles,
                            c.args.references.size()),
                "split them over two charts");
  const Library& library = load_library_for(c);
  std::vector<Role> roles;
  for (const auto& reference : c.args.references) roles.push_back(resolve(library, reference));
  ChartScale scale = c.args.chart_scale == "share"    ? ChartScale::share
                     : c.args.chart_scale == "domain" ? ChartScale::domain
                                                      : ChartScale::count;
  return deliver(c, chart_view(library, roles, c.lang, scale));
}

// --- ladder, drawn ---
void drawn_ladder_arguments(CLI::App& command, Arguments& args) {
  ladder_command().add_arguments(command, args);
  output_option(command, args);
}

Result drawn_ladder_run(const Context& c) {
  Format format = c.render.format;
  if (format == Format::dot || format == Format::mermaid)
    return deliver(c, ladder_graph_view(load_library_for(c), c.lang, format));
  Result result = ladder_command().run(c);
  if (c.args.output_file.empty() || result.raw || !result.has_output) return result;
  return deliver(c, std::move(result.output));
}

}  // namespace

Command chart_command() {
  Command command{"chart", "Chart responsibilities per domain for roles: bars, or --format svg",
                  chart_arguments, chart_run};
  command.pictures = {Format::svg};
  return command;
}

Command drawn_ladder_command() {
  Command command = ladder_command();
  command.add_arguments = drawn_ladder_arguments;
  command.run = drawn_ladder_run;
  command.pictures = {Format::dot, Format::mermaid};
  return command;
}

}  // namespace ctoladder::cli
