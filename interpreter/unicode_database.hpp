// The Unicode Character Database beyond what str needs (unicode.hpp): character names (for unicodedata and the
// \N{...} escapes of string literals), properties, decompositions, numeric values and normalization. The tables
// are generated at build time from Debian's unicode-data package (unicode_database_gen.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace weft::unicode {

// The UCD's version (Debian's unicode-data).
extern char const* const database_version;

struct Properties {
    char const* category;          // "Lu", ...; "Cn" for unassigned code points
    char const* bidirectional;     // "L", ...; "" for unassigned code points
    int combining;                 // the canonical combining class
    char const* east_asian_width;  // "N", "W", ...
    bool mirrored;
};
Properties properties(char32_t c);

// The character's name ("LATIN SMALL LETTER A"), or "" when it has none (controls, unassigned, private use).
std::string name_of(char32_t c);
// The code point a name designates, in any letter case: a character name or an alias (NameAliases.txt). With
// `sequences`, a named sequence (NamedSequences.txt) is accepted too and returned in `sequence`.
std::optional<char32_t> code_point_named(std::string_view name);
std::optional<std::u32string> lookup(std::string_view name);  // names, aliases and named sequences (unicodedata.lookup)

// The decomposition as UnicodeData.txt writes it ("<compat> 0020 0301"), or "" when there is none.
std::string decomposition(char32_t c);
// The numeric value (UnicodeData.txt and Unihan's), if the character has one.
std::optional<double> numeric_value(char32_t c);

// Unicode normalization: form is "NFC", "NFD", "NFKC" or "NFKD".
std::u32string normalize(std::string_view form, std::u32string const& text);

} // namespace weft::unicode
