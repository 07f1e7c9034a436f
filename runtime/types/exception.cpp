// BaseException and the builtin exception types: construction, args, str/repr, and the attributes
// exceptions carry (__context__, __cause__, value, code). CPython: Objects/exceptions.c.
#include "runtime/types/exception.hpp"
#include "runtime/types/type.hpp"

#include <cerrno>
#include <cstdio>
#include <span>

#include "interpreter/text.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {


void Exception::traverse(GcVisitor& v) {
    v.visit(args);
    v.visit(context);
    v.visit(cause);
    v.visit(dict);
    v.visit(value);
    for (auto const& e : traceback) v.visit(e.code);
}

void Exception::clear_references() {
    args = nullptr;
    context.clear();
    cause.clear();
    dict = nullptr;
    value.clear();
    traceback.clear();
}

namespace {

void init_os_error(VM& vm, Exception* exc, Value const* args, std::size_t nargs);
Result<void> init_keyword_fields(VM& vm, Exception* exc, Value const* kwvalues, Tuple* kwnames,
                                 std::span<char const* const> names);

void set_args(VM& vm, Exception* exc, Value const* args, std::size_t nargs) {
    Ref<Tuple> t = vm.new_tuple(nargs);
    for (std::size_t i = 0; i < nargs; ++i) t->items[i] = args[i];
    exc->args = std::move(t);
    Type* type = exc->type;
    if (type->is_subtype_of(vm.types.StopIteration))
        exc->value = nargs > 0 ? args[0] : Value::none();
    else if (type->is_subtype_of(vm.types.SystemExit))
        exc->value = nargs == 0 ? Value::none() : nargs == 1 ? args[0] : exc->args.value();
    else if (type->is_subtype_of(vm.types.OSError))
        init_os_error(vm, exc, args, nargs);
    else if (type->is_subtype_of(vm.types.ImportError)) {
        static constexpr char const* import_fields[] = {"name", "path"};
        (void)init_keyword_fields(vm, exc, nullptr, nullptr, import_fields);  // no keywords: cannot fail
    }
}

// OSError(errno, strerror) makes the subclass for the errno (CPython: oserror_use_init's errnomap)
Type* os_error_subclass(VM& vm, std::int64_t code) {
    switch (code) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return vm.types.BlockingIOError;
    case ECHILD: return vm.types.ChildProcessError;
    case EPIPE: case ESHUTDOWN: return vm.types.BrokenPipeError;
    case ECONNABORTED: return vm.types.ConnectionAbortedError;
    case ECONNREFUSED: return vm.types.ConnectionRefusedError;
    case ECONNRESET: return vm.types.ConnectionResetError;
    case EEXIST: return vm.types.FileExistsError;
    case ENOENT: return vm.types.FileNotFoundError;
    case EISDIR: return vm.types.IsADirectoryError;
    case ENOTDIR: return vm.types.NotADirectoryError;
    case EINTR: return vm.types.InterruptedError;
    case EACCES: case EPERM: return vm.types.PermissionError;
    case ESRCH: return vm.types.ProcessLookupError;
    case ETIMEDOUT: return vm.types.TimeoutError;
    default: return vm.types.OSError;
    }
}

// errno, strerror, filename and filename2 of an OSError made with 2 to 5 arguments, None otherwise; its args
// are then (errno, strerror) (CPython: oserror_parse_args, oserror_init)
void init_os_error(VM& vm, Exception* exc, Value const* args, std::size_t nargs) {
    if (!exc->dict) exc->dict = vm.new_dict();
    Value fields[4] = {Value::none(), Value::none(), Value::none(), Value::none()};
    if (nargs >= 2 && nargs <= 5) {
        fields[0] = args[0];
        fields[1] = args[1];
        if (nargs >= 3) fields[2] = args[2];
        if (nargs >= 5) fields[3] = args[4];
        Ref<Tuple> t = vm.new_tuple(2);
        t->items[0] = args[0];
        t->items[1] = args[1];
        exc->args = std::move(t);
    }
    char const* names[4] = {"errno", "strerror", "filename", "filename2"};
    for (int i = 0; i < 4; ++i) dict_set_str(vm, exc->dict.get(), vm.intern(names[i]), fields[i]);
}

