// The _io module's file objects: what open() returns. A text file (TextIOWrapper) decodes and encodes with the
// codecs of runtime/types/codecs.cpp and reads lines with universal newlines; binary files are BufferedReader,
// BufferedWriter or BufferedRandom. All four are one C++ object over a C stdio stream. CPython: Modules/_io
// (_io_open_impl, textio.c, bufferedio.c, fileio.c); their messages and reprs.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interpreter/text.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/posix/os_error.hpp"

namespace weft::rt {

namespace {

struct File final : NativeObject {
    std::FILE* stream = nullptr;
    Value name;              // the path (or descriptor) open() was given
    std::string mode;        // as open() was given it, for TextIOWrapper's repr
    std::string encoding;    // text files
    std::string errors;
    Value newline;           // text files: None (universal), '', '\n', '\r' or '\r\n'
    bool binary = false;
    bool readable = false;
    bool writable = false;
    bool closefd = true;
    bool pending_cr = false;  // universal newlines: a '\r' ended the last read; a '\n' after it is dropped

    explicit File(Type* t) : NativeObject(t) {}
    ~File() override {
        if (stream)
            std::fclose(stream);
    }
    void traverse(GcVisitor& v) override {
        v.visit(name);
        v.visit(newline);
    }
};

// The module's classes, made once per VM when _io is imported (kept in the module and in open()'s data)
struct IoTypes {
    Type* text = nullptr;
    Type* reader = nullptr;
    Type* writer = nullptr;
    Type* random = nullptr;
    Type* unsupported = nullptr;
};

IoTypes io_types(VM& vm) {
    Value m = vm.modules ? dict_get_str(vm.modules.get(), vm.intern("_io")) : Value();
    IoTypes t;
    if (m.is_null())
        return t;
    Dict* d = as<Module>(m)->dict.get();
    auto get = [&](char const* name) {
        Value v = dict_get_str(d, vm.intern(name));
        return v.is_null() ? nullptr : as<Type>(v);
    };
    t.text = get("TextIOWrapper");
    t.reader = get("BufferedReader");
    t.writer = get("BufferedWriter");
    t.random = get("BufferedRandom");
    t.unsupported = get("UnsupportedOperation");
    return t;
}

File* self_file(Value const* args) { return static_cast<File*>(args[0].as_object()); }

Result<void> check_open(VM& vm, File* f) {
    if (!f->stream)
        return vm.raise(vm.types.ValueError, "I/O operation on closed file.");
    return {};
}

Raised raise_unsupported(VM& vm, char const* what) {
    Type* t = io_types(vm).unsupported;
    return vm.raise(t ? t : vm.types.OSError, "{}", what);
}

Result<void> check_readable(VM& vm, File* f) {
    TRY(check_open(vm, f));
    if (!f->readable)
        return raise_unsupported(vm, f->binary ? "read" : "not readable");
    return {};
}

Result<void> check_writable(VM& vm, File* f) {
    TRY(check_open(vm, f));
    if (!f->writable)
        return raise_unsupported(vm, f->binary ? "write" : "not writable");
    return {};
}

// Reads up to `limit` bytes (all when negative) from the stream
std::string read_raw(File* f, std::int64_t limit) {
    std::string out;
    char buf[65536];
    while (limit < 0 || static_cast<std::int64_t>(out.size()) < limit) {
        std::size_t want = sizeof buf;
        if (limit >= 0)
            want = std::min<std::size_t>(want, static_cast<std::size_t>(limit) - out.size());
        std::size_t got = std::fread(buf, 1, want, f->stream);
        out.append(buf, got);
        if (got < want)
            break;
    }
    return out;
}

// Text read with universal newlines: '\r\n' and '\r' become '\n' (newline=None); a '\r' at the end of a read
// may be the first half of a '\r\n' (CPython: IncrementalNewlineDecoder)
std::string translate_newlines(File* f, std::string data) {
    if (!f->newline.is_none())
        return data;
    std::string out;
    out.reserve(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) {
        char c = data[i];
        if (f->pending_cr) {
            f->pending_cr = false;
            if (c == '\n')
                continue;
        }
        if (c == '\r') {
            out.push_back('\n');
            if (i + 1 < data.size()) {
                if (data[i + 1] == '\n') ++i;
            } else {
                f->pending_cr = true;
            }
            continue;
        }
        out.push_back(c);
    }
    return out;
}

Result<Value> decode_text(VM& vm, File* f, std::string data) {
    std::string text = TRY(decode_bytes(vm, translate_newlines(f, std::move(data)), f->encoding, f->errors));
    return vm.new_str(text);
}

// One line in bytes: up to and including the line end ('\n'; for text with universal newlines also '\r' and
// '\r\n'), at most `limit` bytes when limit >= 0
std::string read_line_raw(File* f, std::int64_t limit) {
    std::string out;
    // newline None or '': lines end at '\n', '\r' or '\r\n' (translated to '\n' only for None)
    bool universal = !f->binary && (f->newline.is_none() || as<Str>(f->newline)->length == 0);
    std::string_view terminator = f->binary || universal ? "\n" : std::string_view(as<Str>(f->newline)->view());
    if (!f->binary && !universal && terminator.empty())
        terminator = "\n";
    int c;
    while ((limit < 0 || static_cast<std::int64_t>(out.size()) < limit) && (c = std::fgetc(f->stream)) != EOF) {
        if (f->pending_cr) {
            f->pending_cr = false;
            if (c == '\n')
                continue;
        }
        out.push_back(static_cast<char>(c));
        if (universal && c == '\r') {
            int next = std::fgetc(f->stream);
            if (next == '\n')
                out.push_back('\n');
            else if (next != EOF)
                std::ungetc(next, f->stream);
            break;
        }
        if (out.size() >= terminator.size() && std::string_view(out).ends_with(terminator))
            break;
    }
    return out;
}

// ---- methods

Result<Value> file_read(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    std::int64_t size = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1])) : -1;
    if (f->binary)
        return make_bytes(vm, read_raw(f, size));
    if (size < 0)
        return decode_text(vm, f, read_raw(f, -1));
    // size characters: read bytes until that many code points are complete
    std::string data;
    std::int64_t chars = 0;
    int c;
    while (chars < size && (c = std::fgetc(f->stream)) != EOF) {
        data.push_back(static_cast<char>(c));
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            // a new code point starts: count it once its continuation bytes are read
            int need = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
            for (int k = 0; k < need; ++k) {
                int d = std::fgetc(f->stream);
                if (d == EOF) break;
                data.push_back(static_cast<char>(d));
            }
            if (c == '\r' && f->newline.is_none()) {
                int d = std::fgetc(f->stream);
                if (d == '\n') data.push_back('\n');
                else if (d != EOF) std::ungetc(d, f->stream);
            }
            ++chars;
        }
    }
    return decode_text(vm, f, std::move(data));
}

