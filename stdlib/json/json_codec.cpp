// json's native part: the scanner that decodes a document and the encoder that writes one, in C++ as CPython's
// are (Modules/_json.c: scan_once_unicode, scanstring_unicode, encoder_listencode_obj), since both walk every
// character of their text. json.py keeps the module's interface (loads/dumps, JSONDecoder, JSONEncoder, the
// hooks' defaults) and calls these two with the options of one decode or encode. Messages, positions and the
// order in which types are tried follow CPython 3.11's C scanner and encoder; the code is weft's own.
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "interpreter/text.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/float_format.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/str.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

bool is_layout(VM& vm, Value const& v, Layout layout) { return v.is_object() && vm.type_of(v)->layout == layout; }

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ---- decoding

// One call of the scanner: the document and the decoder's options. Positions inside are byte offsets into the
// document's UTF-8; what Python sees (end indexes, error positions) are code-point indexes.
struct Decoding {
    VM& vm;
    Str* doc;
    std::string_view text;
    bool strict;
    Value object_hook, pairs_hook, parse_float, parse_int, parse_constant;
    Dict* memo;
    Value error_type;  // json.JSONDecodeError
    int depth = 0;

    std::size_t index_of(std::size_t offset) const { return doc->is_ascii() ? offset : doc->index_at(offset); }

    // JSONDecodeError(msg, doc, pos)
    Raised error(char const* message, std::size_t offset) {
        Value args[3] = {vm.new_str(message), Value::borrowed(doc),
                         Value::from_int(static_cast<std::int64_t>(index_of(offset)))};
        Result<Value> exc = vm.call(error_type, args, 3);
        if (exc.is_error()) return Raised{};
        return vm.raise_value(exc.release_value());
    }

    std::size_t skip_space(std::size_t pos) const {
        while (pos < text.size() && is_json_space(text[pos])) ++pos;
        return pos;
    }

    // CPython's Py_EnterRecursiveCall(" while decoding a JSON ... from a unicode string") for each container
    Result<void> enter(char const* what) {
        if (vm.thread()->depth + depth >= vm.config().recursion_limit)
            return vm.raise(vm.types.RecursionError,
                            "maximum recursion depth exceeded while decoding a JSON {} from a unicode string", what);
        TRY(vm.check_native_stack());
        ++depth;
        return {};
    }