// Keyword-only fields that become attributes, None when not given: ImportError's name and path, AttributeError's
// name and obj, NameError's name (CPython: ImportError_init, AttributeError_init, NameError_init)
Result<void> init_keyword_fields(VM& vm, Exception* exc, Value const* kwvalues, Tuple* kwnames,
                                 std::span<char const* const> names) {
    if (!exc->dict) exc->dict = vm.new_dict();
    Value fields[2];
    std::size_t nkw = kwnames ? kwnames->size : 0;
    // named after the class whose __init__ parses them, as CPython's ImportError_init, AttributeError_init and
    // NameError_init do (a subclass's message says ImportError())
    std::string_view parser = exc->type->is_subtype_of(vm.types.ImportError)      ? "ImportError"
                              : exc->type->is_subtype_of(vm.types.AttributeError) ? "AttributeError"
                                                                                  : "NameError";
    TRY(check_argument_total(vm, parser, 0, kwnames, names.size()));
    TRY(parse_keywords(vm, parser, kwvalues, nkw, kwnames, names, fields, UnknownKeyword::Invalid));
    std::size_t j = 0;
    for (char const* name : names) {
        if (fields[j].is_null()) fields[j] = Value::none();
        dict_set_str(vm, exc->dict.get(), vm.intern(name), fields[j++]);
    }
    if (exc->type->is_subtype_of(vm.types.ImportError)) {
        Value msg = exc->args && exc->args->size == 1 ? exc->args->items[0] : Value::none();
        dict_set_str(vm, exc->dict.get(), vm.intern("msg"), msg);
    }
    return {};
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): the details become attributes,
// None when not given (CPython: SyntaxError_init)
Result<void> init_syntax_error(VM& vm, Exception* exc) {
    if (!exc->dict) exc->dict = vm.new_dict();
    Tuple* a = exc->args.get();
    std::size_t n = a ? a->size : 0;
    Value fields[7] = {n >= 1 ? a->items[0] : Value::none(), Value::none(), Value::none(), Value::none(),
                       Value::none(), Value::none(), Value::none()};
    if (n == 2) {
        Ref<Tuple> info = TRY(vm.to_tuple(a->items[1]));
        if (info->size < 4 || info->size > 6)  // PyArg_ParseTuple's "OOOO|OO"
            return vm.raise(vm.types.TypeError, "function takes at {} {} arguments ({} given)",
                            info->size < 4 ? "least" : "most", info->size < 4 ? 4 : 6, info->size);
        for (std::size_t i = 0; i < info->size; ++i) fields[i + 1] = info->items[i];
    }
    char const* names[7] = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (int i = 0; i < 7; ++i) dict_set_str(vm, exc->dict.get(), vm.intern(names[i]), fields[i]);
    dict_set_str(vm, exc->dict.get(), vm.intern("print_file_and_line"), Value::none());
    return {};
}

