#include <fmt/format.h>

#include "ctoladder/error.hpp"

namespace ctoladder {

std::string Diagnostic::format() const {
  std::string_view level = severity == Severity::error     ? "error"
                           : severity == Severity::warning ? "warning"
                                                           : "note";
  if (where.line > 0)
    return fmt::format("{}:{}:{}: {}: {}", where.file.str(), where.line, where.column, level,
                       message);
  if (!where.file.empty()) return fmt::format("{}: {}: {}", where.file.str(), level, message);
  return fmt::format("{}: {}", level, message);
}

}  // namespace ctoladder
