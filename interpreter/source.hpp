// Source text and positions: SourceFile (name, text, line starts) and SourceLocation.
// Everything the front end produces carries a SourceLocation into a SourceFile.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace weft::front {

// A range in the source. Lines are 1-based; columns are 0-based UTF-8 byte offsets, as CPython's
// lineno/col_offset/end_lineno/end_col_offset.
struct SourceLocation {
    int line = 0;
    int column = 0;
    int end_line = 0;
    int end_column = 0;
};

class SourceFile {
public:
    SourceFile(std::string name, std::string text);

    std::string const& name() const { return m_name; }
    std::string const& text() const { return m_text; }
    // The text of 1-based line `line`, without its line terminator; empty when out of range.
    std::string_view line_text(int line) const;
    int line_count() const { return static_cast<int>(line_starts().size()); }

private:
    std::vector<std::uint32_t> const& line_starts() const;

    std::string m_name;
    std::string m_text;
    mutable std::vector<std::uint32_t> m_line_starts;  // byte offset of the start of each line, made on first use
};

// Reads a whole file ("-" is standard input) into `out`; on failure returns errno's value, else 0. POSIX
// reads, not iostreams: the script runner starts in about a millisecond and iostreams' static set-up
// would be a tenth of that.
int read_source_file(std::string const& path, std::string& out);

// PEP 263: a file's text as UTF-8, after the encoding its first or second line may declare in a comment
// (`# -*- coding: latin-1 -*-`). UTF-8 and Latin-1 (with their aliases) and ASCII are known; for any other name
// returns false with the name in `unknown` (CPython: "encoding problem: NAME" for a script, "unknown encoding:
// NAME" for a module). Strings given to exec() and compile() have no declaration (CPython ignores it there).
bool apply_declared_encoding(std::string& text, std::string& unknown);

// Number of code points in the first `byte_column` bytes of a UTF-8 line (CPython reports
// character offsets in SyntaxError and counts carets in characters).
int character_column(std::string_view line, int byte_column);

// A syntax error found by the lexer, parser, symbol table or compiler. `kind` is the Python class
// name: SyntaxError, IndentationError or TabError.
struct SyntaxErrorReport {
    std::string kind = "SyntaxError";
    std::string message;
    SourceLocation location;  // end_line/end_column may equal line/column+1 for a single caret
    // The error arose because the input ended (an open bracket or triple-quoted string, a block or statement
    // still expecting more): more input could complete it (CPython: the tokenizer's E_EOF, "incomplete input")
    bool at_end_of_input = false;
};

} // namespace weft::front
