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

// The core never knows the user's language: an error carries its words in English and, where
// translated, in Chinese; the CLI picks one at the edge (message(lang), hint(lang)).
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::string hint = {})
      : std::runtime_error(message), kind_(kind), message_{std::move(message), {}},
        hint_{std::move(hint), {}} {}
  Error(ErrorKind kind, Text message, Text hint = {})
      : std::runtime_error(message.en), kind_(kind), message_(std::move(message)),
        hint_(std::move(hint)) {}
  ErrorKind kind() const { return kind_; }
  // A second line telling the user what to do next; may be empty.
  const std::string& hint() const { return hint_.en; }
  // In `lang` when translated, else in English.
  const std::string& message(Lang lang) const { return message_.in(lang); }
  const std::string& hint(Lang lang) const { return hint_.in(lang); }

 private:
  ErrorKind kind_;
  Text message_;
  Text hint_;
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
  // The message in Chinese, for people (text output under --lang zh); empty when untranslated.
  // JSON keeps `message` in English: scripts match on it.
  std::string message_zh{};

  // "FILE:LINE:COL: error: MESSAGE"; the level word stays ASCII in every language (tools and
  // editors find problems by it), the message is in `lang` when translated.
  std::string format(Lang lang = Lang::en) const;
};

// A problem worded in both languages: the message for scripts and English readers, and its
// Chinese (text output under --lang zh).
inline Diagnostic diagnostic(Location where, Text message,
                             Diagnostic::Severity severity = Diagnostic::Severity::error) {
  Diagnostic d{std::move(where), std::move(message.en), severity};
  d.message_zh = std::move(message.zh);
  return d;
}

using Diagnostics = std::vector<Diagnostic>;

inline bool has_errors(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Diagnostic::Severity::error) return true;
  return false;
}

// How many problems of one severity: the counts every summary and closing error gives.
inline std::size_t count_of(const Diagnostics& diagnostics,
                            Diagnostic::Severity severity = Diagnostic::Severity::error) {
  std::size_t count = 0;
  for (const auto& d : diagnostics) count += d.severity == severity;
  return count;
}

}  // namespace ctoladder
