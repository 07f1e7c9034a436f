// Float <-> text: a port of Python/pystrtod.c format_float_short on top of std::to_chars (which replaces
// _Py_dg_dtoa: both give correctly rounded digits), and float(str) on top of std::from_chars.
#include "runtime/types/float_format.hpp"

#include "runtime/types/bigint.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace weft::rt {

namespace {

// What _Py_dg_dtoa returns for a finite value: the significant digits with no leading or trailing zeros ("0"
// for a zero result), and decpt, the position of the decimal point: value = 0.<digits> * 10**decpt.
struct DecimalDigits {
    std::string digits;
    long decpt = 1;
};

enum class DtoaMode {
    Shortest,     // mode 0: the shortest digits that read back to the value
    Significant,  // mode 2: ndigits significant digits
    AfterDecimal, // mode 3: ndigits digits after the decimal point
};

// The exact decimal expansion of a double has at most 767 significant digits and 1074 digits after the point;
// asking std::to_chars for more only appends zeros, which are stripped anyway.
constexpr int max_significant_digits = 800;
constexpr int max_fraction_digits = 1100;

DecimalDigits dtoa(double value, DtoaMode mode, int ndigits) {
    std::array<char, 1536> buffer;
    char* first = buffer.data();
    char* last = buffer.data() + buffer.size();
    double magnitude = std::fabs(value);
    std::to_chars_result result;
    switch (mode) {
    case DtoaMode::Shortest:
        result = std::to_chars(first, last, magnitude, std::chars_format::scientific);
        break;
    case DtoaMode::Significant:
        result = std::to_chars(first, last, magnitude, std::chars_format::scientific,
                               std::min(ndigits, max_significant_digits) - 1);
        break;
    case DtoaMode::AfterDecimal:
        result = std::to_chars(first, last, magnitude, std::chars_format::fixed,
                               std::min(ndigits, max_fraction_digits));
        break;
    }
    std::string_view text(first, static_cast<std::size_t>(result.ptr - first));

    DecimalDigits out;
    std::size_t exponent_at = text.find('e');
    std::string_view mantissa = text.substr(0, exponent_at);
    std::size_t point = mantissa.find('.');
    out.decpt = static_cast<long>(point == std::string_view::npos ? mantissa.size() : point);
    for (char c : mantissa) {
        if (c != '.')
            out.digits.push_back(c);
    }
    if (exponent_at != std::string_view::npos) {
        long exponent = 0;
        std::string_view exponent_text = text.substr(exponent_at + 1);
        if (!exponent_text.empty() && exponent_text[0] == '+')
            exponent_text.remove_prefix(1);
        std::from_chars(exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);
        out.decpt += exponent;
    }

    std::size_t leading = out.digits.find_first_not_of('0');
    if (leading == std::string::npos) {
        out.digits = "0";
        out.decpt = 1;
        return out;
    }
    out.digits.erase(0, leading);
    out.decpt -= static_cast<long>(leading);
    out.digits.erase(out.digits.find_last_not_of('0') + 1);
    return out;
}

// CPython: Python/pystrtod.c format_float_short (3.11), with format_code already lowered to e/f/g/r.
std::string format_float_short(double d, char format_code, DtoaMode mode, int precision,
                               DoubleToStringFlags flags, bool upper) {
    bool negative = std::signbit(d);
    if (!std::isfinite(d)) {
        // Ignore the sign of a nan.
        if (std::isnan(d))
            negative = false;
        std::string out = negative ? "-" : flags.sign ? "+" : "";
        out += std::isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return out;
    }

    DecimalDigits decimal = dtoa(d, mode, precision);
    std::string const& digits = decimal.digits;
    long decpt = decimal.decpt;
    auto digits_len = static_cast<long>(digits.size());
    // 3.11: with 'z', a result that rounded to zero loses its sign.
    if (flags.no_negative_zero && digits == "0")
        negative = false;

    // We got digits back; we may need to pad them with zeros on the left or right (or both), so the result
    // has the form [<sign>]<zeros><digits><zeros>[<exponent>]. Think of an infinite string vdigits: digits
    // padded with zeros on both sides; the output is the slice vdigits[vdigits_start : vdigits_end], with a
    // decimal point.
    long vdigits_end = digits_len;
    bool use_exp = false;
    switch (format_code) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (flags.add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (flags.alternate)
            vdigits_end = precision;
        break;
    case 'r':
        // Convert to exponential format at 1e16: repr(2e16+8) would otherwise be padded with bogus zeros.
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }

    // With an exponent, the decimal point goes after the first digit.
    long exponent = 0;
    if (use_exp) {
        exponent = decpt - 1;
        decpt = 1;
    }
    // Ensure vdigits_start < decpt <= vdigits_end, or vdigits_start < decpt < vdigits_end if add_dot_0
    // applies and there is no exponent.
    long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && flags.add_dot_0)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    std::string out;
    out.reserve(static_cast<std::size_t>(vdigits_end - vdigits_start) + 8);
    if (negative)
        out.push_back('-');
    else if (flags.sign)
        out.push_back('+');