    // The four hex digits of a \u escape at pos (CPython: scanstring_unicode's \u case)
    Result<char32_t> hex4(std::size_t pos, std::size_t escape_at) {
        if (pos + 4 >= text.size()) return error("Invalid \\uXXXX escape", escape_at);  // CPython: `end >= len`
        char32_t code = 0;
        for (std::size_t i = pos; i < pos + 4; ++i) {
            char c = text[i];
            int digit = is_digit(c) ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) return error("Invalid \\uXXXX escape", escape_at);
            code = code << 4 | static_cast<char32_t>(digit);
        }
        return code;
    }

    // The str whose opening quote is just before `pos`; `pos` ends after its closing quote.
    Result<Value> string(std::size_t& pos) {
        std::size_t begin = pos - 1;
        std::size_t run = pos;
        std::string built;  // used once an escape (or a control character, when not strict) is met
        bool escaped = false;
        for (;;) {
            std::size_t end = run;
            while (end < text.size()) {
                unsigned char c = static_cast<unsigned char>(text[end]);
                if (c == '"' || c == '\\' || c < 0x20) break;
                ++end;
            }
            if (end >= text.size()) return error("Unterminated string starting at", begin);
            char c = text[end];
            if (c == '"' && !escaped) {
                pos = end + 1;
                return vm.new_str(text.substr(run, end - run));
            }
            built.append(text.data() + run, end - run);
            escaped = true;
            if (c == '"') {
                pos = end + 1;
                return vm.new_str(built);
            }
            if (c != '\\') {
                if (strict) return error("Invalid control character at", end);
                built.push_back(c);
                run = end + 1;
                continue;
            }
            ++end;
            if (end >= text.size()) return error("Unterminated string starting at", begin);
            char esc = text[end];
            if (esc != 'u') {
                char out;
                switch (esc) {
                case '"': out = '"'; break;
                case '\\': out = '\\'; break;
                case '/': out = '/'; break;
                case 'b': out = '\b'; break;
                case 'f': out = '\f'; break;
                case 'n': out = '\n'; break;
                case 'r': out = '\r'; break;
                case 't': out = '\t'; break;
                default: return error("Invalid \\escape", end - 1);
                }
                built.push_back(out);
                run = end + 1;
                continue;
            }
            char32_t code = TRY(hex4(end + 1, end));
            end += 5;
            // a high surrogate followed by a low one's escape is one character (CPython: scanstring_unicode)
            if (code >= 0xD800 && code <= 0xDBFF && end + 6 < text.size() && text[end] == '\\' && text[end + 1] == 'u') {
                char32_t low = TRY(hex4(end + 2, end + 1));
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00));
                    end += 6;
                }
            }
            text::append_utf8(built, code);
            run = end;
        }
    }

    // A number at pos (CPython: _match_number_unicode); a null Value when there is none.
    Result<Value> number(std::size_t& pos) {
        std::size_t start = pos, i = pos, n = text.size();
        if (i < n && text[i] == '-') ++i;
        if (i < n && text[i] >= '1' && text[i] <= '9') {
            while (i < n && is_digit(text[i])) ++i;
        } else if (i < n && text[i] == '0') {
            ++i;
        } else {
            return Value();
        }
        bool is_float = false;
        if (i + 1 < n && text[i] == '.' && is_digit(text[i + 1])) {
            is_float = true;
            i += 2;
            while (i < n && is_digit(text[i])) ++i;
        }
        if (i < n && (text[i] == 'e' || text[i] == 'E')) {
            std::size_t e = i++;
            if (i < n && (text[i] == '-' || text[i] == '+')) ++i;
            std::size_t digits = i;
            while (i < n && is_digit(text[i])) ++i;
            if (i > digits)
                is_float = true;
            else
                i = e;
        }
        pos = i;
        std::string_view numeral = text.substr(start, i - start);
        if (is_float) {
            if (parse_float.is_object() && parse_float.as_object() == vm.types.float_) {
                double d = 0;
                auto [end, ec] = std::from_chars(numeral.data(), numeral.data() + numeral.size(), d);
                if (ec == std::errc() && end == numeral.data() + numeral.size()) return Value::from_float(d);
                return Value::from_float(rt::parse_float(numeral).value_or(0.0));  // out of range: inf or 0.0, as float()
            }
            Value arg = vm.new_str(numeral, static_cast<std::uint32_t>(numeral.size()));
            return vm.call1(parse_float, arg);
        }
        if (parse_int.is_object() && parse_int.as_object() == vm.types.int_ && numeral.size() <= 18) {
            std::int64_t v = 0;
            std::from_chars(numeral.data(), numeral.data() + numeral.size(), v);
            return Value::from_int(v);
        }
        Value arg = vm.new_str(numeral, static_cast<std::uint32_t>(numeral.size()));
        return vm.call1(parse_int, arg);
    }

    Result<Value> constant(std::size_t& pos, std::string_view name) {
        pos += name.size();
        Value arg = vm.new_str(name, static_cast<std::uint32_t>(name.size()));
        return vm.call1(parse_constant, arg);
    }

    bool at(std::size_t pos, std::string_view word) const { return text.substr(pos, word.size()) == word; }

    // The value at pos, and pos after it; a null Value (no exception) when none starts there
    // (CPython: scan_once_unicode)
    Result<Value> value(std::size_t& pos) {
        if (pos >= text.size()) return Value();
        switch (text[pos]) {
        case '"': ++pos; return string(pos);
        case '{': ++pos; return object(pos);
        case '[': ++pos; return array(pos);
        case 'n':
            if (at(pos, "null")) { pos += 4; return Value::none(); }
            break;
        case 't':
            if (at(pos, "true")) { pos += 4; return Value::from_bool(true); }
            break;
        case 'f':
            if (at(pos, "false")) { pos += 5; return Value::from_bool(false); }
            break;
        case 'N':
            if (at(pos, "NaN")) return constant(pos, "NaN");
            break;
        case 'I':
            if (at(pos, "Infinity")) return constant(pos, "Infinity");
            break;
        case '-':
            if (at(pos, "-Infinity")) return constant(pos, "-Infinity");
            break;
        default: break;
        }
        return number(pos);
    }

    // A value inside a container: "Expecting value" where there is none
    Result<Value> item(std::size_t& pos) {
        Value v = TRY(value(pos));
        if (v.is_null()) return error("Expecting value", pos);
        return v;
    }

    // After a container's item: true past its closing `close`, false past the ',' and the space after it
    Result<bool> after_item(std::size_t& pos, char close) {
        pos = skip_space(pos);
        if (pos < text.size() && text[pos] == close) {
            ++pos;
            return true;
        }
        if (pos >= text.size() || text[pos] != ',') return error("Expecting ',' delimiter", pos);
        pos = skip_space(pos + 1);
        return false;
    }

    // After "{" (CPython: _parse_object_unicode)
    Result<Value> object(std::size_t& pos) {
        TRY(enter("object"));
        ValueVector pairs;  // key, value, key, value ... (for object_pairs_hook)
        Ref<Dict> d;
        bool want_pairs = !pairs_hook.is_none();
        if (!want_pairs) d = vm.new_dict();
        pos = skip_space(pos);
        if (pos < text.size() && text[pos] == '}') {
            ++pos;
        } else {
            for (;;) {
                if (pos >= text.size() || text[pos] != '"')
                    return error("Expecting property name enclosed in double quotes", pos);
                ++pos;
                Value key = TRY(string(pos));
                // equal keys share one str (CPython: the scanner's memo)
                std::int64_t hash = as<Str>(key)->get_hash();
                std::int64_t found = TRY(memo->table.find_str_key(vm, as<Str>(key), hash));
                if (found >= 0)
                    key = memo->table.entries()[static_cast<std::size_t>(found)].key;
                else
                    TRY(memo->table.insert_str_key(vm, key, hash, key));
                pos = skip_space(pos);
                if (pos >= text.size() || text[pos] != ':') return error("Expecting ':' delimiter", pos);
                pos = skip_space(pos + 1);
                Value v = TRY(item(pos));
                if (want_pairs) {
                    pairs.push_back(std::move(key));
                    pairs.push_back(std::move(v));
                } else {
                    TRY(d->table.insert_str_key(vm, std::move(key), hash, std::move(v)));
                }
                if (TRY(after_item(pos, '}'))) break;
            }
        }
        --depth;
        if (want_pairs) {
            Ref<List> list = vm.new_list();
            for (std::size_t i = 0; i < pairs.size(); i += 2) {
                Ref<Tuple> pair = vm.new_tuple(2);
                pair->items[0] = std::move(pairs[i]);
                pair->items[1] = std::move(pairs[i + 1]);
                list->items.push_back(pair.take_value());
            }
            return vm.call1(pairs_hook, list.take_value());
        }
        if (!object_hook.is_none()) return vm.call1(object_hook, d.take_value());
        return d.take_value();
    }

    // After "[" (CPython: _parse_array_unicode)
    Result<Value> array(std::size_t& pos) {
        TRY(enter("array"));
        Ref<List> list = vm.new_list();
        pos = skip_space(pos);
        if (pos < text.size() && text[pos] == ']') {
            ++pos;
        } else {
            for (;;) {
                list->items.push_back(TRY(item(pos)));
                if (TRY(after_item(pos, ']'))) break;
            }
        }
        --depth;
        return list.take_value();
    }
};

