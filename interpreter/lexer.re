// Token rules for the lexer (re2c 3.0; the build generates lexer.cpp from this file).
// CPython: Parser/tokenizer.c tok_get(), 3.11. re2c recognises each token; numbers and string bodies are then
// scanned by hand, as tok_get() does, so that their error messages and positions are CPython's.
#include "interpreter/lexer.hpp"

#include <cstdio>

namespace weft::front {

namespace {

constexpr int end_of_input_char = -1;  // CPython's EOF from tok_nextc()

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// CPython: is_potential_identifier_char(); every byte >= 128 may belong to an identifier.
bool is_identifier_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c >= 128;
}

} // namespace

// The token just read, or an Error token when its bracket was refused.
Token Lexer::bracket_token(bool accepted, TokenKind kind) {
    return accepted ? make_token(kind) : position_token(TokenKind::Error);
}

Token Lexer::make_token(TokenKind kind) {
    Token token;
    token.kind = kind;
    token.level = static_cast<std::uint16_t>(m_bracket_level);
    token.location = {m_line, column_of(m_token_start), m_line, column_of(m_cursor)};
    char const* text_end = m_cursor < m_limit ? m_cursor : m_limit;
    token.text = std::string_view(m_token_start, static_cast<std::size_t>(text_end - m_token_start));
    return token;
}

