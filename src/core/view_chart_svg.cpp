// The radar chart of `chart --format svg`: one axis per domain, one polygon per role (colour,
// line pattern and marker of its own), scaled as ChartScale says, with whole-number ticks. Deterministic output (fixed precision, no clock, no
// random ids), every piece of text XML-escaped.
#include <fmt/format.h>

#include <algorithm>
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
constexpr double kCenterY = 340;
constexpr double kLegendRow = 26;
// One colour, one line pattern and one marker shape per role, so that overlapping polygons
// stay apart even without colour. The colours are Okabe & Ito's colour-blind-safe hues,
// darkened where needed so that every one has at least 3:1 contrast on white (their yellow and
// orange do not); `chart` accepts at most this many roles.
constexpr std::array<const char*, 8> kColours{"#0072B2", "#D55E00", "#007756", "#A8478C",
                                              "#8A6100", "#000000", "#5E4FA2", "#6B6B6B"};
constexpr std::array<const char*, 8> kDashes{"",        "9 4",     "2 4",   "12 4 3 4",
                                             "5 3",     "1 3 6 3", "14 5",  "3 3 3 8"};
enum class Marker { circle, square, triangle, diamond, down, plus, cross, bar };
constexpr std::array<Marker, 8> kMarkers{Marker::circle,  Marker::square, Marker::triangle,
                                         Marker::diamond, Marker::down,   Marker::plus,
                                         Marker::cross,   Marker::bar};
constexpr const char* kFonts =
    "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Noto Sans, DejaVu Sans, "
    "sans-serif";

// Text for XML content and attribute values: markup characters escaped, and the characters
// XML 1.0 forbids (C0 controls other than tab, newline and carriage return) dropped.
// A domain's name without the "[en]" mark of a fallback: pictures leave the marks out (the
// docs say so), as a chart has no room to explain them.
std::string picture_domain_name(const Library& library, const std::string& id, Lang lang) {
  const Domain* domain = library.domain(id);
  return domain ? domain->name.in(lang) : id;
}

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

// The path of a marker centred on (x, y), about 8 units across.
std::string marker_path(Marker marker, double x, double y) {
  auto at = [&](double dx, double dy) { return num(x + dx) + "," + num(y + dy); };
  switch (marker) {
    case Marker::circle:
      return fmt::format("M{}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0Z", at(-4, 0));
    case Marker::square:
      return fmt::format("M{}H{}V{}H{}Z", at(-3.5, -3.5), num(x + 3.5), num(y + 3.5), num(x - 3.5));
    case Marker::triangle:
      return fmt::format("M{}L{}L{}Z", at(0, -5), at(4.5, 3.5), at(-4.5, 3.5));
    case Marker::diamond:
      return fmt::format("M{}L{}L{}L{}Z", at(0, -5), at(5, 0), at(0, 5), at(-5, 0));
    case Marker::down:
      return fmt::format("M{}L{}L{}Z", at(0, 5), at(4.5, -3.5), at(-4.5, -3.5));
    case Marker::plus:
      return fmt::format("M{}h3v3h3v3h-3v3h-3v-3h-3v-3h3Z", at(-1.5, -4.5));
    case Marker::cross:
      return fmt::format("M{}l2-2 2.5 2.5 2.5-2.5 2 2-2.5 2.5 2.5 2.5-2 2-2.5-2.5-2.5 2.5-2-2 "
                         "2.5-2.5Z",
                         at(-4.5, -2.5));
    case Marker::bar:
      return fmt::format("M{}H{}V{}H{}Z", at(-5, -2), num(x + 5), num(y + 2), num(x - 5));
  }
  return "";
}

std::string dash_attribute(std::size_t i) {
  const char* dash = kDashes[i % kDashes.size()];
  return *dash ? fmt::format(" stroke-dasharray=\"{}\"", dash) : "";
}

