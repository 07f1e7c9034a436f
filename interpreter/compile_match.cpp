// The match statement (CPython: Python/compile.c, compiler_match and the compiler_pattern_* functions, 3.11).
//
// Each case gets a copy of the subject (except the last one tested). A pattern consumes the value on top of the
// stack; the values it captures are kept on the stack, beneath whatever it still works on, and stored into their
// names only once the whole pattern has matched (so a failed case binds nothing). A test that fails jumps to
// fail_pops[n], which pops the n values the pattern had on the stack and falls through to fail_pops[0]: the next
// case.
#include <algorithm>

#include "interpreter/compiler.hpp"

namespace weft::front {

struct Compiler::PatternContext {
    std::vector<std::string> stores;  // names captured so far; their values are on the stack, the first on top
    bool allow_irrefutable = false;   // an irrefutable pattern may stand here (last, or guarded)
    std::vector<Label> fail_pops;     // fail_pops[n]: pop n values, then go to the next case
    std::size_t on_top = 0;           // values above the captures the pattern must pop when it fails
    // the pattern compiled last: where CPython's compiler stands when it reports an error found after it
    SourceLocation last_location;
};

namespace {

bool is_wildcard(Pattern const* p) {
    if (p->kind != Pattern::Kind::MatchAs)
        return false;
    auto const* as = static_cast<MatchAs const*>(p);
    return as->pattern == nullptr && as->name.empty();
}

bool is_star_wildcard(Pattern const* p) {
    return p->kind == Pattern::Kind::MatchStar && static_cast<MatchStar const*>(p)->name.empty();
}

std::string quoted(std::string const& name) { return "'" + name + "'"; }

} // namespace

// Moves the top of the stack `count - 1` places down (CPython: pattern_helper_rotate)
void Compiler::pattern_rotate(std::size_t count, SourceLocation loc) {
    while (count > 1)
        emit(Op::SWAP, static_cast<std::uint32_t>(count--), loc);
}

// Keeps the captured value on top of the stack for `name`, beneath what the pattern still works on
// (CPython: pattern_helper_store_name)
void Compiler::pattern_store_name(std::string const& name, PatternContext& pc, SourceLocation loc) {
    if (name.empty()) {
        emit(Op::POP_TOP, loc);
        return;
    }
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
        error("multiple assignments to name " + quoted(name) + " in pattern", loc);
    pattern_rotate(pc.on_top + pc.stores.size() + 1, loc);
    pc.stores.push_back(name);
}

// A jump (`op`) to the failure exit that pops everything this pattern has on the stack (CPython: jump_to_fail_pop)
void Compiler::pattern_jump_to_fail(PatternContext& pc, Op op, SourceLocation loc) {
    std::size_t pops = pc.on_top + pc.stores.size();
    while (pc.fail_pops.size() <= pops)
        pc.fail_pops.push_back(new_label());
    emit_jump(op, pc.fail_pops[pops], loc);
}

// The failure exits: fail_pops[n] pops one value and falls into fail_pops[n - 1] (CPython: emit_and_reset_fail_pop)
void Compiler::pattern_emit_fail_pops(PatternContext& pc, SourceLocation loc) {
    if (pc.fail_pops.empty())
        return;
    for (std::size_t n = pc.fail_pops.size() - 1; n > 0; --n) {
        bind(pc.fail_pops[n]);
        emit(Op::POP_TOP, loc);
    }
    bind(pc.fail_pops[0]);
    pc.fail_pops.clear();
}

void Compiler::compile_match(Match const* s) {
    compile_expr(s->subject);
    Label end = new_label();
    std::size_t cases = s->cases.size();
    // A last `case _:` needs no copy of the subject and no test
    bool has_default = cases > 1 && is_wildcard(s->cases.back()->pattern);
    for (std::size_t i = 0; i < cases - has_default; ++i) {
        MatchCase const* c = s->cases[i];
        SourceLocation loc = c->pattern->location;
        bool last_tested = i == cases - has_default - 1;
        if (!last_tested)
            emit(Op::COPY, 1, loc);
        PatternContext pc;
        pc.allow_irrefutable = c->guard != nullptr || i == cases - 1;
        compile_pattern(c->pattern, pc);
        // It matched: store the captures (the first one is on top)
        for (std::string const& name : pc.stores)
            emit_name(name, NameOp::Store, loc);
        if (c->guard) {
            if (pc.fail_pops.empty())
                pc.fail_pops.push_back(new_label());
            compile_jump_if(c->guard, pc.fail_pops[0], false);
        }
        if (!last_tested)
            emit(Op::POP_TOP, loc);
        compile_body(c->body);
        emit_jump(Op::JUMP_FORWARD, end, loc);
        pattern_emit_fail_pops(pc, loc);
    }
    if (has_default) {
        MatchCase const* c = s->cases.back();
        SourceLocation loc = c->pattern->location;
        if (cases == 1)
            emit(Op::POP_TOP, loc);
        else
            emit(Op::NOP, loc);
        if (c->guard)
            compile_jump_if(c->guard, end, false);
        compile_body(c->body);
    }
    bind(end);
}

// A sub-pattern may be irrefutable wherever it stands (CPython: compiler_pattern_subpattern)
void Compiler::compile_subpattern(Pattern const* p, PatternContext& pc) {
    bool allow = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    compile_pattern(p, pc);
    pc.allow_irrefutable = allow;
}

void Compiler::compile_pattern(Pattern const* p, PatternContext& pc) {
    SourceLocation loc = p->location;
    pc.last_location = loc;
    switch (p->kind) {
    case Pattern::Kind::MatchValue:
        compile_pattern_value(static_cast<MatchValue const*>(p), pc);
        break;
    case Pattern::Kind::MatchSingleton: {
        auto v = static_cast<MatchSingleton const*>(p)->value;
        ConstantValue constant;
        constant.type = v == Constant::Type::None   ? ConstantValue::Type::None
                        : v == Constant::Type::True ? ConstantValue::Type::True
                                                    : ConstantValue::Type::False;
        emit_const(constant, loc);
        emit(Op::IS_OP, 0, loc);
        pattern_jump_to_fail(pc, Op::POP_JUMP_IF_FALSE, loc);
        break;
    }
    case Pattern::Kind::MatchSequence:
        compile_pattern_sequence(static_cast<MatchSequence const*>(p), pc);
        break;
    case Pattern::Kind::MatchMapping:
        compile_pattern_mapping(static_cast<MatchMapping const*>(p), pc);
        break;
    case Pattern::Kind::MatchClass:
        compile_pattern_class(static_cast<MatchClass const*>(p), pc);
        break;
    case Pattern::Kind::MatchStar:
        pattern_store_name(static_cast<MatchStar const*>(p)->name, pc, loc);
        break;
    case Pattern::Kind::MatchAs:
        compile_pattern_as(static_cast<MatchAs const*>(p), pc);
        break;
    case Pattern::Kind::MatchOr:
        compile_pattern_or(static_cast<MatchOr const*>(p), pc);
        break;
    }
}

void Compiler::compile_pattern_value(MatchValue const* p, PatternContext& pc) {
    Expr::Kind k = p->value->kind;
    if (k != Expr::Kind::Constant && k != Expr::Kind::Attribute && k != Expr::Kind::UnaryOp && k != Expr::Kind::BinOp)
        error("patterns may only match literals and attribute lookups", p->location);
    compile_expr(p->value);
    emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOpArg::Eq), p->location);
    pattern_jump_to_fail(pc, Op::POP_JUMP_IF_FALSE, p->location);
}

