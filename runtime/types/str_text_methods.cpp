// str methods that rewrite or classify text code point by code point: expandtabs, translate and maketrans,
// removeprefix/removesuffix, casefold, isascii, isidentifier, isprintable, istitle. Case and character classes
// beyond ASCII follow the same rules as the rest of str's methods (str_methods.cpp). CPython:
// Objects/unicodeobject.c (unicode_expandtabs_impl, unicode_translate, unicode_maketrans_impl, ...).
#include <climits>

#include "interpreter/text.hpp"
#include "interpreter/unicode.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/str.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

Str* self_str(Value const* args) { return as<Str>(args[0]); }
bool is_str(VM& vm, Value const& v) { return v.is_object() && vm.type_of(v)->layout == Layout::Str; }

// str.expandtabs(tabsize=8): each tab becomes spaces up to the next multiple of tabsize; columns restart after
// a newline or carriage return
Result<Value> str_expandtabs(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[1];
    TRY(parse_args(vm, "expandtabs", args + 1, nargs - 1, kwnames, {"tabsize"}, fields));
    std::int64_t tabsize = fields[0].is_null() ? 8 : TRY(vm.index_value(fields[0]));
    if (tabsize > INT_MAX || tabsize < INT_MIN)  // a C int in CPython (the "i" of its argument clinic)
        return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    std::string_view s = self_str(args)->view();
    std::string out;
    std::int64_t column = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        char32_t c = text::next_code_point(s, pos);
        if (c == '\t') {
            if (tabsize > 0) {
                std::int64_t spaces = tabsize - column % tabsize;
                if (!memory_available(out.size() + static_cast<std::uint64_t>(spaces)))
                    return vm.raise(vm.types.MemoryError, "");
                out.append(static_cast<std::size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out.append(s.substr(start, pos - start));
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return vm.new_str(out);
}

Result<Value> remove_affix(VM& vm, Value const* args, bool prefix) {
    if (!is_str(vm, args[1]))
        return vm.raise(vm.types.TypeError, "{}() argument must be str, not {}", prefix ? "removeprefix" : "removesuffix",
                        vm.type_of(args[1])->name->view());
    std::string_view s = self_str(args)->view(), affix = as<Str>(args[1])->view();
    if (prefix && s.starts_with(affix) && !affix.empty())
        return vm.new_str(s.substr(affix.size()));
    if (!prefix && s.ends_with(affix) && !affix.empty())
        return vm.new_str(s.substr(0, s.size() - affix.size()));
    if (vm.type_of(args[0]) == vm.types.str)
        return args[0];
    return vm.new_str(s);
}

Result<Value> str_removeprefix(VM& vm, Value const* args, std::size_t, Tuple*) { return remove_affix(vm, args, true); }
Result<Value> str_removesuffix(VM& vm, Value const* args, std::size_t, Tuple*) { return remove_affix(vm, args, false); }

// str.casefold(): the full case folding of each code point, for caseless matching (CPython: unicode_casefold)
Result<Value> str_casefold(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view s = self_str(args)->view();
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();)
        unicode::append_casefold(out, text::next_code_point(s, pos));
    return vm.new_str(out);
}

Result<Value> str_isascii(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(self_str(args)->is_ascii());
}

// XID_Start or '_' first, then XID_Continue (CPython: PyUnicode_IsIdentifier)
Result<Value> str_isidentifier(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view s = self_str(args)->view();
    if (s.empty())
        return Value::from_bool(false);
    std::size_t pos = 0;
    bool first = true;
    while (pos < s.size()) {
        char32_t c = text::next_code_point(s, pos);
        bool ok = first ? (c == '_' || unicode::is_xid_start(c)) : unicode::is_xid_continue(c);
        if (!ok)
            return Value::from_bool(false);
        first = false;
    }
    return Value::from_bool(true);
}

Result<Value> str_isprintable(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view s = self_str(args)->view();
    for (std::size_t pos = 0; pos < s.size();)
        if (!text::is_printable(text::next_code_point(s, pos)))
            return Value::from_bool(false);
    return Value::from_bool(true);
}

// Upper and title case letters only after uncased characters, lower case ones only after cased ones, and at
// least one cased character (CPython: unicode_istitle_impl)
Result<Value> str_istitle(VM& vm, Value const* args, std::size_t, Tuple*) {
    bool cased = false, previous_cased = false;
    std::string_view s = self_str(args)->view();
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t c = text::next_code_point(s, pos);
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (previous_cased) return Value::from_bool(false);
            previous_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!previous_cased) return Value::from_bool(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return Value::from_bool(cased);
}

// str.maketrans(x[, y[, z]]): the table str.translate takes, from a dict, or from two equal-length strs (and the
// characters of a third mapped to None)
Result<Value> str_maketrans(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Ref<Dict> table = vm.new_dict();
    if (nargs == 1) {
        if (!args[0].is_object() || vm.type_of(args[0])->layout != Layout::Dict)
            return vm.raise(vm.types.TypeError, "if you give only one argument to maketrans it must be a dict");
        for (auto const& e : as<Dict>(args[0])->table.entries()) {
            if (e.key.is_null()) continue;
            Value key = e.key;
            if (is_str(vm, key)) {
                if (as<Str>(key)->char_count != 1)
                    return vm.raise(vm.types.ValueError, "string keys in translate table must be of length 1");
                std::size_t pos = 0;
                key = Value::from_int(text::next_code_point(as<Str>(key)->view(), pos));
            } else if (!is_int_value(vm, key)) {
                return vm.raise(vm.types.TypeError, "keys in translate table must be strings or integers");
            }
            TRY(dict_set(vm, table.get(), key, e.value));
        }
        return table.take_value();
    }
    if (!is_str(vm, args[0]))
        return vm.raise(vm.types.TypeError, "maketrans() argument 1 must be str, not {}", vm.type_of(args[0])->name->view());
    if (!is_str(vm, args[1]))
        return vm.raise(vm.types.TypeError, "maketrans() argument 2 must be str, not {}", vm.type_of(args[1])->name->view());
    Str* x = as<Str>(args[0]);
    Str* y = as<Str>(args[1]);
    if (x->char_count != y->char_count)
        return vm.raise(vm.types.ValueError, "the first two maketrans arguments must have equal length");
    for (std::size_t i = 0, j = 0; i < x->length;) {
        char32_t from = text::next_code_point(x->view(), i);
        char32_t to = text::next_code_point(y->view(), j);
        TRY(dict_set(vm, table.get(), Value::from_int(from), Value::from_int(to)));
    }
    if (nargs == 3) {
        if (!is_str(vm, args[2]))
            return vm.raise(vm.types.TypeError, "maketrans() argument 3 must be str, not {}", vm.type_of(args[2])->name->view());
        std::string_view z = as<Str>(args[2])->view();
        for (std::size_t i = 0; i < z.size();)
            TRY(dict_set(vm, table.get(), Value::from_int(text::next_code_point(z, i)), Value::none()));
    }
    return table.take_value();
}

// str.translate(table): each code point through table[ord(c)]: a str, a code point, None to delete, or kept when
// the lookup raises LookupError (CPython: _PyUnicode_TranslateCharmap)
Result<Value> str_translate(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view s = self_str(args)->view();
    std::string out;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        char32_t c = text::next_code_point(s, pos);
        Result<Value> r = vm.getitem(args[1], Value::from_int(c));
        if (r.is_error()) {
            if (!vm.exception_matches(vm.types.LookupError))
                return Raised{};
            vm.take_exception();
            out.append(s.substr(start, pos - start));
            continue;
        }
        Value v = r.release_value();
        if (v.is_none())
            continue;
        if (is_str(vm, v)) {
            out.append(as<Str>(v)->view());
        } else if (v.is_int()) {
            if (v.as_int() < 0 || v.as_int() > 0x10FFFF)
                return vm.raise(vm.types.ValueError, "character mapping must be in range(0x110000)");
            text::append_utf8(out, static_cast<char32_t>(v.as_int()));
        } else {
            return vm.raise(vm.types.TypeError, "character mapping must return integer, None or str");
        }
    }
    return vm.new_str(out);
}

} // namespace

void add_str_text_methods(VM& vm, Type* t) {
    if (t != vm.types.str)
        return;
    add_methods(vm, t, {
        {"expandtabs", str_expandtabs}, {"removeprefix", str_removeprefix, Args::one()},
        {"removesuffix", str_removesuffix, Args::one()}, {"casefold", str_casefold, Args::none()},
        {"isascii", str_isascii, Args::none()}, {"isidentifier", str_isidentifier, Args::none()},
        {"isprintable", str_isprintable, Args::none()}, {"istitle", str_istitle, Args::none()},
        {"translate", str_translate, Args::one()},
    });
    add_function(vm, vm.types.str->dict.get(), "maketrans", str_maketrans, Args::positional(1, 3));
}

} // namespace weft::rt