Result<Value> file_readline(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    std::int64_t limit = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1])) : -1;
    std::string line = read_line_raw(f, limit);
    if (f->binary)
        return make_bytes(vm, std::move(line));
    return decode_text(vm, f, std::move(line));
}

Result<Value> file_readlines(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    std::int64_t hint = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1])) : -1;
    auto list = vm.new_list();
    std::int64_t total = 0;
    for (;;) {
        std::string line = read_line_raw(f, -1);
        if (line.empty())
            break;
        total += static_cast<std::int64_t>(line.size());
        list->items.push_back(f->binary ? make_bytes(vm, std::move(line)) : TRY(decode_text(vm, f, std::move(line))));
        if (hint > 0 && total >= hint)
            break;
    }
    return list.take_value();
}

Result<Value> file_write(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_writable(vm, f));
    std::string data;
    std::int64_t written;
    if (f->binary) {
        std::string_view view;
        if (!bytes_like(vm, args[1], view))
            return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(args[1])->name->view());
        data = std::string(view);
        written = static_cast<std::int64_t>(data.size());
    } else {
        if (!args[1].is_object() || vm.type_of(args[1])->layout != Layout::Str)
            return vm.raise(vm.types.TypeError, "write() argument must be str, not {}", vm.type_of(args[1])->name->view());
        Str* s = as<Str>(args[1]);
        written = s->char_count;
        std::string text(s->view());
        if (f->newline.is_object() && !as<Str>(f->newline)->view().empty() && as<Str>(f->newline)->view() != "\n") {
            std::string translated;
            for (char c : text) {
                if (c == '\n') translated += as<Str>(f->newline)->view();
                else translated.push_back(c);
            }
            text = std::move(translated);
        }
        data = TRY(encode_text(vm, text, f->encoding, f->errors));
    }
    if (std::fwrite(data.data(), 1, data.size(), f->stream) != data.size())
        return raise_os_error(vm, errno, Value());
    return Value::from_int(written);
}

