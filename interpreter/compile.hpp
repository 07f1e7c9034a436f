// The front end's one entry: source text in, a code unit or the first syntax error out, in one of CPython's
// compile() modes. The script runner, imports, exec/eval/compile() and the REPL all come through here.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "interpreter/code_unit.hpp"
#include "interpreter/source.hpp"

namespace weft::front {

// CPython's compile() modes: a module, one statement typed at a prompt, or one expression.
enum class CompileMode : std::uint8_t { Exec, Single, Eval };

struct CompileFlags {
    // The lowest native stack address the front end may use (null: no check): deeper input is CPython's
    // "RecursionError: maximum recursion depth exceeded during compilation" rather than a stack overflow on a
    // small stack (a host's thread, a sanitizer build's large frames)
    char const* stack_limit = nullptr;
    // The most digits a decimal literal may have (sys.get_int_max_str_digits(): 0 for no limit); -1 keeps the
    // enclosing compile's (4300, CPython's default, outside any)
    int max_str_digits = -1;
    // `await`, `async for` and `async with` at module level; the module's code is then a coroutine
    // (CPython: PyCF_ALLOW_TOP_LEVEL_AWAIT, which `python -m asyncio` uses)
    bool top_level_await = false;
    // An incomplete statement (Single mode) is the SyntaxError "incomplete input" rather than the error it is on
    // its own (CPython: PyCF_ALLOW_INCOMPLETE_INPUT, which codeop uses to ask for another line)
    bool allow_incomplete_input = false;
};

// A SyntaxWarning the compiler found (its message and line), issued once the code compiled
struct CompileWarning {
    std::string message;
    int line = 0;
};

struct CompileResult {
    std::shared_ptr<CodeUnit> code;          // set on success
    std::optional<SyntaxErrorReport> error;  // set on failure, unless `incomplete`
    // Single mode: the input is not yet a statement but more lines could make it one (an open bracket or
    // string, a block that may go on); a REPL reads another line (CPython: codeop's None)
    bool incomplete = false;
    std::vector<CompileWarning> warnings;
};

// Compiles `source` in `mode`. Single mode decides incompleteness as CPython's codeop does: input that fails
// is incomplete when it would compile with one more newline, or when even then it fails only because the input
// ended.
CompileResult compile(std::shared_ptr<SourceFile const> const& source, CompileMode mode, CompileFlags flags = {});

// Whether the parser, the symbol table or the compiler, recursing, has reached the stack limit of the compile
// running on this thread (CompileFlags::stack_limit).
bool compile_stack_exhausted();
// CPython's report for it.
SyntaxErrorReport compile_recursion_report();
// The digit limit of decimal literals in the compile running on this thread (CompileFlags::max_str_digits).
int compile_max_str_digits();

} // namespace weft::front
