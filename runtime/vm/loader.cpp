// The loader: turns the compiler's CodeUnit (plain C++ data) into a CodeObject with runtime constants,
// interned names and inline-cache slots, and makes functions from code objects (MAKE_FUNCTION).
// Luau's lvmload.cpp plays the same role.
#include "runtime/gc.hpp"
#include "runtime/types/function.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"
#include "runtime/vm/vm_opcodes.hpp"

namespace weft::rt {

namespace {

Value load_constant(VM& vm, front::ConstantValue const& c) {
    using T = front::ConstantValue::Type;
    switch (c.type) {
    case T::None: return Value::none();
    case T::True: return Value::from_bool(true);
    case T::False: return Value::from_bool(false);
    case T::Ellipsis: return vm.ellipsis;
    case T::Int: return Value::from_int(c.int_value);
    case T::BigInt: {
        auto big = BigInt::from_string(c.text, 10, 0);
        return make_int(vm, big.has_value() ? std::move(big).value() : BigInt(0));
    }
    case T::Float: return Value::from_float(c.float_value);
    case T::Complex: return make_complex(vm, 0.0, c.float_value);
    case T::Str: return Value::borrowed(vm.intern(c.text));
    case T::Bytes: return make_bytes(vm, c.text);
    case T::Tuple: {
        auto t = vm.new_tuple(c.items.size());
        for (std::size_t i = 0; i < c.items.size(); ++i) t->items[i] = load_constant(vm, c.items[i]);
        return t.take_value();
    }
    case T::Code: return vm.load_code(c.code).take_value();
    }
    return Value::none();
}

std::vector<Ref<Str>> intern_all(VM& vm, std::vector<std::string> const& names) {
    std::vector<Ref<Str>> out;
    out.reserve(names.size());
    for (auto const& n : names) out.push_back(Ref<Str>::borrowed(vm.intern(n)));
    return out;
}

} // namespace

namespace {

// The operator-specialized form of BINARY_OP `arg` (its in-place form included), or BINARY_OP itself.
// The operator numbers are CPython's (NB_ADD = 0, NB_MULTIPLY = 5, NB_SUBTRACT = 10, NB_TRUE_DIVIDE = 11;
// in-place forms add 13).
VmOp binary_op_for_operator(std::uint32_t arg) {
    switch (arg % 13) {
    case 0: return VmOp::BINARY_OP_ADD;
    case 5: return VmOp::BINARY_OP_MULTIPLY;
    case 10: return VmOp::BINARY_OP_SUBTRACT;
    case 11: return VmOp::BINARY_OP_TRUE_DIVIDE;
    default: return VmOp::BINARY_OP;
    }
}

// LOAD_FAST__LOAD_FAST__BINARY_OP or LOAD_FAST__LOAD_CONST__BINARY_OP (`pair`) specialized for the operator of
// BINARY_OP `arg`, or `pair` itself.
VmOp fused_binary_op_for_operator(VmOp pair, std::uint32_t arg) {
    bool constant = pair == VmOp::LOAD_FAST__LOAD_CONST__BINARY_OP;
    switch (binary_op_for_operator(arg)) {
    case VmOp::BINARY_OP_ADD: return constant ? VmOp::LOAD_FAST__LOAD_CONST__BINARY_OP_ADD : VmOp::LOAD_FAST__LOAD_FAST__BINARY_OP_ADD;
    case VmOp::BINARY_OP_SUBTRACT: return constant ? VmOp::LOAD_FAST__LOAD_CONST__BINARY_OP_SUBTRACT : VmOp::LOAD_FAST__LOAD_FAST__BINARY_OP_SUBTRACT;
    case VmOp::BINARY_OP_MULTIPLY: return constant ? VmOp::LOAD_FAST__LOAD_CONST__BINARY_OP_MULTIPLY : VmOp::LOAD_FAST__LOAD_FAST__BINARY_OP_MULTIPLY;
    case VmOp::BINARY_OP_TRUE_DIVIDE: return constant ? VmOp::LOAD_FAST__LOAD_CONST__BINARY_OP_TRUE_DIVIDE : VmOp::LOAD_FAST__LOAD_FAST__BINARY_OP_TRUE_DIVIDE;
    default: return pair;
    }
}

// BINARY_OP__STORE_FAST specialized for the operator of BINARY_OP `arg`, or BINARY_OP__STORE_FAST itself.
VmOp binary_op_store_for_operator(std::uint32_t arg) {
    switch (binary_op_for_operator(arg)) {
    case VmOp::BINARY_OP_ADD: return VmOp::BINARY_OP_ADD__STORE_FAST;
    case VmOp::BINARY_OP_SUBTRACT: return VmOp::BINARY_OP_SUBTRACT__STORE_FAST;
    case VmOp::BINARY_OP_MULTIPLY: return VmOp::BINARY_OP_MULTIPLY__STORE_FAST;
    case VmOp::BINARY_OP_TRUE_DIVIDE: return VmOp::BINARY_OP_TRUE_DIVIDE__STORE_FAST;
    default: return VmOp::BINARY_OP__STORE_FAST;
    }
}

// For COMPARE_OP `op` (0 < 1 <= 2 == 3 != 4 > 5 >=) followed by POP_JUMP_IF_TRUE (`jump_if`) or
// POP_JUMP_IF_FALSE: the set of number orders (bit 0 less, 1 equal, 2 greater, 3 unordered) for which the
// jump is taken. The interpreter's compare-and-jump handlers test one bit of it (number_order).
std::uint32_t compare_jump_mask(std::uint32_t op, bool jump_if) {
    static constexpr std::uint32_t holds[6] = {0b0001, 0b0011, 0b0010, 0b1101, 0b0100, 0b0110};
    std::uint32_t mask = holds[op < 6 ? op : 5];
    return jump_if ? mask : ~mask & 0b1111;
}

// Rewrites the first word of common instruction pairs into a superinstruction (superinstructions.def).
// The second word is kept, so a jump to it still runs it alone.
void make_superinstructions(std::vector<front::Instruction>& code) {
    using front::Op;
    auto make = [](VmOp op, std::uint32_t arg) { return static_cast<front::Instruction>(static_cast<std::uint32_t>(op) | (arg << 8)); };
    for (std::size_t i = 0; i + 1 < code.size();) {
        Op op = front::opcode_of(code[i]);
        std::size_t width = 1 + static_cast<std::size_t>(front::op_info(op).cache);
        if (width == 1) {
            Op next = front::opcode_of(code[i + 1]);
            // the instruction after `next`, when `next` has no cache word (else NOP: no pair starts there)
            Op after = i + 2 < code.size() && front::op_info(next).cache == 0 ? front::opcode_of(code[i + 2]) : Op::NOP;
            // and the one after that, when `after` has no cache word either
            Op then = after != Op::NOP && i + 3 < code.size() && front::op_info(after).cache == 0
                          ? front::opcode_of(code[i + 3])
                          : Op::NOP;
            bool compare_jump = after == Op::COMPARE_OP && (then == Op::POP_JUMP_IF_FALSE || then == Op::POP_JUMP_IF_TRUE);
            // a LOAD_FAST followed by LOAD_ATTR is better fused with it than taken by the pair before it
            bool next_loads_attribute = next == Op::LOAD_FAST && after == Op::LOAD_ATTR;
            std::uint32_t arg = code[i] >> 8;
            VmOp fused = vm_op(op);
            if (op == Op::PUSH_NULL && next == Op::LOAD_GLOBAL) fused = VmOp::PUSH_NULL__LOAD_GLOBAL;
            else if (op == Op::LOAD_FAST && next == Op::LOAD_FAST && compare_jump) fused = VmOp::LOAD_FAST__LOAD_FAST__COMPARE_JUMP;
            else if (op == Op::LOAD_FAST && next == Op::LOAD_CONST && compare_jump) fused = VmOp::LOAD_FAST__LOAD_CONST__COMPARE_JUMP;
            else if (op == Op::LOAD_FAST && next == Op::LOAD_FAST && after == Op::BINARY_OP)
                fused = fused_binary_op_for_operator(VmOp::LOAD_FAST__LOAD_FAST__BINARY_OP, code[i + 2] >> 8);
            else if (op == Op::LOAD_FAST && next == Op::LOAD_CONST && after == Op::BINARY_OP)
                fused = fused_binary_op_for_operator(VmOp::LOAD_FAST__LOAD_CONST__BINARY_OP, code[i + 2] >> 8);
            else if (op == Op::LOAD_FAST && next == Op::LOAD_FAST && !next_loads_attribute) fused = VmOp::LOAD_FAST__LOAD_FAST;
            else if (op == Op::LOAD_FAST && next == Op::LOAD_CONST) fused = VmOp::LOAD_FAST__LOAD_CONST;
            else if (op == Op::LOAD_FAST && next == Op::LOAD_ATTR) fused = VmOp::LOAD_FAST__LOAD_ATTR;
            else if (op == Op::STORE_FAST && next == Op::LOAD_FAST && !next_loads_attribute) fused = VmOp::STORE_FAST__LOAD_FAST;
            else if (op == Op::COPY && arg == 1 && next == Op::LOAD_ATTR) fused = VmOp::COPY__LOAD_ATTR;
            else if (op == Op::FOR_ITER && next == Op::STORE_FAST) fused = VmOp::FOR_ITER__STORE_FAST;
            else if (op == Op::BINARY_OP && next == Op::STORE_FAST) fused = binary_op_store_for_operator(arg);
            else if (op == Op::SWAP && arg == 2 && next == Op::STORE_ATTR) fused = VmOp::SWAP__STORE_ATTR;
            else if (op == Op::COMPARE_OP && (next == Op::POP_JUMP_IF_FALSE || next == Op::POP_JUMP_IF_TRUE)) {
                // the jump mask goes above the comparison in the argument (every COMPARE_OP followed by a
                // conditional jump gets it: the LOAD_FAST compare-jumps read it from here too)
                bool jump_if = next == Op::POP_JUMP_IF_TRUE;
                fused = jump_if ? VmOp::COMPARE_OP__POP_JUMP_IF_TRUE : VmOp::COMPARE_OP__POP_JUMP_IF_FALSE;
                arg |= compare_jump_mask(arg, jump_if) << 8;
            }
            else if (op == Op::BUILD_SLICE && arg == 2 && next == Op::BINARY_SUBSCR) fused = VmOp::BUILD_SLICE__BINARY_SUBSCR;
            else if (op == Op::BINARY_OP) fused = binary_op_for_operator(arg);
            if (fused != vm_op(op)) code[i] = make(fused, arg);
        }
        i += width;
    }
}

} // namespace

Ref<CodeObject> VM::load_code(std::shared_ptr<front::CodeUnit const> const& unit) {
    auto code = make<CodeObject>(types.code);
    code->unit = unit;
    code->code = unit->code;
    code->consts.reserve(unit->consts.size());
    for (auto const& c : unit->consts) code->consts.push_back(load_constant(*this, c));
    code->names = intern_all(*this, unit->names);
    code->varnames = intern_all(*this, unit->varnames);
    code->cellvars = intern_all(*this, unit->cellvars);
    code->freevars = intern_all(*this, unit->freevars);
    code->cell_from_arg = unit->cell_from_arg;
    code->name = Ref<Str>::borrowed(intern(unit->name));
    code->qualname = Ref<Str>::borrowed(intern(unit->qualname));
    code->filename = Ref<Str>::borrowed(intern(unit->source ? unit->source->name() : "<string>"));
    code->flags = unit->flags;
    code->argcount = unit->argcount;
    code->posonlyargcount = unit->posonlyargcount;
    code->kwonlyargcount = unit->kwonlyargcount;
    code->nlocals = static_cast<int>(unit->varnames.size());
    code->ncells = static_cast<int>(unit->cellvars.size());
    code->nfree = static_cast<int>(unit->freevars.size());
    code->stacksize = unit->stacksize;
    code->nslots = code->nlocals + code->ncells + code->nfree + code->stacksize + 1;
    code->frame_bytes = static_cast<std::uint32_t>(Frame::bytes_for(code->nslots));
    bool simple_args = code->kwonlyargcount == 0 && !code->is_generator_like() &&
                       (code->flags & (front::CodeVarargs | front::CodeVarkeywords)) == 0;
    code->fast_argcount = simple_args ? code->argcount : -1;
    // Give every cache word its own InlineCache slot.
    for (std::size_t i = 0; i < code->code.size();) {
        front::Op op = front::opcode_of(code->code[i]);
        int cache = front::op_info(op).cache;
        for (int c = 0; c < cache; ++c) {
            code->code[i + 1 + static_cast<std::size_t>(c)] = static_cast<front::Instruction>(code->caches.size());
            code->caches.emplace_back();
        }
        i += 1 + static_cast<std::size_t>(cache);
    }
    make_superinstructions(code->code);
    return code;
}

namespace {

// A new function's __module__: globals["__name__"] as CPython's PyFunction_New reads it, from the code's cache
// while the keys stay put
WEFT_ALWAYS_INLINE void set_module_of_new_function(VM& vm, Function* fn, CodeObject* code, Dict* globals) {
    auto& cache = code->module_name_cache;
    if (cache.globals != globals || cache.version != globals->table.keys_version()) {
        cache.globals = globals;
        cache.version = globals->table.keys_version();
        cache.index = globals->table.find_str(vm.names.dunder_name, vm.names.dunder_name->get_hash());
    }
    if (cache.index >= 0) fn->module = globals->table.entries()[static_cast<std::size_t>(cache.index)].value;
    if (fn->module.is_null()) fn->module = Value::none();
}

} // namespace

Result<Value> make_function(VM& vm, CodeObject* code, Dict* globals, Dict* builtins) {
    auto fn = make<Function>(vm.types.function);
    fn->code = Ref<CodeObject>::borrowed(code);
    fn->globals = Ref<Dict>::borrowed(globals);
    fn->builtins = Ref<Dict>::borrowed(builtins);
    fn->name = code->name;
    fn->qualname = code->qualname;
    set_module_of_new_function(vm, fn.get(), code, globals);
    if (!code->consts.empty() && (code->flags & front::CodeOptimized) && code->consts[0].is_object() &&
        vm.type_of(code->consts[0])->layout == Layout::Str)
        fn->doc = code->consts[0];
    else
        fn->doc = Value::none();
    vm.gc().track(fn.get());
    return fn.take_value();
}

Result<Value> make_genexpr(VM& vm, CodeObject* code, Frame* frame, Value closure, Value const& iterator) {
    Ref<Function> fn;
    if (Function* idle = code->idle_function; idle && !idle->code) {
        // the function the expression's last generator left, set up as make_function would; the code's reference
        // to it becomes this one (the code points at a function in use without owning it)
        fn = Ref<Function>::adopt(idle);
        fn->code = Ref<CodeObject>::borrowed(code);
        fn->globals = Ref<Dict>::borrowed(frame->globals);
        fn->builtins = Ref<Dict>::borrowed(frame->builtins());
        fn->module.clear();  // (None while idle)
        set_module_of_new_function(vm, fn.get(), code, frame->globals);
        vm.gc().track(fn.get());
    } else {
        Value made = TRY(make_function(vm, code, frame->globals, frame->builtins()));
        fn = Ref<Function>::adopt(static_cast<Function*>(made.release_object()));
        if (!idle) code->idle_function = fn.get();
    }
    if (!closure.is_null()) fn->closure = Ref<Tuple>::adopt(static_cast<Tuple*>(closure.release_object()));
    // as a call of the function would make it (VM::call_function)
    Ref<Generator> gen = Generator::create(vm, fn.get(), vm.types.generator);
    Frame* gf = gen->frame();
    if (code->ncells == 0) {
        // the argument `.0`, then the free variables' cells (bind_arguments' work for this one shape)
        gf->slots[0] = iterator;
        Value* cells = gf->cells();
        for (int i = 0; i < code->nfree; ++i) cells[i] = fn->closure->items[i];
    } else {
        TRY(vm.bind_arguments(fn.get(), gf, &iterator, 1, nullptr));  // a cell for a variable an inner scope captures
    }
    return gen.take_value();
}

void release_genexpr_function(Function* fn) {
    Gc* gc = fn->type->gc;
    if (fn->header.refcount != 1 || (fn->type->weakly_referenced && gc->weakrefs_of(fn))) {
        // held elsewhere too, or weakly (its weak references must die with it, their callbacks run): it is freed
        // as any function when the last holder lets go
        decref(fn);
        return;
    }
    // Only this generator held it: it goes idle, holding nothing of this run (its closure's cells, the globals)
    // and not its code, which owns it from here on (it would otherwise keep the code alive).
    if (fn->header.gc_bits != 0) gc->untrack(fn);
    fn->closure = nullptr;
    fn->globals = nullptr;
    fn->builtins = nullptr;
    fn->dict = nullptr;
    fn->module = Value::none();
    Ref<CodeObject> code = std::move(fn->code);
}

CodeObject::~CodeObject() {
    if (idle_function) decref(idle_function);  // an idle one, owned (one in use holds this code alive)
}

} // namespace weft::rt