// UnicodeDecodeError(encoding, object, start, end, reason), UnicodeEncodeError(encoding, object, start, end,
// reason), UnicodeTranslateError(object, start, end, reason): the arguments become attributes (CPython:
// UnicodeDecodeError_init's "UOnnU", UnicodeEncodeError_init's "UUnnU", UnicodeTranslateError_init's "UnnU")
Result<void> init_unicode_error(VM& vm, Exception* exc) {
    Type* t = exc->type;
    bool translate = t->is_subtype_of(vm.types.UnicodeTranslateError);
    bool decode = t->is_subtype_of(vm.types.UnicodeDecodeError);
    if (!decode && !translate && !t->is_subtype_of(vm.types.UnicodeEncodeError)) return {};
    std::size_t want = translate ? 4 : 5;
    std::size_t n = exc->args ? exc->args->size : 0;
    if (n != want)
        return vm.raise(vm.types.TypeError, "function takes exactly {} arguments ({} given)", want, n);
    Value const* a = exc->args->items;
    auto need_str = [&](std::size_t i) -> Result<void> {
        if (layout_of(a[i]) != Layout::Str)
            return vm.raise(vm.types.TypeError, "argument {} must be str, not {}", i + 1, vm.type_of(a[i])->name->view());
        return {};
    };
    auto need_int = [&](std::size_t i) -> Result<void> {
        if (!a[i].is_int() && !a[i].is_bool() && layout_of(a[i]) != Layout::Int)
            return vm.raise(vm.types.TypeError, "'{}' object cannot be interpreted as an integer", vm.type_of(a[i])->name->view());
        return {};
    };
    std::size_t k = 0;
    if (!translate) TRY(need_str(k++));
    Value object = a[k];
    if (decode) {
        std::string_view data;
        if (!bytes_like(vm, object, data))
            return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(object)->name->view());
        if (layout_of(object) != Layout::Bytes) object = make_bytes(vm, std::string(data));
        ++k;
    } else {
        TRY(need_str(k++));
    }
    TRY(need_int(k));
    TRY(need_int(k + 1));
    TRY(need_str(k + 2));
    if (!exc->dict) exc->dict = vm.new_dict();
    Dict* d = exc->dict.get();
    dict_set_str(vm, d, vm.intern("encoding"), translate ? Value::none() : a[0]);
    dict_set_str(vm, d, vm.intern("object"), object);
    dict_set_str(vm, d, vm.intern("start"), a[k]);
    dict_set_str(vm, d, vm.intern("end"), a[k + 1]);
    dict_set_str(vm, d, vm.intern("reason"), a[k + 2]);
    return {};
}

Result<Value> exception_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* type = as<Type>(args[0]);
    if (type == vm.types.OSError && nargs >= 3 && nargs <= 6 && (args[1].is_int()))
        type = os_error_subclass(vm, args[1].as_int());
    bool import_error = type->is_subtype_of(vm.types.ImportError);
    if (import_error || (kwnames && kwnames->size > 0 && (type->is_subtype_of(vm.types.AttributeError) ||
                                                          type->is_subtype_of(vm.types.NameError)))) {
        Value v = TRY(new_instance(vm, type));
        std::size_t nkw = kwnames ? kwnames->size : 0;
        set_args(vm, as<Exception>(v), args + 1, nargs - 1 - nkw);
        static constexpr char const* import_fields[] = {"name", "path"};
        static constexpr char const* attribute_fields[] = {"name", "obj"};
        static constexpr char const* name_fields[] = {"name"};
        std::span<char const* const> names = import_error ? std::span<char const* const>(import_fields)
                                           : type->is_subtype_of(vm.types.AttributeError) ? std::span<char const* const>(attribute_fields)
                                                                                          : std::span<char const* const>(name_fields);
        TRY(init_keyword_fields(vm, as<Exception>(v), args + nargs - nkw, kwnames, names));
        return v;
    }
    if (kwnames && kwnames->size > 0 && !type->is_heap)
        return vm.raise(vm.types.TypeError, "{}() takes no keyword arguments", type->name->view());
    Value v = TRY(new_instance(vm, type));
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    set_args(vm, as<Exception>(v), args + 1, npos);
    if (type->is_subtype_of(vm.types.SyntaxError)) [[unlikely]]
        TRY(init_syntax_error(vm, as<Exception>(v)));
    if (type->is_subtype_of(vm.types.UnicodeError)) [[unlikely]]
        TRY(init_unicode_error(vm, as<Exception>(v)));
    return v;
}

