// Expression compilation: operators, calls, displays, f-strings, conditional jumps.
// CPython: Python/compile.c (compiler_visit_expr1, compiler_call_helper, compiler_jump_if, compiler_compare).
#include "interpreter/compile.hpp"
#include "interpreter/compiler.hpp"

#include <set>

namespace weft::front {

std::uint32_t binary_op_arg(Operator op);

namespace {
ConstantValue str_const(std::string s) {
    ConstantValue c;
    c.type = ConstantValue::Type::Str;
    c.text = std::move(s);
    return c;
}

std::uint32_t cmp_arg(CmpOperator op) {
    switch (op) {
    case CmpOperator::Lt: return static_cast<std::uint32_t>(CmpOpArg::Lt);
    case CmpOperator::LtE: return static_cast<std::uint32_t>(CmpOpArg::Le);
    case CmpOperator::Eq: return static_cast<std::uint32_t>(CmpOpArg::Eq);
    case CmpOperator::NotEq: return static_cast<std::uint32_t>(CmpOpArg::Ne);
    case CmpOperator::Gt: return static_cast<std::uint32_t>(CmpOpArg::Gt);
    case CmpOperator::GtE: return static_cast<std::uint32_t>(CmpOpArg::Ge);
    default: return 0;
    }
}

bool has_starred(ExprList const& elts) {
    for (Expr const* e : elts)
        if (e->kind == Expr::Kind::Starred)
            return true;
    return false;
}
} // namespace

ConstantValue Compiler::constant_of(Constant const* c) {
    ConstantValue v;
    switch (c->type) {
    case Constant::Type::None: v.type = ConstantValue::Type::None; break;
    case Constant::Type::True: v.type = ConstantValue::Type::True; break;
    case Constant::Type::False: v.type = ConstantValue::Type::False; break;
    case Constant::Type::Ellipsis: v.type = ConstantValue::Type::Ellipsis; break;
    case Constant::Type::Int:
        if (!c->big_int.empty()) {
            v.type = ConstantValue::Type::BigInt;
            v.text = c->big_int;
        } else {
            v.type = ConstantValue::Type::Int;
            v.int_value = c->int_value;
        }
        break;
    case Constant::Type::Float: v.type = ConstantValue::Type::Float; v.float_value = c->float_value; break;
    case Constant::Type::Complex: v.type = ConstantValue::Type::Complex; v.float_value = c->float_value; break;
    case Constant::Type::Str: v.type = ConstantValue::Type::Str; v.text = c->str_value; break;
    case Constant::Type::Bytes: v.type = ConstantValue::Type::Bytes; v.text = c->str_value; break;
    }
    return v;
}

bool Compiler::try_constant_tuple(ExprList const& elts, ConstantValue& out) {
    out = ConstantValue{};
    out.type = ConstantValue::Type::Tuple;
    for (Expr const* e : elts) {
        if (e->kind != Expr::Kind::Constant)
            return false;
        out.items.push_back(constant_of(static_cast<Constant const*>(e)));
    }
    return true;
}

void Compiler::compile_expr(Expr const* e) {
    if (compile_stack_exhausted()) throw CompileError{compile_recursion_report()};
    SourceLocation loc = e->location;
    switch (e->kind) {
    case Expr::Kind::Constant: emit_const(constant_of(static_cast<Constant const*>(e)), loc); break;
    case Expr::Kind::Name: emit_name(static_cast<Name const*>(e)->id, NameOp::Load, loc); break;
    case Expr::Kind::BinOp: {
        auto const* b = static_cast<BinOp const*>(e);
        compile_expr(b->left);
        compile_expr(b->right);
        emit(Op::BINARY_OP, binary_op_arg(b->op), loc);
        break;
    }
    case Expr::Kind::UnaryOp: {
        auto const* u = static_cast<UnaryOp const*>(e);
        // -literal is a constant (CPython's AST optimizer folds it)
        if (u->op == UnaryOperator::USub && u->operand->kind == Expr::Kind::Constant) {
            auto const* c = static_cast<Constant const*>(u->operand);
            if (c->type == Constant::Type::Int && c->big_int.empty()) {
                ConstantValue v;
                v.type = ConstantValue::Type::Int;
                v.int_value = -c->int_value;
                emit_const(v, loc);
                break;
            }
            if (c->type == Constant::Type::Float) {
                ConstantValue v;
                v.type = ConstantValue::Type::Float;
                v.float_value = -c->float_value;
                emit_const(v, loc);
                break;
            }
        }
        compile_expr(u->operand);
        switch (u->op) {
        case UnaryOperator::Invert: emit(Op::UNARY_INVERT, loc); break;
        case UnaryOperator::Not: emit(Op::UNARY_NOT, loc); break;
        case UnaryOperator::UAdd: emit(Op::UNARY_POSITIVE, loc); break;
        case UnaryOperator::USub: emit(Op::UNARY_NEGATIVE, loc); break;
        }
        break;
    }
    case Expr::Kind::BoolOp: compile_boolop(static_cast<BoolOp const*>(e)); break;
    case Expr::Kind::Compare: compile_compare(static_cast<Compare const*>(e)); break;
    case Expr::Kind::IfExp: {
        auto const* i = static_cast<IfExp const*>(e);
        Label orelse = new_label(), end = new_label();
        compile_jump_if(i->test, orelse, false, &i->location);
        compile_expr(i->body);
        emit_jump(Op::JUMP_FORWARD, end, loc);
        bind(orelse);
        compile_expr(i->orelse);
        bind(end);
        break;
    }
    case Expr::Kind::NamedExpr: {
        auto const* n = static_cast<NamedExpr const*>(e);
        compile_expr(n->value);
        emit(Op::COPY, 1, loc);
        compile_assign_target(n->target);
        break;
    }
    case Expr::Kind::Lambda: compile_lambda(static_cast<Lambda const*>(e)); break;
    case Expr::Kind::Call: compile_call(static_cast<Call const*>(e)); break;
    case Expr::Kind::Attribute: {
        auto const* a = static_cast<Attribute const*>(e);
        compile_expr(a->value);
        emit(Op::LOAD_ATTR, attribute_name(a->attr), loc);
        break;
    }
    case Expr::Kind::Subscript: compile_subscript(static_cast<Subscript const*>(e)); break;
    case Expr::Kind::Slice: {
        auto const* s = static_cast<Slice const*>(e);
        if (s->lower) compile_expr(s->lower); else emit_none(loc);
        if (s->upper) compile_expr(s->upper); else emit_none(loc);
        if (s->step) {
            compile_expr(s->step);
            emit(Op::BUILD_SLICE, 3, loc);
        } else {
            emit(Op::BUILD_SLICE, 2, loc);
        }
        break;
    }
    case Expr::Kind::Starred: error("can't use starred expression here", loc);
    case Expr::Kind::Tuple: {
        auto const* t = static_cast<Tuple const*>(e);
        ConstantValue folded;
        if (!t->elts.empty() && try_constant_tuple(t->elts, folded)) {
            emit_const(folded, loc);
            break;
        }
        compile_sequence(t->elts, Op::BUILD_TUPLE, loc, true);
        break;
    }
    case Expr::Kind::List: compile_sequence(static_cast<List const*>(e)->elts, Op::BUILD_LIST, loc, false); break;
    case Expr::Kind::Set: compile_sequence(static_cast<Set const*>(e)->elts, Op::BUILD_SET, loc, false); break;
    case Expr::Kind::Dict: compile_dict(static_cast<Dict const*>(e)); break;
    case Expr::Kind::ListComp: {
        auto const* c = static_cast<ListComp const*>(e);
        compile_comprehension(e, c->generators, c->elt, nullptr);
        break;
    }
    case Expr::Kind::SetComp: {
        auto const* c = static_cast<SetComp const*>(e);
        compile_comprehension(e, c->generators, c->elt, nullptr);
        break;
    }
    case Expr::Kind::DictComp: {
        auto const* c = static_cast<DictComp const*>(e);
        compile_comprehension(e, c->generators, c->key, c->value);
        break;
    }
    case Expr::Kind::GeneratorExp: {
        auto const* c = static_cast<GeneratorExp const*>(e);
        compile_comprehension(e, c->generators, c->elt, nullptr);
        break;
    }
    case Expr::Kind::Await: {
        Scope* scope = unit().scope;
        if (!await_allowed()) {
            if (scope->kind != ScopeKind::Function)
                error("'await' outside function", loc);
            error(scope->is_comprehension ? "asynchronous comprehension outside of an asynchronous function"
                                          : "'await' outside async function", loc);
        }
        compile_expr(static_cast<Await const*>(e)->value);
        emit(Op::AWAIT, loc);
        break;
    }
    case Expr::Kind::Yield: {
        // in an async def, yield makes an asynchronous generator (runtime/types/async_generator.cpp)
        auto const* y = static_cast<Yield const*>(e);
        if (y->value) compile_expr(y->value); else emit_none(loc);
        emit(Op::YIELD_VALUE, loc);
        break;
    }
    case Expr::Kind::YieldFrom:
        compile_expr(static_cast<YieldFrom const*>(e)->value);
        emit(Op::GET_ITER, loc);
        emit_none(loc);
        emit(Op::YIELD_FROM, loc);
        break;
    case Expr::Kind::JoinedStr: compile_joined_str(static_cast<JoinedStr const*>(e)); break;
    case Expr::Kind::FormattedValue: compile_formatted_value(static_cast<FormattedValue const*>(e)); break;
    }
}

void Compiler::compile_sequence(ExprList const& elts, Op build, SourceLocation loc, bool as_tuple) {
    if (!has_starred(elts)) {
        for (Expr const* e : elts)
            compile_expr(e);
        emit(build, static_cast<std::uint32_t>(elts.size()), loc);
        return;
    }
    // With *x: build a list (or set) and extend it, then convert (CPython: starunpack_helper).
    bool is_set = build == Op::BUILD_SET;
    emit(is_set ? Op::BUILD_SET : Op::BUILD_LIST, 0, loc);
    for (Expr const* e : elts) {
        if (e->kind == Expr::Kind::Starred) {
            compile_expr(static_cast<Starred const*>(e)->value);
            emit(is_set ? Op::SET_UPDATE : Op::LIST_EXTEND, 1, e->location);
        } else {
            compile_expr(e);
            emit(is_set ? Op::SET_ADD : Op::LIST_APPEND, 1, e->location);
        }
    }
    if (as_tuple)
        emit(Op::LIST_TO_TUPLE, loc);
}

void Compiler::compile_dict(Dict const* d) {
    SourceLocation loc = d->location;
    bool has_unpack = false;
    for (Expr const* k : d->keys)
        if (!k) has_unpack = true;
    if (!has_unpack) {
        for (std::size_t i = 0; i < d->keys.size(); ++i) {
            compile_expr(d->keys[i]);
            compile_expr(d->values[i]);
        }
        emit(Op::BUILD_MAP, static_cast<std::uint32_t>(d->keys.size()), loc);
        return;
    }
    emit(Op::BUILD_MAP, 0, loc);
    for (std::size_t i = 0; i < d->keys.size(); ++i) {
        if (d->keys[i]) {
            compile_expr(d->keys[i]);
            compile_expr(d->values[i]);
            emit(Op::MAP_ADD, 1, loc);
        } else {
            compile_expr(d->values[i]);
            emit(Op::DICT_UPDATE, 1, d->values[i]->location);
        }
    }
}

void Compiler::compile_subscript(Subscript const* s) {
    if (s->ctx == ExprContext::Load) check_subscript(s);
    compile_expr(s->value);
    compile_expr(s->slice);
    emit(Op::BINARY_SUBSCR, s->location);
}

void Compiler::compile_boolop(BoolOp const* b) {
    Label end = new_label();
    Op jump = b->op == BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    for (std::size_t i = 0; i < b->values.size(); ++i) {
        compile_expr(b->values[i]);
        if (i + 1 < b->values.size())
            emit_jump(jump, end, b->location);  // CPython 3.11 tests each operand at the whole expression
    }
    bind(end);
}

void Compiler::compile_compare(Compare const* c) {
    check_compare(c);
    SourceLocation loc = c->location;
    auto emit_cmp = [&](CmpOperator op, SourceLocation l) {
        switch (op) {
        case CmpOperator::Is: emit(Op::IS_OP, 0, l); break;
        case CmpOperator::IsNot: emit(Op::IS_OP, 1, l); break;
        case CmpOperator::In: emit(Op::CONTAINS_OP, 0, l); break;
        case CmpOperator::NotIn: emit(Op::CONTAINS_OP, 1, l); break;
        default: emit(Op::COMPARE_OP, cmp_arg(op), l); break;
        }
    };
    compile_expr(c->left);
    if (c->ops.size() == 1) {
        compile_expr(c->comparators[0]);
        emit_cmp(c->ops[0], loc);
        return;
    }
    Label cleanup = new_label(), end = new_label();
    for (std::size_t i = 0; i + 1 < c->ops.size(); ++i) {
        compile_expr(c->comparators[i]);
        emit(Op::SWAP, 2, loc);
        emit(Op::COPY, 2, loc);
        emit_cmp(c->ops[i], loc);
        emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup, loc);
    }
    compile_expr(c->comparators.back());
    emit_cmp(c->ops.back(), loc);
    emit_jump(Op::JUMP_FORWARD, end, loc);
    bind(cleanup);
    emit(Op::SWAP, 2, loc);
    emit(Op::POP_TOP, loc);
    bind(end);
}

