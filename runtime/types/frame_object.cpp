// Frame objects (sys._getframe(), a traceback's tb_frame): a snapshot of a frame and its callers (their globals,
// code, current line and locals at the moment it is taken). weft's frames live on a data stack and are reused once
// they return, so the object cannot point at them; programs read frames to find their caller's module (namedtuple,
// logging) or line, which a snapshot gives exactly. A traceback's frame has returned: it keeps its code and line.
// CPython: sys__getframe_impl (Python/sysmodule.c) and Objects/frameobject.c (frame_getattro, frame_repr).

#include "runtime/types/frame_object.hpp"

#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/function.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/vm/frame.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

struct FrameSnapshot final : Object {
    Value globals;
    Value builtins;
    Value locals;
    Value code;
    Value back;       // the caller's snapshot, or None
    Value generator;  // the generator, coroutine or async generator whose frame it is, or None (f_generator)
    int lineno = 0;
    explicit FrameSnapshot(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override {
        v.visit(globals);
        v.visit(builtins);
        v.visit(locals);
        v.visit(code);
        v.visit(back);
        v.visit(generator);
    }
    void clear_references() override {
        globals.clear();
        builtins.clear();
        locals.clear();
        code.clear();
        back.clear();
        generator.clear();
    }
};

Value frame_snapshot(VM& vm, Frame* f) {
    auto s = make<FrameSnapshot>(vm.types.frame);
    s->globals = Value::borrowed(f->globals);
    s->builtins = f->function->builtins.value();
    s->locals = frame_locals(vm, f);
    s->code = f->function->code.value();
    s->lineno = f->code()->line_of(f->lasti);  // a frame that called another is at that call
    s->back = Value::none();
    s->generator = Value::none();
    Generator* gen = f->flags & FrameInGenerator ? generator_of(f) : nullptr;
    if (gen) {
        s->generator = Value::borrowed(gen);
        if (gen->state == GenState::Created) {
            s->lineno = f->code()->line_of(CodeObject::at_definition);  // one that never ran is at its `def` line
        } else if (generator_waiting(gen) && f->ip && f->ip != f->code()->code.data()) {
            // a waiting frame stands at the AWAIT or YIELD_FROM it runs again when resumed, or just past the yield
            // or inline await it stopped at
            front::Op at = front::opcode_of(*f->ip);
            std::size_t offset = f->current_offset();
            s->lineno = f->code()->line_of(at == front::Op::AWAIT || at == front::Op::YIELD_FROM ? offset : offset - 1);
        }
    }
    // a waiting generator's frame has no caller (CPython: a suspended frame's f_back is None)
    if (f->previous && !(gen && generator_waiting(gen))) s->back = frame_snapshot(vm, f->previous);
    vm.gc().track(s.get());
    return s.take_value();
}

Value returned_frame(VM& vm, CodeObject* code, int lineno) {
    auto s = make<FrameSnapshot>(vm.types.frame);
    s->globals = vm.new_dict().take_value();
    s->builtins = vm.builtins.value();
    s->locals = vm.new_dict().take_value();
    s->code = Value::borrowed(code);
    s->lineno = lineno;
    s->back = Value::none();
    s->generator = Value::none();
    vm.gc().track(s.get());
    return s.take_value();
}

namespace {

Value frame_members(VM& vm, Value const& self, Str* name) {
    auto* s = as<FrameSnapshot>(self);
    std::string_view n = name->view();
    if (n == "f_globals") return s->globals;
    if (n == "f_builtins") return s->builtins;
    if (n == "f_locals") return s->locals;
    if (n == "f_code") return s->code;
    if (n == "f_back") return s->back;
    if (n == "f_lineno") return Value::from_int(s->lineno);
    if (n == "f_generator") return s->generator;  // CPython 3.14
    return Value();
}

// <frame at 0x7f..., file 'x.py', line 3, code f>
Result<Value> frame_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* s = as<FrameSnapshot>(args[0]);
    auto* code = as<CodeObject>(s->code);
    return vm.new_str(format("<frame at {}, file {}, line {}, code {}>", static_cast<void const*>(s),
                             TRY(vm.repr_string(code->filename.value())), s->lineno, code->name->view()));
}

} // namespace

// sys._getframe([depth]): the frame `depth` calls up from the caller (CPython: sys__getframe_impl)
Result<Value> sys_getframe(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::int64_t depth = 0;
    if (nargs == 1) {
        if (!args[0].is_int())
            return vm.raise(vm.types.TypeError, "'{}' object cannot be interpreted as an integer", vm.type_of(args[0])->name->view());
        depth = args[0].as_int();
    }
    Frame* f = vm.thread()->frame;
    for (; f && depth > 0; --depth) f = f->previous;
    if (!f)
        return vm.raise(vm.types.ValueError, "call stack is not deep enough");
    return frame_snapshot(vm, f);
}

void init_frame_type(VM& vm) {
    Type* t = vm.types.frame;
    t->slots.members = frame_members;
    add_methods(vm, t, {{"__repr__", frame_repr, Args::none()}});
}

} // namespace weft::rt
