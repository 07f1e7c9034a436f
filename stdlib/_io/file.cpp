// The _io module's file objects: what open() returns, in CPython's three layers. FileIO is the raw layer (system
// calls on a descriptor); BufferedReader, BufferedWriter and BufferedRandom buffer it; TextIOWrapper decodes and
// encodes with the codecs of runtime/types/codecs.cpp and reads lines with universal newlines. The layers of one
// open file share a C stdio stream (a Channel) that buffers for the two upper ones; `f.buffer` and `f.buffer.raw`
// are views over the same channel, made on first use. A buffered or text layer built over a Python object
// (TextIOWrapper(BytesIO()), BufferedReader(a RawIOBase subclass)) gets a stdio stream whose reads, writes and
// seeks call that object's methods (glibc's fopencookie). CPython: Modules/_io (_io_open_impl, fileio.c,
// bufferedio.c, textio.c); their messages and reprs.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <stdio_ext.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interpreter/text.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/range_slice.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/posix/os_error.hpp"

namespace weft::rt {

namespace {

constexpr std::int64_t default_buffer_size = 8192;  // io.DEFAULT_BUFFER_SIZE

enum class Layer : std::uint8_t { Raw, Buffered, Text };

// What the layers of one open file share: the stdio stream, over a descriptor or over a Python object's methods
struct Channel {
    std::FILE* stream = nullptr;  // null once closed
    int fd = -1;                  // the descriptor fileno() gives (the stream may be over a duplicate), or -1
    // A stream over a Python object: the VM and the object whose read/write/seek it calls (the File that made
    // the channel holds the reference)
    VM* vm = nullptr;
    Object* target = nullptr;
    bool failed = false;    // a method of the object raised: the exception is in the VM
    bool detached = false;  // the stream is being freed without a VM to call: its unwritten bytes are dropped
    enum class Op : std::uint8_t { None, Read, Write };
    Op last = Op::None;     // C streams must be repositioned between reading and writing

    ~Channel() {
        detached = true;
        if (stream)
            std::fclose(stream);
    }
};

// The callbacks of a stream over a Python object (fopencookie). A method that raises leaves its exception in the
// VM and fails the stdio call; the File operation that made it returns the exception (stream_failure).
ssize_t cookie_read(void* cookie, char* buf, std::size_t size) {
    auto* ch = static_cast<Channel*>(cookie);
    if (ch->detached)
        return 0;
    VM& vm = *ch->vm;
    Value n = Value::from_int(static_cast<std::int64_t>(size));
    Result<Value> got = vm.call_method(Value::borrowed(ch->target), vm.intern("read"), &n, 1);
    std::string_view data;
    if (!got.is_error() && got.value().is_none())
        return 0;
    if (!got.is_error() && !bytes_like(vm, got.value(), data)) {
        (void)vm.raise(vm.types.TypeError, "underlying read() should have returned a bytes-like object, not '{}'",
                       vm.type_of(got.value())->name->view());
        got = Raised{};
    }
    if (!got.is_error() && data.size() > size) {
        // CPython: _bufferedreader_raw_read's check
        (void)vm.raise(vm.types.OSError, "raw readinto() returned invalid length {} (should have been between 0 and {})",
                       data.size(), size);
        got = Raised{};
    }
    if (got.is_error()) {
        ch->failed = true;
        errno = EIO;
        return -1;
    }
    std::memcpy(buf, data.data(), data.size());
    return static_cast<ssize_t>(data.size());
}

ssize_t cookie_write(void* cookie, char const* buf, std::size_t size) {
    auto* ch = static_cast<Channel*>(cookie);
    if (ch->detached)
        return static_cast<ssize_t>(size);
    VM& vm = *ch->vm;
    Value data = make_bytes(vm, std::string(buf, size));
    Result<Value> wrote = vm.call_method(Value::borrowed(ch->target), vm.intern("write"), &data, 1);
    if (wrote.is_error()) {
        ch->failed = true;
        errno = EIO;
        return -1;
    }
    Value n = wrote.value();
    return n.is_int() && n.as_int() >= 0 && static_cast<std::size_t>(n.as_int()) <= size ? static_cast<ssize_t>(n.as_int())
                                                                                        : static_cast<ssize_t>(size);
}

int cookie_seek(void* cookie, off64_t* offset, int whence) {
    auto* ch = static_cast<Channel*>(cookie);
    if (ch->detached)
        return -1;
    VM& vm = *ch->vm;
    Value args[2] = {Value::from_int(*offset), Value::from_int(whence)};
    Result<Value> at = vm.call_method(Value::borrowed(ch->target), vm.intern("seek"), args, 2);
    if (!at.is_error() && !at.value().is_int()) {
        (void)vm.raise(vm.types.TypeError, "an integer is required");
        at = Raised{};
    }
    if (at.is_error()) {
        ch->failed = true;
        errno = EIO;
        return -1;
    }
    *offset = at.value().as_int();
    return 0;
}

int cookie_close(void*) { return 0; }  // the object is closed by the File's close(), which may raise

struct File final : NativeObject {
    std::shared_ptr<Channel> channel;
    // The layer under this one: a text file's buffer, a buffered file's raw file (made on first use when they
    // share a descriptor), or the Python object a wrapper was built over
    Value lower;
    Value name;              // null: the wrapper's object has no name
    std::string mode;        // text files from open(): the mode as given
    std::string encoding;    // text files: as shown ('UTF-8' for the locale's), a codec name
    std::string errors;
    Value newline;           // text files: None (universal), '', '\n', '\r' or '\r\n'
    Layer layer = Layer::Buffered;
    bool readable = false;
    bool writable = false;
    bool closefd = true;
    bool created = false;    // FileIO's mode: opened with 'x'
    bool appending = false;  //               or 'a'
    bool line_buffering = false;
    bool write_through = false;
    bool detached = false;    // detach() gave the layer below away
    bool pending_cr = false;  // universal newlines: a '\r' ended the last read; a '\n' after it is dropped
    // A text file's encoded writes not yet handed to the stream, as CPython's TextIOWrapper keeps them (up to a
    // chunk): what is written to the buffer below in between comes first
    std::string pending;

