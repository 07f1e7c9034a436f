// _re: the matching engine under the re module, PCRE2 (Debian's libpcre2-8, with its JIT) rather than one of
// our own. re._parser checks a pattern with Python's syntax and messages and translates it to PCRE2's; this
// module compiles that and runs it, reporting spans in code points (str) or bytes (bytes) as Python does.
// Python's empty-match rule for finditer/sub/split (an empty match may not repeat where the previous one was:
// CPython's state->must_advance) is the caller's `not_empty_at_start`, PCRE2's NOTEMPTY_ATSTART.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <cstring>
#include <pcre2.h>

#include "runtime/gc.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

// the option bits re._parser passes
enum : std::int64_t { opt_ignorecase = 1, opt_multiline = 2, opt_dotall = 4, opt_unicode = 8 };

struct RegexCode final : Object {
    pcre2_code* code = nullptr;
    pcre2_match_data* match_data = nullptr;
    bool text = true;  // a str pattern (UTF-8), else bytes
    std::uint32_t groups = 0;
    explicit RegexCode(Type* t) : Object(t) {}
    ~RegexCode() override {
        if (match_data) pcre2_match_data_free(match_data);
        if (code) pcre2_code_free(code);
    }
};

int code_key;

bool is_str(VM& vm, Value const& v) { return v.is_object() && vm.type_of(v)->layout == Layout::Str; }

// compile(pattern, options): pattern is PCRE2 syntax, a str or bytes
Result<Value> re_compile(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view source;
    bool text = is_str(vm, args[0]);
    if (text)
        source = as<Str>(args[0])->view();
    else if (!bytes_like(vm, args[0], source))
        return vm.raise(vm.types.TypeError, "first argument must be string or compiled pattern");
    std::int64_t options = args[1].as_int();
    std::uint32_t flags = 0;  // Python's $ also matches before a final newline, as PCRE2's does by default
    if (text) flags |= PCRE2_UTF | PCRE2_NO_UTF_CHECK;
    if (text && (options & opt_unicode)) flags |= PCRE2_UCP;
    if (options & opt_ignorecase) flags |= PCRE2_CASELESS;
    if (options & opt_multiline) flags |= PCRE2_MULTILINE | PCRE2_ALT_CIRCUMFLEX;  // ^ also after a final newline, as sre
    if (options & opt_dotall) flags |= PCRE2_DOTALL;
    // PCRE2 10.42 gets some patterns wrong that sre gets right: a lookahead followed by an optional item
    // ((?=a)b?a) with its start-of-match optimization, and possessive or atomic groups with its automatic
    // possessification and in its JIT (a capture kept from an earlier start). Those patterns go without.
    bool lookaround = source.find("(?=") != std::string_view::npos || source.find("(?!") != std::string_view::npos ||
                      source.find("(?<=") != std::string_view::npos || source.find("(?<!") != std::string_view::npos;
    bool possessive = source.find("(?>") != std::string_view::npos;
    for (std::size_t i = 1; i < source.size() && !possessive; ++i)
        possessive = source[i] == '+' && std::strchr("+*?}", source[i - 1]);
    if (lookaround) flags |= PCRE2_NO_START_OPTIMIZE;
    if (possessive) flags |= PCRE2_NO_AUTO_POSSESS;
    int error = 0;
    PCRE2_SIZE offset = 0;
    pcre2_compile_context* context = pcre2_compile_context_create(nullptr);
    pcre2_set_newline(context, PCRE2_NEWLINE_LF);
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(), flags, &error,
                                     &offset, context);
    pcre2_compile_context_free(context);
    if (!code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(error, message, sizeof message);
        return vm.raise(vm.types.ValueError, "{} (at offset {})", reinterpret_cast<char const*>(message), offset);
    }
    if (!possessive) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // where the JIT is unavailable, matching interprets
    auto r = make<RegexCode>(vm.module_type(&code_key));
    r->code = code;
    r->text = text;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &r->groups);
    r->match_data = pcre2_match_data_create_from_pattern(code, nullptr);
    return r.take_value();
}

// code.match(string, pos, endpos, mode, not_empty_at_start): mode 0 searches, 1 matches at pos, 2 matches all
// of [pos, endpos). The spans of the match and its groups as a flat tuple (-1 for a group that did not take
// part), or None.
// The text a pattern searches: a str for a str pattern, a bytes-like object for a bytes pattern (CPython: getstring).
Result<std::string_view> subject_text(VM& vm, RegexCode* r, Value const& string) {
    std::string_view subject;
    if (r->text ? is_str(vm, string) : !is_str(vm, string) && bytes_like(vm, string, subject))
        return r->text ? as<Str>(string)->view() : subject;
    if (is_str(vm, string)) return vm.raise(vm.types.TypeError, "cannot use a bytes pattern on a string-like object");
    if (bytes_like(vm, string, subject))
        return vm.raise(vm.types.TypeError, "cannot use a string pattern on a bytes-like object");
    return vm.raise(vm.types.TypeError, "expected string or bytes-like object, got '{}'", vm.type_of(string)->name->view());
}

