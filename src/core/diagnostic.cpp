#include <fmt/format.h>

#include "ctoladder/error.hpp"

namespace ctoladder {

std::string Diagnostic::format(Lang lang) const {
  const std::string& message = lang == Lang::zh && !message_zh.empty() ? message_zh : this->message;
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