// `p as name`, a capture, or the wildcard (CPython: compiler_pattern_as)
void Compiler::compile_pattern_as(MatchAs const* p, PatternContext& pc) {
    SourceLocation loc = p->location;
    if (p->pattern == nullptr) {
        if (!pc.allow_irrefutable) {
            if (!p->name.empty())
                error("name capture " + quoted(p->name) + " makes remaining patterns unreachable", loc);
            error("wildcard makes remaining patterns unreachable", loc);
        }
        pattern_store_name(p->name, pc, loc);
        return;
    }
    // a copy of the subject to store once the inner pattern matched
    ++pc.on_top;
    emit(Op::COPY, 1, loc);
    compile_pattern(p->pattern, pc);
    --pc.on_top;
    pattern_store_name(p->name, pc, loc);
}

// [a, *rest, b] (CPython: compiler_pattern_sequence, pattern_helper_sequence_unpack/_subscr)
void Compiler::compile_pattern_sequence(MatchSequence const* p, PatternContext& pc) {
    SourceLocation loc = p->location;
    PatternList const& patterns = p->patterns;
    std::size_t size = patterns.size();
    std::ptrdiff_t star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (std::size_t i = 0; i < size; ++i) {
        if (patterns[i]->kind == Pattern::Kind::MatchStar) {
            if (star >= 0)
                error("multiple starred names in sequence pattern", loc);
            star_wildcard = is_star_wildcard(patterns[i]);
            only_wildcard &= star_wildcard;
            star = static_cast<std::ptrdiff_t>(i);
            continue;
        }
        only_wildcard &= is_wildcard(patterns[i]);
    }
    // the subject stays on top during the sequence and length checks
    ++pc.on_top;
    emit(Op::MATCH_SEQUENCE, loc);
    pattern_jump_to_fail(pc, Op::POP_JUMP_IF_FALSE, loc);
    if (star < 0) {
        emit(Op::GET_LEN, loc);
        ConstantValue n;
        n.type = ConstantValue::Type::Int;
        n.int_value = static_cast<std::int64_t>(size);
        emit_const(n, loc);
        emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOpArg::Eq), loc);
        pattern_jump_to_fail(pc, Op::POP_JUMP_IF_FALSE, loc);
    } else if (size > 1) {
        emit(Op::GET_LEN, loc);
        ConstantValue n;
        n.type = ConstantValue::Type::Int;
        n.int_value = static_cast<std::int64_t>(size - 1);
        emit_const(n, loc);
        emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOpArg::Ge), loc);
        pattern_jump_to_fail(pc, Op::POP_JUMP_IF_FALSE, loc);
    }
    --pc.on_top;
    if (only_wildcard) {
        emit(Op::POP_TOP, loc);  // [], [_, _], [*_], [_, *_]: nothing to look at
        return;
    }
    if (star_wildcard) {
        // index the items the pattern names instead of unpacking them all
        ++pc.on_top;
        for (std::size_t i = 0; i < size; ++i) {
            Pattern const* item = patterns[i];
            if (is_wildcard(item) || static_cast<std::ptrdiff_t>(i) == star)
                continue;
            emit(Op::COPY, 1, item->location);
            ConstantValue index;
            index.type = ConstantValue::Type::Int;
            if (static_cast<std::ptrdiff_t>(i) < star) {
                index.int_value = static_cast<std::int64_t>(i);
                emit_const(index, item->location);
            } else {
                // the subject may not support negative indexes: len(subject) - (size - i)
                emit(Op::GET_LEN, item->location);
                index.int_value = static_cast<std::int64_t>(size - i);
                emit_const(index, item->location);
                emit(Op::BINARY_OP, static_cast<std::uint32_t>(BinOpArg::Subtract), item->location);
            }
            emit(Op::BINARY_SUBSCR, item->location);
            compile_subpattern(item, pc);
        }
        --pc.on_top;
        emit(Op::POP_TOP, loc);
        return;
    }
    if (star < 0)
        emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(size), loc);
    else
        emit(Op::UNPACK_EX, static_cast<std::uint32_t>(star) | static_cast<std::uint32_t>(size - 1 - star) << 8, loc);
    pc.on_top += size;
    for (Pattern const* item : patterns) {
        --pc.on_top;
        compile_subpattern(item, pc);
    }
}