    explicit File(Type* t) : NativeObject(t) {}
    ~File() override {
        // a file dropped unclosed: its text reaches a descriptor's stream (a program's object cannot be called now)
        if (!pending.empty() && channel && channel->stream && !channel->vm)
            std::fwrite(pending.data(), 1, pending.size(), channel->stream);
    }
    void traverse(GcVisitor& v) override {
        v.visit(lower);
        v.visit(name);
        v.visit(newline);
    }
    bool binary() const { return layer != Layer::Text; }
    std::FILE* stream() const { return channel ? channel->stream : nullptr; }
};

// The module's classes, made once per VM when _io is imported (kept in the module and in open()'s data)
struct IoTypes {
    Type* file_io = nullptr;
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
    t.file_io = get("FileIO");
    t.text = get("TextIOWrapper");
    t.reader = get("BufferedReader");
    t.writer = get("BufferedWriter");
    t.random = get("BufferedRandom");
    t.unsupported = get("UnsupportedOperation");
    return t;
}

bool is_file(VM& vm, Value const& v) {
    if (!v.is_object())
        return false;
    IoTypes t = io_types(vm);
    Type* type = vm.type_of(v);
    return type == t.file_io || type == t.text || type == t.reader || type == t.writer || type == t.random;
}

File* self_file(Value const* args) { return static_cast<File*>(args[0].as_object()); }

Result<void> check_open(VM& vm, File* f) {
    if (f->detached)
        return vm.raise(vm.types.ValueError, f->binary() ? "raw stream has been detached" : "underlying buffer has been detached");
    if (!f->stream())
        return vm.raise(vm.types.ValueError, "I/O operation on closed file.");
    return {};
}

Raised raise_unsupported(VM& vm, char const* what) {
    Type* t = io_types(vm).unsupported;
    return vm.raise(t ? t : vm.types.OSError, "{}", what);
}

// A stdio call failed: the exception a method of the wrapped object raised, or the OSError of errno
Raised stream_failure(VM& vm, File* f) {
    int code = errno;
    Channel* ch = f->channel.get();
    if (ch && ch->stream)
        std::clearerr(ch->stream);
    if (ch && ch->failed) {
        ch->failed = false;
        return Raised{};
    }
    return raise_os_error(vm, code, Value());
}

// Before the stream writes after reading: a repositioning, as C streams need. A text file's write lands after
// what its reads took in ahead (CPython's text layer reads the buffer in chunks, and writes after the chunk).
void switch_to_write(File* f) {
    Channel* ch = f->channel.get();
    if (ch->last == Channel::Op::Read) {
        std::FILE* s = ch->stream;
        long ahead = f->layer == Layer::Text ? static_cast<long>(s->_IO_read_end - s->_IO_read_ptr) : 0;
        std::fseek(s, ahead, SEEK_CUR);
        f->pending_cr = false;
    }
    ch->last = Channel::Op::Write;
}

void switch_to_read(File* f) {
    Channel* ch = f->channel.get();
    if (ch->last == Channel::Op::Write)
        std::fseek(ch->stream, 0, SEEK_CUR);
    ch->last = Channel::Op::Read;
}

// Hands a text file's pending writes to the stream (CPython: _textiowrapper_writeflush)
Result<void> write_pending(VM& vm, File* f) {
    if (f->pending.empty())
        return {};
    std::string data = std::move(f->pending);
    f->pending.clear();
    switch_to_write(f);
    if (std::fwrite(data.data(), 1, data.size(), f->stream()) != data.size())
        return stream_failure(vm, f);
    return {};
}

Result<void> check_readable(VM& vm, File* f) {
    TRY(check_open(vm, f));
    if (!f->readable)
        return raise_unsupported(vm, f->layer == Layer::Raw ? "File not open for reading" : f->binary() ? "read" : "not readable");
    TRY(write_pending(vm, f));
    if (f->layer != Layer::Raw)
        switch_to_read(f);
    return {};
}

Result<void> check_writable(VM& vm, File* f) {
    TRY(check_open(vm, f));
    if (!f->writable)
        return raise_unsupported(vm, f->layer == Layer::Raw ? "File not open for writing" : f->binary() ? "write" : "not writable");
    return {};
}

// After a stdio read: whether it stopped on an error rather than at the end
Result<void> check_read_error(VM& vm, File* f) {
    if (f->stream() && std::ferror(f->stream()))
        return stream_failure(vm, f);
    return {};
}

// Reads up to `limit` bytes (all when negative) from the stream
Result<std::string> read_raw(VM& vm, File* f, std::int64_t limit) {
    std::string out;
    char buf[65536];
    while (limit < 0 || static_cast<std::int64_t>(out.size()) < limit) {
        std::size_t want = sizeof buf;
        if (limit >= 0)
            want = std::min<std::size_t>(want, static_cast<std::size_t>(limit) - out.size());
        std::size_t got = std::fread(buf, 1, want, f->stream());
        out.append(buf, got);
        if (got < want)
            break;
    }
    TRY(check_read_error(vm, f));
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

// Whether each character of the encoding is one byte (read(n) then counts bytes, not UTF-8 sequences)
bool single_byte_encoding(std::string_view encoding) {
    std::string n;
    for (char c : encoding)
        if (c != '-' && c != '_' && c != ' ') n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (std::string_view name : {"latin1", "latin", "l1", "iso88591", "iso885915", "ascii", "usascii", "cp1252", "windows1252", "cp437"})
        if (n == name) return true;
    return false;
}

// One line in bytes: up to and including the line end ('\n'; for text with universal newlines also '\r' and
// '\r\n'), at most `limit` bytes when limit >= 0
Result<std::string> read_line_raw(VM& vm, File* f, std::int64_t limit) {
    std::string out;
    std::FILE* s = f->stream();
    // newline None or '': lines end at '\n', '\r' or '\r\n' (translated to '\n' only for None)
    bool universal = !f->binary() && (f->newline.is_none() || as<Str>(f->newline)->length == 0);
    std::string_view terminator = f->binary() || universal ? "\n" : std::string_view(as<Str>(f->newline)->view());
    if (!f->binary() && !universal && terminator.empty())
        terminator = "\n";
    int c;
    while ((limit < 0 || static_cast<std::int64_t>(out.size()) < limit) && (c = std::fgetc(s)) != EOF) {
        if (f->pending_cr) {
            f->pending_cr = false;
            if (c == '\n')
                continue;
        }
        out.push_back(static_cast<char>(c));
        if (universal && c == '\r') {
            int next = std::fgetc(s);
            if (next == '\n')
                out.push_back('\n');
            else if (next != EOF)
                std::ungetc(next, s);
            break;
        }
        if (out.size() >= terminator.size() && std::string_view(out).ends_with(terminator))
            break;
    }
    TRY(check_read_error(vm, f));
    return out;
}

// ---- the raw layer: one system call each (CPython: fileio.c)

// FileIO.read(size): at most size bytes from one read(2); None when a non-blocking descriptor has none
Result<Value> raw_read(VM& vm, File* f, std::int64_t size) {
    int fd = f->channel->fd;
    std::string out;
    if (size < 0) {
        char buf[65536];
        for (;;) {
            ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR && !vm.interrupt_pending())
                continue;
            if (n < 0) {
                if (errno == EAGAIN && !out.empty()) break;
                return errno == EAGAIN ? Result<Value>(Value::none()) : Result<Value>(raise_os_error(vm, errno, Value()));
            }
            if (n == 0) break;
            out.append(buf, static_cast<std::size_t>(n));
        }
        return make_bytes(vm, std::move(out));
    }
    out.resize(static_cast<std::size_t>(std::min<std::int64_t>(size, 1 << 30)));
    for (;;) {
        ssize_t n = ::read(fd, out.data(), out.size());
        if (n < 0 && errno == EINTR && !vm.interrupt_pending())
            continue;
        if (n < 0)
            return errno == EAGAIN ? Result<Value>(Value::none()) : Result<Value>(raise_os_error(vm, errno, Value()));
        out.resize(static_cast<std::size_t>(n));
        return make_bytes(vm, std::move(out));
    }
}

Result<Value> raw_write(VM& vm, File* f, std::string_view data) {
    for (;;) {
        ssize_t n = ::write(f->channel->fd, data.data(), data.size());
        if (n < 0 && errno == EINTR && !vm.interrupt_pending())
            continue;
        if (n < 0)
            return errno == EAGAIN ? Result<Value>(Value::none()) : Result<Value>(raise_os_error(vm, errno, Value()));
        return Value::from_int(n);
    }
}

// ---- methods

Result<Value> file_read(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    std::int64_t size = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1])) : -1;
    if (f->layer == Layer::Raw)
        return raw_read(vm, f, size);
    if (f->binary())
        return make_bytes(vm, TRY(read_raw(vm, f, size)));
    if (size < 0 || single_byte_encoding(f->encoding)) {
        std::string data = TRY(read_raw(vm, f, size));
        if (size >= 0 && f->newline.is_none() && !data.empty() && data.back() == '\r') {
            int d = std::fgetc(f->stream());
            if (d == '\n') data.push_back('\n');
            else if (d != EOF) std::ungetc(d, f->stream());
        }
        return decode_text(vm, f, std::move(data));
    }
    // size characters: read bytes until that many code points are complete
    std::string data;
    std::int64_t chars = 0;
    int c;
    std::FILE* s = f->stream();
    while (chars < size && (c = std::fgetc(s)) != EOF) {
        data.push_back(static_cast<char>(c));
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            // a new code point starts: count it once its continuation bytes are read
            int need = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
            for (int k = 0; k < need; ++k) {
                int d = std::fgetc(s);
                if (d == EOF) break;
                data.push_back(static_cast<char>(d));
            }
            if (c == '\r' && f->newline.is_none()) {
                int d = std::fgetc(s);
                if (d == '\n') data.push_back('\n');
                else if (d != EOF) std::ungetc(d, s);
            }
            ++chars;
        }
    }
    TRY(check_read_error(vm, f));
    return decode_text(vm, f, std::move(data));
}