Result<Value> exception_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size > 0)
        return vm.raise(vm.types.TypeError, "{}() takes no keyword arguments", vm.type_of(args[0])->name->view());
    set_args(vm, as<Exception>(args[0]), args + 1, nargs - 1);
    if (vm.type_of(args[0])->is_subtype_of(vm.types.SyntaxError)) [[unlikely]]
        TRY(init_syntax_error(vm, as<Exception>(args[0])));
    if (vm.type_of(args[0])->is_subtype_of(vm.types.UnicodeError)) [[unlikely]]
        TRY(init_unicode_error(vm, as<Exception>(args[0])));
    return Value::none();
}

// "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte" and its encode and translate forms,
// made from the attributes when shown (CPython: UnicodeDecodeError_str, UnicodeEncodeError_str,
// UnicodeTranslateError_str)
Result<Value> unicode_error_str(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* e = as<Exception>(args[0]);
    Dict* d = e->dict.get();
    auto field = [&](char const* name) { Value v = d ? dict_get_str(d, vm.intern(name)) : Value(); return v.is_null() ? Value::none() : v; };
    Value object = field("object");
    if (object.is_none()) return Value::borrowed(vm.empty_str.get());
    Value start_v = field("start"), end_v = field("end");
    std::int64_t start = start_v.is_int() ? start_v.as_int() : 0, end = end_v.is_int() ? end_v.as_int() : 0;
    std::string reason = TRY(vm.str_string(field("reason")));
    Type* t = e->type;
    if (t->is_subtype_of(vm.types.UnicodeDecodeError)) {
        std::string encoding = TRY(vm.str_string(field("encoding")));
        std::string_view data;
        bytes_like(vm, object, data);
        if (start >= 0 && start < static_cast<std::int64_t>(data.size()) && end == start + 1) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(data[static_cast<std::size_t>(start)]));
            return vm.new_str(format("'{}' codec can't decode byte {} in position {}: {}", encoding, hex, start, reason));
        }
        return vm.new_str(format("'{}' codec can't decode bytes in position {}-{}: {}", encoding, start, end - 1, reason));
    }
    bool translate = t->is_subtype_of(vm.types.UnicodeTranslateError);
    std::string prefix = translate ? std::string("can't translate") : format("'{}' codec can't encode", TRY(vm.str_string(field("encoding"))));
    if (layout_of(object) == Layout::Str && start >= 0 && start < as<Str>(object)->char_count && end == start + 1) {
        std::string_view text = as<Str>(object)->view();
        std::size_t pos = text::offset_of_code_point(text, static_cast<std::size_t>(start));
        char32_t c = text::next_code_point(text, pos);
        char ch[16];
        std::snprintf(ch, sizeof ch, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x", static_cast<unsigned>(c));
        return vm.new_str(format("{} character '{}' in position {}: {}", prefix, ch, start, reason));
    }
    return vm.new_str(format("{} characters in position {}-{}: {}", prefix, start, end - 1, reason));
}

// "invalid syntax (file.py, line 3)": the message with the file's base name and the line, as far as known
// (CPython: SyntaxError_str)
Result<Value> syntax_error_str(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* e = as<Exception>(args[0]);
    Dict* d = e->dict.get();
    auto field = [&](char const* name) { Value v = d ? dict_get_str(d, vm.intern(name)) : Value(); return v.is_null() ? Value::none() : v; };
    Value msg = field("msg"), filename = field("filename"), lineno = field("lineno");
    std::string text = TRY(vm.str_string(msg));
    bool have_file = filename.is_object() && vm.type_of(filename)->layout == Layout::Str;
    bool have_line = lineno.is_int();
    if (!have_file && !have_line) return vm.new_str(text);
    std::string base;
    if (have_file) {
        std::string_view f = as<Str>(filename)->view();
        std::size_t slash = f.rfind('/');
        base = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
    }
    if (have_file && have_line) return vm.new_str(format("{} ({}, line {})", text, base, lineno.as_int()));
    if (have_file) return vm.new_str(format("{} ({})", text, base));
    return vm.new_str(format("{} (line {})", text, lineno.as_int()));
}

