// The Chinese of every flag and argument description, keyed by its English (the text each
// cmd_*.cpp gives CLI11). Help under --lang zh shows it; an English text with no row here shows
// in English, and the e2e test help-zh-complete fails, so a new flag cannot go untranslated.
//
// Why not gettext: it translates only when the zh_CN locale is generated on the machine (a fresh
// Debian has C, C.UTF-8 and POSIX only), and --lang zh must work without any locale. Strings of
// two languages elsewhere are written side by side in the code (view::tr, Text, Error's Text).
#include "flags_zh.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace ctoladder::cli {
namespace {

using Row = std::pair<std::string_view, std::string_view>;

constexpr Row kFlags[] = {
    // Inherited (app.cpp, commands.cpp)
    {"Language of the output: en or zh (default: from LANG)",
     "输出语言：en 或 zh（默认：取自 LANG）"},
    {"A folder of your own role files, layered over the built-in library (repeatable)",
     "你自己的角色文件目录，叠加在内置角色库之上（可重复）"},
    {"Colour: auto, always or never (default: auto; a bare --color: always)",
     "颜色：auto、always 或 never（默认：auto；只写 --color 即 always）"},
    {"Wrap text to N columns (0: never wrap; default: the terminal's width, or no wrapping when "
     "output is not a terminal)",
     "按 N 列折行（0：不折行；默认：终端宽度，输出不是终端时不折行）"},
    {"Leave out the header: the first row of tsv, the column names of text tables",
     "省略表头：tsv 的第一行，text 表格的列名"},
    {"Never send long output through $PAGER", "长输出不经过 $PAGER 分页"},
    {"Show only the roles of your folders: the built-in roles stay as parents your roles extend, "
     "but no command shows them (also CTOLADDER_BUILTIN=off)",
     "只显示你目录中的角色：内置角色仍可被你的角色扩展，但任何命令都不显示它们（也可设 "
     "CTOLADDER_BUILTIN=off）"},
    {"Parse every role file afresh; do not read or write the parse cache",
     "重新解析每个角色文件，不读写解析缓存"},
    {"A role: its id or an alias, any case, with overlays after @ (cto@startup,china)",
     "一个角色：id 或别名，不区分大小写，@ 后接叠加项（cto@startup,china）"},
    {"Two roles, each an id or alias with overlays after @ (cto@startup,china)",
     "两个角色，各为 id 或别名，@ 后接叠加项（cto@startup,china）"},
    {"Write to FILE (replaced atomically) instead of standard output",
     "写入 FILE（原子替换），而不是标准输出"},
    {"Write --output even when FILE is a format name (-o json is almost always --format json "
     "mistyped)",
     "即使 FILE 是格式名也照写 --output（-o json 几乎总是 --format json 的笔误）"},
    // Commands
    {"Print only role ids, one per line", "只输出角色 id，每行一个"},
    {"Apply a variant overlay (same as ROLE@VARIANT)", "应用一个变体叠加项（同 ROLE@VARIANT）"},
    {"Apply a profile overlay (same as ROLE@PROFILE)", "应用一个画像叠加项（同 ROLE@PROFILE）"},
    {"Cite the article and section of every item", "为每一项注明出处文章和章节"},
    {"Text to look for, any case (English or Chinese)", "要查找的文字，不区分大小写（中英文均可）"},
    {"Only this role (id or alias)", "只看这个角色（id 或别名）"},
    {"Only this domain (e.g. architecture)", "只看这个领域（如 architecture）"},
    {"Go through this role on the way (repeatable; visited in the order given)",
     "途经这个角色（可重复；按给出的顺序经过）"},
    {"The role to measure against, with overlays after @", "用来对照的角色，@ 后接叠加项"},
    {"What you hold: a have FILE (YAML, see --template) or ids: id,id,...",
     "你已具备的职责：一个 have 文件（YAML，见 --template）或 id 列表：id,id,..."},
    {"Count every responsibility of this role as held", "把这个角色的所有职责都算作已具备"},
    {"Exit 0 when overall coverage is at least PERCENT, else 1",
     "总覆盖率不低于 PERCENT 时退出码为 0，否则为 1"},
    {"Print a have file and exit: an example, or with TARGET every one of its responsibilities, "
     "to delete the ones you do not hold",
     "输出一份 have 文件后退出：示例，或给出 TARGET 时列出它的全部职责，删去你尚未承担的即可"},
    {"One to eight roles, each ROLE[@OVERLAY...]; one colour each in the picture",
     "一到八个角色，各为 ROLE[@OVERLAY...]；图中每个角色一种颜色"},
    {"count: against the largest count (default); share: of each role's own responsibilities; "
     "domain: each domain against its largest count",
     "count：相对最大数量（默认）；share：占该角色自身职责的比例；domain：每个领域相对该领域的最大数量"},
    {"The folder to write the site into", "写入网站的目录"},
    {"The site's name: the index heading, the header, page titles and the ladder picture "
     "(default: The software-engineering career ladder)",
     "网站名称：用于首页标题、页眉、页面标题和阶梯图（默认：中文页面为“软件工程职业阶梯”，英文页面为 "
     "The software-engineering career ladder）"},
    {"The Chinese pages' name (default: --title, or the default in Chinese)",
     "中文页面的网站名称（默认：--title 的值，或默认的中文名称）"},
    {"Pages in --lang only: no language switch and no note that the other language is missing",
     "只生成 --lang 语言的页面：没有语言切换，也不提示缺少另一种语言"},
    {"The title: the table's heading, or the picture's (default: The software-engineering career "
     "ladder; The career ladder without the built-in roles)",
     "标题：表格或图的标题（默认：软件工程职业阶梯；不含内置角色时为“职业阶梯”）"},
    {"Role files or folders (default: the library in use)", "角色文件或目录（默认：当前使用的角色库）"},
    {"Report every text that lacks this language (en or zh) as an error",
     "把缺少该语言（en 或 zh）的文字都报告为错误"},
    {"Roles, by id or alias (default: every role)", "角色，id 或别名（默认：所有角色）"},
    {"The id of the new role, e.g. staff-engineer", "新角色的 id，如 staff-engineer"},
    {"The role it starts from (id or alias); without it, a role of its own",
     "作为起点的角色（id 或别名）；不给则是一个独立角色"},
    {"Write this file (named ID.yaml), or ID.yaml in this folder (an existing folder, or a path "
     "ending in /), instead of the user role folder",
     "写入这个文件（名为 ID.yaml），或这个目录中的 ID.yaml（已有的目录，或以 / 结尾的路径），而不是用户角色目录"},
    {"Replace the file if it exists", "文件已存在时替换它"},
    {"The command to explain (default: every command)", "要说明的命令（默认：所有命令）"},
    {"Print every command with its options: COMMAND<TAB>OPTION...",
     "输出每个命令及其选项：COMMAND<TAB>OPTION..."},
};

}  // namespace

std::string flag_text(std::string_view english, Lang lang) {
  if (lang != Lang::zh) return std::string(english);
  for (const auto& [en, zh] : kFlags)
    if (en == english) return std::string(zh);
  // Built with a list of words (search --track): the words stay ASCII.
  constexpr std::string_view kTrack = "Only this track: ";
  if (english.starts_with(kTrack))
    return "只看这个通道：" + std::string(english.substr(kTrack.size()));
  return std::string(english);
}

}  // namespace ctoladder::cli
