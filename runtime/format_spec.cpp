// The format-spec mini-language, ported from CPython 3.11's Python/formatter_unicode.c: the parser, the
// padding and grouping arithmetic (calc_number_widths, fill_number, _PyUnicode_InsertThousandsGrouping) and
// the int, float and str formatters. Only the C locale exists here, so 'n' formats like 'd'/'g' without
// grouping.
#include "runtime/format_spec.hpp"

#include "interpreter/text.hpp"
#include "runtime/memory_account.hpp"
#include "runtime/types/float_format.hpp"

#include <algorithm>
#include <charconv>
#include <climits>
#include <limits>
#include <vector>

namespace weft::rt {

namespace {

NumericError value_error(std::string message) {
    return {NumericErrorKind::ValueError, std::move(message)};
}
NumericError overflow_error(std::string message) {
    return {NumericErrorKind::OverflowError, std::move(message)};
}

void append_fill(std::string& out, char32_t fill, std::int64_t count) {
    if (count <= 0)
        return;
    if (fill < 0x80) {
        out.append(static_cast<std::size_t>(count), static_cast<char>(fill));
        return;
    }
    std::string one;
    text::append_utf8(one, fill);
    for (std::int64_t i = 0; i < count; ++i)
        out += one;
}


// "%x" of a code point, for the messages below.
std::string lower_hex(char32_t c) {
    char buffer[16];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, static_cast<std::uint32_t>(c), 16);
    return std::string(buffer, result.ptr);
}

// CPython: unknown_presentation_type. "%c" might be out of range, hence the two cases.
NumericError unknown_presentation_type(char32_t type, std::string_view type_name) {
    std::string code =
        type > 32 && type < 128 ? std::string(1, static_cast<char>(type)) : "\\x" + lower_hex(type);
    return value_error("Unknown format code '" + code + "' for object of type '" +
                       std::string(type_name.substr(0, 200)) + "'");
}

// CPython 3.11: invalid_thousands_separator_type.
NumericError invalid_thousands_separator_type(char separator, char32_t type) {
    std::string code =
        type > 32 && type < 128 ? std::string(1, static_cast<char>(type)) : "\\x" + lower_hex(type);
    return value_error(std::string("Cannot specify '") + separator + "' with '" + code + "'.");
}

NumericError invalid_comma_and_underscore() {
    return value_error("Cannot specify both ',' and '_'.");
}

bool is_alignment_token(char32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

bool is_sign_element(char32_t c) {
    return c == ' ' || c == '+' || c == '-';
}

// CPython: get_integer. Consumes decimal digits (any Unicode decimal digit) into *result; returns the number
// of digits consumed, or -1 when the value would overflow Py_ssize_t. Units is the spec's code points: its
// bytes when it is ASCII (a std::string_view), else a std::u32string_view.
template <class Units>
int get_integer(Units spec, std::size_t& pos, std::int64_t& result) {
    std::int64_t accumulator = 0;
    int digits = 0;
    for (; pos < spec.size(); ++pos, ++digits) {
        auto c = static_cast<char32_t>(spec[pos]);
        int digit = c >= U'0' && c <= U'9' ? static_cast<int>(c - U'0') : c < 0x80 ? -1 : unicode_decimal_value(c);
        if (digit < 0)
            break;
        // accumulator * 10 + digit > PY_SSIZE_T_MAX if and only if accumulator > (PY_SSIZE_T_MAX - digit)
        // / 10.
        if (accumulator > (std::numeric_limits<std::int64_t>::max() - digit) / 10)
            return -1;
        accumulator = accumulator * 10 + digit;
    }
    result = accumulator;
    return digits;
}

std::string_view default_type_name(FormatTarget target) {
    switch (target) {
    case FormatTarget::Str:
        return "str";
    case FormatTarget::Int:
        return "int";
    case FormatTarget::Float:
        break;
    }
    return "float";
}

// A spec with the value type's defaults filled in: what CPython's InternalFormatSpec holds after parsing.
struct ResolvedSpec {
    char32_t fill = U' ';
    char align = '>';
    char sign = '\0';
    bool no_negative_zero = false;
    bool alternate = false;
    std::int64_t width = -1;
    int group_size = 0;    // 0: no grouping; 3, or 4 for '_' with b/o/x/X
    char separator = '\0'; // ',' or '_'
    std::int64_t precision = -1;
    char32_t type = U'\0';
};

// The type-dependent half of CPython's parse_internal_render_format_spec: default type and alignment, the "0"
// flag's alignment, the "Invalid format specifier" message and the grouping check.
std::optional<NumericError> resolve(FormatSpec const& spec, FormatTarget target, std::string_view type_name,
                                    ResolvedSpec& out) {
    if (type_name.empty())
        type_name = default_type_name(target);
    char default_align = target == FormatTarget::Str ? '<' : '>';
    if (spec.invalid) {
        return value_error("Invalid format specifier '" + std::string(spec.text) + "' for object of type '" +
                           std::string(type_name.substr(0, 200)) + "'");
    }
    out.fill = spec.fill;
    out.align = spec.align != '\0' ? spec.align : default_align;
    // The special case for 0-padding (backwards compat): '=' alignment for types that align right by default.
    if (spec.zero_padding && spec.align == '\0' && default_align == '>')
        out.align = '=';
    out.sign = spec.sign;
    out.no_negative_zero = spec.no_negative_zero;
    out.alternate = spec.alternate;
    out.width = spec.width;
    out.precision = spec.precision;
    out.type = spec.type;
    if (out.type == U'\0')
        out.type = target == FormatTarget::Str ? U's' : target == FormatTarget::Int ? U'd' : U'\0';

    // Validate what can be validated from the spec alone.
    if (spec.grouping != Grouping::None) {
        out.separator = spec.grouping == Grouping::Comma ? ',' : '_';
        out.group_size = 3;
        switch (out.type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case '\0':
            // These are allowed. See PEP 378.
            break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            // Underscores are allowed in bin/oct/hex, every four digits. See PEP 515.
            if (spec.grouping == Grouping::Underscore) {
                out.group_size = 4;
                break;
            }
            [[fallthrough]];
        default:
            return invalid_thousands_separator_type(out.separator, out.type);
        }
    }
    return std::nullopt;
}

// Appends `digits` with the grouping separator inserted and zeros padded up to min_width, as CPython's
// _PyUnicode_InsertThousandsGrouping does: groups are laid down from the right; zero padding ('=' alignment
// with fill '0') becomes part of the grouped digits, separators included. Returns the characters appended.
std::size_t append_grouped(std::string& out, std::string_view digits, std::int64_t min_width, int group_size,
                           char separator) {
    std::int64_t remaining = static_cast<std::int64_t>(digits.size());
    std::int64_t width_left = std::max<std::int64_t>(0, min_width);
    std::size_t digits_end = digits.size();
    bool use_separator = false; // separators go only between groups
    std::size_t const start = out.size();
    // Lays down one group of `length` characters, reversed: digits from the right, then zero padding.
    auto emit = [&](std::int64_t length) {
        std::int64_t zeros = std::max<std::int64_t>(0, length - remaining);
        std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, length));
        if (use_separator)
            out.push_back(separator);
        for (std::int64_t i = 0; i < chars; ++i)
            out.push_back(digits[--digits_end]);
        out.append(static_cast<std::size_t>(zeros), '0');
        remaining -= chars;
    };
    if (group_size > 0) {
        for (;;) {
            std::int64_t length = std::min<std::int64_t>(
                group_size, std::max<std::int64_t>(std::max(remaining, width_left), 1));
            emit(length);
            use_separator = true;
            width_left -= length;
            if (remaining <= 0 && width_left <= 0)
                break;
            width_left -= 1; // the separator's width
        }
    } else {
        emit(std::max<std::int64_t>(std::max(remaining, width_left), 1));
    }
    std::reverse(out.begin() + static_cast<std::ptrdiff_t>(start), out.end());
    return out.size() - start;
}

