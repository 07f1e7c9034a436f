// ast_dump(): a tree printed exactly as CPython 3.11's ast.dump() prints it (Lib/ast.py), with Python's reprs
// of the constants; and tree_depth(), the nesting depth the parser checks before handing a tree on.
#include "interpreter/ast.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

#include "interpreter/lexer.hpp"
#include "interpreter/parser_impl.hpp"
#include "interpreter/text.hpp"

namespace weft::front {

namespace {

// ---- Python reprs ----

// CPython: float_repr() ('r' format, shortest round-trip digits): exponent notation when the decimal point is
// more than 16 places right or 4 or more places left of the first digit; "1.0" keeps its ".0" unless
// `add_dot_zero` is false (complex numbers print 1j, not 1.0j).
void append_float_repr(std::string& out, double value, bool add_dot_zero) {
    if (std::isinf(value)) {
        out += value < 0 ? "-inf" : "inf";
        return;
    }
    if (std::isnan(value)) {
        out += "nan";
        return;
    }
    if (std::signbit(value)) {
        out += '-';
        value = -value;
    }
    if (value == 0.0) {
        out += add_dot_zero ? "0.0" : "0";
        return;
    }
    char buffer[64];
    auto const result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string_view const text(buffer, static_cast<std::size_t>(result.ptr - buffer));
    std::size_t const e = text.find('e');
    std::string digits;
    for (char c : text.substr(0, e)) {
        if (c != '.')
            digits += c;
    }
    int exponent = 0;
    std::from_chars(text.data() + e + 1 + (text[e + 1] == '+' ? 1 : 0), text.data() + text.size(), exponent);
    int const decimal_point = exponent + 1; // digits before the decimal point
    int const count = static_cast<int>(digits.size());
    if (decimal_point > 16 || decimal_point < -3) {
        out += digits[0];
        if (count > 1) {
            out += '.';
            out.append(digits, 1, std::string::npos);
        }
        char exponent_text[16];
        std::snprintf(exponent_text, sizeof exponent_text, "e%c%02d", exponent < 0 ? '-' : '+',
                      std::abs(exponent));
        out += exponent_text;
        return;
    }
    if (decimal_point <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-decimal_point), '0');
        out += digits;
    } else if (decimal_point >= count) {
        out += digits;
        out.append(static_cast<std::size_t>(decimal_point - count), '0');
        if (add_dot_zero)
            out += ".0";
    } else {
        out.append(digits, 0, static_cast<std::size_t>(decimal_point));
        out += '.';
        out.append(digits, static_cast<std::size_t>(decimal_point), std::string::npos);
    }
}

void append_constant_repr(std::string& out, Constant const& constant) {
    switch (constant.type) {
    case Constant::Type::None:
        out += "None";
        break;
    case Constant::Type::True:
        out += "True";
        break;
    case Constant::Type::False:
        out += "False";
        break;
    case Constant::Type::Ellipsis:
        out += "Ellipsis";
        break;
    case Constant::Type::Int:
        if (!constant.big_int.empty())
            out += constant.big_int;
        else
            out += std::to_string(constant.int_value);
        break;
    case Constant::Type::Float:
        append_float_repr(out, constant.float_value, true);
        break;
    case Constant::Type::Complex:
        append_float_repr(out, constant.float_value, false);
        out += 'j';
        break;
    case Constant::Type::Str:
        text::append_repr(out, constant.str_value);
        break;
    case Constant::Type::Bytes:
        text::append_bytes_repr(out, constant.str_value);
        break;
    }
}

char const* operator_name(Operator op) {
    static constexpr char const* names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                            "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                            "BitXor", "BitAnd", "FloorDiv"};
    return names[static_cast<int>(op)];
}

char const* unary_operator_name(UnaryOperator op) {
    static constexpr char const* names[] = {"Invert", "Not", "UAdd", "USub"};
    return names[static_cast<int>(op)];
}

char const* comparison_name(CmpOperator op) {
    static constexpr char const* names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                            "GtE", "Is",    "IsNot", "In",  "NotIn"};
    return names[static_cast<int>(op)];
}

char const* context_name(ExprContext context) {
    static constexpr char const* names[] = {"Load()", "Store()", "Del()"};
    return names[static_cast<int>(context)];
}

// ---- the dump ----

// Lib/ast.py dump(): Class(field=value, ...); a field whose value is None and whose default is None (an
// optional field) is left out; with `attributes`, the location follows the fields.
class Dumper {
  public:
    explicit Dumper(bool attributes) : m_attributes(attributes) {}

