// printf-style formatting, following CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c): the parse of
// each conversion (unicode_format_arg_parse), the conversion itself (unicode_format_arg_format, mainformatlong,
// _PyUnicode_FormatLong, formatfloat, formatchar) and the padding (unicode_format_arg_output).
#include "runtime/types/percent_format.hpp"

#include <cctype>
#include <charconv>
#include <climits>
#include <cstdio>
#include <cstdint>
#include <string>

#include "interpreter/text.hpp"
#include "runtime/format.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/types/bigint.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/float_format.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/str.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

enum : unsigned { FlagLeft = 1, FlagSign = 2, FlagBlank = 4, FlagAlternate = 8, FlagZero = 16 };

struct Conversion {
    unsigned flags = 0;
    std::int64_t width = -1;
    std::int64_t precision = -1;
    char32_t type = 0;
    std::size_t type_pos = 0;  // the type character's byte offset, for the message about an unknown one
    bool numeric = false;  // CPython's arg->sign: the text may start with a sign the padding goes after
};

class Formatter {
public:
    // `bytes`: the format and the result are bytes (CPython: _PyBytes_FormatEx): the format's units are bytes, %s
    // and %b take bytes-like objects, %r and %a give ASCII, %c a byte
    Formatter(VM& vm, std::string_view format, Value const& values, bool bytes)
        : m_vm(vm), m_format(format), m_values(values), m_bytes(bytes) {
        Type* t = vm.type_of(values);
        if (t->layout == Layout::Tuple) {
            m_arglen = static_cast<std::int64_t>(as<Tuple>(values)->size);
            m_argidx = 0;
        }
        // CPython: PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)
        m_mapping = t->layout != Layout::Tuple && t->layout != Layout::Str && t->layout != Layout::Bytes &&
                    (t->layout == Layout::Dict || t->layout == Layout::List || t->layout == Layout::Range ||
                     !t->lookup(vm.names.dunder_getitem).is_null());
        m_args = values;
    }

    Result<Value> run() {
        m_out.reserve(m_format.size() + 16);
        while (m_pos < m_format.size()) {
            std::size_t next = m_format.find('%', m_pos);
            if (next == std::string_view::npos) next = m_format.size();
            append_literal(next);
            if (m_pos >= m_format.size()) break;
            advance();  // the '%'
            TRY(conversion());
        }
        if (m_argidx < m_arglen && !m_mapping)
            return raise_not_all_converted();
        if (m_bytes)
            return make_bytes(m_vm, std::move(m_out));
        return m_vm.new_str(m_out);
    }

private:
    VM& m_vm;
    std::string_view m_format;
    Value const& m_values;
    std::size_t m_pos = 0;        // byte offset in the format
    Value m_args;                 // what conversions take their arguments from: the values, or a mapping's item
    std::int64_t m_arglen = -1;   // CPython's arglen/argidx: a tuple's size and the next index, else -1/-2
    std::int64_t m_argidx = -2;
    bool m_mapping = false;
    bool m_bytes = false;
    std::string m_out;
    std::string m_scratch;  // one conversion's text when it is built here (kept: its capacity serves them all)

    Raised raise_not_all_converted() {
        return m_vm.raise(m_vm.types.TypeError, m_bytes ? "not all arguments converted during bytes formatting"
                                                        : "not all arguments converted during string formatting");
    }

    // The format is read by bytes: every character the syntax gives a meaning to is ASCII, and no byte of a
    // UTF-8 sequence is; only the conversion's type character is read as a code point (for its message).
    bool at_end() const { return m_pos >= m_format.size(); }
    char peek() const { return m_format[m_pos]; }
    void advance() { ++m_pos; }
    char32_t take_type() {
        auto byte = static_cast<unsigned char>(m_format[m_pos]);
        if (m_bytes || byte < 0x80) {
            ++m_pos;
            return byte;
        }
        return text::next_code_point(m_format, m_pos);
    }
    // The index CPython's messages give: in code points for a str format
    std::int64_t index_of(std::size_t pos) const {
        std::string_view before = m_format.substr(0, pos);
        return static_cast<std::int64_t>(m_bytes ? before.size() : text::count_code_points(before));
    }
    void append_literal(std::size_t end) {
        m_out.append(m_format.substr(m_pos, end - m_pos));
        m_pos = end;
    }

