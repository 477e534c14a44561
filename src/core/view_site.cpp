// `site`: what was written, how big, how long it took, and where to open it.
#include <fmt/format.h>

#include <filesystem>

#include "ctoladder/site.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder {
namespace {

std::string size_text(std::size_t bytes) {
  return bytes < 1024 * 1024 ? fmt::format("{:.0f} KiB", double(bytes) / 1024)
                             : fmt::format("{:.1f} MiB", double(bytes) / 1024 / 1024);
}

}  // namespace

Output site_view(const std::string& folder, const std::vector<SiteFile>& files, double seconds,
                 Lang lang) {
  std::size_t bytes = 0, pages = 0;
  for (const auto& file : files) {
    bytes += file.bytes.size();
    pages += file.path.ends_with(".html");
  }
  Output out;
  std::string index = (std::filesystem::path(folder) / "index.html").string();
  out.report.paragraph(
      lang == Lang::zh ? fmt::format("已写入 {}：{} 个文件（{} 个页面），共 {}，用时 {:.2f} 秒。",
                                     folder, files.size(), pages, size_text(bytes), seconds)
                       : fmt::format("Wrote {}: {} files ({} pages), {}, in {:.2f} s.", folder,
                                     files.size(), pages, size_text(bytes), seconds));
  out.report.paragraph(lang == Lang::zh ? fmt::format("用浏览器打开 {}", index)
                                        : fmt::format("Open {} in a browser.", index));
  out.tsv_columns = {"path", "bytes"};
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& file : files) {
    list.push_back({{"path", file.path}, {"bytes", file.bytes.size()}});
    out.tsv.push_back({file.path, std::to_string(file.bytes.size())});
  }
  // Counts under `summary`, the list under `files`, as validate's and compare's are.
  out.data = {{"folder", folder},
              {"summary",
               {{"files", files.size()}, {"pages", pages}, {"bytes", bytes}, {"seconds", seconds}}},
              {"files", list}};
  return out;
}

}  // namespace ctoladder
