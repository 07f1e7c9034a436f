// String literals: implicit concatenation, escape sequences and f-strings, as CPython 3.11 does them
// (Parser/string_parser.c and _PyPegen_concatenate_strings in Parser/action_helpers.c). An f-string is one
// STRING token; its replacement fields are found by scanning its text, and each expression is tokenized and
// parsed on its own, as "(expr)", by a sub-parser (so 3.11's rules hold: no backslash, no '#', no reuse of
// the enclosing quote inside a replacement field).
#include "interpreter/parser_impl.hpp"
#include "interpreter/text.hpp"
#include "interpreter/unicode_database.hpp"

#include <cstdio>
#include <memory>

namespace weft::front {

namespace {

constexpr int max_fstring_nesting = 200; // CPython: MAXLEVEL, for the brackets of one f-string expression

struct StringLiteral {
    bool bytes = false;
    bool raw = false;
    bool fstring = false;
    std::string_view body; // between the quotes
};

// CPython: the prefix and quote handling of _PyPegen_parsestr().
StringLiteral read_literal(std::string_view text) {
    StringLiteral literal;
    std::size_t i = 0;
    for (; i < text.size() && text[i] != '\'' && text[i] != '"'; ++i) {
        char const c = static_cast<char>(text[i] | 0x20);
        literal.bytes = literal.bytes || c == 'b';
        literal.raw = literal.raw || c == 'r';
        literal.fstring = literal.fstring || c == 'f';
    }
    char const quote = text[i];
    std::size_t quote_size = 1;
    if (text.size() - i >= 6 && text[i + 1] == quote && text[i + 2] == quote)
        quote_size = 3;
    literal.body = text.substr(i + quote_size, text.size() - i - 2 * quote_size);
    return literal;
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hex_value(char c) {
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// Appends the text with its line breaks translated to '\n', as CPython's tokenizer reads them.
void append_translated(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out += c;
        }
    }
}

// CPython: the 'unicodeescape' decoder (_PyUnicode_DecodeUnicodeEscape) over a str literal's body. Returns
// false and an error message in CPython's words when an escape is malformed. Positions in the message count
// bytes of the decoder's input, where CPython has rewritten each non-ASCII character as a 10-byte \U escape.
// The escapes that stand for one fixed character, shared by str and bytes literals (CPython:
// Parser/string_parser.c decode_unicode_with_escapes / _PyBytes_DecodeEscape); 0 for any other escape.
// The value of an octal escape whose first digit `first` was read; up to two more digits follow at `i`.
unsigned octal_escape(std::string_view body, std::size_t& i, char first) {
    unsigned value = static_cast<unsigned>(first - '0');
    for (int digits = 1; digits < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++digits)
        value = value * 8 + static_cast<unsigned>(body[i++] - '0');
    return value;
}

char simple_escape(char e) {
    switch (e) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'b': return '\b';
    case 'f': return '\f';
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'v': return '\v';
    case 'a': return '\a';
    default: return 0;
    }
}

bool decode_unicode_escapes(std::string_view body, std::string& out, std::string& error) {
    std::size_t position = 0; // in CPython's rewritten buffer
    auto fail = [&](std::size_t start, std::size_t end, char const* message) {
        char text[160];
        if (end == start + 1)
            std::snprintf(text, sizeof text,
                          "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s",
                          start, message);
        else
            std::snprintf(text, sizeof text,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                          start, end - 1, message);
        error = text;
        return false;
    };
    std::size_t i = 0;
    while (i < body.size()) {
        char const c = body[i];
        if (c != '\\') {
            if (c == '\r') {
                out += '\n';
                i += i + 1 < body.size() && body[i + 1] == '\n' ? 2 : 1;
                ++position;
                continue;
            }
            auto const byte = static_cast<unsigned char>(c);
            out += c;
            ++i;
            if (byte < 0x80)
                ++position;
            else if (!text::is_continuation_byte(c))
                position += 10;
            continue;
        }
        std::size_t const start = position;
        ++i;
        ++position;
        if (i >= body.size()) {
            out += '\\'; // CPython rewrites a final backslash as \u005c
            break;
        }
        char const e = body[i++];
        ++position;
        if (char const simple = simple_escape(e)) {
            out += simple;
            continue;
        }
        switch (e) {
        case '\n':
            break; // a line continuation inside the literal
        case '\r':
            if (i < body.size() && body[i] == '\n')
                ++i;
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            std::size_t const before = i;
            text::append_utf8(out, static_cast<char32_t>(octal_escape(body, i, e)));
            position += i - before;
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            char const* message = e == 'x'   ? "truncated \\xXX escape"
                                  : e == 'u' ? "truncated \\uXXXX escape"
                                             : "truncated \\UXXXXXXXX escape";
            char32_t value = 0;
            for (; count > 0; --count) {
                if (i >= body.size() || !is_hex(body[i]))
                    return fail(start, position, message);
                value = value * 16 + static_cast<char32_t>(hex_value(body[i++]));
                ++position;
            }
            if (value > 0x10FFFF)
                return fail(start, position, "illegal Unicode character");
            text::append_utf8(out, value);
            break;
        }
        case 'N': {
            // \N{name}: a character's name or alias, in any case (interpreter/unicode_database.hpp)
            if (i >= body.size() || body[i] != '{')
                return fail(start, position + (i < body.size() ? 0 : 0), "malformed \\N character escape");
            std::size_t close = body.find('}', i);
            if (close == std::string_view::npos)
                return fail(start, position + (body.size() - i), "malformed \\N character escape");
            std::size_t const name_length = close - i - 1;
            position += close - i + 1;
            if (name_length == 0)
                return fail(start, position - 1, "malformed \\N character escape");
            auto named = unicode::code_point_named(body.substr(i + 1, name_length));
            if (!named) return fail(start, position, "unknown Unicode character name");
            text::append_utf8(out, *named);
            i = close + 1;
            break;
        }
        default:
            // An invalid escape keeps its backslash (CPython warns: "invalid escape sequence").
            out += '\\';
            out += e;
            if (static_cast<unsigned char>(e) >= 0xC0) {
                // the first byte of a multi-byte character: copy the rest of it
                while (i < body.size() && text::is_continuation_byte(body[i]))
                    out += body[i++];
                position += 10 - 1;
            }
            break;
        }
    }
    return true;
}