// _scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, memo,
// error_type): the value at code point idx of s and the index after it; StopIteration(idx) when no value starts
// there (CPython: scanner_call)
Result<Value> json_scan_once(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!is_layout(vm, args[0], Layout::Str))
        return vm.raise(vm.types.TypeError, "first argument must be a string, not {}", vm.type_of(args[0])->name->view());
    if (!is_layout(vm, args[8], Layout::Dict)) return vm.raise(vm.types.TypeError, "memo must be a dict");
    Str* doc = as<Str>(args[0]);
    std::int64_t idx = TRY(vm.index_value(args[1]));
    if (idx < 0) return vm.raise(vm.types.ValueError, "idx cannot be negative");
    if (idx >= doc->char_count) return vm.raise_stop_iteration(Value::from_int(idx));
    Decoding d{vm, doc, doc->view(), TRY(vm.truthy(args[2])), args[3], args[4], args[5], args[6], args[7],
               as<Dict>(args[8]), args[9]};
    std::size_t pos = doc->is_ascii() ? static_cast<std::size_t>(idx) : doc->offset_of(static_cast<std::size_t>(idx));
    Value v = TRY(d.value(pos));
    if (v.is_null()) return vm.raise_stop_iteration(Value::from_int(idx));
    Ref<Tuple> result = vm.new_tuple(2);
    result->items[0] = std::move(v);
    result->items[1] = Value::from_int(static_cast<std::int64_t>(d.index_of(pos)));
    return result.take_value();
}