// The bytes the read buffer holds, after filling it if it is empty (glibc's FILE fields)
std::string_view buffered_bytes(std::FILE* s) {
    if (s->_IO_read_ptr >= s->_IO_read_end) {
        int c = std::fgetc(s);
        if (c == EOF)
            return {};
        std::ungetc(c, s);
    }
    return std::string_view(s->_IO_read_ptr, static_cast<std::size_t>(s->_IO_read_end - s->_IO_read_ptr));
}

// BufferedReader.peek(size=0): what the buffer holds, read ahead if empty, without moving
Result<Value> file_peek(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    std::string_view held = buffered_bytes(f->stream());
    TRY(check_read_error(vm, f));
    return make_bytes(vm, std::string(held));
}

// read1(size=-1): at most one read below the buffer (CPython: _io__Buffered_read1_impl)
Result<Value> file_read1(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    std::int64_t size = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1])) : -1;
    if (size == 0)
        return make_bytes(vm, std::string());
    std::string_view held = buffered_bytes(f->stream());
    TRY(check_read_error(vm, f));
    std::size_t n = size < 0 ? held.size() : std::min<std::size_t>(held.size(), static_cast<std::size_t>(size));
    std::string out(held.substr(0, n));
    std::fread(out.data(), 1, n, f->stream());  // moves past what was taken
    return make_bytes(vm, std::move(out));
}

