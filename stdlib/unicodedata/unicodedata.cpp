// unicodedata: the Unicode Character Database — names and lookup, the character properties, numeric values,
// decompositions and normalization — over the tables the front end generates from Debian's unicode-data
// (interpreter/unicode_database.hpp), with CPython 3.11's arguments and messages (Modules/unicodedata.c; the code is
// ours). The database is Debian's Unicode 15.0 where CPython 3.11 carries 14.0: characters added in 15.0 are known.
#include "interpreter/text.hpp"
#include "interpreter/unicode.hpp"
#include "interpreter/unicode_database.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/str.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

// The one character a function takes: "category() argument must be a unicode character, not str" otherwise
// (Argument Clinic's int(accept={str}) converter; `position` is shown when the function takes several).
Result<char32_t> character(VM& vm, Value const& v, char const* position = "") {
    if (v.is_object() && vm.type_of(v)->layout == Layout::Str && as<Str>(v)->char_count == 1) {
        std::size_t pos = 0;
        return text::next_code_point(as<Str>(v)->view(), pos);
    }
    // None is named as itself (CPython: _PyArg_BadArgument)
    return vm.raise(vm.types.TypeError, "{}() argument {}must be a unicode character, not {}",
                    vm.native_callee->name->view(), position, v.is_none() ? "None" : vm.type_of(v)->name->view());
}

Value str_of(VM& vm, std::u32string const& text) {
    std::string out;
    for (char32_t c : text) text::append_utf8(out, c);
    return vm.new_str(out);
}

Result<std::u32string> code_points(VM& vm, Value const& v, char const* fname) {
    if (!(v.is_object() && vm.type_of(v)->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "{}() argument 2 must be str, not {}", fname, vm.type_of(v)->name->view());
    std::u32string out;
    std::string_view s = as<Str>(v)->view();
    for (std::size_t pos = 0; pos < s.size();) out.push_back(text::next_code_point(s, pos));
    return out;
}

Result<Value> ud_lookup(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view name;
    if (args[0].is_object() && vm.type_of(args[0])->layout == Layout::Str) name = as<Str>(args[0])->view();
    else if (!bytes_like(vm, args[0], name))
        return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(args[0])->name->view());
    if (name.size() > 256) return vm.raise_key_error(vm.new_str("name too long"));
    auto found = unicode::lookup(name);
    if (!found) return vm.raise_key_error(vm.new_str("undefined character name '" + std::string(name) + "'"));
    return str_of(vm, *found);
}

// name(chr, default=<none>): the name, else default, else ValueError
Result<Value> ud_name(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    char32_t c = TRY(character(vm, args[0], "1 "));
    std::string name = unicode::name_of(c);
    if (!name.empty()) return vm.new_str(name);
    if (nargs > 1) return args[1];
    return vm.raise(vm.types.ValueError, "no such name");
}

// decimal, digit and numeric: the value, else default, else ValueError
Result<Value> ud_decimal(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    int d = unicode::decimal_value(TRY(character(vm, args[0], "1 ")));
    if (d >= 0) return Value::from_int(d);
    if (nargs > 1) return args[1];
    return vm.raise(vm.types.ValueError, "not a decimal");
}

Result<Value> ud_digit(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    int d = unicode::digit_value(TRY(character(vm, args[0], "1 ")));
    if (d >= 0) return Value::from_int(d);
    if (nargs > 1) return args[1];
    return vm.raise(vm.types.ValueError, "not a digit");
}

Result<Value> ud_numeric(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto v = unicode::numeric_value(TRY(character(vm, args[0], "1 ")));
    if (v) return Value::from_float(*v);
    if (nargs > 1) return args[1];
    return vm.raise(vm.types.ValueError, "not a numeric character");
}

Result<Value> ud_category(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(unicode::properties(TRY(character(vm, args[0]))).category);
}
Result<Value> ud_bidirectional(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(unicode::properties(TRY(character(vm, args[0]))).bidirectional);
}
Result<Value> ud_combining(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(unicode::properties(TRY(character(vm, args[0]))).combining);
}
Result<Value> ud_east_asian_width(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(unicode::properties(TRY(character(vm, args[0]))).east_asian_width);
}
Result<Value> ud_mirrored(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(unicode::properties(TRY(character(vm, args[0]))).mirrored ? 1 : 0);
}
Result<Value> ud_decomposition(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(unicode::decomposition(TRY(character(vm, args[0]))));
}

Result<std::string_view> form_of(VM& vm, Value const& v, char const* fname) {
    if (!(v.is_object() && vm.type_of(v)->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "{}() argument 1 must be str, not {}", fname, vm.type_of(v)->name->view());
    std::string_view form = as<Str>(v)->view();
    if (form != "NFC" && form != "NFD" && form != "NFKC" && form != "NFKD")
        return vm.raise(vm.types.ValueError, "invalid normalization form");
    return form;
}

Result<Value> ud_normalize(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view form = TRY(form_of(vm, args[0], "normalize"));
    std::u32string text = TRY(code_points(vm, args[1], "normalize"));
    std::u32string out = unicode::normalize(form, text);
    if (out == text && vm.type_of(args[1]) == vm.types.str) return args[1];
    return str_of(vm, out);
}

Result<Value> ud_is_normalized(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view form = TRY(form_of(vm, args[0], "is_normalized"));
    std::u32string text = TRY(code_points(vm, args[1], "is_normalized"));
    return Value::from_bool(unicode::normalize(form, text) == text);
}

} // namespace

Result<void> init_unicodedata_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    add_function(vm, d, "lookup", ud_lookup, Args::one());
    add_function(vm, d, "name", ud_name, Args::positional(1, 2));
    add_function(vm, d, "decimal", ud_decimal, Args::positional(1, 2));
    add_function(vm, d, "digit", ud_digit, Args::positional(1, 2));
    add_function(vm, d, "numeric", ud_numeric, Args::positional(1, 2));
    add_function(vm, d, "category", ud_category, Args::one());
    add_function(vm, d, "bidirectional", ud_bidirectional, Args::one());
    add_function(vm, d, "combining", ud_combining, Args::one());
    add_function(vm, d, "east_asian_width", ud_east_asian_width, Args::one());
    add_function(vm, d, "mirrored", ud_mirrored, Args::one());
    add_function(vm, d, "decomposition", ud_decomposition, Args::one());
    add_function(vm, d, "normalize", ud_normalize, Args::positional(2, 2));
    add_function(vm, d, "is_normalized", ud_is_normalized, Args::positional(2, 2));
    dict_set_str(vm, d, vm.intern("unidata_version"), vm.new_str(unicode::database_version));
    return {};
}

} // namespace weft::rt