// _skip_space(s, idx): the index of the first character at or after idx that is not JSON whitespace
Result<Value> json_skip_space(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!is_layout(vm, args[0], Layout::Str))
        return vm.raise(vm.types.TypeError, "first argument must be a string, not {}", vm.type_of(args[0])->name->view());
    Str* s = as<Str>(args[0]);
    std::int64_t idx = TRY(vm.index_value(args[1]));
    if (idx < 0 || idx >= s->char_count) return Value::from_int(idx);
    std::size_t pos = s->is_ascii() ? static_cast<std::size_t>(idx) : s->offset_of(static_cast<std::size_t>(idx));
    std::size_t start = pos;
    std::string_view text = s->view();
    while (pos < text.size() && is_json_space(text[pos])) ++pos;
    return Value::from_int(idx + static_cast<std::int64_t>(pos - start));  // spaces are one byte each
}

// ---- encoding

// How a str is written: quoted, with \" \\ \n \r \t \b \f and \u00XX for the other control characters; with
// ensure_ascii, everything outside ' '..'~' as \uXXXX (a surrogate pair beyond the BMP). CPython:
// ascii_escape_unicode, escape_unicode.
void append_json_string(std::string& out, std::string_view s, bool ensure_ascii) {
    static char const hex[] = "0123456789abcdef";
    auto escape_u = [&](char32_t c) {
        char buf[6] = {'\\', 'u', hex[(c >> 12) & 15], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15]};
        out.append(buf, 6);
    };
    out.push_back('"');
    std::size_t i = 0, run = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || !ensure_ascii)) {
            ++i;
            continue;
        }
        out.append(s.data() + run, i - run);
        switch (c) {
        case '"': out.append("\\\""); ++i; break;
        case '\\': out.append("\\\\"); ++i; break;
        case '\n': out.append("\\n"); ++i; break;
        case '\r': out.append("\\r"); ++i; break;
        case '\t': out.append("\\t"); ++i; break;
        case '\b': out.append("\\b"); ++i; break;
        case '\f': out.append("\\f"); ++i; break;
        default:
            if (c < 0x80) {
                escape_u(c);
                ++i;
            } else {
                char32_t code = text::next_code_point(s, i);
                if (code >= 0x10000) {
                    code -= 0x10000;
                    escape_u(0xD800 | (code >> 10));
                    escape_u(0xDC00 | (code & 0x3FF));
                } else {
                    escape_u(code);
                }
            }
        }
        run = i;
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
}

// One call of the encoder: its options and the text so far (CPython: PyEncoderObject and its accumulator)
struct Encoding {
    VM& vm;
    bool check_circular, ensure_ascii, allow_nan, sort_keys, skipkeys, name_bad_floats;
    std::string_view item_separator, key_separator;
    Value indent;  // a str or None
    Value default_fn;
    std::string out;
    std::vector<Object*> markers;  // the containers being written, for "Circular reference detected"
    int depth = 0;

    Result<void> enter(Value const& o) {
        if (vm.thread()->depth + depth >= vm.config().recursion_limit)
            return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        TRY(vm.check_native_stack());
        ++depth;
        if (check_circular && o.is_object()) {
            for (Object* m : markers)
                if (m == o.as_object()) return vm.raise(vm.types.ValueError, "Circular reference detected");
            markers.push_back(o.as_object());
        }
        return {};
    }

    void leave(Value const& o) {
        --depth;
        if (check_circular && o.is_object()) markers.pop_back();
    }

