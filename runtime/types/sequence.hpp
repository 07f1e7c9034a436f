// Helpers the sequence types share for their operators: lexicographic comparison of item arrays, and the
// count of `seq * n`. Each type's slots (str, list, tuple, range) use them. CPython: Objects/listobject.c
// list_richcompare, Objects/abstract.c sequence_repeat.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/result.hpp"
#include "runtime/value.hpp"

namespace weft::rt {

class VM;

// Whether the comparison `op` (a COMPARE_OP argument) holds for an order c (negative, zero or positive).
bool comparison_holds(int op, int c);

// Compares two item arrays as sequences: the first unequal pair decides, else the lengths (CPython:
// list_richcompare, tuplerichcompare). A bool Value.
Result<Value> compare_items(VM& vm, Value const* x, std::size_t nx, Value const* y, std::size_t ny, int op);

// The count `n` of `seq * n`: an int's value (a negative one counts as 0), -1 when `n` is no int, and an
// OverflowError when it does not fit an index.
Result<std::int64_t> repeat_count(VM& vm, Value const& n);

// `seq * x` for an x that is no int: NotImplemented when x's class may define the reflected operator (the binary
// operator then tries it and, failing, raises this same TypeError: VM::binary_op), else CPython's TypeError.
Result<Value> cannot_multiply(VM& vm, Value const& x);

} // namespace weft::rt
