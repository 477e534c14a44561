#include "ctoladder/loader.hpp"
#include "yaml_fields.hpp"
#include "ctoladder/text.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "ctoladder/file_io.hpp"
#include "ctoladder/suggest.hpp"

namespace ctoladder {
namespace fs = std::filesystem;

namespace {

void file_error(Diagnostics& diagnostics, const std::string& path, Text message) {
  diagnostics.push_back(diagnostic({path, 0, 0}, std::move(message)));
}

}  // namespace

bool is_role_file_name(const std::string& name) {
  if (name.empty() || name.front() == '.') return false;
  std::string lower = name;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower.ends_with(".yaml") || lower.ends_with(".yml");
}

Text misnamed_role_file(const std::string& name) {
  if (name.empty() || name.front() == '.' || is_role_file_name(name)) return {};
  std::size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return {};
  std::string extension = text::fold_case(name.substr(dot + 1));
  std::string sorted = extension;
  std::sort(sorted.begin(), sorted.end());
  // Letters swapped (ymal), or one dropped, added or mistyped after the y (yam, yamll, ymk);
  // not .xml, which is one letter from .yml but a file of its own.
  bool slip = sorted == "amly" || sorted == "lmy" ||
              (extension.starts_with('y') && !closest_matches(extension, {"yaml", "yml"}).empty());
  if (!slip) return {};
  std::string meant = name.substr(0, dot) + ".yaml";
  return {fmt::format("{} is not read: role files end in .yaml or .yml (rename it {})", name,
                      meant),
          fmt::format("{} 没有被读取：角色文件以 .yaml 或 .yml 结尾（请改名为 {}）", name, meant)};
}

bool read_source(const std::string& path, const LoadLimits& limits, SourceText& out,
                 Diagnostics& diagnostics, FileStamp* stamp) {
  FileRead read = read_file(path, limits.max_file_bytes);
  if (!read.ok()) {
    file_error(diagnostics, path,
               read_problem(read, {"a role file", "角色文件"}, limits.max_file_bytes));
    return false;
  }
  if (stamp) *stamp = read.stamp;
  out.path = path;
  out.bytes = std::move(read.bytes);
  return true;
}

std::vector<std::string> list_role_files(const std::string& folder, const LoadLimits& limits,
                                         Diagnostics& diagnostics) {
  std::vector<std::string> files;
  std::vector<fs::path> misnamed;
  std::error_code ec;
  fs::directory_iterator it(folder, fs::directory_options::none, ec);
  if (ec) {
    file_error(diagnostics, folder,
               {fmt::format("cannot read role folder: {}", ec.message()),
                fmt::format("无法读取角色目录：{}", ec.message())});
    return files;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      file_error(diagnostics, folder,
                 {fmt::format("cannot list role folder: {}", ec.message()),
                  fmt::format("无法列出角色目录中的文件：{}", ec.message())});
      break;
    }
    std::string name = it->path().filename().string();
    if (!is_role_file_name(name)) {
      if (!misnamed_role_file(name).en.empty()) misnamed.push_back(it->path());
      continue;
    }
    if (files.size() == limits.max_files) {
      file_error(diagnostics, folder,
                 {fmt::format("more than {} role files; split the folder", limits.max_files),
                  fmt::format("角色文件超过 {} 个；请把目录拆分", limits.max_files)});
      break;
    }
    files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  // Beside its proper file (dev-5.ymal next to dev-5.yaml) it is a copy kept on purpose; alone
  // it is the role the user thinks is loaded.
  std::sort(misnamed.begin(), misnamed.end());
  for (const auto& path : misnamed) {
    bool has_proper = false;
    for (const char* extension : {".yaml", ".yml"}) {
      fs::path proper = path;
      proper.replace_extension(extension);
      has_proper = has_proper || std::binary_search(files.begin(), files.end(), proper.string());
    }
    if (!has_proper)
      diagnostics.push_back(diagnostic({path.string(), 0, 0},
                                       misnamed_role_file(path.filename().string()),
                                       Diagnostic::Severity::warning));
  }
  return files;
}

namespace {

// One file's outcome, kept in file order so results do not depend on thread timing.
struct FileResult {
  std::string path;
  ParsedFile parsed;
  Diagnostics diagnostics;
};

// A file with the id of a lower layer's role that extends that id refines the role: the lower
// definition with the file's statements laid over it, as one definition, so every command sees
// one role of that id. Its next steps, guidance and overlay combinations are added to the lower
// ones (it is the same rung); its duties replace those of the same id or are added; fields it states replace the lower ones.
RoleDef refine(const RoleDef& lower, RoleDef upper) {
  RoleDef role = lower;
  role.where = upper.where;
  if (upper.name) role.name = std::move(upper.name);
  if (!upper.aliases.empty()) {
    role.aliases = std::move(upper.aliases);
    role.alias_where = std::move(upper.alias_where);
  }
  if (upper.rank) {
    role.rank = upper.rank;
    role.rank_basis = std::move(upper.rank_basis);
  }
  for_each_field([&](const auto& f) {
    if (auto& stated = upper.fields.*f.stated) role.fields.*f.stated = std::move(stated);
  });
  for (auto& next : upper.next)
    if (std::none_of(role.next.begin(), role.next.end(),
                     [&](const NextStep& n) { return n.id == next.id; }))
      role.next.push_back(std::move(next));
  // Its guidance is added to the lower role's, as its next steps are; `guidance: []` clears it.
  if (upper.guidance_stated && upper.guidance.empty()) role.guidance.clear();
  for (auto& g : upper.guidance) role.guidance.push_back(std::move(g));
  for (auto& c : upper.combinations) role.combinations.push_back(std::move(c));
  if (!upper.sources.empty()) role.sources = std::move(upper.sources);
  for (auto& removed : upper.remove) {
    auto own = std::find_if(role.responsibilities.begin(), role.responsibilities.end(),
                            [&](const Responsibility& r) { return r.id == removed.id; });
    if (own != role.responsibilities.end())
      role.responsibilities.erase(own);
    else
      role.remove.push_back(std::move(removed));  // inherited by the lower role: resolve drops it
  }
  for (auto& duty : upper.responsibilities) {
    auto same = std::find_if(role.responsibilities.begin(), role.responsibilities.end(),
                             [&](const Responsibility& r) { return r.id == duty.id; });
    if (same != role.responsibilities.end())
      *same = std::move(duty);
    else
      role.responsibilities.push_back(std::move(duty));
  }
  for (auto& overlay : upper.overlays) {
    auto same = std::find_if(role.overlays.begin(), role.overlays.end(),
                             [&](const Overlay& o) { return o.name == overlay.name; });
    if (same != role.overlays.end())
      *same = std::move(overlay);
    else
      role.overlays.push_back(std::move(overlay));
  }
  return role;
}

// A file with the id of a lower layer's role, no `extends` and several required keys missing was
// almost always meant to refine that role: one error saying so replaces one per missing key.
void explain_missing_keys(const Library& library, const RoleDef& role, Diagnostics& diagnostics) {
  constexpr std::string_view kMissing = "a role file is missing required key '";
  const RoleDef* lower = library.role(role.id);
  if (!lower || role.extends) return;
  std::vector<std::string> keys;
  for (const auto& d : diagnostics)
    if (d.message.starts_with(kMissing))
      keys.push_back(d.message.substr(kMissing.size(), d.message.size() - kMissing.size() - 1));
  if (keys.size() < 2) return;
  Location where;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    if (!d.message.starts_with(kMissing)) return false;
    where = d.where;
    return true;
  });
  diagnostics.push_back(diagnostic(
      where,
      {fmt::format("role '{}' replaces the role of that id in {} but lacks '{}': to refine that "
                   "role instead of replacing it, add 'extends: {}'",
                   role.id, lower->where.file.str(), fmt::join(keys, "', '"), role.id),
       fmt::format("角色 '{}' 将取代 {} 中的同 id 角色，却缺少 '{}'：若要在那个角色的基础上修改"
                   "而不是取代它，请加上 'extends: {}'",
                   role.id, lower->where.file.str(), fmt::join(keys, "'、'"), role.id)}));
}

