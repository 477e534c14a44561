// `ctoladder site` in the core: escaping, and what the pages hold. The browser test
// (tests/browser/site_test.py) checks the built site in Chromium.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/site.hpp"
#include "site_internal.hpp"

using namespace ctoladder;
using Catch::Matchers::Contains;

namespace {

const Library& builtin_library() {
  static const Library library = [] {
    Library loaded;
    add_embedded_library(loaded);
    return loaded;
  }();
  return library;
}

const Library& hostile_library() {
  static const Library library = [] {
    Library loaded;
    add_embedded_library(loaded);
    Diagnostics problems;
    add_path(loaded, CTOLADDER_SOURCE_DIR "/tests/browser/hostile-roles", {}, problems);
    if (has_errors(problems)) throw std::runtime_error(problems.front().format());
    return loaded;
  }();
  return library;
}

const SiteFile* find(const std::vector<SiteFile>& files, const std::string& path) {
  for (const auto& f : files)
    if (f.path == path) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("html_escape: markup as text, forbidden characters dropped", "[site]") {
  CHECK(html_escape("<a href=\"x\" title='y'>&</a>") ==
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  CHECK(html_escape("bell\a, esc\x1b, del\x7f, c1\xc2\x85, tab\t") == "bell, esc, del, c1, tab\t");
  CHECK(html_escape("non\xef\xb7\x90" "char \xef\xbf\xbe end") == "nonchar  end");
  CHECK(html_escape("首席技术官 — ok") == "首席技术官 — ok");
  CHECK(html_escape("cut \xe9") == "cut \xe9");  // a stray byte is kept, never read past
}

TEST_CASE("json_for_script: nothing can close the script or end a line", "[site]") {
  CHECK(json_for_script(R"({"a":"</script><b>&"})") ==
        R"({"a":"\u003c/script\u003e\u003cb\u003e\u0026"})");
  CHECK(json_for_script("\"\xe2\x80\xa8\xe2\x80\xa9\"") == R"("\u2028\u2029")");
  CHECK(json_for_script("\"\xe2\x80\x94\"") == "\"\xe2\x80\x94\"");  // an em dash stays
}

TEST_CASE("build_site: every page in both languages, the same bytes each time", "[site]") {
  auto files = build_site(builtin_library(), {});
  CHECK(files == build_site(builtin_library(), {}));
  for (const char* path :
       {"index.html", "index.en.html", "index.zh.html", "role-cto.en.html",
        "role-cto.startup.zh.html", "compare.en.html", "search.zh.html", "domains.en.html",
        "data.js", "app.js", "site.js", "style.css", "ladder.en.svg", "ladder.zh.svg"})
    CHECK(find(files, path) != nullptr);
  CHECK(find(files, "index.html")->bytes == find(files, "index.en.html")->bytes);
  SiteOptions zh;
  zh.lang = Lang::zh;
  auto chinese = build_site(builtin_library(), zh);
  CHECK(find(chinese, "index.html")->bytes == find(chinese, "index.zh.html")->bytes);
  const std::string& role = find(files, "role-tech-manager.en.html")->bytes;
  CHECK_THAT(role, Contains("<html lang=\"en\">"));
  CHECK_THAT(role, Contains("Content-Security-Policy"));
  CHECK_THAT(role, Contains("<input type=\"checkbox\" class=\"hold\" value=\"code-review\">"));
  CHECK_THAT(role, Contains("<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"role-tech-manager.zh.html\">"));
  CHECK(role.find("<script>") == std::string::npos);  // no inline script
  CHECK(role.find("style=") == std::string::npos);    // no inline style
}

TEST_CASE("build_site: hostile role text is escaped everywhere", "[site]") {
  auto files = build_site(hostile_library(), {});
  const std::string& page = find(files, "role-hostile.en.html")->bytes;
  CHECK_THAT(page, Contains("&lt;script&gt;window.pwned=&#39;name&#39;&lt;/script&gt;Hostile"));
  for (const auto& f : files) {
    if (!f.path.ends_with(".html")) continue;
    INFO(f.path);
    CHECK(f.bytes.find("<script>") == std::string::npos);
    CHECK(f.bytes.find("<img src=x") == std::string::npos);
    CHECK(f.bytes.find("href=\"javascript:") == std::string::npos);
    CHECK(f.bytes.find("onmouseover=\"") == std::string::npos);
  }
  const std::string& data = find(files, "data.js")->bytes;
  CHECK(data.find("</script>") == std::string::npos);
  CHECK(data.find("\xe2\x80\xa8") == std::string::npos);
}

TEST_CASE("build_site: citations name the built-in library's articles, never their files", "[site]") {
  // assets/site/articles.json parses, and each entry has its label and title in both languages.
  REQUIRE(site::articles().size() >= 2);
  for (const auto& [file, article] : site::articles()) {
    INFO(file);
    CHECK(!article.label.en.empty());
    CHECK(!article.label.zh.empty());
    CHECK(!article.title.en.empty());
    CHECK(!article.title.zh.empty());
  }
  // Every article the library cites is in it: no page shows a file name, but the sources page,
  // which lists each article with the file the project has.
  const std::regex hover(R"( title="[^"]*")");
  for (const auto& file : build_site(builtin_library(), {})) {
    if (!file.path.ends_with(".html")) continue;
    INFO(file.path);
    if (file.path.starts_with("sources.")) {
      for (const auto& [name, article] : site::articles())
        CHECK_THAT(file.bytes, Contains("<code>" + name + "</code>"));
      continue;
    }
    CHECK_THAT(std::regex_replace(file.bytes, hover, ""), !Contains(".txt"));
  }
}
