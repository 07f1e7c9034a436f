// The front end's one entry (compile.hpp): parse in the mode's grammar, build the scopes, generate code.
#include "interpreter/compile.hpp"

#include "interpreter/compiler.hpp"
#include "interpreter/parser.hpp"

namespace weft::front {

namespace {

ParseResult parse_in(SourceFile const& source, CompileMode mode) {
    switch (mode) {
    case CompileMode::Single: return parse_interactive(source);
    case CompileMode::Eval: return parse_expression(source);
    case CompileMode::Exec: break;
    }
    return parse_module(source);
}

} // namespace

namespace {

thread_local char const* t_stack_limit = nullptr;

// Sets the thread's compile stack limit for one compile (compiles nest: an f-string's expressions).
class StackLimitScope {
public:
    explicit StackLimitScope(char const* limit) : m_saved(t_stack_limit) {
        if (limit) t_stack_limit = limit;
    }
    ~StackLimitScope() { t_stack_limit = m_saved; }
    StackLimitScope(StackLimitScope const&) = delete;

private:
    char const* m_saved;
};

} // namespace

bool compile_stack_exhausted() {
    char probe;
    return t_stack_limit && &probe < t_stack_limit;
}

SyntaxErrorReport compile_recursion_report() {
    return SyntaxErrorReport{"RecursionError", "maximum recursion depth exceeded during compilation", {}};
}

CompileResult compile(std::shared_ptr<SourceFile const> const& source, CompileMode mode, CompileFlags flags) {
    StackLimitScope stack_limit(flags.stack_limit);
    CompileResult result;
    ParseResult parsed = parse_in(*source, mode);
    if (parsed.error) {
        if (mode == CompileMode::Single) {
            // CPython: Lib/codeop.py _maybe_compile: incomplete if the source compiles with a newline more, or
            // fails then only at the end of the input ("incomplete input")
            SourceFile extended(source->name(), source->text() + "\n");
            ParseResult again = parse_interactive(extended);
            if (!again.error || again.error->at_end_of_input) {
                result.incomplete = true;
                return result;
            }
        }
        result.error = std::move(parsed.error);
        return result;
    }
    SyntaxErrorReport report;
    result.code = compile_unit(*parsed.module, source, mode, flags, report, &result.warnings);
    if (!result.code)
        result.error = std::move(report);
    return result;
}

} // namespace weft::front
