// The await protocol between the dispatch loop and native awaitables (futures, tasks, asyncio.sleep()).
// AWAIT asks the awaitable for its result; if it is not ready the running task suspends on what it names,
// and AWAIT runs again when the task resumes.
#pragma once

#include "runtime/vm/vm.hpp"

namespace weft::rt {

enum class AwaitStatus : std::uint8_t {
    Done,   // `out` is the result
    Wait,   // the task must wait: `out` is a Future to wait on, or None to be rescheduled after one loop turn
    Error,  // an exception was raised
};

inline bool is_native_awaitable(Value const& v) {
    if (!v.is_object())
        return false;
    Layout l = v.as_object()->type->layout;
    return l == Layout::Future || l == Layout::Task || l == Layout::Awaitable;
}

AwaitStatus await_native(VM& vm, Value const& awaitable, Value& out);

} // namespace weft::rt