// {key: p, **rest} (CPython: compiler_pattern_mapping)
void Compiler::compile_pattern_mapping(MatchMapping const* p, PatternContext& pc) {
    SourceLocation loc = p->location;
    std::size_t size = p->keys.size();
    ++pc.on_top;
    emit(Op::MATCH_MAPPING, loc);
    pattern_jump_to_fail(pc, Op::POP_JUMP_IF_FALSE, loc);
    if (size == 0 && p->rest.empty()) {
        --pc.on_top;
        emit(Op::POP_TOP, loc);
        return;
    }
    if (size > 0) {
        emit(Op::GET_LEN, loc);
        ConstantValue n;
        n.type = ConstantValue::Type::Int;
        n.int_value = static_cast<std::int64_t>(size);
        emit_const(n, loc);
        emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOpArg::Ge), loc);
        pattern_jump_to_fail(pc, Op::POP_JUMP_IF_FALSE, loc);
    }
    std::vector<ConstantValue> seen;
    for (Expr const* key : p->keys) {
        if (key->kind == Expr::Kind::Constant) {
            ConstantValue value = constant_of(static_cast<Constant const*>(key));
            if (std::find(seen.begin(), seen.end(), value) != seen.end()) {
                error("mapping pattern checks duplicate key (" + constant_repr(value) + ")", p->location);
            }
            seen.push_back(value);
        } else if (key->kind != Expr::Kind::Attribute && key->kind != Expr::Kind::UnaryOp && key->kind != Expr::Kind::BinOp) {
            error("mapping pattern keys may only match literals and attribute lookups", key->location);
        }
        compile_expr(key);
    }
    emit(Op::BUILD_TUPLE, static_cast<std::uint32_t>(size), loc);
    emit(Op::MATCH_KEYS, loc);
    // the keys and the values (or None) are on top of the subject
    pc.on_top += 2;
    emit(Op::COPY, 1, loc);
    emit_none(loc);
    emit(Op::IS_OP, 1, loc);
    pattern_jump_to_fail(pc, Op::POP_JUMP_IF_FALSE, loc);
    emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(size), loc);
    pc.on_top += size;
    --pc.on_top;
    for (Pattern const* item : p->patterns) {
        --pc.on_top;
        compile_subpattern(item, pc);
    }
    pc.on_top -= 2;  // the keys tuple and the subject remain, for what follows to consume
    if (!p->rest.empty()) {
        // rest = dict(subject) without the pattern's keys
        emit(Op::BUILD_MAP, 0, loc);             // [subject, keys, {}]
        emit(Op::SWAP, 3, loc);                  // [{}, keys, subject]
        emit(Op::DICT_UPDATE, 2, loc);           // [copy, keys]
        emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(size), loc);  // [copy, keys...]
        for (std::size_t n = size; n > 0; --n) {
            emit(Op::COPY, static_cast<std::uint32_t>(1 + n), loc);  // [copy, keys..., copy]
            emit(Op::SWAP, 2, loc);                                   // [copy, keys..., copy, key]
            emit(Op::DELETE_SUBSCR, loc);                             // [copy, keys...]
        }
        pattern_store_name(p->rest, pc, loc);
    } else {
        emit(Op::POP_TOP, loc);  // the keys
        emit(Op::POP_TOP, loc);  // the subject
    }
}