std::string grid(std::size_t axes, std::size_t rings) {
  std::string out = "  <g class=\"grid\" fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\">\n";
  for (std::size_t ring = 1; ring <= rings; ++ring) {
    std::vector<Point> corners;
    for (std::size_t a = 0; a < axes; ++a)
      corners.push_back(on_axis(a, axes, kRadius * double(ring) / double(rings)));
    out += fmt::format("    <polygon points=\"{}\"/>\n", points(corners));
  }
  for (std::size_t a = 0; a < axes; ++a) {
    Point end = on_axis(a, axes, kRadius);
    out += fmt::format("    <line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", num(kCenterX),
                       num(kCenterY), num(end.x), num(end.y));
  }
  return out + "  </g>\n";
}

// The tick values on the first axis, drawn last with a white halo so no line runs over them.
std::string tick_labels(const std::vector<double>& ticks, ChartScale scale) {
  if (ticks.empty()) return "";
  std::string out =
      "  <g class=\"scale\" font-size=\"12\" fill=\"#505050\" stroke=\"#ffffff\" "
      "stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n";
  for (std::size_t t = 0; t < ticks.size(); ++t)
    out += fmt::format("    <text x=\"{}\" y=\"{}\">{:g}{}</text>\n", num(kCenterX + 5),
                       num(kCenterY - kRadius * double(t + 1) / double(ticks.size()) + 4),
                       ticks[t], scale == ChartScale::share ? "%" : "");
  return out + "  </g>\n";
}

std::string axis_labels(const Library& library, const DomainWeights& w, Lang lang,
                        ChartScale scale) {
  std::string out = "  <g class=\"axes\" font-size=\"13\" fill=\"#303030\">\n";
  for (std::size_t a = 0; a < w.domains.size(); ++a) {
    Point at = on_axis(a, w.domains.size(), kRadius + 18);
    double across = (at.x - kCenterX) / (kRadius + 18);
    double down = (at.y - kCenterY) / (kRadius + 18);
    const char* anchor = across > 0.2 ? "start" : across < -0.2 ? "end" : "middle";
    double dy = down > 0.5 ? 12 : down < -0.5 ? -2 : 4;
    std::string label = picture_domain_name(library, w.domains[a], lang);
    // Each axis has its own scale: say what its rim stands for.
    if (scale == ChartScale::domain)
      label += fmt::format(" ({} {:g})", tr(lang, "max", "最多"), chart_rim(w, a, scale));
    out += fmt::format("    <text x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>\n", num(at.x),
                       num(at.y + dy), anchor, xml(label));
  }
  return out + "  </g>\n";
}

std::string series(const Library& library, const std::vector<const Role*>& roles,
                   const DomainWeights& w, Lang lang, ChartScale scale) {
  std::string out;
  std::size_t axes = w.domains.size();
  // Light fills for two roles; with more, fills would only muddy each other.
  const char* opacity = roles.size() <= 2 ? "0.12" : "0.04";
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const char* colour = kColours[i % kColours.size()];
    std::vector<Point> corners;
    for (std::size_t a = 0; a < axes; ++a) {
      double rim = chart_rim(w, a, scale);
      double value = std::min(chart_value(w, i, a, scale), rim);
      corners.push_back(on_axis(a, axes, kRadius * value / rim));
    }
    out += fmt::format("  <g class=\"role\" data-role=\"{}\">\n", xml(roles[i]->reference()));
    out += fmt::format(
        "    <polygon points=\"{}\" fill=\"{}\" fill-opacity=\"{}\" stroke=\"{}\" "
        "stroke-width=\"2.5\" stroke-linejoin=\"round\"{}/>\n",
        points(corners), colour, opacity, colour, dash_attribute(i));
    for (std::size_t a = 0; a < axes; ++a) {
      std::string value = fmt::format("{}", w.counts[i][a]);
      if (scale == ChartScale::share)
        value += fmt::format(" ({:.0f}%)", chart_value(w, i, a, scale));
      out += fmt::format(
          "    <path d=\"{}\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"1\"><title>{} — {}: "
          "{}</title></path>\n",
          marker_path(kMarkers[i % kMarkers.size()], corners[a].x, corners[a].y), colour,
          xml(roles[i]->reference()), xml(picture_domain_name(library, w.domains[a], lang)), value);
    }
    out += "  </g>\n";
  }
  return out;
}

