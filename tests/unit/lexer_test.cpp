// Lexer tests: token streams and tokenizer errors, one behaviour per test. Expected values follow
// CPython 3.11's tokenizer (Parser/tokenizer.c); error offsets are checked against what python3.11 reports.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "interpreter/lexer.hpp"
#include "interpreter/source.hpp"

using namespace weft::front;

namespace {

// The tokens of `text` as "KIND text" ("NAME x", "NUMBER 0x1F", "( (", "NEWLINE", "INDENT", ...), up to and
// including ENDMARKER, or up to an error, shown as "ERROR <message>".
std::vector<std::string> tokens(std::string text) {
    SourceFile source("<test>", std::move(text));
    Lexer lexer(source);
    std::vector<std::string> result;
    for (int guard = 0; guard < 10000; ++guard) {
        Token const token = lexer.next();
        if (token.kind == TokenKind::Error) {
            result.push_back("ERROR " + lexer.error().message);
            break;
        }
        std::string entry(token_kind_display(token.kind));
        bool const fixed_text = token.kind != TokenKind::Name && token.kind != TokenKind::Number &&
                                token.kind != TokenKind::String;
        if (!fixed_text)
            entry += " " + std::string(token.text);
        result.push_back(entry);
        if (token.kind == TokenKind::EndOfFile)
            break;
    }
    return result;
}

// The first token of `text` with its location.
Token first_token(SourceFile const& source, int skip = 0) {
    Lexer lexer(source);
    Token token = lexer.next();
    for (int i = 0; i < skip; ++i)
        token = lexer.next();
    return token;
}

SyntaxErrorReport lexer_error(std::string text) {
    SourceFile source("<test>", std::move(text));
    Lexer lexer(source);
    for (int guard = 0; guard < 10000; ++guard) {
        Token const token = lexer.next();
        if (token.kind == TokenKind::Error)
            return lexer.error();
        if (token.kind == TokenKind::EndOfFile)
            break;
    }
    return {};
}

using Tokens = std::vector<std::string>;

} // namespace

TEST(Lexer, DedentAtEndOfFile) {
    EXPECT_EQ(tokens("if x:\n    y\n"),
              (Tokens{"if", "NAME x", ":", "NEWLINE", "INDENT", "NAME y", "NEWLINE", "DEDENT", "ENDMARKER"}));
}

