// The match statement and its patterns (CPython: Grammar/python.gram's match_stmt ... class_pattern, 3.11).
// "match" and "case" are soft keywords: a statement starting with the name `match` is a match statement only when
// a subject, ':' and a line break follow; otherwise it is parsed as any other statement.
#include "interpreter/parser_impl.hpp"

namespace weft::front {

namespace {

bool is_soft_keyword(Token const& token, std::string_view word) {
    return token.kind == TokenKind::Name && token.text == word;
}

} // namespace

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
// Null when the statement starting with `match` is not a match statement.
Stmt* Parser::parse_match_stmt() {
    if (!is_soft_keyword(peek(), "match"))
        return nullptr;
    std::size_t const start = mark();
    Token const keyword = advance();
    Expr* subject = nullptr;
    bool matched = speculate(
        [&] {
            Expr* first = parse_star_named_expression();
            if (at(TokenKind::Comma)) {
                auto* tuple = make<Tuple>(first->location);
                tuple->elts.push_back(first);
                while (accept(TokenKind::Comma)) {
                    if (at(TokenKind::Colon) || at(TokenKind::Newline))
                        break;
                    tuple->elts.push_back(parse_star_named_expression());
                }
                tuple->location = span_from(first->location);
                subject = tuple;
            } else {
                if (first->kind == Expr::Kind::Starred)
                    fail();
                subject = first;
            }
        },
        true);
    if (!matched || !(at(TokenKind::Colon) || at(TokenKind::Newline))) {
        reset(start);
        return nullptr;
    }
    if (at(TokenKind::Newline)) {
        // CPython: invalid_match_stmt, tried when the statement failed to parse otherwise (the second pass)
        if (m_lookahead && !m_without_invalid)
            raise_at(peek().location, "expected ':'");
        reset(start);
        return nullptr;
    }
    if (kind(1) != TokenKind::Newline) {
        reset(start);
        return nullptr;
    }
    advance();  // ':'
    advance();  // NEWLINE
    if (!at(TokenKind::Indent))
        raise_at_last_token("expected an indented block after 'match' statement on line " +
                                std::to_string(keyword.location.line),
                            "IndentationError");
    advance();
    auto* statement = make<Match>(keyword.location);
    statement->subject = subject;
    while (!at(TokenKind::Dedent) && !at(TokenKind::EndOfFile)) {
        if (!is_soft_keyword(peek(), "case"))
            fail();
        statement->cases.push_back(parse_case_block());
    }
    expect(TokenKind::Dedent);
    statement->location = span_from(keyword.location);
    return statement;
}

// case_block: "case" patterns guard? ':' block
MatchCase* Parser::parse_case_block() {
    Token const keyword = advance();
    auto* c = make<MatchCase>(keyword.location);
    c->pattern = parse_patterns();
    if (accept(TokenKind::If))
        c->guard = parse_named_expression();
    if (at(TokenKind::Newline))
        raise_at_last_token("expected ':'");  // CPython: invalid_case_block
    expect(TokenKind::Colon);
    c->body = parse_block("'case' statement", keyword.location.line);
    c->location = span_from(keyword.location);
    return c;
}

// patterns: open_sequence_pattern | pattern
Pattern* Parser::parse_patterns() {
    Token const start = peek();
    Pattern* first = parse_maybe_star_pattern();
    if (!at(TokenKind::Comma)) {
        if (first->kind == Pattern::Kind::MatchStar)
            fail();
        return first;
    }
    auto* sequence = make<MatchSequence>(start.location);
    sequence->patterns.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::Colon) || at(TokenKind::If))
            break;
        sequence->patterns.push_back(parse_maybe_star_pattern());
    }
    sequence->location = span_from(start.location);
    return sequence;
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' (capture_target | wildcard)
Pattern* Parser::parse_maybe_star_pattern() {
    if (!at(TokenKind::Star))
        return parse_pattern();
    Token const star = advance();
    Token const& name = expect(TokenKind::Name);
    auto* p = make<MatchStar>(star.location);
    if (name.text != "_")
        p->name = std::string(name.text);
    p->location = span_from(star.location);
    return p;
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
Pattern* Parser::parse_pattern() {
    DepthGuard guard(*this, expression_depth_weight);
    Token const start = peek();
    Pattern* p = parse_or_pattern();
    if (!accept(TokenKind::As))
        return p;
    // CPython: invalid_as_pattern
    if (is_soft_keyword(peek(), "_"))
        raise_at(peek().location, "cannot use '_' as a target");
    if (!at(TokenKind::Name)) {
        Token const here = peek();
        speculate([&] { parse_expression(); }, true);
        raise_range(here.location, span_from(here.location), "invalid pattern target");
    }
    if (kind(1) == TokenKind::Dot || kind(1) == TokenKind::LeftParen || kind(1) == TokenKind::Equal)
        fail();
    auto* as = make<MatchAs>(start.location);
    as->pattern = p;
    as->name = std::string(advance().text);
    as->location = span_from(start.location);
    return as;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::parse_or_pattern() {
    Token const start = peek();
    Pattern* first = parse_closed_pattern();
    if (!at(TokenKind::VerticalBar))
        return first;
    auto* p = make<MatchOr>(start.location);
    p->patterns.push_back(first);
    while (accept(TokenKind::VerticalBar))
        p->patterns.push_back(parse_closed_pattern());
    p->location = span_from(start.location);
    return p;
}

// A literal pattern's number: signed_number (NUMBER | '-' NUMBER), and complex_number
// (signed_real_number ('+' | '-') imaginary_number).
Expr* Parser::parse_pattern_number() {
    Token const start = peek();
    Expr* value;
    if (at(TokenKind::Minus)) {
        advance();
        Token const& number = expect(TokenKind::Number);
        auto* negative = make<UnaryOp>(start.location);
        negative->op = UnaryOperator::USub;
        negative->operand = parse_number(number);
        negative->location = span_from(start.location);
        value = negative;
    } else {
        value = parse_number(expect(TokenKind::Number));
    }
    if (at(TokenKind::Plus) || at(TokenKind::Minus)) {
        bool plus = at(TokenKind::Plus);
        advance();
        Token const& number = expect(TokenKind::Number);
        Expr* imaginary = parse_number(number);
        if (static_cast<Constant*>(imaginary)->type != Constant::Type::Complex)
            raise_at(imaginary->location, "imaginary number required in complex literal");
        if (value->kind == Expr::Kind::Constant && static_cast<Constant*>(value)->type == Constant::Type::Complex)
            raise_at(value->location, "real number required in complex literal");
        auto* sum = make<BinOp>(start.location);
        sum->left = value;
        sum->op = plus ? Operator::Add : Operator::Sub;
        sum->right = imaginary;
        sum->location = span_from(start.location);
        value = sum;
    }
    return value;
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
//               | sequence_pattern | mapping_pattern | class_pattern
Pattern* Parser::parse_closed_pattern() {
    Token const start = peek();
    switch (start.kind) {
    case TokenKind::Number:
    case TokenKind::Minus: {
        auto* p = make<MatchValue>(start.location);
        p->value = parse_pattern_number();
        p->location = span_from(start.location);
        return p;
    }
    case TokenKind::String: {
        auto* p = make<MatchValue>(start.location);
        p->value = parse_strings();  // an f-string is refused by the compiler, as CPython's does
        p->location = span_from(start.location);
        return p;
    }
    case TokenKind::None:
    case TokenKind::True:
    case TokenKind::False: {
        advance();
        auto* p = make<MatchSingleton>(start.location);
        p->value = start.kind == TokenKind::None ? Constant::Type::None
                   : start.kind == TokenKind::True ? Constant::Type::True
                                                   : Constant::Type::False;
        return p;
    }
    case TokenKind::LeftParen:
        return parse_group_or_sequence_pattern();
    case TokenKind::LeftBracket: {
        advance();
        auto* p = make<MatchSequence>(start.location);
        while (!at(TokenKind::RightBracket)) {
            p->patterns.push_back(parse_maybe_star_pattern());
            if (!accept(TokenKind::Comma))
                break;
        }
        expect(TokenKind::RightBracket);
        p->location = span_from(start.location);
        return p;
    }
    case TokenKind::LeftBrace:
        return parse_mapping_pattern();
    case TokenKind::Name:
        break;
    default:
        fail();
    }
    // A name: the wildcard, a capture, a dotted value, or a class pattern
    advance();
    Expr* dotted = nullptr;
    if (at(TokenKind::Dot) || at(TokenKind::LeftParen)) {
        dotted = make_name(start, ExprContext::Load);
        while (accept(TokenKind::Dot)) {
            auto* attribute = make<Attribute>(start.location);
            attribute->value = dotted;
            attribute->attr = std::string(expect(TokenKind::Name).text);
            attribute->location = span_from(start.location);
            dotted = attribute;
        }
        if (at(TokenKind::LeftParen))
            return parse_class_pattern(dotted, start);
        auto* p = make<MatchValue>(start.location);
        p->value = dotted;
        p->location = span_from(start.location);
        return p;
    }
    auto* p = make<MatchAs>(start.location);
    if (start.text != "_")
        p->name = std::string(start.text);
    return p;
}

// group_pattern: '(' pattern ')'
// sequence_pattern: '(' open_sequence_pattern? ')'
Pattern* Parser::parse_group_or_sequence_pattern() {
    Token const open = advance();
    auto* sequence = make<MatchSequence>(open.location);
    if (accept(TokenKind::RightParen)) {
        sequence->location = span_from(open.location);
        return sequence;
    }
    Pattern* first = parse_maybe_star_pattern();
    if (accept(TokenKind::RightParen)) {
        if (first->kind == Pattern::Kind::MatchStar)
            fail();
        return first;  // a group
    }
    expect(TokenKind::Comma);
    sequence->patterns.push_back(first);
    while (!at(TokenKind::RightParen)) {
        sequence->patterns.push_back(parse_maybe_star_pattern());
        if (!accept(TokenKind::Comma))
            break;
    }
    expect(TokenKind::RightParen);
    sequence->location = span_from(open.location);
    return sequence;
}

// mapping_pattern: '{' [items_pattern ','] [double_star_pattern ','] '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
Pattern* Parser::parse_mapping_pattern() {
    Token const open = advance();
    auto* p = make<MatchMapping>(open.location);
    while (!at(TokenKind::RightBrace)) {
        if (at(TokenKind::DoubleStar)) {
            advance();
            Token const& name = expect(TokenKind::Name);
            p->rest = std::string(name.text);
            accept(TokenKind::Comma);
            if (!at(TokenKind::RightBrace))
                fail();  // **rest comes last
            break;
        }
        Token const key_start = peek();
        Expr* key;
        switch (key_start.kind) {
        case TokenKind::Number:
        case TokenKind::Minus:
            key = parse_pattern_number();
            break;
        case TokenKind::String:
            key = parse_strings();
            break;
        case TokenKind::None:
        case TokenKind::True:
        case TokenKind::False:
            key = parse_atom();
            break;
        case TokenKind::Name: {
            advance();
            key = make_name(key_start, ExprContext::Load);
            if (!at(TokenKind::Dot))
                fail();  // a bare name is not a key
            while (accept(TokenKind::Dot)) {
                auto* attribute = make<Attribute>(key_start.location);
                attribute->value = key;
                attribute->attr = std::string(expect(TokenKind::Name).text);
                attribute->location = span_from(key_start.location);
                key = attribute;
            }
            break;
        }
        default:
            fail();
        }
        expect(TokenKind::Colon);
        p->keys.push_back(key);
        p->patterns.push_back(parse_pattern());
        if (!accept(TokenKind::Comma))
            break;
    }
    expect(TokenKind::RightBrace);
    p->location = span_from(open.location);
    return p;
}

// class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns ','] ')'
Pattern* Parser::parse_class_pattern(Expr* cls, Token const& start) {
    advance();  // '('
    auto* p = make<MatchClass>(start.location);
    p->cls = cls;
    while (!at(TokenKind::RightParen)) {
        if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
            p->kwd_attrs.emplace_back(advance().text);
            advance();  // '='
            p->kwd_patterns.push_back(parse_pattern());
        } else {
            Pattern* positional = parse_pattern();
            if (!p->kwd_attrs.empty())
                // CPython: invalid_class_pattern
                raise_range(positional->location, positional->location,
                            "positional patterns follow keyword patterns");
            p->patterns.push_back(positional);
        }
        if (!accept(TokenKind::Comma))
            break;
    }
    expect(TokenKind::RightParen);
    p->location = span_from(start.location);
    return p;
}

} // namespace weft::front
