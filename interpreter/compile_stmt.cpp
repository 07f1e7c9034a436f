// Statement compilation: assignments, control flow, exception handling, with, imports.
// The block sequences follow CPython 3.11's compile.c (compiler_try_except, compiler_try_finally,
// compiler_with, compiler_unwind_fblock), with exception handlers as builder pseudo-instructions.
#include "interpreter/compile.hpp"
#include "interpreter/compiler.hpp"

namespace weft::front {

namespace {
ConstantValue str_const(std::string s) {
    ConstantValue c;
    c.type = ConstantValue::Type::Str;
    c.text = std::move(s);
    return c;
}
ConstantValue int_const(std::int64_t v) {
    ConstantValue c;
    c.type = ConstantValue::Type::Int;
    c.int_value = v;
    return c;
}
} // namespace

void Compiler::compile_body(StmtList const& body) {
    for (Stmt const* s : body)
        compile_stmt(s);
}

// Whether a module or class body has an annotated assignment, nested blocks included but not nested
// functions or classes (CPython: find_ann); such a body starts with SETUP_ANNOTATIONS.
bool has_annotations(StmtList const& body) {
    for (Stmt const* s : body) {
        switch (s->kind) {
        case Stmt::Kind::AnnAssign: return true;
        case Stmt::Kind::For: {
            auto const* f = static_cast<For const*>(s);
            if (has_annotations(f->body) || has_annotations(f->orelse)) return true;
            break;
        }
        case Stmt::Kind::While: {
            auto const* w = static_cast<While const*>(s);
            if (has_annotations(w->body) || has_annotations(w->orelse)) return true;
            break;
        }
        case Stmt::Kind::If: {
            auto const* i = static_cast<If const*>(s);
            if (has_annotations(i->body) || has_annotations(i->orelse)) return true;
            break;
        }
        case Stmt::Kind::With:
            if (has_annotations(static_cast<With const*>(s)->body)) return true;
            break;
        case Stmt::Kind::Try: {
            auto const* t = static_cast<Try const*>(s);
            if (has_annotations(t->body) || has_annotations(t->orelse) || has_annotations(t->finalbody)) return true;
            for (ExceptHandler const* h : t->handlers)
                if (has_annotations(h->body)) return true;
            break;
        }
        case Stmt::Kind::Match:
            for (MatchCase const* c : static_cast<Match const*>(s)->cases)
                if (has_annotations(c->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

// The parts of an annotated target that are evaluated when it has no value: `obj.attr: T` evaluates obj,
// `obj[k]: T` evaluates obj and k (CPython: check_ann_expr, check_ann_subscr).
void Compiler::compile_annotated_target_parts(Expr const* target, SourceLocation loc) {
    auto evaluate = [&](Expr const* e) {
        compile_expr(e);
        emit(Op::POP_TOP, loc);
    };
    if (target->kind == Expr::Kind::Attribute) {
        evaluate(static_cast<Attribute const*>(target)->value);
    } else if (target->kind == Expr::Kind::Subscript) {
        auto const* sub = static_cast<Subscript const*>(target);
        evaluate(sub->value);
        auto slice_parts = [&](Expr const* slice, auto const& self) -> void {
            if (slice->kind == Expr::Kind::Slice) {
                auto const* sl = static_cast<Slice const*>(slice);
                for (Expr const* part : {sl->lower, sl->upper, sl->step})
                    if (part) evaluate(part);
            } else if (slice->kind == Expr::Kind::Tuple) {
                for (Expr const* e : static_cast<Tuple const*>(slice)->elts) self(e, self);
            } else {
                evaluate(slice);
            }
        };
        slice_parts(sub->slice, slice_parts);
    }
}

void Compiler::compile_stmt(Stmt const* s) {
    if (compile_stack_exhausted()) throw CompileError{compile_recursion_report()};
    SourceLocation loc = s->location;
    switch (s->kind) {
    case Stmt::Kind::FunctionDef: compile_function_def(static_cast<FunctionDef const*>(s)); break;
    case Stmt::Kind::ClassDef: compile_class_def(static_cast<ClassDef const*>(s)); break;
    case Stmt::Kind::Return: compile_return(static_cast<Return const*>(s)); break;
    case Stmt::Kind::Delete:
        for (Expr const* t : static_cast<Delete const*>(s)->targets)
            compile_delete_target(t);
        break;
    case Stmt::Kind::Assign: {
        auto const* a = static_cast<Assign const*>(s);
        if (a->targets.size() == 1 && compile_swap_assign(a->targets[0], a->value))
            break;
        compile_expr(a->value);
        for (std::size_t i = 0; i < a->targets.size(); ++i) {
            if (i + 1 < a->targets.size())
                emit(Op::COPY, 1, loc);
            compile_assign_target(a->targets[i]);
        }
        break;
    }
    case Stmt::Kind::AugAssign: compile_aug_assign(static_cast<AugAssign const*>(s)); break;
    case Stmt::Kind::AnnAssign: {
        // CPython: compiler_annassign. The assignment first; then, in a module or class, a plain name's
        // annotation goes into __annotations__ and any other target's annotation is evaluated and dropped.
        // Function bodies evaluate no annotations.
        auto const* a = static_cast<AnnAssign const*>(s);
        if (a->value) {
            compile_expr(a->value);
            compile_assign_target(a->target);
        } else if (a->target->kind != Expr::Kind::Name) {
            compile_annotated_target_parts(a->target, loc);
        }
        bool stored = a->target->kind == Expr::Kind::Name && a->simple;
        if (!in_function() && (stored || !m_future_annotations)) {
            compile_annotation(a->annotation);
            if (stored) {
                emit_name("__annotations__", NameOp::Load, loc);
                std::string key = mangle_private_name(unit().private_name, static_cast<Name const*>(a->target)->id);
                emit_const(ConstantValue{ConstantValue::Type::Str, 0, 0.0, std::move(key), {}, nullptr}, loc);
                emit(Op::STORE_SUBSCR, loc);
            } else {
                emit(Op::POP_TOP, loc);
            }
        }
        break;
    }
    case Stmt::Kind::For: compile_for(static_cast<For const*>(s)); break;
    case Stmt::Kind::While: compile_while(static_cast<While const*>(s)); break;
    case Stmt::Kind::If: compile_if(static_cast<If const*>(s)); break;
    case Stmt::Kind::With: compile_with(static_cast<With const*>(s), 0); break;
    case Stmt::Kind::Raise: compile_raise(static_cast<Raise const*>(s)); break;
    case Stmt::Kind::Try: compile_try(static_cast<Try const*>(s)); break;
    case Stmt::Kind::Match: compile_match(static_cast<Match const*>(s)); break;
    case Stmt::Kind::Assert: compile_assert(static_cast<Assert const*>(s)); break;
    case Stmt::Kind::Import: compile_import(static_cast<Import const*>(s)); break;
    case Stmt::Kind::ImportFrom: compile_import_from(static_cast<ImportFrom const*>(s)); break;
    case Stmt::Kind::Global:
    case Stmt::Kind::Nonlocal:
    case Stmt::Kind::Pass:
        break;
    case Stmt::Kind::ExprStmt: {
        Expr const* v = static_cast<ExprStmt const*>(s)->value;
        if (m_mode == CompileMode::Single && unit().scope->kind == ScopeKind::Module) {
            // CPython: compiler_visit_stmt_expr in interactive mode shows the value (sys.displayhook)
            compile_expr(v);
            emit(Op::PRINT_EXPR, loc);
            break;
        }
        if (v->kind == Expr::Kind::Constant)
            break;  // a lone constant (a docstring, `...`) does nothing
        compile_expr(v);
        emit(Op::POP_TOP, loc);
        break;
    }
    case Stmt::Kind::Break: compile_break_continue(s, true); break;
    case Stmt::Kind::Continue: compile_break_continue(s, false); break;
    }
}

void Compiler::compile_assign_target(Expr const* target) {
    SourceLocation loc = target->location;
    switch (target->kind) {
    case Expr::Kind::Name: emit_name(static_cast<Name const*>(target)->id, NameOp::Store, loc); break;
    case Expr::Kind::Attribute: {
        auto const* a = static_cast<Attribute const*>(target);
        if (a->attr == "__debug__") error("cannot assign to __debug__", loc);  // CPython: forbidden_name
        compile_expr(a->value);
        emit(Op::STORE_ATTR, attribute_name(a->attr), loc);
        break;
    }
    case Expr::Kind::Subscript: {
        auto const* sub = static_cast<Subscript const*>(target);
        compile_expr(sub->value);
        compile_expr(sub->slice);
        emit(Op::STORE_SUBSCR, loc);
        break;
    }
    case Expr::Kind::Tuple: compile_unpack_target(static_cast<Tuple const*>(target)->elts, loc); break;
    case Expr::Kind::List: compile_unpack_target(static_cast<List const*>(target)->elts, loc); break;
    case Expr::Kind::Starred:
        error("starred assignment target must be in a list or tuple", loc);
    default:
        error("cannot assign to expression", loc);
    }
}

// `a, b = b, a`: a tuple display unpacked at once into as many targets is never built. CPython's peephole turns
// BUILD_TUPLE n + UNPACK_SEQUENCE n into nothing (n = 1) or SWAP n (n = 2, 3); see optimize_basic_block in
// Python/compile.c. The values are still evaluated left to right and the targets stored left to right.
bool Compiler::compile_swap_assign(Expr const* target, Expr const* value) {
    if (value->kind != Expr::Kind::Tuple)
        return false;
    if (target->kind != Expr::Kind::Tuple && target->kind != Expr::Kind::List)
        return false;
    ExprList const& values = static_cast<Tuple const*>(value)->elts;
    ExprList const& targets = target->kind == Expr::Kind::Tuple ? static_cast<Tuple const*>(target)->elts
                                                                : static_cast<List const*>(target)->elts;
    if (values.size() != targets.size() || values.empty() || values.size() > 3)
        return false;
    for (Expr const* e : values)
        if (e->kind == Expr::Kind::Starred)
            return false;
    for (Expr const* e : targets)
        if (e->kind == Expr::Kind::Starred)
            return false;
    for (Expr const* e : values)
        compile_expr(e);
    if (values.size() > 1)
        emit(Op::SWAP, static_cast<std::uint32_t>(values.size()), target->location);
    for (Expr const* e : targets)
        compile_assign_target(e);
    return true;
}

void Compiler::compile_unpack_target(ExprList const& elts, SourceLocation loc) {
    std::size_t star = elts.size();
    for (std::size_t i = 0; i < elts.size(); ++i) {
        if (elts[i]->kind == Expr::Kind::Starred) {
            if (star != elts.size())
                error("multiple starred expressions in assignment", loc);  // CPython: at the whole target
            star = i;
        }
    }
    if (star == elts.size()) {
        emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(elts.size()), loc);
    } else {
        std::size_t after = elts.size() - star - 1;
        if (star > 255 || after > 0xFFFF)
            error("too many expressions in star-unpacking assignment", loc);
        emit(Op::UNPACK_EX, static_cast<std::uint32_t>(star | (after << 8)), loc);
    }
    for (Expr const* e : elts) {
        if (e->kind == Expr::Kind::Starred)
            compile_assign_target(static_cast<Starred const*>(e)->value);
        else
            compile_assign_target(e);
    }
}

void Compiler::compile_delete_target(Expr const* target) {
    SourceLocation loc = target->location;
    switch (target->kind) {
    case Expr::Kind::Name: emit_name(static_cast<Name const*>(target)->id, NameOp::Delete, loc); break;
    case Expr::Kind::Attribute: {
        auto const* a = static_cast<Attribute const*>(target);
        compile_expr(a->value);
        emit(Op::DELETE_ATTR, attribute_name(a->attr), loc);
        break;
    }
    case Expr::Kind::Subscript: {
        auto const* sub = static_cast<Subscript const*>(target);
        compile_expr(sub->value);
        compile_expr(sub->slice);
        emit(Op::DELETE_SUBSCR, loc);
        break;
    }
    case Expr::Kind::Tuple:
        for (Expr const* e : static_cast<Tuple const*>(target)->elts) compile_delete_target(e);
        break;
    case Expr::Kind::List:
        for (Expr const* e : static_cast<List const*>(target)->elts) compile_delete_target(e);
        break;
    default: error("cannot delete expression", loc);
    }
}

namespace {
std::uint32_t inplace_binop(Operator op);
}

void Compiler::compile_aug_assign(AugAssign const* s) {
    SourceLocation loc = s->location;
    std::uint32_t op = inplace_binop(s->op);
    switch (s->target->kind) {
    case Expr::Kind::Name: {
        auto const* n = static_cast<Name const*>(s->target);
        emit_name(n->id, NameOp::Load, n->location);
        compile_expr(s->value);
        emit(Op::BINARY_OP, op, loc);
        emit_name(n->id, NameOp::Store, n->location);
        break;
    }
    case Expr::Kind::Attribute: {
        auto const* a = static_cast<Attribute const*>(s->target);
        auto name = attribute_name(a->attr);
        compile_expr(a->value);
        emit(Op::COPY, 1, loc);
        emit(Op::LOAD_ATTR, name, a->location);
        compile_expr(s->value);
        emit(Op::BINARY_OP, op, loc);
        emit(Op::SWAP, 2, loc);
        emit(Op::STORE_ATTR, name, a->location);
        break;
    }
    case Expr::Kind::Subscript: {
        auto const* sub = static_cast<Subscript const*>(s->target);
        compile_expr(sub->value);
        compile_expr(sub->slice);
        emit(Op::COPY, 2, loc);
        emit(Op::COPY, 2, loc);
        emit(Op::BINARY_SUBSCR, sub->location);
        compile_expr(s->value);
        emit(Op::BINARY_OP, op, loc);
        emit(Op::SWAP, 3, loc);
        emit(Op::SWAP, 2, loc);
        emit(Op::STORE_SUBSCR, sub->location);
        break;
    }
    default: error("'" + std::string("expression") + "' is an illegal expression for augmented assignment", loc);
    }
}

void Compiler::compile_if(If const* s) {
    Label next = new_label(), end = new_label();
    compile_jump_if(s->test, next, false, &s->location);
    compile_body(s->body);
    if (!s->orelse.empty()) {
        if (!builder().last_is_terminal())
            emit_jump(Op::JUMP_FORWARD, end, s->location);
        bind(next);
        compile_body(s->orelse);
    } else {
        bind(next);
    }
    bind(end);
}

void Compiler::compile_while(While const* s) {
    Label loop = new_label(), body = new_label(), orelse = new_label(), exit = new_label();
    bind(loop);
    compile_jump_if(s->test, orelse, false, &s->location);
    bind(body);
    unit().blocks.push_back(FrameBlock{FrameBlockKind::WhileLoop, loop, exit, nullptr, {}, s->location});
    compile_body(s->body);
    unit().blocks.pop_back();
    emit_jump(Op::JUMP_BACKWARD, loop, s->location);
    bind(orelse);
    compile_body(s->orelse);
    bind(exit);
}

// CPython: compiler_async_for. Each __anext__() is awaited under a handler; END_ASYNC_FOR turns the
// StopAsyncIteration that ends the iteration into the loop's exit.
void Compiler::compile_async_for(For const* s) {
    if (!await_allowed())
        error("'async for' outside async function", s->location);
    Label start = new_label(), except = new_label(), exit = new_label();
    // as in CPython, the loop's own instructions carry the statement's location; END_ASYNC_FOR the iterable's
    compile_expr(s->iter);
    emit(Op::GET_AITER, s->location);
    bind(start);
    unit().blocks.push_back(FrameBlock{FrameBlockKind::ForLoop, start, exit, nullptr, {}, s->location});
    builder().emit_block(Block::SetupFinally, except, s->location);
    emit(Op::GET_ANEXT, s->location);
    emit(Op::AWAIT, 0, s->location);
    builder().emit_pop_block(s->location);
    compile_assign_target(s->target);
    compile_body(s->body);
    emit_jump(Op::JUMP_BACKWARD, start, s->location);
    unit().blocks.pop_back();
    bind(except);                                     // [aiter, exc]
    emit(Op::END_ASYNC_FOR, s->iter->location);
    compile_body(s->orelse);
    bind(exit);
}

void Compiler::compile_for(For const* s) {
    if (s->is_async) {
        compile_async_for(s);
        return;
    }
    Label start = new_label(), cleanup = new_label(), exit = new_label();
    compile_expr(s->iter);
    // CPython 3.11 places GET_ITER and FOR_ITER at the whole statement (a traceback shows no carets there)
    emit(Op::GET_ITER, s->location);
    bind(start);
    emit_jump(Op::FOR_ITER, cleanup, s->location);
    unit().blocks.push_back(FrameBlock{FrameBlockKind::ForLoop, start, exit, nullptr, {}, s->location});
    compile_assign_target(s->target);
    compile_body(s->body);
    unit().blocks.pop_back();
    emit_jump(Op::JUMP_BACKWARD, start, s->location);
    bind(cleanup);
    compile_body(s->orelse);
    bind(exit);
}

void Compiler::compile_return(Return const* s) {
    SourceLocation loc = s->location;
    if (s->value && unit().scope->is_coroutine && unit().scope->is_generator)
        error("'return' with value in async generator", loc);
    bool preserve_tos = s->value != nullptr;
    if (preserve_tos)
        compile_expr(s->value);
    unwind_block_stack(preserve_tos, nullptr, s->value ? s->value->location : loc);  // where CPython stands
    if (!preserve_tos)
        emit_none(loc);
    emit(Op::RETURN_VALUE, loc);
}

void Compiler::compile_break_continue(Stmt const* s, bool is_break) {
    FrameBlock loop{};
    if (!unwind_block_stack(false, &loop, s->location))
        error(is_break ? "'break' outside loop" : "'continue' not properly in loop", s->location);
    if (is_break) {
        if (loop.kind == FrameBlockKind::ForLoop)
            emit(Op::POP_TOP, s->location);  // the iterator
        emit_jump(Op::JUMP_FORWARD, loop.exit, s->location);
    } else {
        emit_jump(Op::JUMP_BACKWARD, loop.block, s->location);
    }
}

bool Compiler::unwind_block_stack(bool preserve_tos, FrameBlock* loop_out, SourceLocation const& statement) {
    auto& blocks = unit().blocks;
    if (blocks.empty())
        return false;
    FrameBlock top = blocks.back();
    if (top.kind == FrameBlockKind::ExceptionGroupHandler)
        error("'break', 'continue' and 'return' cannot appear in an except* block", statement);
    if (loop_out && (top.kind == FrameBlockKind::WhileLoop || top.kind == FrameBlockKind::ForLoop)) {
        *loop_out = top;
        return true;
    }
    blocks.pop_back();
    unwind_block(top, preserve_tos);
    bool found = unwind_block_stack(preserve_tos, loop_out, statement);
    blocks.push_back(top);
    return found;
}

void Compiler::call_exit_with_nones(SourceLocation loc) {
    emit_none(loc);
    emit_none(loc);
    emit_none(loc);
    emit(Op::CALL, 2, loc);
}

// CPython: compiler_unwind_fblock
void Compiler::unwind_block(FrameBlock const& block, bool preserve_tos) {
    SourceLocation loc = block.location;
    switch (block.kind) {
    case FrameBlockKind::WhileLoop:
    case FrameBlockKind::ExceptionHandler:
    case FrameBlockKind::ExceptionGroupHandler:
        return;
    case FrameBlockKind::ForLoop:
        if (preserve_tos)
            emit(Op::SWAP, 2, loc);
        emit(Op::POP_TOP, loc);
        return;
    case FrameBlockKind::TryExcept:
        builder().emit_pop_block(loc);
        return;
    case FrameBlockKind::FinallyTry: {
        builder().emit_pop_block(loc);
        if (preserve_tos)
            unit().blocks.push_back(FrameBlock{FrameBlockKind::PopValue, {}, {}, nullptr, {}, loc});
        compile_body(static_cast<Try const*>(block.finally_body_owner)->finalbody);
        if (preserve_tos)
            unit().blocks.pop_back();
        return;
    }
    case FrameBlockKind::FinallyEnd:
        if (preserve_tos)
            emit(Op::SWAP, 2, loc);
        emit(Op::POP_TOP, loc);  // the exception
        if (preserve_tos)
            emit(Op::SWAP, 2, loc);
        builder().emit_pop_block(loc);
        emit(Op::POP_EXCEPT, loc);
        return;
    case FrameBlockKind::With:
    case FrameBlockKind::AsyncWith:
        builder().emit_pop_block(loc);
        if (preserve_tos)
            emit(Op::SWAP, 2, loc);
        call_exit_with_nones(loc);
        if (block.kind == FrameBlockKind::AsyncWith)
            emit(Op::AWAIT, 2, loc);
        emit(Op::POP_TOP, loc);
        return;
    case FrameBlockKind::HandlerCleanup:
        if (!block.name.empty())
            builder().emit_pop_block(loc);
        if (preserve_tos)
            emit(Op::SWAP, 2, loc);
        builder().emit_pop_block(loc);
        emit(Op::POP_EXCEPT, loc);
        if (!block.name.empty())
            clear_handler_name(block.name, loc);
        return;
    case FrameBlockKind::PopValue:
        if (preserve_tos)
            emit(Op::SWAP, 2, loc);
        emit(Op::POP_TOP, loc);
        return;
    }
}

void Compiler::compile_try(Try const* s) {
    if (!s->finalbody.empty())
        compile_try_finally(s);
    else if (s->is_star)
        compile_try_star_except(s);
    else
        compile_try_except(s);
}

// CPython: compiler_try_finally
void Compiler::compile_try_finally(Try const* s) {
    SourceLocation loc = s->location;
    Label body = new_label(), end = new_label(), exit = new_label(), cleanup = new_label();
    builder().emit_block(Block::SetupFinally, end, loc);
    bind(body);
    unit().blocks.push_back(FrameBlock{FrameBlockKind::FinallyTry, body, end, s, {}, loc});
    if (s->is_star)
        compile_try_star_except(s);
    else if (!s->handlers.empty())
        compile_try_except(s);
    else
        compile_body(s->body);
    builder().emit_pop_block(loc);
    unit().blocks.pop_back();
    compile_body(s->finalbody);
    emit_jump(Op::JUMP_FORWARD, exit, loc);
    // The exceptional path: [exc]
    bind(end);
    builder().emit_block(Block::SetupCleanup, cleanup, loc);
    emit(Op::PUSH_EXC_INFO, loc);
    unit().blocks.push_back(FrameBlock{FrameBlockKind::FinallyEnd, end, {}, nullptr, {}, loc});
    compile_body(s->finalbody);
    unit().blocks.pop_back();
    emit(Op::RERAISE, 0, loc);
    bind(cleanup);
    emit(Op::COPY, 3, loc);
    emit(Op::POP_EXCEPT, loc);
    emit(Op::RERAISE, 1, loc);
    bind(exit);
}

// `name = None; del name` after a handler bound the exception to name (CPython's artificial cleanup)
void Compiler::clear_handler_name(std::string const& name, SourceLocation loc) {
    emit_none(loc);
    emit_name(name, NameOp::Store, loc);
    emit_name(name, NameOp::Delete, loc);
}

// The part try/except and try/except* share: the body under a SetupFinally block, then the else block and a jump to
// `end`; then the handlers' entry [prev, exc] under a SetupCleanup block whose target is `cleanup`.
void Compiler::compile_try_body_and_enter_handlers(Try const* s, Label end, Label cleanup) {
    SourceLocation loc = s->location;
    Label body = new_label(), except = new_label();
    builder().emit_block(Block::SetupFinally, except, loc);
    bind(body);
    unit().blocks.push_back(FrameBlock{FrameBlockKind::TryExcept, body, {}, nullptr, {}, loc});
    compile_body(s->body);
    unit().blocks.pop_back();
    builder().emit_pop_block(loc);
    compile_body(s->orelse);
    emit_jump(Op::JUMP_FORWARD, end, loc);
    bind(except);  // [exc]
    builder().emit_block(Block::SetupCleanup, cleanup, loc);
    emit(Op::PUSH_EXC_INFO, loc);  // [prev, exc]
}

// A handler's body under a SetupCleanup block whose target (`cleanup_end`) clears the handler's name when the body
// raises
void Compiler::compile_handler_body(ExceptHandler const* h, Label body, Label cleanup_end) {
    builder().emit_block(Block::SetupCleanup, cleanup_end, h->location);
    bind(body);
    unit().blocks.push_back(FrameBlock{FrameBlockKind::HandlerCleanup, body, {}, nullptr, h->name, h->location});
    compile_body(h->body);
    unit().blocks.pop_back();
    builder().emit_pop_block(h->location);
}

// The handlers' own error path: [prev, lasti, exc] -> restore prev and re-raise
void Compiler::emit_handler_cleanup(Label cleanup, SourceLocation loc) {
    bind(cleanup);
    emit(Op::COPY, 3, loc);
    emit(Op::POP_EXCEPT, loc);
    emit(Op::RERAISE, 1, loc);
}

// CPython: compiler_try_except
void Compiler::compile_try_except(Try const* s) {
    SourceLocation loc = s->location;
    Label end = new_label(), cleanup = new_label();
    compile_try_body_and_enter_handlers(s, end, cleanup);
    unit().blocks.push_back(FrameBlock{FrameBlockKind::ExceptionHandler, {}, {}, nullptr, {}, loc});
    for (std::size_t i = 0; i < s->handlers.size(); ++i) {
        ExceptHandler const* h = s->handlers[i];
        SourceLocation hloc = h->location;
        if (!h->type && i + 1 < s->handlers.size())
            error("default 'except:' must be last", hloc);
        Label next = new_label();
        if (h->type) {
            compile_expr(h->type);
            emit(Op::CHECK_EXC_MATCH, h->type->location);
            emit_jump(Op::POP_JUMP_IF_FALSE, next, h->type->location);
        }
        if (!h->name.empty()) {
            Label cleanup_end = new_label(), cleanup_body = new_label();
            emit_name(h->name, NameOp::Store, hloc);
            compile_handler_body(h, cleanup_body, cleanup_end);
            builder().emit_pop_block(hloc);
            emit(Op::POP_EXCEPT, hloc);
            clear_handler_name(h->name, hloc);
            emit_jump(Op::JUMP_FORWARD, end, hloc);
            // the handler body raised: [prev, lasti, exc]
            bind(cleanup_end);
            clear_handler_name(h->name, hloc);
            emit(Op::RERAISE, 1, hloc);
        } else {
            Label cleanup_body = new_label();
            emit(Op::POP_TOP, hloc);
            bind(cleanup_body);
            unit().blocks.push_back(FrameBlock{FrameBlockKind::HandlerCleanup, cleanup_body, {}, nullptr, {}, hloc});
            compile_body(h->body);
            unit().blocks.pop_back();
            builder().emit_pop_block(hloc);
            emit(Op::POP_EXCEPT, hloc);
            emit_jump(Op::JUMP_FORWARD, end, hloc);
        }
        bind(next);
    }
    unit().blocks.pop_back();
    emit(Op::RERAISE, 0, loc);  // no handler matched: [prev, exc]
    emit_handler_cleanup(cleanup, loc);
    bind(end);
}

// CPython: compiler_try_star_except. Each handler splits off the part of the exception group it matches
// (CHECK_EG_MATCH); what the handlers raise and what none matched are collected in a list, from which
// PREP_RERAISE_STAR makes the exception to raise at the end, if any.
void Compiler::compile_try_star_except(Try const* s) {
    SourceLocation loc = s->location;
    Label end = new_label(), cleanup = new_label(), reraise_star = new_label();
    compile_try_body_and_enter_handlers(s, end, cleanup);
    unit().blocks.push_back(FrameBlock{FrameBlockKind::ExceptionGroupHandler, {}, {}, nullptr, {}, loc});
    std::size_t n = s->handlers.size();
    for (std::size_t i = 0; i < n; ++i) {
        ExceptHandler const* h = s->handlers[i];
        SourceLocation hloc = h->location;
        Label handled = new_label(), after = new_label(), no_match = new_label();
        if (i == 0) {
            emit(Op::COPY, 1, hloc);        // [prev, orig, exc]
            emit(Op::BUILD_LIST, 0, hloc);  // what the handlers raise
            emit(Op::SWAP, 2, hloc);        // [prev, orig, raised, exc]
        }
        compile_expr(h->type);
        emit(Op::CHECK_EG_MATCH, h->type->location);  // [.., rest, match] or [.., exc, None]
        emit(Op::COPY, 1, h->type->location);
        emit_jump(Op::POP_JUMP_IF_NONE, no_match, h->type->location);
        Label cleanup_end = new_label(), cleanup_body = new_label();
        if (!h->name.empty())
            emit_name(h->name, NameOp::Store, hloc);
        else
            emit(Op::POP_TOP, hloc);
        compile_handler_body(h, cleanup_body, cleanup_end);
        if (!h->name.empty())
            clear_handler_name(h->name, hloc);
        emit_jump(Op::JUMP_FORWARD, handled, hloc);
        // the handler raised: [.., raised, rest, lasti, exc]
        bind(cleanup_end);
        if (!h->name.empty())
            clear_handler_name(h->name, hloc);
        emit(Op::LIST_APPEND, 3, hloc);  // raised.append(exc)
        emit(Op::POP_TOP, hloc);         // lasti
        emit_jump(Op::JUMP_FORWARD, after, hloc);
        bind(handled);
        emit(Op::NOP, hloc);
        emit_jump(Op::JUMP_FORWARD, after, hloc);
        bind(no_match);
        emit(Op::POP_TOP, hloc);  // the None match
        bind(after);              // [prev, orig, raised, rest]
        if (i == n - 1) {
            emit(Op::LIST_APPEND, 1, hloc);  // the unmatched rest (or None) joins the list
            emit_jump(Op::JUMP_FORWARD, reraise_star, hloc);
        }
    }
    unit().blocks.pop_back();
    Label reraise = new_label();
    bind(reraise_star);
    emit(Op::PREP_RERAISE_STAR, loc);  // [prev, exc or None]
    emit(Op::COPY, 1, loc);
    emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise, loc);
    emit(Op::POP_TOP, loc);
    builder().emit_pop_block(loc);
    emit(Op::POP_EXCEPT, loc);
    emit_jump(Op::JUMP_FORWARD, end, loc);
    bind(reraise);
    builder().emit_pop_block(loc);
    emit(Op::SWAP, 2, loc);
    emit(Op::POP_EXCEPT, loc);
    emit(Op::RERAISE, 0, loc);
    emit_handler_cleanup(cleanup, loc);
    bind(end);
}

// CPython: compiler_with. The handler sees [exit, lasti, exc].
// CPython: compiler_with and compiler_async_with. `async with` awaits what __aenter__ and __aexit__ return
// (AWAIT 1 and AWAIT 2, whose argument picks the error message for an object that is not awaitable).
void Compiler::compile_with(With const* s, std::size_t index) {
    bool is_async = s->is_async;
    if (is_async && !await_allowed())
        error("'async with' outside async function", s->location);
    WithItem const& item = s->items[index];
    SourceLocation loc = s->location;  // CPython 3.11: the protocol's instructions stand at the whole statement
    Label block = new_label(), final = new_label(), exit = new_label(), cleanup = new_label(), suppress = new_label();
    compile_expr(item.context_expr);
    if (is_async) {
        emit(Op::BEFORE_ASYNC_WITH, loc);             // [aexit, aenter_result]
        emit(Op::AWAIT, 1, loc);
    } else {
        emit(Op::BEFORE_WITH, loc);                   // [exit, enter_result]
    }
    builder().emit_block(Block::SetupWith, final, loc);
    bind(block);
    unit().blocks.push_back(FrameBlock{is_async ? FrameBlockKind::AsyncWith : FrameBlockKind::With, block, {}, nullptr, {}, loc});
    if (item.optional_vars)
        compile_assign_target(item.optional_vars);
    else
        emit(Op::POP_TOP, loc);
    if (index + 1 < s->items.size())
        compile_with(s, index + 1);
    else
        compile_body(s->body);
    unit().blocks.pop_back();
    builder().emit_pop_block(loc);
    call_exit_with_nones(loc);
    if (is_async)
        emit(Op::AWAIT, 2, loc);
    emit(Op::POP_TOP, loc);
    emit_jump(Op::JUMP_FORWARD, exit, loc);

    bind(final);                                      // [exit, lasti, exc]
    builder().emit_block(Block::SetupCleanup, cleanup, loc);
    emit(Op::PUSH_EXC_INFO, loc);                     // [exit, lasti, prev, exc]
    emit(Op::WITH_EXCEPT_START, loc);                 // [exit, lasti, prev, exc, res]
    if (is_async)
        emit(Op::AWAIT, 2, loc);
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress, loc);
    emit(Op::RERAISE, 2, loc);
    bind(suppress);                                   // [exit, lasti, prev, exc]
    emit(Op::POP_TOP, loc);
    builder().emit_pop_block(loc);
    emit(Op::POP_EXCEPT, loc);
    emit(Op::POP_TOP, loc);
    emit(Op::POP_TOP, loc);
    emit_jump(Op::JUMP_FORWARD, exit, loc);
    bind(cleanup);                                    // [exit, lasti, prev, lasti2, exc2]
    emit(Op::COPY, 3, loc);
    emit(Op::POP_EXCEPT, loc);
    emit(Op::RERAISE, 1, loc);
    bind(exit);
}

void Compiler::compile_raise(Raise const* s) {
    std::uint32_t n = 0;
    if (s->exc) {
        compile_expr(s->exc);
        ++n;
        if (s->cause) {
            compile_expr(s->cause);
            ++n;
        }
    }
    emit(Op::RAISE_VARARGS, n, s->location);
}

void Compiler::compile_assert(Assert const* s) {
    if (s->test->kind == Expr::Kind::Tuple && !static_cast<Tuple const*>(s->test)->elts.empty())
        warn("assertion is always true, perhaps remove parentheses?", s->location);  // CPython: compiler_assert
    Label end = new_label();
    compile_jump_if(s->test, end, true, &s->location);
    // CPython 3.11 raises at the statement, or at the test when it is a comparison (its jump leaves that location
    // in place), which a traceback underlines
    SourceLocation loc = s->test->kind == Expr::Kind::Compare ? s->test->location : s->location;
    emit(Op::LOAD_ASSERTION_ERROR, loc);
    if (s->msg) {
        compile_expr(s->msg);
        emit(Op::CALL, 0, loc);  // [AssertionError, msg] called as method-style: AssertionError(msg)
    }
    emit(Op::RAISE_VARARGS, 1, loc);
    bind(end);
}

void Compiler::compile_import(Import const* s) {
    for (Alias const* a : s->names) {
        SourceLocation loc = s->location;  // CPython locates the imports at the statement
        emit_const(int_const(0), loc);
        emit_none(loc);
        emit(Op::IMPORT_NAME, attribute_name(a->name), loc);
        if (!a->asname.empty()) {
            // import a.b.c as d binds the innermost module (CPython: IMPORT_FROM for each component)
            std::size_t pos = a->name.find('.');
            while (pos != std::string::npos) {
                std::size_t next = a->name.find('.', pos + 1);
                std::string part = a->name.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
                emit(Op::IMPORT_FROM, attribute_name(part), loc);
                emit(Op::SWAP, 2, loc);
                emit(Op::POP_TOP, loc);
                pos = next;
            }
            emit_name(a->asname, NameOp::Store, loc);
        } else {
            emit_name(a->name.substr(0, a->name.find('.')), NameOp::Store, loc);
        }
    }
}

void Compiler::compile_import_from(ImportFrom const* s) {
    SourceLocation loc = s->location;
    emit_const(int_const(s->level), loc);
    ConstantValue names;
    names.type = ConstantValue::Type::Tuple;
    for (Alias const* a : s->names)
        names.items.push_back(str_const(a->name));
    emit_const(names, loc);
    emit(Op::IMPORT_NAME, attribute_name(s->module), loc);
    if (s->names.size() == 1 && s->names[0]->name == "*") {
        emit(Op::IMPORT_STAR, loc);
        return;
    }
    for (Alias const* a : s->names) {
        emit(Op::IMPORT_FROM, attribute_name(a->name), loc);
        emit_name(a->asname.empty() ? a->name : a->asname, NameOp::Store, loc);
    }
    emit(Op::POP_TOP, loc);
}

namespace {
// ast.operator -> BINARY_OP argument (CPython: compiler_addop_binary)
std::uint32_t binop_arg(Operator op) {
    switch (op) {
    case Operator::Add: return static_cast<std::uint32_t>(BinOpArg::Add);
    case Operator::Sub: return static_cast<std::uint32_t>(BinOpArg::Subtract);
    case Operator::Mult: return static_cast<std::uint32_t>(BinOpArg::Multiply);
    case Operator::MatMult: return static_cast<std::uint32_t>(BinOpArg::MatMul);
    case Operator::Div: return static_cast<std::uint32_t>(BinOpArg::TrueDivide);
    case Operator::Mod: return static_cast<std::uint32_t>(BinOpArg::Remainder);
    case Operator::Pow: return static_cast<std::uint32_t>(BinOpArg::Power);
    case Operator::LShift: return static_cast<std::uint32_t>(BinOpArg::LShift);
    case Operator::RShift: return static_cast<std::uint32_t>(BinOpArg::RShift);
    case Operator::BitOr: return static_cast<std::uint32_t>(BinOpArg::Or);
    case Operator::BitXor: return static_cast<std::uint32_t>(BinOpArg::Xor);
    case Operator::BitAnd: return static_cast<std::uint32_t>(BinOpArg::And);
    case Operator::FloorDiv: return static_cast<std::uint32_t>(BinOpArg::FloorDivide);
    }
    return 0;
}
std::uint32_t inplace_binop(Operator op) { return binop_arg(op) + binop_inplace; }
} // namespace

std::uint32_t binary_op_arg(Operator op) { return binop_arg(op); }

} // namespace weft::front
