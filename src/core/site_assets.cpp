// The site's style sheet and scripts, and the articles' titles, compiled in from assets/site/
// (cmake/EmbedSiteAssets.cmake).
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "site_internal.hpp"

namespace ctoladder::site {
namespace {

constexpr unsigned char kStyle[] = {
#include "site_assets/style.css.inc"
};
constexpr unsigned char kSiteScript[] = {
#include "site_assets/site.js.inc"
};
constexpr unsigned char kAppScript[] = {
#include "site_assets/app.js.inc"
};
constexpr unsigned char kArticles[] = {
#include "site_assets/articles.json.inc"
};

template <std::size_t N>
std::string bytes_of(const unsigned char (&data)[N]) {
  return std::string(reinterpret_cast<const char*>(data), N);
}

}  // namespace

std::vector<Asset> site_assets() {
  return {{"style.css", bytes_of(kStyle)}, {"site.js", bytes_of(kSiteScript)},
          {"app.js", bytes_of(kAppScript)}};
}

const std::map<std::string, Article>& articles() {
  // Parsed once; the file is ours and checked by a unit test, so a mistake fails there.
  static const std::map<std::string, Article> table = [] {
    std::map<std::string, Article> out;
    auto json = nlohmann::json::parse(bytes_of(kArticles), nullptr, /*allow_exceptions=*/false);
    if (!json.is_object() || !json.contains("articles")) return out;
    auto text = [](const nlohmann::json& j) {
      return Text{j.value("en", std::string()), j.value("zh", std::string())};
    };
    for (const auto& a : json.at("articles")) {
      if (!a.is_object() || !a.contains("file") || !a.contains("label") || !a.contains("title"))
        continue;
      Article article{text(a.at("label")), text(a.at("title")), {}};
      if (a.contains("sections") && a.at("sections").is_object())
        for (const auto& section : a.at("sections").items())
          if (section.value().is_object()) article.sections[section.key()] = text(section.value());
      out[a.at("file").get<std::string>()] = std::move(article);
    }
    return out;
  }();
  return table;
}

}  // namespace ctoladder::site
