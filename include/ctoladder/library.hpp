// The set of roles and domains a command works on: the built-in library with user folders
// layered over it. Lookups by id or alias are case-insensitive.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ctoladder/model.hpp"

namespace ctoladder {

class Library {
 public:
  // A domain or role with an id already present replaces it (a user folder overriding the
  // built-in one); the replaced role's file is remembered for `where`.
  void add_domain(Domain domain);
  // `refines`: the role is a lower layer's role of that id with a file's statements laid over it
  // (the file extends its own id), not a replacement; `stated`: the duty ids that file states
  // (the others are the lower role's).
  void add_role(RoleDef role, bool refines = false, std::vector<std::string> stated = {});
  // Room for `more` roles, so a large folder does not regrow (and briefly double) the list.
  void reserve_roles(std::size_t more) { roles_.reserve(roles_.size() + more); }

  const std::vector<Domain>& domains() const { return domains_; }
  const Domain* domain(std::string_view id) const;
  // Position of a domain in display order (domains().size() when unknown).
  std::size_t domain_order(std::string_view id) const;

  const std::vector<RoleDef>& roles() const { return roles_; }
  const RoleDef* role(std::string_view id) const;
  // By id or alias, ignoring case ("CTO", "首席技术官", "vp-engineering").
  const RoleDef* lookup(std::string_view id_or_alias) const;
  // The file of the role a same-id role replaced (or refined), or empty.
  std::string replaced_file(std::string_view id) const;
  // True when the role of that id refines the lower role instead of replacing it.
  bool refined(std::string_view id) const { return refined_.count(std::string(id)) > 0; }
  // The duty ids the refining file of that role states itself; empty when it is not refined.
  std::vector<std::string> refining_duties(std::string_view id) const {
    auto it = refined_.find(std::string(id));
    return it == refined_.end() ? std::vector<std::string>() : it->second;
  }

  // Every id and alias, for "did you mean" suggestions.
  std::vector<std::string> reference_words() const;

  // --no-builtin: the roles whose file starts with `prefix` (the built-in ones) leave roles(),
  // role() and lookup(), so no command shows them, but stay as parents: a user role extending
  // one still resolves through parent(). Next steps into them are dropped (a hidden role has no
  // page, row or box to lead to). Call once, after loading and validating.
  void hide_roles_from(std::string_view prefix);
  // A shown or hidden role by id: what `extends` resolves against.
  const RoleDef* parent(std::string_view id) const;
  // True when `id_or_alias` names a hidden role (for "left out by --no-builtin").
  bool hidden(std::string_view id_or_alias) const;

 private:
  void index_names() const;

  std::vector<Domain> domains_;
  std::vector<RoleDef> roles_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, std::string> replaced_;
  std::unordered_map<std::string, std::vector<std::string>> refined_;  // id -> duties it states
  std::vector<RoleDef> hidden_;
  std::unordered_map<std::string, std::size_t> hidden_by_id_;
  // Folded ids and aliases; built on the first lookup by alias.
  mutable std::unordered_map<std::string, std::size_t> by_name_;
  mutable bool names_indexed_ = false;
};

}  // namespace ctoladder
