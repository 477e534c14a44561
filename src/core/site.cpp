// `ctoladder site`: every page of the static site, in each language the library has.
//
// Pages are plain code generation: a handful of page shapes, each a function appending HTML to
// a string, every piece of role text through html_escape (a template engine would add a second
// language for the same few loops, and its escaping would still have to be checked by hand).
// File names come from ids (kebab-case, checked on load) and are filtered again here, so no
// role text ever reaches an href. The browser side (compare, search, self-assessment) reads the
// library from data.js, which holds the very JSON pieces the CLI prints.
#include "ctoladder/site.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "ctoladder/compare.hpp"
#include "ctoladder/error.hpp"
#include "ctoladder/gap.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"
#include "json_shapes.hpp"
#include "site_internal.hpp"
#include "view_common.hpp"

#define XXH_INLINE_ALL  // header-only, as in parse_cache.cpp
#include <xxhash.h>

namespace ctoladder {
namespace {
using Json = nlohmann::ordered_json;
using site::text_in;

// A field's label as a heading: "Rank", "Hands-on coding" (the CLI's tables say "rank"). The
// role pages and the compare page use the same ones.
Text heading_label(std::string_view field) {
  Text text = field_label(field);
  if (!text.en.empty() && text.en[0] >= 'a' && text.en[0] <= 'z')
    text.en[0] = char(text.en[0] - 'a' + 'A');
  return text;
}

std::string esc(std::string_view text) {
  return html_escape(text);
}
std::string esc(const Text& text, Lang lang) {
  return html_escape(text_in(text, lang));
}
const char* html_lang(Lang lang);
// Role text shown in page content: in the page's language, or, where the role file gives only
// the other one, that text marked as the CLI marks it ("[en] ...") and tagged with its language
// (a screen reader reads it in the right voice). Not for attributes: it is markup.
std::string shown_html(const Text& text, Lang lang) {
  const std::string& mine = lang == Lang::zh ? text.zh : text.en;
  const std::string& other = lang == Lang::zh ? text.en : text.zh;
  if (!mine.empty() || other.empty()) return html_escape(mine);
  Lang got = lang == Lang::zh ? Lang::en : Lang::zh;
  return fmt::format("<span class=\"fallback\" lang=\"{0}\"><span class=\"fallback-mark\">[{1}]</span> {2}</span>",
                     html_lang(got), got == Lang::zh ? "zh" : "en", html_escape(other));
}
const char* code(Lang lang) {
  return lang == Lang::zh ? "zh" : "en";
}
const char* html_lang(Lang lang) {
  return lang == Lang::zh ? "zh-Hans" : "en";
}

// A piece of a file name: [a-z0-9-] kept, anything else as _XX (ids are kebab-case already;
// this only makes sure of it).
std::string file_part(std::string_view word) {
  std::string out;
  for (char c : word) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    out += plain ? std::string(1, c) : fmt::format("_{:02x}", static_cast<unsigned char>(c));
  }
  return out;
}

// "role-cto", "role-cto.startup", "role-cto.startup.china": a page without its language and
// extension. Overlay names are kebab-case, so a dot never appears inside one.
std::string role_page(const std::string& id, const std::vector<std::string>& overlays = {}) {
  std::string page = "role-" + file_part(id);
  for (const auto& overlay : overlays) page += "." + file_part(overlay);
  return page;
}
std::string role_page(const std::string& id, const std::string& overlay) {
  return role_page(id, std::vector<std::string>{overlay});
}

// The articles the pages cite, and the sections of each, as the pages are written: the sources
// page, written last, lists them. Set by build_site for the one build it runs.
thread_local std::map<std::string, std::set<std::string>>* cited = nullptr;

bool is_web_address(std::string_view text) {
  auto starts = [&](std::string_view prefix) {
    if (text.size() <= prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://");
}

// A section as the pages name it: in the project's English where articles.json gives one (the
// heading is the article's Chinese), else as the role file cites it.
std::string section_name(const Source& source, Lang lang) {
  auto found = site::articles().find(source.article);
  if (found != site::articles().end()) {
    auto section = found->second.sections.find(source.section);
    if (section != found->second.sections.end()) {
      const std::string& name = lang == Lang::zh ? section->second.zh : section->second.en;
      if (!name.empty()) return name;
    }
  }
  return source.section;
}

// The sources page's anchor for an article.
std::string source_anchor(const std::string& article) {
  std::string out = "src-";
  for (char c : article)
    out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-') ? std::string(1, c)
                                                                    : fmt::format("_{:02x}", static_cast<unsigned char>(c));
  return out;
}

// An article as a reader sees it: its label and title where articles.json names it ("Article A,
// “How to become a CTO: ...”"), a company's web address as a link (http and https only; escaped;
// it opens no window the page could be reached from), else its file name.
std::string article_html(const std::string& article, Lang lang) {
  auto found = site::articles().find(article);
  if (found != site::articles().end()) {
    const site::Article& a = found->second;
    return esc(lang == Lang::zh ? fmt::format("{}《{}》", text_in(a.label, lang), text_in(a.title, lang))
                                : fmt::format("{}, \u201c{}\u201d", text_in(a.label, lang),
                                              text_in(a.title, lang)));
  }
  return esc(article);
}
std::string web_link(const std::string& address) {
  return fmt::format("<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>", esc(address));
}

// A citation: the article (a link to the sources page, which says what it is and which file
// the project has; a web address links to itself), then the section: Article A, “How to become a
// CTO: ...” § Technical strategy.
std::string cite_html(const Source& source, Lang lang) {
  if (cited) (*cited)[source.article].insert(source.section);
  std::string article =
      is_web_address(source.article)
          ? web_link(source.article)
          : fmt::format("<a href=\"sources.{}.html#{}\">{}</a>", code(lang),
                        source_anchor(source.article), article_html(source.article, lang));
  std::string section = section_name(source, lang);
  return fmt::format("<cite class=\"article\">{}</cite>{}", article,
                     section.empty() ? "" : " § " + esc(section));
}

// "Source: " before a citation; Chinese needs no space after its full-width colon.
std::string source_label(Lang lang) {
  return tr(lang, "Source: ", "出处：");
}

// As view::basis_text, with the article named as cite_html names it.
std::string basis_html(const Basis& basis, Lang lang) {
  if (basis.source) return cite_html(*basis.source, lang);
  return esc(view::basis_text(basis, lang));
}

std::string page_file(const std::string& page, Lang lang) {
  return page + "." + code(lang) + ".html";
}

// A role and every combination of its overlays, at most one per axis, in axis order: the
// references compare offers, and the pages of the role (a combination the data refuses is
// left out where it is resolved).
std::vector<std::vector<std::string>> overlay_combinations(const Role& role) {
  std::vector<std::vector<std::string>> combos{{}};
  for (Axis axis : {Axis::variant, Axis::profile}) {
    std::vector<std::vector<std::string>> grown = combos;
    for (const auto& combo : combos)
      for (const auto& overlay : role.overlays)
        if (overlay.axis == axis) {
          auto more = combo;
          more.push_back(overlay.name);
          grown.push_back(more);
        }
    combos = std::move(grown);
  }
  std::stable_sort(combos.begin(), combos.end(),
                   [](const auto& x, const auto& y) { return x.size() < y.size(); });
  return combos;
}

struct Variant {
  Role role;
  std::string page;  // "role-cto.startup.china"
};

// Overlays the data refuses together (cto@enterprise,china): no page, but every page of the
// role says why, so a reader does not wonder where the combination went.
struct Refused {
  std::string reference;               // "cto@enterprise,china"
  const Combination* declared = nullptr;  // the role's `combinations` entry declaring a conflict
  Text why;                            // otherwise: what resolve said
};

struct Site {
  const Library& library;
  const SiteOptions& options;
  std::vector<Lang> langs;
  std::vector<Role> roles;                                // ladder order, no overlays
  std::map<std::string, std::vector<Variant>> variants;   // id -> base first, then overlays
  std::map<std::string, std::vector<Refused>> refused;    // id -> combinations left out
  std::map<std::string, const Role*> by_id;                 // into roles
  std::map<std::string, std::vector<const Role*>> before;  // id -> roles whose next step it is
  std::string fingerprint;
  std::vector<SiteFile> files;
  std::map<std::string, std::set<std::string>> cited;  // article -> sections, as pages cite them

  bool has(Lang lang) const { return std::find(langs.begin(), langs.end(), lang) != langs.end(); }
};

// ---- the frame every page shares ----

// The site's name: --title, or the name `help site` gives as the default. The header of every
// page (printed too), the page titles, the index heading and the ladder picture all use it.
std::string site_title(const Site& s, Lang lang) {
  if (lang == Lang::zh && !s.options.title_zh.empty()) return s.options.title_zh;
  return s.options.title.empty()
             ? tr(lang, "The software-engineering career ladder", "软件工程职业阶梯")
             : s.options.title;
}

std::string library_line(const Site& s, Lang lang) {
  std::string from;
  if (s.options.role_folders.empty()) {
    from = tr(lang, "the built-in library", "内置角色库");
  } else {
    std::vector<std::string> names;
    for (const auto& f : s.options.role_folders) names.push_back(esc(f));
    std::string folders = fmt::format("<code>{}</code>", fmt::join(names, "</code>, <code>"));
    // --no-builtin: the built-in roles are only parents the folders' roles extend.
    from = s.options.builtin ? tr(lang, "the built-in library with ", "内置角色库，叠加 ") + folders
                             : folders;
  }
  return lang == Lang::zh
             ? fmt::format("由 ctoladder {} 从{}生成（{} 个角色，{} 个领域；库指纹 <code>{}</code>）。",
                           CTOLADDER_VERSION, from, s.roles.size(), s.library.domains().size(),
                           s.fingerprint)
             : fmt::format(
                   "Built by ctoladder {} from {} ({} roles, {} domains; library fingerprint "
                   "<code>{}</code>).",
                   CTOLADDER_VERSION, from, s.roles.size(), s.library.domains().size(),
                   s.fingerprint);
}

// A site in one language says so on every page, in both languages (a reader of the other one
// learns why there is no switch): the library has no text of its own in the other.
std::string one_language_note(const Site& s, Lang lang) {
  if (s.langs.size() != 1 || s.options.one_language) return "";
  const bool en = lang == Lang::en;
  std::string mine = en ? "This ladder is in English only: not every role is written in Chinese, "
                          "so the site has no Chinese pages."
                        : "本阶梯只有中文版：并非每个角色都有英文文本，因此本站没有英文页面。";
  std::string other = en ? "本阶梯只有英文版：并非每个角色都有中文文本，因此本站没有中文页面。"
                         : "This ladder is in Chinese only: not every role is written in English, "
                           "so the site has no English pages.";
  return fmt::format("<p class=\"lang-note\" role=\"note\">{} <span lang=\"{}\">{}</span></p>\n",
                     mine, en ? "zh-Hans" : "en", other);
}

struct PageSpec {
  std::string page;   // "index", "role-cto", ...
  std::string title;  // already escaped
  std::string kind;   // data-page: index, role, compare, search, domains
  std::string body;   // the <main> content
  std::string data;   // extra data-* attributes for <body>, escaped
  bool scripts = false;
};

std::string frame(const Site& s, Lang lang, const PageSpec& p) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; "
      "form-action 'none'\">\n"
      "<meta name=\"color-scheme\" content=\"light dark\">\n"
      "<meta name=\"generator\" content=\"ctoladder {}\">\n"
      "<title>{}</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n",
      html_lang(lang), CTOLADDER_VERSION,
      p.title == esc(site_title(s, lang)) ? p.title  // the index, named after the site
                                          : p.title + " · " + esc(site_title(s, lang)));
  for (Lang other : s.langs)
    if (other != lang)
      out += fmt::format("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                         html_lang(other), page_file(p.page, other));
  out += "<script src=\"site.js\"></script>\n</head>\n";
  out += fmt::format("<body data-page=\"{}\" data-lang=\"{}\"{}>\n", p.kind, code(lang), p.data);
  out += fmt::format("<a class=\"skip\" href=\"#main\">{}</a>\n",
                     tr(lang, "Skip to content", "跳到正文"));
  out += fmt::format("<header class=\"top\">\n<a class=\"brand\" href=\"{}\">{}</a>\n",
                     page_file("index", lang), esc(site_title(s, lang)));
  out += fmt::format("<nav aria-label=\"{}\">\n<ul>\n", tr(lang, "Site", "站点"));
  struct Link {
    const char* page;
    std::string label;
  };
  for (const Link& link : {Link{"index", tr(lang, "Ladder", "阶梯")},
                           Link{"domains", tr(lang, "Domains", "领域")},
                           Link{"compare", tr(lang, "Compare", "对比")},
                           Link{"search", tr(lang, "Search", "搜索")},
                           Link{"sources", tr(lang, "Sources", "出处")}}) {
    bool here = p.page == link.page;
    out += fmt::format("<li><a href=\"{}\"{}>{}</a></li>\n", page_file(link.page, lang),
                       here ? " aria-current=\"page\"" : "", link.label);
  }
  out += "</ul>\n</nav>\n";
  for (Lang other : s.langs)
    if (other != lang)
      out += fmt::format(
          "<a class=\"lang-switch\" href=\"{}\" hreflang=\"{}\" lang=\"{}\" "
          "data-lang-switch=\"{}\">{}</a>\n",
          page_file(p.page, other), html_lang(other), html_lang(other), code(other),
          other == Lang::zh ? "中文" : "English");
  out += "</header>\n<main id=\"main\">\n" + one_language_note(s, lang) + p.body + "</main>\n";
  out += "<footer>\n<p>" + library_line(s, lang) + "</p>\n</footer>\n";
  if (p.scripts) out += "<script src=\"data.js\"></script>\n<script src=\"app.js\"></script>\n";
  return out + "</body>\n</html>\n";
}

void add_page(Site& s, Lang lang, const PageSpec& p) {
  s.files.push_back({page_file(p.page, lang), frame(s, lang, p)});
}

// ---- pieces of role pages ----

std::string role_link(const Site& s, const std::string& id, Lang lang) {
  auto found = s.by_id.find(id);
  if (found == s.by_id.end()) return esc(id);
  return fmt::format("<a href=\"{}\">{}</a>", page_file(role_page(id), lang),
                     esc(found->second->name, lang));
}

const std::vector<const Role*>& roles_before(const Site& s, const std::string& id) {
  static const std::vector<const Role*> kNone;
  auto found = s.before.find(id);
  return found == s.before.end() ? kNone : found->second;
}

std::string range_text(const std::optional<Range>& range, const Text& unit, Lang lang) {
  return range ? text_in(describe_range(*range, unit), lang) : "";
}

// " (inherited from <a>Developer I</a>)" after what a role takes from a role it extends, as
// `describe` marks it; empty for the role's own.
std::string inherited_note(const Site& s, const std::string& from, Lang lang) {
  if (from.empty()) return "";
  return fmt::format(" <span class=\"inherited\">{}{}{}</span>", tr(lang, "(inherited from ", "（继承自 "),
                     role_link(s, from, lang), tr(lang, ")", "）"));
}

std::string facts(const Site& s, const Role& role, const view::Lineage& lineage, Lang lang) {
  std::string out = "<dl class=\"facts\">\n";
  auto row = [&](const Text& label, const std::string& value_html) {
    if (value_html.empty()) return;
    out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", esc(label, lang), value_html);
  };
  auto field_row = [&](std::string_view key, const std::string& value_html) {
    if (value_html.empty()) return;
    row(heading_label(key), value_html + inherited_note(s, lineage.field_from(key), lang));
  };
  // What the project infers (an inferred rank, a built-in role's track and scope) is marked as
  // `describe` marks it.
  std::string rank = std::to_string(role.rank);
  field_row("rank", esc(view::field_shown(role, "rank", Text{rank, rank}, lang)));
  field_row("track", esc(view::field_shown(role, "track", label(role.track), lang)));
  field_row("scope", esc(view::field_shown(role, "scope", label(role.scope), lang)));
  field_row("years", esc(range_text(role.years, {"years", "年"}, lang)));
  field_row("team_size", esc(role.team_size ? text_in(describe_team_size(*role.team_size), lang) : ""));
  if (role.coding) field_row("coding", esc(label(*role.coding), lang));
  if (!role.aliases.empty()) {
    std::vector<std::string> aliases;
    for (const auto& a : role.aliases) aliases.push_back(esc(a));
    row({"Aliases", "别名"}, fmt::format("{}", fmt::join(aliases, view::list_separator(lang))));
  }
  std::vector<std::string> next, before;
  for (const auto& id : role.next) next.push_back(role_link(s, id, lang));
  for (const Role* other : roles_before(s, role.id)) before.push_back(role_link(s, other->id, lang));
  row({"Comes after", "前一步"}, fmt::format("{}", fmt::join(before, view::list_separator(lang))));
  // The next steps have a section of their own, each with its basis: listed here only for a
  // role with no such section.
  if (role.next_steps.empty())
    row({"Next steps", "下一步"}, fmt::format("{}", fmt::join(next, view::list_separator(lang))));
  return out + "</dl>\n";
}

std::string overlay_list(const Site& s, const Role& role, Lang lang) {
  if (role.overlays.empty()) return "";
  std::string out = fmt::format("<section aria-labelledby=\"overlays-h\">\n<h2 id=\"overlays-h\">{}</h2>\n<ul class=\"overlays\">\n",
                                tr(lang, "Variants and profiles", "变体与地区"));
  for (const auto& o : role.overlays) {
    bool current = role.applied == std::vector<std::string>{o.name};
    std::string name = fmt::format("{}@{}", esc(role.id), esc(o.name));
    out += fmt::format(fmt::runtime(lang == Lang::zh ? "<li>{} <span class=\"axis\">（{}）</span>：{}</li>\n"
                                                    : "<li>{} <span class=\"axis\">({})</span>: {}</li>\n"),
                       current ? "<strong>" + name + "</strong>"
                               : fmt::format("<a href=\"{}\">{}</a>",
                                             page_file(role_page(role.id, o.name), lang), name),
                       esc(label(o.axis), lang), esc(o.summary, lang));
  }
  out += "</ul>\n";
  // Overlays on two axes together (cto@startup,china): one page each, linked from every page
  // of the role.
  std::string combos;
  for (const auto& v : s.variants.at(role.id)) {
    if (v.role.applied.size() < 2) continue;
    std::string ref = esc(v.role.reference());
    combos += v.role.applied == role.applied
                  ? fmt::format("<li><strong>{}</strong></li>\n", ref)
                  : fmt::format("<li><a href=\"{}\">{}</a></li>\n", page_file(v.page, lang), ref);
  }
  // And the ones the data refuses, with its reason.
  auto refused = s.refused.find(role.id);
  if (refused != s.refused.end())
    for (const auto& r : refused->second) {
      std::string why;
      if (r.declared) {
        const Combination& c = *r.declared;
        why = fmt::format(
            fmt::runtime(lang == Lang::zh ? "角色数据声明 @{} 与 @{} 相互冲突：{}（{}）"
                                          : "the role's data declares @{} and @{} a conflict: {} ({})"),
            esc(c.overlays[0].id), esc(c.overlays[1].id), esc(c.note, lang), basis_html(c.basis, lang));
      } else {
        why = esc(r.why, lang);
      }
      combos += fmt::format(
          fmt::runtime(lang == Lang::zh ? "<li class=\"refused\"><span class=\"ref\">{}</span>：<strong>不可组合</strong>，{}</li>\n"
                                        : "<li class=\"refused\"><span class=\"ref\">{}</span>: <strong>not combined</strong>: {}</li>\n"),
          esc(r.reference), why);
    }
  if (!combos.empty())
    out += fmt::format("<h3 id=\"combinations-h\">{}</h3>\n<ul class=\"overlays combinations\">\n{}</ul>\n",
                       tr(lang, "Combined", "组合"), combos);
  return out + "</section>\n";
}

std::string duty_item(const Responsibility& r, const std::string& inherited_html, Lang lang,
                      bool tick) {
  std::string out = fmt::format("<li id=\"duty-{}\">", file_part(r.id));
  if (tick)
    out += fmt::format(
        "<label class=\"duty\"><input type=\"checkbox\" class=\"hold\" value=\"{}\"> <span "
        "class=\"text\">{}</span></label>",
        esc(r.id), shown_html(r.text, lang));
  else
    out += fmt::format("<span class=\"text\">{}</span>", shown_html(r.text, lang));
  out += fmt::format(" <code class=\"id\">{}</code>{}", esc(r.id), inherited_html);
  if (r.how)
    out += fmt::format("<p class=\"how\"><span class=\"how-label\">{}</span>{}{}</p>",
                       tr(lang, "How:", "方式："), tr(lang, " ", ""), shown_html(*r.how, lang));
  out += fmt::format("<p class=\"source\">{}{}</p>", source_label(lang),
                     cite_html(r.source, lang));
  return out + "</li>\n";
}

std::string duties(const Site& s, const Role& role, const view::Lineage& lineage, Lang lang) {
  std::string out = fmt::format(
      "<section id=\"duties\" aria-labelledby=\"duties-h\">\n<h2 id=\"duties-h\">{}</h2>\n"
      "<p class=\"js-only assess-intro\">{}</p>\n",
      view::aside(lang, tr(lang, "Responsibilities", "职责"),
                  std::to_string(role.responsibilities.size())),
      tr(lang,
         "Tick what you already do: your coverage of this role appears below, as "
         "<code>ctoladder gap</code> computes it. Ticks stay in this browser.",
         "勾选你已经在做的职责：下方会显示你对这个角色的覆盖度，算法与 "
         "<code>ctoladder gap</code> 相同。勾选只保存在本浏览器中。"));
  for (const auto& [domain, items] : view::by_domain(s.library, role)) {
    out += fmt::format(
        "<section class=\"domain\" aria-labelledby=\"d-{0}\">\n<h3 id=\"d-{0}\">{1} <span "
        "class=\"count\">{2}</span></h3>\n<ul class=\"duties\">\n",
        file_part(domain), esc(view::domain_name(s.library, domain, lang)),
        fmt::format(fmt::runtime(lang == Lang::zh ? "（{}）" : "({})"), items.size()));
    for (const Responsibility* r : items)
      out += duty_item(*r, inherited_note(s, lineage.duty_from(r->id), lang), lang, true);
    out += "</ul>\n</section>\n";
  }
  return out + "</section>\n";
}

// The command that reads the downloaded have-file. A site of role folders needs them again
// (`--roles NAME`): without them gap knows neither the role nor its ids.
std::string assessment(const Site& s, const Role& role, Lang lang) {
  std::string command = "ctoladder gap " + role.reference();
  for (const auto& folder : s.options.role_folders) {
    bool plain = std::all_of(folder.begin(), folder.end(), [](char ch) {
      return std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '_' || ch == '-';
    });
    command += " --roles " + (plain ? folder : "'" + folder + "'");  // a name with spaces
  }
  command += " --have ctoladder-have.yaml";
  std::string note;
  if (!s.options.role_folders.empty()) {
    std::string names = fmt::format("{}", fmt::join(s.options.role_folders, ", "));
    note = fmt::format(" <span id=\"assess-note\">{}</span>",
                       esc(lang == Lang::zh
                               ? fmt::format("（{}：生成本站所用的角色文件夹，给出它的路径）", names)
                               : fmt::format("({}: the folder of role files this site was built "
                                             "from; give its path)",
                                             names)));
  }
  return fmt::format(
      "<section id=\"assess\" class=\"js-only assess\" aria-labelledby=\"assess-h\">\n"
      "<h2 id=\"assess-h\">{}</h2>\n"
      "<div id=\"assess-result\" aria-live=\"polite\"></div>\n"
      "<p class=\"buttons\"><button type=\"button\" id=\"assess-download\">{}</button> "
      "<button type=\"button\" id=\"assess-clear\">{}</button></p>\n"
      "<p class=\"hint\">{} <code id=\"assess-command\">{}</code>{}</p>\n"
      "</section>\n",
      tr(lang, "Self-assessment", "自我评估"),
      tr(lang, "Download have-file", "下载“已具备”文件"), tr(lang, "Clear this role's ticks", "清除本角色的勾选"),
      tr(lang, "The same numbers on the command line:", "在命令行得到同样的结果："), esc(command),
      note);
}

// How a role differs from the one below it on the ladder (or an overlay from its role).
std::string difference(const Site& s, const Role& role, const Role* below, Lang lang) {
  if (!below) return "";
  Comparison c = compare(s.library, *below, role);
  std::string out = fmt::format(
      "<section id=\"difference\" aria-labelledby=\"difference-h\">\n<h2 "
      "id=\"difference-h\">{}</h2>\n<p>{}</p>\n",
      role.applied.empty()
          ? fmt::format("{} {}", tr(lang, "Compared with", "对比"), role_link(s, below->id, lang))
          : fmt::format("{} <a href=\"{}\">{}</a>", tr(lang, "Compared with", "对比"),
                        page_file(role_page(below->id), lang), esc(below->reference())),
      lang == Lang::zh
          ? fmt::format("新增 {} 项，保留 {} 项（其中 {} 项表述不同）；另有 {} 项未列入本角色的职责。",
                        c.only_b, c.shared, c.reworded, c.only_a)
          : fmt::format("Gains {}, keeps {} ({} worded differently); {} not listed for this role.",
                        c.only_b, c.shared, c.reworded, c.only_a));
  for (const auto& d : c.domains) {
    if (d.only_a.empty() && d.only_b.empty() &&
        std::all_of(d.both.begin(), d.both.end(), [](const SharedDuty& x) { return x.worded_alike; }))
      continue;
    out += fmt::format("<h3>{}</h3>\n<ul class=\"changes\">\n",
                       esc(view::domain_name(s.library, d.domain, lang)));
    for (const auto* r : d.only_b)
      out += fmt::format("<li class=\"gained\"><span class=\"mark\">{}</span> {} <code>{}</code></li>\n",
                         tr(lang, "gains", "新增"), esc(r->text, lang), esc(r->id));
    for (const auto* r : d.only_a)
      out += fmt::format("<li class=\"left\"><span class=\"mark\">{}</span> {} <code>{}</code></li>\n",
                         tr(lang, "not listed", "未列入"), esc(r->text, lang), esc(r->id));
    for (const auto& x : d.both)
      if (!x.worded_alike)
        out += fmt::format(
            "<li class=\"changed\"><span class=\"mark\">{}</span> {} <code>{}</code></li>\n",
            tr(lang, "reworded", "改写"),
            esc(x.b->how ? text_in(*x.b->how, lang) : text_in(x.b->text, lang)), esc(x.b->id));
    out += "</ul>\n";
  }
  return out + "</section>\n";
}

std::string sources(const Role& role, Lang lang) {
  if (role.sources.empty()) return "";
  std::string out = fmt::format(
      "<section aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">{}</h2>\n<ul class=\"sources\">\n",
      tr(lang, "Sources", "出处"));
  for (const auto& src : role.sources) out += "<li>" + cite_html(src, lang) + "</li>\n";
  return out + "</ul>\n</section>\n";
}

// Advice from the articles: each item with its source (a role's own, or an overlay's, named).
// Inherited advice names the role it was written for, linked.
std::string guidance_item(const Site& s, const Guidance& g, const std::string& overlay,
                          const std::string& inherited_from, Lang lang) {
  std::string out = "<li class=\"advice\">";
  if (!overlay.empty()) out += fmt::format("<span class=\"overlay\">@{}:</span> ", esc(overlay));
  out += fmt::format("<span class=\"text\">{}</span>", shown_html(g.text, lang));
  out += inherited_note(s, inherited_from, lang);
  out += fmt::format("<p class=\"source\">{}{}</p>", source_label(lang),
                     cite_html(g.source, lang));
  return out + "</li>\n";
}

std::string guidance(const Site& s, const Role& role, Lang lang) {
  if (role.guidance.empty()) return "";
  std::string out = fmt::format(
      "<section id=\"guidance\" aria-labelledby=\"guidance-h\">\n<h2 id=\"guidance-h\">{}"
      "</h2>\n<ul class=\"guidance\">\n",
      view::aside(lang, tr(lang, "Guidance", "建议"), std::to_string(role.guidance.size())));
  for (const auto& g : role.guidance)
    out += guidance_item(s, g.item, g.overlay, g.inherited_from, lang);
  return out + "</ul>\n</section>\n";
}

// Each next step with why it is there: an article's section (sourced) or the project's own
// reading (inferred, said so in words, not only by style), then the advice for taking it.
std::string next_steps(const Site& s, const Role& role, Lang lang) {
  if (role.next_steps.empty()) return "";
  std::string out = fmt::format(
      "<section id=\"next-steps\" aria-labelledby=\"next-steps-h\">\n<h2 id=\"next-steps-h\">{}"
      "</h2>\n<ul class=\"next-steps\">\n",
      tr(lang, "Next steps", "下一步"));
  for (const auto& step : role.next_steps) {
    bool sourced = step.basis.source.has_value();
    std::string kind = sourced ? "sourced" : step.basis.inference ? "inferred" : "unsourced";
    // A step within a rank says so, as `ladder` and `path` do.
    auto to = s.by_id.find(step.id);
    std::string across = to != s.by_id.end() && to->second->rank == role.rank && step.id != role.id
                             ? tr(lang, " (across, same rank)", "（同级平移）")
                             : "";
    // A step with no basis (a company's, usually) carries no label, as in `describe`.
    std::string label = sourced                ? tr(lang, "sourced", "有出处")
                        : step.basis.inference ? tr(lang, "the project's inference", "本项目的推断")
                                               : "";
    out += fmt::format("<li class=\"step {}\" data-to=\"{}\">{}{}{}", kind, esc(step.id),
                       role_link(s, step.id, lang),
                       across.empty() ? "" : "<span class=\"across\">" + esc(across) + "</span>",
                       label.empty() ? "" : " <span class=\"basis-kind\">" + label + "</span>");
    if (sourced)
      out += fmt::format("<p class=\"basis\">{}{}</p>", source_label(lang),
                         cite_html(*step.basis.source, lang));
    else if (step.basis.inference)
      out += fmt::format("<p class=\"basis\">{}</p>", esc(*step.basis.inference, lang));
    if (!step.guidance.empty()) {
      out += "\n<ul class=\"guidance\">\n";
      for (const auto& g : step.guidance) out += guidance_item(s, g, "", "", lang);
      out += "</ul>\n";
    }
    out += "</li>\n";
  }
  return out + "</ul>\n</section>\n";
}

const Role* role_below(const Site& s, const Role& role) {
  const Role* best = nullptr;
  for (const Role* other : roles_before(s, role.id))
    if (!best || other->rank > best->rank) best = other;
  return best;
}

void role_pages(Site& s, Lang lang) {
  for (const auto& base : s.roles)
    for (const auto& variant : s.variants.at(base.id)) {
      if (variant.page.empty()) continue;
      const Role& role = variant.role;
      std::string body;
      std::string other_lang = text_in(role.name, lang == Lang::zh ? Lang::en : Lang::zh);
      body += fmt::format("<h1>{}", esc(role.name, lang));
      if (s.langs.size() > 1 && other_lang != text_in(role.name, lang))
        body += fmt::format(" <span class=\"other-name\" lang=\"{}\">{}</span>",
                            html_lang(lang == Lang::zh ? Lang::en : Lang::zh), esc(other_lang));
      body += fmt::format("</h1>\n<p class=\"ref\"><code>{}</code></p>\n", esc(role.reference()));
      for (const auto& name : role.applied)
        for (const auto& o : role.overlays)
          if (o.name == name)
            body += fmt::format("<p class=\"overlay-note\"><strong>{} {}</strong>: {}</p>\n",
                                esc(label(o.axis), lang), esc(o.name), esc(o.summary, lang));
      // What the data says about the two together, and on what basis (as `describe` shows).
      for (const auto& c : role.combined)
        body += fmt::format(
            "<p class=\"overlay-note combined\"><strong>@{} + @{}</strong>: {} <span "
            "class=\"basis\">{}</span></p>\n",
            esc(c.overlays[0].id), esc(c.overlays[1].id), esc(c.note, lang),
            fmt::format(fmt::runtime(lang == Lang::zh ? "（{}）" : "({})"),
                        basis_html(c.basis, lang)));
      const view::Lineage lineage = view::lineage_of(s.library, role);
      body += fmt::format("<p class=\"summary\">{}{}</p>\n", shown_html(role.summary, lang),
                          inherited_note(s, lineage.field_from("summary"), lang));
      if (!text_in(role.purpose, lang).empty())
        body += fmt::format("<p class=\"purpose\"><strong>{}</strong> {}{}</p>\n",
                            tr(lang, "Purpose:", "作用："), shown_html(role.purpose, lang),
                            inherited_note(s, lineage.field_from("purpose"), lang));
      body += facts(s, role, lineage, lang);
      body += next_steps(s, role, lang);
      body += guidance(s, role, lang);
      body += duties(s, role, lineage, lang);
      body += assessment(s, role, lang);
      body += difference(s, role, role.applied.empty() ? role_below(s, role) : &base, lang);
      body += overlay_list(s, role, lang);
      body += sources(role, lang);
      body += fmt::format(
          "<p class=\"actions\"><a href=\"{}#a={}&amp;b={}\">{}</a></p>\n",
          page_file("compare", lang), esc(role.reference()),
          esc(role.next.empty() ? role.reference() : role.next.front()),
          tr(lang, "Compare this role with another", "把这个角色与另一个对比"));
      add_page(s, lang,
               {variant.page, esc(view::aside(lang, text_in(role.name, lang), role.reference())),
                "role", body, fmt::format(" data-ref=\"{}\"", esc(role.reference())), true});
    }
}

// ---- the other pages ----

// Each role's box in the ladder picture leads to the role's page.
std::map<std::string, std::string> ladder_links(const Site& s, Lang lang) {
  std::map<std::string, std::string> links;
  for (const auto& role : s.roles) links[role.id] = page_file(role_page(role.id), lang);
  return links;
}

void index_page(Site& s, Lang lang) {
  // The built-in tracks are the project's grouping: the caption says so, as `ladder` does.
  const std::string tracks_note = view::track_note(
      std::any_of(s.roles.begin(), s.roles.end(), [](const Role& r) { return view::is_builtin(r); }),
      lang);
  // What the arrows mean, for the kinds the picture has (a company's ladder may have no
  // sourced step at all, or no step).
  std::string arrows = site::steps_caption(site::step_kinds(s.roles), lang);
  std::string caption =
      tr(lang, "Open a role by its box.", "点击方框打开角色。") +
      (arrows.empty() ? "" : tr(lang, " ", "") + esc(arrows) +
                                 tr(lang, " A role's page says why.", "角色页面说明依据。")) +
      tr(lang, " The table below lists every role.", "下表列出了全部角色。") +
      (tracks_note.empty() ? "" : tr(lang, " ", "") + esc(tracks_note));
  std::string body = fmt::format(
      "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n"
      "<figure class=\"ladder\">\n"
      // Wider than a phone: the picture keeps its size and scrolls sideways, with a cue
      // (site.js marks the figure when it overflows; without scripts, narrow screens show it).
      "<p class=\"scroll-cue\" aria-hidden=\"true\">{}</p>\n"
      "<div class=\"ladder-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">\n"
      "{}</div>\n<figcaption>{}</figcaption>\n</figure>\n",
      esc(site_title(s, lang)),
      tr(lang,
         "Every role of the ladder, what it is responsible for, and how the steps between "
         "them differ. Open a role to assess yourself against it, or compare any two.",
         "阶梯上的每个角色、它承担的职责，以及相邻两级之间的差别。打开一个角色可以对照它做自我评估，"
         "也可以任选两个角色对比。"),
      tr(lang, "The ladder picture: scroll sideways to see all of it \u2192",
         "阶梯图：左右滑动可看到全图 \u2192"),
      tr(lang, "The ladder picture", "阶梯图"),
      // In the page rather than an <img>: each role's box is a link to its page.
      site::ladder_svg(s.roles, lang, site_title(s, lang), ladder_links(s, lang)),
      caption);
  // In the picture's column order, so the drawing and the table read alike.
  std::vector<Track> tracks;
  for (Track t : site::track_order())
    if (std::any_of(s.roles.begin(), s.roles.end(), [&](const Role& r) { return r.track == t; }))
      tracks.push_back(t);
  body += fmt::format(
      "<table class=\"ladder-table\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
      tr(lang, "Roles by rank and track", "按级别与路线排列的角色"), tr(lang, "Rank", "级别"));
  for (Track t : tracks) body += fmt::format("<th scope=\"col\">{}</th>", esc(label(t), lang));
  body += "</tr></thead>\n<tbody>\n";
  std::vector<int> ranks;
  for (const auto& r : s.roles)
    if (std::find(ranks.begin(), ranks.end(), r.rank) == ranks.end()) ranks.push_back(r.rank);
  std::sort(ranks.rbegin(), ranks.rend());
  for (int rank : ranks) {
    body += fmt::format("<tr><th scope=\"row\">{}</th>", rank);
    for (Track t : tracks) {
      body += "<td>";
      for (const auto& role : s.roles) {
        if (role.rank != rank || role.track != t) continue;
        std::string detail;
        // A rank no article gives says so here too, as `list` and `ladder` do.
        for (const auto& part : {range_text(role.years, {"years", "年"}, lang),
                                 role.team_size ? text_in(describe_team_size(*role.team_size), lang) : "",
                                 view::rank_inferred(role)
                                     ? tr(lang, "rank: the project's inference", "级别：本项目的推断")
                                     : std::string()})
          if (!part.empty()) detail += (detail.empty() ? "" : " · ") + part;
        body += fmt::format("<div class=\"cell-role\">{}<br><small><code>{}</code>{}</small>",
                            role_link(s, role.id, lang), esc(role.id),
                            detail.empty() ? "" : " · " + esc(detail));
        if (!role.overlays.empty()) {
          std::vector<std::string> links;
          for (const auto& o : role.overlays)
            links.push_back(fmt::format("<a href=\"{}\">@{}</a>",
                                        page_file(role_page(role.id, o.name), lang), esc(o.name)));
          body += fmt::format("<br><small>{}</small>", fmt::join(links, " "));
        }
        body += "</div>";
      }
      body += "</td>";
    }
    body += "</tr>\n";
  }
  body += "</tbody>\n</table>\n";
  PageSpec spec{"index", esc(site_title(s, lang)), "index", body, "", false};
  add_page(s, lang, spec);
  if (lang == s.options.lang || !s.has(s.options.lang)) {
    if (std::none_of(s.files.begin(), s.files.end(),
                     [](const SiteFile& f) { return f.path == "index.html"; }))
      s.files.push_back({"index.html", frame(s, lang, spec)});
  }
}

void domains_page(Site& s, Lang lang) {
  std::string body = fmt::format("<h1>{}</h1>\n<p class=\"lead\">{}</p>\n",
                                 tr(lang, "Domains", "领域"),
                                 tr(lang, "The areas responsibilities are grouped in, and how many of each every role holds.",
                                    "职责所归属的各个领域，以及每个角色在各领域承担的职责数。"));
  for (const auto& d : s.library.domains()) {
    body += fmt::format("<section class=\"domain-card\" aria-labelledby=\"d-{0}\">\n<h2 id=\"d-{0}\">{1}</h2>\n<p>{2}</p>\n",
                        file_part(d.id), esc(d.name, lang), esc(d.summary, lang));
    std::string rows;
    for (const auto& role : s.roles) {
      std::size_t n = std::count_if(role.responsibilities.begin(), role.responsibilities.end(),
                                    [&](const Responsibility& r) { return r.domain == d.id; });
      if (n == 0) continue;
      rows += fmt::format("<li>{} <span class=\"count\">{}</span></li>\n",
                          fmt::format("<a href=\"{}#d-{}\">{}</a>", page_file(role_page(role.id), lang),
                                      file_part(d.id), esc(role.name, lang)),
                          lang == Lang::zh ? fmt::format("{} 项", n) : fmt::format("{} responsibilit{}", n, n == 1 ? "y" : "ies"));
    }
    if (!rows.empty()) body += "<ul class=\"domain-roles\">\n" + rows + "</ul>\n";
    if (!d.sources.empty()) {
      std::vector<std::string> cites;
      for (const auto& src : d.sources) cites.push_back(cite_html(src, lang));
      body += fmt::format("<p class=\"source\">{}{}</p>\n", source_label(lang),
                          fmt::join(cites, "; "));
    }
    body += "</section>\n";
  }
  add_page(s, lang, {"domains", esc(tr(lang, "Domains", "领域")), "domains", body, "", false});
}

std::string role_options(const Site& s, Lang lang, const std::string& selected) {
  std::string out;
  for (const auto& base : s.roles) {
    out += fmt::format("<optgroup label=\"{}\">\n", esc(base.name, lang));
    // Named in the page's language, with the reference the CLI takes: "Architect (architect)".
    for (const auto& v : s.variants.at(base.id)) {
      std::string ref = v.role.reference();
      out += fmt::format("<option value=\"{}\"{}>{}</option>\n", esc(ref),
                         ref == selected ? " selected" : "",
                         esc(view::aside(lang, text_in(v.role.name, lang), ref)));
    }
    out += "</optgroup>\n";
  }
  return out;
}

void compare_page(Site& s, Lang lang) {
  std::string a = s.roles.empty() ? "" : s.roles.front().id;
  std::string b = s.roles.size() > 1 ? s.roles[1].id : a;
  std::string body = fmt::format(
      "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n"
      "<form id=\"compare-form\" class=\"picker\">\n"
      "<div><label for=\"compare-a\">{}</label>\n<select id=\"compare-a\" name=\"a\">\n{}</select></div>\n"
      "<div><label for=\"compare-b\">{}</label>\n<select id=\"compare-b\" name=\"b\">\n{}</select></div>\n"
      "<div><button type=\"submit\" id=\"compare-go\">{}</button></div>\n</form>\n"
      "<noscript><p>{}</p></noscript>\n"
      "<div id=\"compare-result\" aria-live=\"polite\"></div>\n",
      tr(lang, "Compare two roles", "对比两个角色"),
      tr(lang,
         "Fields side by side, then per domain the responsibilities both hold, only the first "
         "holds and only the second holds: the same result as <code>ctoladder compare A B</code>.",
         "先并列比较各字段，再按领域列出两者共有、仅前者有、仅后者有的职责，结果与 "
         "<code>ctoladder compare A B</code> 相同。"),
      tr(lang, "First role", "第一个角色"), role_options(s, lang, a),
      tr(lang, "Second role", "第二个角色"), role_options(s, lang, b), tr(lang, "Compare", "对比"),
      tr(lang, "Comparing in the page needs JavaScript; <code>ctoladder compare A B</code> does the same.",
         "页面内对比需要 JavaScript；也可以运行 <code>ctoladder compare A B</code>。"));
  add_page(s, lang, {"compare", esc(tr(lang, "Compare", "对比")), "compare", body, "", true});
}

void search_page(Site& s, Lang lang) {
  std::string body = fmt::format(
      "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n"
      "<form id=\"search-form\" class=\"picker\" role=\"search\">\n"
      "<div><label for=\"search-q\">{}</label>\n<input type=\"search\" id=\"search-q\" name=\"q\" "
      "autocomplete=\"off\"></div>\n"
      "<div><button type=\"submit\" id=\"search-go\">{}</button></div>\n</form>\n"
      "<noscript><p>{}</p></noscript>\n"
      "<p id=\"search-status\" aria-live=\"polite\"></p>\n<ol id=\"search-results\" class=\"hits\"></ol>\n",
      tr(lang, "Search", "搜索"),
      s.langs.size() > 1 ? tr(lang, "Role names and responsibilities, in English and Chinese, ignoring case.",
                              "在角色名称和职责中查找，中英文均可，不区分大小写。")
                         : tr(lang, "Role names and responsibilities, ignoring case.",
                              "在角色名称和职责中查找，不区分大小写。"),
      tr(lang, "Words to look for", "要查找的内容"), tr(lang, "Search", "搜索"),
      tr(lang, "Searching needs JavaScript; <code>ctoladder search TEXT</code> does the same.",
         "搜索需要 JavaScript；也可以运行 <code>ctoladder search 文本</code>。"));
  add_page(s, lang, {"search", esc(tr(lang, "Search", "搜索")), "search", body, "", true});
}

// Every article the other pages cite, so "Article B" is explained on every site (a company's
// too): its label and title, the file the project has, the sections cited. The project has
// the articles only as files: no author or address is made up.
void sources_page(Site& s, Lang lang) {
  std::string body = fmt::format(
      "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n", tr(lang, "Sources", "出处"),
      tr(lang,
         "The articles this ladder's roles cite, each with the sections cited. A citation on "
         "the other pages names the article and its section; the file is where the text is kept.",
         "本阶梯中角色所引用的文章，以及被引用的章节。其他页面上的引用给出文章和章节；文件是原文所在之处。"));
  if (s.cited.empty())
    body += fmt::format("<p>{}</p>\n", tr(lang, "No role of this ladder cites an article.",
                                           "本阶梯没有角色引用文章。"));
  // The articles articles.json names first, by their label; then the others by name.
  std::vector<std::string> order;
  for (const auto& [article, sections] : s.cited) order.push_back(article);
  std::stable_sort(order.begin(), order.end(), [](const std::string& x, const std::string& y) {
    return site::articles().count(x) > site::articles().count(y);
  });
  for (const auto& article : order) {
    auto found = site::articles().find(article);
    bool web = is_web_address(article);
    std::string heading = web ? web_link(article)
                          : found != site::articles().end()
                              ? esc(text_in(found->second.label, lang))
                              : fmt::format("<code>{}</code>", esc(article));
    body += fmt::format("<section class=\"source-card\" id=\"{0}\" aria-labelledby=\"{0}-h\">\n"
                        "<h2 id=\"{0}-h\">{1}</h2>\n<dl class=\"facts\">\n",
                        source_anchor(article), heading);
    if (found != site::articles().end())
      body += fmt::format("<dt>{}</dt><dd>{}</dd>\n", tr(lang, "Title", "标题"),
                          esc(text_in(found->second.title, lang)));
    if (!web)
      body += fmt::format("<dt>{}</dt><dd><code>{}</code></dd>\n", tr(lang, "File", "文件"),
                          esc(article));
    std::vector<std::string> sections;
    for (const auto& section : s.cited.at(article)) {
      if (section.empty()) continue;
      // On an English page, the English name with the article's own heading beside it (as
      // Chinese pages name it: the opening, not the page title a heading of it once was).
      std::string shown = section_name({article, section}, lang);
      std::string original = section_name({article, section}, Lang::zh);
      sections.push_back(shown == original
                             ? esc(shown)
                             : fmt::format("{} <span class=\"aside\" lang=\"zh-Hans\">{}</span>",
                                           esc(shown), esc(original)));
    }
    if (!sections.empty())
      body += fmt::format("<dt>{}</dt><dd>{}</dd>\n", tr(lang, "Sections cited", "被引用的章节"),
                          fmt::join(sections, view::list_separator(lang)));
    body += "</dl>\n</section>\n";
  }
  add_page(s, lang, {"sources", esc(tr(lang, "Sources", "出处")), "sources", body, "", false});
}

// ---- the data the page scripts read ----

std::string data_script(Site& s) {
  Json domains = Json::array();
  for (const auto& d : s.library.domains())
    domains.push_back({{"id", d.id}, {"name", json_shapes::text(d.name)}});
  // Each distinct responsibility once; roles point into the list.
  Json duties = Json::array();
  std::map<std::string, std::size_t> duty_index;
  auto index_of = [&](const Responsibility& r) {
    Json shape = json_shapes::responsibility(r);
    std::string key = shape.dump();
    auto [it, added] = duty_index.emplace(key, duties.size());
    if (added) duties.push_back(std::move(shape));
    return it->second;
  };
  Json roles = Json::array();
  for (const auto& base : s.roles)
    for (const auto& v : s.variants.at(base.id)) {
      const Role& role = v.role;
      // [key, the typed value compare's JSON has, the text people see]
      Json fields = Json::array();
      auto typed = json_shapes::field_values(role);
      auto shown = field_values(role);
      for (std::size_t i = 0; i < shown.size(); ++i)
        fields.push_back({shown[i].first, typed[i].second, json_shapes::text(shown[i].second)});
      Json items = Json::array();
      for (const auto& r : role.responsibilities) items.push_back(index_of(r));
      roles.push_back({{"ref", role.reference()},
                       {"id", role.id},
                       {"rank", role.rank},
                       {"name", json_shapes::text(role.name)},
                       {"page", v.page.empty() ? Json() : Json(v.page)},
                       {"fields", fields},
                       {"duties", items},
                       {"guidance", json_shapes::role_guidance(role.guidance)}});
    }
  Json known = Json::array();
  for (const auto& k : known_duties(s.library))
    known.push_back({{"id", k.duty.id}, {"duty", index_of(k.duty)}, {"learned_at", k.learned_at},
                     {"rank", k.rank}});
  Json labels = Json::object();
  // Every field compare reports, so a field added to the model gets its label here too.
  if (!s.roles.empty())
    for (const auto& field : field_values(s.roles.front()))
      labels[field.first] = json_shapes::text(heading_label(field.first));
  Json langs = Json::array();
  for (Lang l : s.langs) langs.push_back(code(l));
  // compare() and gap() in app.js return the CLI's documents, contract version and all.
  Json data{{"schema_version", kSchemaVersion},
            {"domains", domains}, {"duties", duties},   {"roles", roles},
            {"known", known},     {"field_labels", labels}, {"langs", langs}};
  std::string body = data.dump(-1, ' ', false, Json::error_handler_t::replace);
  s.fingerprint = fmt::format("{:016x}", XXH3_64bits(body.data(), body.size()));
  return "// The role library for the page scripts, written by `ctoladder site`.\n"
         "window.CTOLADDER_DATA = " +
         json_for_script(body) + ";\n";
}

}  // namespace

std::vector<SiteFile> build_site(const Library& library, const SiteOptions& options) {
  Site s{library, options, {}, ladder_roles(library), {}, {}, {}, {}, "", {}, {}};
  cited = &s.cited;
  struct Unset {
    ~Unset() { cited = nullptr; }
  } unset;
  // A language is offered when every role is named in it (a one-language library shows one).
  for (Lang lang : {Lang::en, Lang::zh})
    if (std::all_of(s.roles.begin(), s.roles.end(),
                    [&](const Role& r) { return r.name.has(lang); }))
      s.langs.push_back(lang);
  if (s.langs.empty()) s.langs.push_back(Lang::en);
  // Asked for: one language, whatever the library has (a role not named in it shows its other
  // name, marked as everywhere).
  if (options.one_language) s.langs = {options.lang};
  for (const auto& role : s.roles) {
    s.by_id[role.id] = &role;
    for (const auto& next : role.next) s.before[next].push_back(&role);
  }
  for (const auto& base : s.roles) {
    auto& list = s.variants[base.id];
    for (const auto& combo : overlay_combinations(base)) {
      RoleRef ref{base.id, combo};
      std::optional<Role> resolved;
      try {
        resolved = resolve(library, ref);
      } catch (const Error& error) {
        // Two overlays the data refuses together (a declared conflict or a contradiction,
        // which `validate` reports) are not offered; a single overlay or the base must resolve.
        if (combo.size() < 2) throw;
        Refused refused{fmt::format("{}@{}", base.id, fmt::join(combo, ",")), nullptr,
                        Text{error.message(Lang::en), error.message(Lang::zh)}};
        if (const RoleDef* def = library.lookup(base.id))
          for (std::size_t i = 0; i < combo.size() && !refused.declared; ++i)
            for (std::size_t j = i + 1; j < combo.size() && !refused.declared; ++j)
              if (const Combination* c = find_combination(*def, combo[i], combo[j]); c && c->conflict)
                refused.declared = c;
        s.refused[base.id].push_back(std::move(refused));
        continue;
      }
      Role role = std::move(*resolved);
      list.push_back({std::move(role), role_page(base.id, combo)});
    }
  }
  std::string data = data_script(s);  // first: it sets the fingerprint the footers state
  s.files.push_back({"data.js", std::move(data)});
  for (const auto& asset : site::site_assets()) s.files.push_back({asset.path, asset.bytes});
  for (Lang lang : s.langs) {
    s.files.push_back({fmt::format("ladder.{}.svg", code(lang)),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
                           site::ladder_svg(s.roles, lang, site_title(s, lang), ladder_links(s, lang))});
    index_page(s, lang);
    role_pages(s, lang);
    domains_page(s, lang);
    compare_page(s, lang);
    search_page(s, lang);
    sources_page(s, lang);  // last: it lists what the others cite
  }
  std::sort(s.files.begin(), s.files.end(),
            [](const SiteFile& x, const SiteFile& y) { return x.path < y.path; });
  return std::move(s.files);
}

}  // namespace ctoladder
