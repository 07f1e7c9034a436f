// The SyntaxWarnings CPython 3.11's compiler gives for code that is valid but almost certainly a mistake
// (Python/compile.c: check_compare, check_caller, check_subscripter, check_index, compiler_assert): `x is 1`,
// `(1, 2)(3)`, `[1, 2][0, 1]`, `assert (x, "msg")`. They are collected here and issued by the VM once the code
// compiled (warnings.warn_explicit, so that filters apply).
#include "interpreter/compiler.hpp"

namespace weft::front {

namespace {

// The type a literal expression certainly has, or null (CPython: infer_type)
char const* inferred_type(Expr const* e) {
    switch (e->kind) {
    case Expr::Kind::Tuple: return "tuple";
    case Expr::Kind::List: case Expr::Kind::ListComp: return "list";
    case Expr::Kind::Dict: case Expr::Kind::DictComp: return "dict";
    case Expr::Kind::Set: case Expr::Kind::SetComp: return "set";
    case Expr::Kind::GeneratorExp: return "generator";
    case Expr::Kind::Lambda: return "function";
    case Expr::Kind::JoinedStr: case Expr::Kind::FormattedValue: return "str";
    case Expr::Kind::Constant:
        switch (static_cast<Constant const*>(e)->type) {
        case Constant::Type::None: return "NoneType";
        case Constant::Type::True: case Constant::Type::False: return "bool";
        case Constant::Type::Ellipsis: return "ellipsis";
        case Constant::Type::Int: return "int";
        case Constant::Type::Float: return "float";
        case Constant::Type::Complex: return "complex";
        case Constant::Type::Str: return "str";
        case Constant::Type::Bytes: return "bytes";
        }
        return nullptr;
    default: return nullptr;
    }
}

// A tuple of literals, which CPython's AST optimizer folds into one constant
bool constant_tuple(Expr const* e) {
    if (e->kind != Expr::Kind::Tuple) return false;
    for (Expr const* x : static_cast<Tuple const*>(e)->elts)
        if (x->kind != Expr::Kind::Constant && !constant_tuple(x)) return false;
    return true;
}

// An operand `is` may sensibly compare: anything but a literal, or None, True, False, ... (CPython: check_is_arg)
bool fine_for_is(Expr const* e) {
    if (constant_tuple(e)) return false;
    if (e->kind != Expr::Kind::Constant) return true;
    auto t = static_cast<Constant const*>(e)->type;
    return t == Constant::Type::None || t == Constant::Type::True || t == Constant::Type::False || t == Constant::Type::Ellipsis;
}

} // namespace

void Compiler::warn(std::string message, SourceLocation loc) { m_warnings.push_back(CompileWarning{std::move(message), loc.line}); }

void Compiler::check_compare(Compare const* e) {
    bool left = fine_for_is(e->left);
    for (std::size_t i = 0; i < e->ops.size(); ++i) {
        bool right = fine_for_is(e->comparators[i]);
        CmpOperator op = e->ops[i];
        if ((op == CmpOperator::Is || op == CmpOperator::IsNot) && (!left || !right)) {
            warn(op == CmpOperator::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                       : "\"is not\" with a literal. Did you mean \"!=\"?",
                 e->location);
            return;
        }
        left = right;
    }
}

void Compiler::check_caller(Expr const* func) {
    switch (func->kind) {
    case Expr::Kind::Constant: case Expr::Kind::Tuple: case Expr::Kind::List: case Expr::Kind::ListComp:
    case Expr::Kind::Dict: case Expr::Kind::DictComp: case Expr::Kind::Set: case Expr::Kind::SetComp:
    case Expr::Kind::GeneratorExp: case Expr::Kind::JoinedStr: case Expr::Kind::FormattedValue:
        warn(std::string("'") + inferred_type(func) + "' object is not callable; perhaps you missed a comma?", func->location);
        return;
    default:
        return;
    }
}

void Compiler::check_subscript(Subscript const* e) {
    Expr const* value = e->value;
    bool unsubscriptable = false;
    switch (value->kind) {
    case Expr::Kind::Constant: {
        auto t = static_cast<Constant const*>(value)->type;
        unsubscriptable = t == Constant::Type::None || t == Constant::Type::Ellipsis || t == Constant::Type::Int ||
                          t == Constant::Type::Float || t == Constant::Type::Complex || t == Constant::Type::True ||
                          t == Constant::Type::False;
        break;
    }
    case Expr::Kind::Set: case Expr::Kind::SetComp: case Expr::Kind::GeneratorExp: case Expr::Kind::Lambda:
        unsubscriptable = true;
        break;
    default:
        break;
    }
    if (unsubscriptable) {
        warn(std::string("'") + inferred_type(value) + "' object is not subscriptable; perhaps you missed a comma?", e->location);
        return;
    }
    // a str, bytes, tuple or list literal indexed by a literal of another type than int (CPython: check_index)
    char const* container = inferred_type(value);
    if (!container || (std::string_view(container) != "str" && std::string_view(container) != "bytes" &&
                       std::string_view(container) != "tuple" && std::string_view(container) != "list"))
        return;
    char const* index = inferred_type(e->slice);
    if (!index || std::string_view(index) == "int" || std::string_view(index) == "bool") return;
    warn(std::string(container) + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?",
         e->location);
}

} // namespace weft::front
