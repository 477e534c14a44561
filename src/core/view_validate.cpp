// `validate`: the summary of what was checked and every problem as data (the CLI prints the
// problems themselves on stderr).
#include <fmt/format.h>

#include "ctoladder/text.hpp"
#include "ctoladder/views.hpp"
#include "json_shapes.hpp"

namespace ctoladder {
using Json = nlohmann::ordered_json;

Output validate_view(const ValidationResult& result, Lang lang) {
  Output out;
  out.tsv_columns = {"file", "line", "column", "severity", "message"};
  std::size_t errors = count_of(result.diagnostics), warnings = result.diagnostics.size() - errors;
  Json problems = Json::array();
  // Line 0 is a problem with a whole file or folder (it is missing, say): no line, so null.
  auto position = [](int value) { return value > 0 ? Json(value) : Json(); };
  for (const auto& d : result.diagnostics) {
    bool is_error = d.severity == Diagnostic::Severity::error;
    problems.push_back({{"file", d.where.file},
                        {"line", position(d.where.line)},
                        {"column", position(d.where.column)},
                        {"severity", is_error ? "error" : "warning"},
                        {"message", d.message}});
    out.tsv.push_back({d.where.file, json_shapes::tsv_cell(position(d.where.line), lang),
                       json_shapes::tsv_cell(position(d.where.column), lang),
                       is_error ? "error" : "warning", d.message});
  }
  // The counts sit under `summary`, as compare's do: `roles` and `domains` are lists elsewhere.
  out.data = {{"ok", errors == 0},
              {"paths", result.paths},
              {"summary",
               {{"files", result.files},
                {"roles", result.roles},
                {"domains", result.domains},
                {"errors", errors},
                {"warnings", warnings}}},
              {"problems", problems}};
  // `validate roles/*.yaml` names many paths: the first two and how many more, as a summary.
  std::string where = fmt::format("{}", fmt::join(result.paths, lang == Lang::zh ? "、" : ", "));
  if (result.paths.size() > 3)
    where = lang == Lang::zh ? fmt::format("{}、{} 等 {} 处", result.paths[0], result.paths[1],
                                           result.paths.size())
                             : fmt::format("{}, {} and {} more", result.paths[0],
                                           result.paths[1], result.paths.size() - 2);
  // Warnings are counted too: "no problems" above two warnings would be untrue.
  std::string warned_zh = warnings ? fmt::format("，{} 个警告", warnings) : "";
  std::string warned = warnings ? ", " + text::count_noun(warnings, "warning") : "";
  if (lang == Lang::zh)
    out.report.paragraph(
        errors == 0
            ? fmt::format("{}：{} 个文件，{} 个角色，{} 个领域，{}。", where, result.files,
                          result.roles, result.domains,
                          warnings ? fmt::format("没有错误{}", warned_zh) : "没有问题")
            : fmt::format("{}：发现 {} 个错误{}。", where, errors, warned_zh));
  else
    out.report.paragraph(
        errors == 0
            ? fmt::format("{}: {}, {}, {}: {}.", where, text::count_noun(result.files, "file"),
                          text::count_noun(result.roles, "role"),
                          text::count_noun(result.domains, "domain"),
                          warnings ? "no errors" + warned : std::string("no problems"))
            : fmt::format("{}: {}{}.", where, text::count_noun(errors, "error"), warned));
  return out;
}

}  // namespace ctoladder