    std::string take() { return std::move(m_out); }

    void module(Module const& module) {
        m_out += "Module(body=";
        statements(module.body);
        m_out += ", type_ignores=[])";
    }

    void statements(StmtList const& body) {
        m_out += '[';
        for (std::size_t i = 0; i < body.size(); ++i) {
            if (i != 0)
                m_out += ", ";
            statement(body[i]);
        }
        m_out += ']';
    }

    void expressions(ExprList const& list) {
        m_out += '[';
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i != 0)
                m_out += ", ";
            expression(list[i]);
        }
        m_out += ']';
    }

    void expression(Expr const* expr) {
        if (expr == nullptr) {
            m_out += "None";
            return;
        }
        switch (expr->kind) {
        case Expr::Kind::BoolOp: {
            auto const* node = static_cast<BoolOp const*>(expr);
            open("BoolOp(op=");
            m_out += node->op == BoolOperator::And ? "And()" : "Or()";
            field("values", node->values);
            break;
        }
        case Expr::Kind::NamedExpr: {
            auto const* node = static_cast<NamedExpr const*>(expr);
            open("NamedExpr(");
            first_field("target", node->target);
            field("value", node->value);
            break;
        }
        case Expr::Kind::BinOp: {
            auto const* node = static_cast<BinOp const*>(expr);
            open("BinOp(");
            first_field("left", node->left);
            m_out += ", op=";
            m_out += operator_name(node->op);
            m_out += "()";
            field("right", node->right);
            break;
        }
        case Expr::Kind::UnaryOp: {
            auto const* node = static_cast<UnaryOp const*>(expr);
            open("UnaryOp(op=");
            m_out += unary_operator_name(node->op);
            m_out += "()";
            field("operand", node->operand);
            break;
        }
        case Expr::Kind::Lambda: {
            auto const* node = static_cast<Lambda const*>(expr);
            open("Lambda(args=");
            arguments(node->args);
            field("body", node->body);
            break;
        }
        case Expr::Kind::IfExp: {
            auto const* node = static_cast<IfExp const*>(expr);
            open("IfExp(");
            first_field("test", node->test);
            field("body", node->body);
            field("orelse", node->orelse);
            break;
        }
        case Expr::Kind::Dict: {
            auto const* node = static_cast<Dict const*>(expr);
            open("Dict(keys=");
            expressions(node->keys);
            field("values", node->values);
            break;
        }
        case Expr::Kind::Set: {
            auto const* node = static_cast<Set const*>(expr);
            open("Set(elts=");
            expressions(node->elts);
            break;
        }
        case Expr::Kind::ListComp: {
            auto const* node = static_cast<ListComp const*>(expr);
            open("ListComp(");
            first_field("elt", node->elt);
            generators(node->generators);
            break;
        }
        case Expr::Kind::SetComp: {
            auto const* node = static_cast<SetComp const*>(expr);
            open("SetComp(");
            first_field("elt", node->elt);
            generators(node->generators);
            break;
        }
        case Expr::Kind::DictComp: {
            auto const* node = static_cast<DictComp const*>(expr);
            open("DictComp(");
            first_field("key", node->key);
            field("value", node->value);
            generators(node->generators);
            break;
        }
        case Expr::Kind::GeneratorExp: {
            auto const* node = static_cast<GeneratorExp const*>(expr);
            open("GeneratorExp(");
            first_field("elt", node->elt);
            generators(node->generators);
            break;
        }
        case Expr::Kind::Await:
            open("Await(");
            first_field("value", static_cast<Await const*>(expr)->value);
            break;
        case Expr::Kind::Yield:
            open("Yield(");
            if (auto const* value = static_cast<Yield const*>(expr)->value)
                first_field("value", value);
            else
                m_first_attribute = true;
            break;
        case Expr::Kind::YieldFrom:
            open("YieldFrom(");
            first_field("value", static_cast<YieldFrom const*>(expr)->value);
            break;
        case Expr::Kind::Compare: {
            auto const* node = static_cast<Compare const*>(expr);
            open("Compare(");
            first_field("left", node->left);
            m_out += ", ops=[";
            for (std::size_t i = 0; i < node->ops.size(); ++i) {
                if (i != 0)
                    m_out += ", ";
                m_out += comparison_name(node->ops[i]);
                m_out += "()";
            }
            m_out += ']';
            field("comparators", node->comparators);
            break;
        }
        case Expr::Kind::Call: {
            auto const* node = static_cast<Call const*>(expr);
            open("Call(");
            first_field("func", node->func);
            field("args", node->args);
            m_out += ", keywords=[";
            for (std::size_t i = 0; i < node->keywords.size(); ++i) {
                if (i != 0)
                    m_out += ", ";
                keyword(node->keywords[i]);
            }
            m_out += ']';
            break;
        }
        case Expr::Kind::FormattedValue: {
            auto const* node = static_cast<FormattedValue const*>(expr);
            open("FormattedValue(");
            first_field("value", node->value);
            m_out += ", conversion=" + std::to_string(node->conversion);
            if (node->format_spec != nullptr)
                field("format_spec", node->format_spec);
            break;
        }
        case Expr::Kind::JoinedStr:
            open("JoinedStr(values=");
            expressions(static_cast<JoinedStr const*>(expr)->values);
            break;
        case Expr::Kind::Constant: {
            auto const* node = static_cast<Constant const*>(expr);
            open("Constant(value=");
            append_constant_repr(m_out, *node);
            if (node->u_prefix && node->type == Constant::Type::Str)
                m_out += ", kind='u'";
            break;
        }
        case Expr::Kind::Attribute: {
            auto const* node = static_cast<Attribute const*>(expr);
            open("Attribute(");
            first_field("value", node->value);
            m_out += ", attr=";
            text::append_repr(m_out, node->attr);
            m_out += ", ctx=";
            m_out += context_name(node->ctx);
            break;
        }
        case Expr::Kind::Subscript: {
            auto const* node = static_cast<Subscript const*>(expr);
            open("Subscript(");
            first_field("value", node->value);
            field("slice", node->slice);
            m_out += ", ctx=";
            m_out += context_name(node->ctx);
            break;
        }
        case Expr::Kind::Starred: {
            auto const* node = static_cast<Starred const*>(expr);
            open("Starred(");
            first_field("value", node->value);
            m_out += ", ctx=";
            m_out += context_name(node->ctx);
            break;
        }
        case Expr::Kind::Name: {
            auto const* node = static_cast<Name const*>(expr);
            open("Name(id=");
            text::append_repr(m_out, node->id);
            m_out += ", ctx=";
            m_out += context_name(node->ctx);
            break;
        }
        case Expr::Kind::List: {
            auto const* node = static_cast<List const*>(expr);
            open("List(elts=");
            expressions(node->elts);
            m_out += ", ctx=";
            m_out += context_name(node->ctx);
            break;
        }
        case Expr::Kind::Tuple: {
            auto const* node = static_cast<Tuple const*>(expr);
            open("Tuple(elts=");
            expressions(node->elts);
            m_out += ", ctx=";
            m_out += context_name(node->ctx);
            break;
        }
        case Expr::Kind::Slice: {
            auto const* node = static_cast<Slice const*>(expr);
            open("Slice(");
            bool first = true;
            auto optional = [&](char const* name, Expr const* value) {
                if (value == nullptr)
                    return;
                if (!first)
                    m_out += ", ";
                first = false;
                m_out += name;
                m_out += '=';
                expression(value);
            };
            optional("lower", node->lower);
            optional("upper", node->upper);
            optional("step", node->step);
            m_first_attribute = first;
            break;
        }
        }
        close(expr->location);
    }

    void statement(Stmt const* stmt) {
        switch (stmt->kind) {
        case Stmt::Kind::FunctionDef: {
            auto const* node = static_cast<FunctionDef const*>(stmt);
            open(node->is_async ? "AsyncFunctionDef(name=" : "FunctionDef(name=");
            text::append_repr(m_out, node->name);
            m_out += ", args=";
            arguments(node->args);
            field("body", node->body);
            field("decorator_list", node->decorator_list);
            if (node->returns != nullptr)
                field("returns", node->returns);
            break;
        }
        case Stmt::Kind::ClassDef: {
            auto const* node = static_cast<ClassDef const*>(stmt);
            open("ClassDef(name=");
            text::append_repr(m_out, node->name);
            field("bases", node->bases);
            m_out += ", keywords=[";
            for (std::size_t i = 0; i < node->keywords.size(); ++i) {
                if (i != 0)
                    m_out += ", ";
                keyword(node->keywords[i]);
            }
            m_out += ']';
            field("body", node->body);
            field("decorator_list", node->decorator_list);
            break;
        }
        case Stmt::Kind::Return:
            open("Return(");
            if (auto const* value = static_cast<Return const*>(stmt)->value)
                first_field("value", value);
            else
                m_first_attribute = true;
            break;
        case Stmt::Kind::Delete:
            open("Delete(targets=");
            expressions(static_cast<Delete const*>(stmt)->targets);
            break;
        case Stmt::Kind::Assign: {
            auto const* node = static_cast<Assign const*>(stmt);
            open("Assign(targets=");
            expressions(node->targets);
            field("value", node->value);
            break;
        }
        case Stmt::Kind::AugAssign: {
            auto const* node = static_cast<AugAssign const*>(stmt);
            open("AugAssign(");
            first_field("target", node->target);
            m_out += ", op=";
            m_out += operator_name(node->op);
            m_out += "()";
            field("value", node->value);
            break;
        }
        case Stmt::Kind::AnnAssign: {
            auto const* node = static_cast<AnnAssign const*>(stmt);
            open("AnnAssign(");
            first_field("target", node->target);
            field("annotation", node->annotation);
            if (node->value != nullptr)
                field("value", node->value);
            m_out += node->simple ? ", simple=1" : ", simple=0";
            break;
        }
        case Stmt::Kind::For: {
            auto const* node = static_cast<For const*>(stmt);
            open(node->is_async ? "AsyncFor(" : "For(");
            first_field("target", node->target);
            field("iter", node->iter);
            field("body", node->body);
            field("orelse", node->orelse);
            break;
        }
        case Stmt::Kind::While: {
            auto const* node = static_cast<While const*>(stmt);
            open("While(");
            first_field("test", node->test);
            field("body", node->body);
            field("orelse", node->orelse);
            break;
        }
        case Stmt::Kind::If: {
            auto const* node = static_cast<If const*>(stmt);
            open("If(");
            first_field("test", node->test);
            field("body", node->body);
            field("orelse", node->orelse);
            break;
        }
        case Stmt::Kind::With: {
            auto const* node = static_cast<With const*>(stmt);
            open(node->is_async ? "AsyncWith(items=[" : "With(items=[");
            for (std::size_t i = 0; i < node->items.size(); ++i) {
                if (i != 0)
                    m_out += ", ";
                m_out += "withitem(context_expr=";
                expression(node->items[i].context_expr);
                if (node->items[i].optional_vars != nullptr) {
                    m_out += ", optional_vars=";
                    expression(node->items[i].optional_vars);
                }
                m_out += ')';
            }
            m_out += ']';
            field("body", node->body);
            break;
        }
        case Stmt::Kind::Raise: {
            auto const* node = static_cast<Raise const*>(stmt);
            open("Raise(");
            bool first = true;
            if (node->exc != nullptr) {
                first_field("exc", node->exc);
                first = false;
            }
            if (node->cause != nullptr) {
                if (first)
                    first_field("cause", node->cause);
                else
                    field("cause", node->cause);
                first = false;
            }
            m_first_attribute = first;
            break;
        }
        case Stmt::Kind::Try: {
            auto const* node = static_cast<Try const*>(stmt);
            open(node->is_star ? "TryStar(body=" : "Try(body=");
            statements(node->body);
            m_out += ", handlers=[";
            for (std::size_t i = 0; i < node->handlers.size(); ++i) {
                if (i != 0)
                    m_out += ", ";
                handler(node->handlers[i]);
            }
            m_out += ']';
            field("orelse", node->orelse);
            field("finalbody", node->finalbody);
            break;
        }
        case Stmt::Kind::Match: {
            auto const* node = static_cast<Match const*>(stmt);
            open("Match(");
            first_field("subject", node->subject);
            m_out += ", cases=[";
            for (std::size_t i = 0; i < node->cases.size(); ++i) {
                if (i != 0)
                    m_out += ", ";
                MatchCase const* c = node->cases[i];
                m_out += "match_case(pattern=";
                pattern(c->pattern);
                if (c->guard != nullptr)
                    field("guard", c->guard);
                field("body", c->body);
                m_out += ')';
            }
            m_out += ']';
            break;
        }
        case Stmt::Kind::Assert: {
            auto const* node = static_cast<Assert const*>(stmt);
            open("Assert(");
            first_field("test", node->test);
            if (node->msg != nullptr)
                field("msg", node->msg);
            break;
        }
        case Stmt::Kind::Import:
            open("Import(names=");
            aliases(static_cast<Import const*>(stmt)->names);
            break;
        case Stmt::Kind::ImportFrom: {
            auto const* node = static_cast<ImportFrom const*>(stmt);
            open("ImportFrom(");
            if (!node->module.empty()) {
                m_out += "module=";
                text::append_repr(m_out, node->module);
                m_out += ", ";
            }
            m_out += "names=";
            aliases(node->names);
            m_out += ", level=" + std::to_string(node->level);
            break;
        }
        case Stmt::Kind::Global:
            open("Global(names=");
            names(static_cast<Global const*>(stmt)->names);
            break;
        case Stmt::Kind::Nonlocal:
            open("Nonlocal(names=");
            names(static_cast<Nonlocal const*>(stmt)->names);
            break;
        case Stmt::Kind::ExprStmt:
            open("Expr(");
            first_field("value", static_cast<ExprStmt const*>(stmt)->value);
            break;
        case Stmt::Kind::Pass:
            open("Pass(");
            m_first_attribute = true;
            break;
        case Stmt::Kind::Break:
            open("Break(");
            m_first_attribute = true;
            break;
        case Stmt::Kind::Continue:
            open("Continue(");
            m_first_attribute = true;
            break;
        }
        close(stmt->location);
    }

  private:
    void patterns(PatternList const& list) {
        m_out += '[';
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i != 0)
                m_out += ", ";
            pattern(list[i]);
        }
        m_out += ']';
    }

    // A pattern as ast.dump prints it (optional fields that are None are left out)
    void pattern(Pattern const* p) {
        switch (p->kind) {
        case Pattern::Kind::MatchValue:
            open("MatchValue(");
            first_field("value", static_cast<MatchValue const*>(p)->value);
            break;
        case Pattern::Kind::MatchSingleton: {
            auto v = static_cast<MatchSingleton const*>(p)->value;
            open(v == Constant::Type::None ? "MatchSingleton(value=None" : v == Constant::Type::True ? "MatchSingleton(value=True"
                                                                                                  : "MatchSingleton(value=False");
            break;
        }
        case Pattern::Kind::MatchSequence:
            open("MatchSequence(patterns=");
            patterns(static_cast<MatchSequence const*>(p)->patterns);
            break;
        case Pattern::Kind::MatchMapping: {
            auto const* node = static_cast<MatchMapping const*>(p);
            open("MatchMapping(keys=");
            expressions(node->keys);
            m_out += ", patterns=";
            patterns(node->patterns);
            if (!node->rest.empty()) {
                m_out += ", rest=";
                text::append_repr(m_out, node->rest);
            }
            break;
        }
        case Pattern::Kind::MatchClass: {
            auto const* node = static_cast<MatchClass const*>(p);
            open("MatchClass(");
            first_field("cls", node->cls);
            m_out += ", patterns=";
            patterns(node->patterns);
            m_out += ", kwd_attrs=[";
            for (std::size_t i = 0; i < node->kwd_attrs.size(); ++i) {
                if (i != 0)
                    m_out += ", ";
                text::append_repr(m_out, node->kwd_attrs[i]);
            }
            m_out += "], kwd_patterns=";
            patterns(node->kwd_patterns);
            break;
        }
        case Pattern::Kind::MatchStar: {
            auto const* node = static_cast<MatchStar const*>(p);
            open("MatchStar(");
            if (!node->name.empty()) {
                m_out += "name=";
                text::append_repr(m_out, node->name);
            } else {
                m_first_attribute = true;
            }
            break;
        }
        case Pattern::Kind::MatchAs: {
            auto const* node = static_cast<MatchAs const*>(p);
            open("MatchAs(");
            bool any = false;
            if (node->pattern != nullptr) {
                m_out += "pattern=";
                pattern(node->pattern);
                any = true;
            }
            if (!node->name.empty()) {
                m_out += any ? ", name=" : "name=";
                text::append_repr(m_out, node->name);
                any = true;
            }
            m_first_attribute = !any;
            break;
        }
        case Pattern::Kind::MatchOr:
            open("MatchOr(patterns=");
            patterns(static_cast<MatchOr const*>(p)->patterns);
            break;
        }
        close(p->location);
    }

    void open(char const* text) {
        m_out += text;
        m_first_attribute = false;
    }

    // Closes a node: the location attributes, then ')'. m_first_attribute says no field was printed.
    void close(SourceLocation const& location) {
        if (m_attributes) {
            m_out += m_first_attribute ? "" : ", ";
            m_out += "lineno=" + std::to_string(location.line) +
                     ", col_offset=" + std::to_string(location.column) +
                     ", end_lineno=" + std::to_string(location.end_line) +
                     ", end_col_offset=" + std::to_string(location.end_column);
        }
        m_first_attribute = false;
        m_out += ')';
    }

    void first_field(char const* name, Expr const* value) {
        m_out += name;
        m_out += '=';
        expression(value);
    }
    void field(char const* name, Expr const* value) {
        m_out += ", ";
        first_field(name, value);
    }
    void field(char const* name, ExprList const& values) {
        m_out += ", ";
        m_out += name;
        m_out += '=';
        expressions(values);
    }
    void field(char const* name, StmtList const& body) {
        m_out += ", ";
        m_out += name;
        m_out += '=';
        statements(body);
    }

    void generators(std::vector<Comprehension> const& list) {
        m_out += ", generators=[";
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i != 0)
                m_out += ", ";
            m_out += "comprehension(target=";
            expression(list[i].target);
            m_out += ", iter=";
            expression(list[i].iter);
            m_out += ", ifs=";
            expressions(list[i].ifs);
            m_out += list[i].is_async ? ", is_async=1)" : ", is_async=0)";
        }
        m_out += ']';
    }

    void arg(Arg const* node) {
        m_out += "arg(arg=";
        text::append_repr(m_out, node->name);
        if (node->annotation != nullptr) {
            m_out += ", annotation=";
            expression(node->annotation);
        }
        close(node->location);
    }

    void args(std::vector<Arg*> const& list) {
        m_out += '[';
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i != 0)
                m_out += ", ";
            arg(list[i]);
        }
        m_out += ']';
    }

    void arguments(Arguments const& node) {
        m_out += "arguments(posonlyargs=";
        args(node.posonlyargs);
        m_out += ", args=";
        args(node.args);
        if (node.vararg != nullptr) {
            m_out += ", vararg=";
            arg(node.vararg);
        }
        m_out += ", kwonlyargs=";
        args(node.kwonlyargs);
        m_out += ", kw_defaults=";
        expressions(node.kw_defaults);
        if (node.kwarg != nullptr) {
            m_out += ", kwarg=";
            arg(node.kwarg);
        }
        m_out += ", defaults=";
        expressions(node.defaults);
        m_out += ')';
    }

    void keyword(Keyword const* node) {
        m_out += "keyword(";
        if (!node->arg.empty()) {
            m_out += "arg=";
            text::append_repr(m_out, node->arg);
            m_out += ", ";
        }
        m_out += "value=";
        expression(node->value);
        close(node->location);
    }

    void aliases(std::vector<Alias*> const& list) {
        m_out += '[';
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i != 0)
                m_out += ", ";
            m_out += "alias(name=";
            text::append_repr(m_out, list[i]->name);
            if (!list[i]->asname.empty()) {
                m_out += ", asname=";
                text::append_repr(m_out, list[i]->asname);
            }
            close(list[i]->location);
        }
        m_out += ']';
    }

    void names(std::vector<std::string> const& list) {
        m_out += '[';
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i != 0)
                m_out += ", ";
            text::append_repr(m_out, list[i]);
        }
        m_out += ']';
    }

    void handler(ExceptHandler const* node) {
        m_out += "ExceptHandler(";
        if (node->type != nullptr) {
            m_out += "type=";
            expression(node->type);
            m_out += ", ";
        }
        if (!node->name.empty()) {
            m_out += "name=";
            text::append_repr(m_out, node->name);
            m_out += ", ";
        }
        m_out += "body=";
        statements(node->body);
        close(node->location);
    }

    std::string m_out;
    bool m_attributes;
    bool m_first_attribute = false;
};

