#include "model_codec.hpp"

#include <concepts>
#include <cstdint>
#include <type_traits>

namespace ctoladder::model_codec {
namespace {

// The largest value of each enum, so a damaged byte cannot make an enum out of range.
template <class E>
constexpr std::uint64_t kEnumMax = [] {
  static_assert(!std::is_enum_v<E>, "a new enum needs its largest value here");
  return 0;
}();
template <>
constexpr std::uint64_t kEnumMax<Track> = static_cast<std::uint64_t>(Track::executive);
template <>
constexpr std::uint64_t kEnumMax<Scope> = static_cast<std::uint64_t>(Scope::company);
template <>
constexpr std::uint64_t kEnumMax<Coding> = static_cast<std::uint64_t>(Coding::none);
template <>
constexpr std::uint64_t kEnumMax<Axis> = static_cast<std::uint64_t>(Axis::profile);

// One field list per struct serves both directions: the encoder and the decoder visit the same
// members in the same order, so they cannot drift apart. Keep in step with model.hpp (Fields
// needs nothing here: it goes over kRoleFields).
template <class A>
void fields(A& a, Text& t) {
  a(t.en), a(t.zh);
}
template <class A>
void fields(A& a, Source& s) {
  a(s.article), a(s.section);
}
template <class A>
void fields(A& a, Range& r) {
  a(r.min), a(r.max);
}
template <class A>
void fields(A& a, Responsibility& r) {
  a(r.id), a(r.domain), a(r.text), a(r.how), a(r.source), a(r.where), a(r.also);
}
template <class A>
void fields(A& a, Fields& f) {
  for_each_field([&](const auto& field) { a(f.*field.stated); });
}
template <class A>
void fields(A& a, Reword& r) {
  a(r.id), a(r.text), a(r.how), a(r.where);
}
template <class A>
void fields(A& a, IdRef& r) {
  a(r.id), a(r.where);
}
template <class A>
void fields(A& a, Basis& b) {
  a(b.source), a(b.inference);
}
template <class A>
void fields(A& a, Guidance& g) {
  a(g.text), a(g.source), a(g.where);
}
template <class A>
void fields(A& a, NextStep& s) {
  a(s.id), a(s.basis), a(s.guidance), a(s.where);
}
template <class A>
void fields(A& a, Combination& c) {
  a(c.overlays), a(c.conflict), a(c.note), a(c.basis), a(c.where);
}
template <class A>
void fields(A& a, Overlay& o) {
  a(o.name), a(o.axis), a(o.summary), a(o.source), a(o.set), a(o.add), a(o.remove), a(o.reword),
      a(o.guidance), a(o.where);
}
template <class A>
void fields(A& a, RoleDef& r) {
  a(r.id), a(r.name), a(r.aliases), a(r.alias_where), a(r.rank), a(r.rank_basis), a(r.fields), a(r.next),
      a(r.extends), a(r.sources), a(r.responsibilities), a(r.remove), a(r.overlays),
      a(r.guidance), a(r.guidance_stated), a(r.combinations), a(r.where);
}
template <class A>
void fields(A& a, Domain& d) {
  a(d.id), a(d.name), a(d.summary), a(d.sources), a(d.where);
}
template <class A>
void fields(A& a, ParsedFile& p) {
  a(p.role), a(p.domains);
}

class Writer {
 public:
  std::string out;

  void number(std::uint64_t n) { put_number(out, n); }
  void operator()(const std::string& s) { put_string(out, s); }
  void operator()(int v) {  // zigzag, so small negative numbers stay short
    auto u = static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
    number((u << 1) ^ static_cast<std::uint64_t>(static_cast<std::int64_t>(v) >> 63));
  }
  void operator()(bool b) { number(b ? 1 : 0); }
  template <class E>
  requires std::is_enum_v<E>
  void operator()(E e) { number(static_cast<std::uint64_t>(e)); }
  // Every Location of a file names that file: only line and column are stored.
  void operator()(const Location& l) { (*this)(l.line), (*this)(l.column); }
  template <class T>
  void operator()(const std::optional<T>& o) {
    (*this)(o.has_value());
    if (o) (*this)(*o);
  }
  template <class T>
  void operator()(const std::vector<T>& v) {
    number(v.size());
    for (const auto& item : v) (*this)(item);
  }
  template <class T>
  requires std::is_class_v<T>
  void operator()(const T& value) {
    // fields() takes a mutable reference for the decoder's sake; the writer only reads.
    fields(*this, const_cast<T&>(value));
  }
};

class Reader : public ByteReader {
 public:
  Reader(std::string_view in, const std::string& file) : ByteReader(in), file_(file) {}

  void operator()(std::string& s) { s.assign(string()); }
  void operator()(int& v) {
    std::uint64_t u = number();
    auto decoded = static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1);
    if (decoded < INT32_MIN || decoded > INT32_MAX) throw Corrupt("integer out of range");
    v = static_cast<int>(decoded);
  }
  void operator()(bool& b) {
    std::uint64_t n = number();
    if (n > 1) throw Corrupt("not a boolean");
    b = n == 1;
  }
  template <class E>
  requires std::is_enum_v<E>
  void operator()(E& e) {
    std::uint64_t n = number();
    if (n > kEnumMax<E>) throw Corrupt("enum out of range");
    e = static_cast<E>(n);
  }
  void operator()(Location& l) {
    l.file = file_;
    (*this)(l.line), (*this)(l.column);
  }
  template <class T>
  void operator()(std::optional<T>& o) {
    bool has = false;
    (*this)(has);
    if (!has) {
      o.reset();
      return;
    }
    T value{};
    (*this)(value);
    o = std::move(value);
  }
  template <class T>
  void operator()(std::vector<T>& v) {
    v.resize(count());
    for (auto& item : v) (*this)(item);
  }
  template <class T>
  requires std::is_class_v<T>
  void operator()(T& value) { fields(*this, value); }

 private:
  FileName file_;  // one name shared by every Location decoded
};

}  // namespace

void put_number(std::string& out, std::uint64_t n) {
  while (n >= 0x80) {
    out += static_cast<char>((n & 0x7f) | 0x80);
    n >>= 7;
  }
  out += static_cast<char>(n);
}

void put_string(std::string& out, std::string_view s) {
  put_number(out, s.size());
  out += s;
}

std::uint64_t ByteReader::number() {
  std::uint64_t n = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (pos_ == in_.size()) throw Corrupt("truncated number");
    auto byte = static_cast<unsigned char>(in_[pos_++]);
    n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return n;
  }
  throw Corrupt("number too long");
}

std::size_t ByteReader::count() {
  std::uint64_t n = number();
  if (n > in_.size() - pos_) throw Corrupt("count past the end");
  return static_cast<std::size_t>(n);
}

std::string_view ByteReader::string() {
  std::size_t n = count();
  std::string_view s = in_.substr(pos_, n);
  pos_ += n;
  return s;
}

const std::string& fields_layout() {
  static const std::string layout = [] {
    std::string out;
    for_each_field([&](const auto& f) {
      using Value = typename std::remove_cvref_t<decltype(f)>::value_type;
      out += std::string(f.info.key) + ":" + std::to_string(sizeof(Value)) + " ";
    });
    return out;
  }();
  return layout;
}

std::string encode(const ParsedFile& parsed) {
  Writer writer;
  writer(parsed);
  return std::move(writer.out);
}

ParsedFile decode(std::string_view bytes, const std::string& file) {
  Reader reader(bytes, file);
  ParsedFile parsed;
  reader(parsed);
  if (!reader.done()) throw Corrupt("bytes left over");
  return parsed;
}

}  // namespace ctoladder::model_codec