// CPython: _PyBytes_DecodeEscape() for a bytes literal's body.
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error) {
    std::size_t i = 0;
    while (i < body.size()) {
        char const c = body[i];
        if (c != '\\') {
            if (c == '\r') {
                out += '\n';
                i += i + 1 < body.size() && body[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            out += c;
            ++i;
            continue;
        }
        std::size_t const start = i;
        ++i;
        if (i >= body.size()) {
            out += '\\';
            break;
        }
        char const e = body[i++];
        if (char const simple = simple_escape(e)) {
            out += simple;
            continue;
        }
        switch (e) {
        case '\n':
            break;
        case '\r':
            if (i < body.size() && body[i] == '\n')
                ++i;
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            out += static_cast<char>(octal_escape(body, i, e) & 0xFF);
            break;
        }
        case 'x':
            if (i + 1 < body.size() && is_hex(body[i]) && is_hex(body[i + 1])) {
                out += static_cast<char>(hex_value(body[i]) * 16 + hex_value(body[i + 1]));
                i += 2;
                break;
            }
            error = "(value error) invalid \\x escape at position " + std::to_string(start);
            return false;
        default:
            out += '\\';
            out += e;
            break;
        }
    }
    return true;
}

// Where a byte of the source is: line and line start, advanced monotonically through one token.
struct LineTracker {
    std::string_view text; // the whole source
    std::size_t position;
    int line;
    std::size_t line_start;

    void advance_to(std::size_t target) {
        while (position < target) {
            char const c = text[position++];
            if (c == '\n' || (c == '\r' && !(position < text.size() && text[position] == '\n'))) {
                ++line;
                line_start = position;
            }
        }
    }
};

// The pieces of one implicit concatenation (CPython: FstringParser), turned into a Constant or a JoinedStr.
struct ConcatenationState {
    std::string last_str;
    bool has_last_str = false;
    ExprList values;
    bool fmode = false;
};

} // namespace

