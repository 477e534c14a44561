// Small helpers the command views share.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"
#include "ctoladder/report.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/vocabulary.hpp"

namespace ctoladder::view {

using ctoladder::tr;

// Ladder order: by rank, then by id. For anything with `rank` and `id` (roles, and the
// summaries and hit lists that whole-library views keep instead of roles).
template <class T>
bool in_ladder_order(const T& a, const T& b) {
  return a.rank != b.rank ? a.rank < b.rank : a.id < b.id;
}

// Where a resolved role's parts come from when its file extends (or refines) another role, so
// `describe` and the site say "inherited from" in the same places.
struct Lineage {
  std::string role;                // the role's id
  std::vector<std::string> chain;  // the roles it extends, nearest first ("dev-2", "dev-1")
  std::string refines;             // a refined role: the file of the lower role it builds on
  // Duty id -> the role stating it; the role's own id for a refined role's lower duties.
  std::unordered_map<std::string, std::string> duties;
  // Field key -> the nearest role stating it, in field order, for fields the role leaves out.
  std::vector<std::pair<std::string, std::string>> fields;

  // Whose the duty is, for a reader ("dev-1"; the lower file for a refinement); empty: its own.
  std::string duty_from(const std::string& id) const;
  std::string field_from(std::string_view key) const;
};
Lineage lineage_of(const Library& library, const Role& role);

// "Architecture" / "技术架构"; the id itself for a domain the library does not define.
std::string domain_name(const Library& library, const std::string& id, Lang lang);

// "cto@startup (Chief Technology Officer)"; in Chinese the name first: "首席技术官（cto@startup）".
std::string role_title(const Role& role, Lang lang);

// Punctuation around Chinese text is full-width: "text (note)" / "text（note）", list items
// ", " / "、", citations "; " / "；".
std::string aside(Lang lang, std::string_view text, std::string_view note);
std::string_view list_separator(Lang lang);
std::string_view cite_separator(Lang lang);

// Where built-in roles are shown with their track: the tracks are the project's grouping (no
// article splits the ladder into tracks; article B's is one line). Empty when no role shown is
// built in: a company's own roles state their own tracks.
std::string track_note(bool builtin_shown, Lang lang);
bool is_builtin(const Role& role);

// A field's value as a table shows it ("" stays ""). What the project infers rather than cites
// carries the marker `describe` puts on it: the built-in library's tracks and scopes (the
// project's grouping; no article sorts roles into tracks or scope levels) and a rank whose basis
// is the project's inference.
std::string field_shown(const Role& role, std::string_view field, const Text& value, Lang lang);

// A rank no article gives: `list` and `ladder` mark such roles with rank_mark and say what the
// mark means in rank_note (empty when no role shown has one).
bool rank_inferred(const Role& role);
inline constexpr std::string_view rank_mark = "*";
std::string rank_note(bool any_inferred, Lang lang);

// The role's responsibilities grouped by domain, domains in library order, items in file order.
std::vector<std::pair<std::string, std::vector<const Responsibility*>>> by_domain(
    const Library& library, const Role& role);

// "3-5 years" / "3-5年" as a table shows it; empty when the role states none.
template <class R>
std::string years_text(const R& role, Lang lang) {
  return role.years ? describe_range(*role.years, {"years", "年"}).shown(lang) : "";
}

// "article § section"
std::string cite(const Source& source);

// Why a `next` link or a rank stands, in a few words: the citation or the project's inference;
// empty when the file gives neither.
std::string basis_text(const Basis& basis, Lang lang);

// Guidance, each piece a row ("- text", its overlay first when it comes from one) and, with
// `with_sources`, a dim row citing it.
void guidance_rows(Table& table, const std::vector<RoleGuidance>& guidance, Lang lang,
                   bool with_sources);

// A role of the library after `extends` (no overlays); throws Error(invalid_data) when it does
// not resolve. Whole-library views resolve one role at a time instead of holding them all.
Role resolve_listed(const Library& library, const RoleDef& def, Detail detail = Detail::full);

}  // namespace ctoladder::view
