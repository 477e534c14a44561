// The site's style sheet and scripts, compiled in from assets/site/ (cmake/EmbedSiteAssets.cmake).
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

template <std::size_t N>
std::string bytes_of(const unsigned char (&data)[N]) {
  return std::string(reinterpret_cast<const char*>(data), N);
}

}  // namespace

std::vector<Asset> site_assets() {
  return {{"style.css", bytes_of(kStyle)}, {"site.js", bytes_of(kSiteScript)},
          {"app.js", bytes_of(kAppScript)}};
}

}  // namespace ctoladder::site
