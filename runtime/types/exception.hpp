// BaseException and its subclasses share one layout: args, the chaining links, the traceback (a list of
// frames the exception passed through) and an attribute dict for user subclasses.
#pragma once

#include <vector>

#include "runtime/object.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/function.hpp"

namespace weft::rt {

class VM;

struct TracebackEntry {
    Ref<CodeObject> code;
    std::uint32_t offset;  // the instruction the frame was executing
};

struct Exception final : Object {
    Ref<Tuple> args;
    Value context;                         // __context__: the exception being handled when this was raised
    Value cause;                           // __cause__: `raise ... from cause`
    bool suppress_context = false;
    std::vector<TracebackEntry> traceback; // outermost first, as printed
    Ref<Dict> dict;
    Value value;                           // StopIteration.value, SystemExit.code

    explicit Exception(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override;
};

// e.__traceback__: a traceback object over the exception's entries, or None (types/traceback_object.cpp).
Value traceback_of(VM& vm, Value const& exception);
// The entries from traceback object `tb` on (its frame first, the raising one last).
std::vector<TracebackEntry> traceback_entries(Value const& tb);
// e.__traceback__ = tb (None clears the entries); TypeError for anything else.
Result<void> set_traceback(VM& vm, Exception* e, Value const& tb);

} // namespace weft::rt
