// Writing a file all at once: the new contents go to a temporary file in the same folder, which is
// then renamed over the target, so a reader sees either the old file or the new one, never half of
// one, and a failed write (disk full, killed process) leaves an existing file untouched.
#pragma once

#include <string>
#include <string_view>

namespace ctoladder {

enum class WriteOutcome {
  written,  // the file now holds the contents
  exists,   // overwrite was false and the file already exists: nothing was changed
};

// Whether the new contents reach the disk before the rename (fsync): a file a user keeps must
// survive a crash; one that is cheap to make again (a page of a site) need not pay for it.
enum class Durability { synced, unsynced };

// Writes `contents` to `path` atomically. Creates the parent folder when `make_parents` is set.
// Without `overwrite`, an existing file is never replaced (checked atomically, not just before).
// Throws Error(io) when writing fails; the temporary file is removed and `path` is left as it was.
WriteOutcome write_file_atomically(const std::string& path, std::string_view contents,
                                   bool overwrite, bool make_parents = false,
                                   Durability durability = Durability::synced);

}  // namespace ctoladder