Result<Value> file_writelines(VM& vm, Value const* args, std::size_t, Tuple*) {
    ValueVector lines = TRY(vm.to_vector(args[1]));
    for (Value const& line : lines) {
        Value call_args[2] = {args[0], line};
        TRY(file_write(vm, call_args, 2, nullptr));
    }
    return Value::none();
}

Result<Value> file_flush(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    std::fflush(f->stream);
    return Value::none();
}

Result<Value> file_close(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    if (f->stream) {
        std::FILE* s = f->stream;
        f->stream = nullptr;
        if (!f->closefd) {
            std::fflush(s);
        } else if (std::fclose(s) != 0) {
            return raise_os_error(vm, errno, Value());
        }
    }
    return Value::none();
}

Result<Value> file_seek(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    std::int64_t offset = TRY(vm.index_value(args[1]));
    std::int64_t whence = nargs > 2 ? TRY(vm.index_value(args[2])) : 0;
    if (whence < 0 || whence > 2)
        return vm.raise(vm.types.ValueError, "invalid whence ({}, should be 0, 1 or 2)", whence);
    if (!f->binary && whence != 0 && offset != 0)
        return raise_unsupported(vm, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (std::fseek(f->stream, offset, static_cast<int>(whence)) != 0)
        return raise_os_error(vm, errno, Value());
    f->pending_cr = false;
    return Value::from_int(std::ftell(f->stream));
}

Result<Value> file_tell(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    return Value::from_int(std::ftell(f->stream));
}

Result<Value> file_truncate(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_writable(vm, f));
    std::fflush(f->stream);
    std::int64_t size = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1])) : std::ftell(f->stream);
    if (::ftruncate(::fileno(f->stream), size) != 0)
        return raise_os_error(vm, errno, Value());
    return Value::from_int(size);
}

Result<Value> file_fileno(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    return Value::from_int(::fileno(f->stream));
}

Result<Value> file_isatty(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    return Value::from_bool(::isatty(::fileno(f->stream)));
}

Result<Value> file_readable(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_open(vm, self_file(args)));
    return Value::from_bool(self_file(args)->readable);
}
Result<Value> file_writable(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_open(vm, self_file(args)));
    return Value::from_bool(self_file(args)->writable);
}
Result<Value> file_seekable(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_open(vm, self_file(args)));
    return Value::from_bool(std::ftell(self_file(args)->stream) >= 0);
}

Result<Value> file_enter(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_open(vm, self_file(args)));
    return args[0];
}

Result<Value> file_exit(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(file_close(vm, args, 1, nullptr));
    return Value::none();
}

Result<Value> file_iter(VM& vm, Value const& self) {
    TRY(check_open(vm, static_cast<File*>(self.as_object())));
    return self;
}

Result<Value> file_next(VM& vm, Value const& self, Value&) {
    File* f = static_cast<File*>(self.as_object());
    TRY(check_readable(vm, f));
    std::string line = read_line_raw(f, -1);
    if (line.empty())
        return Value();
    if (f->binary)
        return make_bytes(vm, std::move(line));
    return decode_text(vm, f, std::move(line));
}

// <_io.TextIOWrapper name='f.txt' mode='r' encoding='UTF-8'>, <_io.BufferedReader name='f.bin'>
Result<Value> file_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    std::string out = "<_io.";
    out += f->type->name->view();
    out += " name=" + TRY(vm.repr_string(f->name));
    if (!f->binary) {
        out += " mode=" + text::repr(f->mode);
        std::string enc = f->encoding;
        if (enc == "utf-8") enc = "UTF-8";
        out += " encoding=" + text::repr(enc);
    }
    return vm.new_str(out + ">");
}

