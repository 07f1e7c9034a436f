// The compiler's entry point and its scope-level work: code units, name operations, and the creation
// of functions, lambdas, classes and comprehensions. CPython: Python/compile.c (compiler_function,
// compiler_class, compiler_comprehension, compiler_nameop).
#include "interpreter/compiler.hpp"

#include "interpreter/compile.hpp"

#include <algorithm>
#include <cmath>

namespace weft::front {

bool ConstantValue::operator==(ConstantValue const& other) const {
    if (type != other.type)
        return false;
    switch (type) {
    case Type::Int: return int_value == other.int_value;
    case Type::Float:
    case Type::Complex:
        // distinguish 0.0 from -0.0 and keep NaNs apart, as CPython's constant merging does
        return std::signbit(float_value) == std::signbit(other.float_value) && float_value == other.float_value;
    case Type::Str: case Type::Bytes: case Type::BigInt: return text == other.text;
    case Type::Tuple: return items == other.items;
    case Type::Code: return code == other.code;
    default: return true;
    }
}

void Compiler::error(std::string message, SourceLocation loc) {
    throw CompileError{SyntaxErrorReport{"SyntaxError", std::move(message), loc}};
}

void Compiler::emit_const(ConstantValue value, SourceLocation loc) {
    emit(Op::LOAD_CONST, static_cast<std::uint32_t>(builder().add_const(std::move(value))), loc);
}

void Compiler::emit_none(SourceLocation loc) { emit_const(ConstantValue{}, loc); }

std::string Compiler::qualname_for(std::string const& name) { return unit().qualname_prefix + name; }

void Compiler::enter_unit(Scope* scope, std::string name, std::string qualname, SourceLocation location) {
    CompileUnit u;
    u.code = std::make_shared<CodeUnit>();
    u.code->name = std::move(name);
    u.code->qualname = qualname;
    u.code->source = m_source;
    u.code->first_line = location.line > 0 ? location.line : 1;
    u.scope = scope;
    u.location = location;
    // functions, lambdas and comprehensions see the names of the class they are in mangled; a class body
    // sets its own (compile_class_def)
    if (!m_units.empty())
        u.private_name = m_units.back().private_name;
    if (scope->kind == ScopeKind::Function) {
        u.code->flags |= CodeOptimized;
        if (scope->is_coroutine)
            u.code->flags |= scope->is_generator ? CodeAsyncGenerator : CodeCoroutine;
        else if (scope->is_generator)
            u.code->flags |= CodeGenerator;
        u.qualname_prefix = qualname + ".<locals>.";
        // parameters first, then the other locals in the order the body first mentions them (CPython's
        // co_varnames; locals() lists them so)
        u.code->varnames = scope->params;
        for (std::string const& n : scope->order) {
            auto it = scope->resolved.find(n);
            if (it != scope->resolved.end() && (it->second == NameScope::Local || it->second == NameScope::Cell) &&
                std::find(scope->params.begin(), scope->params.end(), n) == scope->params.end())
                u.code->varnames.push_back(n);
        }
    } else if (scope->kind == ScopeKind::Class) {
        u.qualname_prefix = qualname + ".";
    }
    // cells and free variables sorted by name, as CPython 3.11 orders them (Python/compile.c, dictbytype)
    std::vector<std::string> cells, frees;
    for (auto const& [n, ns] : scope->resolved) {
        if (ns == NameScope::Cell) cells.push_back(n);
        else if (ns == NameScope::Free) frees.push_back(n);
        else if (scope->kind == ScopeKind::Class && ns == NameScope::Local && (scope->flags[n] & DefFreeClass))
            frees.push_back(n);  // a class-local name a method reads from past the class (CPython: DEF_FREE_CLASS)
    }
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    for (std::string const& n : cells) {
        u.code->cellvars.push_back(n);
        auto it = std::find(scope->params.begin(), scope->params.end(), n);
        u.code->cell_from_arg.push_back(it == scope->params.end() ? -1 : static_cast<int>(it - scope->params.begin()));
    }
    u.code->freevars = std::move(frees);
    if (scope->kind == ScopeKind::Class && scope->needs_class_cell) {
        u.code->cellvars.push_back("__class__");
        u.code->cell_from_arg.push_back(-1);
    }
    u.builder = std::make_unique<CodeBuilder>(*u.code);
    m_units.push_back(std::move(u));
}

std::shared_ptr<CodeUnit> Compiler::leave_unit() {
    CompileUnit& u = unit();
    SyntaxErrorReport report;
    if (!u.builder->finish(report))
        throw CompileError{report};
    std::shared_ptr<CodeUnit> code = u.code;
    m_units.pop_back();
    return code;
}

// An annotation: evaluated, or under `from __future__ import annotations` its source text as a str (CPython
// stores ast.unparse's spelling; for annotations as people write them that is their text, whitespace
// between lines joined)
void Compiler::compile_annotation(Expr const* annotation) {
    if (!m_future_annotations) {
        compile_expr(annotation);
        return;
    }
    SourceLocation const& at = annotation->location;
    std::string text;
    if (annotation->kind == Expr::Kind::Constant && static_cast<Constant const*>(annotation)->type == Constant::Type::Str) {
        // a quoted annotation unparses as the str's repr: single quotes unless it holds one (and no double)
        std::string const& value = static_cast<Constant const*>(annotation)->str_value;
        char quote = value.find('\'') != std::string::npos && value.find('"') == std::string::npos ? '"' : '\'';
        text += quote;
        for (char c : value) {
            if (c == '\\' || c == quote) text += '\\';
            text += c;
        }
        text += quote;
        emit_const(ConstantValue{ConstantValue::Type::Str, 0, 0.0, std::move(text), {}, nullptr}, at);
        return;
    }
    for (int line = at.line; line <= at.end_line; ++line) {
        std::string_view row = m_source->line_text(line);
        std::size_t from = line == at.line ? static_cast<std::size_t>(at.column) : 0;
        std::size_t to = line == at.end_line ? static_cast<std::size_t>(at.end_column) : row.size();
        std::string_view piece = row.substr(std::min(from, row.size()), to > from ? to - from : 0);
        if (line != at.line) {
            while (!piece.empty() && (piece.front() == ' ' || piece.front() == '\t')) piece.remove_prefix(1);
            if (!text.empty() && text.back() != '[' && text.back() != '(' && text.back() != ' ') text += ' ';
        }
        text += piece;
    }
    // runs of blanks outside string literals become one, as unparsing spells them
    std::string spaced;
    char in_quote = 0;
    for (char c : text) {
        if (in_quote) {
            if (c == in_quote) in_quote = 0;
        } else if (c == '\'' || c == '"') {
            in_quote = c;
        } else if (c == ' ' && !spaced.empty() && (spaced.back() == ' ' || spaced.back() == '[' || spaced.back() == '(')) {
            continue;
        }
        spaced += c;
    }
    emit_const(ConstantValue{ConstantValue::Type::Str, 0, 0.0, std::move(spaced), {}, nullptr}, at);
}

std::shared_ptr<CodeUnit> Compiler::compile_module(Module const& module) {
    enter_unit(m_symbols.module_scope(), "<module>", "<module>", SourceLocation{1, 0, 1, 0});
    unit().qualname_prefix = "";
    if (m_mode == CompileMode::Eval) {
        // CPython: compiler_mod's Expression_kind: the expression's value is the code's result
        Expr const* value = static_cast<ExprStmt const*>(module.body.front())->value;
        compile_expr(value);
        emit(Op::RETURN_VALUE, value->location);
    } else {
        // the future statements: leading `from __future__ import ...`, after an optional docstring
        for (std::size_t i = 0; i < module.body.size(); ++i) {
            Stmt const* st = module.body[i];
            if (i == 0 && st->kind == Stmt::Kind::ExprStmt) continue;
            if (st->kind != Stmt::Kind::ImportFrom || static_cast<ImportFrom const*>(st)->module != "__future__") break;
            for (Alias const* a : static_cast<ImportFrom const*>(st)->names)
                if (a->name == "annotations") m_future_annotations = true;
        }
        if (has_annotations(module.body))
            emit(Op::SETUP_ANNOTATIONS, module.body.empty() ? SourceLocation{} : module.body[0]->location);
        compile_body(module.body);
        if (!builder().last_is_terminal()) {
            emit_none(SourceLocation{});
            emit(Op::RETURN_VALUE, SourceLocation{});
        }
    }
    if (m_used_top_level_await)
        unit().code->flags |= CodeCoroutine;  // CPython: CO_COROUTINE on a module that awaits
    return leave_unit();
}

bool Compiler::await_allowed() {
    Scope const* scope = unit().scope;
    if (scope->kind == ScopeKind::Function && scope->is_coroutine)
        return true;
    if (scope->kind == ScopeKind::Module && m_top_level_await) {
        m_used_top_level_await = true;
        return true;
    }
    return false;
}

int Compiler::deref_index(std::string const& name) {
    CodeUnit const& code = *unit().code;
    auto it = std::find(code.cellvars.begin(), code.cellvars.end(), name);
    if (it != code.cellvars.end())
        return static_cast<int>(it - code.cellvars.begin());
    auto jt = std::find(code.freevars.begin(), code.freevars.end(), name);
    if (jt != code.freevars.end())
        return static_cast<int>(code.cellvars.size() + (jt - code.freevars.begin()));
    error("internal compiler error: no cell for '" + name + "'", unit().location);
}

std::uint32_t Compiler::attribute_name(std::string const& name) {
    return static_cast<std::uint32_t>(builder().add_name(mangle_private_name(unit().private_name, name)));
}

void Compiler::emit_name(std::string const& spelled, NameOp op, SourceLocation loc) {
    if (op != NameOp::Load && spelled == "__debug__")  // CPython: compiler_nameop's forbidden_name
        error(op == NameOp::Store ? "cannot assign to __debug__" : "cannot delete __debug__", loc);
    std::string const name = mangle_private_name(unit().private_name, spelled);
    Scope* scope = unit().scope;
    NameScope ns = scope->lookup(name);
    auto name_index = [&] { return static_cast<std::uint32_t>(builder().add_name(name)); };
    switch (ns) {
    case NameScope::Local:
        if (scope->kind == ScopeKind::Function) {
            auto const& vars = unit().code->varnames;
            auto idx = static_cast<std::uint32_t>(std::find(vars.begin(), vars.end(), name) - vars.begin());
            emit(op == NameOp::Load ? Op::LOAD_FAST : op == NameOp::Store ? Op::STORE_FAST : Op::DELETE_FAST, idx, loc);
        } else {
            emit(op == NameOp::Load ? Op::LOAD_NAME : op == NameOp::Store ? Op::STORE_NAME : Op::DELETE_NAME,
                 name_index(), loc);
        }
        return;
    case NameScope::Cell:
    case NameScope::Free: {
        auto idx = static_cast<std::uint32_t>(deref_index(name));
        if (op == NameOp::Load)
            emit(scope->kind == ScopeKind::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF, idx, loc);
        else
            emit(op == NameOp::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, idx, loc);
        return;
    }
    case NameScope::GlobalExplicit:
        emit(op == NameOp::Load ? Op::LOAD_GLOBAL : op == NameOp::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
             name_index(), loc);
        return;
    case NameScope::GlobalImplicit:
        if (scope->kind == ScopeKind::Function)
            emit(op == NameOp::Load ? Op::LOAD_GLOBAL : op == NameOp::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
                 name_index(), loc);
        else
            emit(op == NameOp::Load ? Op::LOAD_NAME : op == NameOp::Store ? Op::STORE_NAME : Op::DELETE_NAME,
                 name_index(), loc);
        return;
    }
}

// A parameter named __debug__ is a SyntaxError at the definition (CPython: compiler_check_debug_args)
void Compiler::check_debug_args(Arguments const& args, SourceLocation loc) {
    auto check = [&](Arg const* a) {
        if (a && a->name == "__debug__") error("cannot assign to __debug__", loc);
    };
    for (Arg const* a : args.posonlyargs) check(a);
    for (Arg const* a : args.args) check(a);
    check(args.vararg);
    for (Arg const* a : args.kwonlyargs) check(a);
    check(args.kwarg);
}

std::uint32_t Compiler::emit_defaults(Arguments const& args, SourceLocation loc) {
    check_debug_args(args, loc);
    std::uint32_t flags = 0;
    if (!args.defaults.empty()) {
        for (Expr const* d : args.defaults)
            compile_expr(d);
        emit(Op::BUILD_TUPLE, static_cast<std::uint32_t>(args.defaults.size()), loc);
        flags |= 1;
    }
    int kw_count = 0;
    for (std::size_t i = 0; i < args.kwonlyargs.size(); ++i) {
        if (i < args.kw_defaults.size() && args.kw_defaults[i]) {
            emit_const(ConstantValue{ConstantValue::Type::Str, 0, 0.0, args.kwonlyargs[i]->name, {}, nullptr}, loc);
            compile_expr(args.kw_defaults[i]);
            ++kw_count;
        }
    }
    if (kw_count > 0) {
        emit(Op::BUILD_MAP, static_cast<std::uint32_t>(kw_count), loc);
        flags |= 2;
    }
    return flags;
}

void Compiler::emit_make_function(std::shared_ptr<CodeUnit> const& code, Scope* scope, std::uint32_t flags,
                                  SourceLocation loc) {
    emit(Op::MAKE_FUNCTION, flags | emit_closure_and_code(code, loc), loc);
    (void)scope;
}

std::uint32_t Compiler::emit_closure_and_code(std::shared_ptr<CodeUnit> const& code, SourceLocation loc) {
    std::uint32_t flags = 0;
    if (!code->freevars.empty()) {
        for (std::string const& name : code->freevars) {
            // A class scope's free variable named like one of its locals is reached through its cell.
            emit(Op::LOAD_CLOSURE, static_cast<std::uint32_t>(deref_index(name)), loc);
        }
        emit(Op::BUILD_TUPLE, static_cast<std::uint32_t>(code->freevars.size()), loc);
        flags |= 8;
    }
    ConstantValue c;
    c.type = ConstantValue::Type::Code;
    c.code = code;
    emit_const(std::move(c), loc);
    return flags;
}

namespace {
bool is_docstring(StmtList const& body) {
    if (body.empty() || body[0]->kind != Stmt::Kind::ExprStmt)
        return false;
    Expr const* v = static_cast<ExprStmt const*>(body[0])->value;
    return v->kind == Expr::Kind::Constant && static_cast<Constant const*>(v)->type == Constant::Type::Str;
}
} // namespace

void Compiler::compile_function_def(FunctionDef const* def) {
    SourceLocation loc = def->location;
    for (Expr const* d : def->decorator_list) {
        emit(Op::PUSH_NULL, d->location);
        compile_expr(d);
    }
    std::uint32_t flags = emit_defaults(def->args, loc);
    // Annotations are evaluated at definition time (CPython 3.11 without `from __future__ import annotations`).
    int annotation_count = 0;
    auto annotate = [&](Arg const* a) {
        if (a && a->annotation) {
            emit_const(ConstantValue{ConstantValue::Type::Str, 0, 0.0, a->name, {}, nullptr}, loc);
            compile_annotation(a->annotation);
            ++annotation_count;
        }
    };
    for (Arg const* a : def->args.posonlyargs) annotate(a);
    for (Arg const* a : def->args.args) annotate(a);
    annotate(def->args.vararg);
    for (Arg const* a : def->args.kwonlyargs) annotate(a);
    annotate(def->args.kwarg);
    if (def->returns) {
        emit_const(ConstantValue{ConstantValue::Type::Str, 0, 0.0, "return", {}, nullptr}, loc);
        compile_annotation(def->returns);
        ++annotation_count;
    }
    if (annotation_count > 0) {
        emit(Op::BUILD_TUPLE, static_cast<std::uint32_t>(annotation_count * 2), loc);
        flags |= 4;
    }

    Scope* scope = m_symbols.scope_for(def);
    enter_unit(scope, def->name, qualname_for(def->name), loc);
    CodeUnit& code = *unit().code;
    code.argcount = static_cast<int>(def->args.posonlyargs.size() + def->args.args.size());
    code.posonlyargcount = static_cast<int>(def->args.posonlyargs.size());
    code.kwonlyargcount = static_cast<int>(def->args.kwonlyargs.size());
    if (def->args.vararg) code.flags |= CodeVarargs;
    if (def->args.kwarg) code.flags |= CodeVarkeywords;
    // The docstring is co_consts[0] (None when there is none), as in CPython.
    bool has_doc = is_docstring(def->body);
    if (has_doc)
        builder().add_const(constant_of(static_cast<Constant const*>(static_cast<ExprStmt const*>(def->body[0])->value)));
    else
        builder().add_const(ConstantValue{});
    for (std::size_t i = has_doc ? 1 : 0; i < def->body.size(); ++i)
        compile_stmt(def->body[i]);
    if (!builder().last_is_terminal()) {
        SourceLocation end = def->body.empty() ? loc : def->body.back()->location;
        emit_none(end);
        emit(Op::RETURN_VALUE, end);
    }
    std::shared_ptr<CodeUnit> child = leave_unit();
    emit_make_function(child, scope, flags, loc);
    for (std::size_t i = 0; i < def->decorator_list.size(); ++i)
        emit(Op::CALL, 1, def->decorator_list[def->decorator_list.size() - 1 - i]->location);
    emit_name(def->name, NameOp::Store, loc);
}

void Compiler::compile_lambda(Lambda const* lambda) {
    SourceLocation loc = lambda->location;
    std::uint32_t flags = emit_defaults(lambda->args, loc);
    Scope* scope = m_symbols.scope_for(lambda);
    enter_unit(scope, "<lambda>", qualname_for("<lambda>"), loc);
    CodeUnit& code = *unit().code;
    code.argcount = static_cast<int>(lambda->args.posonlyargs.size() + lambda->args.args.size());
    code.posonlyargcount = static_cast<int>(lambda->args.posonlyargs.size());
    code.kwonlyargcount = static_cast<int>(lambda->args.kwonlyargs.size());
    if (lambda->args.vararg) code.flags |= CodeVarargs;
    if (lambda->args.kwarg) code.flags |= CodeVarkeywords;
    builder().add_const(ConstantValue{});  // no docstring
    compile_expr(lambda->body);
    if (!scope->is_generator)
        emit(Op::RETURN_VALUE, lambda->body->location);
    else {
        emit(Op::POP_TOP, lambda->body->location);
        emit_none(lambda->body->location);
        emit(Op::RETURN_VALUE, lambda->body->location);
    }
    std::shared_ptr<CodeUnit> child = leave_unit();
    emit_make_function(child, scope, flags, loc);
}

void Compiler::compile_class_def(ClassDef const* def) {
    SourceLocation loc = def->location;
    for (Expr const* d : def->decorator_list) {
        emit(Op::PUSH_NULL, d->location);
        compile_expr(d);
    }
    Scope* scope = m_symbols.scope_for(def);
    std::string qualname = qualname_for(def->name);
    enter_unit(scope, def->name, qualname, loc);
    unit().private_name = def->name;
    emit_name("__name__", NameOp::Load, loc);
    emit_name("__module__", NameOp::Store, loc);
    emit_const(ConstantValue{ConstantValue::Type::Str, 0, 0.0, qualname, {}, nullptr}, loc);
    emit_name("__qualname__", NameOp::Store, loc);
    if (has_annotations(def->body))
        emit(Op::SETUP_ANNOTATIONS, loc);
    std::size_t first = 0;
    if (is_docstring(def->body)) {
        compile_expr(static_cast<ExprStmt const*>(def->body[0])->value);
        emit_name("__doc__", NameOp::Store, def->body[0]->location);
        first = 1;
    }
    for (std::size_t i = first; i < def->body.size(); ++i)
        compile_stmt(def->body[i]);
    if (scope->needs_class_cell) {
        emit(Op::LOAD_CLOSURE, static_cast<std::uint32_t>(deref_index("__class__")), loc);
        emit(Op::COPY, 1, loc);
        emit_name("__classcell__", NameOp::Store, loc);
        emit(Op::RETURN_VALUE, loc);
    } else {
        emit_none(loc);
        emit(Op::RETURN_VALUE, loc);
    }
    std::shared_ptr<CodeUnit> body = leave_unit();

    emit(Op::PUSH_NULL, loc);
    emit(Op::LOAD_BUILD_CLASS, loc);
    emit_make_function(body, scope, 0, loc);
    emit_const(ConstantValue{ConstantValue::Type::Str, 0, 0.0, def->name, {}, nullptr}, loc);
    // The bases and keywords are the rest of a call to __build_class__(func, name, *bases, **keywords).
    Call call;
    call.location = loc;
    call.args = def->bases;
    call.keywords = def->keywords;
    compile_call_helper(&call, 2, loc);
    for (std::size_t i = 0; i < def->decorator_list.size(); ++i)
        emit(Op::CALL, 1, def->decorator_list[def->decorator_list.size() - 1 - i]->location);
    emit_name(def->name, NameOp::Store, loc);
}

void Compiler::compile_comprehension(Expr const* node, std::vector<Comprehension> const& generators, Expr const* elt,
                                     Expr const* value) {
    SourceLocation loc = node->location;
    Scope* scope = m_symbols.scope_for(node);
    bool is_generator = node->kind == Expr::Kind::GeneratorExp;
    bool is_async = scope->is_coroutine;
    // a generator expression is made by CALL_GENEXPR from its first iterable, the others called as functions
    bool plain_genexpr = is_generator && !is_async;
    if (!plain_genexpr) emit(Op::PUSH_NULL, loc);
    enter_unit(scope, scope->name, qualname_for(scope->name), loc);
    CodeUnit& code = *unit().code;
    code.argcount = 1;
    if (is_async && !is_generator) {
        // an asynchronous generator expression may be anywhere; the other comprehensions are awaited where they are
        Scope* outer = scope->parent;
        while (outer && outer->is_comprehension && !outer->is_coroutine) outer = outer->parent;
        bool awaitable_here = outer && outer->is_coroutine && (outer->kind == ScopeKind::Function || outer->is_comprehension);
        if (!awaitable_here && !(outer && outer->kind == ScopeKind::Module && m_top_level_await))
            error("asynchronous comprehension outside of an asynchronous function", loc);
    }
    if (node->kind == Expr::Kind::ListComp)
        emit(Op::BUILD_LIST, 0, loc);
    else if (node->kind == Expr::Kind::SetComp)
        emit(Op::BUILD_SET, 0, loc);
    else if (node->kind == Expr::Kind::DictComp)
        emit(Op::BUILD_MAP, 0, loc);
    std::vector<Label> starts, ends;
    for (std::size_t i = 0; i < generators.size(); ++i) {
        Comprehension const& g = generators[i];
        if (i == 0) {
            emit(Op::LOAD_FAST, 0, g.iter->location);
        } else {
            compile_expr(g.iter);
            // CPython 3.11: a comprehension's loops stand at the whole comprehension in tracebacks
            emit(g.is_async ? Op::GET_AITER : Op::GET_ITER, g.is_async ? g.iter->location : loc);
        }
        Label start = new_label(), end = new_label();
        bind(start);
        if (g.is_async) {
            // as `async for` (compile_async_for): await __anext__() under a handler whose END_ASYNC_FOR ends the loop
            builder().emit_block(Block::SetupFinally, end, g.iter->location);
            emit(Op::GET_ANEXT, g.iter->location);
            emit(Op::AWAIT, 0, g.iter->location);
            builder().emit_pop_block(g.iter->location);
        } else {
            emit_jump(Op::FOR_ITER, end, loc);
        }
        compile_assign_target(g.target);
        for (Expr const* cond : g.ifs)
            compile_jump_if(cond, start, false, &loc);  // at the comprehension, as CPython 3.11
        starts.push_back(start);
        ends.push_back(end);
    }
    auto depth = static_cast<std::uint32_t>(generators.size() + 1);
    switch (node->kind) {
    case Expr::Kind::ListComp: compile_expr(elt); emit(Op::LIST_APPEND, depth, elt->location); break;
    case Expr::Kind::SetComp: compile_expr(elt); emit(Op::SET_ADD, depth, elt->location); break;
    case Expr::Kind::DictComp:
        compile_expr(elt);
        compile_expr(value);
        emit(Op::MAP_ADD, depth, elt->location);
        break;
    default:
        compile_expr(elt);
        emit(Op::YIELD_VALUE, elt->location);
        emit(Op::POP_TOP, elt->location);
        break;
    }
    for (std::size_t i = generators.size(); i-- > 0;) {
        emit_jump(Op::JUMP_BACKWARD, starts[i], loc);
        bind(ends[i]);
        if (generators[i].is_async) emit(Op::END_ASYNC_FOR, loc);  // [aiter, exc]
    }
    if (is_generator)
        emit_none(loc);
    emit(Op::RETURN_VALUE, loc);
    std::shared_ptr<CodeUnit> child = leave_unit();
    if (plain_genexpr) {
        // the iterable first, then the function: nothing in between can fail, or be seen (CPython makes the
        // function first; the order cannot be observed)
        compile_expr(generators[0].iter);
        emit(Op::GET_ITER, loc);
        emit(Op::CALL_GENEXPR, emit_closure_and_code(child, loc), loc);
        return;
    }
    emit_make_function(child, scope, 0, loc);
    compile_expr(generators[0].iter);
    emit(generators[0].is_async ? Op::GET_AITER : Op::GET_ITER, loc);
    emit(Op::CALL, 1, loc);
    if (is_async && !is_generator)
        emit(Op::AWAIT, loc);
}

std::shared_ptr<CodeUnit> compile_unit(Module const& module, std::shared_ptr<SourceFile const> const& source,
                                       CompileMode mode, CompileFlags flags, SyntaxErrorReport& error,
                                       std::vector<CompileWarning>* warnings) {
    SymbolTable symbols;
    if (!symbols.build(module, error))
        return nullptr;
    Compiler compiler(symbols, source);
    compiler.m_mode = mode;
    compiler.m_top_level_await = flags.top_level_await;
    try {
        std::shared_ptr<CodeUnit> unit = compiler.compile_module(module);
        if (warnings) *warnings = std::move(compiler.m_warnings);
        return unit;
    } catch (CompileError const& e) {
        error = e.report;
        return nullptr;
    }
}

std::shared_ptr<CodeUnit> compile_module(Module const& module, std::shared_ptr<SourceFile const> const& source,
                                         SyntaxErrorReport& error) {
    return compile_unit(module, source, CompileMode::Exec, {}, error);
}

} // namespace weft::front