std::string legend(const std::vector<const Role*>& roles, double top, Lang lang) {
  std::string out = "  <g class=\"legend\" font-size=\"14\" fill=\"#202020\">\n";
  for (std::size_t i = 0; i < roles.size(); ++i) {
    double y = top + kLegendRow * double(i);
    const Role& role = *roles[i];
    const char* colour = kColours[i % kColours.size()];
    std::string label = lang == Lang::zh
                            ? fmt::format("{} — {}（{} 项职责）", role.reference(), role.name.in(Lang::zh),
                                          role.responsibilities.size())
                            : fmt::format("{} — {} ({} responsibilities)", role.reference(),
                                          role.name.in(Lang::en), role.responsibilities.size());
    out += fmt::format(
        "    <line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2.5\"{}/>\n"
        "    <path d=\"{}\" fill=\"{}\"/>\n"
        "    <text x=\"{}\" y=\"{}\">{}</text>\n",
        num(kCenterX - 250), num(y + 7), num(kCenterX - 206), num(y + 7), colour,
        dash_attribute(i), marker_path(kMarkers[i % kMarkers.size()], kCenterX - 228, y + 7),
        colour, num(kCenterX - 196), num(y + 12), xml(label));
  }
  return out + "  </g>\n";
}

std::string subtitle(const DomainWeights& w, Lang lang, ChartScale scale) {
  switch (scale) {
    case ChartScale::count:
      return lang == Lang::zh ? fmt::format("按该角色在此领域承担的职责数；全图最大值 {}", w.max)
                              : fmt::format(
                                    "Responsibilities the role holds in each domain; the "
                                    "largest is {}",
                                    w.max);
    case ChartScale::share:
      return tr(lang, "Share of each role's own responsibilities that lie in each domain",
                "每个角色的职责中落在各领域的比例");
    case ChartScale::domain:
      return tr(lang,
                "Responsibilities per domain; each axis scaled to the largest count on it",
                "各领域职责数；每条轴按该领域的最大值缩放");
  }
  return "";
}

}  // namespace

std::string radar_svg(const Library& library, const std::vector<const Role*>& roles,
                      const DomainWeights& weights, Lang lang, ChartScale scale) {
  std::vector<std::string> refs;
  for (const Role* role : roles) refs.push_back(role->reference());
  // The heading stays short whatever the roles are; the legend names them.
  std::string heading = tr(lang, "Responsibilities per domain", "各领域职责");
  std::string title = fmt::format("{}: {}", heading, fmt::join(refs, ", "));
  std::vector<double> ticks = chart_ticks(weights, scale);
  double legend_top = kCenterY + kRadius + 64;
  double height = legend_top + kLegendRow * double(roles.size()) + 16;
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"{2}\" xml:lang=\"{3}\" role=\"img\">\n"
      "  <title>{4}</title>\n  <desc>{5}</desc>\n"
      "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      "  <text x=\"{6}\" y=\"36\" font-size=\"20\" font-weight=\"bold\" text-anchor=\"middle\" "
      "fill=\"#202020\">{7}</text>\n"
      "  <text x=\"{6}\" y=\"60\" font-size=\"13\" text-anchor=\"middle\" "
      "fill=\"#505050\">{5}</text>\n",
      num(kWidth), num(height), kFonts, lang == Lang::zh ? "zh-Hans" : "en", xml(title),
      xml(subtitle(weights, lang, scale)), num(kCenterX), xml(heading));
  out += grid(weights.domains.size(), ticks.empty() ? 4 : ticks.size());
  out += axis_labels(library, weights, lang, scale);
  out += series(library, roles, weights, lang, scale);
  out += tick_labels(ticks, scale);
  out += legend(roles, legend_top, lang);
  return out + "</svg>\n";
}

}  // namespace ctoladder::view
