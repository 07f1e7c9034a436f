// str's Python-visible behaviour: construction, repr, indexing and slicing, concatenation, comparison, and
// the methods (join, split, strip, replace, find, format, ...). Case mapping and character classes follow the
// Unicode database (interpreter/unicode.hpp). CPython: Objects/unicodeobject.c, Objects/stringlib/.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>
#include <new>

#include <unistd.h>

#include "interpreter/text.hpp"
#include "interpreter/unicode.hpp"
#include "interpreter/bytecode.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/percent_format.hpp"
#include "runtime/types/range_slice.hpp"
#include "runtime/types/sequence.hpp"
#include "runtime/types/str.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {


namespace {

Str* self_str(Value const* args) { return as<Str>(args[0]); }

bool is_str(VM& vm, Value const& v) { return v.is_object() && vm.type_of(v)->layout == Layout::Str; }

// `v` as a str, or the TypeError `message` (its "{}" is the type's name)
Result<Str*> expect_str(VM& vm, Value const& v, char const* message) {
    if (!is_str(vm, v))
        return vm.raise(vm.types.TypeError, message, vm.type_of(v)->name->view());
    return as<Str>(v);
}

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

// The bytes of the whitespace code point that starts at byte i (0 when it is not whitespace): ASCII by the
// table above, other code points by the Unicode database (U+00A0, U+3000, ...)
std::size_t space_len(std::string_view s, std::size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80)
        return is_space(c) ? 1 : 0;
    if (text::is_continuation_byte(s[i]))
        return 0;
    std::size_t pos = i;
    char32_t cp = text::next_code_point(s, pos);
    return unicode::is_space(cp) ? pos - i : 0;
}

// The bytes of the whitespace code point that ends at byte i (0 when it is not whitespace)
std::size_t space_len_before(std::string_view s, std::size_t i) {
    if (static_cast<unsigned char>(s[i - 1]) < 0x80)
        return is_space(static_cast<unsigned char>(s[i - 1])) ? 1 : 0;
    std::size_t start = i - 1;
    while (start > 0 && text::is_continuation_byte(s[start])) --start;
    return space_len(s, start) == i - start ? i - start : 0;
}


Result<Value> str_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(text::repr(self_str(args)->view()));
}

// str.__str__: the str itself, or an exact str copy of a subclass instance (CPython: unicode_str)
Result<Value> str_str(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (vm.type_of(args[0]) == vm.types.str)
        return args[0];
    return vm.new_str(as<Str>(args[0])->view());
}

// str(object='') and str(bytes, encoding='utf-8', errors='strict') (CPython: unicode_new_impl)
Result<Value> str_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (nargs == 1 && !kwnames)
        return Value::borrowed(vm.empty_str.get());
    if (nargs == 2 && !kwnames)
        return vm.str(args[1]);
    Value fields[3];
    TRY(parse_args(vm, "str", args + 1, nargs - 1, kwnames, {"object", "encoding", "errors"}, fields));
    if (fields[1].is_null() && fields[2].is_null())
        return fields[0].is_null() ? Value::borrowed(vm.empty_str.get()) : vm.str(fields[0]);
    std::string_view data;
    if (fields[0].is_null())
        data = {};
    else if (!bytes_like(vm, fields[0], data))
        return vm.raise(vm.types.TypeError, "decoding to str: need a bytes-like object, {} found",
                        vm.type_of(fields[0])->name->view());
    std::string encoding = fields[1].is_null() ? "utf-8" : TRY(vm.str_string(fields[1]));
    std::string errors = fields[2].is_null() ? "strict" : TRY(vm.str_string(fields[2]));
    std::string text = TRY(decode_bytes(vm, data, encoding, errors));
    return vm.new_str(text);
}

Result<Value> str_join(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Str* sep = self_str(args);
    // A list's or tuple's items are read in place (only strs are accepted, so no Python code runs meanwhile);
    // other iterables are collected first.
    ValueVector collected;
    Value const* items;
    std::size_t n;
    Value const& iterable = args[1];
    if (iterable.is_object() && iterable.as_object()->type == vm.types.list) {
        items = as<List>(iterable)->items.data();
        n = as<List>(iterable)->items.size();
    } else if (iterable.is_object() && iterable.as_object()->type == vm.types.tuple) {
        items = as<Tuple>(iterable)->items;
        n = as<Tuple>(iterable)->size;
    } else {
        // CPython: PySequence_Fast(seq, "can only join an iterable")
        Result<Value> it = vm.get_iter(iterable);
        if (it.is_error()) {
            if (vm.exception_matches(vm.types.TypeError)) {
                vm.take_exception();
                return vm.raise(vm.types.TypeError, "can only join an iterable");
            }
            return Raised{};
        }
        collected = TRY(vm.to_vector(it.value()));
        items = collected.data();
        n = collected.size();
    }
    if (n == 0)
        return Value::borrowed(vm.empty_str.get());
    std::size_t total = sep->length * (n - 1);
    std::uint64_t chars = std::uint64_t{sep->char_count} * (n - 1);
    for (std::size_t i = 0; i < n; ++i) {
        if (!is_str(vm, items[i]))
            return vm.raise(vm.types.TypeError, "sequence item {}: expected str instance, {} found", i,
                            vm.type_of(items[i])->name->view());
        total += as<Str>(items[i])->length;
        chars += as<Str>(items[i])->char_count;
    }
    if (n == 1 && items[0].as_object()->type == vm.types.str)
        return items[0];  // CPython returns the only item itself when it is an exact str
    if (total > std::numeric_limits<std::uint32_t>::max() / 2 || !memory_available(total))
        return vm.raise(vm.types.MemoryError, "");
    Ref<Str> out = Str::allocate(vm.types.str, total, static_cast<std::uint32_t>(chars));
    char* p = out->data;
    for (std::size_t i = 0; i < n; ++i) {
        if (i) {
            std::memcpy(p, sep->data, sep->length);
            p += sep->length;
        }
        Str const* s = as<Str>(items[i]);
        std::memcpy(p, s->data, s->length);
        p += s->length;
    }
    return out.take_value();
}

