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

// The two halves of slice_indices, for a sequence whose length may change while the bounds' __index__ methods run
// (or, for an assignment, while the assigned iterable is read): the bounds as given, None made the far end for the
// step's direction (CPython: PySlice_Unpack), then clamped to the length at the time of use, the item count
// returned (PySlice_AdjustIndices).
Result<void> slice_unpack(VM& vm, Value const& slice, std::int64_t& start, std::int64_t& stop, std::int64_t& step);
std::int64_t slice_adjust(std::int64_t length, std::int64_t& start, std::int64_t& stop, std::int64_t step);

// A slice object (BUILD_SLICE).
Value make_slice(VM& vm, Value start, Value stop, Value step);

// The start, step and length of a range object.
void range_fields(Value const& v, std::int64_t& start, std::int64_t& step, std::int64_t& length);

// An iterator over `length` ints from `start` by `step` (iter() and reversed() of a range). Not tracked by the
// collector: it holds nothing but numbers (CPython's rangeiterobject is no GC object either).
Value new_range_iterator(VM& vm, std::int64_t start, std::int64_t step, std::int64_t length);

} // namespace weft::rt
