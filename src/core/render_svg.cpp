// The radar chart of `chart --format svg`: one axis per domain, one polygon per role, scaled
// to the largest weight of the chart. Deterministic output (fixed precision, no clock, no
// random ids), every piece of text XML-escaped.
#include <fmt/format.h>

#include <array>
#include <cmath>

#include "view_chart.hpp"
#include "view_common.hpp"

namespace ctoladder::view {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kWidth = 1000;
constexpr double kRadius = 200;
constexpr double kCenterX = kWidth / 2;
constexpr double kCenterY = 330;
constexpr double kLegendRow = 26;
// Colour-blind-safe (Okabe & Ito), darkest first; `chart` accepts at most this many roles.
constexpr std::array<const char*, 8> kColours{"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                              "#E69F00", "#56B4E9", "#000000", "#F0E442"};
constexpr const char* kFonts =
    "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Noto Sans, DejaVu Sans, "
    "sans-serif";

// Text for XML content and attribute values: markup characters escaped, and the characters
// XML 1.0 forbids (C0 controls other than tab, newline and carriage return) dropped.
std::string xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (byte >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    }
  }
  return out;
}

std::string num(double value) {
  std::string s = fmt::format("{:.1f}", value);
  if (s == "-0.0") s = "0.0";
  return s;
}

struct Point {
  double x, y;
};

Point on_axis(std::size_t axis, std::size_t axes, double radius) {
  double angle = -kPi / 2 + 2 * kPi * double(axis) / double(std::max<std::size_t>(axes, 1));
  return {kCenterX + radius * std::cos(angle), kCenterY + radius * std::sin(angle)};
}

std::string points(const std::vector<Point>& corners) {
  std::string out;
  for (const auto& p : corners) out += (out.empty() ? "" : " ") + num(p.x) + "," + num(p.y);
  return out;
}

std::string grid(std::size_t axes, std::size_t max) {
  std::string out = "  <g class=\"grid\" fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\">\n";
  for (int ring = 1; ring <= 4; ++ring) {
    std::vector<Point> corners;
    for (std::size_t a = 0; a < axes; ++a) corners.push_back(on_axis(a, axes, kRadius * ring / 4));
    out += fmt::format("    <polygon points=\"{}\"/>\n", points(corners));
  }
  for (std::size_t a = 0; a < axes; ++a) {
    Point end = on_axis(a, axes, kRadius);
    out += fmt::format("    <line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", num(kCenterX),
                       num(kCenterY), num(end.x), num(end.y));
  }
  out += "  </g>\n  <g class=\"scale\" font-size=\"11\" fill=\"#808080\">\n";
  for (int ring = 1; ring <= 4; ++ring)
    out += fmt::format("    <text x=\"{}\" y=\"{}\">{:g}</text>\n", num(kCenterX + 4),
                       num(kCenterY - kRadius * ring / 4 - 3),
                       std::round(double(max) * ring / 4 * 10) / 10);
  return out + "  </g>\n";
}

std::string axis_labels(const Library& library, const DomainWeights& w, Lang lang) {
  std::string out = "  <g class=\"axes\" font-size=\"13\" fill=\"#303030\">\n";
  for (std::size_t a = 0; a < w.domains.size(); ++a) {
    Point at = on_axis(a, w.domains.size(), kRadius + 18);
    double across = (at.x - kCenterX) / (kRadius + 18);
    double down = (at.y - kCenterY) / (kRadius + 18);
    const char* anchor = across > 0.2 ? "start" : across < -0.2 ? "end" : "middle";
    double dy = down > 0.5 ? 12 : down < -0.5 ? -2 : 4;
    out += fmt::format("    <text x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>\n", num(at.x),
                       num(at.y + dy), anchor, xml(domain_name(library, w.domains[a], lang)));
  }
  return out + "  </g>\n";
}

