// Frames: a function activation's locals, cells and value stack in one block. Frames of plain calls are
// carved from the running context's DataStack (a bump allocator, so a call allocates nothing); frames of
// generators and coroutines live inside the generator object, so they survive suspension.
#pragma once

#include <cstddef>
#include <vector>

#include "runtime/types/function.hpp"

namespace weft::rt {

enum FrameFlags : std::uint32_t {
    FrameEntry = 1 << 0,       // returning from this frame leaves the dispatch loop
    FrameOnDataStack = 1 << 1, // allocated from a DataStack (popped on return)
    FrameExecuting = 1 << 2,
    FrameInit = 1 << 3,        // an __init__ run by CALL's class fast path: its None result is not pushed
    FrameInGenerator = 1 << 4, // the frame of a generator or coroutine, stored inside that object
    FrameYieldSink = 1 << 5,   // a generator frame whose consumer may take its values as it yields (YieldSink)
};

// 64 bytes of header: a suspended coroutine keeps one, so what can be derived (the code, the builtins, the
// owning generator) is not stored.
struct Frame {
    Function* function;          // owned reference: the code, globals and builtins come from it
    Frame* previous;             // the caller, or the awaiting coroutine's frame
    front::Instruction* ip;      // the next instruction to execute (saved while not running)
    Value* sp;                   // one past the top of the value stack (saved while not running)
    Dict* globals;               // borrowed from `function`
    Dict* locals;                // owned: the namespace of module and class bodies; null for functions
    std::uint32_t flags;
    std::uint32_t lasti;         // offset of the instruction a caller frame is executing (its CALL or AWAIT)
    std::int32_t depth;          // frames between this one and the bottom of its context (RecursionError)
    Value slots[1];              // code->nlocals + ncells + nfree locals, then the value stack

    CodeObject* code() const { return function->code.get(); }
    Dict* builtins() const { return function->builtins.get(); }
    Value* locals_begin() { return slots; }
    Value* cells() { return slots + code()->nlocals; }
    Value* stack_base() { CodeObject* c = code(); return slots + c->nlocals + c->ncells + c->nfree; }
    std::size_t current_offset() const { return static_cast<std::size_t>(ip - code()->code.data()); }

    static std::size_t bytes_for(int nslots) {
        std::size_t bytes = offsetof(Frame, slots) + sizeof(Value) * static_cast<std::size_t>(nslots > 0 ? nslots : 1);
        return (bytes + 15) & ~std::size_t{15};
    }
    static std::size_t size_for(CodeObject const* code) { return code->frame_bytes; }  // bytes_for(nslots), precomputed
};

// A chunked bump allocator for frames of plain calls; one per running context (the main thread and
// each pooled fiber), so a suspended fiber keeps its frames while others run.
class DataStack {
public:
    DataStack() = default;
    DataStack(DataStack const&) = delete;
    ~DataStack();
    // `bytes` is a frame size, a multiple of 16 (Frame::bytes_for). Before the first chunk both pointers are
    // null and their distance 0, so that case takes the slow path too.
    void* push(std::size_t bytes) {
        if (bytes <= static_cast<std::size_t>(m_limit - m_top)) [[likely]] {
            void* p = m_top;
            m_top += bytes;
            return p;
        }
        return push_slow(bytes);
    }
    void pop(void* frame) {
        auto* p = static_cast<char*>(frame);
        if (p >= m_base && p < m_limit) {
            m_top = p;
            return;
        }
        pop_slow(p);
    }

private:
    void* push_slow(std::size_t bytes);
    void pop_slow(char* p);
    void sync_current();  // recomputes m_base/m_top/m_limit from the current chunk
    char* m_base = nullptr;   // the current chunk
    char* m_top = nullptr;
    char* m_limit = nullptr;

    struct Chunk {
        char* base;
        std::size_t size;
        std::size_t used;
    };
    std::vector<Chunk> m_chunks;
    std::size_t m_current = 0;
};

} // namespace weft::rt