void Compiler::compile_jump_if(Expr const* e, Label target, bool jump_if_true, SourceLocation const* at) {
    // the truth test stands at `at` when given (the statement or conditional expression it decides, as CPython
    // 3.11 locates it), else at the expression; `not` and `and`/`or` inside keep the outer expression's place
    if (!at) at = &e->location;
    if (e->kind == Expr::Kind::UnaryOp && static_cast<UnaryOp const*>(e)->op == UnaryOperator::Not) {
        compile_jump_if(static_cast<UnaryOp const*>(e)->operand, target, !jump_if_true, at);
        return;
    }
    if (e->kind == Expr::Kind::BoolOp) {
        auto const* b = static_cast<BoolOp const*>(e);
        bool is_and = b->op == BoolOperator::And;
        if (is_and != jump_if_true) {
            // `a and b` jumping if false (or `a or b` jumping if true): any operand decides
            for (Expr const* v : b->values)
                compile_jump_if(v, target, jump_if_true, at);
        } else {
            Label next = new_label();
            for (std::size_t i = 0; i + 1 < b->values.size(); ++i)
                compile_jump_if(b->values[i], next, !jump_if_true, at);
            compile_jump_if(b->values.back(), target, jump_if_true, at);
            bind(next);
        }
        return;
    }
    if (e->kind == Expr::Kind::Compare) {
        auto const* c = static_cast<Compare const*>(e);
        if (c->ops.size() == 1 && (c->ops[0] == CmpOperator::Is || c->ops[0] == CmpOperator::IsNot) &&
            c->comparators[0]->kind == Expr::Kind::Constant &&
            static_cast<Constant const*>(c->comparators[0])->type == Constant::Type::None) {
            compile_expr(c->left);
            bool is_none = (c->ops[0] == CmpOperator::Is) == jump_if_true;
            emit_jump(is_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, target, *at);
            return;
        }
    }
    compile_expr(e);
    emit_jump(jump_if_true ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target, *at);
}