// code.length(string): the length of a subject in characters (bytes for a bytes pattern), after checking its type
Result<Value> code_length(VM& vm, Value const* args, std::size_t, Tuple*) {
    RegexCode* r = as<RegexCode>(args[0]);
    std::string_view subject = TRY(subject_text(vm, r, args[1]));
    return Value::from_int(r->text ? as<Str>(args[1])->char_count : static_cast<std::int64_t>(subject.size()));
}

// What a search covers: the subject's text and [pos, endpos) clamped to it, in characters (`pos`) and as byte offsets
// (`start`, `end`); `empty` when endpos < pos.
struct SearchRange {
    std::string_view subject;
    bool ascii;  // positions are byte offsets (bytes, or ASCII text)
    std::int64_t pos;
    std::size_t start, end;
    bool empty;
};

Result<SearchRange> search_range(VM& vm, RegexCode* r, Value const& string, Value const& pos_arg, Value const& endpos_arg) {
    SearchRange s{};
    s.subject = TRY(subject_text(vm, r, string));
    s.ascii = !r->text || as<Str>(string)->char_count == as<Str>(string)->length;
    std::int64_t length = r->text ? as<Str>(string)->char_count : static_cast<std::int64_t>(s.subject.size());
    s.pos = std::clamp<std::int64_t>(pos_arg.as_int(), 0, length);
    std::int64_t endpos = std::clamp<std::int64_t>(endpos_arg.as_int(), 0, length);
    s.empty = endpos < s.pos;
    if (s.empty) return s;
    // the end first: the str then remembers `pos`, where a scan calling match(s, pos) again goes on from
    s.end = s.ascii ? static_cast<std::size_t>(endpos) : as<Str>(string)->offset_of(static_cast<std::size_t>(endpos));
    s.start = s.ascii ? static_cast<std::size_t>(s.pos) : as<Str>(string)->offset_of(static_cast<std::size_t>(s.pos));
    return s;
}

Result<Value> code_match(VM& vm, Value const* args, std::size_t, Tuple*) {
    RegexCode* r = as<RegexCode>(args[0]);
    SearchRange range = TRY(search_range(vm, r, args[1], args[2], args[3]));
    if (range.empty) return Value::none();
    std::string_view subject = range.subject;
    bool ascii = range.ascii;
    std::int64_t pos = range.pos;
    std::size_t start = range.start, end = range.end;
    std::uint32_t options = 0;
    std::int64_t mode = args[4].as_int();
    if (mode >= 1) options |= PCRE2_ANCHORED;
    if (mode == 2) options |= PCRE2_ENDANCHORED;
    if (args[5].as_bool()) options |= PCRE2_NOTEMPTY_ATSTART;
    int rc = pcre2_match(r->code, reinterpret_cast<PCRE2_SPTR>(subject.data()), end, start, options | PCRE2_NO_UTF_CHECK * r->text,
                         r->match_data, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) return Value::none();
    if (rc < 0) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(rc, message, sizeof message);
        if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
            return vm.raise(vm.types.RecursionError, "maximum recursion limit exceeded");
        return vm.raise(vm.types.RuntimeError, "internal error in regular expression engine: {}", reinterpret_cast<char const*>(message));
    }
    PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(r->match_data);
    std::size_t n = 2 * (r->groups + 1);
    auto spans = vm.new_tuple(n);
    // byte offsets back to code points, counted from the start offset (forwards, or backwards for \K and
    // lookbehind captures before it)
    for (std::size_t i = 0; i < n; ++i) {
        PCRE2_SIZE b = ovector[i];
        if (b == PCRE2_UNSET || static_cast<int>(i / 2) >= rc) {
            spans->items[i] = Value::from_int(-1);
            continue;
        }
        if (ascii) {
            spans->items[i] = Value::from_int(static_cast<std::int64_t>(b));
            continue;
        }
        std::int64_t chars = pos;
        for (std::size_t k = start; k < b; ++k) chars += (static_cast<unsigned char>(subject[k]) & 0xC0) != 0x80;
        for (std::size_t k = b; k < start; ++k) chars -= (static_cast<unsigned char>(subject[k]) & 0xC0) != 0x80;
        spans->items[i] = Value::from_int(chars);
    }
    return spans.take_value();
}

