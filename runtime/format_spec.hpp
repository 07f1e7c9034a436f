// Python's format-spec mini-language (CPython: Python/formatter_unicode.c, 3.11): parsing a spec such as
// "*^+#012,.3f" and applying it to an int, a float or a str, as format(value, spec) and f"{value:spec}" do.
// Results are UTF-8; widths and precisions count code points. Errors carry CPython's exact message.
#pragma once

#include "runtime/types/bigint.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace weft::rt {

// The kind of object being formatted: it decides the default presentation type and alignment, and the type
// name used in error messages when none is given.
enum class FormatTarget { Str, Int, Float };

// Thousands grouping, CPython's LocaleType without the locale-dependent entries.
enum class Grouping {
    None,
    Comma,      // ','
    Underscore, // '_': every three digits, or every four with b/o/x/X
};

// A spec as written: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. It does not depend on
// the type being formatted; the format_* functions fill in that type's defaults (CPython does both in
// parse_internal_render_format_spec, which is why a few of its errors only show up when the spec is applied).
struct FormatSpec {
    char32_t fill = U' ';        // the fill code point; '0' after the "0" flag
    bool fill_specified = false; // a fill character was written before the alignment
    char align = '\0';           // '<', '>', '=', '^', or '\0' for the type's default
    bool zero_padding = false;   // the "0" flag: fill with '0', and '=' alignment for numbers unless aligned
    char sign = '\0';            // '+', '-', ' ', or '\0' when not given
    bool no_negative_zero = false; // 'z' (3.11): a float that rounds to -0 prints as 0
    bool alternate = false;        // '#'
    std::int64_t width = -1;       // -1 when not given
    Grouping grouping = Grouping::None;
    std::int64_t precision = -1; // -1 when not given
    char32_t type = U'\0';       // presentation type, or '\0' for the type's default ('s', 'd', none)
    // More than one character was left where the type belongs: CPython's "Invalid format specifier", reported
    // by the format_* functions because the message names the type. text views the spec for that message: the
    // spec text outlives the FormatSpec parsed from it.
    bool invalid = false;
    std::string_view text;
};

// CPython: parse_internal_render_format_spec, the part that does not depend on the value's type: errors for
// overlong numbers, a missing precision and mixed ',' and '_'.
NumericResult<FormatSpec> parse_format_spec(std::string_view spec);
// Parses and checks the spec for one kind of value, so every error CPython's parser reports comes out here.
// type_name defaults to "str", "int" or "float" after the target.
NumericResult<FormatSpec> parse_format_spec(std::string_view spec, FormatTarget target,
                                            std::string_view type_name = {});

// format(value, spec) for an int. type_name is the Python type's name for messages ("bool" for True/False).
// An empty spec gives str(value) as digits: the caller prints True/False for a bool, as CPython's format_obj
// does.
NumericResult<std::string> format_int(std::int64_t value, std::string_view spec,
                                      std::string_view type_name = "int");
NumericResult<std::string> format_int(std::int64_t value, FormatSpec const& spec,
                                      std::string_view type_name = "int");
// As above for a BigInt; max_str_digits is sys.get_int_max_str_digits() for the decimal types (d, n, none).
NumericResult<std::string> format_int(BigInt const& value, std::string_view spec,
                                      std::string_view type_name = "int",
                                      int max_str_digits = default_max_str_digits);
NumericResult<std::string> format_int(BigInt const& value, FormatSpec const& spec,
                                      std::string_view type_name = "int",
                                      int max_str_digits = default_max_str_digits);

// format(value, spec) for a float: types e E f F g G n % and none (like 'g' with at least one digit after the
// point, and repr() when there is no precision: format(1.0, '') == '1.0', format(1e20, '') == '1e+20').
NumericResult<std::string> format_float(double value, std::string_view spec,
                                        std::string_view type_name = "float");
NumericResult<std::string> format_float(double value, FormatSpec const& spec,
                                        std::string_view type_name = "float");

// The same three, appending the text to `out` (the formatted field of a str.format, an f-string or a %-format
// goes straight into the result). On an error nothing is returned but the error, and `out` may hold part of
// the field.
std::optional<NumericError> format_int_into(std::string& out, std::int64_t value, FormatSpec const& spec,
                                            std::string_view type_name = "int");
std::optional<NumericError> format_float_into(std::string& out, double value, FormatSpec const& spec,
                                              std::string_view type_name = "float");
std::optional<NumericError> format_str_into(std::string& out, std::string_view utf8, FormatSpec const& spec,
                                            std::string_view type_name = "str");

// format(text, spec) for a str (UTF-8 in and out).
NumericResult<std::string> format_str(std::string_view utf8, std::string_view spec,
                                      std::string_view type_name = "str");
NumericResult<std::string> format_str(std::string_view utf8, FormatSpec const& spec,
                                      std::string_view type_name = "str");

} // namespace weft::rt
