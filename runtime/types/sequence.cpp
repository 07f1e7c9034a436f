// Helpers the sequence types share for their operators (see sequence.hpp).
#include "runtime/types/sequence.hpp"

#include <algorithm>

#include "interpreter/bytecode.hpp"
#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

using front::CmpOpArg;

bool comparison_holds(int op, int c) {
    switch (static_cast<CmpOpArg>(op)) {
    case CmpOpArg::Lt: return c < 0;
    case CmpOpArg::Le: return c <= 0;
    case CmpOpArg::Eq: return c == 0;
    case CmpOpArg::Ne: return c != 0;
    case CmpOpArg::Gt: return c > 0;
    case CmpOpArg::Ge: return c >= 0;
    }
    return false;
}

Result<Value> compare_items(VM& vm, Value const* x, std::size_t nx, Value const* y, std::size_t ny, int op) {
    std::size_t n = std::min(nx, ny);
    std::size_t i = 0;
    for (; i < n; ++i) {
        if (x[i].is(y[i])) continue;  // identity implies equality, NaN included (PyObject_RichCompareBool)
        if (!TRY(vm.equals(x[i], y[i]))) break;
    }
    if (i >= n) {
        int c = nx < ny ? -1 : nx > ny ? 1 : 0;
        return Value::from_bool(comparison_holds(op, c));
    }
    if (op == static_cast<int>(CmpOpArg::Eq)) return Value::from_bool(false);
    if (op == static_cast<int>(CmpOpArg::Ne)) return Value::from_bool(true);
    return vm.compare(x[i], y[i], op);
}

Result<std::int64_t> repeat_count(VM& vm, Value const& n) {
    if (n.is_int() || n.is_bool()) return std::max<std::int64_t>(n.as_int(), 0);
    if (n.is_object() && vm.type_of(n)->layout == Layout::Int) {
        if (to_bigint(n).is_negative()) return std::int64_t{0};
        if (to_bigint(n).fits_int64()) return to_bigint(n).to_int64();
        return vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    // any object with __index__ counts as its int (CPython: sequence repetition's PyNumber_AsSsize_t)
    if (n.is_object() && !vm.type_of(n)->lookup(vm.names.dunder_index).is_null()) {
        Value i = TRY(vm.index(n));
        return repeat_count(vm, i);
    }
    return std::int64_t{-1};
}

Result<Value> cannot_multiply(VM& vm, Value const& x) {
    if (vm.type_of(x)->is_heap) return vm.not_implemented;
    return vm.raise(vm.types.TypeError, "can't multiply sequence by non-int of type '{}'", vm.type_of(x)->name->view());
}

} // namespace weft::rt
