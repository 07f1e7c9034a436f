// Tokens: TokenKind (generated from tokens.def) and the Token record the lexer hands to the parser.
// A token does not own its text: it views the SourceFile it was read from.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "interpreter/source.hpp"

namespace weft::front {

enum class TokenKind : std::uint8_t {
#define TOKEN(name, display) name,
#include "interpreter/tokens.def"
};

struct Token {
    TokenKind kind = TokenKind::EndOfFile;
    // Bracket nesting depth after the token was read (CPython: Token.level). The parser asks it when deciding
    // whether "Perhaps you forgot a comma?" applies.
    std::uint16_t level = 0;
    // Where the token is. INDENT, DEDENT, ENDMARKER and ERRORTOKEN have no extent in CPython (col_offset -1):
    // for them line/column are where the lexer stood after reading them, and end == start.
    // NEWLINE starts at the comment before it, if any, and ends where the line break starts.
    SourceLocation location;
    std::string_view
        text; // the token's bytes in the source; empty for NEWLINE at end of file, INDENT, DEDENT
};

namespace detail {
struct KeywordEntry {
    std::string_view text;
    TokenKind kind;
};
inline constexpr KeywordEntry keyword_table[] = {
#define KEYWORD(name, text) {text, TokenKind::name},
#include "interpreter/tokens.def"
};
inline constexpr std::string_view token_display_table[] = {
#define TOKEN(name, display) display,
#include "interpreter/tokens.def"
};
} // namespace detail

// How CPython shows the kind: "NAME", "NEWLINE", an operator's text or a keyword.
constexpr std::string_view token_kind_display(TokenKind kind) {
    return detail::token_display_table[static_cast<std::size_t>(kind)];
}

// The keyword spelled `text`, or TokenKind::Name when `text` is not a keyword.
constexpr TokenKind keyword_kind(std::string_view text) {
    if (text.size() < 2 || text.size() > 8)
        return TokenKind::Name;
    for (auto const& entry : detail::keyword_table) {
        if (entry.text.size() == text.size() && entry.text == text)
            return entry.kind;
    }
    return TokenKind::Name;
}

constexpr bool is_keyword(TokenKind kind) {
    return kind >= TokenKind::False;
}

} // namespace weft::front
