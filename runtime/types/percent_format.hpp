// printf-style formatting: `format % values` for a str format (CPython: PyUnicode_Format in
// Objects/unicodeobject.c, 3.11) and a bytes one (_PyBytes_FormatEx), with their conversions, flags, `*` widths,
// `%(key)s` lookups and messages.
#pragma once

#include <string_view>

#include "runtime/result.hpp"
#include "runtime/value.hpp"

namespace weft::rt {

class VM;
struct Str;

Result<Value> percent_format(VM& vm, Str* format, Value const& values);
// `format % values` for a bytes or bytearray format (the result is bytes; CPython: _PyBytes_FormatEx)
Result<Value> percent_format_bytes(VM& vm, std::string_view format, Value const& values);

} // namespace weft::rt
