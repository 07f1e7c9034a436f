// How native functions and methods are declared: their C++ signature and the argument counts they accept.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.hpp"
#include "runtime/result.hpp"

namespace weft::rt {

class VM;
struct Tuple;

using NativeFn = Result<Value> (*)(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames);

// How a native function takes its arguments (CPython's METH_NOARGS, METH_O and Argument Clinic's
// positional-only forms). The call paths check the count before the function runs, so its body may index
// args without checking, and report CPython's messages from one place (vm/call.cpp). Counts exclude self.
enum class ArgStyle : std::uint8_t {
    Any,         // the function checks its own arguments (keywords, *args)
    NoArgs,      // "list.clear() takes no arguments (1 given)"
    One,         // "list.append() takes exactly one argument (0 given)"
    Positional,  // "insert expected 2 arguments, got 1" (CPython: _PyArg_CheckPositional)
    ParseTuple,  // "find() takes at least 1 argument (0 given)" (CPython: PyArg_ParseTuple's vgetargs1)
};

struct Args {
    std::uint32_t min = 0;
    std::uint32_t max = UINT32_MAX;
    ArgStyle style = ArgStyle::Any;
    bool keywords = true;  // false: "list.append() takes no keyword arguments"

    static constexpr Args any() { return {}; }
    static constexpr Args none() { return {0, 0, ArgStyle::NoArgs, false}; }
    static constexpr Args one() { return {1, 1, ArgStyle::One, false}; }
    static constexpr Args positional(std::uint32_t min, std::uint32_t max) { return {min, max, ArgStyle::Positional, false}; }
    static constexpr Args parse_tuple(std::uint32_t min, std::uint32_t max) { return {min, max, ArgStyle::ParseTuple, false}; }
    static constexpr Args varargs() { return {0, UINT32_MAX, ArgStyle::Any, false}; }  // *args, no keywords
};

// One method of a builtin type, as its init function lists it (add_methods).
struct MethodDef {
    char const* name;
    NativeFn fn;
    Args args = Args::any();  // checked before `fn` runs; its body may then index args freely
    bool class_method = false;  // wrapped in classmethod: args[0] is the class (__class_getitem__)
};

} // namespace weft::rt
