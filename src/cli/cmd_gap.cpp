// `gap`: how much of a target role a person holds (--have, --from), per domain.
#include <fmt/format.h>

#include <filesystem>

#include "commands.hpp"
#include "ctoladder/gap.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

void gap_arguments(CLI::App& command, Arguments& args) {
  command
      .add_option("role", args.references, "TARGET: the role to measure against, ROLE[@OVERLAY...]")
      ->expected(1);
  command.add_option("--have", args.have,
                     "What you hold: a have FILE (YAML, see --template) or ids: id,id,...");
  command.add_option("--from", args.gap_from, "Count every responsibility of this role as held");
  command
      .add_option("--min", args.min_percent,
                  "Exit 0 when overall coverage is at least PERCENT, else 1")
      ->check(CLI::Range(0.0, 100.0));
  command.add_flag("--template", args.have_template, "Print an example have file and exit");
}

// "me.yaml", "./me", "a/b" name files; "code-review,tech-strategy" lists ids.
bool names_a_file(const std::string& have) {
  std::error_code error;
  return std::filesystem::exists(have, error) || have.find('/') != std::string::npos ||
         have.ends_with(".yaml") || have.ends_with(".yml");
}

Result gap_run(const Context& c) {
  const Arguments& a = c.args;
  if (a.have_template) {
    Result result;
    result.raw = have_template(c.lang);
    return result;
  }
  if (a.references.empty())
    throw Error(ErrorKind::usage, "gap needs a TARGET role",
                "e.g. 'ctoladder gap architect --have me.yaml'; 'ctoladder gap --template' prints "
                "a have file");
  if (a.have.empty() && a.gap_from.empty())
    throw Error(ErrorKind::usage, "gap needs --have FILE, --have id,id,... or --from ROLE",
                "'ctoladder gap --template > me.yaml' writes a have file to start from");
  const Library& library = load_library_for(c);
  Role target = resolve(library, a.references.at(0));
  std::vector<KnownDuty> known = known_duties(library);
  Diagnostics problems;
  std::vector<IdRef> ids;
  // Ids typed on the command line must all be known. A have file may come from a site built
  // with --roles and be used against another library: its ids that resemble nothing known are
  // warned about and left out, the rest still counts.
  bool from_file = !a.have.empty() && names_a_file(a.have);
  if (!a.have.empty())
    ids = from_file ? read_have_file(a.have, problems) : parse_have_list(a.have, "--have", problems);
  check_known(known, ids, problems,
              from_file ? Diagnostic::Severity::warning : Diagnostic::Severity::error);
  print_diagnostics(problems);
  if (has_errors(problems)) {
    std::size_t errors = 0;
    for (const auto& d : problems) errors += d.severity == Diagnostic::Severity::error;
    throw Error(ErrorKind::usage,
                fmt::format("--have {} has {} problem{}", a.have, errors, errors == 1 ? "" : "s"),
                "ids are the ones 'ctoladder describe ROLE' lists; 'ctoladder gap --template' "
                "prints an example have file");
  }
  std::vector<std::string> held;
  for (const auto& id : ids) held.push_back(id.id);
  std::optional<std::string> from;
  if (!a.gap_from.empty()) {
    Role role = resolve(library, a.gap_from);
    for (const auto& r : role.responsibilities) held.push_back(r.id);
    from = role.reference();
  }
  Gap result = gap(library, target, held);
  result.from = from;
  if (a.min_percent >= 0) result.min = a.min_percent;
  Result run;
  run.output = gap_view(library, result, c.lang);
  run.exit_code = result.meets_min() ? 0 : 1;
  return run;
}

}  // namespace

Command gap_command() {
  return {"gap", "Measure what you hold against a role: coverage per domain, what is missing",
          gap_arguments, gap_run};
}

}  // namespace ctoladder::cli