// s.split(c) for a one-byte separator and no maxsplit, the common case (CSV-like text): the parts go straight
// into a list sized by a first counting pass (CPython: stringlib's split_char).
Value split_on_byte(VM& vm, Str* str, char sep) {
    std::string_view s = str->view();
    bool ascii = str->is_ascii();
    auto list = vm.new_list();
    list->items.reserve(static_cast<std::size_t>(std::count(s.begin(), s.end(), sep)) + 1);
    char const* begin = s.data();
    char const* end = begin + s.size();
    for (char const* p = begin;;) {
        auto* hit = static_cast<char const*>(std::memchr(p, sep, static_cast<std::size_t>(end - p)));
        char const* stop = hit ? hit : end;
        std::string_view part(p, static_cast<std::size_t>(stop - p));
        list->items.push_back(ascii ? vm.new_str(part, static_cast<std::uint32_t>(part.size())) : vm.new_str(part));
        if (!hit)
            break;
        p = hit + 1;
    }
    return list.take_value();
}

Result<Value> split_impl(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames, bool from_right) {
    Value fields[2];
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    TRY(check_argument_total(vm, from_right ? "rsplit" : "split", npos, kwnames, 2));
    for (std::size_t i = 0; i < npos; ++i) fields[i] = args[1 + i];
    TRY(parse_kwargs(vm, from_right ? "rsplit" : "split", args + 1, nargs - 1, kwnames, {"sep", "maxsplit"}, fields));
    std::string_view s = self_str(args)->view();
    std::int64_t maxsplit = fields[1].is_null() ? -1 : TRY(vm.index_value(fields[1]));
    std::vector<std::string_view> parts;
    if (fields[0].is_null() || fields[0].is_none()) {
        // whitespace split
        if (!from_right) {
            std::size_t i = 0;
            while (true) {
                for (std::size_t n; i < s.size() && (n = space_len(s, i)) > 0;) i += n;
                if (i >= s.size()) break;
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    parts.push_back(s.substr(i));  // the rest keeps its trailing whitespace (CPython: split_whitespace)
                    break;
                }
                std::size_t j = i;
                while (j < s.size() && space_len(s, j) == 0) ++j;
                parts.push_back(s.substr(i, j - i));
                i = j;
            }
        } else {
            std::size_t i = s.size();
            while (true) {
                for (std::size_t n; i > 0 && (n = space_len_before(s, i)) > 0;) i -= n;
                if (i == 0) break;
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    parts.push_back(s.substr(0, i));  // the rest keeps its leading whitespace
                    break;
                }
                std::size_t j = i;
                while (j > 0 && space_len_before(s, j) == 0) --j;
                parts.push_back(s.substr(j, i - j));
                i = j;
            }
            std::reverse(parts.begin(), parts.end());
        }
    } else {
        Str* sep_str = TRY(expect_str(vm, fields[0], "must be str or None, not {}"));
        std::string_view sep = sep_str->view();
        if (sep.empty())
            return vm.raise(vm.types.ValueError, "empty separator");
        if (!from_right && sep.size() == 1 && maxsplit < 0)
            return split_on_byte(vm, self_str(args), sep[0]);
        if (!from_right) {
            std::size_t i = 0;
            while (true) {
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    parts.push_back(s.substr(i));
                    break;
                }
                std::size_t j = s.find(sep, i);
                if (j == std::string_view::npos) {
                    parts.push_back(s.substr(i));
                    break;
                }
                parts.push_back(s.substr(i, j - i));
                i = j + sep.size();
            }
        } else {
            std::size_t end = s.size();
            while (true) {
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    parts.push_back(s.substr(0, end));
                    break;
                }
                std::size_t j = end >= sep.size() ? s.rfind(sep, end - sep.size()) : std::string_view::npos;
                if (j == std::string_view::npos) {
                    parts.push_back(s.substr(0, end));
                    break;
                }
                parts.push_back(s.substr(j + sep.size(), end - j - sep.size()));
                end = j;
            }
            std::reverse(parts.begin(), parts.end());
        }
    }
    auto list = vm.new_list();
    list->items.reserve(parts.size());
    bool ascii = self_str(args)->is_ascii();
    for (auto p : parts)
        list->items.push_back(ascii ? vm.new_str(p, static_cast<std::uint32_t>(p.size())) : vm.new_str(p));
    return list.take_value();
}

Result<Value> str_split(VM& vm, Value const* args, std::size_t nargs, Tuple* kw) { return split_impl(vm, args, nargs, kw, false); }
Result<Value> str_rsplit(VM& vm, Value const* args, std::size_t nargs, Tuple* kw) { return split_impl(vm, args, nargs, kw, true); }

Result<Value> strip_impl(VM& vm, Value const* args, std::size_t nargs, bool left, bool right, char const* name) {
    std::string_view s = self_str(args)->view();
    std::string_view chars;
    bool whitespace = nargs == 1 || args[1].is_none();
    if (!whitespace) {
        if (!is_str(vm, args[1]))
            return vm.raise(vm.types.TypeError, "{} arg must be None or str", name);
        Str* c = as<Str>(args[1]);
        chars = c->view();
    }
    // the code points to strip: whitespace, or those of `chars`
    auto strip_len = [&](std::size_t i) -> std::size_t {
        if (whitespace) return space_len(s, i);
        if (text::is_continuation_byte(s[i])) return 0;
        std::size_t n = text::sequence_length(static_cast<unsigned char>(s[i]));
        return chars.find(s.substr(i, n)) != std::string_view::npos ? n : 0;
    };
    auto strip_len_before = [&](std::size_t i) -> std::size_t {
        std::size_t start = i - 1;
        while (start > 0 && text::is_continuation_byte(s[start])) --start;
        return strip_len(start) == i - start ? i - start : 0;
    };
    std::size_t b = 0, e = s.size();
    if (left) for (std::size_t n; b < e && (n = strip_len(b)) > 0;) b += n;
    if (right) for (std::size_t n; e > b && (n = strip_len_before(e)) > 0;) e -= n;
    if (b == 0 && e == s.size())
        return args[0];
    return vm.new_str(s.substr(b, e - b));
}
Result<Value> str_strip(VM& vm, Value const* a, std::size_t n, Tuple*) { return strip_impl(vm, a, n, true, true, "strip"); }
Result<Value> str_lstrip(VM& vm, Value const* a, std::size_t n, Tuple*) { return strip_impl(vm, a, n, true, false, "lstrip"); }
Result<Value> str_rstrip(VM& vm, Value const* a, std::size_t n, Tuple*) { return strip_impl(vm, a, n, false, true, "rstrip"); }