void Compiler::compile_call(Call const* call) {
    SourceLocation loc = call->location;
    check_caller(call->func);
    for (Keyword const* k : call->keywords)
        if (k->arg == "__debug__")  // CPython: validate_keywords' forbidden_name
            error("cannot assign to __debug__", loc);
    bool simple = !has_starred(call->args);
    for (Keyword const* k : call->keywords)
        if (k->arg.empty())
            simple = false;
    if (simple && call->func->kind == Expr::Kind::Attribute) {
        auto const* a = static_cast<Attribute const*>(call->func);
        compile_expr(a->value);
        emit(Op::LOAD_METHOD, attribute_name(a->attr), a->location);
        compile_call_helper(call, 0, loc);
        return;
    }
    emit(Op::PUSH_NULL, loc);
    compile_expr(call->func);
    compile_call_helper(call, 0, loc);
}

void Compiler::compile_call_helper(Call const* call, int already_pushed, SourceLocation loc) {
    std::set<std::string> seen;
    for (Keyword const* k : call->keywords) {
        if (!k->arg.empty() && !seen.insert(k->arg).second)
            error("keyword argument repeated: " + k->arg, k->location);
    }
    bool has_unpack = has_starred(call->args);
    for (Keyword const* k : call->keywords)
        if (k->arg.empty())
            has_unpack = true;
    if (!has_unpack) {
        for (Expr const* a : call->args)
            compile_expr(a);
        ConstantValue names;
        names.type = ConstantValue::Type::Tuple;
        for (Keyword const* k : call->keywords) {
            compile_expr(k->value);
            names.items.push_back(str_const(k->arg));
        }
        if (!names.items.empty())
            emit(Op::KW_NAMES, static_cast<std::uint32_t>(builder().add_const(names)), loc);
        emit(Op::CALL, static_cast<std::uint32_t>(already_pushed + call->args.size() + call->keywords.size()), loc);
        return;
    }
    // f(*args, **kwargs): build the positional tuple and the keyword dict (CPython: compiler_call_helper ex_call).
    // f(*x) alone passes x to CALL_FUNCTION_EX as it is, as CPython does: a tuple is used as it is, anything
    // else is made one there (after the keyword arguments are evaluated), with an error naming the callable.
    bool lone_star = already_pushed == 0 && call->args.size() == 1 && call->args[0]->kind == Expr::Kind::Starred;
    if (lone_star) {
        compile_expr(static_cast<Starred const*>(call->args[0])->value);
    } else {
        emit(Op::BUILD_LIST, static_cast<std::uint32_t>(already_pushed), loc);
        for (Expr const* a : call->args) {
            if (a->kind == Expr::Kind::Starred) {
                compile_expr(static_cast<Starred const*>(a)->value);
                emit(Op::LIST_EXTEND, 1, a->location);
            } else {
                compile_expr(a);
                emit(Op::LIST_APPEND, 1, a->location);
            }
        }
        emit(Op::LIST_TO_TUPLE, loc);
    }
    if (call->keywords.empty()) {
        emit(Op::CALL_FUNCTION_EX, 0, loc);
        return;
    }
    if (call->keywords.size() == 1 && call->keywords[0]->arg.empty()) {
        // f(..., **m) alone: m goes to CALL_FUNCTION_EX as it is (arg 3), which uses a dict without copying it
        // and merges anything else into a new one as DICT_MERGE would
        compile_expr(call->keywords[0]->value);
        emit(Op::CALL_FUNCTION_EX, 3, loc);
        return;
    }
    emit(Op::BUILD_MAP, 0, loc);
    for (Keyword const* k : call->keywords) {
        if (k->arg.empty()) {
            compile_expr(k->value);
        } else {
            emit_const(str_const(k->arg), k->location);
            compile_expr(k->value);
            emit(Op::BUILD_MAP, 1, k->location);
        }
        emit(Op::DICT_MERGE, 1, k->location);
    }
    emit(Op::CALL_FUNCTION_EX, 1, loc);
}

void Compiler::compile_formatted_value(FormattedValue const* f) {
    SourceLocation loc = f->location;
    compile_expr(f->value);
    std::uint32_t arg = 0;
    switch (f->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
    }
    if (f->format_spec) {
        compile_expr(f->format_spec);
        arg |= 4;
    }
    emit(Op::FORMAT_VALUE, arg, loc);
}

void Compiler::compile_joined_str(JoinedStr const* j) {
    SourceLocation loc = j->location;
    if (j->values.empty()) {
        emit_const(str_const(""), loc);
        return;
    }
    if (j->values.size() == 1 && j->values[0]->kind == Expr::Kind::Constant) {
        compile_expr(j->values[0]);
        return;
    }
    for (Expr const* v : j->values)
        compile_expr(v);
    if (j->values.size() > 1)
        emit(Op::BUILD_STRING, static_cast<std::uint32_t>(j->values.size()), loc);
}

} // namespace weft::front