// Adds parsed files to the library in order; two files of one layer with the same id clash.
void merge_layer(Library& library, std::vector<FileResult>& results, Diagnostics& diagnostics,
                 bool language_notes) {
  std::unordered_map<std::string, std::string> first_file;  // id -> file, within this layer
  // The ids whose own file (ID.yaml) is in this layer: a file of another name stating one is a
  // copy not yet edited (cp dev-5.yaml dev-6.yaml), reported once as misnamed and not read,
  // so that the original is never the one blamed as a duplicate, whichever name sorts first.
  std::unordered_set<std::string> owned_ids;
  for (const auto& result : results)
    if (result.parsed.role && fs::path(result.path).stem().string() == result.parsed.role->id)
      owned_ids.insert(result.parsed.role->id);
  library.reserve_roles(results.size());
  for (auto& result : results) {
    if (result.parsed.role) explain_missing_keys(library, *result.parsed.role, result.diagnostics);
    for (auto& d : result.diagnostics)
      if (language_notes || d.severity != Diagnostic::Severity::note)
        diagnostics.push_back(std::move(d));
    for (auto& domain : result.parsed.domains) library.add_domain(std::move(domain));
    if (!result.parsed.role) continue;
    RoleDef& role = *result.parsed.role;
    // One role per file, named after its id: a command about one role can then read just
    // that file (see add_roles_by_id) instead of the whole folder.
    std::string stem = fs::path(result.path).stem().string();
    if (stem != role.id) {
      // em-7.yaml saying `id: em7`: the file name was chosen with care, the id typed in a hurry.
      bool id_typo = yaml_fields::is_valid_id(stem) &&
                     text::edit_distance(stem, role.id) <= std::max<std::size_t>(2, stem.size() / 3);
      std::string file = fs::path(result.path).filename().string();
      diagnostics.push_back(diagnostic(
          role.where,
          id_typo ? Text{fmt::format("role id '{}' does not match its file {}: did you mean "
                                     "'id: {}'? (a role lives in the file named after its id)",
                                     role.id, file, stem),
                         fmt::format("角色 id '{}' 与其文件 {} 不符：是否想写 'id: {}'？"
                                     "（角色文件以其 id 命名）",
                                     role.id, file, stem)}
                  : Text{fmt::format("role '{}' must be in a file named '{}.yaml', not '{}'",
                                     role.id, role.id, file),
                         fmt::format("角色 '{}' 应放在名为 '{}.yaml' 的文件中，而不是 '{}'",
                                     role.id, role.id, file)}));
      if (owned_ids.count(role.id)) continue;
    }
    auto [it, fresh] = first_file.emplace(role.id, result.path);
    if (!fresh) {
      diagnostics.push_back(diagnostic(
          role.where, {fmt::format("duplicate role id '{}' (also in {})", role.id, it->second),
                       fmt::format("角色 id '{}' 重复（{} 中也有）", role.id, it->second)}));
      continue;
    }
    if (role.extends && role.extends->id == role.id) {
      const RoleDef* lower = library.role(role.id);
      if (!lower) {
        diagnostics.push_back(diagnostic(
            role.extends->where,
            {fmt::format("role '{}' extends '{}', but no lower layer (the built-in library or an "
                         "earlier folder) has a role '{}' to build on",
                         role.id, role.id, role.id),
             fmt::format("角色 '{}' 扩展（extends）'{}'，但下层（内置角色库或之前的目录）中没有"
                         "可作基础的角色 '{}'",
                         role.id, role.id, role.id)}));
        role.extends.reset();
      } else {
        std::vector<std::string> stated;
        for (const auto& duty : role.responsibilities) stated.push_back(duty.id);
        role = refine(*lower, std::move(role));
        library.add_role(std::move(role), /*refines=*/true, std::move(stated));
        continue;
      }
    }
    library.add_role(std::move(role));
  }
}