// Case mapping over code points with the Unicode database's full mappings (CPython: unicode_upper, do_lower
// and friends); ASCII strs take a byte loop.
enum class CaseMap { Upper, Lower, Swap };

// 'Σ' lowercases to final 'ς' after a cased letter and before no cased letter, case-ignorable ones skipped
// (CPython: handle_capital_sigma)
bool final_sigma(std::string_view s, std::size_t at, std::size_t next) {
    bool before = false;
    for (std::size_t i = at; i > 0;) {
        std::size_t start = i - 1;
        while (start > 0 && text::is_continuation_byte(s[start])) --start;
        std::size_t pos = start;
        char32_t c = text::next_code_point(s, pos);
        i = start;
        if (unicode::is_case_ignorable(c)) continue;
        before = unicode::is_cased(c);
        break;
    }
    if (!before) return false;
    for (std::size_t pos = next; pos < s.size();) {
        char32_t c = text::next_code_point(s, pos);
        if (unicode::is_case_ignorable(c)) continue;
        return !unicode::is_cased(c);
    }
    return true;
}

void append_lower_at(std::string& out, std::string_view s, std::size_t at, std::size_t next, char32_t c) {
    if (c == 0x3A3) {
        text::append_utf8(out, final_sigma(s, at, next) ? 0x3C2 : 0x3C3);
        return;
    }
    unicode::append_lower(out, c);
}

Result<Value> map_case(VM& vm, Value const* args, CaseMap how) {
    Str* str = self_str(args);
    std::string_view s = str->view();
    std::string out;
    out.reserve(s.size());
    if (str->is_ascii()) {
        for (char c : s) {
            bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
            if ((lower && how != CaseMap::Lower)) c = static_cast<char>(c - 32);
            else if (upper && how != CaseMap::Upper) c = static_cast<char>(c + 32);
            out.push_back(c);
        }
        return vm.new_str(out, static_cast<std::uint32_t>(out.size()));
    }
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t at = pos;
        char32_t c = text::next_code_point(s, pos);
        if (how == CaseMap::Upper || (how == CaseMap::Swap && unicode::is_lower(c)))
            unicode::append_upper(out, c);
        else if (how == CaseMap::Lower || (how == CaseMap::Swap && unicode::is_upper(c)))
            append_lower_at(out, s, at, pos, c);
        else
            out.append(s.substr(at, pos - at));
    }
    return vm.new_str(out);
}
Result<Value> str_upper(VM& vm, Value const* a, std::size_t, Tuple*) { return map_case(vm, a, CaseMap::Upper); }
Result<Value> str_lower(VM& vm, Value const* a, std::size_t, Tuple*) { return map_case(vm, a, CaseMap::Lower); }
Result<Value> str_swapcase(VM& vm, Value const* a, std::size_t, Tuple*) { return map_case(vm, a, CaseMap::Swap); }

// The first code point in title case, the rest in lower case (CPython 3.8+: do_capitalize)
Result<Value> str_capitalize(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view s = self_str(args)->view();
    std::string out;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t at = pos;
        char32_t c = text::next_code_point(s, pos);
        if (at == 0) unicode::append_title(out, c);
        else append_lower_at(out, s, at, pos, c);
    }
    return vm.new_str(out);
}

// Each word's first cased code point in title case, the others in lower case (CPython: do_title)
Result<Value> str_title(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view s = self_str(args)->view();
    std::string out;
    bool previous_cased = false;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t at = pos;
        char32_t c = text::next_code_point(s, pos);
        if (previous_cased) append_lower_at(out, s, at, pos, c);
        else unicode::append_title(out, c);
        previous_cased = unicode::is_cased(c);
    }
    return vm.new_str(out);
}

// str.is*(): true for a non-empty str whose every code point passes (CPython: unicode_isalpha_impl and friends)
Result<Value> predicate(VM& vm, Value const* args, bool (*fn)(char32_t)) {
    std::string_view s = self_str(args)->view();
    if (s.empty()) return Value::from_bool(false);
    for (std::size_t pos = 0; pos < s.size();)
        if (!fn(text::next_code_point(s, pos))) return Value::from_bool(false);
    return Value::from_bool(true);
}
Result<Value> str_isdigit(VM& vm, Value const* a, std::size_t, Tuple*) { return predicate(vm, a, unicode::is_digit); }
Result<Value> str_isdecimal(VM& vm, Value const* a, std::size_t, Tuple*) { return predicate(vm, a, unicode::is_decimal); }
Result<Value> str_isnumeric(VM& vm, Value const* a, std::size_t, Tuple*) { return predicate(vm, a, unicode::is_numeric); }
Result<Value> str_isalpha(VM& vm, Value const* a, std::size_t, Tuple*) { return predicate(vm, a, unicode::is_alpha); }
Result<Value> str_isalnum(VM& vm, Value const* a, std::size_t, Tuple*) {
    return predicate(vm, a, [](char32_t c) {
        return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
    });
}
Result<Value> str_isspace(VM& vm, Value const* a, std::size_t, Tuple*) { return predicate(vm, a, unicode::is_space); }
// isupper/islower: no code point of the other case or title case, and at least one cased (CPython:
// unicode_isupper_impl)
Result<Value> case_check(VM& vm, Value const* args, bool upper) {
    bool cased = false;
    std::string_view s = self_str(args)->view();
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t c = text::next_code_point(s, pos);
        if (upper ? (unicode::is_lower(c) || unicode::is_title(c)) : (unicode::is_upper(c) || unicode::is_title(c)))
            return Value::from_bool(false);
        if (!cased) cased = upper ? unicode::is_upper(c) : unicode::is_lower(c);
    }
    return Value::from_bool(cased);
}
Result<Value> str_isupper(VM& vm, Value const* a, std::size_t, Tuple*) { return case_check(vm, a, true); }
Result<Value> str_islower(VM& vm, Value const* a, std::size_t, Tuple*) { return case_check(vm, a, false); }

