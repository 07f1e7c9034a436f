// The lexer: source text to tokens as CPython 3.11's Parser/tokenizer.c makes them, error messages included.
// lexer.re holds the token rules (re2c) with number and string scanning; indenter.cpp the line starts
// (INDENT/DEDENT, blank lines), bracket nesting, the f-string expression mode and error reports.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "interpreter/source.hpp"
#include "interpreter/token.hpp"

namespace weft::front {

constexpr int max_indent_levels = 100; // CPython: MAXINDENT ("too many levels of indentation")
constexpr int max_bracket_level = 200; // CPython: MAXLEVEL ("too many nested parentheses")
constexpr int tab_size = 8;            // CPython: TABSIZE; a tab advances to the next multiple of 8

// The expression of an f-string replacement field. CPython 3.11 (Parser/string_parser.c fstring_compile_expr)
// tokenizes it apart, as "(expr)": the '{' stands for '(' and the character that ends the expression ('}',
// '!', ':' or '=') for ')'.
struct FStringExpressionSpan {
    std::size_t open_brace = 0; // byte offset of the '{'
    std::size_t end = 0;        // byte offset of the character that ends the expression
    int line = 0;               // line of the '{'
    std::size_t line_start = 0; // byte offset of the start of that line
    int column_shift = 0;       // CPython's starting_col_offset: error columns inside the expression are
                                // reported relative to it (see parse_fstring.cpp)
};


class Lexer {
  public:
    // Tokenizes a whole file. `interactive`: input that ends inside an indented block without a final newline
    // is incomplete rather than closed by implied dedents (CPython: PyCF_DONT_IMPLY_DEDENT, as codeop asks).
    explicit Lexer(SourceFile const& source, bool interactive = false);
    // Tokenizes an f-string expression: LeftParen, the expression's tokens, RightParen, Newline, EndOfFile.
    Lexer(SourceFile const& source, FStringExpressionSpan const& span);

    // The next token. After an error every call returns an Error token, and error() describes the error.
    Token next();

    SyntaxErrorReport const& error() const { return m_error; }
    // True when CPython's tokenizer raises this error itself (syntaxerror() in tokenizer.c), so that it takes
    // precedence over a generic "invalid syntax" found earlier; false for the errors the parser reports for
    // it (unexpected EOF, indentation errors).
    bool error_raised_by_tokenizer() const { return m_error_raised_by_tokenizer; }

    struct Bracket {
        char kind = 0; // '(', '[' or '{'
        int line = 0;
        int column = 0; // byte column
    };
    int bracket_level() const { return m_bracket_level; }
    // The innermost open bracket; only valid when bracket_level() > 0.
    Bracket const& innermost_bracket() const { return m_brackets[m_bracket_level - 1]; }

  private:
    // lexer.re
    Token lex_token();
    Token scan_number();
    Token scan_string(char const* quote);
    Token make_token(TokenKind kind);
    Token bracket_token(bool accepted, TokenKind kind);
    bool check_end_of_number(char const* after, int c, char const* kind);

    // indenter.cpp
    void find_unreadable_line();
    bool read_indentation(Token& token);
    bool begin_continuation_line(char const* backslash);
    void advance_line(char const* next_line_start);
    bool open_bracket(char kind);
    bool close_bracket(char kind);
    bool verify_identifier(char const* begin, char const* end);
    Token end_of_input();
    Token fail_unreadable();
    Token position_token(TokenKind kind); // INDENT, DEDENT, ENDMARKER: a position, no extent
    Token fail(char const* cursor, std::string message, bool raised_by_tokenizer = true);
    Token fail_at(SourceLocation location, std::string message, char const* kind = "SyntaxError",
                  bool raised_by_tokenizer = false);
    int column_of(char const* p) const { return static_cast<int>(p - m_line_start); }
    SourceLocation end_of_input_location() const;

    unsigned char peek(char const* p) const {
        if (p < m_limit)
            return static_cast<unsigned char>(*p);
        return p == m_limit && m_virtual_newline ? '\n' : '\0';
    }
    bool at_end(char const* p) const { return p >= m_end; }

    SourceFile const& m_source;
    char const* m_text = nullptr;   // start of the source text
    char const* m_limit = nullptr;  // end of the bytes to read
    char const* m_end = nullptr;    // end of input: m_limit, plus one for a supplied final newline
    bool m_virtual_newline = false; // the text does not end in a line break: one is supplied, as CPython does
    char const* m_cursor = nullptr; // next byte to read
    char const* m_marker = nullptr; // re2c backtracking point
    char const* m_token_start = nullptr; // first byte of the token being read
    char const* m_line_start = nullptr;  // first byte of the current line
    char const* m_previous_line_start = nullptr;
    int m_line = 1;

    bool m_at_line_start = true; // the next read starts a line: measure its indentation first
    bool m_blank_line = false;   // the current line holds only blanks and a comment: it produces no NEWLINE
    int m_pending_indents = 0;   // INDENT (> 0) or DEDENT (< 0) tokens still to produce
    bool m_interactive = false;  // see the constructor
    int m_indent = 0;            // index of the current level in the stacks below
    // The column of each open indentation level, with tabs to multiples of 8; and again with tabs counted as
    // one column: both must order the lines alike, or it is a TabError.
    std::array<int, max_indent_levels> m_indent_columns{};
    std::array<int, max_indent_levels> m_alt_indent_columns{};
    std::array<Bracket, max_bracket_level> m_brackets{};
    int m_bracket_level = 0;
    char const* m_comment_start = nullptr; // a comment before the line break: NEWLINE starts there

    // The first line CPython could not read (a NUL byte or invalid UTF-8), reported when the lexer gets
    // there.
    int m_unreadable_line = 0;
    std::string m_unreadable_message;

    // f-string expression mode (see FStringExpressionSpan).
    bool m_fstring_expression = false;
    int m_fstring_state = 0; // 0: emit '(', 1: expression tokens, 2: ')' emitted, 3: NEWLINE emitted
    FStringExpressionSpan m_span;

    bool m_failed = false;
    bool m_error_raised_by_tokenizer = false;
    SyntaxErrorReport m_error;
};

} // namespace weft::front
