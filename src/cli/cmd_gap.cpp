// `gap`: how much of a target role a person holds (--have, --from), per domain.
#include <fmt/format.h>

#include <iostream>

#include <filesystem>

#include "cli.hpp"
#include "commands.hpp"
#include "ctoladder/gap.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

// "me.yaml", "./me", "a/b" name files; "code-review,tech-strategy" lists ids.
bool names_a_file(const std::string& have) {
  std::error_code error;
  return std::filesystem::exists(have, error) || have.find('/') != std::string::npos ||
         have.ends_with(".yaml") || have.ends_with(".yml");
}

class GapRun final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_option("role", target_, "The role to measure against, with overlays after @")
        ->expected(1)
        ->option_text("TARGET");
    command
        .add_option("--have", have_,
                    "What you hold: a have FILE (YAML, see --template) or ids: id,id,...")
        ->option_text("FILE|IDS");
    command.add_option("--from", from_, "Count every responsibility of this role as held")
        ->option_text("ROLE");
    command
        .add_option("--min", min_percent_,
                    "Exit 0 when overall coverage is at least PERCENT, else 1")
        ->check(number_in(0, 100))
        ->option_text("PERCENT");
    command.add_flag("--template", template_,
                     "Print a have file and exit: an example, or with TARGET every one of its "
                     "responsibilities, to delete the ones you do not hold");
  }

  std::optional<Result> before_loading(const Context& c) override {
    if (template_) {
      // A have file is YAML with comments: text (the default) and yaml print it; another format
      // would be a different file, which --have does not read, so it is refused, not ignored.
      if (c.render.format != Format::text && c.render.format != Format::yaml) {
        std::string name(format_info(c.render.format).name);
        throw Error(ErrorKind::usage,
                    Text{fmt::format("gap --template cannot write --format {}: a have file is YAML",
                                     name),
                         fmt::format("gap --template 不能输出 --format {}：have 文件是 YAML", name)},
                    Text{"leave out --format, or use --format yaml",
                         "去掉 --format，或用 --format yaml"});
      }
      if (target_.empty()) {
        Result result;
        result.raw = have_template(c.lang);
        return result;
      }
      return std::nullopt;  // the target's own list, once the library is loaded
    }
    if (target_.empty())
      throw Error(ErrorKind::usage, Text{"gap needs a TARGET role", "gap 需要一个 TARGET 角色"},
                  Text{"e.g. 'ctoladder gap architect --have me.yaml'; 'ctoladder gap --template' "
                       "prints a have file",
                       "例如 'ctoladder gap architect --have me.yaml'；'ctoladder gap --template' "
                       "可输出 have 文件示例"});
    if (have_.empty() && from_.empty())
      throw Error(ErrorKind::usage,
                  Text{"gap needs --have FILE, --have id,id,... or --from ROLE",
                       "gap 需要 --have FILE、--have id,id,... 或 --from ROLE"},
                  Text{"'ctoladder gap --template > me.yaml' writes a have file to start from",
                       "可先用 'ctoladder gap --template > me.yaml' 生成一份 have 文件"});
    return std::nullopt;
  }

  Result run(const Context& c, const Library& library) override {
    Role target = resolve(library, target_.at(0));
    if (template_) {
      Result result;
      result.raw = have_template(library, target, c.lang);
      return result;
    }
    std::vector<KnownDuty> known = known_duties(library);
    Diagnostics problems;
    std::vector<IdRef> ids;
    // Ids typed on the command line must all be known. A have file may come from a site built
    // with --roles and be used against another library: its ids that resemble nothing known are
    // warned about and left out, the rest still counts.
    bool from_file = !have_.empty() && names_a_file(have_);
    if (!have_.empty())
      ids = from_file ? read_have_file(have_, problems) : parse_have_list(have_, "--have", problems);
    check_known(known, ids, problems,
                from_file ? Diagnostic::Severity::warning : Diagnostic::Severity::error);
    const Text hint{"ids are the ones 'ctoladder describe ROLE' lists; 'ctoladder gap "
                    "--template' prints an example have file",
                    "id 见 'ctoladder describe ROLE' 的列表；'ctoladder gap --template' "
                    "可输出 have 文件示例"};
    if (from_file) {
      // A file's problems point into it, FILE:LINE:COL as a compiler's do.
      print_diagnostics(problems, c.lang);
    } else if (problems.size() == 1 && has_errors(problems)) {
      // Ids typed on the command line: one problem is the error itself, in the house style.
      const Diagnostic& d = problems.front();
      throw Error(ErrorKind::usage,
                  Text{"--have: " + d.message,
                       "--have：" + (d.message_zh.empty() ? d.message : d.message_zh)},
                  hint);
    } else {
      for (const Diagnostic& d : problems) {
        const bool error = d.severity == Diagnostic::Severity::error;
        const std::string& message =
            c.lang == Lang::zh && !d.message_zh.empty() ? d.message_zh : d.message;
        std::cerr << text::escape_for_terminal(fmt::format(
                         "ctoladder: {}: --have: {}", error ? "error" : "warning", message))
                  << '\n';
      }
    }
    if (has_errors(problems)) {
      std::size_t errors = count_of(problems);
      throw Error(ErrorKind::usage,
                  Text{fmt::format("--have {} has {}", have_, text::count_noun(errors, "problem")),
                       fmt::format("--have {} 有 {} 个问题", have_, errors)},
                  hint);
    }
    std::vector<std::string> held;
    for (const auto& id : ids) held.push_back(id.id);
    std::optional<Role> from;
    if (!from_.empty()) {
      from = resolve(library, from_);
      for (const auto& r : from->responsibilities) held.push_back(r.id);
    }
    Gap result = gap(library, target, held, from ? &*from : nullptr);
    if (from) result.from = from->reference();
    if (min_percent_ >= 0) result.min = min_percent_;
    return {gap_view(library, result, c.lang), result.meets_min() ? kOk : kBelowMin};
  }

 private:
  std::vector<std::string> target_;
  std::string have_, from_;
  double min_percent_ = -1;  // negative: not given
  bool template_ = false;
};

}  // namespace

std::unique_ptr<CommandRun> make_gap() {
  return std::make_unique<GapRun>();
}

}  // namespace ctoladder::cli