Result<Value> str_replace(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::string_view s = self_str(args)->view();
    Str* old = TRY(expect_str(vm, args[1], "replace() argument 1 must be str, not {}"));
    Str* rep = TRY(expect_str(vm, args[2], "replace() argument 2 must be str, not {}"));
    std::int64_t count = nargs > 3 ? TRY(vm.index_value(args[3])) : -1;
    std::string_view o = old->view(), r = rep->view();
    std::string out;
    if (o.empty()) {
        // insert between every character (CPython: replace with an empty pattern)
        std::size_t i = 0;
        std::int64_t done = 0;
        while (true) {
            if (count >= 0 && done >= count) { out.append(s.substr(i)); break; }
            out.append(r);
            ++done;
            if (i >= s.size()) break;
            std::size_t next = text::offset_of_code_point(s.substr(i), 1) + i;
            out.append(s.substr(i, next - i));
            i = next;
        }
        return vm.new_str(out);
    }
    std::size_t i = 0;
    std::int64_t done = 0;
    while (count < 0 || done < count) {
        std::size_t j = s.find(o, i);
        if (j == std::string_view::npos) break;
        out.append(s.substr(i, j - i));
        out.append(r);
        i = j + o.size();
        ++done;
    }
    if (done == 0) return args[0];
    out.append(s.substr(i));
    return vm.new_str(out);
}

// Resolves optional start/end arguments (code point indexes) into a byte range of `s`.
Result<void> sub_range(VM& vm, Str* s, Value const* args, std::size_t nargs, std::size_t first, std::size_t& b,
                       std::size_t& e) {
    std::int64_t n = s->char_count;
    std::int64_t start = 0, end = n;
    if (nargs > first && !args[first].is_none()) start = TRY(vm.index_value(args[first]));
    if (nargs > first + 1 && !args[first + 1].is_none()) end = TRY(vm.index_value(args[first + 1]));
    if (start < 0) start = std::max<std::int64_t>(0, start + n);
    if (end < 0) end = std::max<std::int64_t>(0, end + n);
    bool past_end = start > n;  // nothing is found there, not even "" (CPython: ADJUST_INDICES, then start > len)
    start = std::min(start, n);
    end = std::min(end, n);
    if (s->is_ascii()) {
        b = static_cast<std::size_t>(start);
        e = static_cast<std::size_t>(std::max(start, end));
    } else {
        b = s->offset_of(static_cast<std::size_t>(start));
        e = end < start ? b : s->offset_of(static_cast<std::size_t>(end));
    }
    if (start > end || past_end) e = b, b = b + 1;  // empty range that matches nothing (even "")
    return {};
}

std::int64_t char_index(Str* s, std::size_t byte) {
    return static_cast<std::int64_t>(s->index_at(byte));
}

Result<Value> find_impl(VM& vm, Value const* args, std::size_t nargs, bool reverse, bool raise, char const* name) {
    Str* s = self_str(args);
    Str* sub = TRY(expect_str(vm, args[1], "must be str, not {}"));
    std::size_t b, e;
    TRY(sub_range(vm, s, args, nargs, 2, b, e));
    std::int64_t result = -1;
    if (b <= e && e - b >= sub->length) {
        std::string_view hay = s->view().substr(b, e - b);
        std::size_t pos = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
        if (pos != std::string_view::npos) result = char_index(s, b + pos);
    }
    if (result < 0 && raise)
        return vm.raise(vm.types.ValueError, "substring not found");
    return Value::from_int(result);
}
Result<Value> str_find(VM& vm, Value const* a, std::size_t n, Tuple*) { return find_impl(vm, a, n, false, false, "find"); }
Result<Value> str_rfind(VM& vm, Value const* a, std::size_t n, Tuple*) { return find_impl(vm, a, n, true, false, "rfind"); }
Result<Value> str_index(VM& vm, Value const* a, std::size_t n, Tuple*) { return find_impl(vm, a, n, false, true, "index"); }
Result<Value> str_rindex(VM& vm, Value const* a, std::size_t n, Tuple*) { return find_impl(vm, a, n, true, true, "rindex"); }

Result<Value> str_count(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Str* s = self_str(args);
    Str* sub = TRY(expect_str(vm, args[1], "must be str, not {}"));
    std::size_t b, e;
    TRY(sub_range(vm, s, args, nargs, 2, b, e));
    if (b > e) return Value::from_int(0);
    std::string_view hay = s->view().substr(b, e - b);
    if (sub->length == 0) return Value::from_int(static_cast<std::int64_t>(text::count_code_points(hay)) + 1);
    std::int64_t n = 0;
    for (std::size_t i = hay.find(sub->view()); i != std::string_view::npos; i = hay.find(sub->view(), i + sub->length))
        ++n;
    return Value::from_int(n);
}