// ---- depth ----

// Calls `visit(node)` for the statement and expression children of a node (one level down).
template <class Visit> void for_each_child(Expr const* expr, Visit&& visit) {
    auto list = [&](ExprList const& values) {
        for (Expr const* value : values) {
            if (value != nullptr)
                visit(value);
        }
    };
    auto generators = [&](std::vector<Comprehension> const& clauses) {
        for (auto const& clause : clauses) {
            visit(clause.target);
            visit(clause.iter);
            list(clause.ifs);
        }
    };
    auto arguments = [&](Arguments const& node) {
        list(node.defaults);
        list(node.kw_defaults);
    };
    switch (expr->kind) {
    case Expr::Kind::BoolOp:
        list(static_cast<BoolOp const*>(expr)->values);
        break;
    case Expr::Kind::NamedExpr:
        visit(static_cast<NamedExpr const*>(expr)->target);
        visit(static_cast<NamedExpr const*>(expr)->value);
        break;
    case Expr::Kind::BinOp:
        visit(static_cast<BinOp const*>(expr)->left);
        visit(static_cast<BinOp const*>(expr)->right);
        break;
    case Expr::Kind::UnaryOp:
        visit(static_cast<UnaryOp const*>(expr)->operand);
        break;
    case Expr::Kind::Lambda:
        arguments(static_cast<Lambda const*>(expr)->args);
        visit(static_cast<Lambda const*>(expr)->body);
        break;
    case Expr::Kind::IfExp:
        visit(static_cast<IfExp const*>(expr)->test);
        visit(static_cast<IfExp const*>(expr)->body);
        visit(static_cast<IfExp const*>(expr)->orelse);
        break;
    case Expr::Kind::Dict:
        list(static_cast<Dict const*>(expr)->keys);
        list(static_cast<Dict const*>(expr)->values);
        break;
    case Expr::Kind::Set:
        list(static_cast<Set const*>(expr)->elts);
        break;
    case Expr::Kind::ListComp:
        visit(static_cast<ListComp const*>(expr)->elt);
        generators(static_cast<ListComp const*>(expr)->generators);
        break;
    case Expr::Kind::SetComp:
        visit(static_cast<SetComp const*>(expr)->elt);
        generators(static_cast<SetComp const*>(expr)->generators);
        break;
    case Expr::Kind::DictComp:
        visit(static_cast<DictComp const*>(expr)->key);
        visit(static_cast<DictComp const*>(expr)->value);
        generators(static_cast<DictComp const*>(expr)->generators);
        break;
    case Expr::Kind::GeneratorExp:
        visit(static_cast<GeneratorExp const*>(expr)->elt);
        generators(static_cast<GeneratorExp const*>(expr)->generators);
        break;
    case Expr::Kind::Await:
        visit(static_cast<Await const*>(expr)->value);
        break;
    case Expr::Kind::Yield:
        if (auto const* value = static_cast<Yield const*>(expr)->value)
            visit(value);
        break;
    case Expr::Kind::YieldFrom:
        visit(static_cast<YieldFrom const*>(expr)->value);
        break;
    case Expr::Kind::Compare:
        visit(static_cast<Compare const*>(expr)->left);
        list(static_cast<Compare const*>(expr)->comparators);
        break;
    case Expr::Kind::Call:
        visit(static_cast<Call const*>(expr)->func);
        list(static_cast<Call const*>(expr)->args);
        for (Keyword const* keyword : static_cast<Call const*>(expr)->keywords)
            visit(keyword->value);
        break;
    case Expr::Kind::FormattedValue:
        visit(static_cast<FormattedValue const*>(expr)->value);
        if (auto const* spec = static_cast<FormattedValue const*>(expr)->format_spec)
            visit(spec);
        break;
    case Expr::Kind::JoinedStr:
        list(static_cast<JoinedStr const*>(expr)->values);
        break;
    case Expr::Kind::Attribute:
        visit(static_cast<Attribute const*>(expr)->value);
        break;
    case Expr::Kind::Subscript:
        visit(static_cast<Subscript const*>(expr)->value);
        visit(static_cast<Subscript const*>(expr)->slice);
        break;
    case Expr::Kind::Starred:
        visit(static_cast<Starred const*>(expr)->value);
        break;
    case Expr::Kind::List:
        list(static_cast<List const*>(expr)->elts);
        break;
    case Expr::Kind::Tuple:
        list(static_cast<Tuple const*>(expr)->elts);
        break;
    case Expr::Kind::Slice: {
        auto const* node = static_cast<Slice const*>(expr);
        for (Expr const* part : {node->lower, node->upper, node->step}) {
            if (part != nullptr)
                visit(part);
        }
        break;
    }
    case Expr::Kind::Constant:
    case Expr::Kind::Name:
        break;
    }
}

