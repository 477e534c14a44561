// A compact binary form of a parsed role file, for the parse cache. Written by hand on purpose:
// decoding it must cost a small part of what parsing the YAML costs (no library in Debian maps
// these structs to bytes that fast), and every length is checked, since a cache file on disk is
// as untrusted as a role file.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "ctoladder/role_parser.hpp"

namespace ctoladder::model_codec {

// Decoding met bytes that no encoder wrote (a truncated or damaged cache).
struct Corrupt : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string encode(const ParsedFile& parsed);

// The keys and value sizes of kRoleFields, for the cache file's header: a field added, removed,
// moved or given a value of another size changes it, so an old cache is not misread.
const std::string& fields_layout();

// The primitives, shared with the cache file's index: LEB128 numbers and length-prefixed bytes.
void put_number(std::string& out, std::uint64_t n);
void put_string(std::string& out, std::string_view s);

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool done() const { return pos_ == in_.size(); }
  std::uint64_t number();
  // A count of items, each at least one byte long: never more than the bytes left.
  std::size_t count();
  std::string_view string();

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
};

// Every Location in the result names `file`, the path the bytes were parsed from.
ParsedFile decode(std::string_view bytes, const std::string& file);

}  // namespace ctoladder::model_codec