Result<Value> affix_impl(VM& vm, Value const* args, std::size_t nargs, bool suffix, char const* name) {
    Str* s = self_str(args);
    std::size_t b, e;
    TRY(sub_range(vm, s, args, nargs, 2, b, e));
    auto test = [&](Str* affix) {
        if (b > e) return false;
        std::string_view hay = s->view().substr(b, e - b);
        std::string_view a = affix->view();
        if (a.size() > hay.size()) return false;
        return suffix ? hay.substr(hay.size() - a.size()) == a : hay.substr(0, a.size()) == a;
    };
    if (args[1].is_object() && vm.type_of(args[1])->layout == Layout::Tuple) {
        Tuple* t = as<Tuple>(args[1]);
        for (std::size_t i = 0; i < t->size; ++i) {
            if (!is_str(vm, t->items[i]))
                return vm.raise(vm.types.TypeError, "tuple for {} must only contain str, not {}", name,
                                vm.type_of(t->items[i])->name->view());
            if (test(as<Str>(t->items[i]))) return Value::from_bool(true);
        }
        return Value::from_bool(false);
    }
    if (!is_str(vm, args[1]))
        return vm.raise(vm.types.TypeError, "{} first arg must be str or a tuple of str, not {}", name,
                        vm.type_of(args[1])->name->view());
    return Value::from_bool(test(as<Str>(args[1])));
}
Result<Value> str_startswith(VM& vm, Value const* a, std::size_t n, Tuple*) { return affix_impl(vm, a, n, false, "startswith"); }
Result<Value> str_endswith(VM& vm, Value const* a, std::size_t n, Tuple*) { return affix_impl(vm, a, n, true, "endswith"); }

Result<Value> pad_impl(VM& vm, Value const* args, std::size_t nargs, char const* name, int where) {
    Str* s = self_str(args);
    std::int64_t width = TRY(vm.index_value(args[1]));
    std::string fill = " ";
    if (nargs > 2) {
        Str* f = TRY(expect_str(vm, args[2], "The fill character must be a unicode character, not {}"));
        if (f->char_count != 1)
            return vm.raise(vm.types.TypeError, "The fill character must be exactly one character long");
        fill = std::string(f->view());
    }
    std::int64_t n = s->char_count;
    if (width <= n) return args[0];
    std::int64_t total = width - n, left = 0;
    if (!memory_available(static_cast<std::uint64_t>(total) * fill.size() + s->length))
        return vm.raise(vm.types.MemoryError, "");
    if (where == 0) left = 0;                        // ljust
    else if (where == 1) left = total;               // rjust
    else left = total / 2 + (total & width & 1);     // center (CPython: pad(left = marg/2 + (marg & width & 1)))
    std::string out;
    for (std::int64_t i = 0; i < left; ++i) out += fill;
    out.append(s->view());
    for (std::int64_t i = 0; i < total - left; ++i) out += fill;
    return vm.new_str(out);
}
Result<Value> str_ljust(VM& vm, Value const* a, std::size_t n, Tuple*) { return pad_impl(vm, a, n, "ljust", 0); }
Result<Value> str_rjust(VM& vm, Value const* a, std::size_t n, Tuple*) { return pad_impl(vm, a, n, "rjust", 1); }
Result<Value> str_center(VM& vm, Value const* a, std::size_t n, Tuple*) { return pad_impl(vm, a, n, "center", 2); }

Result<Value> str_zfill(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::string s(self_str(args)->view());
    std::int64_t width = TRY(vm.index_value(args[1]));
    std::int64_t n = self_str(args)->char_count;
    if (width <= n) return args[0];
    if (!memory_available(static_cast<std::uint64_t>(width - n) + s.size()))
        return vm.raise(vm.types.MemoryError, "");
    std::size_t pos = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    s.insert(pos, static_cast<std::size_t>(width - n), '0');
    return vm.new_str(s);
}

Result<Value> str_splitlines(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::string_view s = self_str(args)->view();
    bool keep = nargs > 1 && TRY(vm.truthy(args[1]));
    auto list = vm.new_list();
    std::size_t i = 0;
    // the line boundaries are str's (CPython: Py_UNICODE_ISLINEBREAK): \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029
    auto boundary = [&](std::size_t j) -> std::size_t {
        auto c = static_cast<unsigned char>(s[j]);
        if (c == '\r') return j + 1 < s.size() && s[j + 1] == '\n' ? 2 : 1;
        if (c == '\n' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)) return 1;
        if (c == 0xC2 && j + 1 < s.size() && static_cast<unsigned char>(s[j + 1]) == 0x85) return 2;
        if (c == 0xE2 && j + 2 < s.size() && static_cast<unsigned char>(s[j + 1]) == 0x80 &&
            (static_cast<unsigned char>(s[j + 2]) == 0xA8 || static_cast<unsigned char>(s[j + 2]) == 0xA9))
            return 3;
        return 0;
    };
    while (i < s.size()) {
        std::size_t j = i, length = 0;
        while (j < s.size() && (length = boundary(j)) == 0) ++j;
        std::size_t eol = j;
        if (j < s.size()) j += length;
        list->items.push_back(vm.new_str(s.substr(i, (keep ? j : eol) - i)));
        i = j;
    }
    return list.take_value();
}

Result<Value> partition_impl(VM& vm, Value const* args, std::size_t nargs, bool reverse) {
    std::string_view s = self_str(args)->view();
    Str* sep = TRY(expect_str(vm, args[1], "must be str, not {}"));
    if (sep->length == 0) return vm.raise(vm.types.ValueError, "empty separator");
    std::size_t pos = reverse ? s.rfind(sep->view()) : s.find(sep->view());
    auto t = vm.new_tuple(3);
    if (pos == std::string_view::npos) {
        t->items[reverse ? 2 : 0] = args[0];
        t->items[1] = vm.empty_str.value();
        t->items[reverse ? 0 : 2] = vm.empty_str.value();
    } else {
        t->items[0] = vm.new_str(s.substr(0, pos));
        t->items[1] = args[1];
        t->items[2] = vm.new_str(s.substr(pos + sep->length));
    }
    return t.take_value();
}
Result<Value> str_partition(VM& vm, Value const* a, std::size_t n, Tuple*) { return partition_impl(vm, a, n, false); }
Result<Value> str_rpartition(VM& vm, Value const* a, std::size_t n, Tuple*) { return partition_impl(vm, a, n, true); }

Result<Value> str_format_method(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "__format__", nargs, 2, 2));
    if (as<Str>(args[1])->length == 0 && vm.type_of(args[0])->is_heap)
        return vm.str(args[0]);  // a subclass's __str__ (CPython: unicode___format___impl)
    auto parsed = parse_format_spec(as<Str>(args[1])->view());
    if (!parsed.has_value())
        return raise_numeric(vm, parsed.error());
    auto out = format_str(self_str(args)->view(), *parsed);
    if (!out.has_value())
        return raise_numeric(vm, out.error());
    return vm.new_str(*out);
}

