// `ctoladder site`: the library as a self-contained static web site (HTML pages, a style sheet,
// two scripts and the library as data for them), built in memory; the CLI writes the files.
#pragma once

#include <string>
#include <vector>

#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"

namespace ctoladder {

struct SiteFile {
  std::string path;  // relative to the site folder; a plain file name, no folders
  std::string bytes;
  bool operator==(const SiteFile&) const = default;
};

struct SiteOptions {
  Lang lang = Lang::en;  // the language of index.html; both languages get every page
  // What the site was built from, as the footer states it ("the built-in library", folders),
  // and as the have-file's command needs it (`--roles NAME`): each folder's base name.
  std::vector<std::string> role_folders;
  // False with --no-builtin: the footer says the site was built from the folders alone.
  bool builtin = true;
  // The site's name (`site --title`): the index heading, the header, every page's <title> and
  // the ladder picture's title. Empty: "The software-engineering career ladder".
  std::string title;
  // The Chinese pages' name (`site --title-zh`); empty: `title`, or the default in Chinese.
  std::string title_zh;
  // `site --one-language`: pages in `lang` only, with no switch and no note about the other
  // language (an English-only company publishing a ladder that includes the bilingual roles).
  bool one_language = false;
};

// Every file of the site, sorted by path. The same library and options give the same bytes.
// Throws Error(invalid_data) when a role does not resolve.
std::vector<SiteFile> build_site(const Library& library, const SiteOptions& options);

// Text for HTML content and attribute values: markup characters escaped, and the characters
// HTML forbids in a document (controls other than tab and newline, noncharacters) dropped.
std::string html_escape(std::string_view text);

// JSON text made safe inside a script: "<", ">", "&", U+2028 and U+2029 as \u escapes, so no
// role text can close a script element or end a line in old JavaScript engines.
std::string json_for_script(std::string_view json);

}  // namespace ctoladder