// A number split as CPython's parse_number and format_long_internal split it.
struct NumberParts {
    char sign_char = '\0';      // '-' when the number is negative
    std::string_view prefix;    // "0x", "0o", "0b" (already in the right case), or empty
    std::string_view digits;    // the integer digits, which get grouped
    bool has_decimal = false;   // a decimal point follows the digits
    std::string_view remainder; // what follows the point (or the digits): fraction, exponent, '%', a 'c' char
    std::size_t remainder_width = 0; // code points in remainder
};

// CPython: calc_number_widths + fill_number, appending to `out`. The output is
// <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>,
// where only one of the three paddings is non-empty.
void fill_number(NumberParts const& parts, ResolvedSpec const& spec, std::string& out) {
    char sign = '\0';
    switch (spec.sign) {
    case '+':
        sign = parts.sign_char == '-' ? '-' : '+';
        break;
    case ' ':
        sign = parts.sign_char == '-' ? '-' : ' ';
        break;
    default:
        if (parts.sign_char == '-')
            sign = '-';
        break;
    }
    std::int64_t n_sign = sign != '\0' ? 1 : 0;
    std::int64_t n_non_digit_non_padding = n_sign + static_cast<std::int64_t>(parts.prefix.size()) +
                                           (parts.has_decimal ? 1 : 0) +
                                           static_cast<std::int64_t>(parts.remainder_width);
    // min_width can go negative; that is fine.
    std::int64_t min_width =
        spec.fill == U'0' && spec.align == '=' ? spec.width - n_non_digit_non_padding : 0;

    // The 'n' type uses the C locale, which does not group.
    int group_size = spec.type == U'n' ? 0 : spec.group_size;
    // Without grouping or zero padding the digits go out as they are (the usual case); the grouping code lays
    // down at least one character, but there are no digits only for 'c' and for inf/nan, which it skips.
    bool plain = group_size <= 0 && min_width <= static_cast<std::int64_t>(parts.digits.size());
    auto grouped_size = static_cast<std::int64_t>(parts.digits.size());
    std::string grouped;
    if (!plain && !parts.digits.empty())
        grouped_size = static_cast<std::int64_t>(append_grouped(grouped, parts.digits, min_width, group_size,
                                                                spec.separator));

    std::int64_t n_lpadding = 0;
    std::int64_t n_spadding = 0;
    std::int64_t n_rpadding = 0;
    std::int64_t n_padding = spec.width - (n_non_digit_non_padding + grouped_size);
    if (n_padding > 0) {
        switch (spec.align) {
        case '<':
            n_rpadding = n_padding;
            break;
        case '^':
            n_lpadding = n_padding / 2;
            n_rpadding = n_padding - n_lpadding;
            break;
        case '=':
            n_spadding = n_padding;
            break;
        default: // '>'
            n_lpadding = n_padding;
            break;
        }
    }

    append_fill(out, spec.fill, n_lpadding);
    if (sign != '\0')
        out.push_back(sign);
    out += parts.prefix;
    append_fill(out, spec.fill, n_spadding);
    out += plain ? parts.digits : std::string_view(grouped);
    if (parts.has_decimal)
        out.push_back('.');
    out += parts.remainder;
    append_fill(out, spec.fill, n_rpadding);
}