Token Lexer::lex_token() {
    for (;;) {
        if (m_unreadable_line != 0 && m_line >= m_unreadable_line)
            return fail_unreadable();
        if (m_at_line_start) {
            m_at_line_start = false;
            Token token;
            if (!read_indentation(token))
                return token;
            if (m_pending_indents != 0)
                return next();
        }
        // A line CPython could not read ends the input where the lexer gets to it (also through a backslash).
        if (m_unreadable_line != 0 && m_line >= m_unreadable_line)
            return fail_unreadable();
        m_token_start = m_cursor;
        /*!re2c
            re2c:api = custom;
            re2c:api:style = free-form;
            re2c:define:YYCTYPE = "unsigned char";
            re2c:define:YYPEEK = "peek(m_cursor)";
            re2c:define:YYSKIP = "++m_cursor;";
            re2c:define:YYBACKUP = "m_marker = m_cursor;";
            re2c:define:YYRESTORE = "m_cursor = m_marker;";
            re2c:yyfill:enable = 0;
            re2c:indent:string = "    ";
            re2c:indent:top = 2;

            identifier_start = [a-zA-Z_\x80-\xff];
            identifier_char = [a-zA-Z0-9_\x80-\xff];
            // CPython accepts these prefixes in any case: b r u f br rb fr rf (not ur, bu, fb ...).
            string_prefix = [bBrRuUfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];
            line_break = "\r\n" | "\r" | "\n";

            [ \t\f]+ { continue; }

            // A comment runs to the end of the line; the NEWLINE that follows starts where it starts.
            "#" [^\r\n\x00]* {
                m_comment_start = m_token_start;
                continue;
            }

            line_break {
                // Blank lines and line breaks inside brackets produce nothing (implicit line joining).
                bool const skip = m_blank_line || m_bracket_level > 0;
                Token token;
                if (!skip) {
                    char const* start = m_comment_start != nullptr ? m_comment_start : m_token_start;
                    token.kind = TokenKind::Newline;
                    token.level = static_cast<std::uint16_t>(m_bracket_level);
                    token.location = {m_line, column_of(start), m_line, column_of(m_token_start)};
                    token.text = std::string_view(m_token_start < m_limit ? m_token_start : m_limit,
                                                  m_token_start < m_limit ? 1 : 0);
                }
                m_comment_start = nullptr;
                advance_line(m_cursor);
                m_at_line_start = true;
                if (skip)
                    continue;
                return token;
            }

            "\\" {
                if (!begin_continuation_line(m_token_start))
                    return position_token(TokenKind::Error);
                continue;
            }

            identifier_start identifier_char* {
                bool ascii = true;
                for (char const* p = m_token_start; p < m_cursor; ++p)
                    ascii = ascii && static_cast<unsigned char>(*p) < 128;
                if (!ascii && !verify_identifier(m_token_start, m_cursor))
                    return position_token(TokenKind::Error);
                Token token = make_token(TokenKind::Name);
                token.kind = keyword_kind(token.text);
                return token;
            }

            string_prefix? ['"] { return scan_string(m_cursor - 1); }

            [0-9] | "." [0-9] {
                m_cursor = m_token_start;
                return scan_number();
            }

            "(" { return bracket_token(open_bracket('('), TokenKind::LeftParen); }
            "[" { return bracket_token(open_bracket('['), TokenKind::LeftBracket); }
            "{" { return bracket_token(open_bracket('{'), TokenKind::LeftBrace); }
            ")" { return bracket_token(close_bracket(')'), TokenKind::RightParen); }
            "]" { return bracket_token(close_bracket(']'), TokenKind::RightBracket); }
            "}" { return bracket_token(close_bracket('}'), TokenKind::RightBrace); }

            ":"   { return make_token(TokenKind::Colon); }
            ","   { return make_token(TokenKind::Comma); }
            ";"   { return make_token(TokenKind::Semicolon); }
            "+"   { return make_token(TokenKind::Plus); }
            "-"   { return make_token(TokenKind::Minus); }
            "*"   { return make_token(TokenKind::Star); }
            "/"   { return make_token(TokenKind::Slash); }
            "|"   { return make_token(TokenKind::VerticalBar); }
            "&"   { return make_token(TokenKind::Ampersand); }
            "<"   { return make_token(TokenKind::Less); }
            ">"   { return make_token(TokenKind::Greater); }
            "="   { return make_token(TokenKind::Equal); }
            "."   { return make_token(TokenKind::Dot); }
            "%"   { return make_token(TokenKind::Percent); }
            "=="  { return make_token(TokenKind::EqualEqual); }
            "!="  { return make_token(TokenKind::NotEqual); }
            "<="  { return make_token(TokenKind::LessEqual); }
            ">="  { return make_token(TokenKind::GreaterEqual); }
            "~"   { return make_token(TokenKind::Tilde); }
            "^"   { return make_token(TokenKind::Circumflex); }
            "<<"  { return make_token(TokenKind::LeftShift); }
            ">>"  { return make_token(TokenKind::RightShift); }
            "**"  { return make_token(TokenKind::DoubleStar); }
            "+="  { return make_token(TokenKind::PlusEqual); }
            "-="  { return make_token(TokenKind::MinusEqual); }
            "*="  { return make_token(TokenKind::StarEqual); }
            "/="  { return make_token(TokenKind::SlashEqual); }
            "%="  { return make_token(TokenKind::PercentEqual); }
            "&="  { return make_token(TokenKind::AmpersandEqual); }
            "|="  { return make_token(TokenKind::VerticalBarEqual); }
            "^="  { return make_token(TokenKind::CircumflexEqual); }
            "<<=" { return make_token(TokenKind::LeftShiftEqual); }
            ">>=" { return make_token(TokenKind::RightShiftEqual); }
            "**=" { return make_token(TokenKind::DoubleStarEqual); }
            "//"  { return make_token(TokenKind::DoubleSlash); }
            "//=" { return make_token(TokenKind::DoubleSlashEqual); }
            "@"   { return make_token(TokenKind::At); }
            "@="  { return make_token(TokenKind::AtEqual); }
            "->"  { return make_token(TokenKind::Arrow); }
            "..." { return make_token(TokenKind::Ellipsis); }
            ":="  { return make_token(TokenKind::ColonEqual); }
            "<>"  { return make_token(TokenKind::LessGreater); }

            [\x00] {
                if (at_end(m_token_start)) {
                    m_cursor = m_end;
                    return end_of_input();
                }
                SourceLocation const line{m_line, -1, m_line, -1};
                return fail_at(line, "source code cannot contain null bytes", "SyntaxError", true);
            }

            * {
                auto const c = static_cast<unsigned char>(*m_token_start);
                if (c < 0x20 || c == 0x7f) {
                    char message[48];
                    std::snprintf(message, sizeof message, "invalid non-printable character U+%04X", c);
                    return fail(m_cursor, message);
                }
                return make_token(TokenKind::Unknown);
            }
        */
    }
}

namespace {

// tok_nextc()/tok_backup() over the input: the end of input reads as end_of_input_char and does not advance;
// the final newline the lexer supplies (see Lexer::m_virtual_newline) reads as '\n'.
struct Cursor {
    char const* p;
    char const* limit;
    char const* end;

    int next() {
        if (p >= end)
            return end_of_input_char;
        if (p >= limit) {
            ++p;
            return '\n';
        }
        return static_cast<unsigned char>(*p++);
    }
    void backup(int c) {
        if (c != end_of_input_char)
            --p;
    }
    // CPython: lookahead(): `test` follows, and then no identifier character. Consumes nothing.
    bool lookahead(char const* test) {
        char const* saved = p;
        bool matched = true;
        for (; *test != '\0'; ++test) {
            if (next() != static_cast<unsigned char>(*test)) {
                matched = false;
                break;
            }
        }
        if (matched)
            matched = !is_identifier_char(next());
        p = saved;
        return matched;
    }
};

} // namespace