// f.name, f.mode, f.closed, f.encoding, f.errors, f.newlines, f.buffer-less attributes
Value file_members(VM& vm, Value const& self, Str* name) {
    File* f = static_cast<File*>(self.as_object());
    std::string_view n = name->view();
    if (n == "name") return f->name;
    if (n == "closed") return Value::from_bool(f->stream == nullptr);
    if (n == "mode") {
        if (!f->binary) return vm.new_str(f->mode);
        // FileIO's mode: an updating file is 'rb+' unless it was created ('xb+') or appended to ('ab+')
        std::string m = f->readable && f->writable ? (f->mode.find('x') != std::string::npos   ? "xb+"
                                                      : f->mode.find('a') != std::string::npos ? "ab+"
                                                                                               : "rb+")
                        : f->readable           ? "rb"
                        : f->mode.find('a') != std::string::npos ? "ab"
                        : f->mode.find('x') != std::string::npos ? "xb"
                                                                  : "wb";
        return vm.new_str(m);
    }
    if (!f->binary && n == "encoding") return vm.new_str(f->encoding == "utf-8" ? "UTF-8" : f->encoding);
    if (!f->binary && n == "errors") return vm.new_str(f->errors);
    if (!f->binary && n == "line_buffering") return Value::from_bool(false);
    return Value();
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
// (CPython: _io_open_impl)
Result<Value> io_open(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[8];
    TRY(parse_args(vm, "open", args, nargs, kwnames,
                   {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "open() missing required argument 'file' (pos 1)");
    Value file = fields[0];
    std::string mode = "r";
    if (!fields[1].is_null()) {
        if (!fields[1].is_object() || vm.type_of(fields[1])->layout != Layout::Str)
            return vm.raise(vm.types.TypeError, "open() argument 'mode' must be str, not {}", vm.type_of(fields[1])->name->view());
        mode = std::string(as<Str>(fields[1])->view());
    }
    // the mode: one of r w x a, optionally + and b or t (CPython: _io_open_impl's checks)
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
    for (char c : mode) {
        int* flag = c == 'x' ? &creating : c == 'r' ? &reading : c == 'w' ? &writing : c == 'a' ? &appending
                  : c == '+' ? &updating : c == 't' ? &text : c == 'b' ? &binary : nullptr;
        if (!flag || *flag)
            return vm.raise(vm.types.ValueError, "invalid mode: '{}'", mode);
        *flag = 1;
    }
    if (text && binary)
        return vm.raise(vm.types.ValueError, "can't have text and binary mode at once");
    if (creating + reading + writing + appending > 1)
        return vm.raise(vm.types.ValueError, "must have exactly one of create/read/write/append mode");
    auto given = [](Value const& v) { return !v.is_null() && !v.is_none(); };
    if (binary && given(fields[3]))
        return vm.raise(vm.types.ValueError, "binary mode doesn't take an encoding argument");
    if (binary && given(fields[4]))
        return vm.raise(vm.types.ValueError, "binary mode doesn't take an errors argument");
    if (binary && given(fields[5]))
        return vm.raise(vm.types.ValueError, "binary mode doesn't take a newline argument");
    if (creating + reading + writing + appending == 0)  // CPython: FileIO's own check
        return vm.raise(vm.types.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    Value newline = Value::none();
    if (given(fields[5])) {
        if (!fields[5].is_object() || vm.type_of(fields[5])->layout != Layout::Str)
            return vm.raise(vm.types.TypeError, "open() argument 'newline' must be str or None, not {}",
                            vm.type_of(fields[5])->name->view());
        std::string_view nl = as<Str>(fields[5])->view();
        if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
            return vm.raise(vm.types.ValueError, "illegal newline value: {}", nl);
        newline = fields[5];
    }
    std::string encoding = given(fields[3]) ? TRY(vm.str_string(fields[3])) : "utf-8";
    std::string errors = given(fields[4]) ? TRY(vm.str_string(fields[4])) : "strict";
    if (!binary) {
        // an unknown encoding fails before the file is opened, as CPython's lookup does
        TRY(encode_text(vm, "", encoding, errors));
    }
    bool closefd = !given(fields[6]) || TRY(vm.truthy(fields[6]));
    int flags = (reading && !updating) ? O_RDONLY : (!reading && !updating && !appending) || (creating && !updating) ? O_WRONLY : O_RDWR;
    if (appending && !updating) flags = O_WRONLY;
    if (writing) flags |= O_CREAT | O_TRUNC;
    if (appending) flags |= O_CREAT | O_APPEND;
    if (creating) flags |= O_CREAT | O_EXCL;
    flags |= O_CLOEXEC;
    int fd;
    if (file.is_int()) {
        fd = static_cast<int>(file.as_int());
    } else {
        file = TRY(fspath(vm, file));
        fields[0] = file;  // an error names the path itself (CPython: the FileIO's name)
        std::string path = vm.type_of(file)->layout == Layout::Str ? std::string(as<Str>(file)->view())
                                                                   : std::string(as<Bytes>(file)->view());
        if (path.find('\0') != std::string::npos)
            return vm.raise(vm.types.ValueError, "embedded null byte");
        if (given(fields[7])) {
            // opener(path, flags) gives the descriptor
            Value opener_args[2] = {fields[0], Value::from_int(flags)};
            Value opened = TRY(vm.call(fields[7], opener_args, 2));
            if (!opened.is_int())
                return vm.raise(vm.types.TypeError, "expected integer from opener");
            fd = static_cast<int>(opened.as_int());
            if (fd < 0)
                return vm.raise(vm.types.ValueError, "opener returned {}", fd);
        } else {
            fd = ::open(path.c_str(), flags, 0666);
        }
        if (fd < 0)
            return raise_os_error(vm, errno, fields[0]);
        struct stat st;
        if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            ::close(fd);
            return raise_os_error(vm, EISDIR, fields[0]);
        }
    }
    char const* stdio_mode = (reading && !updating) ? "rb" : appending ? (updating ? "a+b" : "ab") : updating ? "r+b" : "wb";
    std::FILE* stream = ::fdopen(fd, stdio_mode);
    if (!stream) {
        int code = errno;
        if (!file.is_int()) ::close(fd);
        return raise_os_error(vm, code, fields[0]);
    }
    IoTypes types = io_types(vm);
    Type* type = !binary ? types.text : updating ? types.random : reading ? types.reader : types.writer;
    auto f = make<File>(type);
    f->stream = stream;
    f->name = fields[0];
    f->mode = mode;
    f->encoding = encoding;
    f->errors = errors;
    f->newline = newline;
    f->binary = binary;
    f->readable = reading || updating;
    f->writable = writing || appending || creating || updating;
    f->closefd = closefd;
    vm.gc().track(f.get());
    return f.take_value();
}

} // namespace

Result<void> init__io_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    // io.UnsupportedOperation derives from OSError and ValueError
    auto bases = vm.new_tuple(2);
    bases->items[0] = Value::borrowed(vm.types.OSError);
    bases->items[1] = Value::borrowed(vm.types.ValueError);
    Ref<Dict> ns = vm.new_dict();
    dict_set_str(vm, ns.get(), vm.names.dunder_module, vm.new_str("io"));
    Value unsupported = TRY(create_class(vm, vm.types.type, vm.intern("UnsupportedOperation"), bases.get(), ns.get()));
    dict_set_str(vm, d, vm.intern("UnsupportedOperation"), unsupported);
    for (char const* name : {"TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom"}) {
        Type* t = make_builtin_type(vm, name, vm.types.object, Layout::Native);
        t->module_name = "_io";
        t->subclassable = false;
        t->slots.members = file_members;
        t->slots.iter = file_iter;
        t->slots.next = file_next;
        add_methods(vm, t, {
            {"read", file_read, Args::positional(0, 1)}, {"readline", file_readline, Args::positional(0, 1)},
            {"readlines", file_readlines, Args::positional(0, 1)}, {"write", file_write, Args::one()},
            {"writelines", file_writelines, Args::one()}, {"flush", file_flush, Args::none()},
            {"close", file_close, Args::none()}, {"seek", file_seek, Args::positional(1, 2)},
            {"tell", file_tell, Args::none()}, {"truncate", file_truncate, Args::positional(0, 1)},
            {"fileno", file_fileno, Args::none()}, {"isatty", file_isatty, Args::none()},
            {"readable", file_readable, Args::none()}, {"writable", file_writable, Args::none()},
            {"seekable", file_seekable, Args::none()}, {"__enter__", file_enter, Args::none()},
            {"__exit__", file_exit}, {"__repr__", file_repr, Args::none()},
        });
        dict_set_str(vm, d, vm.intern(name), Value::borrowed(t));
    }
    add_function(vm, d, "open", io_open);
    return {};
}

// builtins.open: _io.open, the module imported on first use (so start-up makes no file classes)
Result<Value> builtin_open(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(vm.import_module(vm.intern("_io")));
    return io_open(vm, args, nargs, kwnames);
}

} // namespace weft::rt
