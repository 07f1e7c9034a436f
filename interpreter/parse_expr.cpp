// Expressions and targets (CPython: Grammar/python.gram "EXPRESSIONS" to "ASSIGNMENT TARGETS", 3.11), with
// the invalid_* rules that give CPython's messages (invalid_expression, invalid_named_expression,
// invalid_arguments, invalid_kwarg, invalid_comprehension, invalid_double_starred_kvpairs, invalid_group,
// invalid_parameters...), and number literals (Parser/pegen.c parsenumber).
//
// Right-nested chains (unary operators, '**', 'not', conditional expressions, lambdas) are built in loops, so
// that only brackets make the parser recurse, and the lexer bounds those at 200 levels.
#include "interpreter/parser_impl.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

namespace weft::front {

namespace {

// Binding power of the binary operators between bitwise_or and factor (CPython's rule order).
int binary_precedence(TokenKind kind, Operator& op) {
    switch (kind) {
    case TokenKind::VerticalBar:
        op = Operator::BitOr;
        return 1;
    case TokenKind::Circumflex:
        op = Operator::BitXor;
        return 2;
    case TokenKind::Ampersand:
        op = Operator::BitAnd;
        return 3;
    case TokenKind::LeftShift:
        op = Operator::LShift;
        return 4;
    case TokenKind::RightShift:
        op = Operator::RShift;
        return 4;
    case TokenKind::Plus:
        op = Operator::Add;
        return 5;
    case TokenKind::Minus:
        op = Operator::Sub;
        return 5;
    case TokenKind::Star:
        op = Operator::Mult;
        return 6;
    case TokenKind::Slash:
        op = Operator::Div;
        return 6;
    case TokenKind::DoubleSlash:
        op = Operator::FloorDiv;
        return 6;
    case TokenKind::Percent:
        op = Operator::Mod;
        return 6;
    case TokenKind::At:
        op = Operator::MatMult;
        return 6;
    default:
        return 0;
    }
}

bool is_constant(Expr const* expr, Constant::Type type) {
    return expr->kind == Expr::Kind::Constant && static_cast<Constant const*>(expr)->type == type;
}

bool is_not(Expr const* expr) {
    return expr->kind == Expr::Kind::UnaryOp && static_cast<UnaryOp const*>(expr)->op == UnaryOperator::Not;
}

// Appends `value` (decimal digits, most significant first) * base + digit.
void multiply_add(std::vector<std::uint32_t>& limbs, std::uint32_t base, std::uint32_t digit) {
    std::uint64_t carry = digit;
    for (auto& limb : limbs) {
        std::uint64_t const product = static_cast<std::uint64_t>(limb) * base + carry;
        limb = static_cast<std::uint32_t>(product);
        carry = product >> 32;
    }
    if (carry != 0)
        limbs.push_back(static_cast<std::uint32_t>(carry));
}

// Decimal digits of a non-negative big integer held as base-2^32 limbs (least significant first).
std::string limbs_to_decimal(std::vector<std::uint32_t> limbs) {
    std::string digits;
    while (!limbs.empty()) {
        std::uint64_t remainder = 0;
        for (std::size_t i = limbs.size(); i-- > 0;) {
            std::uint64_t const current = (remainder << 32) | limbs[i];
            limbs[i] = static_cast<std::uint32_t>(current / 1000000000);
            remainder = current % 1000000000;
        }
        while (!limbs.empty() && limbs.back() == 0)
            limbs.pop_back();
        for (int i = 0; i < 9; ++i) {
            digits += static_cast<char>('0' + remainder % 10);
            remainder /= 10;
            if (limbs.empty() && remainder == 0)
                break;
        }
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    if (digits.empty())
        digits = "0";
    return std::string(digits.rbegin(), digits.rend());
}

// A float literal's value; std::from_chars reports out-of-range values, which Python rounds to inf or 0.0.
double parse_float_text(std::string const& text) {
    double value = 0.0;
    auto const result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc::result_out_of_range)
        return value;
    // Estimate the decimal exponent of the value: digits before the point, plus the exponent.
    long exponent = 0;
    std::size_t const e = text.find_first_of("eE");
    if (e != std::string::npos) {
        std::string_view digits(text);
        digits.remove_prefix(e + 1);
        bool negative = false;
        if (!digits.empty() && (digits[0] == '+' || digits[0] == '-')) {
            negative = digits[0] == '-';
            digits.remove_prefix(1);
        }
        for (char c : digits)
            exponent = std::min<long>(exponent * 10 + (c - '0'), 100000000);
        if (negative)
            exponent = -exponent;
    }
    std::string_view mantissa(text.data(), e == std::string::npos ? text.size() : e);
    long magnitude = 0;
    std::size_t const point = mantissa.find('.');
    std::string_view integer_part = mantissa.substr(0, point);
    while (!integer_part.empty() && integer_part[0] == '0')
        integer_part.remove_prefix(1);
    if (!integer_part.empty()) {
        magnitude = static_cast<long>(integer_part.size());
    } else if (point != std::string_view::npos) {
        std::string_view fraction = mantissa.substr(point + 1);
        long zeros = 0;
        while (zeros < static_cast<long>(fraction.size()) && fraction[zeros] == '0')
            ++zeros;
        magnitude = -zeros;
    }
    return magnitude + exponent > 0 ? HUGE_VAL : 0.0;
}

} // namespace

// Tokens that can start an expression (CPython: the first tokens of expression).
bool Parser::starts_expression(std::size_t ahead) {
    switch (kind(ahead)) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LeftParen:
    case TokenKind::LeftBracket:
    case TokenKind::LeftBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::Not:
    case TokenKind::Lambda:
    case TokenKind::Await:
    case TokenKind::None:
    case TokenKind::True:
    case TokenKind::False:
    case TokenKind::Ellipsis:
        return true;
    default:
        return false;
    }
}

// expression:
//     | invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression
//     | disjunction
//     | lambdef
// The common case stays in this small frame: brackets recurse through it, and the parser's stack use at the
// lexer's 200 levels depends on it.
Expr* Parser::parse_expression() {
    DepthGuard guard(*this);
    std::size_t const start_mark = mark();
    if (m_without_invalid)
        m_memoized_without_invalid.push_back(start_mark);
    if (m_lookahead) {
        // Diagnostic looks backtrack, as PEG does; like CPython's parser (expression is a memoized rule),
        // they remember each result so that nested brackets are not parsed again and again.
        std::size_t const key = start_mark * 2 + (m_without_invalid ? 1 : 0);
        if (auto const found = m_expression_memo.find(key); found != m_expression_memo.end()) {
            if (found->second.expr == nullptr)
                fail();
            m_mark = found->second.end;
            return found->second.expr;
        }
        try {
            Expr* expr = parse_expression_uncached(start_mark);
            m_expression_memo[key] = {expr, m_mark};
            return expr;
        } catch (ParseFailure const&) {
            m_expression_memo[key] = {nullptr, start_mark};
            throw;
        }
    }
    return parse_expression_uncached(start_mark);
}

Expr* Parser::parse_expression_uncached(std::size_t start_mark) {
    if (at(TokenKind::Lambda))
        return parse_expression_chain(nullptr, {});
    SourceLocation const start = peek().location;
    Expr* body = parse_disjunction();
    if (at(TokenKind::If))
        return parse_expression_chain(body, start);
    if (!m_without_invalid && (starts_expression() || at(TokenKind::Star)))
        check_invalid_expression(body, start_mark);
    return body;
}

