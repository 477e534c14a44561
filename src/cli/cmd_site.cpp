// `site OUT_DIR`: writes the static site of the library into a folder. The folder may be new,
// empty (hidden entries such as .git/ aside), or a site this command wrote before (it keeps a
// list of its files there, and removes the ones a new build no longer has); any other folder is
// refused, so a typo never litters or overwrites someone's files.
#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>

#include "commands.hpp"
#include "ctoladder/atomic_file.hpp"
#include "ctoladder/file_io.hpp"
#include "ctoladder/site.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {
namespace fs = std::filesystem;

constexpr const char* kManifest = ".ctoladder-site";

// The site's list of its own files is read like any file a user can swap: bounded, and a FIFO
// or a device put in its place is refused, never waited on.
constexpr std::size_t kMaxManifestBytes = 4 * 1024 * 1024;

// What a site was built from, as its list of files records it in '#' lines at the top (a site
// written before they were recorded has none): a rebuild from other role folders or under
// another title is warned about, as it replaces every page.
struct BuiltFrom {
  bool known = false;
  bool builtin = true;
  std::vector<std::string> folders;  // base names, as the footer states them
  std::string title;
  std::string title_zh;
};

std::string manifest_value(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

std::string manifest_header(const BuiltFrom& from) {
  std::string out = "# ctoladder site\n";
  out += std::string("# built-in: ") + (from.builtin ? "yes" : "no") + "\n";
  for (const auto& folder : from.folders) out += "# roles: " + manifest_value(folder) + "\n";
  out += "# title: " + manifest_value(from.title) + "\n";
  if (!from.title_zh.empty()) out += "# title-zh: " + manifest_value(from.title_zh) + "\n";
  return out;
}

std::set<std::string> previous_files(const fs::path& folder, BuiltFrom* from = nullptr) {
  std::string path = (folder / kManifest).string();
  FileRead read = read_file(path, kMaxManifestBytes);
  if (!read.ok()) {
    if (read.problem == FileRead::Problem::cannot_open && read.error == ENOENT) return {};
    // Not a file ctoladder wrote (a folder, a FIFO, huge): the folder is not one of its sites.
    bool foreign = read.problem == FileRead::Problem::directory ||
                   read.problem == FileRead::Problem::not_regular ||
                   read.problem == FileRead::Problem::too_large;
    Text problem =
        read_problem(read, {"a site's list of files", "网站的文件清单"}, kMaxManifestBytes);
    throw Error(
        foreign ? ErrorKind::usage : ErrorKind::io,
        Text{fmt::format("{}: {}", path, problem.en), fmt::format("{}：{}", path, problem.zh)},
        Text{"give a new or empty folder; ctoladder replaces only a site it wrote itself",
             "请给一个新的或空的目录；ctoladder 只替换它自己写的网站"});
  }
  std::set<std::string> files;
  std::istringstream in(read.bytes);
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("# ")) {
      if (!from) continue;
      auto value = [&](std::string_view key) -> std::optional<std::string> {
        if (!line.starts_with(key)) return std::nullopt;
        return line.substr(key.size());
      };
      if (line == "# ctoladder site") from->known = true;
      if (auto v = value("# built-in: ")) from->builtin = *v == "yes";
      if (auto v = value("# roles: ")) from->folders.push_back(*v);
      if (auto v = value("# title: ")) from->title = *v;
      if (auto v = value("# title-zh: ")) from->title_zh = *v;
      continue;
    }
    if (!line.empty() && line.find('/') == std::string::npos && line != "." && line != "..")
      files.insert(line);
  }
  return files;
}

// Each file goes to a hidden temporary name first and is renamed into place: a reader of the old
// site never sees half a page. Unsynced: a site can always be built again.
void write_file(const fs::path& path, std::string_view bytes) {
  write_file_atomically(path.string(), bytes, /*overwrite=*/true, /*make_parents=*/false,
                        Durability::unsynced);
}

// A folder as the site names it: its base name only ("roles" for ../company/roles/), so a
// published page neither leaks where the builder keeps it nor gives a path that works only there.
std::string folder_name(const std::string& given) {
  std::error_code error;
  fs::path path = fs::absolute(given, error);
  if (error) path = given;
  path = path.lexically_normal();
  if (!path.has_filename()) path = path.parent_path();
  std::string name = path.filename().string();
  return name.empty() ? given : name;
}

