// Turns the bytes of one role file (or domains.yaml) into model values, collecting every problem.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/error.hpp"
#include "ctoladder/model.hpp"

namespace ctoladder {

// The bytes of one file and the name used for it in messages.
struct SourceText {
  std::string path;
  std::string bytes;
};

struct ParsedFile {
  std::optional<RoleDef> role;  // set for a role file that parsed
  std::vector<Domain> domains;  // set for a domains.yaml
  bool operator==(const ParsedFile&) const = default;
};

// True for the file name of the domain catalogue ("domains.yaml" or "domains.yml").
bool is_domains_file(std::string_view path);

// Parses a role file or a domains file (chosen by its name). Problems go to `diagnostics`;
// a file with errors may still yield a partial result so that later checks can run.
ParsedFile parse_file(const SourceText& source, Diagnostics& diagnostics);

}  // namespace ctoladder