// Lambdas and conditional expressions, which nest to the right, built in a loop. `first` is a disjunction
// already parsed (from `first_start`) and followed by 'if', or null.
Expr* Parser::parse_expression_chain(Expr* first, SourceLocation const& first_start) {
    // A pending right-nested node: a lambda waiting for its body, or an if-else waiting for its orelse.
    struct Pending {
        SourceLocation start;
        Lambda* lambda = nullptr;
        Expr* body = nullptr;
        Expr* test = nullptr;
    };
    std::vector<Pending> pending;
    Expr* result = nullptr;
    for (;;) {
        std::size_t const start_mark = mark();
        SourceLocation const start = first != nullptr ? first_start : peek().location;
        if (first == nullptr && at(TokenKind::Lambda)) {
            Token const& keyword = advance();
            auto* lambda = make<Lambda>(keyword.location);
            parse_params(lambda->args, true);
            expect(TokenKind::Colon);
            pending.push_back({start, lambda, nullptr, nullptr});
            continue;
        }
        Expr* body = first != nullptr ? first : parse_disjunction();
        first = nullptr;
        if (at(TokenKind::If)) {
            advance();
            Expr* test = parse_disjunction();
            if (!accept(TokenKind::Else)) {
                // CPython: invalid_expression: disjunction 'if' disjunction !('else'|':')
                if (!at(TokenKind::Colon))
                    raise_range(body->location, test->location, "expected 'else' after 'if' expression");
                fail();
            }
            pending.push_back({start, nullptr, body, test});
            continue;
        }
        if (!m_without_invalid && (starts_expression() || at(TokenKind::Star)))
            check_invalid_expression(body, start_mark);
        result = body;
        break;
    }
    while (!pending.empty()) {
        Pending const& p = pending.back();
        if (p.lambda != nullptr) {
            p.lambda->body = result;
            p.lambda->location = span_from(p.start);
            result = p.lambda;
        } else {
            auto* conditional = make<IfExp>(span_from(p.start));
            conditional->body = p.body;
            conditional->test = p.test;
            conditional->orelse = result;
            result = conditional;
        }
        pending.pop_back();
    }
    return result;
}