// CPython: verify_end_of_number(). A number may be followed directly by the keywords that can follow it in
// valid code ("1if x else y", on which CPython only warns); any other identifier character makes the
// literal invalid. `c` is the character after the number and `after` the position after it.
bool Lexer::check_end_of_number(char const* after, int c, char const* kind) {
    if (c == end_of_input_char)
        return true;
    Cursor in{after, m_limit, m_end};
    bool keyword = false;
    if (c == 'a') {
        keyword = in.lookahead("nd");
    } else if (c == 'e') {
        keyword = in.lookahead("lse");
    } else if (c == 'f') {
        keyword = in.lookahead("or");
    } else if (c == 'i') {
        int const c2 = in.next();
        keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
    } else if (c == 'o') {
        keyword = in.lookahead("r");
    } else if (c == 'n') {
        keyword = in.lookahead("ot");
    }
    if (!keyword && is_identifier_char(c)) {
        std::string message = "invalid ";
        message += kind;
        message += " literal";
        fail(after - 1, message);
        return false;
    }
    return true;
}

// CPython: the number branch of tok_get(), statement for statement (the labels are its own).
Token Lexer::scan_number() {
    Cursor in{m_token_start, m_limit, m_end};
    int c = in.next();
    int e = 0;
    bool nonzero = false;
    char const* zeros_end = nullptr;
    // The character after the number has just been read.
    auto verify_end = [&](int next_char, char const* kind) {
        return check_end_of_number(in.p, next_char, kind);
    };
    auto decimal_tail = [&]() {
        for (;;) {
            do {
                c = in.next();
            } while (is_digit(c));
            if (c != '_')
                break;
            c = in.next();
            if (!is_digit(c)) {
                in.backup(c);
                fail(in.p, "invalid decimal literal");
                return false;
            }
        }
        return true;
    };

    if (c == '.') {
        c = in.next();
        goto fraction;
    }
    if (c == '0') {
        c = in.next();
        if (c == 'x' || c == 'X') {
            c = in.next();
            do {
                if (c == '_')
                    c = in.next();
                if (!is_hex_digit(c)) {
                    in.backup(c);
                    return fail(in.p, "invalid hexadecimal literal");
                }
                do {
                    c = in.next();
                } while (is_hex_digit(c));
            } while (c == '_');
            if (!verify_end(c, "hexadecimal"))
                return position_token(TokenKind::Error);
        } else if (c == 'o' || c == 'O') {
            c = in.next();
            do {
                if (c == '_')
                    c = in.next();
                if (c < '0' || c >= '8') {
                    if (is_digit(c)) {
                        return fail(in.p, std::string("invalid digit '") + static_cast<char>(c) +
                                              "' in octal literal");
                    }
                    in.backup(c);
                    return fail(in.p, "invalid octal literal");
                }
                do {
                    c = in.next();
                } while ('0' <= c && c < '8');
            } while (c == '_');
            if (is_digit(c))
                return fail(in.p, std::string("invalid digit '") + static_cast<char>(c) +
                                      "' in octal literal");
            if (!verify_end(c, "octal"))
                return position_token(TokenKind::Error);
        } else if (c == 'b' || c == 'B') {
            c = in.next();
            do {
                if (c == '_')
                    c = in.next();
                if (c != '0' && c != '1') {
                    if (is_digit(c)) {
                        return fail(in.p, std::string("invalid digit '") + static_cast<char>(c) +
                                              "' in binary literal");
                    }
                    in.backup(c);
                    return fail(in.p, "invalid binary literal");
                }
                do {
                    c = in.next();
                } while (c == '0' || c == '1');
            } while (c == '_');
            if (is_digit(c))
                return fail(in.p, std::string("invalid digit '") + static_cast<char>(c) +
                                      "' in binary literal");
            if (!verify_end(c, "binary"))
                return position_token(TokenKind::Error);
        } else {
            // Maybe an old-style octal literal: now an error, but "0", "00" and "0.5" are fine.
            for (;;) {
                if (c == '_') {
                    c = in.next();
                    if (!is_digit(c)) {
                        in.backup(c);
                        return fail(in.p, "invalid decimal literal");
                    }
                }
                if (c != '0')
                    break;
                c = in.next();
            }
            zeros_end = in.p;
            if (is_digit(c)) {
                nonzero = true;
                if (!decimal_tail())
                    return position_token(TokenKind::Error);
            }
            if (c == '.') {
                c = in.next();
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                in.backup(c);
                // CPython: syntaxerror_known_range(tok, start + 1, zeros_end): 1-based columns.
                return fail_at({m_line, column_of(m_token_start), m_line, column_of(zeros_end) - 1},
                               "leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers",
                               "SyntaxError", true);
            }
            if (!verify_end(c, "decimal"))
                return position_token(TokenKind::Error);
        }
    } else {
        // Decimal, possibly a float or an imaginary number.
        if (!decimal_tail())
            return position_token(TokenKind::Error);
        if (c == '.') {
            c = in.next();
        fraction:
            if (is_digit(c)) {
                if (!decimal_tail())
                    return position_token(TokenKind::Error);
            }
        }
        if (c == 'e' || c == 'E') {
        exponent:
            e = c;
            c = in.next();
            if (c == '+' || c == '-') {
                c = in.next();
                if (!is_digit(c)) {
                    in.backup(c);
                    return fail(in.p, "invalid decimal literal");
                }
            } else if (!is_digit(c)) {
                in.backup(c);
                // "1else": the 'e' starts a keyword, not an exponent.
                if (!verify_end(e, "decimal"))
                    return position_token(TokenKind::Error);
                in.backup(e);
                m_cursor = in.p;
                return make_token(TokenKind::Number);
            }
            if (!decimal_tail())
                return position_token(TokenKind::Error);
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            c = in.next();
            if (!verify_end(c, "imaginary"))
                return position_token(TokenKind::Error);
        } else if (!verify_end(c, "decimal")) {
            return position_token(TokenKind::Error);
        }
    }
    in.backup(c);
    m_cursor = in.p;
    return make_token(TokenKind::Number);
}