// str.format and str.format_map (CPython: Objects/stringlib/unicode_format.h): {field!conv:spec} fields with
// automatic or manual numbering, keyword fields, attribute and index lookups, and replacement fields nested in a spec
// (one level, as PEP 3101 says). Named fields come from `mapping` when it is given (format_map).
struct FormatCall {
    VM& vm;
    Value const* positional;
    std::size_t npositional;
    Tuple* kwnames;            // the keyword arguments' names; their values follow the positional ones
    Value const* mapping;      // format_map's argument, or null
    enum class Numbering { Unset, Automatic, Manual } numbering = Numbering::Unset;
    std::int64_t next_automatic = 0;
};

// A field name part made only of decimal digits is an index; -1 when it is anything else (CPython: get_integer).
Result<std::int64_t> format_index(VM& vm, std::string_view part) {
    if (part.empty()) return std::int64_t{-1};
    std::int64_t value = 0;
    for (std::size_t pos = 0; pos < part.size();) {
        int digit = unicode::decimal_value(text::next_code_point(part, pos));
        if (digit < 0) return std::int64_t{-1};
        if (value > (INT64_MAX - digit) / 10)
            return vm.raise(vm.types.ValueError, "Too many decimal digits in format string");
        value = value * 10 + digit;
    }
    return value;
}

// The object a field name designates: an argument, then its attributes and items (CPython: get_field_object).
Result<Value> format_field_object(FormatCall& call, std::string_view name) {
    VM& vm = call.vm;
    std::size_t first_end = name.find_first_of(".[");
    if (first_end == std::string_view::npos) first_end = name.size();
    std::string_view first = name.substr(0, first_end);
    std::int64_t index = TRY(format_index(vm, first));
    if (first.empty() || index >= 0) {
        using N = FormatCall::Numbering;
        if (call.numbering == N::Unset) call.numbering = first.empty() ? N::Automatic : N::Manual;
        if (call.numbering == N::Manual && first.empty())
            return vm.raise(vm.types.ValueError, "cannot switch from manual field specification to automatic field numbering");
        if (call.numbering == N::Automatic && !first.empty())
            return vm.raise(vm.types.ValueError, "cannot switch from automatic field numbering to manual field specification");
        if (first.empty()) index = call.next_automatic++;
    }
    Value obj;
    if (index < 0) {
        Value key = vm.new_str(first);
        if (call.mapping) {
            obj = TRY(vm.getitem(*call.mapping, key));
        } else {
            std::size_t nkw = call.kwnames ? call.kwnames->size : 0;
            for (std::size_t k = 0; k < nkw && obj.is_null(); ++k)
                if (as<Str>(call.kwnames->items[k])->view() == first) obj = call.positional[call.npositional + k];
            if (obj.is_null()) return vm.raise_key_error(key);
        }
    } else if (call.mapping) {
        return vm.raise(vm.types.ValueError, "Format string contains positional fields");
    } else if (static_cast<std::uint64_t>(index) >= call.npositional) {
        return vm.raise(vm.types.IndexError, "Replacement index {} out of range for positional args tuple", index);
    } else {
        obj = call.positional[index];
    }
    // the rest: .attribute and [key] parts, each looked up as it is parsed (CPython: FieldNameIterator_next)
    for (std::size_t k = first_end; k < name.size();) {
        char kind = name[k++];
        std::string_view part;
        if (kind == '.') {
            std::size_t e = std::min(name.find_first_of(".[", k), name.size());
            part = name.substr(k, e - k);
            k = e;
        } else if (kind == '[') {
            std::size_t e = name.find(']', k);
            if (e == std::string_view::npos) return vm.raise(vm.types.ValueError, "Missing ']' in format string");
            part = name.substr(k, e - k);
            k = e + 1;
        } else {
            return vm.raise(vm.types.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (part.empty()) return vm.raise(vm.types.ValueError, "Empty attribute in format string");
        if (kind == '.') {
            obj = TRY(vm.getattr(obj, vm.intern(part)));
        } else {
            std::int64_t item = TRY(format_index(vm, part));
            obj = TRY(vm.getitem(obj, item >= 0 ? Value::from_int(item) : vm.new_str(part)));
        }
    }
    return obj;
}

// Formats `f` into `out`; `depth` counts the nesting levels still allowed (CPython: build_string, MarkupIterator_next,
// parse_field, output_markup).
Result<void> format_markup(FormatCall& call, std::string_view f, int depth, std::string& out) {
    VM& vm = call.vm;
    if (depth <= 0) return vm.raise(vm.types.ValueError, "Max string recursion exceeded");
    std::size_t i = 0;
    while (i < f.size()) {
        std::size_t brace = f.find_first_of("{}", i);
        if (brace == std::string_view::npos) { out.append(f.substr(i)); break; }
        out.append(f.substr(i, brace - i));
        char c = f[brace];
        bool doubled = brace + 1 < f.size() && f[brace + 1] == c;
        if (c == '}' && !doubled) return vm.raise(vm.types.ValueError, "Single '}' encountered in format string");
        if (c == '{' && brace + 1 == f.size()) return vm.raise(vm.types.ValueError, "Single '{' encountered in format string");
        if (doubled) { out.push_back(c); i = brace + 2; continue; }
        // the field name ends at '}', ':' or '!'; brackets hide those
        std::size_t j = brace + 1;
        char end = 0;
        while (j < f.size()) {
            char ch = f[j++];
            if (ch == '{') return vm.raise(vm.types.ValueError, "unexpected '{' in field name");
            if (ch == '[') { while (j < f.size() && f[j] != ']') ++j; continue; }
            if (ch == '}' || ch == ':' || ch == '!') { end = ch; break; }
        }
        if (end == 0) return vm.raise(vm.types.ValueError, "expected '}' before end of string");
        std::string_view name = f.substr(brace + 1, j - brace - 2);
        char32_t conversion = 0;
        std::string_view spec;
        bool spec_has_fields = false;
        if (end == '!') {
            if (j >= f.size()) return vm.raise(vm.types.ValueError, "end of string while looking for conversion specifier");
            conversion = text::next_code_point(f, j);
            if (j < f.size()) {
                char after = f[j++];
                if (after == '}') end = '}';
                else if (after != ':') return vm.raise(vm.types.ValueError, "expected ':' after conversion specifier");
            }
        }
        if (end != '}') {
            std::size_t spec_start = j;
            int open = 1;
            for (; j < f.size(); ++j) {
                if (f[j] == '{') { spec_has_fields = true; ++open; }
                else if (f[j] == '}' && --open == 0) break;
            }
            if (j >= f.size()) return vm.raise(vm.types.ValueError, "unmatched '{' in format spec");
            spec = f.substr(spec_start, j - spec_start);
            ++j;
        }
        i = j;
        Value obj = TRY(format_field_object(call, name));
        if (conversion == 'r') obj = TRY(vm.repr(obj));
        else if (conversion == 's') obj = TRY(vm.str(obj));
        else if (conversion == 'a') obj = TRY(vm.ascii(obj));
        else if (conversion > 32 && conversion < 127)
            return vm.raise(vm.types.ValueError, "Unknown conversion specifier {}", static_cast<char>(conversion));
        else if (conversion != 0) {
            char hex[16];
            std::snprintf(hex, sizeof hex, "\\x%x", static_cast<unsigned>(conversion));
            return vm.raise(vm.types.ValueError, "Unknown conversion specifier {}", std::string_view(hex));
        }
        if (!spec_has_fields) {
            // an int, float or str: formatted straight into the output (no spec str, no result str)
            if (spec.empty() && obj.is_object() && obj.as_object()->type == vm.types.str) {
                out.append(as<Str>(obj)->view());
                continue;
            }
            if (TRY(format_builtin_into(vm, obj, spec, out))) continue;
        }
        Value spec_value;
        if (spec_has_fields) {
            std::string expanded;
            TRY(format_markup(call, spec, depth - 1, expanded));
            spec_value = vm.new_str(expanded);
        } else {
            spec_value = spec.empty() ? vm.empty_str.value() : vm.new_str(spec);
        }
        Value formatted = TRY(vm.format_with_spec(obj, spec_value));
        out.append(as<Str>(formatted)->view());
    }
    return {};
}

Result<Value> format_fields(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames, Value const* mapping) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    FormatCall call{vm, args + 1, nargs - 1 - nkw, kwnames, mapping};
    std::string out;
    TRY(format_markup(call, self_str(args)->view(), 2, out));
    return vm.new_str(out);
}

Result<Value> str_format(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return format_fields(vm, args, nargs, kwnames, nullptr);
}

// str.format_map(mapping): str.format with named fields looked up in `mapping` (CPython: do_string_format_map)
Result<Value> str_format_map(VM& vm, Value const* args, std::size_t, Tuple*) {
    return format_fields(vm, args, 1, nullptr, &args[1]);
}

} // namespace