// Runs work(i) for i in [0, count) on up to two threads: yaml-cpp parses ~13 MB/s on one core,
// so a large folder is worth splitting across both.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work) {
  unsigned threads = std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()), 8);
  if (count < 64 || threads < 2) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& thread : pool) thread.join();
}

}  // namespace

void add_layer(Library& library, const std::vector<SourceText>& sources, Diagnostics& diagnostics,
               const LoadLimits& limits) {
  std::vector<FileResult> results(sources.size());
  parallel_for(sources.size(), [&](std::size_t i) {
    results[i].path = sources[i].path;
    results[i].parsed = parse_file(sources[i], results[i].diagnostics);
  });
  merge_layer(library, results, diagnostics, limits.language_notes);
}

std::size_t add_path(Library& library, const std::string& path, const LoadLimits& limits,
                     Diagnostics& diagnostics, const std::string& cache_dir) {
  std::error_code ec;
  std::vector<std::string> files;
  std::unique_ptr<ParseCache> cache;
  if (fs::is_directory(path, ec)) {
    files = list_role_files(path, limits, diagnostics);
    if (!cache_dir.empty() && !limits.language_notes)
      cache = std::make_unique<ParseCache>(cache_dir, path);
  } else if (!fs::exists(fs::symlink_status(path, ec))) {
    file_error(diagnostics, path, {"no such file or folder", "文件或目录不存在"});
    return 0;
  } else {
    files.push_back(path);
  }
  // Each file is read and parsed in one go and its bytes dropped at once, so memory holds the
  // model, not the whole folder's text.
  std::vector<FileResult> results(files.size());
  std::atomic<std::size_t> read{0};
  parallel_for(files.size(), [&](std::size_t i) {
    results[i].path = files[i];
    if (cache)
      if (auto cached = cache->find(files[i])) {
        results[i].parsed = std::move(*cached);
        ++read;
        return;
      }
    SourceText source;
    FileStamp stamp;
    if (!read_source(files[i], limits, source, results[i].diagnostics, &stamp)) return;
    ++read;
    results[i].parsed = parse_file(source, results[i].diagnostics);
    // Only files without a single problem (notes are none): messages must come from a fresh parse.
    if (cache && std::all_of(results[i].diagnostics.begin(), results[i].diagnostics.end(),
                             [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::note; }))
      cache->record(files[i], stamp, results[i].parsed);
  });
  if (cache) cache->save();
  merge_layer(library, results, diagnostics, limits.language_notes);
  return read;
}