    // Exactly one of the three blocks below writes the decimal point.
    // Zero padding on the left of the digit string.
    if (decpt <= 0) {
        out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
        out.push_back('.');
        out.append(static_cast<std::size_t>(-decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(-vdigits_start), '0');
    }
    // The digits, with the decimal point if it falls inside them.
    if (0 < decpt && decpt <= digits_len) {
        out.append(digits, 0, static_cast<std::size_t>(decpt));
        out.push_back('.');
        out.append(digits, static_cast<std::size_t>(decpt));
    } else {
        out += digits;
    }
    // And zeros on the right.
    if (digits_len < decpt) {
        out.append(static_cast<std::size_t>(decpt - digits_len), '0');
        out.push_back('.');
        out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
    }
    // Delete a trailing decimal point unless using alternative formatting.
    if (out.back() == '.' && !flags.alternate)
        out.pop_back();

    if (use_exp) {
        // C's "%+.02d": a sign, then at least two digits.
        out.push_back(upper ? 'E' : 'e');
        out.push_back(exponent < 0 ? '-' : '+');
        std::string exponent_digits = std::to_string(exponent < 0 ? -exponent : exponent);
        if (exponent_digits.size() < 2)
            out.push_back('0');
        out += exponent_digits;
    }
    return out;
}

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// CPython: Python/pystrtod.c case_insensitive_match; `lower` is lower-case.
bool matches_ignoring_case(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

// Parses the unsigned decimal number `text` (already checked against the grammar) as _Py_dg_strtod does:
// correctly rounded, overflowing to inf and underflowing to 0.
double parse_decimal(std::string_view text) {
    double value = 0.0;
    auto [ptr, ec] =
        std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::general);
    if (ec != std::errc::result_out_of_range)
        return value;
    // Out of range: decide between overflow and underflow from the decimal exponent of the first nonzero
    // digit.
    long position = 0; // digits before the point, counted from the first nonzero digit
    bool seen_nonzero = false;
    bool after_point = false;
    std::size_t i = 0;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        char c = text[i];
        if (c == '.') {
            after_point = true;
        } else if (!seen_nonzero && c == '0') {
            if (after_point)
                --position;
        } else if (!seen_nonzero) {
            seen_nonzero = true;
            if (!after_point)
                position = 1;
        } else if (!after_point) {
            ++position;
        }
    }
    long exponent = 0;
    if (i < text.size()) {
        std::string_view exponent_text = text.substr(i + 1);
        bool exponent_negative = !exponent_text.empty() && exponent_text[0] == '-';
        if (!exponent_text.empty() && (exponent_text[0] == '-' || exponent_text[0] == '+'))
            exponent_text.remove_prefix(1);
        for (char c : exponent_text)
            exponent = std::min(exponent * 10 + (c - '0'), 1L << 40); // saturate: only the sign matters here
        if (exponent_negative)
            exponent = -exponent;
    }
    return position + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

} // namespace

