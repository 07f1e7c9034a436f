// _traceback: what the traceback module (traceback.py) needs from the interpreter's own traceback printing
// (runtime/vm/traceback.cpp): each frame of a traceback object as CPython prints it, with its source line and
// carets, and an exception's last lines. Printing stays in one place, so traceback.format_exc() and an uncaught
// exception read the same.
#include "runtime/types/exception.hpp"
#include "runtime/types/function.hpp"
#include "runtime/types/str.hpp"
#include "runtime/vm/traceback.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

std::string_view strip(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\f')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// the source line `lineno` of `code`'s file, stripped ("" when it is not known)
std::string source_line(CodeObject* code, int lineno) {
    if (!code->unit || !code->unit->source) return "";
    std::string_view filename = code->filename ? code->filename->view() : "";
    if (filename == "<string>" || filename == "<stdin>") return "";
    return std::string(strip(code->unit->source->line_text(lineno)));
}

// entries(tb): (filename, lineno, name, line, printed) for tb and each tb_next
Result<Value> tb_entries(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!(args[0].is_object() && vm.type_of(args[0]) == vm.types.traceback))
        return vm.raise(vm.types.TypeError, "a traceback object is required, not '{}'", vm.type_of(args[0])->name->view());
    auto list = vm.new_list();
    for (TracebackEntry const& e : traceback_entries(args[0])) {
        CodeObject* code = e.code.get();
        if (is_library_code(code)) continue;
        int lineno = code->line_of(e.offset);
        std::string printed;
        format_frame_line(printed, code, e.offset);
        auto t = vm.new_tuple(5);
        t->items[0] = code->filename.value();
        t->items[1] = Value::from_int(lineno);
        t->items[2] = code->name.value();
        t->items[3] = vm.new_str(source_line(code, lineno));
        t->items[4] = vm.new_str(printed);
        list->items.push_back(t.take_value());
    }
    return list.take_value();
}

// line(code, lineno): a source line of a code object's file, stripped
Result<Value> tb_line(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!(args[0].is_object() && vm.type_of(args[0])->layout == Layout::Code) || !args[1].is_int())
        return vm.raise(vm.types.TypeError, "line() expects a code object and a line number");
    return vm.new_str(source_line(as<CodeObject>(args[0]), static_cast<int>(args[1].as_int())));
}

// exception_only(exc): "Type: message\n" and the notes, as an uncaught exception ends
Result<Value> tb_exception_only(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!(args[0].is_object() && vm.type_of(args[0])->layout == Layout::Exception))
        return vm.raise(vm.types.TypeError, "an exception is required, not '{}'", vm.type_of(args[0])->name->view());
    return vm.new_str(format_exception_only(vm, args[0]));
}

// printed(exc): the whole report of an uncaught exception, chain and groups included
Result<Value> tb_printed(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(vm.format_exception(args[0]));
}

} // namespace

Result<void> init__traceback_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    add_function(vm, d, "entries", tb_entries, Args::one());
    add_function(vm, d, "line", tb_line, Args::positional(2, 2));
    add_function(vm, d, "exception_only", tb_exception_only, Args::one());
    add_function(vm, d, "printed", tb_printed, Args::one());
    return {};
}

} // namespace weft::rt
