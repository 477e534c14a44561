#include "commands.hpp"
#include "help.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <tuple>

#include "ctoladder/atomic_file.hpp"
#include "ctoladder/format.hpp"
#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/validate.hpp"

namespace ctoladder::cli {

// Each command's options and run live in its cmd_*.cpp.
std::unique_ptr<CommandRun> make_list();
std::unique_ptr<CommandRun> make_describe();
std::unique_ptr<CommandRun> make_compare();
std::unique_ptr<CommandRun> make_diff();
std::unique_ptr<CommandRun> make_search();
std::unique_ptr<CommandRun> make_ladder();
std::unique_ptr<CommandRun> make_path();
std::unique_ptr<CommandRun> make_gap();
std::unique_ptr<CommandRun> make_chart();
std::unique_ptr<CommandRun> make_site();
std::unique_ptr<CommandRun> make_validate();
std::unique_ptr<CommandRun> make_where();
std::unique_ptr<CommandRun> make_new();
std::unique_ptr<CommandRun> make_schema();
std::unique_ptr<CommandRun> make_help();
std::unique_ptr<CommandRun> make_complete();

namespace {

// What each command writes (Command::formats), the default first.
// A document: every table and data format.
constexpr Format kDocuments[] = {Format::text, Format::json, Format::yaml, Format::tsv,
                                 Format::markdown};
constexpr Format kLadderFormats[] = {Format::text,     Format::json, Format::yaml, Format::tsv,
                                     Format::markdown, Format::dot,  Format::mermaid};
constexpr Format kChartFormats[] = {Format::text, Format::json,     Format::yaml,
                                    Format::tsv,  Format::markdown, Format::svg};
// A report of what was done or checked (validate, new, site): one sentence, or the problems on
// stderr, so markdown would be that sentence with its markup escaped; the data has it all.
constexpr Format kReports[] = {Format::text, Format::json, Format::yaml, Format::tsv};
// The role schema is JSON (or the same as YAML); help is text for people.
constexpr Format kSchemaFormats[] = {Format::json, Format::yaml};
constexpr Format kTextOnly[] = {Format::text};

// Examples shown by `ctoladder help COMMAND`; each must work as typed (e2e: help-examples-run).
constexpr Example kListExamples[] = {
    {"Every role in ladder order", "ctoladder list", "按阶梯顺序列出所有角色"},
    {"Only the ids, one per line", "ctoladder list --ids", "只列出 id，每行一个"},
    {"Ids and tracks, with jq", "ctoladder list --format json | jq -r '.roles[].track'", "用 jq 取出每个角色的通道"},
};
constexpr Example kDescribeExamples[] = {
    {"What a CTO does, by domain", "ctoladder describe cto", "CTO 做什么，按领域分组"},
    {"The CTO of a startup, citing the articles", "ctoladder describe cto@startup --sources", "创业公司的 CTO，并注明出处"},
    {"In Chinese", "ctoladder describe architect --lang zh", "用中文显示"},
};
constexpr Example kCompareExamples[] = {
    {"Side by side", "ctoladder compare architect cto", "并排对比"},
    {"Startup against enterprise, as Markdown", "ctoladder compare cto@startup cto@enterprise --format markdown", "创业公司与大企业对比，输出 Markdown"},
};
constexpr Example kDiffExamples[] = {
    {"What a US CTO leaves that a Chinese CTO holds", "ctoladder diff cto@china cto@us", "中国 CTO 负责、美国 CTO 不负责的职责"},
    {"Just the counts", "ctoladder diff tech-manager tech-director --format json | jq .summary", "只看数量"},
};
constexpr Example kSearchExamples[] = {
    {"Every duty about code review", "ctoladder search review", "所有与代码评审有关的职责"},
    {"In Chinese, management roles only", "ctoladder search 代码 --track management", "用中文搜索，只看管理通道"},
    {"One role's hiring duties", "ctoladder search hiring --role cto", "某个角色的招聘职责"},
};
constexpr Example kLadderExamples[] = {
    {"The ladder as a table", "ctoladder ladder", "以表格显示阶梯"},
    {"Drawn with Graphviz", "ctoladder ladder --format dot | dot -Tpng -o ladder.png", "用 Graphviz 画图"},
    {"As a Mermaid file", "ctoladder ladder --format mermaid -o ladder.mmd", "写成 Mermaid 文件"},
};
constexpr Example kPathExamples[] = {
    {"From programmer to CTO", "ctoladder path programmer cto", "从程序员到 CTO"},
    {"Through the architect", "ctoladder path programmer cto --via architect", "途经架构师"},
};
constexpr Example kGapExamples[] = {
    {"Start a have file", "ctoladder gap --template > me.yaml", "生成一份“已具备”文件"},
    {"Measure it against a role", "ctoladder gap architect --have me.yaml", "与某个角色对比"},
    {"In a script: fail below 60%", "ctoladder gap cto --from tech-director --min 60", "在脚本中：覆盖率低于 60% 时失败"},
};
constexpr Example kChartExamples[] = {
    {"Bars per domain", "ctoladder chart architect tech-manager cto", "按领域画条形图"},
    {"A radar chart", "ctoladder chart programmer cto --format svg -o chart.svg", "雷达图"},
};
constexpr Example kSiteExamples[] = {
    {"The built-in ladder as a web site", "ctoladder site public", "把内置阶梯生成网站"},
    {"With your own roles", "ctoladder --roles ./roles site public", "加上你自己的角色"},
};
constexpr Example kValidateExamples[] = {
    {"The library in use", "ctoladder validate", "检查当前使用的角色库"},
    {"A folder of your own", "ctoladder validate ./roles", "检查你自己的目录"},
    {"Every text must also be in Chinese", "ctoladder validate --require-lang zh ./roles", "要求每段文字都有中文"},
};
constexpr Example kWhereExamples[] = {
    {"Where every role comes from", "ctoladder where", "每个角色来自哪里"},
    {"Which file gives cto, with your folder", "ctoladder --roles ./roles where cto", "加上你的目录后，cto 来自哪个文件"},
};
constexpr Example kNewExamples[] = {
    {"The first rung of a ladder of your own", "ctoladder new dev-1 -o ladder/dev-1.yaml", "自建阶梯的第一级"},
    {"A staff engineer in your user role folder", "ctoladder new staff-engineer --from senior-engineer", "在你的用户角色目录中新建 staff engineer"},
    {"Into a folder of your own", "ctoladder new staff-engineer --from senior-engineer -o roles/staff-engineer.yaml", "写入你自己的目录"},
};
constexpr Example kSchemaExamples[] = {
    {"For your editor", "ctoladder schema > role.schema.json", "供编辑器使用"},
};
constexpr Example kHelpExamples[] = {
    {"Every command", "ctoladder help", "所有命令"},
    {"One command", "ctoladder help compare", "某个命令"},
};

// The order here is the order of `ctoladder --help`.
constexpr Command kCommands[] = {
    {.name = "list",
     .summary = "List the roles in ladder order",
     .summary_zh = "按阶梯顺序列出角色",
     .usage = "[flags]",
     .examples = kListExamples,
     .loads = Loads::library,
     .formats = kDocuments,
     .make = make_list},
    {.name = "describe",
     .summary = "Describe one role, responsibilities grouped by domain",
     .summary_zh = "描述一个角色，职责按领域分组",
     .usage = "ROLE [flags]",
     .examples = kDescribeExamples,
     .loads = Loads::named_roles,
     .formats = kDocuments,
     .make = make_describe},
    {.name = "compare",
     .summary = "Compare two roles side by side",
     .summary_zh = "并排对比两个角色",
     .usage = "A B [flags]",
     .examples = kCompareExamples,
     .loads = Loads::named_roles,
     .formats = kDocuments,
     .make = make_compare},
    {.name = "diff",
     .summary = "Show what changes from role A to role B as +/- lines (exit 1 if they differ)",
     .summary_zh = "以 +/- 行显示从角色 A 到角色 B 的变化（有差异时退出码为 1）",
     .usage = "A B [flags]",
     .examples = kDiffExamples,
     .loads = Loads::named_roles,
     .formats = kDocuments,
     .make = make_diff},
    {.name = "search",
     .summary = "Find responsibilities, names and summaries matching a text (exit 1 if none)",
     .summary_zh = "查找包含某段文字的职责、名称和简介（无匹配时退出码为 1）",
     .usage = "TEXT [flags]",
     .examples = kSearchExamples,
     .loads = Loads::library,
     .formats = kDocuments,
     .make = make_search},
    {.name = "ladder",
     .summary = "Show the ladder: every role by rank and track (programmer to CTO built in)",
     .summary_zh = "显示职业阶梯：按级别和通道排列的所有角色（内置：从程序员到 CTO）",
     .usage = "[flags]",
     .examples = kLadderExamples,
     .loads = Loads::library,
     .formats = kLadderFormats,
     .make = make_ladder},
    {.name = "path",
     .summary = "Show the steps up the ladder from role A to role B: what each gains and does not list",
     .summary_zh = "显示从角色 A 到角色 B 的晋升步骤：每一步新增什么、哪些不再列出",
     .usage = "FROM TO [--via ROLE] [flags]",
     .examples = kPathExamples,
     .loads = Loads::library,
     .formats = kDocuments,
     .make = make_path},
    {.name = "gap",
     .summary = "Measure what you hold against a role: coverage per domain, what is missing",
     .summary_zh = "对照某个角色衡量你已具备的职责：各领域覆盖率与缺口",
     .usage = "TARGET (--have FILE|IDS | --from ROLE) [flags]",
     .examples = kGapExamples,
     .loads = Loads::library,
     .formats = kDocuments,
     .make = make_gap},
    {.name = "chart",
     .summary = "Chart responsibilities per domain for roles: bars, or --format svg",
     .summary_zh = "按领域绘制角色的职责数量：条形图，或 --format svg",
     .usage = "ROLE... [flags]",
     .examples = kChartExamples,
     .loads = Loads::library,
     .formats = kChartFormats,
     .make = make_chart},
    {.name = "site",
     .summary = "Write the ladder as a static web site into a folder",
     .summary_zh = "把阶梯写成静态网站，输出到一个目录",
     .usage = "OUT_DIR [flags]",
     .examples = kSiteExamples,
     .loads = Loads::library,
     .formats = kReports,
     .make = make_site},
    {.name = "validate",
     .summary = "Check role files or folders and report every problem",
     .summary_zh = "检查角色文件或目录，报告所有问题",
     .usage = "[PATH...] [flags]",
     .examples = kValidateExamples,
     .loads = Loads::nothing,
     .formats = kReports,
     .make = make_validate},
    {.name = "where",
     .summary = "Show which file each role comes from, and what it replaced",
     .summary_zh = "显示每个角色来自哪个文件，以及它替换了什么",
     .usage = "[ROLE...] [flags]",
     .examples = kWhereExamples,
     .loads = Loads::library,
     .formats = kDocuments,
     .make = make_where},
    {.name = "new",
     .summary = "Write a starter role file: a role of its own, or one extending another",
     .summary_zh = "生成角色文件模板：独立角色，或扩展另一个角色",
     .usage = "ID [--from ROLE] [flags]",
     .examples = kNewExamples,
     .loads = Loads::nothing,  // run() loads it, forgiving what `new` is about to fix
     .formats = kReports,
     .make = make_new},
    {.name = "schema",
     .summary = "Print the JSON Schema of role files, for editors and linters",
     .summary_zh = "输出角色文件的 JSON Schema，供编辑器和检查工具使用",
     .usage = "[flags]",
     .examples = kSchemaExamples,
     .loads = Loads::nothing,
     .formats = kSchemaFormats,
     .make = make_schema},
    {.name = "help",
     .summary = "Show help for ctoladder or one command",
     .summary_zh = "显示 ctoladder 或某个命令的帮助",
     .usage = "[COMMAND]",
     .examples = kHelpExamples,
     .loads = Loads::nothing,
     .formats = kTextOnly,
     .make = make_help},
    {.name = "__complete",
     .summary = "Print completion candidates for the shell scripts (internal)",
     .summary_zh = "为 shell 补全脚本输出候选项（内部使用）",
     .usage = "WORD...",
     .examples = {},
     .loads = Loads::nothing,
     .formats = kTextOnly,
     .hidden = true,
     .make = make_complete},
};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

bool writes_format(const Command& command, Format format) {
  return std::find(command.formats.begin(), command.formats.end(), format) !=
         command.formats.end();
}

const Command* find_command(std::string_view name) {
  for (const auto& command : kCommands)
    if (command.name == name) return &command;
  return nullptr;
}

void print_diagnostics(const Diagnostics& diagnostics, Lang lang) {
  // A broken folder of thousands of files must not flood the terminal; --format json has them all.
  constexpr std::size_t kMaxShown = 100;
  for (std::size_t i = 0; i < diagnostics.size() && i < kMaxShown; ++i)
    std::cerr << text::escape_for_terminal(diagnostics[i].format(lang)) << '\n';
  if (diagnostics.size() > kMaxShown)
    std::cerr << fmt::format(fmt::runtime(tr(lang,
                                             "ctoladder: {} more problems not shown (--format "
                                             "json lists all)\n",
                                             "ctoladder: 另有 {} 个问题未显示（--format json "
                                             "可列出全部）\n")),
                             diagnostics.size() - kMaxShown);
}

void add_roles(CLI::App& command, std::vector<std::string>& roles, int count,
               const std::string& names, const std::string& description) {
  std::string help =
      !description.empty() ? description
      : count == 1 ? "A role: its id or an alias, any case, with overlays after @ "
                     "(cto@startup,china)"
                   : "Two roles, each an id or alias with overlays after @ (cto@startup,china)";
  CLI::Option* option = command.add_option("role", roles, help)->required()->option_text(names);
  if (count > 0) option->expected(count);
}

void OutputFile::add_options(CLI::App& command) {
  this->command = command.get_name();
  command.add_option("-o,--output", file, "Write to FILE (replaced atomically) instead of standard output")
      ->option_text("FILE");
  command.add_flag("--force", force,
                   "Write --output even when FILE is a format name (-o json is almost always "
                   "--format json mistyped)");
}

void OutputFile::check(const Context& context) const {
  const FormatInfo* named = format_of_file(file);
  if (!file.empty() && named && named->format != context.render.format) {
    const Command* row = find_command(command);
    std::string written(format_info(context.render.format).name), wanted(named->name);
    bool writes = row && writes_format(*row, named->format);
    std::string takes = row ? fmt::format("{}", fmt::join(format_names_for(row), ", ")) : "";
    throw Error(
        ErrorKind::usage,
        context.format_given
            ? Text{fmt::format("--output {} names a {} file, but --format is {}", file, wanted,
                               written),
                   fmt::format("--output {} 是 {} 文件，但 --format 是 {}", file, wanted, written)}
            : Text{fmt::format("--output {} names a {} file, but '{}' writes {} unless told",
                               file, wanted, command, written),
                   fmt::format("--output {} 是 {} 文件，但 '{}' 默认输出 {}", file, wanted,
                               command, written)},
        writes ? Text{fmt::format("add --format {} (or give the file another extension)", wanted),
                      fmt::format("请加 --format {}（或换一个扩展名）", wanted)}
               : Text{fmt::format("'{}' cannot write {}; it takes --format {}", command, wanted,
                                  takes),
                      fmt::format("'{}' 不能输出 {}；可用的 --format：{}", command, wanted, takes)});
  }
  if (force || !find_format(text::fold_case(file))) return;
  throw Error(ErrorKind::usage,
              Text{fmt::format("--output {}: '{}' is a format name, not a file name", file, file),
                   fmt::format("--output {}：'{}' 是格式名，不是文件名", file, file)},
              Text{fmt::format("for that format use --format {}; to write a file named '{}' add "
                               "--force (or write -o ./{})",
                               text::fold_case(file), file, file),
                   fmt::format("要用该格式请写 --format {}；确要写名为 '{}' 的文件，请加 --force"
                               "（或写 -o ./{}）",
                               text::fold_case(file), file, file)});
}

CLI::Validator one_of(std::vector<std::string> values, std::vector<std::string> offered) {
  if (offered.empty()) offered = values;
  std::string description = fmt::format("{{{}}}", fmt::join(offered, ","));
  return CLI::Validator(
      [values = std::move(values), offered = std::move(offered)](std::string& value) {
        for (const auto& allowed : values)
          if (value == allowed) return std::string();
        auto suggestion = text::closest_match(value, offered);
        return fmt::format("'{}' is not one of {}{}", value, fmt::join(offered, ", "),
                           suggestion ? fmt::format(" (did you mean '{}'?)", *suggestion) : "");
      },
      description);
}

CLI::Validator number_in(double low, double high, bool whole) {
  return CLI::Validator(
      [low, high, whole](std::string& value) {
        char* end = nullptr;
        double number = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0' || !(number >= low && number <= high) ||
            (whole && value.find_first_not_of("0123456789") != std::string::npos))
          return fmt::format("'{}' is not a {}number from {:g} to {:g}", value,
                             whole ? "whole " : "", low, high);
        return std::string();
      },
      "");
}

void sort_by_place(Diagnostics& diagnostics) {
  auto line = [](const Diagnostic& d) { return d.where.line > 0 ? d.where.line : INT_MAX; };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     return std::make_tuple(std::cref(a.where.file.str()), line(a),
                                            a.where.column) <
                            std::make_tuple(std::cref(b.where.file.str()), line(b),
                                            b.where.column);
                   });
}

