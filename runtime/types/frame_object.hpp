// Frame objects: snapshots of running frames (sys._getframe) and the frames of traceback entries (frame_object.cpp).
#pragma once

#include "runtime/object.hpp"
#include "runtime/result.hpp"

namespace weft::rt {

class VM;
struct Frame;
struct CodeObject;
struct Tuple;

// A frame object for `f` and its callers, as they are now.
Value frame_snapshot(VM& vm, Frame* f);
// The frame object of a traceback entry: the frame has returned, so only its code and line are known.
Value returned_frame(VM& vm, CodeObject* code, int lineno);
// sys._getframe([depth])
Result<Value> sys_getframe(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames);

} // namespace weft::rt
