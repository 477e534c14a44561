#include "ctoladder/library.hpp"

#include "ctoladder/text.hpp"

namespace ctoladder {

void Library::add_domain(Domain domain) {
  for (auto& existing : domains_)
    if (existing.id == domain.id) {
      existing = std::move(domain);
      return;
    }
  domains_.push_back(std::move(domain));
}

void Library::add_role(RoleDef role, bool refines, std::vector<std::string> stated) {
  names_indexed_ = false;
  if (refines)
    refined_[role.id] = std::move(stated);
  else
    refined_.erase(role.id);
  if (auto it = by_id_.find(role.id); it != by_id_.end()) {
    replaced_[role.id] = roles_[it->second].where.file;
    roles_[it->second] = std::move(role);
    return;
  }
  by_id_.emplace(role.id, roles_.size());
  roles_.push_back(std::move(role));
}

const Domain* Library::domain(std::string_view id) const {
  for (const auto& d : domains_)
    if (d.id == id) return &d;
  return nullptr;
}

std::size_t Library::domain_order(std::string_view id) const {
  for (std::size_t i = 0; i < domains_.size(); ++i)
    if (domains_[i].id == id) return i;
  return domains_.size();
}

const RoleDef* Library::role(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &roles_[it->second];
}

void Library::index_names() const {
  if (names_indexed_) return;
  by_name_.clear();
  // Ids win over aliases: index aliases first, then let ids overwrite.
  for (std::size_t i = 0; i < roles_.size(); ++i)
    for (const auto& alias : roles_[i].aliases) by_name_[text::fold_case(alias)] = i;
  for (std::size_t i = 0; i < roles_.size(); ++i) by_name_[roles_[i].id] = i;
  names_indexed_ = true;
}

const RoleDef* Library::lookup(std::string_view id_or_alias) const {
  if (const RoleDef* exact = role(id_or_alias)) return exact;
  index_names();
  auto it = by_name_.find(text::fold_case(id_or_alias));
  return it == by_name_.end() ? nullptr : &roles_[it->second];
}

std::string Library::replaced_file(std::string_view id) const {
  auto it = replaced_.find(std::string(id));
  return it == replaced_.end() ? std::string() : it->second;
}

std::vector<std::string> Library::reference_words() const {
  std::vector<std::string> words;
  for (const auto& r : roles_) {
    words.push_back(r.id);
    for (const auto& alias : r.aliases) words.push_back(alias);
  }
  return words;
}

void Library::hide_roles_from(std::string_view prefix) {
  std::vector<RoleDef> shown;
  for (auto& role : roles_)
    (role.where.file.str().starts_with(prefix) ? hidden_ : shown).push_back(std::move(role));
  roles_ = std::move(shown);
  by_id_.clear();
  for (std::size_t i = 0; i < roles_.size(); ++i) by_id_.emplace(roles_[i].id, i);
  hidden_by_id_.clear();
  for (std::size_t i = 0; i < hidden_.size(); ++i) hidden_by_id_.emplace(hidden_[i].id, i);
  for (auto& role : roles_)
    std::erase_if(role.next, [&](const NextStep& n) { return hidden_by_id_.count(n.id) > 0; });
  names_indexed_ = false;
}

const RoleDef* Library::parent(std::string_view id) const {
  if (const RoleDef* shown = role(id)) return shown;
  auto it = hidden_by_id_.find(std::string(id));
  return it == hidden_by_id_.end() ? nullptr : &hidden_[it->second];
}

bool Library::hidden(std::string_view id_or_alias) const {
  if (hidden_by_id_.count(std::string(id_or_alias))) return true;
  std::string folded = text::fold_case(id_or_alias);
  for (const auto& role : hidden_) {
    if (role.id == folded) return true;
    for (const auto& alias : role.aliases)
      if (text::fold_case(alias) == folded) return true;
  }
  return false;
}

}  // namespace ctoladder
