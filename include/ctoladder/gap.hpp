// Gap analysis: which responsibilities of a target role a person already holds, per domain,
// what is missing and where on the ladder it is usually learned. The "have" file lists the ids a
// person holds (format: README, "Gap analysis"; `ctoladder gap --template` prints one).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/error.hpp"
#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"
#include "ctoladder/role_parser.hpp"

namespace ctoladder {

// A have file is a few lines; anything larger is refused before parsing.
inline constexpr std::size_t kMaxHaveFileBytes = 64 * 1024;

// The ids a have file lists, each with where it stands; problems (FILE:LINE:COL) go to
// `diagnostics`. Reading checks size, regular file, NUL bytes and UTF-8.
std::vector<IdRef> read_have_file(const std::string& path, Diagnostics& diagnostics);
std::vector<IdRef> parse_have(const SourceText& source, Diagnostics& diagnostics);
// "code-review,tech-strategy": ids given on the command line (named `where` in messages).
std::vector<IdRef> parse_have_list(std::string_view list, const std::string& where,
                                   Diagnostics& diagnostics);

// A commented example have file, in `lang`.
std::string have_template(Lang lang);
// A have file listing every responsibility of `target`, each with its domain and text as a
// comment: the person deletes the lines they do not hold yet.
std::string have_template(const Library& library, const Role& target, Lang lang);

// A responsibility as the ladder first teaches it: the lowest-rank role holding the id (ties:
// the role id first), or the overlay that adds it when no role holds it on its own.
struct KnownDuty {
  Responsibility duty;
  std::string learned_at;  // role reference
  int rank = 0;
};

// Every responsibility id the library knows, in ladder order.
std::vector<KnownDuty> known_duties(const Library& library);

// Reports every id no role knows, with a did-you-mean. An id near a known one is a typo: an
// error. One that resembles nothing is reported with `unmatched`: a have file may have been made
// for another role folder (a site built with --roles), so the caller may let it be a warning.
void check_known(const std::vector<KnownDuty>& known, const std::vector<IdRef>& ids,
                 Diagnostics& diagnostics,
                 Diagnostic::Severity unmatched = Diagnostic::Severity::error);

struct DomainGap {
  std::string domain;
  std::size_t held = 0;
  std::size_t total = 0;
  std::vector<Responsibility> missing;
};

struct Gap {
  Role target;
  std::optional<std::string> from;  // --from, as referenced
  std::vector<std::string> held;    // the ids the person holds, as given, without repeats
  std::vector<DomainGap> domains;   // the target's domains, library order
  std::vector<KnownDuty> extra;     // held, but the target does not need them (--from's text)
  std::vector<KnownDuty> known;     // where each missing id is learned
  std::size_t held_count = 0;       // of the target's responsibilities
  std::size_t total = 0;
  std::optional<double> min;  // --min PERCENT
  // With --from a role whose `next` leads to the target: the advice for that step (what `path`
  // shows for it), beside the target's own guidance.
  std::vector<Guidance> step_guidance;

  double percent() const { return total == 0 ? 100.0 : 100.0 * double(held_count) / double(total); }
  bool meets_min() const { return !min || percent() >= *min; }
  const KnownDuty* where_learned(std::string_view id) const;
};

// `from` (gap --from ROLE): the role whose duties are held. A held duty the target does not need
// is then shown in that role's own words, not in those of the role that first teaches the id.
Gap gap(const Library& library, const Role& target, const std::vector<std::string>& held,
        const Role* from = nullptr);

}  // namespace ctoladder