// code.findall(string, pos, endpos): re.findall's list, made here (CPython: pattern_findall): each match's text
// without groups, its group 1 with one group, else a tuple of its groups; a group that did not take part is empty.
// Successive searches follow Python's empty-match rule (code_match's not_empty_at_start). `string` is a str or
// bytes (the caller converts other bytes-like subjects first).
Result<Value> code_findall(VM& vm, Value const* args, std::size_t, Tuple*) {
    RegexCode* r = as<RegexCode>(args[0]);
    SearchRange range = TRY(search_range(vm, r, args[1], args[2], args[3]));
    Ref<List> out = vm.new_list();
    if (range.empty) return out.take_value();
    std::string_view subject = range.subject;
    bool ascii = range.ascii;
    std::size_t start = range.start, end = range.end;
    auto piece = [&](PCRE2_SIZE from, PCRE2_SIZE to) -> Value {
        std::string_view text = subject.substr(from, to - from);
        if (!r->text) return make_bytes(vm, std::string(text));
        return ascii ? vm.new_str(text, static_cast<std::uint32_t>(text.size())) : vm.new_str(text);
    };
    bool must_advance = false;
    while (start <= end) {
        int rc = pcre2_match(r->code, reinterpret_cast<PCRE2_SPTR>(subject.data()), end, start,
                             (must_advance ? PCRE2_NOTEMPTY_ATSTART : 0) | PCRE2_NO_UTF_CHECK * r->text, r->match_data, nullptr);
        if (rc == PCRE2_ERROR_NOMATCH) break;
        if (rc < 0) {
            if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
                return vm.raise(vm.types.RecursionError, "maximum recursion limit exceeded");
            PCRE2_UCHAR message[256];
            pcre2_get_error_message(rc, message, sizeof message);
            return vm.raise(vm.types.RuntimeError, "internal error in regular expression engine: {}", reinterpret_cast<char const*>(message));
        }
        PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(r->match_data);
        auto group = [&](std::uint32_t g) -> Value {
            if (static_cast<int>(g) >= rc || ovector[2 * g] == PCRE2_UNSET) return piece(0, 0);
            return piece(ovector[2 * g], ovector[2 * g + 1]);
        };
        if (r->groups == 0) {
            out->items.push_back(piece(ovector[0], ovector[1]));
        } else if (r->groups == 1) {
            out->items.push_back(group(1));
        } else {
            Ref<Tuple> t = vm.new_tuple(r->groups);
            for (std::uint32_t g = 1; g <= r->groups; ++g) t->items[g - 1] = group(g);
            out->items.push_back(t.take_value());
        }
        must_advance = ovector[1] == ovector[0];
        start = ovector[1];
    }
    return out.take_value();
}

Value code_members(VM& vm, Value const& self, Str* name) {
    RegexCode* r = as<RegexCode>(self);
    if (name->view() == "groups") return Value::from_int(r->groups);
    if (name->view() != "groupindex") return Value();
    // the name table: entries of a 2-byte group number then the NUL-terminated name (pcre2api: PCRE2_INFO_NAMETABLE)
    std::uint32_t count = 0, entry_size = 0;
    PCRE2_SPTR table = nullptr;
    pcre2_pattern_info(r->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(r->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
    pcre2_pattern_info(r->code, PCRE2_INFO_NAMETABLE, &table);
    Ref<Dict> d = vm.new_dict();
    for (std::uint32_t i = 0; i < count; ++i) {
        PCRE2_SPTR entry = table + static_cast<std::size_t>(i) * entry_size;
        int number = (entry[0] << 8) | entry[1];
        dict_set_str(vm, d.get(), vm.intern(reinterpret_cast<char const*>(entry + 2)), Value::from_int(number));
    }
    return d.take_value();
}

} // namespace

Result<void> init__re_module(VM& vm, Module& m) {
    Type* t = make_builtin_type(vm, "Code", vm.types.object, Layout::Native);
    t->module_name = "_re";
    t->subclassable = false;
    t->slots.members = code_members;
    add_methods(vm, t, {{"match", code_match, Args::positional(5, 5)}, {"findall", code_findall, Args::positional(3, 3)},
                        {"length", code_length, Args::positional(1, 1)}});
    vm.set_module_type(&code_key, t);
    add_function(vm, m.dict.get(), "compile", re_compile, Args::positional(2, 2));
    return {};
}

} // namespace weft::rt