// CPython: format_float_internal.
std::optional<NumericError> format_float_internal(double value, ResolvedSpec const& spec, std::string& out) {
    if (spec.precision > INT_MAX)
        return value_error("precision too big");
    int precision = static_cast<int>(spec.precision);
    int default_precision = 6;
    DoubleToStringFlags flags;
    flags.alternate = spec.alternate;
    flags.no_negative_zero = spec.no_negative_zero;
    char type = static_cast<char>(spec.type);
    bool add_percent = false;

    if (type == '\0') {
        // Omitted type: behaves like repr(x) if no precision is given, else like 'g' but with at least one
        // digit after the decimal point.
        flags.add_dot_0 = true;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g'; // 'n' is 'g' with the locale's separators, and the C locale has none
    if (type == '%') {
        type = 'f';
        value *= 100;
        add_percent = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';

    std::string text = double_to_string(value, type, precision, flags);
    if (add_percent)
        text.push_back('%');

    NumberParts parts;
    std::string_view rest = text;
    if (!rest.empty() && rest[0] == '-') {
        parts.sign_char = '-';
        rest.remove_prefix(1);
    }
    // CPython: parse_number: the digits end at the decimal point, the exponent or anything else.
    std::size_t digits_end = 0;
    while (digits_end < rest.size() && rest[digits_end] >= '0' && rest[digits_end] <= '9')
        ++digits_end;
    parts.digits = rest.substr(0, digits_end);
    parts.has_decimal = digits_end < rest.size() && rest[digits_end] == '.';
    parts.remainder = rest.substr(digits_end + (parts.has_decimal ? 1 : 0));
    parts.remainder_width = parts.remainder.size();
    fill_number(parts, spec, out);
    return std::nullopt;
}

// The digits of |value| in a base: written into `buffer` for an int64, kept in `storage` for a BigInt.
struct MagnitudeDigits {
    char buffer[72];
    std::string storage;
    char* begin = buffer;
    char* end = buffer;
};

std::optional<NumericError> magnitude_digits(std::int64_t value, int base, int, MagnitudeDigits& digits) {
    std::uint64_t magnitude =
        value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    digits.end = std::to_chars(digits.buffer, digits.buffer + sizeof digits.buffer, magnitude, base).ptr;
    return std::nullopt;
}

std::optional<NumericError> magnitude_digits(BigInt const& value, int base, int max_str_digits,
                                             MagnitudeDigits& digits) {
    if (base == 10) {
        auto text = value.to_decimal_string(max_str_digits);
        if (!text)
            return text.error();
        digits.storage = std::move(text).value();
    } else {
        digits.storage = value.to_string(base);
    }
    std::size_t sign = !digits.storage.empty() && digits.storage[0] == '-' ? 1 : 0;
    digits.begin = digits.storage.data() + sign;
    digits.end = digits.storage.data() + digits.storage.size();
    return std::nullopt;
}

bool is_negative(std::int64_t value) {
    return value < 0;
}
bool is_negative(BigInt const& value) {
    return value.is_negative();
}

// PyLong_AsLong for 'c'.
NumericResult<std::int64_t> as_c_long(std::int64_t value) {
    return value;
}
NumericResult<std::int64_t> as_c_long(BigInt const& value) {
    if (!value.fits_int64())
        return overflow_error("Python int too large to convert to C long");
    return value.to_int64();
}

// PyNumber_Float for the float presentation types.
NumericResult<double> as_double(std::int64_t value) {
    return static_cast<double>(value);
}
NumericResult<double> as_double(BigInt const& value) {
    return value.to_double();
}

// CPython: _PyLong_FormatAdvancedWriter + format_long_internal.
template <class Int>
std::optional<NumericError> format_integer(Int const& value, FormatSpec const& raw_spec, std::string_view type_name,
                                           int max_str_digits, std::string& out) {
    ResolvedSpec spec;
    if (auto error = resolve(raw_spec, FormatTarget::Int, type_name, spec))
        return error;
    switch (spec.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
        break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        auto as_float = as_double(value);
        if (!as_float)
            return as_float.error();
        return format_float_internal(*as_float, spec, out);
    }
    default:
        return unknown_presentation_type(spec.type, type_name);
    }

    // No precision allowed on integers.
    if (spec.precision != -1)
        return value_error("Precision not allowed in integer format specifier");
    if (spec.no_negative_zero)
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");

    NumberParts parts;
    MagnitudeDigits digits;
    if (spec.type == 'c') {
        if (spec.sign != '\0')
            return value_error("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate)
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        auto code = as_c_long(value);
        if (!code)
            return code.error();
        if (*code < 0 || *code > 0x10FFFF)
            return overflow_error("%c arg not in range(0x110000)");
        // As a sort-of hack, the character is "remainder": copied, not grouped.
        text::append_utf8(digits.storage, static_cast<char32_t>(*code));
        parts.remainder = digits.storage;
        parts.remainder_width = 1;
    } else {
        int base = 10;
        switch (spec.type) {
        case 'b':
            base = 2;
            parts.prefix = "0b";
            break;
        case 'o':
            base = 8;
            parts.prefix = "0o";
            break;
        case 'x':
            base = 16;
            parts.prefix = "0x";
            break;
        case 'X':
            base = 16;
            parts.prefix = "0X";
            break;
        default:
            break;
        }
        if (!spec.alternate)
            parts.prefix = {};
        if (auto error = magnitude_digits(value, base, max_str_digits, digits))
            return error;
        if (spec.type == 'X')
            std::transform(digits.begin, digits.end, digits.begin, [](char c) {
                return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
            });
        if (is_negative(value))
            parts.sign_char = '-';
        parts.digits = std::string_view(digits.begin, static_cast<std::size_t>(digits.end - digits.begin));
    }
    fill_number(parts, spec, out);
    return std::nullopt;
}

// CPython 3.11: Python/formatter_unicode.c parse_internal_render_format_spec, up to the type-dependent checks
// (those are in resolve()). Units is the spec's code points (see get_integer); spec_text is the spec as written.
template <class Units>
NumericResult<FormatSpec> parse_units(Units spec, std::string_view spec_text) {
    std::size_t pos = 0;
    std::size_t const end = spec.size();
    FormatSpec format;

    // If the second char is an alignment token, then parse the fill char.
    if (end - pos >= 2 && is_alignment_token(static_cast<char32_t>(spec[pos + 1]))) {
        format.align = static_cast<char>(spec[pos + 1]);
        format.fill = static_cast<char32_t>(spec[pos]);
        format.fill_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_alignment_token(static_cast<char32_t>(spec[pos]))) {
        format.align = static_cast<char>(spec[pos]);
        ++pos;
    }
    if (end - pos >= 1 && is_sign_element(static_cast<char32_t>(spec[pos]))) {
        format.sign = static_cast<char>(spec[pos]);
        ++pos;
    }
    // 3.11: 'z' coerces negative zero to zero (floats only).
    if (end - pos >= 1 && spec[pos] == U'z') {
        format.no_negative_zero = true;
        ++pos;
    }
    if (end - pos >= 1 && spec[pos] == U'#') {
        format.alternate = true;
        ++pos;
    }
    // The special case for 0-padding (backwards compat).
    if (!format.fill_specified && end - pos >= 1 && spec[pos] == U'0') {
        format.fill = U'0';
        format.zero_padding = true;
        ++pos;
    }

    int consumed = get_integer(spec, pos, format.width);
    if (consumed == -1)
        return value_error("Too many decimal digits in format string");
    // No digits: the width was not specified.
    if (consumed == 0)
        format.width = -1;

    // Comma signifies add thousands separators.
    if (end - pos >= 1 && spec[pos] == U',') {
        format.grouping = Grouping::Comma;
        ++pos;
    }
    // Underscore signifies add thousands separators.
    if (end - pos >= 1 && spec[pos] == U'_') {
        if (format.grouping != Grouping::None)
            return invalid_comma_and_underscore();
        format.grouping = Grouping::Underscore;
        ++pos;
    }
    if (end - pos >= 1 && spec[pos] == U',') {
        if (format.grouping == Grouping::Underscore)
            return invalid_comma_and_underscore();
    }

    // Parse field precision.
    if (end - pos >= 1 && spec[pos] == U'.') {
        ++pos;
        consumed = get_integer(spec, pos, format.precision);
        if (consumed == -1)
            return value_error("Too many decimal digits in format string");
        // Not having a precision after a dot is an error.
        if (consumed == 0)
            return value_error("Format specifier missing precision");
    }

    // Finally, parse the type field. More than one char remaining is an invalid format specifier.
    if (end - pos > 1) {
        format.invalid = true;
        format.text = spec_text;
    } else if (end - pos == 1) {
        format.type = static_cast<char32_t>(spec[pos]);
        ++pos;
    }
    // the result is at least `width` characters: more than memory holds is CPython's MemoryError when it allocates
    if (format.width > 0 && !memory_available(static_cast<std::uint64_t>(format.width)))
        return NumericError{NumericErrorKind::MemoryError, std::string()};
    return format;
}

// A formatter appending to a string, as one returning the string.
template <class Formatter>
NumericResult<std::string> formatted(Formatter&& format) {
    std::string out;
    if (auto error = format(out))
        return *std::move(error);
    return out;
}

} // namespace

NumericResult<FormatSpec> parse_format_spec(std::string_view spec_text) {
    // an ASCII spec (nearly every one) is parsed from its bytes; otherwise from its code points
    bool ascii = std::all_of(spec_text.begin(), spec_text.end(),
                             [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii)
        return parse_units(spec_text, spec_text);
    std::u32string code_points;
    for (std::size_t pos = 0; pos < spec_text.size();)
        code_points.push_back(text::next_code_point(spec_text, pos));
    return parse_units(std::u32string_view(code_points), spec_text);
}

NumericResult<FormatSpec> parse_format_spec(std::string_view spec, FormatTarget target,
                                            std::string_view type_name) {
    auto parsed = parse_format_spec(spec);
    if (!parsed)
        return parsed;
    ResolvedSpec resolved;
    if (auto error = resolve(*parsed, target, type_name, resolved))
        return *std::move(error);
    return parsed;
}

std::optional<NumericError> format_int_into(std::string& out, std::int64_t value, FormatSpec const& spec,
                                            std::string_view type_name) {
    return format_integer(value, spec, type_name, 0, out);
}

NumericResult<std::string> format_int(std::int64_t value, std::string_view spec, std::string_view type_name) {
    if (spec.empty()) {
        // str(value).
        char buffer[24];
        auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        return std::string(buffer, result.ptr);
    }
    auto parsed = parse_format_spec(spec);
    if (!parsed)
        return parsed.error();
    return format_int(value, *parsed, type_name);
}

NumericResult<std::string> format_int(std::int64_t value, FormatSpec const& spec,
                                      std::string_view type_name) {
    return formatted([&](std::string& out) { return format_integer(value, spec, type_name, 0, out); });
}

NumericResult<std::string> format_int(BigInt const& value, std::string_view spec, std::string_view type_name,
                                      int max_str_digits) {
    if (spec.empty())
        return value.to_decimal_string(max_str_digits);
    auto parsed = parse_format_spec(spec);
    if (!parsed)
        return parsed.error();
    return format_int(value, *parsed, type_name, max_str_digits);
}

NumericResult<std::string> format_int(BigInt const& value, FormatSpec const& spec, std::string_view type_name,
                                      int max_str_digits) {
    return formatted([&](std::string& out) { return format_integer(value, spec, type_name, max_str_digits, out); });
}

// CPython: _PyFloat_FormatAdvancedWriter.
std::optional<NumericError> format_float_into(std::string& out, double value, FormatSpec const& raw_spec,
                                              std::string_view type_name) {
    ResolvedSpec spec;
    if (auto error = resolve(raw_spec, FormatTarget::Float, type_name, spec))
        return error;
    switch (spec.type) {
    case '\0': // no format code: like 'g', but with at least one decimal
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
        return format_float_internal(value, spec, out);
    default:
        return unknown_presentation_type(spec.type, type_name);
    }
}

NumericResult<std::string> format_float(double value, FormatSpec const& spec, std::string_view type_name) {
    return formatted([&](std::string& out) { return format_float_into(out, value, spec, type_name); });
}

NumericResult<std::string> format_float(double value, std::string_view spec, std::string_view type_name) {
    if (spec.empty())
        return float_str(value); // str(value)
    auto parsed = parse_format_spec(spec);
    if (!parsed)
        return parsed.error();
    return format_float(value, *parsed, type_name);
}

// CPython: _PyUnicode_FormatAdvancedWriter + format_string_internal.
std::optional<NumericError> format_str_into(std::string& out, std::string_view utf8, FormatSpec const& raw_spec,
                                            std::string_view type_name) {
    ResolvedSpec spec;
    if (auto error = resolve(raw_spec, FormatTarget::Str, type_name, spec))
        return error;
    if (spec.type != U's')
        return unknown_presentation_type(spec.type, type_name);
    // 3.11 names a space sign separately.
    if (spec.sign == ' ')
        return value_error("Space not allowed in string format specifier");
    if (spec.sign != '\0')
        return value_error("Sign not allowed in string format specifier");
    if (spec.no_negative_zero)
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate)
        return value_error("Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=')
        return value_error("'=' alignment not allowed in string format specifier");

    auto length = static_cast<std::int64_t>(text::count_code_points(utf8));
    std::string_view text = utf8;
    // If precision is specified, output no more than that many characters.
    if (spec.precision >= 0 && length >= spec.precision) {
        length = spec.precision;
        text = utf8.substr(0, text::offset_of_code_point(utf8, static_cast<std::size_t>(length)));
    }
    // CPython: calc_padding.
    std::int64_t total = spec.width >= 0 && spec.width > length ? spec.width : length;
    std::int64_t lpad = spec.align == '>' ? total - length : spec.align == '^' ? (total - length) / 2 : 0;
    std::int64_t rpad = total - length - lpad;

    append_fill(out, spec.fill, lpad);
    out += text;
    append_fill(out, spec.fill, rpad);
    return std::nullopt;
}

NumericResult<std::string> format_str(std::string_view utf8, FormatSpec const& spec, std::string_view type_name) {
    return formatted([&](std::string& out) { return format_str_into(out, utf8, spec, type_name); });
}

NumericResult<std::string> format_str(std::string_view utf8, std::string_view spec,
                                      std::string_view type_name) {
    if (spec.empty())
        return std::string(utf8);
    auto parsed = parse_format_spec(spec);
    if (!parsed)
        return parsed.error();
    return format_str(utf8, *parsed, type_name);
}

} // namespace weft::rt