// cls(p, attr=q) (CPython: compiler_pattern_class)
void Compiler::compile_pattern_class(MatchClass const* p, PatternContext& pc) {
    SourceLocation loc = p->location;
    std::size_t nargs = p->patterns.size(), nattrs = p->kwd_attrs.size();
    for (std::size_t i = 0; i < nattrs; ++i)
        for (std::size_t j = i + 1; j < nattrs; ++j)
            if (p->kwd_attrs[i] == p->kwd_attrs[j])
                error("attribute name repeated in class pattern: " + p->kwd_attrs[j], p->kwd_patterns[j]->location);
    compile_expr(p->cls);
    ConstantValue names;
    names.type = ConstantValue::Type::Tuple;
    for (std::string const& attr : p->kwd_attrs) {
        ConstantValue name;
        name.type = ConstantValue::Type::Str;
        name.text = attr;
        names.items.push_back(name);
    }
    emit_const(names, loc);
    emit(Op::MATCH_CLASS, static_cast<std::uint32_t>(nargs), loc);
    emit(Op::COPY, 1, loc);
    emit_none(loc);
    emit(Op::IS_OP, 1, loc);
    // the attributes tuple (or None) replaced the subject
    ++pc.on_top;
    pattern_jump_to_fail(pc, Op::POP_JUMP_IF_FALSE, loc);
    emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(nargs + nattrs), loc);
    pc.on_top += nargs + nattrs;
    --pc.on_top;
    for (std::size_t i = 0; i < nargs + nattrs; ++i) {
        Pattern const* item = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
        --pc.on_top;
        if (is_wildcard(item)) {
            emit(Op::POP_TOP, item->location);
            continue;
        }
        compile_subpattern(item, pc);
    }
}