bool add_roles_by_id(Library& library, const std::vector<std::string>& folders,
                     std::vector<std::string> ids, const LoadLimits& limits,
                     Diagnostics& diagnostics, bool (*fallback)(Library&, std::string_view)) {
  std::error_code ec;
  for (const auto& folder : folders) {
    if (!fs::is_directory(folder, ec)) return false;  // let the full load report it
    for (const char* name : {"domains.yaml", "domains.yml"}) {
      std::string path = (fs::path(folder) / name).string();
      if (fs::exists(path, ec)) add_path(library, path, limits, diagnostics);
    }
  }
  std::unordered_map<std::string, bool> done;
  while (!ids.empty()) {
    std::string id = std::move(ids.back());
    ids.pop_back();
    if (done.count(id)) continue;
    done[id] = true;
    // The built-in role first, as the lowest layer: a folder's file of the same id replaces it
    // and may extend it.
    if (fallback) fallback(library, id);
    for (const auto& folder : folders) {
      for (const char* extension : {".yaml", ".yml"}) {
        std::string path = (fs::path(folder) / (id + extension)).string();
        if (!fs::exists(path, ec)) continue;
        add_path(library, path, limits, diagnostics);
      }
    }
    const RoleDef* role = library.role(id);
    if (!role) return false;  // an alias, or no such role: only the whole folder can tell
    if (role->extends) ids.push_back(role->extends->id);
  }
  return true;
}

}  // namespace ctoladder