// str[index] and str[slice]
Result<Value> str_getitem(VM& vm, Str* s, Value const& key) {
    if (key.is_int() || key.is_bool()) {
        std::int64_t i = key.as_int();
        std::int64_t n = s->char_count;
        if (i < 0) i += n;
        if (i < 0 || i >= n)
            return vm.raise(vm.types.IndexError, "string index out of range");
        if (s->is_ascii())
            return vm.new_str(s->view().substr(static_cast<std::size_t>(i), 1));
        std::size_t b = s->offset_of(static_cast<std::size_t>(i));
        std::size_t e = text::offset_of_code_point(s->view().substr(b), 1) + b;
        return vm.new_str(s->view().substr(b, e - b));
    }
    if (key.is_object() && vm.type_of(key)->layout == Layout::Slice) {
        std::int64_t start, stop, step, count;
        TRY(slice_indices(vm, key, s->char_count, start, stop, step, count));
        if (step == 1) {
            if (s->is_ascii())
                return vm.new_str(s->view().substr(static_cast<std::size_t>(start), static_cast<std::size_t>(count)));
            std::size_t b = s->offset_of(static_cast<std::size_t>(start));
            std::size_t e = text::offset_of_code_point(s->view().substr(b), static_cast<std::size_t>(count)) + b;
            return vm.new_str(s->view().substr(b, e - b));
        }
        if (s->is_ascii() && count > 1) {
            // one byte a character: the result is written in place (none or one: the shared strs below)
            auto out = Str::allocate(vm.types.str, static_cast<std::size_t>(count), static_cast<std::uint32_t>(count));
            char const* from = s->data + start;
            for (std::int64_t k = 0; k < count; ++k) out->data[k] = from[k * step];
            return out.take_value();
        }
        std::string out;
        std::vector<std::size_t> offsets;
        for (std::size_t i = 0; i <= s->length; ++i)
            if (i == s->length || !text::is_continuation_byte(s->data[i])) offsets.push_back(i);
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step)
            out.append(s->view().substr(offsets[static_cast<std::size_t>(i)],
                                        offsets[static_cast<std::size_t>(i) + 1] - offsets[static_cast<std::size_t>(i)]));
        return vm.new_str(out);
    }
    if (layout_of(key) == Layout::Int || !vm.type_of(key)->lookup(vm.names.dunder_index).is_null()) {
        std::int64_t i = TRY(vm.index_value(key));
        return str_getitem(vm, s, Value::from_int(i));
    }
    return vm.raise(vm.types.TypeError, "string indices must be integers, not '{}'", vm.type_of(key)->name->view());
}

// ---- the container protocols (TypeSlots; CPython: unicode_subscript, PyUnicode_Contains, unicode_length)

