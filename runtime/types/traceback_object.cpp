// Traceback objects (an exception's __traceback__): a view of the exception's traceback entries, from the outermost
// frame (the first tb) to the one that raised (the last tb_next), with CPython's tb_frame, tb_lineno, tb_lasti and
// tb_next. The entries stay in the exception (types/exception.hpp); these objects are made when asked for.
// CPython: Python/traceback.c (tb_getsetters, tb_members).
#include "runtime/gc.hpp"
#include "runtime/types/exception.hpp"
#include "runtime/types/frame_object.hpp"
#include "runtime/types/function.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

struct TracebackObject final : Object {
    Value exception;          // whose entries these are
    std::uint32_t index = 0;  // 0: the outermost entry
    explicit TracebackObject(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override { v.visit(exception); }
    void clear_references() override { exception.clear(); }
    TracebackEntry const& entry() const {
        auto const& entries = static_cast<Exception*>(exception.as_object())->traceback;
        return entries[entries.size() - 1 - index];
    }
};

Value new_traceback(VM& vm, Value const& exception, std::uint32_t index) {
    auto tb = make<TracebackObject>(vm.types.traceback);
    tb->exception = exception;
    tb->index = index;
    vm.gc().track(tb.get());
    return tb.take_value();
}

Value traceback_members(VM& vm, Value const& self, Str* name) {
    auto* tb = as<TracebackObject>(self);
    std::string_view n = name->view();
    TracebackEntry const& e = tb->entry();
    if (n == "tb_lineno") return Value::from_int(e.code->line_of(e.offset));
    if (n == "tb_lasti") return Value::from_int(static_cast<std::int64_t>(e.offset) * 2);
    if (n == "tb_frame") return returned_frame(vm, e.code.get(), e.code->line_of(e.offset));
    if (n == "tb_next") {
        auto size = as<Exception>(tb->exception)->traceback.size();
        return tb->index + 1 < size ? new_traceback(vm, tb->exception, tb->index + 1) : Value::none();
    }
    return Value();
}

} // namespace

Value traceback_of(VM& vm, Value const& exception) {
    if (as<Exception>(exception)->traceback.empty()) return Value::none();
    return new_traceback(vm, exception, 0);
}

Result<void> set_traceback(VM& vm, Exception* e, Value const& tb) {
    if (tb.is_none()) {
        e->traceback.clear();
        return {};
    }
    if (!(tb.is_object() && vm.type_of(tb) == vm.types.traceback))
        return vm.raise(vm.types.TypeError, "__traceback__ must be a traceback or None");
    auto* t = as<TracebackObject>(tb);
    auto const& from = as<Exception>(t->exception)->traceback;
    std::vector<TracebackEntry> entries(from.begin(), from.end() - t->index);  // innermost first, up to t's frame
    e->traceback = std::move(entries);
    return {};
}

std::vector<TracebackEntry> traceback_entries(Value const& tb) {
    auto* t = as<TracebackObject>(tb);
    auto const& entries = as<Exception>(t->exception)->traceback;
    return std::vector<TracebackEntry>(entries.rbegin() + t->index, entries.rend());
}

void init_traceback_type(VM& vm) { vm.types.traceback->slots.members = traceback_members; }

} // namespace weft::rt