// "[Errno 2] No such file or directory: 'x'" (CPython: OSError_str)
Result<Value> os_error_str(VM& vm, Exception* exc) {
    auto field = [&](char const* name) { return exc->dict ? dict_get_str(exc->dict.get(), vm.intern(name)) : Value(); };
    Value code = field("errno"), message = field("strerror"), file = field("filename"), file2 = field("filename2");
    auto present = [](Value const& v) { return !v.is_null() && !v.is_none(); };
    if (present(file)) {
        std::string out = format("[Errno {}] {}: {}", TRY(vm.str_string(code)), TRY(vm.str_string(message)), TRY(vm.repr_string(file)));
        if (present(file2))
            out += format(" -> {}", TRY(vm.repr_string(file2)));
        return vm.new_str(out);
    }
    if (present(code) && present(message))
        return vm.new_str(format("[Errno {}] {}", TRY(vm.str_string(code)), TRY(vm.str_string(message))));
    return Value();
}

Result<Value> exception_str(VM& vm, Value const* args, std::size_t, Tuple*) {
    Exception* exc = as<Exception>(args[0]);
    if (exc->type->is_subtype_of(vm.types.OSError)) {
        Value s = TRY(os_error_str(vm, exc));
        if (!s.is_null()) return s;
    }
    Tuple* a = exc->args.get();
    if (!a || a->size == 0)
        return Value::borrowed(vm.empty_str.get());
    if (a->size == 1) {
        // CPython: KeyError_str shows the repr of a lone key
        if (exc->type->is_subtype_of(vm.types.KeyError))
            return vm.repr(a->items[0]);
        return vm.str(a->items[0]);
    }
    return vm.str(exc->args.value());
}

Result<Value> exception_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Exception* exc = as<Exception>(args[0]);
    std::string out(exc->type->name->view());
    Tuple* a = exc->args.get();
    if (a && a->size == 1) {
        out += "(";
        out += TRY(vm.repr_string(a->items[0]));
        out += ")";
    } else if (a && a->size > 1) {
        out += TRY(vm.repr_string(exc->args.value()));
    } else {
        out += "()";
    }
    return vm.new_str(out);
}

// e.add_note(note): appends to e.__notes__, made on first use (CPython: BaseException_add_note)
Result<Value> exception_add_note(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!args[1].is_object() || vm.type_of(args[1])->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "note must be a str, not '{}'", vm.type_of(args[1])->name->view());
    Str* name = vm.intern("__notes__");
    Value notes = TRY(vm.getattr_opt(args[0], name));
    if (notes.is_null()) {
        notes = vm.new_list().take_value();
        TRY(vm.setattr(args[0], name, notes));
    }
    if (vm.type_of(notes)->layout != Layout::List)
        return vm.raise(vm.types.TypeError, "Cannot add note: __notes__ is not a list");
    as<List>(notes)->items.push_back(args[1]);
    return Value::none();
}

// e.__setstate__(state): a dict's items become attributes (CPython: BaseException_setstate, for unpickling)
Result<Value> exception_setstate(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (args[1].is_none()) return Value::none();
    if (layout_of(args[1]) != Layout::Dict) return vm.raise(vm.types.TypeError, "state is not a dictionary");
    std::vector<std::pair<Value, Value>> items;
    for (auto const& e : as<Dict>(args[1])->table.entries())
        if (!e.key.is_null()) items.emplace_back(e.key, e.value);
    for (auto& [k, v] : items) {
        if (layout_of(k) != Layout::Str)
            return vm.raise(vm.types.TypeError, "attribute name must be string, not '{}'", vm.type_of(k)->name->view());
        TRY(vm.setattr(args[0], vm.intern(as<Str>(k)->view()), v));
    }
    return Value::none();
}

Result<Value> exception_with_traceback(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(set_traceback(vm, as<Exception>(args[0]), args[1]));
    return args[0];
}

} // namespace