template <class VisitExpr, class VisitStmt>
void for_each_child(Stmt const* stmt, VisitExpr&& visit, VisitStmt&& visit_statement) {
    auto list = [&](ExprList const& values) {
        for (Expr const* value : values) {
            if (value != nullptr)
                visit(value);
        }
    };
    auto body = [&](StmtList const& statements) {
        for (Stmt const* statement : statements)
            visit_statement(statement);
    };
    auto optional = [&](Expr const* value) {
        if (value != nullptr)
            visit(value);
    };
    switch (stmt->kind) {
    case Stmt::Kind::FunctionDef: {
        auto const* node = static_cast<FunctionDef const*>(stmt);
        list(node->decorator_list);
        list(node->args.defaults);
        list(node->args.kw_defaults);
        optional(node->returns);
        body(node->body);
        break;
    }
    case Stmt::Kind::ClassDef: {
        auto const* node = static_cast<ClassDef const*>(stmt);
        list(node->decorator_list);
        list(node->bases);
        for (Keyword const* keyword : node->keywords)
            visit(keyword->value);
        body(node->body);
        break;
    }
    case Stmt::Kind::Return:
        optional(static_cast<Return const*>(stmt)->value);
        break;
    case Stmt::Kind::Delete:
        list(static_cast<Delete const*>(stmt)->targets);
        break;
    case Stmt::Kind::Assign:
        list(static_cast<Assign const*>(stmt)->targets);
        visit(static_cast<Assign const*>(stmt)->value);
        break;
    case Stmt::Kind::AugAssign:
        visit(static_cast<AugAssign const*>(stmt)->target);
        visit(static_cast<AugAssign const*>(stmt)->value);
        break;
    case Stmt::Kind::AnnAssign:
        visit(static_cast<AnnAssign const*>(stmt)->target);
        visit(static_cast<AnnAssign const*>(stmt)->annotation);
        optional(static_cast<AnnAssign const*>(stmt)->value);
        break;
    case Stmt::Kind::For:
        visit(static_cast<For const*>(stmt)->target);
        visit(static_cast<For const*>(stmt)->iter);
        body(static_cast<For const*>(stmt)->body);
        body(static_cast<For const*>(stmt)->orelse);
        break;
    case Stmt::Kind::While:
        visit(static_cast<While const*>(stmt)->test);
        body(static_cast<While const*>(stmt)->body);
        body(static_cast<While const*>(stmt)->orelse);
        break;
    case Stmt::Kind::If:
        visit(static_cast<If const*>(stmt)->test);
        body(static_cast<If const*>(stmt)->body);
        body(static_cast<If const*>(stmt)->orelse);
        break;
    case Stmt::Kind::With:
        for (WithItem const& item : static_cast<With const*>(stmt)->items) {
            visit(item.context_expr);
            optional(item.optional_vars);
        }
        body(static_cast<With const*>(stmt)->body);
        break;
    case Stmt::Kind::Raise:
        optional(static_cast<Raise const*>(stmt)->exc);
        optional(static_cast<Raise const*>(stmt)->cause);
        break;
    case Stmt::Kind::Try: {
        auto const* node = static_cast<Try const*>(stmt);
        body(node->body);
        for (ExceptHandler const* handler : node->handlers) {
            optional(handler->type);
            body(handler->body);
        }
        body(node->orelse);
        body(node->finalbody);
        break;
    }
    case Stmt::Kind::Match: {
        auto const* node = static_cast<Match const*>(stmt);
        visit(node->subject);
        for (MatchCase const* c : node->cases) {
            optional(c->guard);
            body(c->body);
        }
        break;
    }
    case Stmt::Kind::Assert:
        visit(static_cast<Assert const*>(stmt)->test);
        optional(static_cast<Assert const*>(stmt)->msg);
        break;
    case Stmt::Kind::ExprStmt:
        visit(static_cast<ExprStmt const*>(stmt)->value);
        break;
    case Stmt::Kind::Import:
    case Stmt::Kind::ImportFrom:
    case Stmt::Kind::Global:
    case Stmt::Kind::Nonlocal:
    case Stmt::Kind::Pass:
    case Stmt::Kind::Break:
    case Stmt::Kind::Continue:
        break;
    }
}

} // namespace