    void newline(int level) {
        out.push_back('\n');
        std::string_view unit = as<Str>(indent)->view();
        for (int i = 0; i < level; ++i) out.append(unit);
    }

    // JSON's spelling of a float (CPython: encoder_encode_float)
    Result<void> append_float(double d) {
        if (std::isfinite(d)) {
            out.append(float_repr(d));
            return {};
        }
        if (!allow_nan) {
            if (name_bad_floats)
                return vm.raise(vm.types.ValueError, "Out of range float values are not JSON compliant: {}", float_repr(d));
            return vm.raise(vm.types.ValueError, "Out of range float values are not JSON compliant");
        }
        out.append(std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return {};
    }

    // CPython: encoder_listencode_obj
    Result<void> value(Value const& o, int level) {
        if (is_layout(vm, o, Layout::Str)) {
            append_json_string(out, as<Str>(o)->view(), ensure_ascii);
        } else if (o.is_none()) {
            out.append("null");
        } else if (o.is_bool()) {
            out.append(o.as_bool() ? "true" : "false");
        } else if (o.is_int()) {
            char buf[24];
            auto r = std::to_chars(buf, buf + sizeof buf, o.as_int());
            out.append(buf, r.ptr);
        } else if (is_layout(vm, o, Layout::Int)) {
            out.append(TRY(int_to_string(vm, o)));
        } else if (o.is_float() || is_layout(vm, o, Layout::Float)) {
            TRY(append_float(float_value(o)));
        } else if (is_layout(vm, o, Layout::List) || is_layout(vm, o, Layout::Tuple)) {
            TRY(array(o, level));
        } else if (is_layout(vm, o, Layout::Dict)) {
            TRY(object(o, level));
        } else {
            TRY(enter(o));
            Value replacement = TRY(vm.call1(default_fn, o));
            TRY(value(replacement, level));
            leave(o);
        }
        return {};
    }

    Result<void> array(Value const& o, int level) {
        // the items now: default() may change the list while it is written
        ValueVector items;
        if (is_layout(vm, o, Layout::List)) {
            ValueVector const& src = as<List>(o)->items;
            items.assign(src.begin(), src.end());
        } else {
            Tuple* t = as<Tuple>(o);
            items.assign(t->begin(), t->end());
        }
        if (items.empty()) {
            out.append("[]");
            return {};
        }
        TRY(enter(o));
        out.push_back('[');
        if (!indent.is_none()) newline(++level);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) {
                out.append(item_separator);
                if (!indent.is_none()) newline(level);
            }
            TRY(value(items[i], level));
        }
        if (!indent.is_none()) newline(level - 1);
        out.push_back(']');
        leave(o);
        return {};
    }

    // A key's text, or false for a key skipkeys leaves out (CPython: encoder_encode_key_value)
    Result<bool> append_key(Value const& key) {
        if (is_layout(vm, key, Layout::Str)) {
            append_json_string(out, as<Str>(key)->view(), ensure_ascii);
            return true;
        }
        std::size_t mark = out.size();
        out.push_back('"');
        if (key.is_float() || is_layout(vm, key, Layout::Float)) {
            TRY(append_float(float_value(key)));
        } else if (key.is_bool()) {
            out.append(key.as_bool() ? "true" : "false");
        } else if (key.is_none()) {
            out.append("null");
        } else if (key.is_int() || is_layout(vm, key, Layout::Int)) {
            out.append(TRY(int_to_string(vm, key)));
        } else {
            out.resize(mark);
            if (skipkeys) return false;
            return vm.raise(vm.types.TypeError, "keys must be str, int, float, bool or None, not {}",
                            vm.type_of(key)->name->view());
        }
        out.push_back('"');
        return true;
    }

    Result<void> object(Value const& o, int level) {
        Dict* dict = as<Dict>(o);
        if (dict->table.size() == 0) {
            out.append("{}");
            return {};
        }
        // the items as a list, as CPython's PyMapping_Items makes them: a dict subclass's own items() counts
        ValueVector keys, values;
        if (vm.type_of(o) == vm.types.dict) {
            for (auto const& e : dict->table.entries()) {
                if (e.key.is_null()) continue;
                keys.push_back(e.key);
                values.push_back(e.value);
            }
        } else {
            Value items = TRY(vm.call_method(o, vm.intern("items"), nullptr, 0));
            ValueVector pairs = TRY(vm.to_vector(items));
            for (Value const& p : pairs) {
                if (!is_layout(vm, p, Layout::Tuple) || as<Tuple>(p)->size != 2)
                    return vm.raise(vm.types.ValueError, "items must return tuples of length 2");
                keys.push_back(as<Tuple>(p)->items[0]);
                values.push_back(as<Tuple>(p)->items[1]);
            }
        }
        if (sort_keys) {
            // CPython sorts the (key, value) tuples
            ValueVector pairs;
            for (std::size_t i = 0; i < keys.size(); ++i) {
                Ref<Tuple> pair = vm.new_tuple(2);
                pair->items[0] = keys[i];
                pair->items[1] = values[i];
                pairs.push_back(pair.take_value());
            }
            TRY(sort_values(vm, pairs, nullptr, false));
            for (std::size_t i = 0; i < pairs.size(); ++i) {
                keys[i] = as<Tuple>(pairs[i])->items[0];
                values[i] = as<Tuple>(pairs[i])->items[1];
            }
        }
        TRY(enter(o));
        out.push_back('{');
        if (!indent.is_none()) newline(++level);
        bool first = true;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            std::size_t mark = out.size();
            if (!first) {
                out.append(item_separator);
                if (!indent.is_none()) newline(level);
            }
            if (!TRY(append_key(keys[i]))) {
                out.resize(mark);
                continue;
            }
            first = false;
            out.append(key_separator);
            TRY(value(values[i], level));
        }
        if (!indent.is_none()) newline(level - 1);
        out.push_back('}');
        leave(o);
        return {};
    }
};

