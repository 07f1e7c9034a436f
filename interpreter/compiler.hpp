// The compiler (AST -> CodeUnit), shared by compiler.cpp (units, functions, classes, names),
// compile_stmt.cpp and compile_expr.cpp. CPython: Python/compile.c.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "interpreter/ast.hpp"
#include "interpreter/code_builder.hpp"
#include "interpreter/code_unit.hpp"
#include "interpreter/compile.hpp"
#include "interpreter/symtable.hpp"

namespace weft::front {

struct CompileError {
    SyntaxErrorReport report;
};

// A frame block: what `return`, `break` and `continue` must unwind (CPython: fblockinfo).
enum class FrameBlockKind : std::uint8_t {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue, ExceptionHandler,
    ExceptionGroupHandler
};

struct FrameBlock {
    FrameBlockKind kind;
    Label block;              // loops: the continue target
    Label exit;               // loops: the break target
    Stmt const* finally_body_owner = nullptr;  // FinallyTry: the Try whose finalbody to run
    std::string name;         // HandlerCleanup: the `as` name
    SourceLocation location;
};

struct CompileUnit {
    std::shared_ptr<CodeUnit> code;
    std::unique_ptr<CodeBuilder> builder;
    Scope* scope = nullptr;
    std::vector<FrameBlock> blocks;
    std::string qualname_prefix;  // for nested qualnames: "f.<locals>." or "C."
    SourceLocation location;      // the location used for implicit instructions
    std::string private_name;     // the innermost enclosing class's name (private name mangling), or ""
};

// compile() after parsing (compile.cpp): the code unit of a parsed module in `mode`, and the SyntaxWarnings found.
std::shared_ptr<CodeUnit> compile_unit(Module const& module, std::shared_ptr<SourceFile const> const& source,
                                       CompileMode mode, CompileFlags flags, SyntaxErrorReport& error,
                                       std::vector<CompileWarning>* warnings = nullptr);

// Whether a module or class body has an annotated assignment (CPython: find_ann), in compile_stmt.cpp.
bool has_annotations(StmtList const& body);

class Compiler {
public:
    Compiler(SymbolTable& symbols, std::shared_ptr<SourceFile const> source) : m_symbols(symbols), m_source(std::move(source)) {}

    std::shared_ptr<CodeUnit> compile_module(Module const& module);

    // ---- units (compiler.cpp) ----
    void enter_unit(Scope* scope, std::string name, std::string qualname, SourceLocation location);
    std::shared_ptr<CodeUnit> leave_unit();
    CompileUnit& unit() { return m_units.back(); }
    CodeBuilder& builder() { return *m_units.back().builder; }
    bool in_function() const { return m_units.back().scope->kind == ScopeKind::Function; }
    std::string qualname_for(std::string const& name);

    // emit helpers
    void emit(Op op, std::uint32_t arg, SourceLocation loc) { builder().emit(op, arg, loc); }
    void emit(Op op, SourceLocation loc) { builder().emit(op, 0, loc); }
    void emit_jump(Op op, Label target, SourceLocation loc) { builder().emit_jump(op, target, loc); }
    Label new_label() { return builder().new_label(); }
    void bind(Label l) { builder().bind(l); }
    void emit_const(ConstantValue value, SourceLocation loc);
    void emit_none(SourceLocation loc);

    // names (compiler.cpp)
    enum class NameOp { Load, Store, Delete };
    void emit_name(std::string const& name, NameOp op, SourceLocation loc);
    int deref_index(std::string const& name);

    // functions, classes, comprehensions (compiler.cpp)
    void compile_function_def(FunctionDef const* def);
    void compile_lambda(Lambda const* lambda);
    void compile_class_def(ClassDef const* def);
    void compile_comprehension(Expr const* node, std::vector<Comprehension> const& generators, Expr const* elt,
                               Expr const* value);
    // Emits MAKE_FUNCTION for a finished code unit; defaults/kwdefaults already on the stack per `flags`.
    void emit_make_function(std::shared_ptr<CodeUnit> const& code, Scope* scope, std::uint32_t flags, SourceLocation loc);
    // The closure's cells as a tuple (if the unit has free variables) and the code constant; the flag (8) that says
    // a closure is there.
    std::uint32_t emit_closure_and_code(std::shared_ptr<CodeUnit> const& code, SourceLocation loc);
    std::uint32_t emit_defaults(Arguments const& args, SourceLocation loc);
    void check_debug_args(Arguments const& args, SourceLocation loc);