    Result<Value> next_argument() {
        if (m_argidx < m_arglen) {
            ++m_argidx;
            if (m_arglen < 0) return m_args;
            return as<Tuple>(m_args)->items[m_argidx - 1];
        }
        return m_vm.raise(m_vm.types.TypeError, "not enough arguments for format string");
    }

    Result<void> conversion() {
        if (!at_end() && peek() == '%') {
            advance();
            m_out.push_back('%');
            return {};
        }
        Conversion c;
        TRY(parse(c));
        TRY(format(c));
        if (m_mapping && m_argidx < m_arglen)
            return raise_not_all_converted();
        return {};
    }

    Result<void> parse(Conversion& c) {
        if (!at_end() && peek() == '(') {
            if (!m_mapping)
                return m_vm.raise(m_vm.types.TypeError, "format requires a mapping");
            advance();
            std::size_t key_start = m_pos;
            int depth = 1;
            while (depth > 0 && !at_end()) {
                char ch = peek();
                if (ch == ')') --depth;
                else if (ch == '(') ++depth;
                advance();
            }
            if (depth > 0)
                return m_vm.raise(m_vm.types.ValueError, "incomplete format key");
            std::string_view key_text = m_format.substr(key_start, m_pos - 1 - key_start);
            Value key = m_bytes ? make_bytes(m_vm, std::string(key_text)) : m_vm.new_str(key_text);
            m_args = TRY(m_vm.getitem(m_values, key));
            m_arglen = -1;
            m_argidx = -2;
        }
        // flags
        for (; !at_end(); advance()) {
            char ch = peek();
            if (ch == '-') c.flags |= FlagLeft;
            else if (ch == '+') c.flags |= FlagSign;
            else if (ch == ' ') c.flags |= FlagBlank;
            else if (ch == '#') c.flags |= FlagAlternate;
            else if (ch == '0') c.flags |= FlagZero;
            else break;
        }
        // width
        if (!at_end() && peek() == '*') {
            Value v = TRY(next_argument());
            c.width = TRY(star_value(v));
            if (c.width < 0) {
                c.flags |= FlagLeft;
                c.width = -c.width;
            }
            advance();
        } else if (!at_end() && peek() >= '0' && peek() <= '9') {
            c.width = 0;
            for (; !at_end() && peek() >= '0' && peek() <= '9'; advance()) {
                int digit = static_cast<int>(peek() - '0');
                if (c.width > (INT64_MAX - digit) / 10)
                    return m_vm.raise(m_vm.types.ValueError, "width too big");
                c.width = c.width * 10 + digit;
            }
        }
        // the result is at least `width` bytes (CPython: MemoryError when it allocates them)
        if (c.width > 0 && !memory_available(static_cast<std::uint64_t>(c.width)))
            return m_vm.raise(m_vm.types.MemoryError, "");
        // precision
        if (!at_end() && peek() == '.') {
            c.precision = 0;
            advance();
            if (!at_end() && peek() == '*') {
                Value v = TRY(next_argument());
                std::int64_t p = TRY(star_value(v));
                if (p > INT_MAX || p < INT_MIN)
                    return m_vm.raise(m_vm.types.OverflowError, "Python int too large to convert to C int");
                c.precision = p < 0 ? 0 : p;
                advance();
            } else {
                for (; !at_end() && peek() >= '0' && peek() <= '9'; advance()) {
                    int digit = static_cast<int>(peek() - '0');
                    if (c.precision > (INT_MAX - digit) / 10)
                        return m_vm.raise(m_vm.types.ValueError, "precision too big");
                    c.precision = c.precision * 10 + digit;
                }
            }
        }
        // the ignored length modifiers of C's printf
        if (!at_end() && (peek() == 'h' || peek() == 'l' || peek() == 'L'))
            advance();
        if (at_end())
            return m_vm.raise(m_vm.types.ValueError, "incomplete format");
        c.type_pos = m_pos;
        c.type = take_type();
        return {};
    }

