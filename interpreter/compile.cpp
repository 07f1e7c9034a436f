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

// What the compile running on this thread may use: native stack and literal digits
struct CompileLimits {
    char const* stack_limit = nullptr;
    int max_str_digits = 4300;
};
thread_local CompileLimits t_limits;

// Sets the thread's limits for one compile; a nested compile (an f-string's expressions) keeps what it does not set
class CompileLimitsScope {
public:
    explicit CompileLimitsScope(CompileFlags const& flags) : m_saved(t_limits) {
        if (flags.stack_limit) t_limits.stack_limit = flags.stack_limit;
        if (flags.max_str_digits >= 0) t_limits.max_str_digits = flags.max_str_digits;
    }
    ~CompileLimitsScope() { t_limits = m_saved; }
    CompileLimitsScope(CompileLimitsScope const&) = delete;

private:
    CompileLimits m_saved;
};

} // namespace

bool compile_stack_exhausted() {
    char probe;
    return t_limits.stack_limit && &probe < t_limits.stack_limit;
}

int compile_max_str_digits() { return t_limits.max_str_digits; }

SyntaxErrorReport compile_recursion_report() {
    return SyntaxErrorReport{"RecursionError", "maximum recursion depth exceeded during compilation", {}};
}

CompileResult compile(std::shared_ptr<SourceFile const> const& source, CompileMode mode, CompileFlags flags) {
    CompileLimitsScope limits(flags);
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
