// What can be read of a running frame from outside the dispatch loop: its local variables as a dict.

#include "runtime/types/function.hpp"
#include "runtime/vm/frame.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

// A frame's locals: a module's or class body's namespace itself, or for a function a new dict in CPython's order
// (PyFrame_FastToLocals over co_localsplusnames): the fast locals, a captured parameter with its cell's value in its own place, then the other cells and the free
// variables. Unbound names are left out.
Value frame_locals(VM& vm, Frame* f) {
    if (f->locals)  // a module's or a class body's namespace
        return Value::borrowed(f->locals);
    CodeObject* code = f->code();
    auto contents = [](Value const& cell) { return cell.is_null() ? Value() : as<Cell>(cell)->contents; };
    std::vector<int> cell_of_local(static_cast<std::size_t>(code->nlocals), -1);
    for (int c = 0; c < code->ncells; ++c)
        if (int arg = code->cell_from_arg[static_cast<std::size_t>(c)]; arg >= 0) cell_of_local[static_cast<std::size_t>(arg)] = c;
    Value* cells = f->cells();
    auto d = vm.new_dict();
    for (int i = 0; i < code->nlocals; ++i) {
        int c = cell_of_local[static_cast<std::size_t>(i)];
        Value v = c >= 0 ? contents(cells[c]) : f->slots[i];
        if (!v.is_null()) dict_set_str(vm, d.get(), code->varnames[static_cast<std::size_t>(i)].get(), v);
    }
    for (int c = 0; c < code->ncells; ++c) {
        if (code->cell_from_arg[static_cast<std::size_t>(c)] >= 0) continue;
        if (Value v = contents(cells[c]); !v.is_null()) dict_set_str(vm, d.get(), code->cellvars[static_cast<std::size_t>(c)].get(), v);
    }
    for (int k = 0; k < code->nfree; ++k) {
        if (Value v = contents(cells[code->ncells + k]); !v.is_null())
            dict_set_str(vm, d.get(), code->freevars[static_cast<std::size_t>(k)].get(), v);
    }
    return d.take_value();
}

} // namespace weft::rt