std::string double_to_string(double value, char format_code, int precision, DoubleToStringFlags flags) {
    // 'f' of a finite value without flags is exactly what std::to_chars writes: every digit up to the precision,
    // correctly rounded, a '-' for any negative value (-0.00 included), no point when the precision is 0
    if ((format_code == 'f' || format_code == 'F') && std::isfinite(value) && !flags.sign && !flags.alternate &&
        !flags.no_negative_zero && precision >= 0 && precision <= max_fraction_digits) {
        std::array<char, 1536> buffer;  // 309 digits before the point, the sign, the point and the fraction
        auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed,
                                    precision);
        return std::string(buffer.data(), result.ptr);
    }
    // CPython: Python/pystrtod.c PyOS_double_to_string: map the format code to a dtoa mode and precision.
    bool upper = false;
    DtoaMode mode = DtoaMode::Shortest;
    switch (format_code) {
    case 'E':
        upper = true;
        format_code = 'e';
        [[fallthrough]];
    case 'e':
        mode = DtoaMode::Significant;
        ++precision;
        break;
    case 'F':
        upper = true;
        format_code = 'f';
        [[fallthrough]];
    case 'f':
        mode = DtoaMode::AfterDecimal;
        break;
    case 'G':
        upper = true;
        format_code = 'g';
        [[fallthrough]];
    case 'g':
        mode = DtoaMode::Significant;
        // Precision 0 makes no sense for 'g' format; interpret it as 1.
        if (precision == 0)
            precision = 1;
        break;
    default: // 'r'
        format_code = 'r';
        mode = DtoaMode::Shortest;
        precision = 0;
        break;
    }
    return format_float_short(value, format_code, mode, precision, flags, upper);
}

// CPython: Objects/floatobject.c float_repr: PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL).
std::string float_repr(double value) {
    return double_to_string(value, 'r', 0, {.add_dot_0 = true});
}

std::string float_str(double value) {
    return float_repr(value);
}

// CPython: Objects/floatobject.c PyFloat_FromString, Python/pystrtod.c _Py_string_to_number_with_underscores
// and PyOS_string_to_double.
std::optional<double> parse_float(std::string_view text) {
    std::string ascii = transform_decimal_and_space_to_ascii(text);

    // Underscores are only allowed between digits; drop them.
    if (ascii.find('_') != std::string::npos) {
        std::string without;
        char prev = '\0';
        for (char c : ascii) {
            if (c == '_') {
                if (!is_digit(prev))
                    return std::nullopt;
            } else {
                if (prev == '_' && !is_digit(c))
                    return std::nullopt;
                without.push_back(c);
            }
            prev = c;
        }
        if (prev == '_')
            return std::nullopt;
        ascii = std::move(without);
    }

    std::string_view s = ascii;
    while (!s.empty() && is_ascii_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back()))
        s.remove_suffix(1);

    bool negative = false;
    std::string_view body = s;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }

    // _Py_dg_strtod's grammar: digits [. digits] or . digits, then an optional exponent with at least one
    // digit.
    std::size_t i = 0;
    std::size_t mantissa_digits = 0;
    while (i < body.size() && is_digit(body[i])) {
        ++i;
        ++mantissa_digits;
    }
    if (i < body.size() && body[i] == '.') {
        ++i;
        while (i < body.size() && is_digit(body[i])) {
            ++i;
            ++mantissa_digits;
        }
    }
    if (mantissa_digits == 0) {
        // Not a number: maybe inf, infinity or nan (CPython's _Py_parse_inf_or_nan).
        double special;
        if (matches_ignoring_case(body, "inf") || matches_ignoring_case(body, "infinity"))
            special = std::numeric_limits<double>::infinity();
        else if (matches_ignoring_case(body, "nan"))
            special = std::numeric_limits<double>::quiet_NaN();
        else
            return std::nullopt;
        return negative ? -special : special;
    }
    if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
        ++i;
        if (i < body.size() && (body[i] == '+' || body[i] == '-'))
            ++i;
        std::size_t exponent_digits = 0;
        while (i < body.size() && is_digit(body[i])) {
            ++i;
            ++exponent_digits;
        }
        if (exponent_digits == 0)
            return std::nullopt;
    }
    if (i != body.size())
        return std::nullopt;

    double value = parse_decimal(body);
    return negative ? -value : value;
}

// CPython: Objects/floatobject.c float_from_string_inner: "could not convert string to float: %R".
std::string float_parse_error_message(std::string_view text) {
    return "could not convert string to float: " + repr_for_message(text);
}

} // namespace weft::rt