// readinto(b): fills a bytearray or memoryview, gives the count
Result<Value> file_readinto(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    std::int64_t room = TRY(vm.len(args[1]));
    Value data;
    if (f->layer == Layer::Raw) {
        data = TRY(raw_read(vm, f, room));
        if (data.is_none())
            return data;
    } else {
        data = make_bytes(vm, TRY(read_raw(vm, f, room)));
    }
    std::int64_t n = TRY(vm.len(data));
    TRY(vm.setitem(args[1], make_slice(vm, Value::from_int(0), Value::from_int(n), Value::none()), data));
    return Value::from_int(n);
}

Result<Value> file_readall(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    return raw_read(vm, f, -1);
}

Result<Value> file_readline(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    std::int64_t limit = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1])) : -1;
    if (f->layer == Layer::Raw) {
        // IOBase.readline over read(1)
        std::string line;
        char c;
        while ((limit < 0 || static_cast<std::int64_t>(line.size()) < limit)) {
            ssize_t n = ::read(f->channel->fd, &c, 1);
            if (n < 0 && errno == EINTR && !vm.interrupt_pending()) continue;
            if (n < 0) return raise_os_error(vm, errno, Value());
            if (n == 0) break;
            line.push_back(c);
            if (c == '\n') break;
        }
        return make_bytes(vm, std::move(line));
    }
    std::string line = TRY(read_line_raw(vm, f, limit));
    if (f->binary())
        return make_bytes(vm, std::move(line));
    return decode_text(vm, f, std::move(line));
}

Result<Value> file_next(VM& vm, Value const& self, Value&);

Result<Value> file_readlines(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_readable(vm, f));
    std::int64_t hint = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1])) : -1;
    auto list = vm.new_list();
    std::int64_t total = 0;
    for (;;) {
        Value stop;
        Value line = TRY(file_next(vm, args[0], stop));
        if (line.is_null())
            break;
        total += TRY(vm.len(line));
        list->items.push_back(std::move(line));
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
    bool flush = f->write_through;
    if (f->binary()) {
        std::string_view view;
        if (!bytes_like(vm, args[1], view))
            return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(args[1])->name->view());
        if (f->layer == Layer::Raw)
            return raw_write(vm, f, view);
        data = std::string(view);
        written = static_cast<std::int64_t>(data.size());
    } else {
        if (!args[1].is_object() || vm.type_of(args[1])->layout != Layout::Str)
            return vm.raise(vm.types.TypeError, "write() argument must be str, not {}", vm.type_of(args[1])->name->view());
        Str* s = as<Str>(args[1]);
        written = s->char_count;
        std::string text(s->view());
        if (f->line_buffering && text.find_first_of("\n\r") != std::string::npos)
            flush = true;
        if (f->newline.is_object() && !as<Str>(f->newline)->view().empty() && as<Str>(f->newline)->view() != "\n") {
            std::string translated;
            for (char c : text) {
                if (c == '\n') translated += as<Str>(f->newline)->view();
                else translated.push_back(c);
            }
            text = std::move(translated);
        }
        f->pending += TRY(encode_text(vm, text, f->encoding, f->errors));
        if (f->pending.size() > static_cast<std::size_t>(default_buffer_size) || flush)
            TRY(write_pending(vm, f));
    }
    if (!data.empty())
        switch_to_write(f);
    if (!data.empty() && std::fwrite(data.data(), 1, data.size(), f->stream()) != data.size())
        return stream_failure(vm, f);
    if (flush && std::fflush(f->stream()) != 0)
        return stream_failure(vm, f);
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
    TRY(write_pending(vm, f));
    if (f->layer != Layer::Raw && std::fflush(f->stream()) != 0)
        return stream_failure(vm, f);
    return Value::none();
}

// close(): flushes, then closes the channel (every layer of the file) and the object a wrapper was built over
// (CPython: _io_TextIOWrapper_close_impl, buffered_close: flush, then the layer below's close)
Result<Value> file_close(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    Channel* ch = f->channel.get();
    if (f->detached || !ch || !ch->stream)
        return Value::none();
    Result<void> flush_error = write_pending(vm, f);
    if (!flush_error.is_error() && std::fflush(ch->stream) != 0)
        flush_error = stream_failure(vm, f);
    std::FILE* s = ch->stream;
    ch->stream = nullptr;
    ch->detached = true;
    int rc = std::fclose(s);
    int code = errno;
    if (ch->target) {
        // the wrapped object's close() (its error wins over none, as CPython chains them)
        Value target = Value::borrowed(ch->target);
        Result<Value> closed = vm.call_method(target, vm.intern("close"), nullptr, 0);
        if (closed.is_error())
            return Raised{};
    }
    if (flush_error.is_error())
        return Raised{};
    if (rc != 0 && !ch->target)
        return raise_os_error(vm, code, Value());
    return Value::none();
}