namespace {

// Parses the f-strings of one concatenation. CPython: fstring_find_literal, fstring_find_expr,
// fstring_compile_expr, fstring_parse and _PyPegen_FstringParser_ConcatFstring.
class FStringParser {
  public:
    FStringParser(Parser& parser, Token const& first, Token const& last, bool u_kind)
        : m_parser(parser), m_first(first), m_last(last), m_u_kind(u_kind) {}

    // Parses the f-string token `t` (body [begin, end)) into `state`.
    void concat_fstring(ConcatenationState& state, Token const& t, char const* begin, char const* end,
                        bool raw) {
        std::string_view const text = m_parser.source().text();
        m_tracker = {text, static_cast<std::size_t>(t.text.data() - text.data()), t.location.line,
                     static_cast<std::size_t>(t.text.data() - text.data()) -
                         static_cast<std::size_t>(t.location.column)};
        char const* s = begin;
        concat(state, s, end, raw, 0, t);
    }

    Constant* make_str(std::string value) {
        auto* constant = m_parser.make<Constant>(extent());
        constant->type = Constant::Type::Str;
        constant->str_value = std::move(value);
        constant->u_prefix = m_u_kind;
        return constant;
    }

    SourceLocation extent() const {
        return {m_first.location.line, m_first.location.column, m_last.location.end_line,
                m_last.location.end_column};
    }

  private:
    [[noreturn]] void error(std::string message) { m_parser.raise_at_last_token(std::move(message)); }

    static void add_literal(ConcatenationState& state, std::string&& literal) {
        if (literal.empty())
            return;
        state.last_str += literal;
        state.has_last_str = true;
    }

    void flush_literal(ConcatenationState& state) {
        if (!state.has_last_str)
            return;
        state.values.push_back(make_str(std::move(state.last_str)));
        state.last_str.clear();
        state.has_last_str = false;
    }

    // CPython: _PyPegen_FstringParser_ConcatFstring().
    void concat(ConcatenationState& state, char const*& s, char const* end, bool raw, int recurse_level,
                Token const& t) {
        state.fmode = true;
        for (;;) {
            std::string literal;
            bool const doubled = find_literal(s, end, raw, literal, recurse_level);
            add_literal(state, std::move(literal));
            if (doubled)
                continue;
            if (s >= end || *s == '}')
                break;
            std::string expression_text;
            bool has_text = false;
            Expr* expression = find_expression(s, end, raw, recurse_level, expression_text, has_text, t);
            if (has_text) {
                state.last_str += expression_text;
                state.has_last_str = state.has_last_str || !expression_text.empty();
            }
            flush_literal(state);
            state.values.push_back(expression);
        }
        if (recurse_level == 0 && s < end - 1)
            error("f-string: unexpected end of string");
        if (recurse_level != 0 && (s >= end || *s != '}'))
            error("f-string: expecting '}'");
    }

