#include "ctoladder/format.hpp"

#include <array>

#include "ctoladder/error.hpp"
#include "ctoladder/report.hpp"
#include "ctoladder/text.hpp"

namespace ctoladder {
namespace {

constexpr Parts kData{.data = true, .report = false, .tsv = false};
constexpr Parts kReport{.data = false, .report = true, .tsv = false};
constexpr Parts kRows{.data = false, .report = false, .tsv = true};
constexpr Parts kRawOnly{.data = false, .report = false, .tsv = false};  // Output::raw

std::string picture(const Output& output, const RenderOptions&) {
  if (!output.raw)
    throw Error(ErrorKind::usage,
                Text{"this command cannot draw that format", "这个命令不能输出该格式的图"});
  return *output.raw;
}

constexpr std::array<FormatInfo, static_cast<std::size_t>(Format::count_)> kFormats{{
    {Format::text, "text", false, true, kReport,
     [](const Output& o, const RenderOptions& r) {
       return render_text(o.report, r.width, r.color, r.header);
     },
     "txt text"},
    {Format::json, "json", false, false, kData,
     [](const Output& o, const RenderOptions&) { return render_json(o.data); }, "json"},
    {Format::yaml, "yaml", false, false, kData,
     [](const Output& o, const RenderOptions&) { return render_yaml(o.data); }, "yaml yml"},
    {Format::tsv, "tsv", false, true, kRows,
     [](const Output& o, const RenderOptions& r) {
       return r.header ? render_tsv(o.tsv_columns, o.tsv) : render_tsv(o.tsv);
     },
     "tsv tab"},
    {Format::markdown, "markdown", false, false, kReport,
     [](const Output& o, const RenderOptions&) { return render_markdown(o.report); },
     "md markdown"},
    {Format::dot, "dot", true, false, kRawOnly, picture, "dot gv"},
    {Format::mermaid, "mermaid", true, false, kRawOnly, picture, "mmd mermaid"},
    {Format::svg, "svg", true, false, kRawOnly, picture, "svg"},
}};

// A Format without its row, or rows out of order, fails the build here (the array's size is the
// number of formats, so a missing row leaves a row of zeros, which this finds).
constexpr bool rows_match_formats() {
  for (std::size_t i = 0; i < kFormats.size(); ++i)
    if (kFormats[i].format != static_cast<Format>(i) || kFormats[i].name.empty() ||
        !kFormats[i].render)
      return false;
  return true;
}
static_assert(rows_match_formats(), "every Format needs its row in kFormats, in enum order");

}  // namespace

std::span<const FormatInfo> formats() { return kFormats; }

const FormatInfo& format_info(Format format) {
  return kFormats.at(static_cast<std::size_t>(format));
}

const FormatInfo* format_of_file(std::string_view file) {
  std::size_t dot = file.find_last_of('.');
  std::size_t slash = file.find_last_of('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash) ||
      dot + 1 == file.size())
    return nullptr;
  std::string extension = text::fold_case(file.substr(dot + 1));
  for (const auto& row : kFormats) {
    std::string_view list = row.extensions;
    while (!list.empty()) {
      std::size_t space = list.find(' ');
      if (list.substr(0, space) == extension) return &row;
      list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
    }
  }
  return nullptr;
}

const FormatInfo* find_format(std::string_view name) {
  for (const auto& row : kFormats)
    if (row.name == name) return &row;
  return nullptr;
}

std::string render(const Output& output, const RenderOptions& options) {
  return format_info(options.format).render(output, options);
}

}  // namespace ctoladder