// A site in one language (not every role is named in the other) says so once on stderr, as
// every page of it does: a company that asked for --lang zh, or expected both languages, learns
// it before publishing.
void warn_one_language(const std::vector<SiteFile>& files, Lang asked) {
  auto has = [&](const char* index) {
    return std::any_of(files.begin(), files.end(), [&](const SiteFile& f) { return f.path == index; });
  };
  bool en = has("index.en.html"), zh = has("index.zh.html");
  if (en == zh) return;
  Lang only = en ? Lang::en : Lang::zh;
  std::string message =
      only == Lang::en
          ? tr(asked, "the site is in English only: not every role is named in Chinese",
               "网站只有英文页面：并非每个角色都有中文名称")
          : tr(asked, "the site is in Chinese only: not every role is named in English",
               "网站只有中文页面：并非每个角色都有英文名称");
  if (asked != only)
    message += only == Lang::en ? tr(asked, "", "；index.html 是英文首页，而不是所要求的中文")
                                : tr(asked, "; index.html is the Chinese index, not the English one asked for", "");
  std::cerr << text::escape_for_terminal(tr(asked, "ctoladder: warning: ", "ctoladder: 警告：") + message)
            << '\n';
}

// "the built-in library with acme", "acme" (--no-builtin), "the built-in library".
std::string described(const BuiltFrom& from, Lang lang) {
  std::string folders = fmt::format("{}", fmt::join(from.folders, ", "));
  if (from.folders.empty()) return tr(lang, "the built-in library", "内置角色库");
  if (!from.builtin) return folders;
  return tr(lang, "the built-in library with ", "内置角色库加 ") + folders;
}

// A rebuild that replaces a site built from other roles or under another title says so, naming
// what changed: a company site silently turned into the built-in one is the mistake it catches.
void warn_rebuilt(const std::string& folder, const BuiltFrom& before, const BuiltFrom& now,
                  Lang lang) {
  if (!before.known) return;
  auto say = [&](const std::string& what) {
    std::cerr << text::escape_for_terminal(tr(lang, "ctoladder: warning: ", "ctoladder: 警告：") + what)
              << '\n';
  };
  if (before.builtin != now.builtin || before.folders != now.folders)
    say(fmt::format(fmt::runtime(tr(lang, "{} was built from {}; its pages are replaced by a site of {}",
                                    "{} 原先由{}生成；现在其页面被替换为由{}生成的网站")),
                    folder, described(before, lang), described(now, lang)));
  auto title = [&](const std::string& t) {
    return t.empty() ? tr(lang, "the default title", "默认标题") : "'" + t + "'";
  };
  if (before.title != manifest_value(now.title))
    say(fmt::format(fmt::runtime(tr(lang, "{} had the title {}; it now has {}",
                                    "{} 的标题原为 {}；现在为 {}")),
                    folder, title(before.title), title(manifest_value(now.title))));
  if (before.title_zh != manifest_value(now.title_zh))
    say(fmt::format(fmt::runtime(tr(lang, "{} had the Chinese title {}; it now has {}",
                                    "{} 的中文标题原为 {}；现在为 {}")),
                    folder, title(before.title_zh), title(manifest_value(now.title_zh))));
}

