// One function per command: what the command shows, built from the library as an Output that
// any format can render. No I/O here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctoladder/compare.hpp"
#include "ctoladder/error.hpp"
#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"
#include "ctoladder/report.hpp"

namespace ctoladder {

struct SearchQuery {
  std::string text;
  std::optional<std::string> role;    // id or alias
  std::optional<std::string> domain;  // domain id
  std::optional<Track> track;
};

struct ValidationResult {
  std::vector<std::string> paths;  // what was checked ("<built-in>" for the embedded library)
  std::size_t files = 0;
  std::size_t roles = 0;
  std::size_t domains = 0;
  Diagnostics diagnostics;
};

// Roles whose base (after `extends`) resolves, in ladder order: rank, then id.
std::vector<Role> ladder_roles(const Library& library);

// `parts`: what to build (see Parts); the rest of the Output stays empty.
Output list_view(const Library& library, Lang lang, bool ids_only, Parts parts = {});
Output describe_view(const Library& library, const Role& role, Lang lang, bool with_sources,
                     Parts parts = {});
Output compare_view(const Library& library, const Role& a, const Role& b, Lang lang,
                    Parts parts = {});
Output diff_view(const Library& library, const Role& a, const Role& b, Lang lang, Parts parts = {});
// The same from a comparison already made (`diff` also needs it for its exit code).
Output diff_view(const Library& library, const Role& a, const Role& b, const Comparison& c,
                 Lang lang, Parts parts = {});
Output search_view(const Library& library, const SearchQuery& query, Lang lang, Parts parts = {});
// `title` (ladder --title) replaces the heading; empty, "The ladder, from the top".
Output ladder_view(const Library& library, Lang lang, std::string_view title = {});
Output validate_view(const ValidationResult& result, Lang lang);
// Each role's file and the file it replaced; every role when `references` is empty.
Output where_view(const Library& library, const std::vector<std::string>& references, Lang lang);

// What `new` wrote.
struct StarterWritten {
  std::string id;
  std::string extends;   // the base's id; empty for a role of its own
  std::string file;      // the file written
  std::string replaces;  // the file of the role of that id it replaces; empty when none
  std::string refines;   // the file of the role it refines (extends == id); empty when none
  std::string roles_flags;  // the --roles flags a command needs to see it ("--roles roles "), or ""
};
Output new_view(const StarterWritten& written, Lang lang);

// What `site` wrote into `folder`, and how long it took.
struct SiteFile;  // ctoladder/site.hpp
Output site_view(const std::string& folder, const std::vector<SiteFile>& files, double seconds,
                 Lang lang);

// Growth paths, gap analysis and pictures (docs: README "Growth paths, gaps and pictures").
struct GrowthPath;  // ctoladder/growth_path.hpp
struct Gap;         // ctoladder/gap.hpp
Output path_view(const Library& library, const GrowthPath& path, Lang lang);
Output gap_view(const Library& library, const Gap& gap, Lang lang);
// How `chart` scales the weights it draws: counts against the largest count of the chart;
// each role's share of its own responsibilities (a big role no longer squashes a small one);
// or each domain against the largest count on that domain.
enum class ChartScale { count, share, domain };
// The roles' responsibilities per domain as bars (text) and a radar chart (Output::raw, svg).
Output chart_view(const Library& library, const std::vector<Role>& roles, Lang lang,
                  ChartScale scale = ChartScale::count);
// The ladder as a graph in `format` (Format::dot or Format::mermaid), in Output::raw, under
// `title` (empty: a default that says whether it is the built-in ladder).
Output ladder_graph_view(const Library& library, Lang lang, Format format,
                         std::string_view title = {});

}  // namespace ctoladder
