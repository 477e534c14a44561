// Role references ("cto@startup,china") and turning a RoleDef into a Role: `extends` first,
// then overlays in the role file's order, whatever order the reference names them in.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/error.hpp"
#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"

namespace ctoladder {

struct RoleRef {
  std::string role;                   // id or alias as typed
  std::vector<std::string> overlays;  // overlay names as typed
};

// Splits "ROLE[@OVERLAY[,OVERLAY...]]"; throws Error(usage) on an empty part.
RoleRef parse_reference(std::string_view text);

// How much of each responsibility resolve_base copies: all of it, or the id alone. Every
// problem resolving can find depends only on ids and fields, so checking a library, or listing
// it, needs no copy of every duty's text.
enum class Detail { full, ids };

// The role with `extends` applied and no overlays; problems go to `diagnostics`.
std::optional<Role> resolve_base(const Library& library, const RoleDef& def,
                                 Diagnostics& diagnostics, Detail detail = Detail::full);

// Applies one overlay to a resolved role; problems (removing or rewording what is not there,
// adding what is) go to `diagnostics`. Ids in `removed_earlier` (what earlier overlays of the
// same reference removed) may be removed again, and a reword of one is skipped (the removal
// wins); this overlay's removals are added to it.
void apply_overlay(Role& role, const Overlay& overlay, Diagnostics& diagnostics,
                   std::vector<std::string>* removed_earlier = nullptr);

// Applies overlays in the order given, then records what the role's `combinations` say about
// each pair of them. resolve() passes them in the role's order.
void apply_overlays(Role& role, const RoleDef& def, const std::vector<const Overlay*>& overlays,
                    Diagnostics& diagnostics);

// Why two overlays of `def` cannot be used together: a `conflict` the data declares, or what
// they say that cannot both hold (both set one field differently, one removes what the other
// rewords unless `combinations` states the pair, ...). Empty when they combine.
Text conflict_message(const RoleDef& def, const Overlay& a, const Overlay& b);

// The error for a role whose definition does not resolve, listing its problems.
Error unresolved(const RoleDef& def, const Diagnostics& diagnostics);

// The role's `combinations` entry about overlays `a` and `b`, in either order, or null.
const Combination* find_combination(const RoleDef& def, std::string_view a, std::string_view b);

// Resolves a reference; throws Error (unknown role with a suggestion, unknown overlay with the
// list of overlays the role has, two overlays on one axis, invalid role data).
Role resolve(const Library& library, const RoleRef& ref);
Role resolve(const Library& library, std::string_view reference);

// Throws Error(unknown_role) with a did-you-mean when no role has this id or alias.
const RoleDef& find_role(const Library& library, std::string_view id_or_alias);

}  // namespace ctoladder
