// The compiler's output: a CodeUnit per function body (module, class body, def, lambda, comprehension),
// as plain C++ data. The runtime's loader turns it into a CodeObject (runtime/vm/loader.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "interpreter/bytecode.hpp"
#include "interpreter/source.hpp"

namespace weft::front {

struct CodeUnit;

// A compile-time constant. Tuples of constants appear for default values and keyword-name lists.
struct ConstantValue {
    enum class Type : std::uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes, Tuple, Code };
    Type type = Type::None;
    std::int64_t int_value = 0;
    double float_value = 0.0;                // Float, or the imaginary part of Complex
    std::string text;                        // Str (UTF-8), Bytes, or BigInt decimal digits
    std::vector<ConstantValue> items;        // Tuple
    std::shared_ptr<CodeUnit> code;          // Code

    bool operator==(ConstantValue const& other) const;
};

// One row of the exception table (CPython 3.11 Objects/exception_handling_notes.txt): an exception raised by
// an instruction in [start, end) pops the value stack down to `depth`, pushes the offending instruction's
// offset if `push_lasti`, pushes the exception, and jumps to `target`.
struct ExceptionTableEntry {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t target = 0;
    std::uint16_t depth = 0;
    bool push_lasti = false;
};

enum CodeFlags : std::uint32_t {
    CodeVarargs = 1 << 0,        // *args
    CodeVarkeywords = 1 << 1,    // **kwargs
    CodeGenerator = 1 << 2,      // def with yield
    CodeCoroutine = 1 << 3,      // async def
    CodeAsyncGenerator = 1 << 4, // async def with yield
    CodeOptimized = 1 << 5,      // locals are fast slots (functions); module and class bodies use a dict
    CodeNested = 1 << 6,
};

struct CodeUnit {
    std::string name;        // co_name
    std::string qualname;    // co_qualname
    std::shared_ptr<SourceFile const> source;
    std::uint32_t flags = 0;
    int argcount = 0;        // positional parameters, including positional-only
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    int first_line = 1;
    int stacksize = 0;
    std::vector<std::string> varnames;  // fast locals; parameters first, in order (args, kwonly, *args, **kw)
    std::vector<std::string> cellvars;  // locals captured by inner functions
    std::vector<std::string> freevars;  // variables captured from enclosing functions
    std::vector<int> cell_from_arg;     // per cellvar: the parameter index that initializes it, or -1
    std::vector<std::string> names;     // global, attribute and imported names
    std::vector<ConstantValue> consts;
    std::vector<Instruction> code;               // instructions and their cache words
    std::vector<SourceLocation> locations;       // one per code word
    std::vector<ExceptionTableEntry> exception_table;  // sorted by start; ranges are disjoint

    // The row whose range holds the instruction at `offset` (its handler catches what that instruction
    // raises), or nullptr when nothing in this body would catch it.
    ExceptionTableEntry const* handler_at(std::uint32_t offset) const {
        for (auto const& e : exception_table) {
            if (e.start > offset) break;
            if (offset < e.end) return &e;
        }
        return nullptr;
    }
};

// Compiles a parsed module into the module's code unit; nested code units hang off the constants.
// On error returns nullptr and sets `error`.
struct Module;
std::shared_ptr<CodeUnit> compile_module(Module const& module, std::shared_ptr<SourceFile const> const& source,
                                         SyntaxErrorReport& error);

// A `dis`-style listing of a code unit and of the code units nested in its constants.
std::string disassemble(CodeUnit const& unit);
// A constant as the disassembler shows it (Python's repr for the simple ones)
std::string constant_repr(ConstantValue const& c);

} // namespace weft::front
