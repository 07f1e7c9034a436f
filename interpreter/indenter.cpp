// The lexer's line and nesting bookkeeping: construction, INDENT/DEDENT at line starts, continuation lines,
// bracket nesting, identifiers outside ASCII, the f-string expression mode and the error reports.
// CPython: Parser/tokenizer.c (tok_get's indentation block, verify_identifier, syntaxerror) and
// Parser/pegen_errors.c (tokenizer_error), 3.11. The token rules themselves are in lexer.re.
#include "interpreter/lexer.hpp"

#include <cstdio>
#include <cstring>

#include "interpreter/text.hpp"

namespace weft::front {

namespace {

// Length of the valid UTF-8 sequence at [p, end), or 0 when it is not valid (overlong forms, surrogates and
// code points past U+10FFFF included).
int utf8_sequence_length(unsigned char const* p, unsigned char const* end) {
    unsigned const b0 = p[0];
    if (b0 < 0x80)
        return 1;
    int length;
    char32_t minimum;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        minimum = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        minimum = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    char32_t code = b0 & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        if (!text::is_continuation_byte(static_cast<char>(p[i])))
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return length;
}


// Whether `c` may appear in an identifier (XID_Continue), or start one (XID_Start). An approximation of
// CPython's _PyUnicode_ScanIdentifier that rejects the punctuation, symbol and space blocks and accepts the
// letters, marks and digits of every script.
bool is_identifier_code_point(char32_t c, bool first) {
    if (c < 0x80) {
        bool const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        return letter || (!first && c >= '0' && c <= '9');
    }
    if (!text::is_printable(c))
        return false;
    if (c >= 0xA1 && c <= 0xBF)
        return c == 0xAA || c == 0xB5 || c == 0xBA || (!first && c == 0xB7);
    if (c == 0xD7 || c == 0xF7)
        return false;
    if (first && c >= 0x300 && c <= 0x36F) // combining marks continue an identifier only
        return false;
    if (c >= 0x2010 && c <= 0x205E) // general punctuation, but the connectors (Pc) continue identifiers
        return !first && (c == 0x203F || c == 0x2040 || c == 0x2054);
    if ((c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x245F) || (c >= 0x2500 && c <= 0x2BFF) ||
        (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) ||
        c == 0x30FB || (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE32) ||
        (c >= 0xFE35 && c <= 0xFE4C) || (c >= 0xFE50 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF0F) ||
        (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF3E) || c == 0xFF40 ||
        (c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFFF9 && c <= 0xFFFD) || (c >= 0x1F000 && c <= 0x1FAFF))
        return false;
    return true;
}

} // namespace


Lexer::Lexer(SourceFile const& source, bool interactive) : m_source(source), m_interactive(interactive) {
    std::string const& text = source.text();
    m_text = text.data();
    m_limit = m_text + text.size();
    m_cursor = m_text;
    m_line_start = m_text;
    m_previous_line_start = m_text;
    // CPython decodes a UTF-8 byte order mark away before tokenizing; columns count from after it.
    if (text.size() >= 3 && std::memcmp(m_text, "\xEF\xBB\xBF", 3) == 0) {
        m_cursor += 3;
        m_line_start = m_cursor;
    }
    // CPython appends a newline to input that does not end with one (translate_newlines, tok_underflow_file).
    m_virtual_newline = text.empty() || (text.back() != '\n' && text.back() != '\r');
    m_end = m_limit + (m_virtual_newline ? 1 : 0);
    find_unreadable_line();
}

Lexer::Lexer(SourceFile const& source, FStringExpressionSpan const& span) : m_source(source), m_span(span) {
    m_text = source.text().data();
    m_cursor = m_text + span.open_brace + 1;
    m_limit = m_text + span.end;
    m_end = m_limit;
    m_line = span.line;
    m_line_start = m_text + span.line_start;
    m_previous_line_start = m_line_start;
    m_fstring_expression = true;
    m_at_line_start = false;
}

// CPython reads a file line by line and fails on the first line with a NUL byte or bytes that are not UTF-8
// (tok_underflow_file, decoding_fgets). Finding that line up front lets the lexer fail when it gets there.
void Lexer::find_unreadable_line() {
    auto const* p = reinterpret_cast<unsigned char const*>(m_cursor);
    auto const* end = reinterpret_cast<unsigned char const*>(m_limit);
    int line = 1;
    while (p < end) {
        unsigned char const c = *p;
        if (c == '\n' || c == '\r') {
            if (c == '\r' && p + 1 < end && p[1] == '\n')
                ++p;
            ++p;
            ++line;
            continue;
        }
        if (c == 0) {
            m_unreadable_line = line;
            m_unreadable_message = "source code cannot contain null bytes";
            return;
        }
        int const length = utf8_sequence_length(p, end);
        if (length == 0) {
            char message[64];
            std::snprintf(message, sizeof message, "Non-UTF-8 code starting with '\\x%.2x' in file ", c);
            m_unreadable_line = line;
            m_unreadable_message =
                message + m_source.name() + " on line " + std::to_string(line) +
                ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
            return;
        }
        p += length;
    }
}

// CPython shows the line of a NUL byte, without a caret; bytes that are not UTF-8 get no location at all (line -1:
// the SyntaxError has no filename or line, see make_syntax_error).
Token Lexer::fail_unreadable() {
    SourceLocation location{-1, 0, -1, 0};
    if (m_unreadable_message.starts_with("source code"))
        location = {m_unreadable_line, -1, m_unreadable_line, -1};
    return fail_at(location, m_unreadable_message, "SyntaxError", true);
}

Token Lexer::next() {
    if (m_failed)
        return position_token(TokenKind::Error);
    if (m_fstring_expression && m_fstring_state != 1) {
        // The parentheses CPython 3.11 puts around an f-string expression, and the end of its input.
        Token token;
        token.text = {};
        if (m_fstring_state == 0) {
            m_fstring_state = 1;
            m_token_start = m_text + m_span.open_brace;
            m_cursor = m_token_start + 1;
            open_bracket('(');
            token = make_token(TokenKind::LeftParen);
            // CPython puts '(' at its starting_col_offset (see parse_fstring.cpp).
            token.location.column = m_span.column_shift;
            token.location.end_column = m_span.column_shift + 1;
            token.text = "(";
            return token;
        }
        if (m_fstring_state == 2) {
            m_fstring_state = 3;
            token = make_token(TokenKind::Newline);
            token.text = {};
            return token;
        }
        return position_token(TokenKind::EndOfFile);
    }
    if (m_pending_indents > 0) {
        --m_pending_indents;
        return position_token(TokenKind::Indent);
    }
    if (m_pending_indents < 0) {
        ++m_pending_indents;
        return position_token(TokenKind::Dedent);
    }
    return lex_token();
}

// The indentation of a new line (CPython: the `tok->atbol` block of tok_get()). Blank lines, and lines inside
// brackets, change nothing. Sets m_pending_indents; returns false with an Error token on an indentation
// error.
bool Lexer::read_indentation(Token& token) {
    int column = 0;
    int alt_column = 0; // with tabs counted as one column: must order lines the same way (else TabError)
    int continuation_column = 0;
    for (;;) {
        if (at_end(m_cursor))
            break;
        unsigned char const c = peek(m_cursor);
        if (c == ' ') {
            ++column;
            ++alt_column;
        } else if (c == '\t') {
            column = (column / tab_size + 1) * tab_size;
            ++alt_column;
        } else if (c == '\f') {
            column = alt_column = 0; // form feed resets the column, "for Emacs users"
        } else if (c == '\\') {
            // The first backslash decides the indentation of what follows it.
            continuation_column = continuation_column != 0 ? continuation_column : column;
            if (!begin_continuation_line(m_cursor)) {
                token = position_token(TokenKind::Error);
                return false;
            }
            continue;
        } else {
            break;
        }
        ++m_cursor;
    }
    if (m_interactive && at_end(m_cursor) && m_virtual_newline && m_indent > 0 && m_bracket_level == 0) {
        // The last line is inside a block and no empty line ended it: the block may go on.
        SourceLocation location = end_of_input_location();
        token = fail_at({location.line, location.column - 1, location.line, -2}, "unexpected EOF while parsing");
        m_error.at_end_of_input = true;
        return false;
    }
    unsigned char const next = at_end(m_cursor) ? 0 : peek(m_cursor);
    m_blank_line = !at_end(m_cursor) && (next == '#' || next == '\n' || next == '\r');
    if (m_blank_line || m_bracket_level > 0)
        return true;
    if (continuation_column != 0)
        column = alt_column = continuation_column;
    // CPython: indenterror() reports TabError at column 0 with end_offset 0.
    auto tab_error = [&] {
        token = fail_at({m_line, 0, m_line, -1}, "inconsistent use of tabs and spaces in indentation",
                        "TabError");
        return false;
    };
    if (column == m_indent_columns[m_indent]) {
        if (alt_column != m_alt_indent_columns[m_indent])
            return tab_error();
    } else if (column > m_indent_columns[m_indent]) {
        if (m_indent + 1 >= max_indent_levels) {
            token = fail_at({m_line, 0, m_line, -1}, "too many levels of indentation", "IndentationError");
            return false;
        }
        if (alt_column <= m_alt_indent_columns[m_indent])
            return tab_error();
        ++m_pending_indents;
        ++m_indent;
        m_indent_columns[m_indent] = column;
        m_alt_indent_columns[m_indent] = alt_column;
    } else {
        while (m_indent > 0 && column < m_indent_columns[m_indent]) {
            --m_pending_indents;
            --m_indent;
        }
        if (column != m_indent_columns[m_indent]) {
            // CPython (E_DEDENT) reports it where the tokenizer stands: at the end of the line.
            char const* line_end = m_cursor;
            while (!at_end(line_end) && peek(line_end) != '\n' && peek(line_end) != '\r')
                ++line_end;
            token = fail_at({m_line, column_of(line_end), m_line, -2},
                            "unindent does not match any outer indentation level", "IndentationError");
            return false;
        }
        if (alt_column != m_alt_indent_columns[m_indent])
            return tab_error();
    }
    return true;
}

// A backslash at `backslash` joins the next line to this one (CPython: tok_continuation_line()).
bool Lexer::begin_continuation_line(char const* backslash) {
    char const* p = backslash + 1;
    unsigned char const c = at_end(p) ? 0 : peek(p);
    if (at_end(p) || (c != '\n' && c != '\r')) {
        // CPython (E_LINECONT) points at the character after the backslash, with end_offset 0.
        int const column = column_of(p);
        fail_at({m_line, column, m_line, -1}, "unexpected character after line continuation character");
        return false;
    }
    ++p;
    if (c == '\r' && !at_end(p) && peek(p) == '\n')
        ++p;
    advance_line(p);
    m_cursor = p;
    if (at_end(p)) {
        // CPython (E_EOF): end of input right after the continuation.
        m_cursor = m_end;
        if (m_bracket_level > 0) {
            Bracket const& open = innermost_bracket();
            fail_at({open.line, open.column, open.line, -1},
                    std::string("'") + open.kind + "' was never closed");
        } else {
            SourceLocation location = end_of_input_location();
            fail_at({location.line, location.column - 1, location.line, -2}, "unexpected EOF while parsing");
        }
        m_error.at_end_of_input = true;
        return false;
    }
    return true;
}

void Lexer::advance_line(char const* next_line_start) {
    m_previous_line_start = m_line_start;
    m_line_start = next_line_start;
    ++m_line;
}

// CPython: the bracket cases of tok_get(), with its limit of 200 levels.
bool Lexer::open_bracket(char kind) {
    if (m_bracket_level >= max_bracket_level) {
        fail(m_cursor, "too many nested parentheses");
        return false;
    }
    m_brackets[m_bracket_level++] = {kind, m_line, column_of(m_token_start)};
    return true;
}

bool Lexer::close_bracket(char kind) {
    if (m_bracket_level == 0) {
        fail(m_cursor, std::string("unmatched '") + kind + "'");
        return false;
    }
    Bracket const open = m_brackets[--m_bracket_level];
    char const expected = open.kind == '(' ? ')' : open.kind == '[' ? ']' : '}';
    if (kind != expected) {
        std::string message = std::string("closing parenthesis '") + kind +
                              "' does not match opening parenthesis '" + open.kind + "'";
        if (open.line != m_line)
            message += " on line " + std::to_string(open.line);
        fail(m_cursor, message);
        return false;
    }
    return true;
}

// CPython: verify_identifier(). An identifier with bytes outside ASCII must consist of identifier characters;
// the error points at the first one that is not.
bool Lexer::verify_identifier(char const* begin, char const* end) {
    char const* p = begin;
    bool first = true;
    while (p < end) {
        int const length = utf8_sequence_length(reinterpret_cast<unsigned char const*>(p),
                                                reinterpret_cast<unsigned char const*>(end));
        if (length == 0) {
            // Bytes that are not UTF-8: CPython would have stopped reading the file at their line.
            fail_unreadable();
            return false;
        }
        std::size_t pos = static_cast<std::size_t>(p - begin);
        char32_t const c = text::next_code_point(std::string_view(begin, static_cast<std::size_t>(end - begin)), pos);
        p = begin + pos;
        if (!is_identifier_code_point(c, first)) {
            char message[64];
            if (!text::is_printable(c)) {
                std::snprintf(message, sizeof message, "invalid non-printable character U+%04X",
                              static_cast<unsigned>(c));
                fail(p, message);
            } else {
                std::string text = "invalid character '";
                text::append_utf8(text, c);
                std::snprintf(message, sizeof message, "' (U+%04X)", static_cast<unsigned>(c));
                fail(p, text + message);
            }
            return false;
        }
        first = false;
    }
    return true;
}

// Reached the end of the input: close the f-string expression, fail inside brackets, or end the file.
Token Lexer::end_of_input() {
    if (m_fstring_expression) {
        m_fstring_state = 2;
        m_token_start = m_limit;
        m_cursor = m_limit + 1;
        close_bracket(')');
        Token token = make_token(TokenKind::RightParen);
        token.text = ")";
        m_cursor = m_limit;
        return token;
    }
    if (m_bracket_level > 0) {
        // CPython: raise_unclosed_parentheses_error().
        Bracket const& open = innermost_bracket();
        Token token = fail_at({open.line, open.column, open.line, -1}, std::string("'") + open.kind + "' was never closed");
        m_error.at_end_of_input = true;
        return token;
    }
    return position_token(TokenKind::EndOfFile);
}

// Where CPython's tokenizer stands at the end of input: on the last line read, after its last byte.
SourceLocation Lexer::end_of_input_location() const {
    if (m_line_start >= m_end && m_line > 1) {
        int const column = static_cast<int>(m_end - m_previous_line_start);
        return {m_line - 1, column, m_line - 1, column};
    }
    int const column = static_cast<int>(m_end - m_line_start);
    return {m_line, column, m_line, column};
}

Token Lexer::position_token(TokenKind kind) {
    Token token;
    token.kind = kind;
    token.level = static_cast<std::uint16_t>(m_bracket_level);
    if (at_end(m_cursor) && !m_fstring_expression) {
        token.location = end_of_input_location();
    } else {
        int const column = column_of(m_cursor);
        token.location = {m_line, column, m_line, column};
    }
    return token;
}

// An error CPython's tokenizer reports with syntaxerror(): the offset counts the characters before `cursor`,
// so the column is that of the character just before it.
Token Lexer::fail(char const* cursor, std::string message, bool raised_by_tokenizer) {
    char const* p = cursor;
    if (p > m_line_start) {
        --p;
        while (p > m_line_start && text::is_continuation_byte(*p))
            --p;
    } else {
        p = m_line_start - 1;
    }
    int const column = column_of(p);
    return fail_at({m_line, column, m_line, column}, std::move(message), "SyntaxError", raised_by_tokenizer);
}

Token Lexer::fail_at(SourceLocation location, std::string message, char const* kind,
                     bool raised_by_tokenizer) {
    if (m_fstring_expression && location.line != 0) {
        // CPython tokenizes "(expr)" on its own: lines count from the one with '{', and columns on that line
        // from the '{'.
        if (location.line == m_span.line) {
            int const shift = static_cast<int>(m_span.open_brace - m_span.line_start);
            location.column -= shift;
            if (location.end_column >= 0)
                location.end_column -= shift;
        }
        location.line = location.line - m_span.line + 1;
        location.end_line = location.end_line - m_span.line + 1;
    }
    m_failed = true;
    m_error_raised_by_tokenizer = raised_by_tokenizer;
    m_error.kind = kind;
    m_error.message = std::move(message);
    m_error.location = location;
    Token token;
    token.kind = TokenKind::Error;
    token.level = static_cast<std::uint16_t>(m_bracket_level);
    token.location = location;
    return token;
}

} // namespace weft::front
