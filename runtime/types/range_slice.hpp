// Slice index arithmetic shared by every sequence type (defined in range_slice.cpp).
#pragma once

#include <cstdint>

#include "runtime/result.hpp"
#include "runtime/value.hpp"

namespace weft::rt {

class VM;

// The indices a slice object selects in a sequence of `length` items: start, stop, step and how many
// (`count`). CPython: Objects/sliceobject.c PySlice_GetIndicesEx.
Result<void> slice_indices(VM& vm, Value const& slice, std::int64_t length, std::int64_t& start, std::int64_t& stop,
                           std::int64_t& step, std::int64_t& count);

// A slice object (BUILD_SLICE).
Value make_slice(VM& vm, Value start, Value stop, Value step);

// The start, step and length of a range object.
void range_fields(Value const& v, std::int64_t& start, std::int64_t& step, std::int64_t& length);

} // namespace weft::rt