TEST(Lexer, NestedBlocksCloseWithOneDedentPerLevel) {
    EXPECT_EQ(tokens("if a:\n  if b:\n    c\nd\n"),
              (Tokens{"if", "NAME a", ":", "NEWLINE", "INDENT", "if", "NAME b", ":", "NEWLINE", "INDENT",
                      "NAME c", "NEWLINE", "DEDENT", "DEDENT", "NAME d", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, BlankAndCommentLinesProduceNoTokens) {
    EXPECT_EQ(tokens("x\n\n   # comment\n\t\ny\n"),
              (Tokens{"NAME x", "NEWLINE", "NAME y", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, NewlinesInsideBracketsAreJoined) {
    EXPECT_EQ(tokens("f(a,\n      b)\n"),
              (Tokens{"NAME f", "(", "NAME a", ",", "NAME b", ")", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, BackslashJoinsLines) {
    EXPECT_EQ(tokens("x = 1 + \\\n    2\n"),
              (Tokens{"NAME x", "=", "NUMBER 1", "+", "NUMBER 2", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, MissingFinalNewlineIsSupplied) {
    EXPECT_EQ(tokens("x = 1"), (Tokens{"NAME x", "=", "NUMBER 1", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, CarriageReturnsEndLines) {
    EXPECT_EQ(tokens("a\r\nb\rc\n"),
              (Tokens{"NAME a", "NEWLINE", "NAME b", "NEWLINE", "NAME c", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, TabAdvancesToNextMultipleOfEight) {
    // A tab and eight spaces are the same column, and both line up the same way with tabs counted as one.
    EXPECT_EQ(tokens("if x:\n\ta\n\tb\n"), (Tokens{"if", "NAME x", ":", "NEWLINE", "INDENT", "NAME a",
                                                   "NEWLINE", "NAME b", "NEWLINE", "DEDENT", "ENDMARKER"}));
}

TEST(Lexer, TabsAndSpacesMixedInconsistentlyAreTabError) {
    SyntaxErrorReport const error = lexer_error("if x:\n\tpass\n        y\n");
    EXPECT_EQ(error.kind, "TabError");
    EXPECT_EQ(error.message, "inconsistent use of tabs and spaces in indentation");
    EXPECT_EQ(error.location.line, 3);
}

TEST(Lexer, UnindentToUnknownLevelIsIndentationError) {
    SyntaxErrorReport const error = lexer_error("if x:\n    pass\n  y\n");
    EXPECT_EQ(error.kind, "IndentationError");
    EXPECT_EQ(error.message, "unindent does not match any outer indentation level");
    EXPECT_EQ(error.location.line, 3);
}

TEST(Lexer, IntegersWithPrefixesAndUnderscores) {
    EXPECT_EQ(tokens("0x1F 0o17 0b1_01 1_000 00\n"),
              (Tokens{"NUMBER 0x1F", "NUMBER 0o17", "NUMBER 0b1_01", "NUMBER 1_000", "NUMBER 00", "NEWLINE",
                      "ENDMARKER"}));
}

TEST(Lexer, FloatsExponentsAndImaginaryNumbers) {
    EXPECT_EQ(tokens("1.5 .5 1. 1e10 1E-3 2j 1.5J\n"),
              (Tokens{"NUMBER 1.5", "NUMBER .5", "NUMBER 1.", "NUMBER 1e10", "NUMBER 1E-3", "NUMBER 2j",
                      "NUMBER 1.5J", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, NumberFollowedByKeywordSplits) {
    // CPython only warns for "1if", "0xfor": the number ends before the keyword.
    EXPECT_EQ(tokens("1if x else 2\n"),
              (Tokens{"NUMBER 1", "if", "NAME x", "else", "NUMBER 2", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, NumberFollowedByNameIsInvalidDecimalLiteral) {
    SyntaxErrorReport const error = lexer_error("x = 1a\n");
    EXPECT_EQ(error.message, "invalid decimal literal");
    // CPython: offset 5, the digit before the letter (0-based column 4).
    EXPECT_EQ(error.location.line, 1);
    EXPECT_EQ(error.location.column, 4);
}

TEST(Lexer, LeadingZerosAreRejected) {
    SyntaxErrorReport const error = lexer_error("x = 08\n");
    EXPECT_EQ(
        error.message,
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    EXPECT_EQ(error.location.column, 4);
    EXPECT_EQ(error.location.end_column, 5);
}

TEST(Lexer, InvalidDigitInBinaryLiteral) {
    EXPECT_EQ(lexer_error("0b102\n").message, "invalid digit '2' in binary literal");
}

TEST(Lexer, StringPrefixesInAnyCase) {
    EXPECT_EQ(tokens("rb'a' Br\"b\" F'c' u'd' RF'e'\n"),
              (Tokens{"STRING rb'a'", "STRING Br\"b\"", "STRING F'c'", "STRING u'd'", "STRING RF'e'",
                      "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, InvalidPrefixIsANameThenAString) {
    EXPECT_EQ(tokens("ub'x'\n"), (Tokens{"NAME ub", "STRING 'x'", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, TripleQuotedStringSpansLines) {
    SourceFile source("<test>", "x = '''a\nb''' + 1\n");
    Token const string = first_token(source, 2);
    EXPECT_EQ(string.kind, TokenKind::String);
    EXPECT_EQ(string.location.line, 1);
    EXPECT_EQ(string.location.column, 4);
    EXPECT_EQ(string.location.end_line, 2);
    EXPECT_EQ(string.location.end_column, 4);
}

TEST(Lexer, UnterminatedStringNamesTheLineWhereItWasNoticed) {
    SyntaxErrorReport const error = lexer_error("x = 1\ns = '''abc\nmore\n");
    EXPECT_EQ(error.message, "unterminated triple-quoted string literal (detected at line 3)");
    EXPECT_EQ(error.location.line, 2);
    EXPECT_EQ(error.location.column, 4);
}

TEST(Lexer, FStringIsOneToken) {
    EXPECT_EQ(tokens("f\"a{x!r:>{w}}\"\n"), (Tokens{"STRING f\"a{x!r:>{w}}\"", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, SoftKeywordsAreNames) {
    EXPECT_EQ(tokens("match case _ async\n"),
              (Tokens{"NAME match", "NAME case", "NAME _", "async", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, NonAsciiIdentifiersAreNames) {
    EXPECT_EQ(tokens("\xC3\xA9t\xC3\xA9 = 1\n"),
              (Tokens{"NAME \xC3\xA9t\xC3\xA9", "=", "NUMBER 1", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, SymbolInIdentifierIsInvalidCharacter) {
    SyntaxErrorReport const error = lexer_error("x = a\xE2\x82\xAC\n");
    EXPECT_EQ(error.message, "invalid character '\xE2\x82\xAC' (U+20AC)");
    EXPECT_EQ(error.location.column, 5);
}

TEST(Lexer, OperatorsTakeTheLongestMatch) {
    EXPECT_EQ(tokens("a **= b //= c -> d := e ... f != g <<= h\n"),
              (Tokens{"NAME a", "**=", "NAME b", "//=", "NAME c", "->", "NAME d", ":=", "NAME e", "...",
                      "NAME f", "!=", "NAME g", "<<=", "NAME h", "NEWLINE", "ENDMARKER"}));
}

TEST(Lexer, CommentStartsTheNewlineToken) {
    SourceFile source("<test>", "x  # note\n");
    Token const newline = first_token(source, 1);
    EXPECT_EQ(newline.kind, TokenKind::Newline);
    EXPECT_EQ(newline.location.column, 3);
    EXPECT_EQ(newline.location.end_column, 9);
}

TEST(Lexer, UnmatchedClosingBracket) {
    SyntaxErrorReport const error = lexer_error("x = 1)\n");
    EXPECT_EQ(error.message, "unmatched ')'");
    EXPECT_EQ(error.location.column, 5);
}

TEST(Lexer, MismatchedClosingBracketNamesTheOpeningOne) {
    EXPECT_EQ(lexer_error("x = (1,\n2]\n").message,
              "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
}

TEST(Lexer, BracketLeftOpenAtEndOfFile) {
    SyntaxErrorReport const error = lexer_error("x = [1,\n2\n");
    EXPECT_EQ(error.message, "'[' was never closed");
    EXPECT_EQ(error.location.line, 1);
    EXPECT_EQ(error.location.column, 4);
}

TEST(Lexer, TwoHundredAndOneNestedBracketsAreTooMany) {
    EXPECT_EQ(lexer_error(std::string(201, '(')).message, "too many nested parentheses");
    EXPECT_EQ(lexer_error(std::string(200, '(')).message, "'(' was never closed");
}

TEST(Lexer, CharacterAfterLineContinuation) {
    SyntaxErrorReport const error = lexer_error("x = 1 \\ y\n");
    EXPECT_EQ(error.message, "unexpected character after line continuation character");
    EXPECT_EQ(error.location.column, 7);
}

TEST(Lexer, NullByteIsRejected) {
    EXPECT_EQ(lexer_error(std::string("x = 1\ny = 2\0\n", 13)).message,
              "source code cannot contain null bytes");
}

TEST(Lexer, BytesThatAreNotUtf8EndTheInputAtTheirLine) {
    // The line is reached through a backslash in the indentation, where no token starts.
    SyntaxErrorReport const error = lexer_error("if x:\n \\\ne\xe9\xe9 = 1\n");
    EXPECT_EQ(error.message, "Non-UTF-8 code starting with '\\xe9' in file <test> on line 3, but no encoding "
                             "declared; see https://peps.python.org/pep-0263/ for details");
}

TEST(Lexer, FStringExpressionIsParenthesized) {
    // CPython 3.11 tokenizes the expression of f"{a + b}" as "(a + b)".
    SourceFile source("<test>", "f\"{a + b}\"\n");
    FStringExpressionSpan span;
    span.open_brace = 2;
    span.end = 8;
    span.line = 1;
    span.line_start = 0;
    span.column_shift = 2;
    Lexer lexer(source, span);
    std::vector<std::string> kinds;
    for (Token token = lexer.next(); token.kind != TokenKind::EndOfFile; token = lexer.next())
        kinds.emplace_back(token_kind_display(token.kind));
    EXPECT_EQ(kinds, (Tokens{"(", "NAME", "+", "NAME", ")", "NEWLINE"}));
}