std::string series(const Library& library, const std::vector<const Role*>& roles,
                   const DomainWeights& w, Lang lang) {
  std::string out;
  std::size_t axes = w.domains.size();
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const char* colour = kColours[i % kColours.size()];
    std::vector<Point> corners;
    for (std::size_t a = 0; a < axes; ++a) {
      double share = w.max == 0 ? 0 : double(w.counts[i][a]) / double(w.max);
      corners.push_back(on_axis(a, axes, kRadius * share));
    }
    out += fmt::format("  <g class=\"role\" data-role=\"{}\">\n", xml(roles[i]->reference()));
    out += fmt::format(
        "    <polygon points=\"{}\" fill=\"{}\" fill-opacity=\"0.12\" stroke=\"{}\" "
        "stroke-width=\"2\" stroke-linejoin=\"round\"/>\n",
        points(corners), colour, colour);
    for (std::size_t a = 0; a < axes; ++a)
      out += fmt::format(
          "    <circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{}\"><title>{} — {}: {}</title>"
          "</circle>\n",
          num(corners[a].x), num(corners[a].y), colour, xml(roles[i]->reference()),
          xml(domain_name(library, w.domains[a], lang)), w.counts[i][a]);
    out += "  </g>\n";
  }
  return out;
}

std::string legend(const std::vector<const Role*>& roles, double top, Lang lang) {
  std::string out = "  <g class=\"legend\" font-size=\"14\" fill=\"#202020\">\n";
  for (std::size_t i = 0; i < roles.size(); ++i) {
    double y = top + kLegendRow * double(i);
    const Role& role = *roles[i];
    std::string label = lang == Lang::zh
                            ? fmt::format("{} — {}（{} 项职责）", role.reference(), role.name.zh,
                                          role.responsibilities.size())
                            : fmt::format("{} — {} ({} responsibilities)", role.reference(),
                                          role.name.en, role.responsibilities.size());
    out += fmt::format(
        "    <rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" rx=\"2\" fill=\"{}\"/>\n"
        "    <text x=\"{}\" y=\"{}\">{}</text>\n",
        num(kCenterX - 220), num(y), kColours[i % kColours.size()], num(kCenterX - 198),
        num(y + 12), xml(label));
  }
  return out + "  </g>\n";
}

}  // namespace

std::string radar_svg(const Library& library, const std::vector<const Role*>& roles,
                      const DomainWeights& weights, Lang lang) {
  std::vector<std::string> refs;
  for (const Role* role : roles) refs.push_back(role->reference());
  std::string title = fmt::format("{}", fmt::join(refs, " · "));
  std::string subtitle =
      lang == Lang::zh
          ? fmt::format("每个领域的权重 = 该角色在此领域承担的职责数；按全图最大值 {} 缩放",
                        weights.max)
          : fmt::format(
                "Weight of a domain = responsibilities the role holds in it; scaled to "
                "the largest, {}",
                weights.max);
  double legend_top = kCenterY + kRadius + 64;
  double height = legend_top + kLegendRow * double(roles.size()) + 16;
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"{2}\" xml:lang=\"{3}\" role=\"img\">\n"
      "  <title>{4}</title>\n  <desc>{5}</desc>\n"
      "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      "  <text x=\"{6}\" y=\"36\" font-size=\"20\" font-weight=\"bold\" text-anchor=\"middle\" "
      "fill=\"#202020\">{4}</text>\n"
      "  <text x=\"{6}\" y=\"60\" font-size=\"13\" text-anchor=\"middle\" "
      "fill=\"#606060\">{5}</text>\n",
      num(kWidth), num(height), kFonts, lang == Lang::zh ? "zh-Hans" : "en", xml(title),
      xml(subtitle), num(kCenterX));
  out += grid(weights.domains.size(), weights.max);
  out += axis_labels(library, weights, lang);
  out += series(library, roles, weights, lang);
  out += legend(roles, legend_top, lang);
  return out + "</svg>\n";
}

}  // namespace ctoladder::view
