#include "json_shapes.hpp"

#include "ctoladder/vocabulary.hpp"

namespace ctoladder::json_shapes {

// A language the text lacks is null: scripts tell a fallback from a translation by it.
Json text(const Text& value) {
  auto in = [&](Lang lang) { return value.has(lang) ? Json(value.in(lang)) : Json(); };
  return Json{{"en", in(Lang::en)}, {"zh", in(Lang::zh)}};
}

Json optional_text(const std::optional<Text>& value) {
  return value ? text(*value) : Json();
}

Json range(const std::optional<Range>& value) {
  if (!value) return Json();
  Json out = Json::object();
  out["min"] = value->min ? Json(*value->min) : Json();
  out["max"] = value->max ? Json(*value->max) : Json();
  return out;
}

Json source(const Source& value) {
  return Json{{"article", value.article}, {"section", value.section}};
}

Json responsibility(const Responsibility& value) {
  Json out = Json::object();
  out["id"] = value.id;
  out["domain"] = value.domain;
  out["text"] = text(value.text);
  out["how"] = optional_text(value.how);
  out["source"] = source(value.source);
  Json also = Json::array();
  for (const auto& s : value.also) also.push_back(source(s));
  out["also"] = also;
  return out;
}

namespace {

// A field's value in JSON (see kRoleFields); null when the role leaves it unset.
Json field_json(const Text& value) {
  return text(value);
}
Json field_json(const Range& value) {
  return range(value);
}
template <class Enum>
requires std::is_enum_v<Enum>
Json field_json(Enum value) {
  return std::string(to_string(value));
}
template <class Value>
Json field_json(const std::optional<Value>& value) {
  return value ? field_json(*value) : Json();
}

// `list` shows the short fields; the prose ones only `describe` does.
template <class Field>
constexpr bool is_prose = std::remove_cvref_t<Field>::prose;

}  // namespace

Json basis(const Basis& value) {
  return Json{{"source", value.source ? source(*value.source) : Json()},
              {"inference", optional_text(value.inference)}};
}

Json guidance(const Guidance& value) {
  return Json{{"text", text(value.text)}, {"source", source(value.source)}};
}

Json next_step(const NextStep& value) {
  Json out = Json{{"id", value.id}};
  out.update(basis(value.basis));
  Json items = Json::array();
  for (const auto& g : value.guidance) items.push_back(guidance(g));
  out["guidance"] = items;
  return out;
}

Json role_guidance(const std::vector<RoleGuidance>& list) {
  Json items = Json::array();
  for (const auto& g : list) {
    Json item = guidance(g.item);
    item["overlay"] = g.overlay.empty() ? Json() : Json(g.overlay);
    item["inherited_from"] = g.inherited_from.empty() ? Json() : Json(g.inherited_from);
    items.push_back(std::move(item));
  }
  return items;
}

Json role_summary(const Role& role) {
  Json out = Json::object();
  out["id"] = role.id;
  out["name"] = text(role.name);
  out["aliases"] = role.aliases;
  out["rank"] = role.rank;
  for_each_field([&](const auto& f) {
    if constexpr (!is_prose<decltype(f)>)
      out[std::string(f.info.key)] = field_json(role.*f.resolved);
  });
  Json overlays = Json::array();
  for (const auto& o : role.overlays) overlays.push_back(o.name);
  out["overlays"] = overlays;
  return out;
}

std::vector<std::pair<std::string, Json>> field_values(const Role& role) {
  std::vector<std::pair<std::string, Json>> values;
  values.reserve(2 + std::tuple_size_v<decltype(kRoleFields)>);
  values.emplace_back("name", text(role.name));
  values.emplace_back("rank", role.rank);
  for_each_field([&](const auto& f) { values.emplace_back(f.info.key, field_json(role.*f.resolved)); });
  return values;
}

std::string tsv_cell(const Json& value, Lang lang) {
  if (value.is_null()) return {};
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.contains("min") && value.contains("max")) {
    auto end = [](const Json& v) { return v.is_null() ? std::string() : v.dump(); };
    return end(value.at("min")) + "-" + end(value.at("max"));
  }
  if (value.is_object()) {  // a Text: the language asked for, else the other one
    const Json& in = value.at(lang_code(lang));
    const Json& other = value.at(lang_code(other_lang(lang)));
    return in.is_string() ? in.get<std::string>() : other.is_string() ? other.get<std::string>() : "";
  }
  return value.dump();
}

Json role(const Role& role) {
  Json out = Json::object();
  out["id"] = role.id;
  out["reference"] = role.reference();
  Json summary = role_summary(role);
  for (auto& [key, value] : summary.items())
    if (key != "id" && key != "overlays") out[key] = value;
  for_each_field([&](const auto& f) {
    if constexpr (is_prose<decltype(f)>)
      out[std::string(f.info.key)] = field_json(role.*f.resolved);
  });
  out["rank_basis"] = basis(role.rank_basis);
  out["next"] = role.next;
  Json steps = Json::array();
  for (const auto& s : role.next_steps) steps.push_back(next_step(s));
  out["next_steps"] = steps;
  out["guidance"] = role_guidance(role.guidance);
  Json combined = Json::array();
  for (const auto& c : role.combined) {
    Json names = Json::array();
    for (const auto& o : c.overlays) names.push_back(o.id);
    Json item{{"overlays", names}, {"note", text(c.note)}};
    item.update(basis(c.basis));
    combined.push_back(std::move(item));
  }
  out["combinations"] = combined;
  // The languages every text of the role is written in; a text shown in another falls back.
  Json languages = Json::array();
  for (Lang lang : {Lang::en, Lang::zh}) {
    bool all = role.name.has(lang);
    for_each_field([&](const auto& f) {
      if constexpr (is_prose<decltype(f)>) all = all && (role.*f.resolved).has(lang);
    });
    for (const auto& r : role.responsibilities)
      all = all && r.text.has(lang) && (!r.how || r.how->has(lang));
    if (all) languages.push_back(lang_code(lang));
  }
  out["languages"] = languages;
  Json overlays = Json::array();
  for (const auto& o : role.overlays)
    overlays.push_back(Json{
        {"name", o.name}, {"axis", std::string(to_string(o.axis))}, {"summary", text(o.summary)}});
  out["overlays"] = overlays;
  out["applied"] = role.applied;
  out["file"] = role.file;
  Json sources = Json::array();
  for (const auto& s : role.sources) sources.push_back(source(s));
  out["sources"] = sources;
  Json items = Json::array();
  for (const auto& r : role.responsibilities) items.push_back(responsibility(r));
  out["responsibilities"] = items;
  return out;
}

}  // namespace ctoladder::json_shapes