    // ---- statements (compile_stmt.cpp) ----
    // The name operand of an attribute or import instruction, mangled as CPython's ADDOP_NAME does.
    std::uint32_t attribute_name(std::string const& name);
    void compile_body(StmtList const& body);
    void compile_async_for(For const* s);
    void compile_annotated_target_parts(Expr const* target, SourceLocation loc);
    void compile_stmt(Stmt const* s);
    void compile_assign_target(Expr const* target);
    void compile_aug_assign(AugAssign const* s);
    void compile_for(For const* s);
    void compile_while(While const* s);
    void compile_if(If const* s);
    void compile_try(Try const* s);
    void compile_try_except(Try const* s);
    void compile_try_finally(Try const* s);
    void compile_try_star_except(Try const* s);
    void compile_try_body_and_enter_handlers(Try const* s, Label end, Label cleanup);
    void emit_handler_cleanup(Label cleanup, SourceLocation loc);
    void compile_handler_body(ExceptHandler const* h, Label body, Label cleanup_end);
    void clear_handler_name(std::string const& name, SourceLocation loc);
    void compile_with(With const* s, std::size_t item);
    void compile_raise(Raise const* s);
    void compile_import(Import const* s);
    void compile_import_from(ImportFrom const* s);
    void compile_return(Return const* s);
    void compile_break_continue(Stmt const* s, bool is_break);
    void compile_delete_target(Expr const* target);
    void compile_assert(Assert const* s);
    // ---- match statements (compile_match.cpp) ----
    struct PatternContext;
    void compile_match(Match const* s);
    void compile_pattern(Pattern const* p, PatternContext& pc);
    void compile_subpattern(Pattern const* p, PatternContext& pc);
    void compile_pattern_value(MatchValue const* p, PatternContext& pc);
    void compile_pattern_sequence(MatchSequence const* p, PatternContext& pc);
    void compile_pattern_mapping(MatchMapping const* p, PatternContext& pc);
    void compile_pattern_class(MatchClass const* p, PatternContext& pc);
    void compile_pattern_as(MatchAs const* p, PatternContext& pc);
    void compile_pattern_or(MatchOr const* p, PatternContext& pc);
    void pattern_store_name(std::string const& name, PatternContext& pc, SourceLocation loc);
    void pattern_rotate(std::size_t count, SourceLocation loc);
    void pattern_jump_to_fail(PatternContext& pc, Op op, SourceLocation loc);
    void pattern_emit_fail_pops(PatternContext& pc, SourceLocation loc);
    void unwind_block(FrameBlock const& block, bool preserve_tos);
    // Unwinds frame blocks down to the innermost loop (loop != nullptr) or all of them; returns the loop.
    bool unwind_block_stack(bool preserve_tos, FrameBlock* loop_out, SourceLocation const& statement);
    void call_exit_with_nones(SourceLocation loc);

    // ---- expressions (compile_expr.cpp) ----
    void compile_expr(Expr const* e);
    void compile_jump_if(Expr const* e, Label target, bool jump_if_true, SourceLocation const* at = nullptr);
    void compile_call(Call const* call);
    void compile_call_helper(Call const* call, int already_pushed, SourceLocation loc);
    void compile_compare(Compare const* c);
    void compile_boolop(BoolOp const* b);
    void compile_joined_str(JoinedStr const* j);
    void compile_formatted_value(FormattedValue const* f);
    void compile_subscript(Subscript const* s);
    void compile_sequence(ExprList const& elts, Op build, SourceLocation loc, bool as_tuple);
    void compile_dict(Dict const* d);
    bool compile_swap_assign(Expr const* target, Expr const* value);
    void compile_unpack_target(ExprList const& elts, SourceLocation loc);
    ConstantValue constant_of(Constant const* c);
    bool try_constant_tuple(ExprList const& elts, ConstantValue& out);

    [[noreturn]] void error(std::string message, SourceLocation loc);
    // ---- SyntaxWarnings (compile_warnings.cpp) ----
    void warn(std::string message, SourceLocation loc);
    void check_compare(Compare const* e);
    void check_caller(Expr const* func);
    void check_subscript(Subscript const* e);
    std::vector<CompileWarning> m_warnings;

    // Whether `await` (and async for/with) may stand here: in a coroutine, or at module level when the flags
    // allow top-level await (which then makes the module's code a coroutine).
    bool await_allowed();

    SymbolTable& m_symbols;
    std::shared_ptr<SourceFile const> m_source;
    // `from __future__ import annotations` (PEP 563): annotations are kept as their source text, unevaluated
    bool m_future_annotations = false;
    void compile_annotation(Expr const* annotation);
    CompileMode m_mode = CompileMode::Exec;
    bool m_top_level_await = false;       // CompileFlags::top_level_await
    bool m_used_top_level_await = false;  // the module awaited at top level
    std::vector<CompileUnit> m_units;
};

} // namespace weft::front