// p | q | r: every alternative binds the same names, reordered on the stack to the first one's order
// (CPython: compiler_pattern_or)
void Compiler::compile_pattern_or(MatchOr const* p, PatternContext& pc) {
    SourceLocation loc = p->location;
    Label end = new_label();
    PatternContext old = pc;
    std::vector<std::string> control;
    std::size_t size = p->patterns.size();
    for (std::size_t i = 0; i < size; ++i) {
        Pattern const* alt = p->patterns[i];
        pc.stores.clear();
        pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
        pc.fail_pops.clear();
        pc.on_top = 0;
        emit(Op::COPY, 1, alt->location);
        compile_pattern(alt, pc);
        std::size_t nstores = pc.stores.size();
        if (i == 0) {
            control = pc.stores;
        } else if (nstores != control.size()) {
            error("alternative patterns bind different names", pc.last_location);
        } else if (nstores > 0) {
            // reorder the captured values to the order of the first alternative's names
            for (std::size_t icontrol = nstores; icontrol-- > 0;) {
                auto it = std::find(pc.stores.begin(), pc.stores.end(), control[icontrol]);
                if (it == pc.stores.end())
                    error("alternative patterns bind different names", pc.last_location);
                std::size_t istores = static_cast<std::size_t>(it - pc.stores.begin());
                if (icontrol != istores) {
                    std::size_t rotations = istores + 1;
                    std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + static_cast<std::ptrdiff_t>(rotations));
                    pc.stores.erase(pc.stores.begin(), pc.stores.begin() + static_cast<std::ptrdiff_t>(rotations));
                    pc.stores.insert(pc.stores.begin() + static_cast<std::ptrdiff_t>(icontrol - istores), rotated.begin(),
                                     rotated.end());
                    while (rotations--)
                        pattern_rotate(icontrol + 1, alt->location);
                }
            }
        }
        emit_jump(Op::JUMP_FORWARD, end, alt->location);
        pattern_emit_fail_pops(pc, alt->location);
    }
    SourceLocation last = pc.last_location;
    pc = std::move(old);
    pc.last_location = last;
    // no alternative matched: pop the copy of the subject and fail
    emit(Op::POP_TOP, loc);
    pattern_jump_to_fail(pc, Op::JUMP_FORWARD, loc);
    bind(end);
    // move the new captures beneath the subject's copy and whatever else the enclosing patterns keep on the stack
    std::size_t nrots = control.size() + 1 + pc.on_top + pc.stores.size();
    for (std::string const& name : control) {
        pattern_rotate(nrots, loc);
        if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
            error("multiple assignments to name " + quoted(name) + " in pattern", pc.last_location);
        pc.stores.push_back(name);
    }
    emit(Op::POP_TOP, loc);  // the copy of the subject
}

} // namespace weft::front
