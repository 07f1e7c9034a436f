// Statements: the file, blocks, simple and compound statements (CPython: Grammar/python.gram, 3.11), the
// parser's token buffer and error reports (Parser/pegen.c, Parser/pegen_errors.c), and parse_module().
#include "interpreter/compile.hpp"
#include "interpreter/parser_impl.hpp"

#include <algorithm>

namespace weft::front {

namespace {

// Tokens CPython reads without an extent (col_offset -1): errors at them use the tokenizer's position.
bool is_position_token(Token const& token) {
    return token.kind == TokenKind::Indent || token.kind == TokenKind::Dedent ||
           token.kind == TokenKind::EndOfFile || token.kind == TokenKind::Error;
}

// CPython: _PyPegen_get_last_nonnwhitespace_token() skips these when a node's end is computed.
bool is_whitespace_token(TokenKind kind) {
    return kind == TokenKind::Newline || kind == TokenKind::Indent || kind == TokenKind::Dedent ||
           kind == TokenKind::EndOfFile;
}

// CPython: _PyPegen_augoperator() and the augassign rule.
bool augmented_operator(TokenKind kind, Operator& op) {
    switch (kind) {
    case TokenKind::PlusEqual:
        op = Operator::Add;
        return true;
    case TokenKind::MinusEqual:
        op = Operator::Sub;
        return true;
    case TokenKind::StarEqual:
        op = Operator::Mult;
        return true;
    case TokenKind::AtEqual:
        op = Operator::MatMult;
        return true;
    case TokenKind::SlashEqual:
        op = Operator::Div;
        return true;
    case TokenKind::PercentEqual:
        op = Operator::Mod;
        return true;
    case TokenKind::AmpersandEqual:
        op = Operator::BitAnd;
        return true;
    case TokenKind::VerticalBarEqual:
        op = Operator::BitOr;
        return true;
    case TokenKind::CircumflexEqual:
        op = Operator::BitXor;
        return true;
    case TokenKind::LeftShiftEqual:
        op = Operator::LShift;
        return true;
    case TokenKind::RightShiftEqual:
        op = Operator::RShift;
        return true;
    case TokenKind::DoubleStarEqual:
        op = Operator::Pow;
        return true;
    case TokenKind::DoubleSlashEqual:
        op = Operator::FloorDiv;
        return true;
    default:
        return false;
    }
}

} // namespace

// ---- construction and tokens ----

Parser::Parser(SourceFile const& source, AstArena& arena, bool interactive)
    : m_source(source), m_arena(arena), m_lexer(source, interactive) {}

Parser::Parser(Parser const& outer, FStringExpressionSpan const& span)
    : m_fstring_input(true), m_fstring_column_shift(span.column_shift), m_source(outer.m_source),
      m_arena(outer.m_arena), m_lexer(outer.m_source, span), m_depth(outer.m_depth) {}

Token const& Parser::peek(std::size_t ahead) {
    while (m_tokens.size() <= m_mark + ahead) {
        Token token = m_lexer.next();
        if (token.kind == TokenKind::Error) {
            // CPython raises a tokenizer error as soon as the parser asks for the token.
            SyntaxErrorReport report = m_lexer.error();
            m_lexer_failed = true;
            if (m_fstring_input && !m_lexer.error_raised_by_tokenizer()) {
                report.message = "f-string: " + report.message;
                report.location.column -= m_fstring_column_shift;
                report.location.end_column -= m_fstring_column_shift;
            }
            throw report;
        }
        m_tokens.push_back(token);
    }
    if (!m_lookahead)
        m_furthest = std::max(m_furthest, m_mark + ahead + 1);
    return m_tokens[m_mark + ahead];
}

TokenKind Parser::kind_beyond(std::size_t ahead) {
    TokenKind k = TokenKind::EndOfFile;
    speculate([&] { k = kind(ahead); });
    return k;
}

Token const& Parser::advance() {
    Token const& token = peek();
    ++m_mark;
    return token;
}

bool Parser::accept(TokenKind k) {
    if (!at(k))
        return false;
    ++m_mark;
    return true;
}

Token const& Parser::expect(TokenKind k) {
    if (!at(k))
        fail();
    return advance();
}

Token const& Parser::expect_forced(TokenKind k, char const* text) {
    if (at(k))
        return advance();
    Token const& token = peek();
    SourceLocation location = token.location;
    if (is_position_token(token))
        location.column = location.end_column = -1;
    raise_report(location, std::string("expected '") + text + "'");
}

SourceLocation Parser::span_from(SourceLocation const& start) const {
    std::size_t index = m_mark;
    while (index > 1 && is_whitespace_token(m_tokens[index - 1].kind))
        --index;
    SourceLocation const& end = m_tokens[index - 1].location;
    return {start.line, start.column, end.end_line, end.end_column};
}

Name* Parser::make_name(Token const& token, ExprContext context) {
    auto* name = make<Name>(token.location);
    name->id = std::string(token.text);
    name->ctx = context;
    return name;
}

Parser::DepthGuard::DepthGuard(Parser& parser, int weight) : m_parser(parser), m_weight(weight) {
    if (compile_stack_exhausted()) throw compile_recursion_report();
    m_parser.m_depth += weight;
    if (m_parser.m_depth > max_parse_depth) {
        m_parser.m_depth -= weight;
        // CPython: "Parser stack overflowed - Python source too complex to parse" is a MemoryError.
        throw SyntaxErrorReport{"MemoryError", "", {}};
    }
}

// ---- errors ----

void Parser::raise_report(SourceLocation location, std::string message, char const* kind) {
    if (m_without_invalid)
        fail(); // CPython's expression_without_invalid does not raise
    if (m_fstring_input) {
        // CPython: _PyPegen_raise_error_known_location() for Py_fstring_input.
        message = "f-string: " + message;
        location.column -= m_fstring_column_shift;
        location.end_column -= m_fstring_column_shift;
    }
    throw SyntaxErrorReport{kind, std::move(message), location, m_error_at_end};
}

void Parser::raise_at_last_token(std::string message, char const* kind) {
    if (m_tokens.empty())
        peek();
    Token const& token = m_tokens.back();
    SourceLocation location = token.location;
    if (is_position_token(token)) {
        // CPython: _PyPegen_raise_error() uses the tokenizer's byte column (no +1) and no end.
        location = {token.location.line, token.location.column - 1, token.location.line, -2};
    }
    m_error_at_end = token.kind == TokenKind::EndOfFile;
    raise_report(location, std::move(message), kind);
}

void Parser::raise_range(SourceLocation const& start, SourceLocation const& end, std::string message,
                         char const* kind) {
    raise_report({start.line, start.column, end.end_line, end.end_column}, std::move(message), kind);
}

// CPython: _PyPegen_set_syntax_error() with the last token of the first pass: "invalid syntax" there, or an
// IndentationError for an unexpected INDENT or DEDENT.
void Parser::raise_generic_syntax_error() {
    std::size_t const count = std::max<std::size_t>(m_furthest, 1);
    while (m_tokens.size() < count)
        m_tokens.push_back(m_lexer.next());
    Token const last = m_tokens[count - 1];
    if (last.kind == TokenKind::Indent || last.kind == TokenKind::Dedent) {
        m_skip_source_check = true;
        SourceLocation location = {last.location.line, last.location.column - 1, last.location.line, -2};
        raise_report(location, last.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent",
                     "IndentationError");
    }
    SourceLocation location = last.location;
    if (is_position_token(last))
        location.column = location.end_column = -1;
    m_error_at_end = last.kind == TokenKind::EndOfFile;
    raise_report(location, "invalid syntax");
}

// CPython: _PyPegen_tokenize_full_source_to_check_for_errors(). After an error found by the parser, the rest
// of the file is tokenized: an error the tokenizer raises there replaces the parser's, and so does a bracket
// still open at the end when it was opened on an earlier line than the last token read.
void Parser::check_rest_of_source(SyntaxErrorReport& report) {
    if (m_lexer_failed || m_skip_source_check || report.kind == "MemoryError" || report.kind == "RecursionError")
        return;
    int const error_line = m_tokens.empty() ? 0 : m_tokens.back().location.line;
    for (;;) {
        Token const token = m_lexer.next();
        if (token.kind == TokenKind::EndOfFile)
            return;
        if (token.kind != TokenKind::Error)
            continue;
        if (m_lexer.error_raised_by_tokenizer()) {
            report = m_lexer.error();
        } else if (m_lexer.bracket_level() > 0 && m_lexer.innermost_bracket().line < error_line) {
            Lexer::Bracket const& open = m_lexer.innermost_bracket();
            report = {"SyntaxError",
                      std::string("'") + open.kind + "' was never closed",
                      {open.line, open.column, open.line, -1}};
        }
        return;
    }
}

// ---- the file and blocks ----

StmtList Parser::parse_file() {
    StmtList body = parse_statements();
    if (!at(TokenKind::EndOfFile))
        fail();
    return body;
}

// interactive: statement_newline. One statement: a compound statement must be the last thing in the input;
// simple statements must end the first line (CPython: _PyPegen_run_parser's bad_single_statement check).
StmtList Parser::parse_interactive_input() {
    StmtList body;
    if (at(TokenKind::EndOfFile))
        return body;
    parse_statement(body);
    if (at(TokenKind::EndOfFile))
        return body;
    Stmt::Kind const kind = body.front()->kind;
    bool const compound = kind == Stmt::Kind::FunctionDef || kind == Stmt::Kind::ClassDef || kind == Stmt::Kind::For ||
                          kind == Stmt::Kind::While || kind == Stmt::Kind::If || kind == Stmt::Kind::With ||
                          kind == Stmt::Kind::Try;
    if (compound)
        raise_at(peek().location, "invalid syntax");
    Token const& newline = m_tokens[mark() - 1];  // the end of the first line
    int const column = newline.location.column;
    raise_report({newline.location.line, column, newline.location.line, column},
                 "multiple statements found while compiling a single statement");
}

// eval: expressions NEWLINE* ENDMARKER
Expr* Parser::parse_eval_input() {
    Expr* value = parse_star_expressions();
    while (accept(TokenKind::Newline)) {
    }
    if (!at(TokenKind::EndOfFile))
        fail();
    return value;
}

// statements: statement+ (up to the end of the block or file)
StmtList Parser::parse_statements() {
    StmtList body;
    while (!at(TokenKind::EndOfFile) && !at(TokenKind::Dedent))
        parse_statement(body);
    return body;
}

// statement: compound_stmt | simple_stmts
// When a statement fails, it is parsed again as CPython's second pass parses it: rules stop at the longest
// prefix they match (as PEG rules do) and the invalid_* checks see those prefixes. A specific error found
// then is reported; otherwise the failure stands, as "invalid syntax" where the first pass stopped.
void Parser::parse_statement(StmtList& body) {
    DepthGuard guard(*this, statement_depth_weight);
    std::size_t const start = mark();
    try {
        if (Stmt* statement = parse_compound_stmt()) {
            body.push_back(statement);
            return;
        }
        parse_simple_stmts(body);
    } catch (ParseFailure const&) {
        if (m_lookahead)
            throw;
        std::size_t const failed = mark();
        reset(start);
        m_memoized_without_invalid.clear();
        m_expression_memo.clear();
        speculate([&] {
            StmtList ignored;
            if (Stmt* statement = parse_compound_stmt())
                ignored.push_back(statement);
            else
                parse_simple_stmts(ignored);
        });
        reset(failed);
        throw;
    }
}

// simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
void Parser::parse_simple_stmts(StmtList& body) {
    std::size_t start = mark();
    try {
        for (;;) {
            start = mark();
            body.push_back(parse_simple_stmt());
            if (!accept(TokenKind::Semicolon) || at(TokenKind::Newline))
                break;
        }
        expect(TokenKind::Newline);
    } catch (ParseFailure const&) {
        // CPython's second pass tries invalid_assignment on the statement:
        //     star_named_expression ',' star_named_expressions* ':' expression
        // Its named_expressions report "Maybe you meant '=='..." even for elements written without commas.
        std::size_t const failed = mark();
        reset(start);
        if ((starts_expression() || at(TokenKind::Star)) && !assignment_prefix_matches()) {
            reset(start);
            speculate([&] {
                parse_star_named_expression();
                expect(TokenKind::Comma);
                while (starts_expression() || at(TokenKind::Star)) {
                    parse_star_named_expression();
                    accept(TokenKind::Comma);
                }
            });
        }
        reset(failed);
        throw;
    }
}

// Whether one of CPython's valid assignment alternatives matches a prefix of the statement, in which case its
// second pass never reaches invalid_assignment (a PEG rule stops at the longest prefix it can parse):
//     | NAME ':' expression ...
//     | (star_targets '=')+ (yield_expr | star_expressions) !'='
//     | single_target augassign ~ ...
bool Parser::assignment_prefix_matches() {
    std::size_t const start = mark();
    if (at(TokenKind::Name) && kind(1) == TokenKind::Colon) {
        return speculate(
            [&] {
                advance();
                advance();
                parse_expression();
            },
            true);
    }
    Operator op{};
    Expr* single = nullptr;
    if (speculate([&] { single = parse_star_target(); }, true) && augmented_operator(kind(), op) &&
        single->kind != Expr::Kind::Tuple && single->kind != Expr::Kind::List &&
        single->kind != Expr::Kind::Starred)
        return true;
    reset(start);
    int groups = 0;
    for (;;) {
        std::size_t const group = mark();
        if (speculate([&] { parse_star_targets(); }, true) && at(TokenKind::Equal)) {
            advance();
            ++groups;
            continue;
        }
        reset(group);
        break;
    }
    if (groups == 0)
        return false;
    std::size_t const value = mark();
    if (!at(TokenKind::Yield) && !speculate([&] { parse_factor(); }, true))
        return false;
    reset(value);
    bool const whole = speculate([&] { parse_annotated_rhs(); }, true);
    return !(whole && at(TokenKind::Equal));
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
// CPython's invalid_*_stmt rules report a missing INDENT as "expected an indented block after ...".
StmtList Parser::parse_block(char const* construct, int line) {
    if (accept(TokenKind::Newline)) {
        if (!at(TokenKind::Indent)) {
            std::string message = std::string("expected an indented block after ") + construct + " on line " +
                                  std::to_string(line);
            Token const current = peek();
            // a header whose body has not been typed yet (only dedents follow it): a REPL asks for more lines
            // (CPython's interactive tokenizer reports E_EOF there)
            std::size_t ahead = 0;
            while (peek(ahead).kind == TokenKind::Dedent) ++ahead;
            bool body_may_follow = current.kind == TokenKind::Dedent && peek(ahead).kind == TokenKind::EndOfFile;
            if (ahead == 0)
                raise_at_last_token(std::move(message), "IndentationError");
            // as raise_at_last_token() would report the dedent the lookahead went past
            m_error_at_end = body_may_follow;
            raise_report({current.location.line, current.location.column - 1, current.location.line, -2},
                         std::move(message), "IndentationError");
        }
        advance();
        StmtList body = parse_statements();
        expect(TokenKind::Dedent);
        return body;
    }
    StmtList body;
    parse_simple_stmts(body);
    return body;
}

// ---- simple statements ----

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass' | del_stmt
//            | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
Stmt* Parser::parse_simple_stmt() {
    Token const& first = peek();
    switch (first.kind) {
    case TokenKind::Return:
        return parse_return_stmt();
    case TokenKind::Raise:
        return parse_raise_stmt();
    case TokenKind::Pass:
        advance();
        return make<Pass>(first.location);
    case TokenKind::Break:
        advance();
        return make<Break>(first.location);
    case TokenKind::Continue:
        advance();
        return make<Continue>(first.location);
    case TokenKind::Del:
        return parse_del_stmt();
    case TokenKind::Assert:
        return parse_assert_stmt();
    case TokenKind::Global:
        return parse_global_stmt(false);
    case TokenKind::Nonlocal:
        return parse_global_stmt(true);
    case TokenKind::Import:
        return parse_import_name();
    case TokenKind::From:
        return parse_import_from();
    default:
        return parse_assignment_or_expression();
    }
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'='
//     | single_target augassign ~ (yield_expr | star_expressions)
// | star_expressions (an expression statement)
// The targets are parsed as expressions and then checked, with CPython's invalid_assignment messages.
Stmt* Parser::parse_assignment_or_expression() {
    Token const first = peek();
    if (first.kind == TokenKind::Name && kind(1) == TokenKind::Colon) {
        auto* target = make_name(advance(), ExprContext::Store);
        advance();
        Expr* annotation = parse_expression();
        Expr* value = accept(TokenKind::Equal) ? parse_annotated_rhs() : nullptr;
        auto* statement = make<AnnAssign>(span_from(first));
        statement->target = target;
        statement->annotation = annotation;
        statement->value = value;
        statement->simple = true;
        return statement;
    }
    Expr* expr = parse_annotated_rhs();
    Token const& next = peek();
    Operator op{};
    if (next.kind == TokenKind::Colon) {
        bool const single = expr->kind == Expr::Kind::Name || expr->kind == Expr::Kind::Attribute ||
                            expr->kind == Expr::Kind::Subscript;
        if (!single) {
            // CPython: invalid_assignment, for targets that cannot be annotated (when an annotation follows).
            if (expr->kind == Expr::Kind::Starred || expr->kind == Expr::Kind::Yield ||
                expr->kind == Expr::Kind::YieldFrom)
                fail();
            std::size_t const colon = mark();
            bool const annotated = speculate([&] {
                advance();
                parse_expression();
            });
            reset(colon);
            if (!annotated)
                fail();
            bool const parenthesized =
                expr->location.column < static_cast<int>(m_source.line_text(expr->location.line).size()) &&
                m_source.line_text(expr->location.line)[expr->location.column] == '(';
            if (expr->kind == Expr::Kind::List || (expr->kind == Expr::Kind::Tuple && parenthesized))
                raise_at(expr->location, std::string("only single target (not ") + expression_name(expr) +
                                             ") can be annotated");
            if (expr->kind == Expr::Kind::Tuple)
                raise_at(static_cast<Tuple*>(expr)->elts.front()->location,
                         "only single target (not tuple) can be annotated");
            raise_at(expr->location, "illegal target for annotation");
        }
        advance();
        set_target_context(expr, ExprContext::Store, TargetKind::Star);
        Expr* annotation = parse_expression();
        Expr* value = accept(TokenKind::Equal) ? parse_annotated_rhs() : nullptr;
        auto* statement = make<AnnAssign>(span_from(first));
        statement->target = expr;
        statement->annotation = annotation;
        statement->value = value;
        statement->simple = false;
        return statement;
    }
    if (next.kind == TokenKind::Equal) {
        ExprList targets;
        Expr* value = expr;
        while (accept(TokenKind::Equal)) {
            targets.push_back(value);
            std::size_t const value_mark = mark();
            try {
                value = parse_annotated_rhs();
            } catch (ParseFailure const&) {
                // CPython's invalid_assignment still reports an invalid target when what follows does not
                // parse.
                std::size_t const failed = mark();
                reset(value_mark);
                Expr* prefix = nullptr;
                if (targets.size() == 1 && !speculate([&] { prefix = parse_bitwise_or(); }))
                    prefix = nullptr;
                if (prefix != nullptr && (at(TokenKind::Equal) || at(TokenKind::ColonEqual)))
                    prefix = nullptr;
                reset(failed);
                check_invalid_assignment(targets, prefix, false);
                for (Expr* target : targets) {
                    if ((target->kind == Expr::Kind::Yield || target->kind == Expr::Kind::YieldFrom) &&
                        !is_parenthesized(target))
                        raise_at(target->location, "assignment to yield expression not possible");
                    if (find_invalid_target(target, TargetKind::Star) != nullptr)
                        raise_invalid_target(target, TargetKind::Star);
                }
                throw;
            }
        }
        check_invalid_assignment(targets, targets.size() > 1 ? targets[1] : value, targets.size() > 1);
        for (Expr* target : targets) {
            if ((target->kind == Expr::Kind::Yield || target->kind == Expr::Kind::YieldFrom) &&
                !is_parenthesized(target))
                raise_at(target->location, "assignment to yield expression not possible");
            set_target_context(target, ExprContext::Store, TargetKind::Star);
        }
        auto* statement = make<Assign>(span_from(first));
        statement->targets = std::move(targets);
        statement->value = value;
        return statement;
    }
    if (augmented_operator(next.kind, op)) {
        advance();
        Expr* value = parse_annotated_rhs();
        if (expr->kind != Expr::Kind::Name && expr->kind != Expr::Kind::Attribute &&
            expr->kind != Expr::Kind::Subscript) {
            raise_at(expr->location, std::string("'") + expression_name(expr) +
                                         "' is an illegal expression for augmented assignment");
        }
        set_target_context(expr, ExprContext::Store, TargetKind::Star);
        auto* statement = make<AugAssign>(span_from(first));
        statement->target = expr;
        statement->op = op;
        statement->value = value;
        return statement;
    }
    auto* statement = make<ExprStmt>(span_from(first));
    statement->value = expr;
    return statement;
}

// CPython: the invalid_named_expression rules reached through invalid_assignment's star_named_expression,
// when a target is invalid. They look at the element just before the first '=' (the last one of an
// unparenthesized tuple) and at the bitwise_or that starts the expression after it:
//     | NAME '=' bitwise_or !('='|':=')      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
//                                            "cannot assign to %s here. Maybe you meant '==' instead of '='?"
void Parser::check_invalid_assignment(ExprList const& targets, Expr* next, bool next_is_target) {
    bool invalid = false;
    for (Expr* target : targets)
        invalid = invalid || find_invalid_target(target, TargetKind::Star) != nullptr;
    if (!invalid)
        return;
    Expr* first = targets.front();
    Expr* element = first;
    if (first->kind == Expr::Kind::Tuple && !is_parenthesized(first) && !is_group_start(first))
        element = static_cast<Tuple*>(first)->elts.back();
    if (element->kind == Expr::Kind::Starred)
        return;
    // The bitwise_or at the start of the expression after '=', and whether '=' follows it.
    if (next == nullptr)
        return;
    Expr* prefix = next;
    for (;;) {
        if (is_parenthesized(prefix))
            break;
        if (prefix->kind == Expr::Kind::Tuple && !is_group_start(prefix))
            prefix = static_cast<Tuple*>(prefix)->elts.front();
        else if (prefix->kind == Expr::Kind::Compare)
            prefix = static_cast<Compare*>(prefix)->left;
        else if (prefix->kind == Expr::Kind::BoolOp)
            prefix = static_cast<BoolOp*>(prefix)->values.front();
        else if (prefix->kind == Expr::Kind::IfExp)
            prefix = static_cast<IfExp*>(prefix)->body;
        else
            break;
    }
    if (!is_bitwise_or_level(prefix) || (prefix == next && next_is_target))
        return;
    if (element->kind == Expr::Kind::Name && !is_parenthesized(element))
        raise_range(element->location, prefix->location,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (!is_bitwise_or_level(element) || starts_with_display(element))
        return;
    raise_at(element->location, std::string("cannot assign to ") + expression_name(element) +
                                    " here. Maybe you meant '==' instead of '='?");
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::parse_return_stmt() {
    Token const& keyword = advance();
    auto* statement = make<Return>(keyword.location);
    if (starts_expression() || at(TokenKind::Star))
        statement->value = parse_star_expressions();
    statement->location = span_from(keyword);
    return statement;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::parse_raise_stmt() {
    Token const& keyword = advance();
    auto* statement = make<Raise>(keyword.location);
    if (starts_expression()) {
        statement->exc = parse_expression();
        if (accept(TokenKind::From))
            statement->cause = parse_expression();
    }
    statement->location = span_from(keyword);
    return statement;
}

// global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::parse_global_stmt(bool nonlocal) {
    Token const& keyword = advance();
    std::vector<std::string> names;
    do {
        names.emplace_back(expect(TokenKind::Name).text);
    } while (accept(TokenKind::Comma));
    if (nonlocal) {
        auto* statement = make<Nonlocal>(span_from(keyword));
        statement->names = std::move(names);
        return statement;
    }
    auto* statement = make<Global>(span_from(keyword));
    statement->names = std::move(names);
    return statement;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
Stmt* Parser::parse_del_stmt() {
    Token const& keyword = advance();
    ExprList targets;
    do {
        if (!starts_expression() && !at(TokenKind::Star))
            break;
        targets.push_back(parse_star_expression());
    } while (accept(TokenKind::Comma));
    if (targets.empty())
        fail();
    for (Expr* target : targets)
        set_target_context(target, ExprContext::Del, TargetKind::Del);
    if (!at(TokenKind::Semicolon) && !at(TokenKind::Newline))
        fail();
    auto* statement = make<Delete>(span_from(keyword));
    statement->targets = std::move(targets);
    return statement;
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::parse_assert_stmt() {
    Token const& keyword = advance();
    auto* statement = make<Assert>(keyword.location);
    statement->test = parse_expression();
    if (accept(TokenKind::Comma))
        statement->msg = parse_expression();
    statement->location = span_from(keyword);
    return statement;
}

// dotted_name: dotted_name '.' NAME | NAME
std::string Parser::parse_dotted_name() {
    std::string name(expect(TokenKind::Name).text);
    while (at(TokenKind::Dot) && kind(1) == TokenKind::Name) {
        advance();
        name += '.';
        name += advance().text;
    }
    return name;
}

// import_name: 'import' dotted_as_names
// dotted_as_name: dotted_name ['as' NAME]
Stmt* Parser::parse_import_name() {
    Token const& keyword = advance();
    auto* statement = make<Import>(keyword.location);
    do {
        Token const& start = peek();
        auto* alias = make<Alias>(start.location);
        alias->name = parse_dotted_name();
        if (accept(TokenKind::As))
            alias->asname = std::string(expect(TokenKind::Name).text);
        alias->location = span_from(start);
        statement->names.push_back(alias);
    } while (accept(TokenKind::Comma));
    statement->location = span_from(keyword);
    return statement;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
Stmt* Parser::parse_import_from() {
    Token const& keyword = advance();
    auto* statement = make<ImportFrom>(keyword.location);
    for (;;) {
        if (accept(TokenKind::Dot))
            statement->level += 1;
        else if (accept(TokenKind::Ellipsis))
            statement->level += 3;
        else
            break;
    }
    if (statement->level == 0 || at(TokenKind::Name))
        statement->module = parse_dotted_name();
    expect(TokenKind::Import);
    if (at(TokenKind::Star)) {
        Token const& star = advance();
        auto* alias = make<Alias>(star.location);
        alias->name = "*";
        statement->names.push_back(alias);
    } else {
        bool const parenthesized = accept(TokenKind::LeftParen);
        for (;;) {
            Token const& start = expect(TokenKind::Name);
            auto* alias = make<Alias>(start.location);
            alias->name = std::string(start.text);
            if (accept(TokenKind::As))
                alias->asname = std::string(expect(TokenKind::Name).text);
            alias->location = span_from(start);
            statement->names.push_back(alias);
            if (!accept(TokenKind::Comma))
                break;
            if (parenthesized && at(TokenKind::RightParen))
                break;
            if (!parenthesized && at(TokenKind::Newline)) {
                // CPython: invalid_import_from_targets.
                peek();
                raise_at_last_token("trailing comma not allowed without surrounding parentheses");
            }
        }
        if (parenthesized)
            expect(TokenKind::RightParen);
    }
    statement->location = span_from(keyword);
    return statement;
}

// ---- compound statements ----

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt | match_stmt
Stmt* Parser::parse_compound_stmt() {
    Token const& first = peek();
    switch (first.kind) {
    case TokenKind::Name:
        return parse_match_stmt();
    case TokenKind::Def:
        return parse_function_def({});
    case TokenKind::At: {
        ExprList decorators = parse_decorators();
        Token const& next = peek();
        if (next.kind == TokenKind::Class)
            return parse_class_def(std::move(decorators));
        if (next.kind == TokenKind::Def || (next.kind == TokenKind::Async && kind(1) == TokenKind::Def))
            return parse_function_def(std::move(decorators));
        fail();
    }
    case TokenKind::Class:
        return parse_class_def({});
    case TokenKind::If:
        return parse_if_stmt(false);
    case TokenKind::While:
        return parse_while_stmt();
    case TokenKind::For:
        return parse_for_stmt(nullptr);
    case TokenKind::With:
        return parse_with_stmt(nullptr);
    case TokenKind::Try:
        return parse_try_stmt();
    case TokenKind::Async: {
        TokenKind const next = kind(1);
        if (next == TokenKind::Def)
            return parse_function_def({});
        if (next == TokenKind::For || next == TokenKind::With) {
            Token const& async_token = advance();
            return next == TokenKind::For ? parse_for_stmt(&async_token) : parse_with_stmt(&async_token);
        }
        return nullptr;
    }
    default:
        return nullptr;
    }
}

// decorators: ('@' named_expression NEWLINE)+
ExprList Parser::parse_decorators() {
    ExprList decorators;
    while (accept(TokenKind::At)) {
        decorators.push_back(parse_named_expression());
        expect(TokenKind::Newline);
    }
    return decorators;
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::parse_class_def(ExprList decorators) {
    Token const& keyword = advance();
    auto* statement = make<ClassDef>(keyword.location);
    statement->name = std::string(expect(TokenKind::Name).text);
    if (at(TokenKind::LeftParen)) {
        Token const& open = advance();
        Call arguments;
        arguments.location = open.location;
        if (!at(TokenKind::RightParen))
            parse_arguments(&arguments);
        expect(TokenKind::RightParen);
        statement->bases = std::move(arguments.args);
        statement->keywords = std::move(arguments.keywords);
    }
    if (at(TokenKind::Newline))
        raise_at_last_token("expected ':'"); // CPython: invalid_class_def_raw
    expect(TokenKind::Colon);
    statement->body = parse_block("class definition", keyword.location.line);
    statement->decorator_list = std::move(decorators);
    statement->location = span_from(keyword);
    return statement;
}

// function_def_raw: ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
Stmt* Parser::parse_function_def(ExprList decorators) {
    Token const start = peek();
    auto* statement = make<FunctionDef>(start.location);
    statement->is_async = accept(TokenKind::Async);
    Token const& keyword = expect(TokenKind::Def);
    statement->name = std::string(expect(TokenKind::Name).text);
    expect_forced(TokenKind::LeftParen, "(");
    parse_params(statement->args, false);
    expect(TokenKind::RightParen);
    if (accept(TokenKind::Arrow))
        statement->returns = parse_expression();
    expect_forced(TokenKind::Colon, ":");
    statement->body = parse_block("function definition", keyword.location.line);
    statement->decorator_list = std::move(decorators);
    statement->location = span_from(start);
    return statement;
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
Stmt* Parser::parse_if_stmt(bool elif) {
    Token const& keyword = advance();
    auto* statement = make<If>(keyword.location);
    statement->test = parse_named_expression();
    if (at(TokenKind::Newline))
        raise_at_last_token("expected ':'"); // CPython: invalid_if_stmt, invalid_elif_stmt
    expect(TokenKind::Colon);
    statement->body = parse_block(elif ? "'elif' statement" : "'if' statement",
                                  elif ? keyword.location.line : statement->test->location.line);
    if (at(TokenKind::Elif))
        statement->orelse.push_back(parse_if_stmt(true));
    else if (at(TokenKind::Else))
        statement->orelse = parse_else_block();
    statement->location = span_from(keyword);
    return statement;
}

// else_block: 'else' &&':' block
StmtList Parser::parse_else_block() {
    Token const& keyword = advance();
    expect_forced(TokenKind::Colon, ":");
    return parse_block("'else' statement", keyword.location.line);
}

// while_stmt: 'while' named_expression ':' block [else_block]
Stmt* Parser::parse_while_stmt() {
    Token const& keyword = advance();
    auto* statement = make<While>(keyword.location);
    statement->test = parse_named_expression();
    if (at(TokenKind::Newline))
        raise_at_last_token("expected ':'"); // CPython: invalid_while_stmt
    expect(TokenKind::Colon);
    statement->body = parse_block("'while' statement", keyword.location.line);
    if (at(TokenKind::Else))
        statement->orelse = parse_else_block();
    statement->location = span_from(keyword);
    return statement;
}

// for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] | invalid_for_target
Stmt* Parser::parse_for_stmt(Token const* async_token) {
    Token const& keyword = advance();
    auto* statement = make<For>(keyword.location);
    statement->is_async = async_token != nullptr;
    std::size_t const targets_mark = mark();
    try {
        statement->target = parse_star_targets();
        if (!at(TokenKind::In))
            fail();
    } catch (ParseFailure const&) {
        // CPython: invalid_for_target: 'for' star_expressions, and the first invalid target in it.
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
    statement->iter = parse_star_expressions();
    if (at(TokenKind::Newline))
        raise_at_last_token("expected ':'"); // CPython: invalid_for_stmt
    expect(TokenKind::Colon);
    statement->body = parse_block("'for' statement", keyword.location.line);
    if (at(TokenKind::Else))
        statement->orelse = parse_else_block();
    statement->location = span_from(async_token != nullptr ? *async_token : keyword);
    return statement;
}

// with_stmt:
//     | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//     | ['async'] 'with' ','.with_item+ ':' block
Stmt* Parser::parse_with_stmt(Token const* async_token) {
    Token const& keyword = advance();
    auto* statement = make<With>(keyword.location);
    statement->is_async = async_token != nullptr;
    bool parsed = false;
    if (at(TokenKind::LeftParen)) {
        // The parenthesized form is tried first, as in CPython; when ':' does not follow its ')', the
        // parentheses belong to the first item's expression instead.
        std::size_t const start = mark();
        try {
            advance();
            std::vector<WithItem> items;
            do {
                if (at(TokenKind::RightParen) && !items.empty())
                    break;
                items.push_back(parse_with_item(true));
            } while (accept(TokenKind::Comma));
            if (accept(TokenKind::RightParen) && at(TokenKind::Colon)) {
                statement->items = std::move(items);
                parsed = true;
            }
        } catch (ParseFailure const&) {
        }
        if (!parsed)
            reset(start);
    }
    if (!parsed) {
        do {
            statement->items.push_back(parse_with_item(false));
        } while (accept(TokenKind::Comma));
        if (at(TokenKind::Newline))
            raise_at_last_token("expected ':'"); // CPython: invalid_with_stmt
    }
    expect(TokenKind::Colon);
    statement->body = parse_block("'with' statement", keyword.location.line);
    statement->location = span_from(async_token != nullptr ? *async_token : keyword);
    return statement;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
WithItem Parser::parse_with_item(bool parenthesized) {
    WithItem item;
    item.context_expr = parse_expression();
    if (!accept(TokenKind::As))
        return item;
    std::size_t const target_mark = mark();
    // CPython: &(',' | ')' | ':'); a line break too, so that the statement reports "expected ':'".
    auto followed_correctly = [&] {
        return at(TokenKind::Comma) || at(TokenKind::Colon) || at(TokenKind::RightParen) ||
               (!parenthesized && at(TokenKind::Newline));
    };
    try {
        item.optional_vars = parse_star_target();
        if (!followed_correctly())
            fail();
    } catch (ParseFailure const&) {
        // CPython: invalid_with_item: expression 'as' expression &(',' | ')' | ':').
        std::size_t const failed_mark = mark();
        reset(target_mark);
        Expr* expr = nullptr;
        if (!speculate([&] { expr = parse_expression(); }))
            expr = nullptr;
        if (expr != nullptr && followed_correctly() && find_invalid_target(expr, TargetKind::Star) != nullptr)
            raise_invalid_target(expr, TargetKind::Star);
        reset(failed_mark);
        throw;
    }
    return item;
}

// try_stmt:
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
Stmt* Parser::parse_try_stmt() {
    Token const& keyword = advance();
    auto* statement = make<Try>(keyword.location);
    expect_forced(TokenKind::Colon, ":");
    statement->body = parse_block("'try' statement", keyword.location.line);
    while (at(TokenKind::Except)) {
        bool star = kind(1) == TokenKind::Star;
        if (!statement->handlers.empty() && star != statement->is_star)
            // CPython: invalid_try_stmt
            raise_range(peek().location, peek(star ? 1 : 0).location,
                        "cannot have both 'except' and 'except*' on the same 'try'");
        ExceptHandler* handler = parse_except_block();
        statement->is_star = handler->is_star;
        statement->handlers.push_back(handler);
    }
    if (!statement->handlers.empty() && at(TokenKind::Else))
        statement->orelse = parse_else_block();
    if (at(TokenKind::Finally)) {
        Token const& finally_keyword = advance();
        expect_forced(TokenKind::Colon, ":");
        statement->finalbody = parse_block("'finally' statement", finally_keyword.location.line);
    }
    if (statement->handlers.empty() && statement->finalbody.empty())
        raise_at_last_token("expected 'except' or 'finally' block"); // CPython: invalid_try_stmt
    statement->location = span_from(keyword);
    return statement;
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
ExceptHandler* Parser::parse_except_block() {
    Token const& keyword = advance();
    auto* handler = make<ExceptHandler>(keyword.location);
    // except_star_block: 'except' '*' expression ['as' NAME] ':' block
    if (accept(TokenKind::Star)) {
        handler->is_star = true;
        if (at(TokenKind::Colon) || at(TokenKind::Newline))
            raise_at_last_token("expected one or more exception types");  // CPython: invalid_except_star_stmt_indent
    }
    if (!at(TokenKind::Colon)) {
        if (at(TokenKind::Newline))
            raise_at_last_token("expected ':'"); // CPython: invalid_except_stmt
        handler->type = parse_expression();
        if (at(TokenKind::Comma)) {
            // CPython: invalid_except_stmt: 'except' expression ',' expressions ['as' NAME] ':'
            std::size_t const comma_mark = mark();
            bool matched = false;
            speculate([&] {
                advance();
                parse_expression();
                while (accept(TokenKind::Comma)) {
                    if (!starts_expression())
                        break;
                    parse_expression();
                }
                if (accept(TokenKind::As))
                    expect(TokenKind::Name);
                matched = at(TokenKind::Colon);
            });
            if (matched) {
                peek();
                Token const& last = m_tokens.back();
                raise_report({handler->type->location.line, handler->type->location.column,
                              last.location.end_line, last.location.end_column - 1},
                             "multiple exception types must be parenthesized");
            }
            reset(comma_mark);
            fail();
        }
        if (accept(TokenKind::As))
            handler->name = std::string(expect(TokenKind::Name).text);
        if (at(TokenKind::Newline))
            raise_at_last_token("expected ':'"); // CPython: invalid_except_stmt
    }
    expect(TokenKind::Colon);
    handler->body = parse_block(handler->is_star ? "'except*' statement" : "'except' statement", keyword.location.line);
    handler->location = span_from(keyword);
    return handler;
}

// ---- the entry points ----

namespace {

enum class ParseMode : std::uint8_t { File, Interactive, Expression };

ParseResult parse(SourceFile const& source, ParseMode mode) {
    ParseResult result;
    auto module = std::make_unique<Module>();
    Parser parser(source, module->arena, mode == ParseMode::Interactive);
    try {
        try {
            switch (mode) {
            case ParseMode::File: module->body = parser.parse_file(); break;
            case ParseMode::Interactive: module->body = parser.parse_interactive_input(); break;
            case ParseMode::Expression: {
                Expr* value = parser.parse_eval_input();
                auto* statement = module->arena.make<ExprStmt>(value->location);
                statement->value = value;
                module->body.push_back(statement);
                break;
            }
            }
        } catch (ParseFailure const&) {
            parser.raise_generic_syntax_error();
        }
    } catch (SyntaxErrorReport& report) {
        bool const at_end = report.at_end_of_input;
        parser.check_rest_of_source(report);
        report.at_end_of_input = at_end || report.at_end_of_input;
        result.error = std::move(report);
        return result;
    }
    if (tree_depth(module->body) > max_tree_depth) {
        // CPython: the symtable's check, "maximum recursion depth exceeded during compilation".
        result.error =
            SyntaxErrorReport{"RecursionError", "maximum recursion depth exceeded during compilation", {}};
        return result;
    }
    result.module = std::move(module);
    return result;
}

} // namespace

ParseResult parse_module(SourceFile const& source) { return parse(source, ParseMode::File); }
ParseResult parse_interactive(SourceFile const& source) { return parse(source, ParseMode::Interactive); }
ParseResult parse_expression(SourceFile const& source) { return parse(source, ParseMode::Expression); }

} // namespace weft::front