// The body of a string literal, from its opening quote. CPython: the letter_quote branch of tok_get().
// The token covers prefix and quotes; an f-string is one token too, as in 3.11 (parse_fstring.cpp splits it).
Token Lexer::scan_string(char const* quote_position) {
    char const quote = *quote_position;
    int const first_line = m_line;
    char const* first_line_start = m_line_start;
    char const* p = quote_position + 1;
    int quote_size = 1;
    int end_quote_size = 0;
    if (!at_end(p) && peek(p) == static_cast<unsigned char>(quote)) {
        if (!at_end(p + 1) && peek(p + 1) == static_cast<unsigned char>(quote)) {
            quote_size = 3;
            p += 2;
        } else {
            end_quote_size = 1;  // the empty string
            p += 1;
        }
    }
    while (end_quote_size != quote_size) {
        int const c = at_end(p) ? end_of_input_char : peek(p);
        if (c == end_of_input_char || (quote_size == 1 && (c == '\n' || c == '\r'))) {
            // CPython reports an unterminated string at its first character, with the line where it noticed.
            int const detected = c == end_of_input_char ? end_of_input_location().line : m_line;
            std::string message = quote_size == 3 ? "unterminated triple-quoted string literal"
                                                  : "unterminated string literal";
            message += " (detected at line ";
            message += std::to_string(detected) + ")";
            int const column = static_cast<int>(m_token_start - first_line_start);
            m_line = first_line;
            m_line_start = first_line_start;
            Token token = fail_at({first_line, column, first_line, column}, message, "SyntaxError", true);
            m_error.at_end_of_input = quote_size == 3 && c == end_of_input_char;  // a triple-quoted string may go on
            return token;
        }
        ++p;
        if (c == quote) {
            ++end_quote_size;
            continue;
        }
        end_quote_size = 0;
        int line_break = c;
        if (c == '\\') {
            // A backslash escapes the next character, a line break included.
            line_break = at_end(p) ? end_of_input_char : peek(p);
            if (line_break != end_of_input_char)
                ++p;
        }
        if (line_break == '\r' && !at_end(p) && peek(p) == '\n')
            ++p;
        if (line_break == '\n' || line_break == '\r')
            advance_line(p);
    }
    m_cursor = p;
    Token token;
    token.kind = TokenKind::String;
    token.level = static_cast<std::uint16_t>(m_bracket_level);
    token.location = {first_line, static_cast<int>(m_token_start - first_line_start), m_line, column_of(p)};
    char const* const text_end = p < m_limit ? p : m_limit;
    token.text = std::string_view(m_token_start, static_cast<std::size_t>(text_end - m_token_start));
    return token;
}

} // namespace weft::front