Result<Value> file_seek(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    std::int64_t offset = TRY(vm.index_value(args[1]));
    std::int64_t whence = nargs > 2 ? TRY(vm.index_value(args[2])) : 0;
    if (whence < 0 || whence > 2)
        return vm.raise(vm.types.ValueError, "invalid whence ({}, should be 0, 1 or 2)", whence);
    if (!f->binary() && whence != 0 && offset != 0)
        return raise_unsupported(vm, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (!f->binary() && offset < 0)
        return vm.raise(vm.types.ValueError, "negative seek position {}", offset);
    TRY(write_pending(vm, f));
    if (f->layer == Layer::Raw) {
        off_t at = ::lseek(f->channel->fd, offset, static_cast<int>(whence));
        if (at < 0)
            return raise_os_error(vm, errno, Value());
        return Value::from_int(at);
    }
    if (std::fseek(f->stream(), offset, static_cast<int>(whence)) != 0)
        return stream_failure(vm, f);
    f->pending_cr = false;
    f->channel->last = Channel::Op::None;
    return Value::from_int(std::ftell(f->stream()));
}

Result<Value> file_tell(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    if (f->layer == Layer::Raw) {
        off_t at = ::lseek(f->channel->fd, 0, SEEK_CUR);
        if (at < 0)
            return raise_os_error(vm, errno, Value());
        return Value::from_int(at);
    }
    TRY(write_pending(vm, f));
    long at = std::ftell(f->stream());
    if (at < 0)
        return stream_failure(vm, f);
    return Value::from_int(at);
}

Result<Value> file_truncate(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    File* f = self_file(args);
    TRY(check_writable(vm, f));
    if (f->channel->fd < 0)
        return raise_unsupported(vm, "truncate");
    TRY(write_pending(vm, f));
    if (f->layer != Layer::Raw)
        std::fflush(f->stream());
    std::int64_t size = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1]))
                        : f->layer == Layer::Raw        ? ::lseek(f->channel->fd, 0, SEEK_CUR)
                                                        : std::ftell(f->stream());
    if (::ftruncate(f->channel->fd, size) != 0)
        return raise_os_error(vm, errno, Value());
    return Value::from_int(size);
}

Result<Value> file_fileno(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    if (f->channel->fd < 0) {
        if (!f->lower.is_null())
            return vm.call_method(f->lower, vm.intern("fileno"), nullptr, 0);
        return raise_unsupported(vm, "fileno");
    }
    return Value::from_int(f->channel->fd);
}

Result<Value> file_isatty(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    if (f->channel->fd < 0)
        return f->lower.is_null() ? Value::from_bool(false) : vm.call_method(f->lower, vm.intern("isatty"), nullptr, 0);
    return Value::from_bool(::isatty(f->channel->fd));
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
    File* f = self_file(args);
    TRY(check_open(vm, f));
    if (f->channel->fd < 0)
        return f->lower.is_null() ? Value::from_bool(false) : vm.call_method(f->lower, vm.intern("seekable"), nullptr, 0);
    return Value::from_bool(::lseek(f->channel->fd, 0, SEEK_CUR) >= 0);
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
    Value args[1] = {self};
    Value line = TRY(file_readline(vm, args, 1, nullptr));
    if (TRY(vm.len(line)) == 0)
        return Value();
    return line;
}

// Another layer of the same open file: the channel and what the file was opened as
void share_file(File* to, File const* from) {
    to->channel = from->channel;
    to->name = from->name;
    to->readable = from->readable;
    to->writable = from->writable;
    to->closefd = from->closefd;
    to->created = from->created;
    to->appending = from->appending;
}

// The layer under a file that shares its channel: text → buffered, buffered → raw (made on first use)
Value lower_layer(VM& vm, File* f) {
    if (!f->lower.is_null() || f->layer == Layer::Raw)
        return f->lower;
    IoTypes types = io_types(vm);
    Layer layer = f->layer == Layer::Text ? Layer::Buffered : Layer::Raw;
    Type* type = layer == Layer::Raw ? types.file_io
                 : f->readable && f->writable ? types.random
                 : f->readable               ? types.reader
                                             : types.writer;
    auto below = make<File>(type);
    share_file(below.get(), f);
    below->layer = layer;
    below->mode = f->mode;
    vm.gc().track(below.get());
    f->lower = below.take_value();
    return f->lower;
}

// detach(): gives the layer below away; this one is unusable after (CPython: _io_TextIOWrapper_detach_impl)
Result<Value> file_detach(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    TRY(check_open(vm, f));
    if (f->layer == Layer::Raw)
        return raise_unsupported(vm, "detach");
    TRY(write_pending(vm, f));
    if (std::fflush(f->stream()) != 0)
        return stream_failure(vm, f);
    Value below = lower_layer(vm, f);
    f->detached = true;
    return below;
}

// FileIO's mode: 'xb', 'ab', 'rb' or 'wb', with '+' when it both reads and writes (CPython: mode_string)
std::string raw_mode(File const* f) {
    std::string m = f->created ? "xb" : f->appending ? "ab" : f->readable ? "rb" : "wb";
    if (f->readable && f->writable)
        m += "+";
    return m;
}

// <_io.TextIOWrapper name='f.txt' mode='r' encoding='UTF-8'>, <_io.BufferedReader name='f.bin'>,
// <_io.FileIO name='f.bin' mode='rb' closefd=True> (CPython: textiowrapper_repr, buffered_repr, fileio_repr)
Result<Value> file_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    File* f = self_file(args);
    std::string out = "<_io.";
    out += f->type->name->view();
    if (f->layer == Layer::Raw) {
        if (!f->stream())
            return vm.new_str(out + " [closed]>");
        out += " name=" + TRY(vm.repr_string(f->name));
        out += " mode='" + raw_mode(f) + "' closefd=" + (f->closefd ? "True" : "False");
        return vm.new_str(out + ">");
    }
    Value name = f->name;
    if (name.is_null() && !f->lower.is_null())
        name = TRY(vm.getattr_opt(f->lower, vm.intern("name")));
    if (!name.is_null())
        out += " name=" + TRY(vm.repr_string(name));
    if (!f->binary()) {
        if (!f->mode.empty())
            out += " mode=" + text::repr(f->mode);
        out += " encoding=" + text::repr(f->encoding);
    }
    return vm.new_str(out + ">");
}