// CPython: invalid_expression and invalid_legacy_expression, tried when a disjunction (`body`, which started
// at token `start_mark`) is directly followed by something that can start an expression.
//     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid  (inside brackets only)
//     | a=NAME !'(' b=star_expressions  (print and exec only)
void Parser::check_invalid_expression(Expr* body, std::size_t start_mark) {
    for (std::size_t memoized : m_memoized_without_invalid) {
        if (memoized == start_mark)
            return;
    }
    Token const& first = m_tokens[start_mark];
    bool const single_token = mark() == start_mark + 1;
    bool const legacy =
        single_token && first.kind == TokenKind::Name && (first.text == "print" || first.text == "exec");
    // CPython matches SOFT_KEYWORD with strncmp(keyword, name, len(name)): any prefix of a soft keyword
    // counts.
    bool const soft_keyword = first.kind == TokenKind::Name &&
                              (std::string_view("match").starts_with(first.text) ||
                               std::string_view("case").starts_with(first.text) || first.text == "_");
    bool const name_string =
        first.kind == TokenKind::Name && m_tokens[start_mark + 1].kind == TokenKind::String;
    std::size_t const saved = mark();
    if (!legacy && !soft_keyword && !name_string && starts_expression()) {
        Expr* next = nullptr;
        bool const parsed = speculate([&] { next = parse_expression(); }, true);
        // expression_without_invalid itself is not memoized, only what it parses inside.
        std::erase(m_memoized_without_invalid, saved);
        if (parsed && m_tokens[m_mark - 1].level > 0) {
            reset(saved);
            raise_range(body->location, next->location, "invalid syntax. Perhaps you forgot a comma?");
        }
        reset(saved);
    }
    // invalid_legacy_expression parses the star_expressions after any name, with the invalid rules on: an
    // error inside them is reported even when the name is not print or exec.
    if (single_token && first.kind == TokenKind::Name && !at(TokenKind::LeftParen) &&
        m_legacy_depth < max_legacy_depth) {
        Expr* next = nullptr;
        ++m_legacy_depth;
        bool const matched = speculate([&] { next = parse_star_expressions(); });
        --m_legacy_depth;
        reset(saved);
        if (matched && legacy) {
            std::string const id(first.text);
            raise_range(body->location, next->location,
                        "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
        }
    }
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::parse_yield_expr() {
    Token const& keyword = expect(TokenKind::Yield);
    if (accept(TokenKind::From)) {
        Expr* value = parse_expression();
        auto* yield_from = make<YieldFrom>(span_from(keyword));
        yield_from->value = value;
        return yield_from;
    }
    auto* yield = make<Yield>(keyword.location);
    if (starts_expression() || at(TokenKind::Star))
        yield->value = parse_star_expressions();
    yield->location = span_from(keyword);
    return yield;
}

// annotated_rhs: yield_expr | star_expressions
Expr* Parser::parse_annotated_rhs() {
    if (at(TokenKind::Yield))
        return parse_yield_expr();
    return parse_star_expressions();
}

// star_expressions: star_expression (',' star_expression)* [',']
Expr* Parser::parse_star_expressions() {
    SourceLocation const start = peek().location;
    Expr* first = parse_star_expression();
    if (!at(TokenKind::Comma))
        return first;
    auto* tuple = make<Tuple>(start);
    tuple->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (!starts_expression() && !at(TokenKind::Star))
            break;
        Expr* element = nullptr;
        if (!attempt([&] { element = parse_star_expression(); }))
            break;
        tuple->elts.push_back(element);
    }
    tuple->location = span_from(start);
    return tuple;
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::parse_star_expression() {
    if (at(TokenKind::Star)) {
        Token const& star = advance();
        Expr* value = parse_bitwise_or();
        auto* starred = make<Starred>(span_from(star));
        starred->value = value;
        return starred;
    }
    return parse_expression();
}

// star_named_expressions: ','.star_named_expression+ [','] (up to `closing`)
ExprList Parser::parse_star_named_expressions(TokenKind closing) {
    ExprList elements;
    while (!at(closing) && (starts_expression() || at(TokenKind::Star))) {
        elements.push_back(parse_star_named_expression());
        if (!accept(TokenKind::Comma))
            break;
    }
    return elements;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::parse_star_named_expression() {
    if (at(TokenKind::Star))
        return parse_star_expression();
    return parse_named_expression();
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
// assignment_expression: NAME ':=' ~ expression
Expr* Parser::parse_named_expression() {
    if (at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual) {
        Token const& name = advance();
        advance();
        Expr* value = parse_expression();
        auto* named = make<NamedExpr>(span_from(name));
        named->target = make_name(name, ExprContext::Store);
        named->value = value;
        return named;
    }
    std::size_t const start_mark = mark();
    Expr* expr = parse_expression();
    if (!m_without_invalid && (at(TokenKind::ColonEqual) || at(TokenKind::Equal)))
        check_invalid_named_expression(expr, start_mark);
    return expr;
}

// CPython: invalid_named_expression, for an expression (from token `start_mark`) followed by ':=' or '='.
//     | expression ':=' expression
//     | NAME '=' bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
void Parser::check_invalid_named_expression(Expr* expr, std::size_t start_mark) {
    std::size_t const saved = mark();
    if (at(TokenKind::ColonEqual)) {
        advance();
        bool const parsed = speculate([&] { parse_expression(); });
        reset(saved);
        if (parsed)
            raise_at(expr->location,
                     std::string("cannot use assignment expressions with ") + expression_name(expr));
        return;
    }
    advance();
    Expr* value = nullptr;
    if (!speculate([&] { value = parse_bitwise_or(); }))
        value = nullptr;
    bool const ends = value != nullptr && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual);
    reset(saved);
    if (!ends)
        return;
    if (mark() == start_mark + 1 && m_tokens[start_mark].kind == TokenKind::Name)
        raise_range(expr->location, value->location,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (!starts_with_display(expr) && is_bitwise_or_level(expr)) {
        raise_at(expr->location, std::string("cannot assign to ") + expression_name(expr) +
                                     " here. Maybe you meant '==' instead of '='?");
    }
}

// Whether the whole expression could have been parsed by bitwise_or: no comparison, 'not', and/or, if-else,
// lambda, walrus, star or yield at its top, unless it is in parentheses.
bool Parser::is_bitwise_or_level(Expr const* expr) const {
    if (is_parenthesized(expr))
        return true;
    switch (expr->kind) {
    case Expr::Kind::Compare:
    case Expr::Kind::BoolOp:
    case Expr::Kind::IfExp:
    case Expr::Kind::Lambda:
    case Expr::Kind::NamedExpr:
    case Expr::Kind::Starred:
    case Expr::Kind::Yield:
    case Expr::Kind::YieldFrom:
        return false;
    default:
        return !is_not(expr);
    }
}

// CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False'): the expression starts with one of these
// atoms.
bool Parser::starts_with_display(Expr const* expr) const {
    Expr const* atom = expr;
    for (;;) {
        if (is_parenthesized(atom) && atom != expr)
            break;
        if (atom->kind == Expr::Kind::BinOp)
            atom = static_cast<BinOp const*>(atom)->left;
        else if (atom->kind == Expr::Kind::Attribute)
            atom = static_cast<Attribute const*>(atom)->value;
        else if (atom->kind == Expr::Kind::Subscript)
            atom = static_cast<Subscript const*>(atom)->value;
        else if (atom->kind == Expr::Kind::Call)
            atom = static_cast<Call const*>(atom)->func;
        else
            break;
    }
    if (atom->location.line != expr->location.line || atom->location.column != expr->location.column)
        return false; // the expression starts with '(' around its first operand: a group, not a display
    return atom->kind == Expr::Kind::List || atom->kind == Expr::Kind::GeneratorExp ||
           (atom->kind == Expr::Kind::Tuple && is_group_start(atom)) ||
           is_constant(atom, Constant::Type::True) || is_constant(atom, Constant::Type::False) ||
           is_constant(atom, Constant::Type::None);
}

// Whether the source has '(' at the expression's first column (a Tuple or GeneratorExp written with its own
// parentheses, whose location includes them).
bool Parser::is_group_start(Expr const* expr) const {
    std::string_view const line = m_source.line_text(expr->location.line);
    return expr->location.column >= 0 && static_cast<std::size_t>(expr->location.column) < line.size() &&
           line[static_cast<std::size_t>(expr->location.column)] == '(';
}

// Whether the expression is in parentheses of its own: blanks skipped, '(' comes before it and ')' after it.
bool Parser::is_parenthesized(Expr const* expr) const {
    std::string_view const first_line = m_source.line_text(expr->location.line);
    std::string_view const last_line = m_source.line_text(expr->location.end_line);
    if (first_line.data() == nullptr || last_line.data() == nullptr || expr->location.column < 0 ||
        expr->location.end_column < 0)
        return false;
    auto is_blank = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\\';
    };
    std::string_view const text = m_source.text();
    char const* p = first_line.data() + expr->location.column;
    while (p > text.data() && is_blank(p[-1]))
        --p;
    if (p == text.data() || p[-1] != '(')
        return false;
    char const* q = last_line.data() + expr->location.end_column;
    char const* const end = text.data() + text.size();
    while (q < end && is_blank(*q))
        ++q;
    return q < end && *q == ')';
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
Expr* Parser::parse_disjunction() {
    SourceLocation const start = peek().location;
    Expr* first = parse_conjunction();
    if (!at(TokenKind::Or))
        return first;
    return parse_bool_operators(first, start, BoolOperator::Or);
}

// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::parse_conjunction() {
    SourceLocation const start = peek().location;
    Expr* first = parse_inversion();
    if (!at(TokenKind::And))
        return first;
    return parse_bool_operators(first, start, BoolOperator::And);
}

// The rest of a disjunction or conjunction after its first operand.
Expr* Parser::parse_bool_operators(Expr* first, SourceLocation const& start, BoolOperator kind) {
    TokenKind const token = kind == BoolOperator::Or ? TokenKind::Or : TokenKind::And;
    auto operand = [&] { return kind == BoolOperator::Or ? parse_conjunction() : parse_inversion(); };
    auto* op = make<BoolOp>(start);
    op->op = kind;
    op->values.push_back(first);
    while (at(token)) {
        Expr* value = nullptr;
        if (!attempt([&] {
                advance();
                value = operand();
            }))
            break;
        op->values.push_back(value);
    }
    if (op->values.size() == 1)
        return first;
    op->location = span_from(start);
    return op;
}

// inversion: 'not' inversion | comparison
Expr* Parser::parse_inversion() {
    if (!at(TokenKind::Not))
        return parse_comparison();
    return parse_not_chain();
}

// A chain of 'not's, built in a loop.
Expr* Parser::parse_not_chain() {
    std::vector<SourceLocation> nots;
    while (at(TokenKind::Not))
        nots.push_back(advance().location);
    Expr* result = parse_comparison();
    for (std::size_t i = nots.size(); i-- > 0;) {
        auto* op = make<UnaryOp>(span_from(nots[i]));
        op->op = UnaryOperator::Not;
        op->operand = result;
        result = op;
    }
    return result;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
Expr* Parser::parse_comparison() {
    SourceLocation const start = peek().location;
    Expr* left = parse_bitwise_or();
    switch (kind()) {
    case TokenKind::EqualEqual:
    case TokenKind::NotEqual:
    case TokenKind::LessEqual:
    case TokenKind::Less:
    case TokenKind::GreaterEqual:
    case TokenKind::Greater:
    case TokenKind::In:
    case TokenKind::Is:
        return parse_comparison_operators(left, start);
    case TokenKind::Not:
        return kind(1) == TokenKind::In ? parse_comparison_operators(left, start) : left;
    default:
        return left;
    }
}

// compare_op_bitwise_or_pair+ after the first operand.
Expr* Parser::parse_comparison_operators(Expr* left, SourceLocation const& start) {
    Compare* compare = nullptr;
    for (;;) {
        CmpOperator op;
        switch (kind()) {
        case TokenKind::EqualEqual:
            op = CmpOperator::Eq;
            break;
        case TokenKind::NotEqual:
            op = CmpOperator::NotEq;
            break;
        case TokenKind::LessEqual:
            op = CmpOperator::LtE;
            break;
        case TokenKind::Less:
            op = CmpOperator::Lt;
            break;
        case TokenKind::GreaterEqual:
            op = CmpOperator::GtE;
            break;
        case TokenKind::Greater:
            op = CmpOperator::Gt;
            break;
        case TokenKind::In:
            op = CmpOperator::In;
            break;
        case TokenKind::Not:
            if (kind(1) != TokenKind::In)
                return compare != nullptr ? compare : left;
            advance();
            op = CmpOperator::NotIn;
            break;
        case TokenKind::Is:
            if (kind(1) == TokenKind::Not) {
                advance();
                op = CmpOperator::IsNot;
            } else {
                op = CmpOperator::Is;
            }
            break;
        default:
            return compare != nullptr ? compare : left;
        }
        std::size_t const before = mark() - (op == CmpOperator::NotIn || op == CmpOperator::IsNot ? 1 : 0);
        Expr* right = nullptr;
        if (!attempt([&] {
                advance();
                right = parse_bitwise_or();
            })) {
            reset(before);
            return compare != nullptr ? compare : left;
        }
        if (compare == nullptr) {
            compare = make<Compare>(start);
            compare->left = left;
        }
        compare->ops.push_back(op);
        compare->comparators.push_back(right);
        compare->location = span_from(start);
    }
}

// bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term: left-associative binary operators over factor,
// parsed by precedence climbing with explicit stacks.
Expr* Parser::parse_bitwise_or() {
    SourceLocation const start = peek().location;
    Expr* first = parse_factor();
    Operator op{};
    if (binary_precedence(kind(), op) == 0)
        return first;
    return parse_binary_operators(first, span_from(start));
}

// The operators after the first operand of bitwise_or, by precedence climbing with explicit stacks.
Expr* Parser::parse_binary_operators(Expr* first, SourceLocation const& first_extent) {
    struct Operand {
        SourceLocation extent; // from the operand's first token to its last (parentheses included)
        Expr* expr;
    };
    struct PendingOperator {
        Operator op;
        int precedence;
    };
    std::vector<Operand> operands;
    std::vector<PendingOperator> operators;
    auto reduce = [&] {
        Operand const right = operands.back();
        operands.pop_back();
        Operand& left = operands.back();
        SourceLocation const extent{left.extent.line, left.extent.column, right.extent.end_line,
                                    right.extent.end_column};
        auto* binary = make<BinOp>(extent);
        binary->left = left.expr;
        binary->op = operators.back().op;
        binary->right = right.expr;
        operators.pop_back();
        left = {extent, binary};
    };
    operands.push_back({first_extent, first});
    for (;;) {
        Operator op{};
        int const precedence = binary_precedence(kind(), op);
        if (precedence == 0)
            break;
        Operand operand{};
        if (!attempt([&] {
                advance();
                SourceLocation const start = peek().location;
                operand.expr = parse_factor();
                operand.extent = span_from(start);
            }))
            break;
        while (!operators.empty() && operators.back().precedence >= precedence)
            reduce();
        operators.push_back({op, precedence});
        operands.push_back(operand);
    }
    while (!operators.empty())
        reduce();
    return operands.front().expr;
}

// factor: '+' factor | '-' factor | '~' factor | power
// power: await_primary '**' factor | await_primary
// Built in a loop: unary operators and the right operands of '**' nest to the right.
Expr* Parser::parse_factor() {
    if (!at(TokenKind::Plus) && !at(TokenKind::Minus) && !at(TokenKind::Tilde)) {
        SourceLocation const start = peek().location;
        Expr* operand = parse_await_primary();
        if (!at(TokenKind::DoubleStar))
            return operand;
        return parse_power_chain(operand, start);
    }
    return parse_power_chain(nullptr, {});
}

// Unary operators and '**' chains, built in a loop. `first` is an operand already parsed (from `first_start`)
// and followed by '**', or null.
Expr* Parser::parse_power_chain(Expr* first, SourceLocation const& first_start) {
    struct Segment {
        std::vector<Token const*> unary; // the unary operators before this operand, outermost first
        SourceLocation start;            // where the operand starts
        Expr* operand = nullptr;
    };
    std::vector<Segment> segments;
    if (first != nullptr) {
        segments.push_back({{}, first_start, first});
        advance(); // '**'
    }
    for (;;) {
        Segment segment;
        while (at(TokenKind::Plus) || at(TokenKind::Minus) || at(TokenKind::Tilde))
            segment.unary.push_back(&advance());
        segment.start = peek().location;
        segment.operand = parse_await_primary();
        segments.push_back(std::move(segment));
        if (!accept(TokenKind::DoubleStar))
            break;
    }
    SourceLocation const end = span_from(SourceLocation{}); // every node of the chain ends here
    Expr* result = nullptr;
    for (std::size_t i = segments.size(); i-- > 0;) {
        Segment const& segment = segments[i];
        if (result == nullptr) {
            result = segment.operand;
        } else {
            auto* power =
                make<BinOp>({segment.start.line, segment.start.column, end.end_line, end.end_column});
            power->left = segment.operand;
            power->op = Operator::Pow;
            power->right = result;
            result = power;
        }
        for (std::size_t u = segment.unary.size(); u-- > 0;) {
            Token const& token = *segment.unary[u];
            auto* op =
                make<UnaryOp>({token.location.line, token.location.column, end.end_line, end.end_column});
            op->op = token.kind == TokenKind::Plus    ? UnaryOperator::UAdd
                     : token.kind == TokenKind::Minus ? UnaryOperator::USub
                                                      : UnaryOperator::Invert;
            op->operand = result;
            result = op;
        }
    }
    return result;
}

// await_primary: 'await' primary | primary
Expr* Parser::parse_await_primary() {
    if (at(TokenKind::Await)) {
        Token const& keyword = advance();
        Expr* value = parse_primary();
        auto* await = make<Await>(span_from(keyword));
        await->value = value;
        return await;
    }
    return parse_primary();
}

// primary:
//     | primary '.' NAME
//     | primary genexp
//     | primary '(' [arguments] ')'
//     | primary '[' slices ']'
//     | atom
// (t_primary, for targets, is the same chain: star_target checks what it ends with.)
Expr* Parser::parse_primary() {
    SourceLocation const start = peek().location;
    Expr* result = parse_atom();
    for (;;) {
        TokenKind const next = kind();
        std::size_t const before = mark();
        if (m_lookahead &&
            (next == TokenKind::Dot || next == TokenKind::LeftParen || next == TokenKind::LeftBracket)) {
            // Looking ahead for a diagnostic, a trailer that fails leaves the primary before it, as in
            // CPython's PEG rules (in the first pass the failure is reported instead).
            Expr* extended = nullptr;
            if (!speculate([&] { extended = parse_trailer(result, start); })) {
                reset(before);
                break;
            }
            result = extended;
            continue;
        }
        if (next == TokenKind::Dot || next == TokenKind::LeftParen || next == TokenKind::LeftBracket)
            result = parse_trailer(result, start);
        else
            break;
    }
    return result;
}

// One trailer of a primary: '.' NAME, '(' [arguments] ')' or '[' slices ']'.
Expr* Parser::parse_trailer(Expr* result, SourceLocation const& start) {
    {
        DepthGuard guard(*this, kind() == TokenKind::Dot ? 0 : bracket_depth_weight);
        TokenKind const next = kind();
        if (next == TokenKind::Dot) {
            advance();
            Token const& name = expect(TokenKind::Name);
            auto* attribute = make<Attribute>(span_from(start));
            attribute->value = result;
            attribute->attr = std::string(name.text);
            result = attribute;
        } else if (next == TokenKind::LeftParen) {
            advance();
            auto* call = make<Call>(start);
            call->func = result;
            parse_arguments(call);
            expect(TokenKind::RightParen);
            call->location = span_from(start);
            result = call;
        } else if (next == TokenKind::LeftBracket) {
            advance();
            Expr* slice = parse_slices();
            expect(TokenKind::RightBracket);
            auto* subscript = make<Subscript>(span_from(start));
            subscript->value = result;
            subscript->slice = slice;
            result = subscript;
        }
    }
    return result;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::parse_slices() {
    SourceLocation const start = peek().location;
    auto parse_element = [&]() -> Expr* {
        if (at(TokenKind::Star)) {
            Token const& star = advance();
            Expr* value = parse_expression();
            auto* starred = make<Starred>(span_from(star));
            starred->value = value;
            return starred;
        }
        return parse_slice();
    };
    Expr* first = parse_element();
    if (!at(TokenKind::Comma) && first->kind != Expr::Kind::Starred)
        return first;
    auto* tuple = make<Tuple>(start);
    tuple->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RightBracket))
            break;
        tuple->elts.push_back(parse_element());
    }
    tuple->location = span_from(start);
    return tuple;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::parse_slice() {
    SourceLocation const start = peek().location;
    Expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        bool const walrus = at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual;
        lower = parse_named_expression();
        if (!at(TokenKind::Colon))
            return lower;
        if (walrus)
            fail();
    }
    auto* slice = make<Slice>(start);
    slice->lower = lower;
    expect(TokenKind::Colon);
    if (starts_expression())
        slice->upper = parse_expression();
    if (accept(TokenKind::Colon) && starts_expression())
        slice->step = parse_expression();
    slice->location = span_from(start);
    return slice;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp) | (list | listcomp)
//     | (dict | set | dictcomp | setcomp) | '...'
Expr* Parser::parse_atom() {
    Token const& token = peek();
    switch (token.kind) {
    case TokenKind::Name:
        advance();
        return make_name(token, ExprContext::Load);
    case TokenKind::True:
    case TokenKind::False:
    case TokenKind::None:
    case TokenKind::Ellipsis: {
        advance();
        auto* constant = make<Constant>(token.location);
        constant->type = token.kind == TokenKind::True    ? Constant::Type::True
                         : token.kind == TokenKind::False ? Constant::Type::False
                         : token.kind == TokenKind::None  ? Constant::Type::None
                                                          : Constant::Type::Ellipsis;
        return constant;
    }
    case TokenKind::String:
        return parse_strings();
    case TokenKind::Number:
        advance();
        return parse_number(token);
    case TokenKind::LeftParen:
        return parse_parenthesized();
    case TokenKind::LeftBracket:
        return parse_list_display();
    case TokenKind::LeftBrace:
        return parse_brace_display();
    default:
        fail();
    }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')' | invalid_group
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
Expr* Parser::parse_parenthesized() {
    DepthGuard guard(*this, bracket_depth_weight);
    Token const& open = advance();
    if (accept(TokenKind::RightParen))
        return make<Tuple>(span_from(open));
    if (at(TokenKind::Yield)) {
        Expr* yield = parse_yield_expr();
        expect(TokenKind::RightParen);
        return yield;
    }
    if (at(TokenKind::DoubleStar)) {
        // CPython: invalid_group: '(' '**' expression ')'
        Token const& stars = advance();
        parse_expression();
        if (at(TokenKind::RightParen))
            raise_at(stars.location, "cannot use double starred expression here");
        fail();
    }
    Expr* first = parse_star_named_expression();
    if (at(TokenKind::For) || (at(TokenKind::Async) && kind(1) == TokenKind::For)) {
        if (first->kind == Expr::Kind::Starred) {
            // CPython: invalid_comprehension: '(' starred_expression for_if_clauses
            raise_at(first->location, "iterable unpacking cannot be used in comprehension");
        }
        auto* generator = make<GeneratorExp>(open.location);
        generator->elt = first;
        generator->generators = parse_for_if_clauses();
        expect(TokenKind::RightParen);
        generator->location = span_from(open);
        return generator;
    }
    if (accept(TokenKind::Comma)) {
        auto* tuple = make<Tuple>(open.location);
        tuple->elts.push_back(first);
        ExprList rest = parse_star_named_expressions(TokenKind::RightParen);
        tuple->elts.insert(tuple->elts.end(), rest.begin(), rest.end());
        expect(TokenKind::RightParen);
        tuple->location = span_from(open);
        return tuple;
    }
    if (first->kind == Expr::Kind::Starred) {
        if (at(TokenKind::RightParen))
            raise_at(first->location, "cannot use starred expression here"); // CPython: invalid_group
        fail();
    }
    expect(TokenKind::RightParen);
    return first;
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
Expr* Parser::parse_list_display() {
    DepthGuard guard(*this, bracket_depth_weight);
    Token const& open = advance();
    if (accept(TokenKind::RightBracket))
        return make<List>(span_from(open));
    Expr* first = parse_star_named_expression();
    if (at(TokenKind::For) || (at(TokenKind::Async) && kind(1) == TokenKind::For)) {
        if (first->kind == Expr::Kind::Starred)
            raise_at(first->location, "iterable unpacking cannot be used in comprehension");
        auto* comprehension = make<ListComp>(open.location);
        comprehension->elt = first;
        comprehension->generators = parse_for_if_clauses();
        expect(TokenKind::RightBracket);
        comprehension->location = span_from(open);
        return comprehension;
    }
    auto* list = make<List>(open.location);
    list->elts.push_back(first);
    Token const* last_comma = nullptr;
    if (at(TokenKind::Comma)) {
        last_comma = &advance();
        ExprList rest = parse_star_named_expressions(TokenKind::RightBracket);
        list->elts.insert(list->elts.end(), rest.begin(), rest.end());
    }
    if ((at(TokenKind::For) || (at(TokenKind::Async) && kind(1) == TokenKind::For)) &&
        last_comma != nullptr) {
        // CPython: invalid_comprehension: ('[' | '{') star_named_expression ',' [star_named_expressions]
        // for_if_clauses
        std::size_t const saved = mark();
        bool const clauses = speculate([&] { parse_for_if_clauses(); });
        reset(saved);
        if (clauses) {
            raise_range(first->location,
                        list->elts.size() > 1 ? list->elts.back()->location : last_comma->location,
                        "did you forget parentheses around the comprehension target?");
        }
    }
    expect(TokenKind::RightBracket);
    list->location = span_from(open);
    return list;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
// set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}' ; setcomp: '{' named_expression for_if_clauses '}'
Expr* Parser::parse_brace_display() {
    DepthGuard guard(*this, bracket_depth_weight);
    Token const& open = advance();
    if (accept(TokenKind::RightBrace))
        return make<Dict>(span_from(open));
    auto is_comprehension = [&] {
        return at(TokenKind::For) || (at(TokenKind::Async) && kind(1) == TokenKind::For);
    };
    Expr* first_key = nullptr;
    Expr* first = nullptr;
    if (at(TokenKind::DoubleStar)) {
        advance();
        first = parse_bitwise_or();
        if (is_comprehension())
            fail();
    } else {
        // A key is an expression; a set element may also be starred or a bare assignment expression.
        bool const key_possible =
            !at(TokenKind::Star) && !(at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual);
        first = parse_star_named_expression();
        if (at(TokenKind::Colon) && key_possible) {
            Token const& colon = advance();
            if (at(TokenKind::RightBrace) || at(TokenKind::Comma)) {
                // CPython: invalid_double_starred_kvpairs: expression ':' &('}'|',')
                raise_at(colon.location, "expression expected after dictionary key and ':'");
            }
            if (at(TokenKind::Star)) {
                // CPython: invalid_double_starred_kvpairs: expression ':' '*' bitwise_or
                Token const& star = advance();
                parse_bitwise_or();
                peek();
                Token const& last = m_tokens.back();
                raise_report({star.location.line, star.location.column, last.location.end_line,
                              last.location.end_column - 1},
                             "cannot use a starred expression in a dictionary value");
            }
            first_key = first;
            first = parse_expression();
            if (is_comprehension()) {
                auto* comprehension = make<DictComp>(open.location);
                comprehension->key = first_key;
                comprehension->value = first;
                comprehension->generators = parse_for_if_clauses();
                expect(TokenKind::RightBrace);
                comprehension->location = span_from(open);
                return comprehension;
            }
        } else {
            // A set, or a set comprehension.
            if (is_comprehension()) {
                if (first->kind == Expr::Kind::Starred)
                    raise_at(first->location, "iterable unpacking cannot be used in comprehension");
                auto* comprehension = make<SetComp>(open.location);
                comprehension->elt = first;
                comprehension->generators = parse_for_if_clauses();
                expect(TokenKind::RightBrace);
                comprehension->location = span_from(open);
                return comprehension;
            }
            auto* set = make<Set>(open.location);
            set->elts.push_back(first);
            Token const* last_comma = nullptr;
            if (at(TokenKind::Comma)) {
                last_comma = &advance();
                ExprList rest = parse_star_named_expressions(TokenKind::RightBrace);
                set->elts.insert(set->elts.end(), rest.begin(), rest.end());
            }
            if (is_comprehension() && last_comma != nullptr) {
                std::size_t const saved = mark();
                bool const clauses = speculate([&] { parse_for_if_clauses(); });
                reset(saved);
                if (clauses) {
                    raise_range(first->location,
                                set->elts.size() > 1 ? set->elts.back()->location : last_comma->location,
                                "did you forget parentheses around the comprehension target?");
                }
            }
            expect(TokenKind::RightBrace);
            set->location = span_from(open);
            return set;
        }
    }
    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    // double_starred_kvpair: '**' bitwise_or | kvpair
    auto* dict = make<Dict>(open.location);
    dict->keys.push_back(first_key);
    dict->values.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RightBrace))
            break;
        if (accept(TokenKind::DoubleStar)) {
            dict->keys.push_back(nullptr);
            dict->values.push_back(parse_bitwise_or());
            continue;
        }
        Expr* key = parse_expression();
        if (!at(TokenKind::Colon)) {
            // CPython: invalid_kvpair: expression !(':')
            raise_report({key->location.line, key->location.end_column - 1, key->location.end_line, -1},
                         "':' expected after dictionary key");
        }
        Token const& colon = advance();
        if (at(TokenKind::RightBrace) || at(TokenKind::Comma))
            raise_at(colon.location, "expression expected after dictionary key and ':'");
        if (at(TokenKind::Star)) {
            Token const& star = advance();
            parse_bitwise_or();
            peek();
            Token const& last = m_tokens.back();
            raise_report({star.location.line, star.location.column, last.location.end_line,
                          last.location.end_column - 1},
                         "cannot use a starred expression in a dictionary value");
        }
        dict->keys.push_back(key);
        dict->values.push_back(parse_expression());
    }
    expect(TokenKind::RightBrace);
    dict->location = span_from(open);
    return dict;
}

// for_if_clauses: for_if_clause+
// for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
std::vector<Comprehension> Parser::parse_for_if_clauses() {
    std::vector<Comprehension> clauses;
    while (at(TokenKind::For) || (at(TokenKind::Async) && kind(1) == TokenKind::For)) {
        Comprehension clause;
        clause.is_async = accept(TokenKind::Async);
        advance();
        std::size_t const targets_mark = mark();
        try {
            clause.target = parse_star_targets();
            if (!at(TokenKind::In))
                fail();
        } catch (ParseFailure const&) {
            std::size_t const failed_mark = mark();
            reset(targets_mark);
            Expr* expr = nullptr;
            if (!speculate([&] { expr = parse_star_expressions(); }))
                expr = nullptr;
            if (expr != nullptr && find_invalid_target(expr, TargetKind::For) != nullptr)
                raise_invalid_target(expr, TargetKind::For);
            reset(failed_mark);
            throw;
        }
        advance();
        clause.iter = parse_disjunction();
        while (accept(TokenKind::If))
            clause.ifs.push_back(parse_disjunction());
        clauses.push_back(clause);
    }
    return clauses;
}

// arguments: args [','] &')' | invalid_arguments
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
// kwargs: kwarg_or_starred (',' kwarg_or_starred)* then kwarg_or_double_starred (',' ...)*
// A generator expression as the only argument takes the call's parentheses (CPython: primary genexp).
void Parser::parse_arguments(Call* call) {
    bool const allow_genexp = call->func != nullptr;
    Token const& open = m_tokens[m_mark - 1];
    bool seen_keyword = false;
    bool seen_double_star = false;
    bool positional_after_keyword = false;
    while (!at(TokenKind::RightParen)) {
        Token const& first = peek();
        if (first.kind == TokenKind::Star) {
            advance();
            if (seen_double_star) {
                // CPython: invalid_arguments, "iterable argument unpacking follows keyword argument
                // unpacking".
                raise_at(first.location, "iterable argument unpacking follows keyword argument unpacking");
            }
            Expr* value = parse_expression();
            auto* starred = make<Starred>(span_from(first));
            starred->value = value;
            call->args.push_back(starred);
        } else if (first.kind == TokenKind::DoubleStar) {
            advance();
            Expr* value = parse_expression();
            auto* keyword = make<Keyword>(span_from(first));
            keyword->value = value;
            call->keywords.push_back(keyword);
            seen_double_star = true;
        } else if (first.kind == TokenKind::Name && kind(1) == TokenKind::Equal) {
            advance();
            Token const& equal = advance();
            Expr* value = parse_expression();
            if (at(TokenKind::For) || (at(TokenKind::Async) && kind(1) == TokenKind::For)) {
                // CPython: invalid_kwarg: NAME '=' expression for_if_clauses
                raise_range(first.location, equal.location,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            auto* keyword = make<Keyword>(span_from(first));
            keyword->arg = std::string(first.text);
            keyword->value = value;
            call->keywords.push_back(keyword);
            seen_keyword = true;
        } else if ((first.kind == TokenKind::True || first.kind == TokenKind::False ||
                    first.kind == TokenKind::None) &&
                   kind(1) == TokenKind::Equal) {
            // CPython: invalid_kwarg: ('True'|'False'|'None') '='
            raise_range(first.location, peek(1).location, "cannot assign to " + std::string(first.text));
        } else {
            Expr* value = at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual ? parse_named_expression()
                                                                                  : parse_expression();
            if (at(TokenKind::Equal)) {
                // CPython: invalid_kwarg: !(NAME '=') expression '='
                raise_range(value->location, peek().location,
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (at(TokenKind::For) || (at(TokenKind::Async) && kind(1) == TokenKind::For)) {
                if (!allow_genexp && call->args.empty() && call->keywords.empty())
                    fail();
                std::vector<Comprehension> generators = parse_for_if_clauses();
                Comprehension const& last = generators.back();
                Expr const* last_item = last.ifs.empty() ? last.iter : last.ifs.back();
                bool const only = call->args.empty() && call->keywords.empty() && at(TokenKind::RightParen);
                if (!only || !allow_genexp) {
                    // CPython: invalid_arguments, "Generator expression must be parenthesized".
                    raise_range(value->location, last_item->location,
                                "Generator expression must be parenthesized");
                }
                auto* generator = make<GeneratorExp>(open.location);
                generator->elt = value;
                generator->generators = std::move(generators);
                call->args.push_back(generator);
                // The generator expression ends with the call's ')'.
                generator->location = {open.location.line, open.location.column, peek().location.end_line,
                                       peek().location.end_column};
                break;
            }
            if (seen_keyword || seen_double_star)
                positional_after_keyword = true;
            call->args.push_back(value);
        }
        if (!accept(TokenKind::Comma))
            break;
    }
    if (positional_after_keyword) {
        // CPython: _PyPegen_arguments_parsing_error(), at the last token read.
        peek();
        raise_at_last_token(seen_double_star ? "positional argument follows keyword argument unpacking"
                                             : "positional argument follows keyword argument");
    }
}

// parameters (def) and lambda_parameters (lambda), with CPython 3.11's invalid_parameters, invalid_star_etc,
// invalid_kwds and invalid_default messages.
void Parser::parse_params(Arguments& arguments, bool lambda) {
    DepthGuard guard(*this, lambda ? lambda_parameters_depth_weight : 1);
    TokenKind const closing = lambda ? TokenKind::Colon : TokenKind::RightParen;
    std::vector<Arg*> positional;
    bool seen_slash = false;
    bool seen_star = false;
    bool seen_default = false;
    auto end_of_parameter = [&] {
        if (!accept(TokenKind::Comma) && !at(closing))
            fail();
    };
    while (!at(closing)) {
        Token const& token = peek();
        if (token.kind == TokenKind::Slash) {
            if (seen_star)
                raise_at(token.location, "/ must be ahead of *");
            if (seen_slash)
                raise_at(token.location, "/ may appear only once");
            if (positional.empty()) {
                if (kind_beyond(1) == TokenKind::Comma)
                    raise_at(token.location, "at least one argument must precede /");
                fail();
            }
            advance();
            seen_slash = true;
            arguments.posonlyargs = std::move(positional);
            positional.clear();
            end_of_parameter();
            continue;
        }
        if (token.kind == TokenKind::Star) {
            if (seen_star) {
                TokenKind const next = kind_beyond(1);
                if (next == TokenKind::Name || next == TokenKind::Comma)
                    raise_at(token.location, "* argument may appear only once");
                fail();
            }
            advance();
            seen_star = true;
            if (at(TokenKind::Comma) || at(closing)) {
                // A bare '*': keyword-only parameters must follow it.
                bool const bare =
                    at(closing) || kind_beyond(1) == closing || kind_beyond(1) == TokenKind::DoubleStar;
                if (bare) {
                    if (!lambda)
                        raise_at(token.location, "named arguments must follow bare *");
                    if (!at(closing))
                        peek(1);
                    raise_at_last_token("named arguments must follow bare *");
                }
                advance();
                continue;
            }
            arguments.vararg = parse_param(lambda, true);
            if (at(TokenKind::Equal))
                raise_at(peek().location, "var-positional argument cannot have default value");
            end_of_parameter();
            continue;
        }
        if (token.kind == TokenKind::LeftParen && !seen_default && !seen_star && !seen_slash) {
            // CPython: invalid_parameters: param_no_default* '(' param_no_default+ ','? ')'
            std::size_t const saved = mark();
            bool matched = false;
            speculate([&] {
                advance();
                do {
                    if (at(TokenKind::RightParen))
                        break;
                    parse_param(lambda, false);
                } while (accept(TokenKind::Comma));
                matched = at(TokenKind::RightParen) && m_tokens[m_mark - 1].kind != TokenKind::LeftParen;
            });
            if (matched) {
                SourceLocation const close = peek().location;
                raise_range(token.location, close,
                            lambda ? "Lambda expression parameters cannot be parenthesized"
                                   : "Function parameters cannot be parenthesized");
            }
            reset(saved);
            fail();
        }
        if (token.kind == TokenKind::DoubleStar) {
            advance();
            arguments.kwarg = parse_param(lambda, false);
            if (at(TokenKind::Equal))
                raise_at(peek().location, "var-keyword argument cannot have default value");
            if (accept(TokenKind::Comma) && !at(closing)) {
                Token const& next = peek();
                if (next.kind == TokenKind::Name) {
                    Arg* following = parse_param(lambda, false);
                    raise_at(following->location, "arguments cannot follow var-keyword argument");
                }
                if (next.kind == TokenKind::Star || next.kind == TokenKind::DoubleStar ||
                    next.kind == TokenKind::Slash)
                    raise_at(next.location, "arguments cannot follow var-keyword argument");
                fail();
            }
            if (!at(closing))
                fail();
            break;
        }
        Arg* parameter = parse_param(lambda, false);
        Expr* default_value = nullptr;
        if (at(TokenKind::Equal)) {
            Token const& equal = advance();
            if (at(TokenKind::Comma) || at(closing))
                raise_at(equal.location, "expected default value expression"); // CPython: invalid_default
            default_value = parse_expression();
        }
        if (!at(TokenKind::Comma) && !at(closing))
            fail();
        if (seen_star) {
            arguments.kwonlyargs.push_back(parameter);
            arguments.kw_defaults.push_back(default_value);
        } else {
            if (default_value != nullptr) {
                seen_default = true;
                arguments.defaults.push_back(default_value);
            } else if (seen_default) {
                raise_at(parameter->location, "non-default argument follows default argument");
            }
            positional.push_back(parameter);
        }
        end_of_parameter();
    }
    arguments.args = std::move(positional);
}

// param: NAME annotation? ; lambda_param: NAME
// The annotation of *args may be a starred expression (CPython: param_star_annotation, PEP 646).
Arg* Parser::parse_param(bool lambda, bool star_annotation) {
    Token const& name = expect(TokenKind::Name);
    auto* arg = make<Arg>(name.location);
    arg->name = std::string(name.text);
    if (!lambda && accept(TokenKind::Colon))
        arg->annotation =
            star_annotation && at(TokenKind::Star) ? parse_star_expression() : parse_expression();
    arg->location = span_from(name);
    return arg;
}

// ---- targets ----

// star_targets: star_target !',' | star_target (',' star_target)* [',']
Expr* Parser::parse_star_targets() {
    SourceLocation const start = peek().location;
    Expr* first = parse_star_target();
    if (!at(TokenKind::Comma))
        return first;
    auto* tuple = make<Tuple>(start);
    tuple->ctx = ExprContext::Store;
    tuple->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (!starts_expression() && !at(TokenKind::Star))
            break;
        tuple->elts.push_back(parse_star_target());
    }
    tuple->location = span_from(start);
    return tuple;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
// target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '['
// [star_targets_list_seq] ']' The atom and its trailers are parsed as a primary; the result must then be a
// valid target.
Expr* Parser::parse_star_target() {
    DepthGuard guard(*this);
    if (at(TokenKind::Star)) {
        Token const& star = advance();
        if (at(TokenKind::Star))
            fail();
        Expr* value = parse_star_target();
        auto* starred = make<Starred>(span_from(star));
        starred->value = value;
        starred->ctx = ExprContext::Store;
        return starred;
    }
    if (!starts_expression() || at(TokenKind::Not) || at(TokenKind::Lambda) || at(TokenKind::Await) ||
        at(TokenKind::Minus) || at(TokenKind::Plus) || at(TokenKind::Tilde))
        fail();
    Expr* target = parse_primary();
    Expr::Kind const k = target->kind;
    if (k != Expr::Kind::Name && k != Expr::Kind::Attribute && k != Expr::Kind::Subscript &&
        k != Expr::Kind::Tuple && k != Expr::Kind::List)
        fail();
    if (find_invalid_target(target, TargetKind::Star) != nullptr)
        fail();
    return set_target_context(target, ExprContext::Store, TargetKind::Star);
}

// CPython: _PyPegen_set_expr_context(), checking as it goes (the first invalid target is reported as
// RAISE_SYNTAX_ERROR_INVALID_TARGET would).
Expr* Parser::set_target_context(Expr* target, ExprContext context, TargetKind kind) {
    if (Expr* invalid = find_invalid_target(target, kind); invalid != nullptr)
        raise_invalid_target(target, kind);
    std::vector<Expr*> pending{target};
    while (!pending.empty()) {
        Expr* expr = pending.back();
        pending.pop_back();
        switch (expr->kind) {
        case Expr::Kind::Name:
            static_cast<Name*>(expr)->ctx = context;
            break;
        case Expr::Kind::Attribute:
            static_cast<Attribute*>(expr)->ctx = context;
            break;
        case Expr::Kind::Subscript:
            static_cast<Subscript*>(expr)->ctx = context;
            break;
        case Expr::Kind::Starred:
            static_cast<Starred*>(expr)->ctx = context;
            pending.push_back(static_cast<Starred*>(expr)->value);
            break;
        case Expr::Kind::Tuple:
            static_cast<Tuple*>(expr)->ctx = context;
            for (Expr* element : static_cast<Tuple*>(expr)->elts)
                pending.push_back(element);
            break;
        case Expr::Kind::List:
            static_cast<List*>(expr)->ctx = context;
            for (Expr* element : static_cast<List*>(expr)->elts)
                pending.push_back(element);
            break;
        default:
            break;
        }
    }
    return target;
}

// CPython: _PyPegen_get_invalid_target().
Expr* Parser::find_invalid_target(Expr* expr, TargetKind kind) {
    switch (expr->kind) {
    case Expr::Kind::List:
        for (Expr* element : static_cast<List*>(expr)->elts) {
            if (Expr* invalid = find_invalid_target(element, kind))
                return invalid;
        }
        return nullptr;
    case Expr::Kind::Tuple:
        for (Expr* element : static_cast<Tuple*>(expr)->elts) {
            if (Expr* invalid = find_invalid_target(element, kind))
                return invalid;
        }
        return nullptr;
    case Expr::Kind::Starred:
        if (kind == TargetKind::Del)
            return expr;
        return find_invalid_target(static_cast<Starred*>(expr)->value, kind);
    case Expr::Kind::Compare:
        // `for a in b` parsed as star_expressions gives a comparison: look at its left side.
        if (kind == TargetKind::For) {
            auto* compare = static_cast<Compare*>(expr);
            if (compare->ops.front() == CmpOperator::In)
                return find_invalid_target(compare->left, kind);
            return nullptr;
        }
        return expr;
    case Expr::Kind::Name:
    case Expr::Kind::Subscript:
    case Expr::Kind::Attribute:
        return nullptr;
    default:
        return expr;
    }
}

// CPython: _PyPegen_get_expr_name().
char const* Parser::expression_name(Expr const* expr) {
    switch (expr->kind) {
    case Expr::Kind::Attribute:
        return "attribute";
    case Expr::Kind::Subscript:
        return "subscript";
    case Expr::Kind::Starred:
        return "starred";
    case Expr::Kind::Name:
        return "name";
    case Expr::Kind::List:
        return "list";
    case Expr::Kind::Tuple:
        return "tuple";
    case Expr::Kind::Lambda:
        return "lambda";
    case Expr::Kind::Call:
        return "function call";
    case Expr::Kind::BoolOp:
    case Expr::Kind::BinOp:
    case Expr::Kind::UnaryOp:
        return "expression";
    case Expr::Kind::GeneratorExp:
        return "generator expression";
    case Expr::Kind::Yield:
    case Expr::Kind::YieldFrom:
        return "yield expression";
    case Expr::Kind::Await:
        return "await expression";
    case Expr::Kind::ListComp:
        return "list comprehension";
    case Expr::Kind::SetComp:
        return "set comprehension";
    case Expr::Kind::DictComp:
        return "dict comprehension";
    case Expr::Kind::Dict:
        return "dict literal";
    case Expr::Kind::Set:
        return "set display";
    case Expr::Kind::JoinedStr:
    case Expr::Kind::FormattedValue:
        return "f-string expression";
    case Expr::Kind::Constant:
        switch (static_cast<Constant const*>(expr)->type) {
        case Constant::Type::None:
            return "None";
        case Constant::Type::False:
            return "False";
        case Constant::Type::True:
            return "True";
        case Constant::Type::Ellipsis:
            return "ellipsis";
        default:
            return "literal";
        }
    case Expr::Kind::Compare:
        return "comparison";
    case Expr::Kind::IfExp:
        return "conditional expression";
    case Expr::Kind::NamedExpr:
        return "named expression";
    default:
        return "expression";
    }
}

// CPython: RAISE_SYNTAX_ERROR_INVALID_TARGET().
void Parser::raise_invalid_target(Expr* expr, TargetKind kind) {
    Expr* invalid = find_invalid_target(expr, kind);
    if (invalid == nullptr)
        fail();
    char const* verb = kind == TargetKind::Del ? "cannot delete " : "cannot assign to ";
    raise_at(invalid->location, verb + std::string(expression_name(invalid)));
}

// ---- numbers ----

// CPython: parsenumber() in Parser/pegen.c: integers of any size (big ones as decimal digits), floats, and
// imaginary numbers.
Expr* Parser::parse_number(Token const& token) {
    std::string text;
    text.reserve(token.text.size());
    for (char c : token.text) {
        if (c != '_')
            text += c;
    }
    auto* constant = make<Constant>(token.location);
    char const last = text.back();
    if (last == 'j' || last == 'J') {
        text.pop_back();
        constant->type = Constant::Type::Complex;
        constant->float_value = parse_float_text(text);
        return constant;
    }
    int base = 10;
    std::size_t digits_start = 0;
    if (text.size() > 1 && text[0] == '0') {
        char const prefix = static_cast<char>(text[1] | 0x20);
        if (prefix == 'x')
            base = 16;
        else if (prefix == 'o')
            base = 8;
        else if (prefix == 'b')
            base = 2;
        if (base != 10)
            digits_start = 2;
    }
    if (base == 10 && text.find_first_of(".eE") != std::string::npos) {
        constant->type = Constant::Type::Float;
        constant->float_value = parse_float_text(text);
        return constant;
    }
    constant->type = Constant::Type::Int;
    // a decimal literal longer than the int/str conversion limit (sys.get_int_max_str_digits(), 0 for none): the
    // ValueError of its conversion as a SyntaxError without a column (CPython: parsenumber_raw, _PyPegen_raise_error)
    int const max_literal_digits = compile_max_str_digits();
    if (base == 10 && max_literal_digits > 0 && text.size() > static_cast<std::size_t>(max_literal_digits))
        raise_report({token.location.line, -1, token.location.line, -1},
                     "Exceeds the limit (" + std::to_string(max_literal_digits) +
                         " digits) for integer string conversion: value has " + std::to_string(text.size()) +
                         " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                         "huge integer literals to avoid decimal conversion limits.");
    std::uint64_t value = 0;
    auto const result = std::from_chars(text.data() + digits_start, text.data() + text.size(), value, base);
    if (result.ec == std::errc() && value <= static_cast<std::uint64_t>(INT64_MAX)) {
        constant->int_value = static_cast<std::int64_t>(value);
        return constant;
    }
    std::vector<std::uint32_t> limbs;
    for (std::size_t i = digits_start; i < text.size(); ++i) {
        char const c = text[i];
        std::uint32_t const digit = c <= '9' ? static_cast<std::uint32_t>(c - '0')
                                             : static_cast<std::uint32_t>((c | 0x20) - 'a' + 10);
        multiply_add(limbs, static_cast<std::uint32_t>(base), digit);
    }
    constant->big_int = limbs_to_decimal(std::move(limbs));
    return constant;
}

} // namespace weft::front