std::string ast_dump(Module const& module) {
    Dumper dumper(false);
    dumper.module(module);
    return dumper.take();
}

std::string ast_dump(Expr const* expr) {
    Dumper dumper(false);
    dumper.expression(expr);
    return dumper.take();
}

std::string ast_dump(Module const& module, DumpAttributes attributes) {
    Dumper dumper(attributes == DumpAttributes::Yes);
    dumper.module(module);
    return dumper.take();
}

int tree_depth(StmtList const& body) {
    struct Entry {
        Stmt const* stmt;
        Expr const* expr;
        int depth;
    };
    std::vector<Entry> pending;
    for (Stmt const* stmt : body)
        pending.push_back({stmt, nullptr, 1});
    int deepest = 0;
    while (!pending.empty()) {
        Entry const entry = pending.back();
        pending.pop_back();
        deepest = std::max(deepest, entry.depth);
        auto visit = [&](Expr const* child) { pending.push_back({nullptr, child, entry.depth + 1}); };
        if (entry.stmt != nullptr) {
            for_each_child(entry.stmt, visit, [&](Stmt const* child) {
                pending.push_back({child, nullptr, entry.depth + 1});
            });
        } else {
            for_each_child(entry.expr, visit);
        }
    }
    return deepest;
}

} // namespace weft::front