// f.name, f.mode, f.closed, f.buffer, f.raw, f.encoding, f.errors, f.newlines, f.line_buffering
Value file_members(VM& vm, Value const& self, Str* name) {
    File* f = static_cast<File*>(self.as_object());
    std::string_view n = name->view();
    if (n == "closed") return Value::from_bool(f->stream() == nullptr);
    if (n == "name" && !f->name.is_null()) return f->name;
    if (n == "mode") {
        if (f->layer == Layer::Raw) return vm.new_str(raw_mode(f));
        if (!f->mode.empty() && !f->binary()) return vm.new_str(f->mode);
        if (f->channel && f->channel->fd >= 0) return vm.new_str(raw_mode(f));
        return Value();
    }
    if (n == "closefd" && f->layer == Layer::Raw) return Value::from_bool(f->closefd);
    if (n == "buffer" && f->layer == Layer::Text) return lower_layer(vm, f);
    if (n == "raw" && f->layer == Layer::Buffered) return lower_layer(vm, f);
    if (f->layer == Layer::Text) {
        if (n == "encoding") return vm.new_str(f->encoding);
        if (n == "errors") return vm.new_str(f->errors);
        if (n == "line_buffering") return Value::from_bool(f->line_buffering);
        if (n == "write_through") return Value::from_bool(f->write_through);
        if (n == "newlines") return Value::none();
    }
    return Value();
}

// A new File of `layer` over the object `below`: sharing its channel when it is one of ours, else over its methods.
// What the layer needs of the object is asked first, in CPython's order: a text file asks readable(), writable()
// and seekable(); BufferedReader needs readable(), BufferedWriter writable(), BufferedRandom all three
// (CPython: _io_TextIOWrapper___init___impl, _io_BufferedReader___init___impl and the others).
Result<Value> wrap(VM& vm, Type* type, Layer layer, Value const& below) {
    IoTypes types = io_types(vm);
    auto ask = [&](char const* method) -> Result<bool> {
        return vm.truthy(TRY(vm.call_method(below, vm.intern(method), nullptr, 0)));
    };
    bool need_read = type == types.reader || type == types.random;
    bool need_write = type == types.writer || type == types.random;
    if (type == types.random && !TRY(ask("seekable")))
        return raise_unsupported(vm, "File or stream is not seekable.");
    bool readable = layer == Layer::Text || need_read ? TRY(ask("readable")) : false;
    if (need_read && !readable)
        return raise_unsupported(vm, "File or stream is not readable.");
    bool writable = layer == Layer::Text || need_write ? TRY(ask("writable")) : false;
    if (need_write && !writable)
        return raise_unsupported(vm, "File or stream is not writable.");
    if (layer == Layer::Text)
        TRY(ask("seekable"));
    auto f = make<File>(type);
    f->layer = layer;
    f->lower = below;
    if (is_file(vm, below)) {
        share_file(f.get(), static_cast<File*>(below.as_object()));
        f->readable = readable;
        f->writable = writable;
    } else {
        f->readable = readable;
        f->writable = writable;
        auto ch = std::make_shared<Channel>();
        ch->vm = &vm;
        ch->target = below.as_object();
        cookie_io_functions_t functions{cookie_read, cookie_write, cookie_seek, cookie_close};
        ch->stream = ::fopencookie(ch.get(), f->readable ? (f->writable ? "r+" : "r") : "w", functions);
        if (!ch->stream)
            return raise_os_error(vm, errno, Value());
        f->channel = std::move(ch);
    }
    vm.gc().track(f.get());
    return f.take_value();
}

// BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE), and the writer and random forms
Result<Value> buffered_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* type = as<Type>(args[0]);
    Value fields[2];
    TRY(parse_args(vm, type->name->view().data(), args + 1, nargs - 1, kwnames, {"raw", "buffer_size"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "{}() missing required argument 'raw' (pos 1)", type->name->view());
    if (!fields[1].is_null() && TRY(vm.index_value(fields[1])) <= 0)
        return vm.raise(vm.types.ValueError, "buffer size must be strictly positive");
    return wrap(vm, type, Layer::Buffered, fields[0]);
}

bool given(Value const& v) { return !v.is_null() && !v.is_none(); }

// The encoding a text file gets: the locale's (UTF-8 here, as shown by CPython under a UTF-8 or C locale) for
// None and "locale" (CPython: _Py_GetLocaleEncoding), else as given; an unknown one is a LookupError now
Result<std::string> text_encoding(VM& vm, Value const& encoding, Value const& errors, std::string& errors_out) {
    std::string enc = given(encoding) ? TRY(vm.str_string(encoding)) : "UTF-8";
    if (enc == "locale")
        enc = "UTF-8";
    errors_out = given(errors) ? TRY(vm.str_string(errors)) : "strict";
    TRY(encode_text(vm, "", enc, errors_out));
    return enc;
}

Result<Value> check_newline(VM& vm, Value const& newline, char const* function) {
    if (!given(newline))
        return Value::none();
    if (!newline.is_object() || vm.type_of(newline)->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "{}() argument 'newline' must be str or None, not {}", function,
                        vm.type_of(newline)->name->view());
    std::string_view nl = as<Str>(newline)->view();
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
        return vm.raise(vm.types.ValueError, "illegal newline value: {}", nl);
    return newline;
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)
Result<Value> text_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[6];
    TRY(parse_args(vm, "TextIOWrapper", args + 1, nargs - 1, kwnames,
                   {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "TextIOWrapper() missing required argument 'buffer' (pos 1)");
    if (given(fields[1]) && (!fields[1].is_object() || vm.type_of(fields[1])->layout != Layout::Str))
        return vm.raise(vm.types.TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not {}",
                        vm.type_of(fields[1])->name->view());
    std::string errors;
    std::string encoding = TRY(text_encoding(vm, fields[1], fields[2], errors));
    Value newline = TRY(check_newline(vm, fields[3], "TextIOWrapper"));
    Value made = TRY(wrap(vm, as<Type>(args[0]), Layer::Text, fields[0]));
    File* f = static_cast<File*>(made.as_object());
    f->encoding = std::move(encoding);
    f->errors = std::move(errors);
    f->newline = newline;
    f->mode.clear();
    f->line_buffering = given(fields[4]) && TRY(vm.truthy(fields[4]));
    f->write_through = given(fields[5]) && TRY(vm.truthy(fields[5]));
    return made;
}

struct OpenMode {
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
};

// FileIO's own check, which open() makes after its argument checks
Result<void> check_access(VM& vm, OpenMode const& m) {
    if (m.creating + m.reading + m.writing + m.appending == 0)
        return vm.raise(vm.types.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    return {};
}

// The mode of open() or FileIO(): one of r w x a, optionally + and b or t (CPython: _io_open_impl's checks)
Result<OpenMode> parse_mode(VM& vm, std::string const& mode, bool raw) {
    OpenMode m;
    for (char c : mode) {
        int* flag = c == 'x' ? &m.creating : c == 'r' ? &m.reading : c == 'w' ? &m.writing : c == 'a' ? &m.appending
                  : c == '+' ? &m.updating : c == 't' && !raw ? &m.text : c == 'b' ? &m.binary : nullptr;
        if (!flag || *flag)
            return vm.raise(vm.types.ValueError, "invalid mode: {}", raw ? mode : "'" + mode + "'");
        *flag = 1;
    }
    if (m.text && m.binary)
        return vm.raise(vm.types.ValueError, "can't have text and binary mode at once");
    if (m.creating + m.reading + m.writing + m.appending > 1)
        return vm.raise(vm.types.ValueError, raw ? "Must have exactly one of create/read/write/append mode and at most one plus"
                                                 : "must have exactly one of create/read/write/append mode");
    if (raw)
        TRY(check_access(vm, m));
    return m;
}

// The raw layer of a new file: the descriptor opened (or given) and its channel (CPython: _io_FileIO___init___impl)
Result<Value> open_raw(VM& vm, Value file, OpenMode const& m, bool closefd, Value const& opener) {
    int flags = (m.reading && !m.updating) ? O_RDONLY : m.updating ? O_RDWR : O_WRONLY;
    if (m.writing) flags |= O_CREAT | O_TRUNC;
    if (m.appending) flags |= O_CREAT | O_APPEND;
    if (m.creating) flags |= O_CREAT | O_EXCL;
    flags |= O_CLOEXEC;
    int fd;
    if (file.is_int()) {
        fd = static_cast<int>(file.as_int());
        if (fd < 0)
            return vm.raise(vm.types.ValueError, "negative file descriptor");
        struct stat st;
        if (::fstat(fd, &st) != 0)
            return raise_os_error(vm, errno, Value());
    } else {
        if (file.is_bool())
            return vm.raise(vm.types.TypeError, "expected str, bytes or os.PathLike object, not bool");
        file = TRY(fspath(vm, file));
        std::string path = vm.type_of(file)->layout == Layout::Str ? std::string(as<Str>(file)->view())
                                                                   : std::string(as<Bytes>(file)->view());
        if (path.find('\0') != std::string::npos)
            return vm.raise(vm.types.ValueError, "embedded null byte");
        if (!closefd)
            return vm.raise(vm.types.ValueError, "Cannot use closefd=False with file name");
        if (given(opener)) {
            // opener(path, flags) gives the descriptor
            Value opener_args[2] = {file, Value::from_int(flags)};
            Value opened = TRY(vm.call(opener, opener_args, 2));
            if (!opened.is_int())
                return vm.raise(vm.types.TypeError, "expected integer from opener");
            fd = static_cast<int>(opened.as_int());
            if (fd < 0)
                return vm.raise(vm.types.ValueError, "opener returned {}", fd);
        } else {
            fd = ::open(path.c_str(), flags, 0666);
        }
        if (fd < 0)
            return raise_os_error(vm, errno, file);
        struct stat st;
        if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            ::close(fd);
            return raise_os_error(vm, EISDIR, file);
        }
    }
    // the stream the upper layers buffer with; over a duplicate when the descriptor stays open after close()
    int stream_fd = closefd ? fd : ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    char const* stdio_mode = (m.reading && !m.updating) ? "rb" : m.appending ? (m.updating ? "a+b" : "ab") : m.updating ? "r+b" : "wb";
    std::FILE* stream = stream_fd < 0 ? nullptr : ::fdopen(stream_fd, stdio_mode);
    if (stream)  // io.DEFAULT_BUFFER_SIZE, the chunk CPython's layers read ahead
        std::setvbuf(stream, nullptr, _IOFBF, static_cast<std::size_t>(default_buffer_size));
    if (!stream) {
        int code = errno;
        if (stream_fd >= 0 && stream_fd != fd) ::close(stream_fd);
        if (!file.is_int()) ::close(fd);
        return raise_os_error(vm, code, file);
    }
    auto ch = std::make_shared<Channel>();
    ch->stream = stream;
    ch->fd = fd;
    auto f = make<File>(io_types(vm).file_io);
    f->channel = std::move(ch);
    f->layer = Layer::Raw;
    f->name = file;
    f->readable = m.reading || m.updating;
    f->writable = m.writing || m.appending || m.creating || m.updating;
    f->closefd = closefd;
    f->created = m.creating;
    f->appending = m.appending;
    vm.gc().track(f.get());
    return f.take_value();
}

// FileIO(file, mode='r', closefd=True, opener=None)
Result<Value> file_io_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[4];
    TRY(parse_args(vm, "FileIO", args + 1, nargs - 1, kwnames, {"file", "mode", "closefd", "opener"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "FileIO() missing required argument 'file' (pos 1)");
    std::string mode = given(fields[1]) ? TRY(vm.str_string(fields[1])) : "r";
    OpenMode m = TRY(parse_mode(vm, mode, true));
    bool closefd = !given(fields[2]) || TRY(vm.truthy(fields[2]));
    return open_raw(vm, fields[0], m, closefd, fields[3]);
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
// (CPython: _io_open_impl): the raw file, buffered unless buffering=0, wrapped in text unless binary
Result<Value> io_open(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[8];
    TRY(parse_args(vm, "open", args, nargs, kwnames,
                   {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "open() missing required argument 'file' (pos 1)");
    std::string mode = "r";
    if (!fields[1].is_null()) {
        if (!fields[1].is_object() || vm.type_of(fields[1])->layout != Layout::Str)
            return vm.raise(vm.types.TypeError, "open() argument 'mode' must be str, not {}", vm.type_of(fields[1])->name->view());
        mode = std::string(as<Str>(fields[1])->view());
    }
    OpenMode m = TRY(parse_mode(vm, mode, false));
    std::int64_t buffering = given(fields[2]) ? TRY(vm.index_value(fields[2])) : -1;
    if (m.binary && given(fields[3]))
        return vm.raise(vm.types.ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && given(fields[4]))
        return vm.raise(vm.types.ValueError, "binary mode doesn't take an errors argument");
    if (m.binary && given(fields[5]))
        return vm.raise(vm.types.ValueError, "binary mode doesn't take a newline argument");
    TRY(check_access(vm, m));
    if (given(fields[3]) && (!fields[3].is_object() || vm.type_of(fields[3])->layout != Layout::Str))
        return vm.raise(vm.types.TypeError, "open() argument 'encoding' must be str or None, not {}",
                        vm.type_of(fields[3])->name->view());
    Value newline = TRY(check_newline(vm, fields[5], "open"));
    std::string errors;
    std::string encoding;
    if (!m.binary)  // an unknown encoding fails before the file is opened, as CPython's lookup does
        encoding = TRY(text_encoding(vm, fields[3], fields[4], errors));
    bool closefd = !given(fields[6]) || TRY(vm.truthy(fields[6]));
    Value raw = TRY(open_raw(vm, fields[0], m, closefd, fields[7]));
    File* r = static_cast<File*>(raw.as_object());
    if (buffering == 0 && m.binary)
        return raw;
    if (buffering == 0) {
        r->channel.reset();  // closed, as CPython's open() closes the raw file it made
        return vm.raise(vm.types.ValueError, "can't have unbuffered text I/O");
    }
    IoTypes types = io_types(vm);
    Type* type = !m.binary ? types.text : m.updating ? types.random : m.reading ? types.reader : types.writer;
    auto f = make<File>(type);
    share_file(f.get(), r);
    f->layer = m.binary ? Layer::Buffered : Layer::Text;
    f->mode = mode;
    f->encoding = std::move(encoding);
    f->errors = std::move(errors);
    f->newline = newline;
    f->line_buffering = !m.binary && (buffering == 1 || ::isatty(r->channel->fd));
    if (m.binary)
        f->lower = raw;  // the raw layer is made; a text file's buffer is made when asked for
    vm.gc().track(f.get());
    return f.take_value();
}

// At exit: what the files left open still hold reaches their descriptors or objects (CPython flushes each file as
// it finalizes it; an error is ignored here)
void flush_open_files(VM& vm) {
    IoTypes t = io_types(vm);
    std::vector<Value> files;
    vm.gc().for_each_tracked([&](Object* o) {
        if (o->type == t.text || o->type == t.reader || o->type == t.writer || o->type == t.random)
            files.push_back(Value::borrowed(o));
    });
    for (Value const& v : files) {
        File* f = static_cast<File*>(v.as_object());
        if (f->detached || !f->stream())
            continue;
        Result<void> done = write_pending(vm, f);
        if (!done.is_error() && std::fflush(f->stream()) != 0)
            done = stream_failure(vm, f);
        if (done.is_error())
            (void)vm.take_exception();
        // what the program writes after this is dropped, never handed to an object whose VM may be gone when the C
        // library flushes its streams at exit
        if (f->channel->vm)
            f->channel->detached = true;
    }
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
    for (char const* name : {"FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOWrapper"}) {
        Type* t = make_builtin_type(vm, name, vm.types.object, Layout::Native);
        std::string_view n = name;
        t->module_name = "_io";
        t->subclassable = false;
        t->construct = n == "FileIO" ? file_io_construct : n == "TextIOWrapper" ? text_construct : buffered_construct;
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
        if (n == "FileIO")
            add_methods(vm, t, {{"readall", file_readall, Args::none()}, {"readinto", file_readinto, Args::one()}});
        else if (n != "TextIOWrapper")
            add_methods(vm, t, {{"peek", file_peek, Args::positional(0, 1)}, {"read1", file_read1, Args::positional(0, 1)},
                                {"readinto", file_readinto, Args::one()}, {"detach", file_detach, Args::none()}});
        else
            add_methods(vm, t, {{"detach", file_detach, Args::none()}});
        dict_set_str(vm, d, vm.intern(name), Value::borrowed(t));
    }
    add_function(vm, d, "open", io_open);
    vm.flush_open_files = flush_open_files;
    return {};
}

// builtins.open: _io.open, the module imported on first use (so start-up makes no file classes)
Result<Value> builtin_open(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(vm.import_module(vm.intern("_io")));
    return io_open(vm, args, nargs, kwnames);
}

} // namespace weft::rt
