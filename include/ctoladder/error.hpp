// Errors a user can cause. The core throws them; the CLI catches them once, at the edge, and maps
// each kind to an exit code.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "ctoladder/model.hpp"

namespace ctoladder {

enum class ErrorKind {
  usage,         // a malformed reference or option value
  unknown_role,  // no role with that id or alias
  unknown_overlay,
  invalid_data,  // role files that do not load or validate
  io,            // reading or writing failed
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::string hint = {})
      : std::runtime_error(std::move(message)), kind_(kind), hint_(std::move(hint)) {}
  ErrorKind kind() const { return kind_; }
  // A second line telling the user what to do next; may be empty.
  const std::string& hint() const { return hint_; }

 private:
  ErrorKind kind_;
  std::string hint_;
};

// One problem found in a role file, reported as FILE:LINE:COL: error: MESSAGE.
struct Diagnostic {
  // A note is not a problem: a text that lacks a language (`lacks`). The loader drops notes
  // unless asked (validate --require-lang turns those of the required language into errors).
  enum class Severity { error, warning, note };
  Location where;
  std::string message;
  Severity severity = Severity::error;
  std::optional<Lang> lacks = std::nullopt;

  std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

inline bool has_errors(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Diagnostic::Severity::error) return true;
  return false;
}

}  // namespace ctoladder