Result<std::string_view> str_argument(VM& vm, Value const& v, char const* what) {
    if (!is_layout(vm, v, Layout::Str))
        return vm.raise(vm.types.TypeError, "{} must be a string, not {}", what, vm.type_of(v)->name->view());
    return as<Str>(v)->view();
}

// _encode(o, check_circular, ensure_ascii, allow_nan, sort_keys, skipkeys, item_separator, key_separator, indent,
// default, name_bad_floats): the JSON text of o. indent is a str or None.
Result<Value> json_encode(VM& vm, Value const* args, std::size_t, Tuple*) {
    Encoding e{vm,
               TRY(vm.truthy(args[1])),
               TRY(vm.truthy(args[2])),
               TRY(vm.truthy(args[3])),
               TRY(vm.truthy(args[4])),
               TRY(vm.truthy(args[5])),
               TRY(vm.truthy(args[10])),
               TRY(str_argument(vm, args[6], "item_separator")),
               TRY(str_argument(vm, args[7], "key_separator")),
               args[8],
               args[9],
               {},
               {},
               0};
    if (!e.indent.is_none()) TRY(str_argument(vm, e.indent, "indent"));
    TRY(e.value(args[0], 0));
    if (e.ensure_ascii && e.indent.is_none()) return vm.new_str(e.out, static_cast<std::uint32_t>(e.out.size()));
    return vm.new_str(e.out);
}

// _encode_string(s, ensure_ascii): the quoted JSON text of a str (CPython: encode_basestring(_ascii))
Result<Value> json_encode_string(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view s = TRY(str_argument(vm, args[0], "first argument"));
    bool ensure_ascii = TRY(vm.truthy(args[1]));
    std::string out;
    append_json_string(out, s, ensure_ascii);
    if (ensure_ascii) return vm.new_str(out, static_cast<std::uint32_t>(out.size()));
    return vm.new_str(out);
}

} // namespace

Result<void> init_json_module(VM& vm, Module& m) {
    add_function(vm, m.dict.get(), "_scan_once", json_scan_once, Args::positional(10, 10));
    add_function(vm, m.dict.get(), "_skip_space", json_skip_space, Args::positional(2, 2));
    add_function(vm, m.dict.get(), "_encode", json_encode, Args::positional(11, 11));
    add_function(vm, m.dict.get(), "_encode_string", json_encode_string, Args::positional(2, 2));
    return {};
}

} // namespace weft::rt
