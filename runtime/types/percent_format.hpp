// printf-style formatting: `format % values` for a str format (CPython: PyUnicode_Format in
// Objects/unicodeobject.c, 3.11), with its conversions, flags, `*` widths, `%(key)s` lookups and messages.
#pragma once

#include "runtime/result.hpp"
#include "runtime/value.hpp"

namespace weft::rt {

class VM;
struct Str;

Result<Value> percent_format(VM& vm, Str* format, Value const& values);

} // namespace weft::rt