class Site final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_option("folder", folder_, "The folder to write the site into")
        ->required()
        ->option_text("OUT_DIR");
    title_option_ = command.add_option("--title", title_,
                       "The site's name: the index heading, the header, page titles and the "
                       "ladder picture (default: The software-engineering career ladder)")
        ->option_text("TEXT");
    title_zh_option_ = command.add_option("--title-zh", title_zh_,
                          "The Chinese pages' name (default: --title, or the default in Chinese)")
        ->option_text("TEXT");
    command.add_flag("--one-language", one_language_,
                     "Pages in --lang only: no language switch and no note that the other "
                     "language is missing");
  }

  // The folder is checked before the library is loaded, and made only once the library has
  // loaded: a role folder with problems leaves no empty site folder behind.
  std::optional<Result> before_loading(const Context&) override {
    started_ = std::chrono::steady_clock::now();
    trim_title(title_option_, title_, "--title");
    trim_title(title_zh_option_, title_zh_, "--title-zh");
    fs::path folder = folder_;
    std::error_code error;
    if (fs::exists(folder, error)) {
      if (!fs::is_directory(folder, error))
        throw Error(ErrorKind::usage,
                    Text{fmt::format("{} exists and is not a folder", folder.string()),
                         fmt::format("{} 已存在，且不是目录", folder.string())});
      // Hidden entries (.git/, .gitkeep, .nojekyll) do not count: a fresh clone of a GitHub Pages
      // repository is an empty folder to a site. They are never touched.
      bool empty = true;
      for (const auto& entry : fs::directory_iterator(folder, error))
        if (!entry.path().filename().string().starts_with('.')) empty = false;
      if (!empty && !fs::exists(folder / kManifest, error))
        throw Error(
            ErrorKind::usage,
            Text{fmt::format("{} is not empty and holds no site ctoladder wrote", folder.string()),
                 fmt::format("{} 不是空目录，也不是 ctoladder 写的网站", folder.string())},
            Text{"give a new or empty folder; ctoladder replaces only a site it wrote itself",
                 "请给一个新的或空的目录；ctoladder 只替换它自己写的网站"});
    }
    return std::nullopt;
  }

  Result run(const Context& c, const Library& library) override {
    // A site of no role (--no-builtin without --roles, or folders with no role file) is a
    // mistake, not a site: nothing is written.
    if (ladder_roles(library).empty())
      throw Error(ErrorKind::usage,
                  Text{"no role to put on the site: the built-in roles are left out "
                       "(--no-builtin) and no role folder gives one",
                       "网站上没有可展示的角色：已排除内置角色（--no-builtin），且没有角色文件夹提供角色"},
                  Text{"give the folder of your role files with --roles DIR, or drop --no-builtin",
                       "请用 --roles DIR 指定角色文件所在的文件夹，或去掉 --no-builtin"});
    fs::path folder = folder_;
    std::error_code error;
    if (!fs::exists(folder, error)) {
      fs::create_directories(folder, error);
      if (error)
        throw Error(ErrorKind::io,
                    Text{fmt::format("cannot create {}: {}", folder.string(), error.message()),
                         fmt::format("无法创建 {}：{}", folder.string(), error.message())});
    }
    SiteOptions options;
    options.lang = c.lang;
    options.builtin = c.builtin;
    options.title = title_;
    options.title_zh = title_zh_;
    options.one_language = one_language_;
    for (const auto& given : c.role_folders) options.role_folders.push_back(folder_name(given));
    std::vector<SiteFile> files = build_site(library, options);
    if (!one_language_) warn_one_language(files, c.lang);

    BuiltFrom before, now{true, c.builtin, options.role_folders, title_, title_zh_};
    std::set<std::string> stale = previous_files(folder, &before);
    warn_rebuilt(folder.string(), before, now, c.lang);
    std::string manifest = manifest_header(now);
    for (const auto& file : files) {
      write_file(folder / file.path, file.bytes);
      stale.erase(file.path);
      manifest += file.path + "\n";
    }
    for (const auto& name : stale) fs::remove(folder / name, error);
    write_file(folder / kManifest, manifest);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    return {site_view(folder.string(), files, seconds, c.lang)};
  }

 private:
  std::string folder_;
  // A title of only spaces gave a blank heading and <title>; an empty one silently the default.
  // Both are a mistake on the command line; the title is used trimmed.
  static void trim_title(const CLI::Option* option, std::string& title, std::string_view flag) {
    if (!option || option->count() == 0) return;
    auto first = title.find_first_not_of(" \t\r\n");
    title = first == std::string::npos
                ? std::string()
                : title.substr(first, title.find_last_not_of(" \t\r\n") - first + 1);
    if (title.empty())
      throw Error(ErrorKind::usage,
                  Text{fmt::format("{} is empty: it names the site", flag),
                       fmt::format("{} 为空：它是网站的名称", flag)},
                  Text{fmt::format("give the site's name, or leave {} out for the default", flag),
                       fmt::format("请给出网站名称，或去掉 {} 使用默认名称", flag)});
  }

  std::string title_;
  std::string title_zh_;
  bool one_language_ = false;
  CLI::Option* title_option_ = nullptr;
  CLI::Option* title_zh_option_ = nullptr;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace

std::unique_ptr<CommandRun> make_site() {
  return std::make_unique<Site>();
}

}  // namespace ctoladder::cli
