#include "ctoladder/vocabulary.hpp"

#include <fmt/format.h>
#include <array>

namespace ctoladder {
namespace {

template <typename Enum>
struct Word {
  Enum value;
  std::string_view word;
  Text label;
};

const std::array<Word<Track>, 3> kTracks{{
    {Track::individual_contributor,
     "individual-contributor",
     {"individual contributor", "专业序列"}},
    {Track::management, "management", {"management", "管理序列"}},
    {Track::executive, "executive", {"executive", "高管"}},
}};

const std::array<Word<Scope>, 6> kScopes{{
    {Scope::task, "task", {"task", "任务"}},
    {Scope::module, "module", {"module", "模块"}},
    {Scope::system, "system", {"system", "系统"}},
    {Scope::product_line, "product-line", {"product line", "产品线"}},
    {Scope::platform, "platform", {"platform", "平台"}},
    {Scope::company, "company", {"company", "公司"}},
}};

const std::array<Word<Coding>, 3> kCoding{{
    {Coding::core, "core", {"core of the job", "日常主要工作"}},
    {Coding::part, "part", {"part of the job", "部分工作"}},
    {Coding::none, "none", {"none", "不写代码"}},
}};

const std::array<Word<Axis>, 2> kAxes{{
    {Axis::variant, "variant", {"variant", "公司类型"}},
    {Axis::profile, "profile", {"profile", "地区"}},
}};

template <typename Enum, std::size_t N>
std::string_view word_of(const std::array<Word<Enum>, N>& table, Enum value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.word;
  return "?";
}

template <typename Enum, std::size_t N>
const Text& label_of(const std::array<Word<Enum>, N>& table, Enum value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.label;
  static const Text unknown{"?", "?"};
  return unknown;
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const std::array<Word<Enum>, N>& table, std::string_view word) {
  for (const auto& entry : table)
    if (entry.word == word) return entry.value;
  return std::nullopt;
}

template <typename Enum, std::size_t N>
std::vector<std::string> words(const std::array<Word<Enum>, N>& table) {
  std::vector<std::string> result;
  for (const auto& entry : table) result.emplace_back(entry.word);
  return result;
}

}  // namespace

std::string_view to_string(Track value) {
  return word_of(kTracks, value);
}
std::string_view to_string(Scope value) {
  return word_of(kScopes, value);
}
std::string_view to_string(Coding value) {
  return word_of(kCoding, value);
}
std::string_view to_string(Axis value) {
  return word_of(kAxes, value);
}

std::optional<Track> parse_track(std::string_view word) {
  return parse(kTracks, word);
}
std::optional<Scope> parse_scope(std::string_view word) {
  return parse(kScopes, word);
}
std::optional<Coding> parse_coding(std::string_view word) {
  return parse(kCoding, word);
}
std::optional<Axis> parse_axis(std::string_view word) {
  return parse(kAxes, word);
}

// The table of each enum, for the functions chosen by type.
template <class Enum>
const auto& table_of() {
  if constexpr (std::is_same_v<Enum, Track>)
    return kTracks;
  else if constexpr (std::is_same_v<Enum, Scope>)
    return kScopes;
  else if constexpr (std::is_same_v<Enum, Coding>)
    return kCoding;
  else {
    static_assert(std::is_same_v<Enum, Axis>, "a new enum needs its table here");
    return kAxes;
  }
}

template <class Enum>
std::optional<Enum> parse_word(std::string_view word) {
  return parse(table_of<Enum>(), word);
}
template <class Enum>
std::vector<std::string> words_of() {
  return words(table_of<Enum>());
}
template std::optional<Track> parse_word(std::string_view);
template std::optional<Scope> parse_word(std::string_view);
template std::optional<Coding> parse_word(std::string_view);
template std::optional<Axis> parse_word(std::string_view);
template std::vector<std::string> words_of<Track>();
template std::vector<std::string> words_of<Scope>();
template std::vector<std::string> words_of<Coding>();
template std::vector<std::string> words_of<Axis>();

std::vector<std::string> words_of_track() {
  return words(kTracks);
}
std::vector<std::string> words_of_scope() {
  return words(kScopes);
}
std::vector<std::string> words_of_coding() {
  return words(kCoding);
}
std::vector<std::string> words_of_axis() {
  return words(kAxes);
}

const Text& label(Track value) {
  return label_of(kTracks, value);
}
const Text& label(Scope value) {
  return label_of(kScopes, value);
}
const Text& label(Coding value) {
  return label_of(kCoding, value);
}
const Text& label(Axis value) {
  return label_of(kAxes, value);
}

Text describe_range(const Range& range, const Text& unit) {
  auto render = [&](const std::string& unit_word, std::string_view up_to) -> std::string {
    if (range.min && range.max) return fmt::format("{}-{}{}", *range.min, *range.max, unit_word);
    if (range.min) return fmt::format("{}+{}", *range.min, unit_word);
    if (range.max) return fmt::format("{}{}{}", up_to, *range.max, unit_word);
    return {};
  };
  return Text{render(unit.en.empty() ? "" : " " + unit.en, "up to "), render(unit.zh, "至多 ")};
}

Text describe_team_size(const Range& range) {
  if (range.min && !range.max)
    return Text{fmt::format("more than {} people", *range.min), fmt::format("超过{}人", *range.min)};
  return describe_range(range, {"people", "人"});
}

const Text& field_label(std::string_view field) {
  static const std::vector<std::pair<std::string_view, Text>> kLabels = [] {
    std::vector<std::pair<std::string_view, Text>> labels{
        {"id", {"id", "标识"}}, {"name", {"name", "名称"}}, {"rank", {"rank", "级别"}}};
    for_each_field([&](const auto& f) {
      labels.push_back({f.info.key, {std::string(f.info.label_en), std::string(f.info.label_zh)}});
    });
    labels.push_back({"next", {"next steps", "下一步"}});
    labels.push_back({"overlays", {"overlays", "变体"}});
    return labels;
  }();
  for (const auto& [key, text] : kLabels)
    if (key == field) return text;
  static const Text unknown{"?", "?"};
  return unknown;
}

}  // namespace ctoladder