namespace {

Result<Value> str_subscript(VM& vm, Value const& self, Value const& key) { return str_getitem(vm, as<Str>(self), key); }

Result<bool> str_contains(VM& vm, Value const& self, Value const& item) {
    if (!(item.is_object() && vm.type_of(item)->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "'in <string>' requires string as left operand, not {}",
                        vm.type_of(item)->name->view());
    return as<Str>(self)->view().find(as<Str>(item)->view()) != std::string_view::npos;
}

Result<std::int64_t> str_length(VM&, Value const& self) { return std::int64_t{as<Str>(self)->char_count}; }

} // namespace

namespace {

Result<Value> str_iter(VM& vm, Value const& self) {
    return new_iterator(vm, vm.types.str_iterator, IterKind::Str, self).take_value();
}

} // namespace

namespace {

Result<std::int64_t> str_hash_slot(VM&, Value const& self) { return as<Str>(self)->get_hash(); }

} // namespace

namespace {

// ---- operators (TypeSlots::binary and richcompare; CPython: PyUnicode_Concat, unicode_repeat, unicode_mod,
// PyUnicode_RichCompare)

Result<Value> str_repeat(VM& vm, Str* s, std::int64_t n) {
    // more than PY_SSIZE_T_MAX characters is an OverflowError; a result that merely cannot be allocated is a
    // MemoryError
    if (n > 0 && s->char_count > 0 && static_cast<std::uint64_t>(n) > static_cast<std::uint64_t>(INT64_MAX) / s->char_count)
        return vm.raise(vm.types.OverflowError, "repeated string is too long");
    // more bytes than the machine has is a MemoryError before anything is asked of the allocator (which the
    // sanitizer builds cannot let fail: their operator new aborts instead of throwing)
    if (n > 0 && s->length > 0 &&
        (static_cast<std::uint64_t>(n) > UINT64_MAX / s->length || !memory_available(static_cast<std::uint64_t>(n) * s->length)))
        return vm.raise(vm.types.MemoryError, "");
    std::string out;
    try {
        out.reserve(s->length * static_cast<std::size_t>(n));
    } catch (std::bad_alloc const&) {  // more than the machine can give
        return vm.raise(vm.types.MemoryError, "");
    }
    for (std::int64_t i = 0; i < n; ++i) out.append(s->view());
    return vm.new_str(out);
}

Result<Value> str_binary(VM& vm, Value const& a, Value const& b, int op, bool) {
    bool left = layout_of(a) == Layout::Str;
    if (left && op == static_cast<int>(front::BinOpArg::Remainder))
        return percent_format(vm, as<Str>(a), b);
    if (op == static_cast<int>(front::BinOpArg::Add) && left) {
        if (layout_of(b) == Layout::Str) {
            Str* x = as<Str>(a);
            Str* y = as<Str>(b);
            if (y->length == 0) return a;
            if (x->length == 0) return b;
            return Str::concat(vm.types.str, x, y).take_value();
        }
        if (!vm.type_of(b)->is_heap)
            return vm.raise(vm.types.TypeError, "can only concatenate str (not \"{}\") to str", vm.type_of(b)->name->view());
    }
    if (op == static_cast<int>(front::BinOpArg::Multiply)) {
        std::int64_t n = TRY(repeat_count(vm, left ? b : a));
        if (n < 0) return cannot_multiply(vm, left ? b : a);
        return str_repeat(vm, as<Str>(left ? a : b), n);
    }
    return vm.not_implemented;
}

Result<Value> str_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (layout_of(a) != Layout::Str || layout_of(b) != Layout::Str) return vm.not_implemented;
    int c = as<Str>(a)->view().compare(as<Str>(b)->view());  // UTF-8 byte order is code point order
    return Value::from_bool(comparison_holds(op, c < 0 ? -1 : c > 0 ? 1 : 0));
}

} // namespace

void init_str_type(VM& vm) {
    vm.types.str->slots.binary = str_binary;
    vm.types.str->slots.richcompare = str_richcompare;
    vm.types.str->slots.hash = str_hash_slot;
    vm.types.str->slots.iter = str_iter;
    TypeSlots& slots = vm.types.str->slots;
    slots.len = str_length;
    slots.getitem = str_subscript;
    slots.contains = str_contains;
    vm.types.str->construct = str_construct;
    add_methods(vm, vm.types.str, {
        {"__repr__", str_repr}, {"__str__", str_str}, {"__format__", str_format_method},
        {"join", str_join, Args::one()}, {"split", str_split}, {"rsplit", str_rsplit},
        {"strip", str_strip, Args::positional(0, 1)}, {"lstrip", str_lstrip, Args::positional(0, 1)},
        {"rstrip", str_rstrip, Args::positional(0, 1)}, {"upper", str_upper, Args::none()},
        {"lower", str_lower, Args::none()}, {"swapcase", str_swapcase, Args::none()},
        {"capitalize", str_capitalize, Args::none()}, {"title", str_title, Args::none()},
        {"isdigit", str_isdigit, Args::none()}, {"isdecimal", str_isdecimal, Args::none()},
        {"isnumeric", str_isnumeric, Args::none()}, {"isalpha", str_isalpha, Args::none()},
        {"isalnum", str_isalnum, Args::none()}, {"isspace", str_isspace, Args::none()},
        {"isupper", str_isupper, Args::none()}, {"islower", str_islower, Args::none()},
        {"replace", str_replace, Args::positional(2, 3)}, {"find", str_find, Args::parse_tuple(1, 3)},
        {"rfind", str_rfind, Args::parse_tuple(1, 3)}, {"index", str_index, Args::parse_tuple(1, 3)},
        {"rindex", str_rindex, Args::parse_tuple(1, 3)}, {"count", str_count, Args::parse_tuple(1, 3)},
        {"startswith", str_startswith, Args::parse_tuple(1, 3)},
        {"endswith", str_endswith, Args::parse_tuple(1, 3)}, {"ljust", str_ljust, Args::positional(1, 2)},
        {"rjust", str_rjust, Args::positional(1, 2)}, {"center", str_center, Args::positional(1, 2)},
        {"zfill", str_zfill, Args::one()}, {"splitlines", str_splitlines},
        {"partition", str_partition, Args::one()}, {"rpartition", str_rpartition, Args::one()},
        {"format", str_format}, {"format_map", str_format_map, Args::one()},
    });
}

} // namespace weft::rt
