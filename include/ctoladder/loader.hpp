// Reading role folders from disk into a Library. Every file is untrusted: reads are bounded,
// odd file-system objects are reported, and every problem names its file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ctoladder/error.hpp"
#include "ctoladder/library.hpp"
#include "ctoladder/parse_cache.hpp"
#include "ctoladder/role_parser.hpp"

namespace ctoladder {

struct LoadLimits {
  std::size_t max_file_bytes = 1 << 20;  // a role file is a few KB; 1 MiB is generous
  std::size_t max_files = 200'000;       // per folder
  // Keep the notes naming texts that lack a language (validate --require-lang); without it they
  // are dropped, since a one-language library is valid. Skips the parse cache, which keeps no notes.
  bool language_notes = false;
};

// True for names ctoladder reads as role files: *.yaml or *.yml, not hidden.
bool is_role_file_name(const std::string& name);

// For a name one slip away from a role file's (dev-5.ymal, dev-5.yml.), what is wrong with it
// and the name it should have; empty for any other name. Such a file is not read, and silently
// skipping it would drop a role the user believes is there.
Text misnamed_role_file(const std::string& name);

// Reads one file, refusing anything that is not a regular file or is larger than the limit.
// `stamp`, when given, gets what fstat said just before the bytes were read.
bool read_source(const std::string& path, const LoadLimits& limits, SourceText& out,
                 Diagnostics& diagnostics, FileStamp* stamp = nullptr);

// The role files of a folder, sorted by name (so results do not depend on directory order).
std::vector<std::string> list_role_files(const std::string& folder, const LoadLimits& limits,
                                         Diagnostics& diagnostics);

// Parses sources and adds them to `library` as one layer: same-id roles replace earlier
// layers, two files of one layer with the same id are an error.
void add_layer(Library& library, const std::vector<SourceText>& sources, Diagnostics& diagnostics,
               const LoadLimits& limits = {});

// Reads a folder (or a single role file) and adds it as one layer; returns the files read.
// With a `cache_dir`, a folder's unchanged files come from its ParseCache there, and the cache
// is brought up to date.
std::size_t add_path(Library& library, const std::string& path, const LoadLimits& limits,
                     Diagnostics& diagnostics, const std::string& cache_dir = {});

// Adds only the named roles (by id, which is also their file name), the roles they extend and
// each folder's domains.yaml: a one-role command then costs the same in a folder of ten roles or
// ten thousand. A role no folder has comes from `fallback` (the built-in library) when given.
// Returns false when a name is neither a file in the folders nor found by `fallback` (an alias,
// a typo): the caller then loads everything.
bool add_roles_by_id(Library& library, const std::vector<std::string>& folders,
                     std::vector<std::string> ids, const LoadLimits& limits,
                     Diagnostics& diagnostics,
                     bool (*fallback)(Library&, std::string_view) = nullptr);

}  // namespace ctoladder