Result<Value> VM::new_exception(Type* type, Value const* args, std::size_t nargs) {
    Value v = TRY(new_instance(*this, type));
    set_args(*this, as<Exception>(v), args, nargs);
    return v;
}

namespace {

// ---- attributes (TypeSlots::members and friends; CPython: BaseException_getset, BaseException_members)

Value exception_members(VM& vm, Value const& self, Str* name) {
    auto* e = as<Exception>(self);
    Object* o = self.as_object();
    std::string_view n = name->view();
    if (name == vm.names.args) return e->args.value();
    if (n == "__context__") return e->context.is_null() ? Value::none() : e->context;
    if (n == "__cause__") return e->cause.is_null() ? Value::none() : e->cause;
    if (n == "__suppress_context__") return Value::from_bool(e->suppress_context);
    if (n == "__traceback__") return traceback_of(vm, self);
    if (name == vm.names.dunder_dict) {
        if (!e->dict) e->dict = vm.new_dict();
        return e->dict.value();
    }
    if (name == vm.names.value && o->type->is_subtype_of(vm.types.StopIteration)) return e->value;
    if (name == vm.names.code && o->type->is_subtype_of(vm.types.SystemExit)) return e->value;
    // AttributeError.name and .obj, NameError.name: None until set (CPython: AttributeError_members)
    if ((n == "name" || n == "obj") && o->type->is_subtype_of(vm.types.AttributeError)) return Value::none();
    if (n == "name" && o->type->is_subtype_of(vm.types.NameError)) return Value::none();
    return Value();
}

Value exception_own_attribute(Value const& self, Str* name) {
    Dict* d = as<Exception>(self)->dict.get();
    return d ? dict_get_str(d, name) : Value();
}

Dict* exception_instance_dict(VM&, Value const& self) { return as<Exception>(self)->dict.get(); }

Result<void> exception_setattr(VM& vm, Value const& self, Str* name, Value value) {
    Exception* e = as<Exception>(self);
    if (TRY(vm.set_through_descriptor(self, name, value)))
        return {};
    std::string_view n = name->view();
    if (n == "__context__") { e->context = value.is_none() ? Value() : value; return {}; }
    if (n == "__cause__") { e->cause = value.is_none() ? Value() : value; e->suppress_context = true; return {}; }
    if (n == "__suppress_context__") { e->suppress_context = TRY(vm.truthy(value)); return {}; }
    if (n == "__traceback__") return set_traceback(vm, e, value);
    if (name == vm.names.args) {
        Ref<Tuple> t = TRY(vm.to_tuple(value));
        e->args = std::move(t);
        return {};
    }
    if (!e->dict) e->dict = vm.new_dict();
    dict_set_str(vm, e->dict.get(), name, std::move(value));
    return {};
}

} // namespace

void init_exception_types(VM& vm) {
    TypeSlots& e = vm.types.BaseException->slots;
    e.members = exception_members;
    e.own_attribute = exception_own_attribute;
    e.instance_dict = exception_instance_dict;
    e.setattr = exception_setattr;
    vm.types.BaseException->construct = exception_construct;
#define EXC(name, base) vm.types.name->construct = exception_construct;
#include "runtime/exceptions.def"
#undef EXC
    add_methods(vm, vm.types.BaseException, {
        {"__init__", exception_init},
        {"__str__", exception_str},
        {"__repr__", exception_repr},
        {"with_traceback", exception_with_traceback, Args::one()},
        {"add_note", exception_add_note, Args::one()},
        {"__setstate__", exception_setstate, Args::one()},
    });
    add_methods(vm, vm.types.SyntaxError, {{"__str__", syntax_error_str}});
    for (Type* t : {vm.types.UnicodeDecodeError, vm.types.UnicodeEncodeError, vm.types.UnicodeTranslateError})
        add_methods(vm, t, {{"__str__", unicode_error_str}});
}

} // namespace weft::rt
