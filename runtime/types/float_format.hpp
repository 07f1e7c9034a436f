// Float <-> text as CPython does it: repr/str (shortest round-trip), PyOS_double_to_string for the e/f/g/r
// formats used by format specs, and float(str) parsing. The format-spec mini-language is
// runtime/format_spec.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace weft::rt {

// repr(x) for a float: the shortest string that reads back to x; exponent form when the decimal exponent is
// < -4 or >= 16 ('1e+16', '1e-05', '0.0001', '123456789012345.0'); '-0.0', 'inf', '-inf', 'nan'.
std::string float_repr(double value);
// str(x) for a float: the same as repr(x) in Python 3.
std::string float_str(double value);

// The flags of CPython's PyOS_double_to_string (Py_DTSF_*).
struct DoubleToStringFlags {
    bool sign = false;             // always include a sign ('+' for non-negatives)
    bool add_dot_0 = false;        // integers in non-exponential form get ".0" ('r' and 'g' only)
    bool alternate = false;        // '#': keep the decimal point and trailing zeros
    bool no_negative_zero = false; // 'z': a result that rounds to zero loses its minus sign
};

// CPython: Python/pystrtod.c PyOS_double_to_string. format_code is one of e E f F g G r; precision is the
// number of digits after the point (e, f), of significant digits (g; 0 means 1), and must be 0 for 'r'.
// Uppercase codes give 'E', 'INF', 'NAN'.
std::string double_to_string(double value, char format_code, int precision, DoubleToStringFlags flags = {});

// float(text): CPython's rules: surrounding whitespace (including Unicode), an optional sign, decimal digits
// with single underscores between digits, an optional exponent, 'inf'/'infinity'/'nan' in any case; Unicode
// decimal digits count as digits. Overflow gives +-inf and underflow +-0.0, as CPython. nullopt for a
// malformed string.
std::optional<double> parse_float(std::string_view text);
// CPython's ValueError message for a string parse_float() rejects: "could not convert string to float:
// 'abc'".
std::string float_parse_error_message(std::string_view text);

} // namespace weft::rt
