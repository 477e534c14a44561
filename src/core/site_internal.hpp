// Pieces of `ctoladder site` shared by its source files (site*.cpp).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ctoladder/model.hpp"

namespace ctoladder::site {

inline constexpr const char* kSiteFonts =
    "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Noto Sans, DejaVu Sans, "
    "sans-serif";

// A text in `lang`, or in the other language when a one-language library left it empty.
inline const std::string& text_in(const Text& text, Lang lang) {
  const std::string& wanted = text.in(lang);
  return wanted.empty() ? text.in(lang == Lang::zh ? Lang::en : Lang::zh) : wanted;
}

// The ladder picture of the index page, a standalone SVG document (site_ladder.cpp).
// `title`: the picture's title; empty, "The software-engineering career ladder". `links`: role
// id -> the page a role's box leads to (a box without one is not a link).
std::string ladder_svg(const std::vector<Role>& roles, Lang lang, const std::string& title = {},
                       const std::map<std::string, std::string>& links = {});

// The tracks in the order the ladder picture draws its columns; the index's table uses it too.
std::vector<Track> track_order();

// The kinds of `next` steps the ladder picture draws as arrows: sourced (solid), the project's
// inference and steps with no basis at all (both dashed). The legend and the caption under the
// picture describe only the kinds there are.
struct StepKinds {
  bool sourced = false;
  bool inferred = false;
  bool bare = false;
};
StepKinds step_kinds(const std::vector<Role>& roles);
// The caption's sentence about the arrows ("" when there are none).
std::string steps_caption(const StepKinds& kinds, Lang lang);

// The embedded style sheet and scripts (site_assets.cpp).
struct Asset {
  const char* path;
  std::string bytes;
};
std::vector<Asset> site_assets();

// How citations name an article the built-in library cites (assets/site/articles.json): "Article
// A", "How to become a CTO: ...". An article missing from it is shown by its file name.
// `sections`: a section as role files cite it (the article's Chinese heading) -> its name on the
// site's pages (English; a Chinese one where the heading itself reads badly, a page title).
struct Article {
  Text label;
  Text title;
  std::map<std::string, Text> sections;
};
const std::map<std::string, Article>& articles();

}  // namespace ctoladder::site
