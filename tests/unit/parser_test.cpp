// Parser tests: ast_dump() compared with CPython's ast.dump(), plain and with locations, and syntax errors
// compared with CPython's (message, lineno, offset, end_lineno, end_offset), for every snippet of
// parser_cases.txt. The expected values are in parser_golden.txt, written by tests/tools/gen_parser_golden.py
// with python3.11. A few more tests pin the limits on nesting.
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "interpreter/ast.hpp"
#include "interpreter/parser.hpp"
#include "interpreter/source.hpp"

#ifndef WEFT_SOURCE_DIR
#error "WEFT_SOURCE_DIR must name the source tree (tests/unit/CMakeLists.txt defines it)"
#endif

using namespace weft::front;

namespace {

struct Case {
    std::string name;
    std::string source;
    std::vector<std::string>
        golden; // "dump ...", "located ..." or "error ...", "message ...", "location ..."
};

std::string read_file(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The escapes of "(escaped)" cases, as gen_parser_golden.py decodes them: \n \t \r \\ \xNN.
std::string unescape(std::string_view line) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size()) {
            char const e = line[i + 1];
            if (e == 'n' || e == 't' || e == 'r' || e == '\\') {
                out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : '\\';
                ++i;
                continue;
            }
            if (e == 'x' && i + 3 < line.size()) {
                out += static_cast<char>(std::stoi(std::string(line.substr(i + 2, 2)), nullptr, 16));
                i += 3;
                continue;
            }
        }
        out += line[i];
    }
    return out;
}

// Splits a file into its "=== <name>" sections: name, whether "(escaped)" follows it, and the text after it.
std::vector<std::pair<std::string, std::string>> sections(std::string const& text,
                                                          std::vector<bool>* escaped) {
    std::vector<std::pair<std::string, std::string>> result;
    std::size_t position = 0;
    while (position < text.size()) {
        std::size_t end = text.find('\n', position);
        if (end == std::string::npos)
            end = text.size();
        std::string_view const line(text.data() + position, end - position);
        if (line.starts_with("=== ")) {
            std::string name(line.substr(4));
            bool const is_escaped = name.ends_with(" (escaped)");
            if (is_escaped)
                name.resize(name.size() - 10);
            result.emplace_back(name, "");
            if (escaped != nullptr)
                escaped->push_back(is_escaped);
        } else if (!result.empty()) {
            result.back().second.append(text, position, end - position);
            if (end < text.size())
                result.back().second += '\n';
        }
        position = end + 1;
    }
    return result;
}

std::vector<Case> load_cases() {
    std::string const directory = std::string(WEFT_SOURCE_DIR) + "/tests/unit/";
    std::vector<bool> escaped;
    auto const sources = sections(read_file(directory + "parser_cases.txt"), &escaped);
    auto const golden = sections(read_file(directory + "parser_golden.txt"), nullptr);
    std::vector<Case> cases;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        Case test_case;
        test_case.name = sources[i].first;
        test_case.source = escaped[i] ? unescape(sources[i].second.substr(0, sources[i].second.find('\n')))
                                      : sources[i].second;
        for (auto const& [name, text] : golden) {
            if (name != test_case.name)
                continue;
            std::istringstream lines(text);
            for (std::string line; std::getline(lines, line);)
                test_case.golden.push_back(line);
        }
        cases.push_back(std::move(test_case));
    }
    return cases;
}

std::vector<Case> const& all_cases() {
    static std::vector<Case> const cases = load_cases();
    return cases;
}

// CPython's SyntaxError offsets from a report: both columns converted with the error's first line, as
// _PyPegen_raise_error_known_location does (1-based character offsets; negative columns encode 0 and -1).
std::string cpython_location(SourceFile const& source, SyntaxErrorReport const& error) {
    std::string_view const line = source.line_text(error.location.line);
    auto offset = [&](int column) {
        if (column < 0)
            return column + 1;
        std::size_t const bytes =
            std::min<std::size_t>(static_cast<std::size_t>(column) + 1, line.size() + 1);
        int characters = 0; // a character cut short counts as one, as CPython decodes with "replace"
        for (std::size_t i = 0; i < bytes && i < line.size(); ++i)
            characters += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80 ? 1 : 0;
        return characters + (bytes > line.size() ? 1 : 0);
    };
    return "location " + std::to_string(error.location.line) + " " +
           std::to_string(offset(error.location.column)) + " " + std::to_string(error.location.end_line) +
           " " + std::to_string(offset(error.location.end_column));
}

std::string golden_line(Case const& test_case, std::string_view key) {
    for (std::string const& line : test_case.golden) {
        if (line.starts_with(key) && line.size() > key.size() && line[key.size()] == ' ')
            return line.substr(key.size() + 1);
    }
    return "<missing in parser_golden.txt: run tests/tools/gen_parser_golden.py>";
}

// gtest prints a failing case by its name.
void PrintTo(Case const& test_case, std::ostream* out) {
    *out << test_case.name;
}

class ParserGolden : public testing::TestWithParam<Case> {};

} // namespace