    // CPython: fstring_find_literal(). Returns true when it stopped after a doubled brace.
    bool find_literal(char const*& str, char const* end, bool raw, std::string& literal, int recurse_level) {
        char const* s = str;
        char const* literal_start = s;
        bool doubled = false;
        char const* literal_end = nullptr;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') {
                        }
                        continue;
                    }
                    break;
                }
            }
            if (ch == '{' || ch == '}') {
                // Doubled braces are checked at the top level only: f'{0:{3}}' ends with two.
                if (recurse_level == 0) {
                    if (s < end && *s == ch) {
                        literal_end = s;
                        str = s + 1;
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        str = s - 1;
                        error("f-string: single '}' is not allowed");
                    }
                }
                --s;
                break;
            }
        }
        if (!doubled) {
            str = s;
            literal_end = s;
        }
        if (literal_end != literal_start) {
            std::string_view const piece(literal_start,
                                         static_cast<std::size_t>(literal_end - literal_start));
            if (raw) {
                append_translated(literal, piece);
            } else {
                std::string message;
                if (!decode_unicode_escapes(piece, literal, message))
                    error(message);
            }
        }
        return doubled;
    }

    // CPython: fstring_find_expr(). `s` stands on the '{'.
    Expr* find_expression(char const*& s, char const* end, bool raw, int recurse_level, std::string& text,
                          bool& has_text, Token const& t) {
        if (recurse_level >= 2)
            error("f-string: expressions nested too deeply");
        ++s;
        char const* const expression_start = s;
        char quote_char = 0;
        int string_type = 0;
        std::vector<char> brackets;
        for (; s < end; ++s) {
            char const ch = *s;
            if (ch == '\\')
                error("f-string expression part cannot include a backslash");
            if (quote_char != 0) {
                if (ch == quote_char) {
                    if (string_type == 3) {
                        if (s + 2 < end && s[1] == ch && s[2] == ch) {
                            s += 2;
                            string_type = 0;
                            quote_char = 0;
                        }
                    } else {
                        string_type = 0;
                        quote_char = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (s + 2 < end && s[1] == ch && s[2] == ch) {
                    string_type = 3;
                    s += 2;
                } else {
                    string_type = 1;
                }
                quote_char = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (brackets.size() >= static_cast<std::size_t>(max_fstring_nesting))
                    error("f-string: too many nested parenthesis");
                brackets.push_back(ch);
            } else if (ch == '#') {
                error("f-string expression part cannot include '#'");
            } else if (brackets.empty() &&
                       (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (s + 1 < end) {
                    char const next = s[1];
                    // "!=", "==", "<=" and ">=" do not end the expression; nor do lone '<' and '>'.
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                        (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                        ++s;
                        continue;
                    }
                    if (ch == '>' || ch == '<')
                        continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (brackets.empty())
                    error(std::string("f-string: unmatched '") + ch + "'");
                char const opening = brackets.back();
                brackets.pop_back();
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                      (opening == '{' && ch == '}')))
                    error(std::string("f-string: closing parenthesis '") + ch +
                          "' does not match opening parenthesis '" + opening + "'");
            }
        }
        char const* const expression_end = s;
        if (quote_char != 0)
            error("f-string: unterminated string");
        if (!brackets.empty())
            error(std::string("f-string: unmatched '") + brackets.back() + "'");
        if (s >= end)
            error("f-string: expecting '}'");

        // Compile the expression first, so that its errors come before those of the conversion and format
        // spec.
        Expr* expression = compile_expression(expression_start, expression_end, t);

        int conversion = -1;
        if (*s == '=') {
            // A self-documenting expression: its text, with the '=' and the blanks after it, goes in the
            // literal.
            ++s;
            while (s < end &&
                   (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v'))
                ++s;
            append_translated(
                text, std::string_view(expression_start, static_cast<std::size_t>(s - expression_start)));
            has_text = true;
        }
        if (s < end && *s == '!') {
            ++s;
            if (s >= end)
                error("f-string: expecting '}'");
            conversion = static_cast<unsigned char>(*s++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
                error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        Expr* format_spec = nullptr;
        if (s >= end)
            error("f-string: expecting '}'");
        if (*s == ':') {
            ++s;
            if (s >= end)
                error("f-string: expecting '}'");
            // The format spec is an f-string of its own (CPython: fstring_parse), one level deeper.
            ConcatenationState spec;
            concat(spec, s, end, raw, recurse_level + 1, t);
            if (spec.has_last_str) {
                // CPython: _PyPegen_FstringParser_Finish(p, &state, t, t) places the last piece at the token.
                Constant* piece = make_str(std::move(spec.last_str));
                piece->location = t.location;
                spec.values.push_back(piece);
            }
            auto* joined = m_parser.make<JoinedStr>(t.location);
            joined->values = std::move(spec.values);
            format_spec = joined;
        }
        if (s >= end || *s != '}')
            error("f-string: expecting '}'");
        ++s;
        if (has_text && format_spec == nullptr && conversion == -1)
            conversion = 'r';
        auto* formatted = m_parser.make<FormattedValue>(extent());
        formatted->value = expression;
        formatted->conversion = conversion;
        formatted->format_spec = format_spec;
        return formatted;
    }

    // CPython: fstring_compile_expr() and fstring_find_expr_location(): the expression [start, end) is parsed
    // as "(expr)" with the tokens at their places in the file. Errors inside it are reported with columns
    // relative to CPython's starting_col_offset.
    Expr* compile_expression(char const* start, char const* end, Token const& t) {
        char const* s = start;
        while (s != end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f'))
            ++s;
        if (s == end)
            error("f-string: empty expression not allowed");
        std::string_view const text = m_parser.source().text();
        std::size_t const open_brace = static_cast<std::size_t>(start - 1 - text.data());
        m_tracker.advance_to(open_brace);
        int const lines = m_tracker.line - t.location.line;
        bool newline_after_brace = true;
        for (char const* p = start; p < end && *p != '}' && *p != '\n' && *p != '\r'; ++p) {
            if (*p != ' ' && *p != '\t' && *p != '\f') {
                newline_after_brace = false;
                break;
            }
        }
        int columns = 0;
        if (!newline_after_brace) {
            columns = lines != 0 ? static_cast<int>(open_brace - m_tracker.line_start)
                                 : static_cast<int>(open_brace - m_tracker.line_start) - t.location.column;
        }
        FStringExpressionSpan span;
        span.open_brace = open_brace;
        span.end = static_cast<std::size_t>(end - text.data());
        span.line = m_tracker.line;
        span.line_start = m_tracker.line_start;
        span.column_shift = lines != 0 ? columns : t.location.column + columns;
        auto sub_parser = std::make_unique<Parser>(m_parser, span);
        return sub_parser->parse_fstring_input();
    }

    Parser& m_parser;
    Token const& m_first;
    Token const& m_last;
    bool m_u_kind;
    LineTracker m_tracker{};
};

} // namespace

// fstring: star_expressions, on the tokens of "(expr)".
Expr* Parser::parse_fstring_input() {
    try {
        return parse_star_expressions();
    } catch (ParseFailure const&) {
        raise_generic_syntax_error();
    }
}

// strings: STRING+
// CPython: _PyPegen_concatenate_strings(): str and bytes literals may not mix; any f-string makes the result
// a JoinedStr, whose literal parts are merged across the pieces.
Expr* Parser::parse_strings() {
    std::vector<Token const*> tokens;
    while (at(TokenKind::String))
        tokens.push_back(&advance());
    peek(); // CPython's STRING+ has read the next token when the concatenation is built
    Token const& first = *tokens.front();
    Token const& last = *tokens.back();
    SourceLocation const extent{first.location.line, first.location.column, last.location.end_line,
                                last.location.end_column};
    bool const u_kind = first.text[0] == 'u';
    FStringParser fstrings(*this, first, last, u_kind);
    ConcatenationState state;
    bool bytes_mode = false;
    std::string bytes;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token const& t = *tokens[i];
        StringLiteral const literal = read_literal(t.text);
        std::string value;
        if (!literal.fstring) {
            std::string message;
            if (literal.bytes) {
                for (char c : literal.body) {
                    if (static_cast<unsigned char>(c) >= 0x80)
                        raise_at(t.location, "bytes can only contain ASCII literal characters");
                }
                if (literal.raw)
                    append_translated(value, literal.body);
                else if (!decode_bytes_escapes(literal.body, value, message))
                    raise_at_last_token(message);
            } else if (literal.raw) {
                append_translated(value, literal.body);
            } else if (!decode_unicode_escapes(literal.body, value, message)) {
                raise_at_last_token(message);
            }
        }
        if (i != 0 && bytes_mode != literal.bytes)
            raise_at_last_token("cannot mix bytes and nonbytes literals");
        bytes_mode = literal.bytes;
        if (literal.fstring) {
            fstrings.concat_fstring(state, t, literal.body.data(), literal.body.data() + literal.body.size(),
                                    literal.raw);
        } else if (bytes_mode) {
            bytes += value;
        } else if (!value.empty()) {
            state.last_str += value;
            state.has_last_str = true;
        }
    }
    if (bytes_mode) {
        auto* constant = make<Constant>(extent);
        constant->type = Constant::Type::Bytes;
        constant->str_value = std::move(bytes);
        return constant;
    }
    if (!state.fmode)
        return fstrings.make_str(std::move(state.last_str));
    if (state.has_last_str)
        state.values.push_back(fstrings.make_str(std::move(state.last_str)));
    auto* joined = make<JoinedStr>(extent);
    joined->values = std::move(state.values);
    return joined;
}

} // namespace weft::front