Result deliver(const Context& context, const OutputFile& output_file, Output output) {
  Result result;
  const std::string& file = output_file.file;
  if (file.empty()) {
    result.output = std::move(output);
    return result;
  }
  RenderOptions options = context.render;
  options.color = false;
  write_file_atomically(file, render(output, options), /*overwrite=*/true);
  result.has_output = false;
  return result;
}

namespace {

// Prints every problem and throws when any is an error; prints warnings and returns otherwise.
// `read_all` is false when only the files a command needs were read: the message then says
// so, and that validate checks every file.
void fail_closed(const Diagnostics& diagnostics, Lang lang, bool read_all = true) {
  if (has_errors(diagnostics)) {
    // Fail closed: answering from a partly read library would silently drop someone's roles.
    print_diagnostics(diagnostics, lang);
    std::size_t errors = count_of(diagnostics), missing = 0;
    for (const auto& d : diagnostics)
      missing += d.severity == Diagnostic::Severity::error && d.message == "no such file or folder";
    std::string problems = text::count_noun(errors, "problem");
    throw Error(ErrorKind::invalid_data,
                read_all ? Text{"the role folders have " + problems,
                                fmt::format("角色目录有 {} 个问题", errors)}
                         : Text{"the role files this command reads have " + problems,
                                fmt::format("本命令读取的角色文件有 {} 个问题", errors)},
                missing == errors
                    ? Text{"a role folder that does not exist: create it (mkdir -p FOLDER), or "
                           "leave it out of --roles and CTOLADDER_ROLES",
                           "角色目录不存在：请创建它（mkdir -p FOLDER），或从 --roles 和 "
                           "CTOLADDER_ROLES 中去掉它"}
                : read_all ? Text{"fix them, or check them with 'ctoladder validate FOLDER'",
                                  "请修正，或用 'ctoladder validate FOLDER' 检查"}
                           : Text{"fix them; 'ctoladder validate FOLDER' checks every file",
                                  "请修正；'ctoladder validate FOLDER' 会检查每个文件"});
  }
  print_diagnostics(diagnostics, lang);  // warnings only
}

// The library is never destroyed: freeing ten thousand roles one string at a time costs more
// than listing them, and the process is about to end anyway. It stays reachable from here, so
// leak checkers do not count it.
const Library& keep_until_exit(Library library) {
  static auto* kept = new std::vector<Library*>;
  kept->push_back(new Library(std::move(library)));
  return *kept->back();
}

// Just the roles named, from their files when they are named by id, else from the built-in
// library (where aliases are known without loading anything). Null when a name needs the whole
// library to resolve or to be explained.
const Library* load_named_roles(const Context& context, const std::vector<std::string>& named) {
  std::vector<std::string> ids;
  for (const auto& reference : named) {
    std::string id = parse_reference(reference).role;
    if (context.role_folders.empty()) {
      if (auto builtin = embedded_role_id(id)) id = *builtin;
    } else {
      for (char& ch : id)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    ids.push_back(id);
  }
  Library lazy;
  add_embedded_domains(lazy);
  Diagnostics diagnostics;
  if (!add_roles_by_id(lazy, context.role_folders, ids, LoadLimits{}, diagnostics,
                       &add_embedded_role))
    return nullptr;
  // The roles they lead to are read too: a role shown with 'next steps dev-2' while dev-2.yaml
  // does not load would hide the broken file the user is about to need.
  std::vector<std::string> next_ids;
  for (const auto& def : lazy.roles())
    if (!def.where.file.str().starts_with(kBuiltinPrefix))
      for (const auto& next : def.next)
        if (!lazy.role(next.id)) next_ids.push_back(next.id);
  if (!next_ids.empty() && !add_roles_by_id(lazy, context.role_folders, next_ids, LoadLimits{},
                                            diagnostics, &add_embedded_role))
    return nullptr;
  // A `next` naming no role is checked by the full load below, as `validate` does (which then
  // says so with a did-you-mean): a role that describes fine here would fail `list`.
  std::error_code ec;
  for (const auto& def : lazy.roles()) {
    if (def.where.file.str().starts_with(kBuiltinPrefix)) continue;
    for (const auto& next : def.next) {
      if (lazy.role(next.id) || embedded_role_id(next.id) == std::optional<std::string_view>(next.id))
        continue;
      bool has_file = false;
      for (const auto& folder : context.role_folders)
        for (const char* extension : {".yaml", ".yml"})
          has_file = has_file ||
                     std::filesystem::exists(std::filesystem::path(folder) / (next.id + extension), ec);
      if (!has_file) return nullptr;
    }
  }
  if (!context.role_folders.empty())  // the built-in roles were checked at build time
    validate_library(lazy, diagnostics, {.check_next = false, .coming_role = {}});
  fail_closed(diagnostics, context.lang, /*read_all=*/false);
  if (!context.builtin) {
    // Next steps into built-in roles not read here are dropped like the others: read them so
    // that hiding knows them (unless a folder's file of that id replaces the built-in one).
    std::vector<std::string> unread;
    for (const auto& def : lazy.roles())
      for (const auto& next : def.next) {
        bool has_file = false;
        for (const auto& folder : context.role_folders)
          for (const char* extension : {".yaml", ".yml"})
            has_file = has_file || std::filesystem::exists(
                                       std::filesystem::path(folder) / (next.id + extension), ec);
        if (!lazy.role(next.id) && !has_file) unread.push_back(next.id);
      }
    for (const auto& id : unread) add_embedded_role(lazy, id);
    lazy.hide_roles_from(kBuiltinPrefix);
  }
  return &keep_until_exit(std::move(lazy));
}

}  // namespace

const Library& load_library(const Context& context, Loads loads,
                            const std::vector<std::string>& named,
                            const LoadTolerance& tolerance) {
  if (loads == Loads::nothing) return keep_until_exit(Library{});
  if (loads == Loads::named_roles && !named.empty())
    if (const Library* lazy = load_named_roles(context, named)) return *lazy;
  // Everything: for whole-library commands, and for names only a full load can resolve or
  // explain (an alias in a user folder, a typo that gets a suggestion).
  Library library;
  add_embedded_library(library);
  Diagnostics diagnostics;
  LoadLimits limits;
  std::error_code ec;
  for (const auto& folder : context.role_folders)
    if (!tolerance.missing_folders || std::filesystem::exists(folder, ec))
      add_path(library, folder, limits, diagnostics, context.cache_dir);
  // Cross-checks run beside parse errors, as in `validate`: the role asked about may have a
  // problem of its own (an unknown parent) besides a broken neighbour. Roles built on a file
  // that failed are named once as skipped rather than reported again.
  if (!context.role_folders.empty()) {
    validate_library(library, diagnostics, {.coming_role = tolerance.coming_role});
    sort_by_place(diagnostics);
  }
  fail_closed(diagnostics, context.lang);
  if (!context.builtin) library.hide_roles_from(kBuiltinPrefix);
  return keep_until_exit(std::move(library));
}

}  // namespace ctoladder::cli