TEST_P(ParserGolden, MatchesCPython) {
    Case const& test_case = GetParam();
    SourceFile const source("<case>", test_case.source);
    ParseResult const result = parse_module(source);
    bool const expects_tree = !test_case.golden.empty() && test_case.golden.front().starts_with("dump ");
    if (expects_tree) {
        ASSERT_TRUE(result.module != nullptr) << result.error->kind << ": " << result.error->message
                                              << " at line " << result.error->location.line;
        EXPECT_EQ(ast_dump(*result.module), golden_line(test_case, "dump"));
        EXPECT_EQ(ast_dump(*result.module, DumpAttributes::Yes), golden_line(test_case, "located"));
    } else {
        ASSERT_TRUE(result.error.has_value()) << ast_dump(*result.module);
        EXPECT_EQ(result.error->kind, golden_line(test_case, "error"));
        EXPECT_EQ(result.error->message, golden_line(test_case, "message"));
        EXPECT_EQ(cpython_location(source, *result.error), "location " + golden_line(test_case, "location"));
    }
}

INSTANTIATE_TEST_SUITE_P(CPython, ParserGolden, testing::ValuesIn(all_cases()),
                         [](testing::TestParamInfo<Case> const& param) { return param.param.name; });

TEST(Parser, EveryCaseHasAGoldenResult) {
    ASSERT_GE(all_cases().size(), 80u) << "parser_cases.txt not found or truncated";
    for (Case const& test_case : all_cases())
        EXPECT_FALSE(test_case.golden.empty()) << test_case.name << " has no entry in parser_golden.txt";
}

TEST(Parser, BigIntegersKeepTheirDecimalDigits) {
    SourceFile const source("<test>", "0xFFFFFFFFFFFFFFFFFFFF\n9223372036854775807\n");
    ParseResult const result = parse_module(source);
    ASSERT_TRUE(result.module != nullptr);
    auto const* big =
        static_cast<Constant const*>(static_cast<ExprStmt const*>(result.module->body[0])->value);
    auto const* fits =
        static_cast<Constant const*>(static_cast<ExprStmt const*>(result.module->body[1])->value);
    EXPECT_EQ(big->big_int, "1208925819614629174706175");
    EXPECT_TRUE(fits->big_int.empty());
    EXPECT_EQ(fits->int_value, INT64_MAX);
}

TEST(Parser, DumpsASingleExpression) {
    SourceFile const source("<test>", "f(x, *y)\n");
    ParseResult const result = parse_module(source);
    ASSERT_TRUE(result.module != nullptr);
    EXPECT_EQ(ast_dump(static_cast<ExprStmt const*>(result.module->body[0])->value),
              "Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load()), "
              "Starred(value=Name(id='y', ctx=Load()), ctx=Load())], keywords=[])");
}

TEST(Parser, TenThousandParenthesesAreTooManyNested) {
    SourceFile const source("<test>", "x=" + std::string(10000, '(') + std::string(10000, ')'));
    ParseResult const result = parse_module(source);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->message, "too many nested parentheses");
    EXPECT_EQ(cpython_location(source, *result.error), "location 1 203 1 203");
}

TEST(Parser, ThousandNestedIfsAreTooManyLevelsOfIndentation) {
    std::string text;
    for (int i = 0; i < 1000; ++i)
        text += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
    text += std::string(1000, ' ') + "pass\n";
    SourceFile const source("<test>", text);
    ParseResult const result = parse_module(source);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, "IndentationError");
    EXPECT_EQ(result.error->message, "too many levels of indentation");
    EXPECT_EQ(result.error->location.line, 101);
}

TEST(Parser, DeepUnaryChainIsParsedWithoutRecursion) {
    // CPython compiles 2998 nested minus signs in a script; one more exceeds its compiler's recursion limit.
    SourceFile const fits("<test>", "x = " + std::string(2998, '-') + "1\n");
    EXPECT_TRUE(parse_module(fits).module != nullptr);
    SourceFile const too_deep("<test>", "x = " + std::string(2999, '-') + "1\n");
    ParseResult const result = parse_module(too_deep);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, "RecursionError");
    EXPECT_EQ(result.error->message, "maximum recursion depth exceeded during compilation");
}

TEST(Parser, HundredThousandUnaryOperatorsDoNotCrash) {
    SourceFile const source("<test>", std::string(100000, '-') + "1\n");
    ParseResult const result = parse_module(source);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, "RecursionError");
}

TEST(Parser, LongAttributeChainIsTooDeepToCompile) {
    std::string text = "x";
    for (int i = 0; i < 100000; ++i)
        text += ".a";
    SourceFile const source("<test>", text);
    ParseResult const result = parse_module(source);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, "RecursionError");
}

TEST(Parser, NestedLambdaDefaultsExhaustTheParserStack) {
    std::string text;
    for (int i = 0; i < 2000; ++i)
        text += "lambda x=";
    text += "1";
    for (int i = 0; i < 2000; ++i)
        text += ": 0";
    SourceFile const source("<test>", text);
    ParseResult const result = parse_module(source);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, "MemoryError"); // CPython: "Parser stack overflowed", a MemoryError
}

TEST(Parser, LongFlatSequencesParse) {
    std::string text = "x = [";
    for (int i = 0; i < 100000; ++i)
        text += "1, ";
    text += "]\ny = ";
    for (int i = 0; i < 10000; ++i)
        text += "'a' ";
    SourceFile const source("<test>", text);
    ParseResult const result = parse_module(source);
    ASSERT_TRUE(result.module != nullptr);
    EXPECT_EQ(result.module->body.size(), 2u);
}

TEST(Parser, DocumentExamplesParse) {
    for (char const* name : {"countasync.py", "chained.py"}) {
        SourceFile const source(name, read_file(std::string(WEFT_SOURCE_DIR) + "/scripts/" + name));
        ASSERT_FALSE(source.text().empty()) << name << " not found";
        ParseResult const result = parse_module(source);
        EXPECT_TRUE(result.module != nullptr) << name << ": " << result.error->message;
    }
}
