// `new`: what was written, what it replaces, and how to check and see it.
#include <fmt/format.h>

#include "ctoladder/views.hpp"

namespace ctoladder {
using Json = nlohmann::ordered_json;

Output new_view(const StarterWritten& written, Lang lang) {
  bool zh = lang == Lang::zh;
  const std::string& id = written.id;
  const std::string& path = written.file;
  std::string show = fmt::format("ctoladder {}describe {}", written.roles_flags, id);
  Output out;
  out.report.paragraph(
      written.extends.empty()
          ? (zh ? fmt::format("已写入 {}：角色 {}，独立成型（不继承）。", path, id)
                : fmt::format("Wrote {}: role {}, a role of its own.", path, id))
      : !written.refines.empty()
          ? (zh ? fmt::format("已写入 {}：角色 {}，在 {} 的基础上修改。", path, id, written.refines)
                : fmt::format("Wrote {}: role {}, refining {}.", path, id, written.refines))
      : zh ? fmt::format("已写入 {}：角色 {}，继承自 {}。", path, id, written.extends)
           : fmt::format("Wrote {}: role {}, extending {}.", path, id, written.extends));
  if (!written.replaces.empty())
    out.report.paragraph(zh ? fmt::format("它将取代 {}。", written.replaces)
                            : fmt::format("It replaces {}.", written.replaces));
  out.report.paragraph(
      zh ? fmt::format("编辑它，用 ctoladder validate {} 检查，用 {} 查看。", path, show)
         : fmt::format("Edit it, check it with 'ctoladder validate {}', see it with '{}'.", path,
                       show));
  out.data = {{"id", id},
              {"extends", written.extends.empty() ? Json() : Json(written.extends)},
              {"file", path},
              {"replaces", written.replaces.empty() ? Json() : Json(written.replaces)}};
  out.tsv_columns = {"id", "extends", "file", "replaces"};
  out.tsv.push_back({id, written.extends, path, written.replaces});
  return out;
}

}  // namespace ctoladder