    Result<std::int64_t> star_value(Value const& v) {
        if (!is_int_value(m_vm, v))
            return m_vm.raise(m_vm.types.TypeError, "* wants int");
        if (!v.is_int() && !v.is_bool())
            return m_vm.raise(m_vm.types.OverflowError, "Python int too large to convert to C ssize_t");
        return v.as_int();
    }

    // %s and %b of bytes: the bytes of a bytes-like object or of its __bytes__ (CPython: format_obj)
    Result<std::string> bytes_of(Value const& v) {
        std::string_view view;
        if (bytes_like(m_vm, v, view))
            return std::string(view);
        Value method = m_vm.type_of(v)->lookup(m_vm.intern("__bytes__"));
        if (!method.is_null()) {
            Value b = TRY(m_vm.call1(method, v));
            if (bytes_like(m_vm, b, view))
                return std::string(view);
            return m_vm.raise(m_vm.types.TypeError, "__bytes__ returned non-bytes (type {})", m_vm.type_of(b)->name->view());
        }
        return m_vm.raise(m_vm.types.TypeError,
                          "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                          m_vm.type_of(v)->name->view());
    }

    Result<void> format(Conversion& c) {
        Value v = TRY(next_argument());
        if (m_bytes) {
            switch (c.type) {
            case 's': case 'b':
                output(c, TRY(bytes_of(v)));
                return {};
            case 'r': case 'a': {
                Value text = TRY(m_vm.ascii(v));
                output(c, as<Str>(text)->view());
                return {};
            }
            case 'c': {
                std::string_view one;
                if (bytes_like(m_vm, v, one) && one.size() == 1) {
                    output(c, one);
                    return {};
                }
                if (!is_int_value(m_vm, v) || !v.is_int() || v.as_int() < 0 || v.as_int() > 255)
                    return m_vm.raise(is_int_value(m_vm, v) ? m_vm.types.OverflowError : m_vm.types.TypeError,
                                      is_int_value(m_vm, v) ? "%c arg not in range(256)"
                                                            : "%c requires an integer in range(256) or a single byte");
                char byte = static_cast<char>(v.as_int());
                output(c, std::string_view(&byte, 1));
                return {};
            }
            default:
                break;
            }
        }
        // the text of str(), repr() and ascii() is output from the str they return, numbers from m_scratch
        Value str;
        switch (c.type) {
        case 's':
            str = TRY(m_vm.str(v));
            break;
        case 'r':
            str = TRY(m_vm.repr(v));
            break;
        case 'a':
            str = TRY(m_vm.ascii(v));
            break;
        case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
            TRY(format_integer(v, c));
            c.numeric = true;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            m_scratch = TRY(format_real(v, c));
            c.numeric = true;
            break;
        case 'c':
            TRY(format_char(v));
            break;
        default: {
            char32_t ch = c.type;
            char hex[16];
            std::snprintf(hex, sizeof hex, "%x", static_cast<unsigned>(ch));
            return m_vm.raise(m_vm.types.ValueError, "unsupported format character '{}' (0x{}) at index {}",
                              ch >= 31 && ch <= 126 ? static_cast<char>(ch) : '?', hex, index_of(c.type_pos));
        }
        }
        output(c, str.is_null() ? std::string_view(m_scratch) : as<Str>(str)->view());
        return {};
    }

    // CPython: PyNumber_Check
    bool is_number(Value const& v) {
        if (v.is_int() || v.is_bool() || v.is_float() || is_int_value(m_vm, v)) return true;
        Type* t = m_vm.type_of(v);
        return !t->lookup(m_vm.names.dunder_index).is_null() || !t->lookup(m_vm.names.dunder_int).is_null() ||
               !t->lookup(m_vm.names.dunder_float).is_null();
    }

    Raised wrong_type(Value const& v, char32_t type) {
        char t = static_cast<char>(type);
        if (type == 'o' || type == 'x' || type == 'X')
            return m_vm.raise(m_vm.types.TypeError, "%{} format: an integer is required, not {}", t,
                              m_vm.type_of(v)->name->view());
        return m_vm.raise(m_vm.types.TypeError, "%{} format: a real number is required, not {}", t,
                          m_vm.type_of(v)->name->view());
    }

    // CPython: mainformatlong and _PyUnicode_FormatLong. Digits in the base, at least `precision` of them,
    // after the sign and, with '#', the 0o/0x/0X prefix, into m_scratch.
    Result<void> format_integer(Value const& v, Conversion const& c) {
        if (!is_number(v))
            return wrong_type(v, c.type);
        Value integer = v;
        if (!is_int_value(m_vm, v)) {
            bool index_only = c.type == 'o' || c.type == 'x' || c.type == 'X';
            Result<Value> r = index_only ? call_index(v) : m_vm.call1(Value::borrowed(m_vm.types.int_), v);
            if (r.is_error()) {
                Value exc = m_vm.take_exception();
                if (m_vm.type_of(exc)->is_subtype_of(m_vm.types.TypeError))
                    return wrong_type(v, c.type);
                return m_vm.raise_value(std::move(exc));
            }
            integer = r.release_value();
        }
        char type = c.type == 'i' || c.type == 'u' ? 'd' : static_cast<char>(c.type);
        if (integer.is_int() || integer.is_bool()) {
            // an int of int64 range (or a bool): its digits at once, without a format spec to parse
            std::int64_t n = integer.as_int();
            std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
            char digits[72];
            int base = type == 'o' ? 8 : type == 'd' ? 10 : 16;
            char* end = std::to_chars(digits, digits + sizeof digits, magnitude, base).ptr;
            if (type == 'X')
                for (char* p = digits; p < end; ++p) *p = static_cast<char>(std::toupper(static_cast<unsigned char>(*p)));
            integer_text(n < 0, std::string_view(digits, static_cast<std::size_t>(end - digits)), c);
            return {};
        }
        char spec[2] = {type, '\0'};
        auto digits = format_int(to_bigint(integer), spec, "int", m_vm.int_max_str_digits);
        if (!digits) return raise_numeric(m_vm, digits.error());
        std::string_view s = *digits;
        bool negative = !s.empty() && s[0] == '-';
        integer_text(negative, negative ? s.substr(1) : s, c);
        return {};
    }

    // The sign, the '#' prefix and the digits, zero-filled up to the precision, into m_scratch
    void integer_text(bool negative, std::string_view body, Conversion const& c) {
        std::string& out = m_scratch;
        out.assign(negative ? "-" : "");
        if (c.flags & FlagAlternate) {
            if (c.type == 'o') out += "0o";
            else if (c.type == 'x') out += "0x";
            else if (c.type == 'X') out += "0X";
        }
        if (c.precision > static_cast<std::int64_t>(body.size()))
            out.append(static_cast<std::size_t>(c.precision) - body.size(), '0');
        out += body;
    }

    Result<Value> call_index(Value const& v) {
        Value m = m_vm.type_of(v)->lookup(m_vm.names.dunder_index);
        if (m.is_null())
            return m_vm.raise(m_vm.types.TypeError, "'{}' object cannot be interpreted as an integer",
                              m_vm.type_of(v)->name->view());
        return m_vm.call1(m, v);
    }

    // CPython: formatfloat; the argument as PyFloat_AsDouble takes it (__float__, else __index__).
    Result<std::string> format_real(Value const& v, Conversion const& c) {
        double x;
        if (v.is_float()) {
            x = v.as_float();
        } else {
            Type* t = m_vm.type_of(v);
            bool convertible = is_int_value(m_vm, v) || (t->layout != Layout::Str &&
                                                         (!t->lookup(m_vm.names.dunder_float).is_null() ||
                                                          !t->lookup(m_vm.names.dunder_index).is_null()));
            if (!convertible)
                return m_vm.raise(m_vm.types.TypeError, "must be real number, not {}", t->name->view());
            Value f = TRY(m_vm.call1(Value::borrowed(m_vm.types.float_), v));
            x = f.as_float();
        }
        // CPython: formatfloat, PyOS_double_to_string with the precision (6 by default) and '#' as Py_DTSF_ALT
        DoubleToStringFlags flags;  // (parse() has kept the precision within int)
        flags.alternate = c.flags & FlagAlternate;
        return double_to_string(x, static_cast<char>(c.type), c.precision < 0 ? 6 : static_cast<int>(c.precision), flags);
    }

    // CPython: formatchar, into m_scratch
    Result<void> format_char(Value const& v) {
        if (v.is_object() && m_vm.type_of(v)->layout == Layout::Str) {
            Str* s = as<Str>(v);
            if (s->char_count != 1)
                return m_vm.raise(m_vm.types.TypeError, "%c requires int or char");
            m_scratch.assign(s->view());
            return {};
        }
        if (!is_int_value(m_vm, v))
            return m_vm.raise(m_vm.types.TypeError, "%c requires int or char");
        if ((!v.is_int() && !v.is_bool()) || v.as_int() < 0 || v.as_int() > 0x10FFFF)
            return m_vm.raise(m_vm.types.OverflowError, "%c arg not in range(0x110000)");
        m_scratch.clear();
        text::append_utf8(m_scratch, static_cast<char32_t>(v.as_int()));
        return {};
    }

    // CPython: unicode_format_arg_output. Widths and precisions count code points.
    void output(Conversion& c, std::string_view text) {
        std::string_view body = text;
        auto length = static_cast<std::int64_t>(m_bytes ? body.size() : text::count_code_points(body));
        if (c.type == 's' || c.type == 'r' || c.type == 'a' || c.type == 'b') {
            if (c.precision >= 0 && length > c.precision) {
                body = body.substr(0, m_bytes ? static_cast<std::size_t>(c.precision)
                                              : text::offset_of_code_point(body, static_cast<std::size_t>(c.precision)));
                length = c.precision;
            }
        }
        char fill = c.numeric && (c.flags & FlagZero) ? '0' : ' ';  // decided before the sign is looked at
        char sign = '\0';
        if (c.numeric) {
            if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
                sign = body[0];
                body.remove_prefix(1);
                --length;
            } else if (c.flags & FlagSign) {
                sign = '+';
            } else if (c.flags & FlagBlank) {
                sign = ' ';
            } else {
                c.numeric = false;
            }
        }
        bool prefixed = (c.flags & FlagAlternate) && (c.type == 'x' || c.type == 'X' || c.type == 'o');
        std::int64_t width = c.width < length ? length : c.width;
        if (c.numeric) {
            if (fill != ' ') m_out.push_back(sign);
            if (width > length) --width;
        }
        std::string_view prefix;
        if (prefixed) {
            prefix = body.substr(0, 2);
            body.remove_prefix(2);
            if (fill != ' ') m_out.append(prefix);
            width -= 2;
            if (width < 0) width = 0;
            length -= 2;
        }
        if (width > length && !(c.flags & FlagLeft)) {
            m_out.append(static_cast<std::size_t>(width - length), fill);
            width = length;
        }
        if (fill == ' ') {
            if (c.numeric) m_out.push_back(sign);
            if (prefixed) m_out.append(prefix);
        }
        m_out.append(body);
        if (width > length)
            m_out.append(static_cast<std::size_t>(width - length), ' ');
    }
};

} // namespace

Result<Value> percent_format(VM& vm, Str* format, Value const& values) {
    return Formatter(vm, format->view(), values, false).run();
}

Result<Value> percent_format_bytes(VM& vm, std::string_view format, Value const& values) {
    return Formatter(vm, format, values, true).run();
}

} // namespace weft::rt
