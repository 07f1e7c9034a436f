// The format-spec mini-language against CPython 3.11's format(value, spec). The tables between the GENERATED
// markers come from `python3 tests/tools/gen_numeric_golden.py --write`; never edit them by hand.
#include "runtime/format_spec.hpp"

#include "runtime/types/float_format.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <string_view>

using namespace std::literals;
using weft::rt::BigInt;
using weft::rt::FormatSpec;
using weft::rt::FormatTarget;
using weft::rt::NumericErrorKind;
using weft::rt::NumericResult;

namespace {

std::string kind_name(NumericErrorKind kind) {
    switch (kind) {
    case NumericErrorKind::ValueError:
        return "ValueError";
    case NumericErrorKind::OverflowError:
        return "OverflowError";
    case NumericErrorKind::ZeroDivisionError:
        return "ZeroDivisionError";
    case NumericErrorKind::MemoryError:
        return "MemoryError";
    }
    return "?";
}

// The generator's rendering: the formatted text, or "!Kind: message".
std::string describe(NumericResult<std::string> const& result) {
    if (result)
        return *result;
    return "!" + kind_name(result.error().kind) + ": " + result.error().message;
}

std::string describe_error(NumericResult<FormatSpec> const& result) {
    return "!" + kind_name(result.error().kind) + ": " + result.error().message;
}

struct IntCase {
    char const* value;
    std::string_view spec;
    std::string_view expected;
};

// (n, spec, format(n, spec))
constexpr IntCase int_cases[] = {
    // clang-format off
// BEGIN GENERATED: format_int
{"0", "", "0"},
{"0", "d", "0"},
{"0", "5", "    0"},
{"0", "<5", "0    "},
{"0", ">8", "       0"},
{"0", "^9", "    0    "},
{"0", "*^9", "****0****"},
{"0", "0", "0"},
{"0", "08", "00000000"},
{"0", "010", "0000000000"},
{"0", "+", "+0"},
{"0", "-", "0"},
{"0", " ", " 0"},
{"0", "+d", "+0"},
{"0", " d", " 0"},
{"0", "=+8", "+      0"},
{"0", "=8", "       0"},
{"0", "x<8", "0xxxxxxx"},
{"0", "x<010", "0xxxxxxxxx"},
{"0", "\303\251>10,", "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\2510"},
{"0", "\360\237\230\200^9", "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\2000\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"},
{"0", ",", "0"},
{"0", "_", "0"},
{"0", "010,", "00,000,000"},
{"0", "09,", "0,000,000"},
{"0", "0=10,", "00,000,000"},
{"0", "x=10,", "xxxxxxxxx0"},
{"0", "020_", "0_000_000_000_000_000"},
{"0", "x", "0"},
{"0", "X", "0"},
{"0", "o", "0"},
{"0", "b", "0"},
{"0", "#x", "0x0"},
{"0", "#X", "0X0"},
{"0", "#o", "0o0"},
{"0", "#b", "0b0"},
{"0", "_x", "0"},
{"0", "_b", "0"},
{"0", "#_x", "0x0"},
{"0", "#_b", "0b0"},
{"0", "#020_x", "0x000_0000_0000_0000"},
{"0", "#010x", "0x00000000"},
{"0", "^#10x", "   0x0    "},
{"0", "0=#10x", "0x00000000"},
{"0", "_o", "0"},
{"0", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"0", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"0", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"0", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"0", "c", "\000"sv},
{"0", "5c", "    \000"sv},
{"0", "05c", "0000\000"sv},
{"0", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"0", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"0", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"0", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"0", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"0", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"0", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"0", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"0", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"0", "n", "0"},
{"0", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"0", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"0", "#n", "0"},
{"0", "e", "0.000000e+00"},
{"0", "E", "0.000000E+00"},
{"0", ".2e", "0.00e+00"},
{"0", "f", "0.000000"},
{"0", ".2f", "0.00"},
{"0", ",.2f", "0.00"},
{"0", "g", "0"},
{"0", "G", "0"},
{"0", "%", "0.000000%"},
{"0", ".1%", "0.0%"},
{"0", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"0", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"0", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"0", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"0", ".", "!ValueError: Format specifier missing precision"},
{"0", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"0", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"0", ",,", "!ValueError: Cannot specify ',' with ','."},
{"0", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"0", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"0", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"0", ">>5", ">>>>0"},
{"0", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"0", "<>5", "<<<<0"},
{"0", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"0", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"0", "\331\241\331\240", "         0"},
{"0", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"0", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"0", "=", "0"},
{"0", " =8", "       0"},
{"0", "_=8", "_______0"},
{"0", "^010", "0000000000"},
{"0", "<010", "0000000000"},
{"0", ">010", "0000000000"},
{"5", "", "5"},
{"5", "d", "5"},
{"5", "5", "    5"},
{"5", "<5", "5    "},
{"5", ">8", "       5"},
{"5", "^9", "    5    "},
{"5", "*^9", "****5****"},
{"5", "0", "5"},
{"5", "08", "00000005"},
{"5", "010", "0000000005"},
{"5", "+", "+5"},
{"5", "-", "5"},
{"5", " ", " 5"},
{"5", "+d", "+5"},
{"5", " d", " 5"},
{"5", "=+8", "+      5"},
{"5", "=8", "       5"},
{"5", "x<8", "5xxxxxxx"},
{"5", "x<010", "5xxxxxxxxx"},
{"5", "\303\251>10,", "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\2515"},
{"5", "\360\237\230\200^9", "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\2005\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"},
{"5", ",", "5"},
{"5", "_", "5"},
{"5", "010,", "00,000,005"},
{"5", "09,", "0,000,005"},
{"5", "0=10,", "00,000,005"},
{"5", "x=10,", "xxxxxxxxx5"},
{"5", "020_", "0_000_000_000_000_005"},
{"5", "x", "5"},
{"5", "X", "5"},
{"5", "o", "5"},
{"5", "b", "101"},
{"5", "#x", "0x5"},
{"5", "#X", "0X5"},
{"5", "#o", "0o5"},
{"5", "#b", "0b101"},
{"5", "_x", "5"},
{"5", "_b", "101"},
{"5", "#_x", "0x5"},
{"5", "#_b", "0b101"},
{"5", "#020_x", "0x000_0000_0000_0005"},
{"5", "#010x", "0x00000005"},
{"5", "^#10x", "   0x5    "},
{"5", "0=#10x", "0x00000005"},
{"5", "_o", "5"},
{"5", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"5", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"5", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"5", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"5", "c", "\005"},
{"5", "5c", "    \005"},
{"5", "05c", "0000\005"},
{"5", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"5", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"5", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"5", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"5", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"5", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"5", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"5", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"5", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"5", "n", "5"},
{"5", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"5", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"5", "#n", "5"},
{"5", "e", "5.000000e+00"},
{"5", "E", "5.000000E+00"},
{"5", ".2e", "5.00e+00"},
{"5", "f", "5.000000"},
{"5", ".2f", "5.00"},
{"5", ",.2f", "5.00"},
{"5", "g", "5"},
{"5", "G", "5"},
{"5", "%", "500.000000%"},
{"5", ".1%", "500.0%"},
{"5", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"5", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"5", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"5", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"5", ".", "!ValueError: Format specifier missing precision"},
{"5", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"5", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"5", ",,", "!ValueError: Cannot specify ',' with ','."},
{"5", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"5", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"5", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"5", ">>5", ">>>>5"},
{"5", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"5", "<>5", "<<<<5"},
{"5", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"5", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"5", "\331\241\331\240", "         5"},
{"5", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"5", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"5", "=", "5"},
{"5", " =8", "       5"},
{"5", "_=8", "_______5"},
{"5", "^010", "0000500000"},
{"5", "<010", "5000000000"},
{"5", ">010", "0000000005"},
{"-5", "", "-5"},
{"-5", "d", "-5"},
{"-5", "5", "   -5"},
{"-5", "<5", "-5   "},
{"-5", ">8", "      -5"},
{"-5", "^9", "   -5    "},
{"-5", "*^9", "***-5****"},
{"-5", "0", "-5"},
{"-5", "08", "-0000005"},
{"-5", "010", "-000000005"},
{"-5", "+", "-5"},
{"-5", "-", "-5"},
{"-5", " ", "-5"},
{"-5", "+d", "-5"},
{"-5", " d", "-5"},
{"-5", "=+8", "-      5"},
{"-5", "=8", "-      5"},
{"-5", "x<8", "-5xxxxxx"},
{"-5", "x<010", "-5xxxxxxxx"},
{"-5", "\303\251>10,", "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251-5"},
{"-5", "\360\237\230\200^9", "\360\237\230\200\360\237\230\200\360\237\230\200-5\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"},
{"-5", ",", "-5"},
{"-5", "_", "-5"},
{"-5", "010,", "-0,000,005"},
{"-5", "09,", "-0,000,005"},
{"-5", "0=10,", "-0,000,005"},
{"-5", "x=10,", "-xxxxxxxx5"},
{"-5", "020_", "-000_000_000_000_005"},
{"-5", "x", "-5"},
{"-5", "X", "-5"},
{"-5", "o", "-5"},
{"-5", "b", "-101"},
{"-5", "#x", "-0x5"},
{"-5", "#X", "-0X5"},
{"-5", "#o", "-0o5"},
{"-5", "#b", "-0b101"},
{"-5", "_x", "-5"},
{"-5", "_b", "-101"},
{"-5", "#_x", "-0x5"},
{"-5", "#_b", "-0b101"},
{"-5", "#020_x", "-0x00_0000_0000_0005"},
{"-5", "#010x", "-0x0000005"},
{"-5", "^#10x", "   -0x5   "},
{"-5", "0=#10x", "-0x0000005"},
{"-5", "_o", "-5"},
{"-5", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"-5", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"-5", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"-5", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"-5", "c", "!OverflowError: %c arg not in range(0x110000)"},
{"-5", "5c", "!OverflowError: %c arg not in range(0x110000)"},
{"-5", "05c", "!OverflowError: %c arg not in range(0x110000)"},
{"-5", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-5", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-5", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-5", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"-5", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"-5", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"-5", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-5", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"-5", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-5", "n", "-5"},
{"-5", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"-5", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"-5", "#n", "-5"},
{"-5", "e", "-5.000000e+00"},
{"-5", "E", "-5.000000E+00"},
{"-5", ".2e", "-5.00e+00"},
{"-5", "f", "-5.000000"},
{"-5", ".2f", "-5.00"},
{"-5", ",.2f", "-5.00"},
{"-5", "g", "-5"},
{"-5", "G", "-5"},
{"-5", "%", "-500.000000%"},
{"-5", ".1%", "-500.0%"},
{"-5", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"-5", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"-5", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"-5", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"-5", ".", "!ValueError: Format specifier missing precision"},
{"-5", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"-5", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"-5", ",,", "!ValueError: Cannot specify ',' with ','."},
{"-5", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"-5", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"-5", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"-5", ">>5", ">>>-5"},
{"-5", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"-5", "<>5", "<<<-5"},
{"-5", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-5", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-5", "\331\241\331\240", "        -5"},
{"-5", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"-5", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-5", "=", "-5"},
{"-5", " =8", "-      5"},
{"-5", "_=8", "-______5"},
{"-5", "^010", "0000-50000"},
{"-5", "<010", "-500000000"},
{"-5", ">010", "00000000-5"},
{"65", "", "65"},
{"65", "d", "65"},
{"65", "5", "   65"},
{"65", "<5", "65   "},
{"65", ">8", "      65"},
{"65", "^9", "   65    "},
{"65", "*^9", "***65****"},
{"65", "0", "65"},
{"65", "08", "00000065"},
{"65", "010", "0000000065"},
{"65", "+", "+65"},
{"65", "-", "65"},
{"65", " ", " 65"},
{"65", "+d", "+65"},
{"65", " d", " 65"},
{"65", "=+8", "+     65"},
{"65", "=8", "      65"},
{"65", "x<8", "65xxxxxx"},
{"65", "x<010", "65xxxxxxxx"},
{"65", "\303\251>10,", "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\25165"},
{"65", "\360\237\230\200^9", "\360\237\230\200\360\237\230\200\360\237\230\20065\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"},
{"65", ",", "65"},
{"65", "_", "65"},
{"65", "010,", "00,000,065"},
{"65", "09,", "0,000,065"},
{"65", "0=10,", "00,000,065"},
{"65", "x=10,", "xxxxxxxx65"},
{"65", "020_", "0_000_000_000_000_065"},
{"65", "x", "41"},
{"65", "X", "41"},
{"65", "o", "101"},
{"65", "b", "1000001"},
{"65", "#x", "0x41"},
{"65", "#X", "0X41"},
{"65", "#o", "0o101"},
{"65", "#b", "0b1000001"},
{"65", "_x", "41"},
{"65", "_b", "100_0001"},
{"65", "#_x", "0x41"},
{"65", "#_b", "0b100_0001"},
{"65", "#020_x", "0x000_0000_0000_0041"},
{"65", "#010x", "0x00000041"},
{"65", "^#10x", "   0x41   "},
{"65", "0=#10x", "0x00000041"},
{"65", "_o", "101"},
{"65", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"65", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"65", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"65", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"65", "c", "A"},
{"65", "5c", "    A"},
{"65", "05c", "0000A"},
{"65", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"65", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"65", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"65", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"65", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"65", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"65", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"65", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"65", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"65", "n", "65"},
{"65", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"65", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"65", "#n", "65"},
{"65", "e", "6.500000e+01"},
{"65", "E", "6.500000E+01"},
{"65", ".2e", "6.50e+01"},
{"65", "f", "65.000000"},
{"65", ".2f", "65.00"},
{"65", ",.2f", "65.00"},
{"65", "g", "65"},
{"65", "G", "65"},
{"65", "%", "6500.000000%"},
{"65", ".1%", "6500.0%"},
{"65", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"65", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"65", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"65", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"65", ".", "!ValueError: Format specifier missing precision"},
{"65", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"65", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"65", ",,", "!ValueError: Cannot specify ',' with ','."},
{"65", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"65", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"65", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"65", ">>5", ">>>65"},
{"65", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"65", "<>5", "<<<65"},
{"65", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"65", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"65", "\331\241\331\240", "        65"},
{"65", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"65", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"65", "=", "65"},
{"65", " =8", "      65"},
{"65", "_=8", "______65"},
{"65", "^010", "0000650000"},
{"65", "<010", "6500000000"},
{"65", ">010", "0000000065"},
{"255", "", "255"},
{"255", "d", "255"},
{"255", "5", "  255"},
{"255", "<5", "255  "},
{"255", ">8", "     255"},
{"255", "^9", "   255   "},
{"255", "*^9", "***255***"},
{"255", "0", "255"},
{"255", "08", "00000255"},
{"255", "010", "0000000255"},
{"255", "+", "+255"},
{"255", "-", "255"},
{"255", " ", " 255"},
{"255", "+d", "+255"},
{"255", " d", " 255"},
{"255", "=+8", "+    255"},
{"255", "=8", "     255"},
{"255", "x<8", "255xxxxx"},
{"255", "x<010", "255xxxxxxx"},
{"255", "\303\251>10,", "\303\251\303\251\303\251\303\251\303\251\303\251\303\251255"},
{"255", "\360\237\230\200^9", "\360\237\230\200\360\237\230\200\360\237\230\200255\360\237\230\200\360\237\230\200\360\237\230\200"},
{"255", ",", "255"},
{"255", "_", "255"},
{"255", "010,", "00,000,255"},
{"255", "09,", "0,000,255"},
{"255", "0=10,", "00,000,255"},
{"255", "x=10,", "xxxxxxx255"},
{"255", "020_", "0_000_000_000_000_255"},
{"255", "x", "ff"},
{"255", "X", "FF"},
{"255", "o", "377"},
{"255", "b", "11111111"},
{"255", "#x", "0xff"},
{"255", "#X", "0XFF"},
{"255", "#o", "0o377"},
{"255", "#b", "0b11111111"},
{"255", "_x", "ff"},
{"255", "_b", "1111_1111"},
{"255", "#_x", "0xff"},
{"255", "#_b", "0b1111_1111"},
{"255", "#020_x", "0x000_0000_0000_00ff"},
{"255", "#010x", "0x000000ff"},
{"255", "^#10x", "   0xff   "},
{"255", "0=#10x", "0x000000ff"},
{"255", "_o", "377"},
{"255", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"255", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"255", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"255", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"255", "c", "\303\277"},
{"255", "5c", "    \303\277"},
{"255", "05c", "0000\303\277"},
{"255", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"255", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"255", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"255", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"255", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"255", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"255", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"255", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"255", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"255", "n", "255"},
{"255", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"255", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"255", "#n", "255"},
{"255", "e", "2.550000e+02"},
{"255", "E", "2.550000E+02"},
{"255", ".2e", "2.55e+02"},
{"255", "f", "255.000000"},
{"255", ".2f", "255.00"},
{"255", ",.2f", "255.00"},
{"255", "g", "255"},
{"255", "G", "255"},
{"255", "%", "25500.000000%"},
{"255", ".1%", "25500.0%"},
{"255", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"255", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"255", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"255", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"255", ".", "!ValueError: Format specifier missing precision"},
{"255", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"255", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"255", ",,", "!ValueError: Cannot specify ',' with ','."},
{"255", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"255", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"255", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"255", ">>5", ">>255"},
{"255", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"255", "<>5", "<<255"},
{"255", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"255", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"255", "\331\241\331\240", "       255"},
{"255", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"255", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"255", "=", "255"},
{"255", " =8", "     255"},
{"255", "_=8", "_____255"},
{"255", "^010", "0002550000"},
{"255", "<010", "2550000000"},
{"255", ">010", "0000000255"},
{"-255", "", "-255"},
{"-255", "d", "-255"},
{"-255", "5", " -255"},
{"-255", "<5", "-255 "},
{"-255", ">8", "    -255"},
{"-255", "^9", "  -255   "},
{"-255", "*^9", "**-255***"},
{"-255", "0", "-255"},
{"-255", "08", "-0000255"},
{"-255", "010", "-000000255"},
{"-255", "+", "-255"},
{"-255", "-", "-255"},
{"-255", " ", "-255"},
{"-255", "+d", "-255"},
{"-255", " d", "-255"},
{"-255", "=+8", "-    255"},
{"-255", "=8", "-    255"},
{"-255", "x<8", "-255xxxx"},
{"-255", "x<010", "-255xxxxxx"},
{"-255", "\303\251>10,", "\303\251\303\251\303\251\303\251\303\251\303\251-255"},
{"-255", "\360\237\230\200^9", "\360\237\230\200\360\237\230\200-255\360\237\230\200\360\237\230\200\360\237\230\200"},
{"-255", ",", "-255"},
{"-255", "_", "-255"},
{"-255", "010,", "-0,000,255"},
{"-255", "09,", "-0,000,255"},
{"-255", "0=10,", "-0,000,255"},
{"-255", "x=10,", "-xxxxxx255"},
{"-255", "020_", "-000_000_000_000_255"},
{"-255", "x", "-ff"},
{"-255", "X", "-FF"},
{"-255", "o", "-377"},
{"-255", "b", "-11111111"},
{"-255", "#x", "-0xff"},
{"-255", "#X", "-0XFF"},
{"-255", "#o", "-0o377"},
{"-255", "#b", "-0b11111111"},
{"-255", "_x", "-ff"},
{"-255", "_b", "-1111_1111"},
{"-255", "#_x", "-0xff"},
{"-255", "#_b", "-0b1111_1111"},
{"-255", "#020_x", "-0x00_0000_0000_00ff"},
{"-255", "#010x", "-0x00000ff"},
{"-255", "^#10x", "  -0xff   "},
{"-255", "0=#10x", "-0x00000ff"},
{"-255", "_o", "-377"},
{"-255", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"-255", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"-255", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"-255", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"-255", "c", "!OverflowError: %c arg not in range(0x110000)"},
{"-255", "5c", "!OverflowError: %c arg not in range(0x110000)"},
{"-255", "05c", "!OverflowError: %c arg not in range(0x110000)"},
{"-255", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-255", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-255", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-255", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"-255", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"-255", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"-255", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-255", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"-255", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-255", "n", "-255"},
{"-255", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"-255", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"-255", "#n", "-255"},
{"-255", "e", "-2.550000e+02"},
{"-255", "E", "-2.550000E+02"},
{"-255", ".2e", "-2.55e+02"},
{"-255", "f", "-255.000000"},
{"-255", ".2f", "-255.00"},
{"-255", ",.2f", "-255.00"},
{"-255", "g", "-255"},
{"-255", "G", "-255"},
{"-255", "%", "-25500.000000%"},
{"-255", ".1%", "-25500.0%"},
{"-255", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"-255", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"-255", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"-255", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"-255", ".", "!ValueError: Format specifier missing precision"},
{"-255", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"-255", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"-255", ",,", "!ValueError: Cannot specify ',' with ','."},
{"-255", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"-255", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"-255", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"-255", ">>5", ">-255"},
{"-255", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"-255", "<>5", "<-255"},
{"-255", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-255", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-255", "\331\241\331\240", "      -255"},
{"-255", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"-255", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-255", "=", "-255"},
{"-255", " =8", "-    255"},
{"-255", "_=8", "-____255"},
{"-255", "^010", "000-255000"},
{"-255", "<010", "-255000000"},
{"-255", ">010", "000000-255"},
{"1234", "", "1234"},
{"1234", "d", "1234"},
{"1234", "5", " 1234"},
{"1234", "<5", "1234 "},
{"1234", ">8", "    1234"},
{"1234", "^9", "  1234   "},
{"1234", "*^9", "**1234***"},
{"1234", "0", "1234"},
{"1234", "08", "00001234"},
{"1234", "010", "0000001234"},
{"1234", "+", "+1234"},
{"1234", "-", "1234"},
{"1234", " ", " 1234"},
{"1234", "+d", "+1234"},
{"1234", " d", " 1234"},
{"1234", "=+8", "+   1234"},
{"1234", "=8", "    1234"},
{"1234", "x<8", "1234xxxx"},
{"1234", "x<010", "1234xxxxxx"},
{"1234", "\303\251>10,", "\303\251\303\251\303\251\303\251\303\2511,234"},
{"1234", "\360\237\230\200^9", "\360\237\230\200\360\237\230\2001234\360\237\230\200\360\237\230\200\360\237\230\200"},
{"1234", ",", "1,234"},
{"1234", "_", "1_234"},
{"1234", "010,", "00,001,234"},
{"1234", "09,", "0,001,234"},
{"1234", "0=10,", "00,001,234"},
{"1234", "x=10,", "xxxxx1,234"},
{"1234", "020_", "0_000_000_000_001_234"},
{"1234", "x", "4d2"},
{"1234", "X", "4D2"},
{"1234", "o", "2322"},
{"1234", "b", "10011010010"},
{"1234", "#x", "0x4d2"},
{"1234", "#X", "0X4D2"},
{"1234", "#o", "0o2322"},
{"1234", "#b", "0b10011010010"},
{"1234", "_x", "4d2"},
{"1234", "_b", "100_1101_0010"},
{"1234", "#_x", "0x4d2"},
{"1234", "#_b", "0b100_1101_0010"},
{"1234", "#020_x", "0x000_0000_0000_04d2"},
{"1234", "#010x", "0x000004d2"},
{"1234", "^#10x", "  0x4d2   "},
{"1234", "0=#10x", "0x000004d2"},
{"1234", "_o", "2322"},
{"1234", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"1234", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"1234", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"1234", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"1234", "c", "\323\222"},
{"1234", "5c", "    \323\222"},
{"1234", "05c", "0000\323\222"},
{"1234", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"1234", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"1234", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"1234", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"1234", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"1234", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"1234", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"1234", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"1234", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"1234", "n", "1234"},
{"1234", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"1234", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"1234", "#n", "1234"},
{"1234", "e", "1.234000e+03"},
{"1234", "E", "1.234000E+03"},
{"1234", ".2e", "1.23e+03"},
{"1234", "f", "1234.000000"},
{"1234", ".2f", "1234.00"},
{"1234", ",.2f", "1,234.00"},
{"1234", "g", "1234"},
{"1234", "G", "1234"},
{"1234", "%", "123400.000000%"},
{"1234", ".1%", "123400.0%"},
{"1234", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"1234", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"1234", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"1234", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"1234", ".", "!ValueError: Format specifier missing precision"},
{"1234", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"1234", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"1234", ",,", "!ValueError: Cannot specify ',' with ','."},
{"1234", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"1234", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"1234", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"1234", ">>5", ">1234"},
{"1234", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"1234", "<>5", "<1234"},
{"1234", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"1234", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"1234", "\331\241\331\240", "      1234"},
{"1234", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"1234", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"1234", "=", "1234"},
{"1234", " =8", "    1234"},
{"1234", "_=8", "____1234"},
{"1234", "^010", "0001234000"},
{"1234", "<010", "1234000000"},
{"1234", ">010", "0000001234"},
{"-1234", "", "-1234"},
{"-1234", "d", "-1234"},
{"-1234", "5", "-1234"},
{"-1234", "<5", "-1234"},
{"-1234", ">8", "   -1234"},
{"-1234", "^9", "  -1234  "},
{"-1234", "*^9", "**-1234**"},
{"-1234", "0", "-1234"},
{"-1234", "08", "-0001234"},
{"-1234", "010", "-000001234"},
{"-1234", "+", "-1234"},
{"-1234", "-", "-1234"},
{"-1234", " ", "-1234"},
{"-1234", "+d", "-1234"},
{"-1234", " d", "-1234"},
{"-1234", "=+8", "-   1234"},
{"-1234", "=8", "-   1234"},
{"-1234", "x<8", "-1234xxx"},
{"-1234", "x<010", "-1234xxxxx"},
{"-1234", "\303\251>10,", "\303\251\303\251\303\251\303\251-1,234"},
{"-1234", "\360\237\230\200^9", "\360\237\230\200\360\237\230\200-1234\360\237\230\200\360\237\230\200"},
{"-1234", ",", "-1,234"},
{"-1234", "_", "-1_234"},
{"-1234", "010,", "-0,001,234"},
{"-1234", "09,", "-0,001,234"},
{"-1234", "0=10,", "-0,001,234"},
{"-1234", "x=10,", "-xxxx1,234"},
{"-1234", "020_", "-000_000_000_001_234"},
{"-1234", "x", "-4d2"},
{"-1234", "X", "-4D2"},
{"-1234", "o", "-2322"},
{"-1234", "b", "-10011010010"},
{"-1234", "#x", "-0x4d2"},
{"-1234", "#X", "-0X4D2"},
{"-1234", "#o", "-0o2322"},
{"-1234", "#b", "-0b10011010010"},
{"-1234", "_x", "-4d2"},
{"-1234", "_b", "-100_1101_0010"},
{"-1234", "#_x", "-0x4d2"},
{"-1234", "#_b", "-0b100_1101_0010"},
{"-1234", "#020_x", "-0x00_0000_0000_04d2"},
{"-1234", "#010x", "-0x00004d2"},
{"-1234", "^#10x", "  -0x4d2  "},
{"-1234", "0=#10x", "-0x00004d2"},
{"-1234", "_o", "-2322"},
{"-1234", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"-1234", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"-1234", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"-1234", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"-1234", "c", "!OverflowError: %c arg not in range(0x110000)"},
{"-1234", "5c", "!OverflowError: %c arg not in range(0x110000)"},
{"-1234", "05c", "!OverflowError: %c arg not in range(0x110000)"},
{"-1234", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-1234", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-1234", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-1234", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"-1234", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"-1234", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"-1234", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-1234", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"-1234", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-1234", "n", "-1234"},
{"-1234", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"-1234", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"-1234", "#n", "-1234"},
{"-1234", "e", "-1.234000e+03"},
{"-1234", "E", "-1.234000E+03"},
{"-1234", ".2e", "-1.23e+03"},
{"-1234", "f", "-1234.000000"},
{"-1234", ".2f", "-1234.00"},
{"-1234", ",.2f", "-1,234.00"},
{"-1234", "g", "-1234"},
{"-1234", "G", "-1234"},
{"-1234", "%", "-123400.000000%"},
{"-1234", ".1%", "-123400.0%"},
{"-1234", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"-1234", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"-1234", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"-1234", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"-1234", ".", "!ValueError: Format specifier missing precision"},
{"-1234", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"-1234", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"-1234", ",,", "!ValueError: Cannot specify ',' with ','."},
{"-1234", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"-1234", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"-1234", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"-1234", ">>5", "-1234"},
{"-1234", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"-1234", "<>5", "-1234"},
{"-1234", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-1234", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-1234", "\331\241\331\240", "     -1234"},
{"-1234", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"-1234", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-1234", "=", "-1234"},
{"-1234", " =8", "-   1234"},
{"-1234", "_=8", "-___1234"},
{"-1234", "^010", "00-1234000"},
{"-1234", "<010", "-123400000"},
{"-1234", ">010", "00000-1234"},
{"1234567", "", "1234567"},
{"1234567", "d", "1234567"},
{"1234567", "5", "1234567"},
{"1234567", "<5", "1234567"},
{"1234567", ">8", " 1234567"},
{"1234567", "^9", " 1234567 "},
{"1234567", "*^9", "*1234567*"},
{"1234567", "0", "1234567"},
{"1234567", "08", "01234567"},
{"1234567", "010", "0001234567"},
{"1234567", "+", "+1234567"},
{"1234567", "-", "1234567"},
{"1234567", " ", " 1234567"},
{"1234567", "+d", "+1234567"},
{"1234567", " d", " 1234567"},
{"1234567", "=+8", "+1234567"},
{"1234567", "=8", " 1234567"},
{"1234567", "x<8", "1234567x"},
{"1234567", "x<010", "1234567xxx"},
{"1234567", "\303\251>10,", "\303\2511,234,567"},
{"1234567", "\360\237\230\200^9", "\360\237\230\2001234567\360\237\230\200"},
{"1234567", ",", "1,234,567"},
{"1234567", "_", "1_234_567"},
{"1234567", "010,", "01,234,567"},
{"1234567", "09,", "1,234,567"},
{"1234567", "0=10,", "01,234,567"},
{"1234567", "x=10,", "x1,234,567"},
{"1234567", "020_", "0_000_000_001_234_567"},
{"1234567", "x", "12d687"},
{"1234567", "X", "12D687"},
{"1234567", "o", "4553207"},
{"1234567", "b", "100101101011010000111"},
{"1234567", "#x", "0x12d687"},
{"1234567", "#X", "0X12D687"},
{"1234567", "#o", "0o4553207"},
{"1234567", "#b", "0b100101101011010000111"},
{"1234567", "_x", "12_d687"},
{"1234567", "_b", "1_0010_1101_0110_1000_0111"},
{"1234567", "#_x", "0x12_d687"},
{"1234567", "#_b", "0b1_0010_1101_0110_1000_0111"},
{"1234567", "#020_x", "0x000_0000_0012_d687"},
{"1234567", "#010x", "0x0012d687"},
{"1234567", "^#10x", " 0x12d687 "},
{"1234567", "0=#10x", "0x0012d687"},
{"1234567", "_o", "455_3207"},
{"1234567", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"1234567", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"1234567", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"1234567", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"1234567", "c", "!OverflowError: %c arg not in range(0x110000)"},
{"1234567", "5c", "!OverflowError: %c arg not in range(0x110000)"},
{"1234567", "05c", "!OverflowError: %c arg not in range(0x110000)"},
{"1234567", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"1234567", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"1234567", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"1234567", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"1234567", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"1234567", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"1234567", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"1234567", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"1234567", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"1234567", "n", "1234567"},
{"1234567", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"1234567", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"1234567", "#n", "1234567"},
{"1234567", "e", "1.234567e+06"},
{"1234567", "E", "1.234567E+06"},
{"1234567", ".2e", "1.23e+06"},
{"1234567", "f", "1234567.000000"},
{"1234567", ".2f", "1234567.00"},
{"1234567", ",.2f", "1,234,567.00"},
{"1234567", "g", "1.23457e+06"},
{"1234567", "G", "1.23457E+06"},
{"1234567", "%", "123456700.000000%"},
{"1234567", ".1%", "123456700.0%"},
{"1234567", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"1234567", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"1234567", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"1234567", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"1234567", ".", "!ValueError: Format specifier missing precision"},
{"1234567", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"1234567", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"1234567", ",,", "!ValueError: Cannot specify ',' with ','."},
{"1234567", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"1234567", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"1234567", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"1234567", ">>5", "1234567"},
{"1234567", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"1234567", "<>5", "1234567"},
{"1234567", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"1234567", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"1234567", "\331\241\331\240", "   1234567"},
{"1234567", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"1234567", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"1234567", "=", "1234567"},
{"1234567", " =8", " 1234567"},
{"1234567", "_=8", "_1234567"},
{"1234567", "^010", "0123456700"},
{"1234567", "<010", "1234567000"},
{"1234567", ">010", "0001234567"},
{"1114112", "", "1114112"},
{"1114112", "d", "1114112"},
{"1114112", "5", "1114112"},
{"1114112", "<5", "1114112"},
{"1114112", ">8", " 1114112"},
{"1114112", "^9", " 1114112 "},
{"1114112", "*^9", "*1114112*"},
{"1114112", "0", "1114112"},
{"1114112", "08", "01114112"},
{"1114112", "010", "0001114112"},
{"1114112", "+", "+1114112"},
{"1114112", "-", "1114112"},
{"1114112", " ", " 1114112"},
{"1114112", "+d", "+1114112"},
{"1114112", " d", " 1114112"},
{"1114112", "=+8", "+1114112"},
{"1114112", "=8", " 1114112"},
{"1114112", "x<8", "1114112x"},
{"1114112", "x<010", "1114112xxx"},
{"1114112", "\303\251>10,", "\303\2511,114,112"},
{"1114112", "\360\237\230\200^9", "\360\237\230\2001114112\360\237\230\200"},
{"1114112", ",", "1,114,112"},
{"1114112", "_", "1_114_112"},
{"1114112", "010,", "01,114,112"},
{"1114112", "09,", "1,114,112"},
{"1114112", "0=10,", "01,114,112"},
{"1114112", "x=10,", "x1,114,112"},
{"1114112", "020_", "0_000_000_001_114_112"},
{"1114112", "x", "110000"},
{"1114112", "X", "110000"},
{"1114112", "o", "4200000"},
{"1114112", "b", "100010000000000000000"},
{"1114112", "#x", "0x110000"},
{"1114112", "#X", "0X110000"},
{"1114112", "#o", "0o4200000"},
{"1114112", "#b", "0b100010000000000000000"},
{"1114112", "_x", "11_0000"},
{"1114112", "_b", "1_0001_0000_0000_0000_0000"},
{"1114112", "#_x", "0x11_0000"},
{"1114112", "#_b", "0b1_0001_0000_0000_0000_0000"},
{"1114112", "#020_x", "0x000_0000_0011_0000"},
{"1114112", "#010x", "0x00110000"},
{"1114112", "^#10x", " 0x110000 "},
{"1114112", "0=#10x", "0x00110000"},
{"1114112", "_o", "420_0000"},
{"1114112", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"1114112", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"1114112", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"1114112", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"1114112", "c", "!OverflowError: %c arg not in range(0x110000)"},
{"1114112", "5c", "!OverflowError: %c arg not in range(0x110000)"},
{"1114112", "05c", "!OverflowError: %c arg not in range(0x110000)"},
{"1114112", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"1114112", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"1114112", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"1114112", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"1114112", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"1114112", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"1114112", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"1114112", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"1114112", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"1114112", "n", "1114112"},
{"1114112", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"1114112", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"1114112", "#n", "1114112"},
{"1114112", "e", "1.114112e+06"},
{"1114112", "E", "1.114112E+06"},
{"1114112", ".2e", "1.11e+06"},
{"1114112", "f", "1114112.000000"},
{"1114112", ".2f", "1114112.00"},
{"1114112", ",.2f", "1,114,112.00"},
{"1114112", "g", "1.11411e+06"},
{"1114112", "G", "1.11411E+06"},
{"1114112", "%", "111411200.000000%"},
{"1114112", ".1%", "111411200.0%"},
{"1114112", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"1114112", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"1114112", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"1114112", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"1114112", ".", "!ValueError: Format specifier missing precision"},
{"1114112", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"1114112", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"1114112", ",,", "!ValueError: Cannot specify ',' with ','."},
{"1114112", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"1114112", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"1114112", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"1114112", ">>5", "1114112"},
{"1114112", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"1114112", "<>5", "1114112"},
{"1114112", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"1114112", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"1114112", "\331\241\331\240", "   1114112"},
{"1114112", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"1114112", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"1114112", "=", "1114112"},
{"1114112", " =8", " 1114112"},
{"1114112", "_=8", "_1114112"},
{"1114112", "^010", "0111411200"},
{"1114112", "<010", "1114112000"},
{"1114112", ">010", "0001114112"},
{"9223372036854775807", "", "9223372036854775807"},
{"9223372036854775807", "d", "9223372036854775807"},
{"9223372036854775807", "5", "9223372036854775807"},
{"9223372036854775807", "<5", "9223372036854775807"},
{"9223372036854775807", ">8", "9223372036854775807"},
{"9223372036854775807", "^9", "9223372036854775807"},
{"9223372036854775807", "*^9", "9223372036854775807"},
{"9223372036854775807", "0", "9223372036854775807"},
{"9223372036854775807", "08", "9223372036854775807"},
{"9223372036854775807", "010", "9223372036854775807"},
{"9223372036854775807", "+", "+9223372036854775807"},
{"9223372036854775807", "-", "9223372036854775807"},
{"9223372036854775807", " ", " 9223372036854775807"},
{"9223372036854775807", "+d", "+9223372036854775807"},
{"9223372036854775807", " d", " 9223372036854775807"},
{"9223372036854775807", "=+8", "+9223372036854775807"},
{"9223372036854775807", "=8", "9223372036854775807"},
{"9223372036854775807", "x<8", "9223372036854775807"},
{"9223372036854775807", "x<010", "9223372036854775807"},
{"9223372036854775807", "\303\251>10,", "9,223,372,036,854,775,807"},
{"9223372036854775807", "\360\237\230\200^9", "9223372036854775807"},
{"9223372036854775807", ",", "9,223,372,036,854,775,807"},
{"9223372036854775807", "_", "9_223_372_036_854_775_807"},
{"9223372036854775807", "010,", "9,223,372,036,854,775,807"},
{"9223372036854775807", "09,", "9,223,372,036,854,775,807"},
{"9223372036854775807", "0=10,", "9,223,372,036,854,775,807"},
{"9223372036854775807", "x=10,", "9,223,372,036,854,775,807"},
{"9223372036854775807", "020_", "9_223_372_036_854_775_807"},
{"9223372036854775807", "x", "7fffffffffffffff"},
{"9223372036854775807", "X", "7FFFFFFFFFFFFFFF"},
{"9223372036854775807", "o", "777777777777777777777"},
{"9223372036854775807", "b", "111111111111111111111111111111111111111111111111111111111111111"},
{"9223372036854775807", "#x", "0x7fffffffffffffff"},
{"9223372036854775807", "#X", "0X7FFFFFFFFFFFFFFF"},
{"9223372036854775807", "#o", "0o777777777777777777777"},
{"9223372036854775807", "#b", "0b111111111111111111111111111111111111111111111111111111111111111"},
{"9223372036854775807", "_x", "7fff_ffff_ffff_ffff"},
{"9223372036854775807", "_b", "111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111"},
{"9223372036854775807", "#_x", "0x7fff_ffff_ffff_ffff"},
{"9223372036854775807", "#_b", "0b111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111"},
{"9223372036854775807", "#020_x", "0x7fff_ffff_ffff_ffff"},
{"9223372036854775807", "#010x", "0x7fffffffffffffff"},
{"9223372036854775807", "^#10x", "0x7fffffffffffffff"},
{"9223372036854775807", "0=#10x", "0x7fffffffffffffff"},
{"9223372036854775807", "_o", "7_7777_7777_7777_7777_7777"},
{"9223372036854775807", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"9223372036854775807", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"9223372036854775807", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"9223372036854775807", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"9223372036854775807", "c", "!OverflowError: %c arg not in range(0x110000)"},
{"9223372036854775807", "5c", "!OverflowError: %c arg not in range(0x110000)"},
{"9223372036854775807", "05c", "!OverflowError: %c arg not in range(0x110000)"},
{"9223372036854775807", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"9223372036854775807", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"9223372036854775807", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"9223372036854775807", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"9223372036854775807", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"9223372036854775807", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"9223372036854775807", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"9223372036854775807", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"9223372036854775807", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"9223372036854775807", "n", "9223372036854775807"},
{"9223372036854775807", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"9223372036854775807", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"9223372036854775807", "#n", "9223372036854775807"},
{"9223372036854775807", "e", "9.223372e+18"},
{"9223372036854775807", "E", "9.223372E+18"},
{"9223372036854775807", ".2e", "9.22e+18"},
{"9223372036854775807", "f", "9223372036854775808.000000"},
{"9223372036854775807", ".2f", "9223372036854775808.00"},
{"9223372036854775807", ",.2f", "9,223,372,036,854,775,808.00"},
{"9223372036854775807", "g", "9.22337e+18"},
{"9223372036854775807", "G", "9.22337E+18"},
{"9223372036854775807", "%", "922337203685477580800.000000%"},
{"9223372036854775807", ".1%", "922337203685477580800.0%"},
{"9223372036854775807", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"9223372036854775807", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"9223372036854775807", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"9223372036854775807", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"9223372036854775807", ".", "!ValueError: Format specifier missing precision"},
{"9223372036854775807", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"9223372036854775807", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"9223372036854775807", ",,", "!ValueError: Cannot specify ',' with ','."},
{"9223372036854775807", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"9223372036854775807", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"9223372036854775807", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"9223372036854775807", ">>5", "9223372036854775807"},
{"9223372036854775807", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"9223372036854775807", "<>5", "9223372036854775807"},
{"9223372036854775807", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"9223372036854775807", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"9223372036854775807", "\331\241\331\240", "9223372036854775807"},
{"9223372036854775807", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"9223372036854775807", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"9223372036854775807", "=", "9223372036854775807"},
{"9223372036854775807", " =8", "9223372036854775807"},
{"9223372036854775807", "_=8", "9223372036854775807"},
{"9223372036854775807", "^010", "9223372036854775807"},
{"9223372036854775807", "<010", "9223372036854775807"},
{"9223372036854775807", ">010", "9223372036854775807"},
{"-9223372036854775808", "", "-9223372036854775808"},
{"-9223372036854775808", "d", "-9223372036854775808"},
{"-9223372036854775808", "5", "-9223372036854775808"},
{"-9223372036854775808", "<5", "-9223372036854775808"},
{"-9223372036854775808", ">8", "-9223372036854775808"},
{"-9223372036854775808", "^9", "-9223372036854775808"},
{"-9223372036854775808", "*^9", "-9223372036854775808"},
{"-9223372036854775808", "0", "-9223372036854775808"},
{"-9223372036854775808", "08", "-9223372036854775808"},
{"-9223372036854775808", "010", "-9223372036854775808"},
{"-9223372036854775808", "+", "-9223372036854775808"},
{"-9223372036854775808", "-", "-9223372036854775808"},
{"-9223372036854775808", " ", "-9223372036854775808"},
{"-9223372036854775808", "+d", "-9223372036854775808"},
{"-9223372036854775808", " d", "-9223372036854775808"},
{"-9223372036854775808", "=+8", "-9223372036854775808"},
{"-9223372036854775808", "=8", "-9223372036854775808"},
{"-9223372036854775808", "x<8", "-9223372036854775808"},
{"-9223372036854775808", "x<010", "-9223372036854775808"},
{"-9223372036854775808", "\303\251>10,", "-9,223,372,036,854,775,808"},
{"-9223372036854775808", "\360\237\230\200^9", "-9223372036854775808"},
{"-9223372036854775808", ",", "-9,223,372,036,854,775,808"},
{"-9223372036854775808", "_", "-9_223_372_036_854_775_808"},
{"-9223372036854775808", "010,", "-9,223,372,036,854,775,808"},
{"-9223372036854775808", "09,", "-9,223,372,036,854,775,808"},
{"-9223372036854775808", "0=10,", "-9,223,372,036,854,775,808"},
{"-9223372036854775808", "x=10,", "-9,223,372,036,854,775,808"},
{"-9223372036854775808", "020_", "-9_223_372_036_854_775_808"},
{"-9223372036854775808", "x", "-8000000000000000"},
{"-9223372036854775808", "X", "-8000000000000000"},
{"-9223372036854775808", "o", "-1000000000000000000000"},
{"-9223372036854775808", "b", "-1000000000000000000000000000000000000000000000000000000000000000"},
{"-9223372036854775808", "#x", "-0x8000000000000000"},
{"-9223372036854775808", "#X", "-0X8000000000000000"},
{"-9223372036854775808", "#o", "-0o1000000000000000000000"},
{"-9223372036854775808", "#b", "-0b1000000000000000000000000000000000000000000000000000000000000000"},
{"-9223372036854775808", "_x", "-8000_0000_0000_0000"},
{"-9223372036854775808", "_b", "-1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"},
{"-9223372036854775808", "#_x", "-0x8000_0000_0000_0000"},
{"-9223372036854775808", "#_b", "-0b1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"},
{"-9223372036854775808", "#020_x", "-0x8000_0000_0000_0000"},
{"-9223372036854775808", "#010x", "-0x8000000000000000"},
{"-9223372036854775808", "^#10x", "-0x8000000000000000"},
{"-9223372036854775808", "0=#10x", "-0x8000000000000000"},
{"-9223372036854775808", "_o", "-10_0000_0000_0000_0000_0000"},
{"-9223372036854775808", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"-9223372036854775808", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"-9223372036854775808", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"-9223372036854775808", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"-9223372036854775808", "c", "!OverflowError: %c arg not in range(0x110000)"},
{"-9223372036854775808", "5c", "!OverflowError: %c arg not in range(0x110000)"},
{"-9223372036854775808", "05c", "!OverflowError: %c arg not in range(0x110000)"},
{"-9223372036854775808", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-9223372036854775808", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-9223372036854775808", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-9223372036854775808", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"-9223372036854775808", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"-9223372036854775808", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"-9223372036854775808", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-9223372036854775808", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"-9223372036854775808", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-9223372036854775808", "n", "-9223372036854775808"},
{"-9223372036854775808", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"-9223372036854775808", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"-9223372036854775808", "#n", "-9223372036854775808"},
{"-9223372036854775808", "e", "-9.223372e+18"},
{"-9223372036854775808", "E", "-9.223372E+18"},
{"-9223372036854775808", ".2e", "-9.22e+18"},
{"-9223372036854775808", "f", "-9223372036854775808.000000"},
{"-9223372036854775808", ".2f", "-9223372036854775808.00"},
{"-9223372036854775808", ",.2f", "-9,223,372,036,854,775,808.00"},
{"-9223372036854775808", "g", "-9.22337e+18"},
{"-9223372036854775808", "G", "-9.22337E+18"},
{"-9223372036854775808", "%", "-922337203685477580800.000000%"},
{"-9223372036854775808", ".1%", "-922337203685477580800.0%"},
{"-9223372036854775808", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"-9223372036854775808", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"-9223372036854775808", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"-9223372036854775808", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"-9223372036854775808", ".", "!ValueError: Format specifier missing precision"},
{"-9223372036854775808", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"-9223372036854775808", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"-9223372036854775808", ",,", "!ValueError: Cannot specify ',' with ','."},
{"-9223372036854775808", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"-9223372036854775808", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"-9223372036854775808", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"-9223372036854775808", ">>5", "-9223372036854775808"},
{"-9223372036854775808", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"-9223372036854775808", "<>5", "-9223372036854775808"},
{"-9223372036854775808", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-9223372036854775808", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-9223372036854775808", "\331\241\331\240", "-9223372036854775808"},
{"-9223372036854775808", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"-9223372036854775808", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-9223372036854775808", "=", "-9223372036854775808"},
{"-9223372036854775808", " =8", "-9223372036854775808"},
{"-9223372036854775808", "_=8", "-9223372036854775808"},
{"-9223372036854775808", "^010", "-9223372036854775808"},
{"-9223372036854775808", "<010", "-9223372036854775808"},
{"-9223372036854775808", ">010", "-9223372036854775808"},
{"18446744073709551617", "", "18446744073709551617"},
{"18446744073709551617", "d", "18446744073709551617"},
{"18446744073709551617", "5", "18446744073709551617"},
{"18446744073709551617", "<5", "18446744073709551617"},
{"18446744073709551617", ">8", "18446744073709551617"},
{"18446744073709551617", "^9", "18446744073709551617"},
{"18446744073709551617", "*^9", "18446744073709551617"},
{"18446744073709551617", "0", "18446744073709551617"},
{"18446744073709551617", "08", "18446744073709551617"},
{"18446744073709551617", "010", "18446744073709551617"},
{"18446744073709551617", "+", "+18446744073709551617"},
{"18446744073709551617", "-", "18446744073709551617"},
{"18446744073709551617", " ", " 18446744073709551617"},
{"18446744073709551617", "+d", "+18446744073709551617"},
{"18446744073709551617", " d", " 18446744073709551617"},
{"18446744073709551617", "=+8", "+18446744073709551617"},
{"18446744073709551617", "=8", "18446744073709551617"},
{"18446744073709551617", "x<8", "18446744073709551617"},
{"18446744073709551617", "x<010", "18446744073709551617"},
{"18446744073709551617", "\303\251>10,", "18,446,744,073,709,551,617"},
{"18446744073709551617", "\360\237\230\200^9", "18446744073709551617"},
{"18446744073709551617", ",", "18,446,744,073,709,551,617"},
{"18446744073709551617", "_", "18_446_744_073_709_551_617"},
{"18446744073709551617", "010,", "18,446,744,073,709,551,617"},
{"18446744073709551617", "09,", "18,446,744,073,709,551,617"},
{"18446744073709551617", "0=10,", "18,446,744,073,709,551,617"},
{"18446744073709551617", "x=10,", "18,446,744,073,709,551,617"},
{"18446744073709551617", "020_", "18_446_744_073_709_551_617"},
{"18446744073709551617", "x", "10000000000000001"},
{"18446744073709551617", "X", "10000000000000001"},
{"18446744073709551617", "o", "2000000000000000000001"},
{"18446744073709551617", "b", "10000000000000000000000000000000000000000000000000000000000000001"},
{"18446744073709551617", "#x", "0x10000000000000001"},
{"18446744073709551617", "#X", "0X10000000000000001"},
{"18446744073709551617", "#o", "0o2000000000000000000001"},
{"18446744073709551617", "#b", "0b10000000000000000000000000000000000000000000000000000000000000001"},
{"18446744073709551617", "_x", "1_0000_0000_0000_0001"},
{"18446744073709551617", "_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001"},
{"18446744073709551617", "#_x", "0x1_0000_0000_0000_0001"},
{"18446744073709551617", "#_b", "0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001"},
{"18446744073709551617", "#020_x", "0x1_0000_0000_0000_0001"},
{"18446744073709551617", "#010x", "0x10000000000000001"},
{"18446744073709551617", "^#10x", "0x10000000000000001"},
{"18446744073709551617", "0=#10x", "0x10000000000000001"},
{"18446744073709551617", "_o", "20_0000_0000_0000_0000_0001"},
{"18446744073709551617", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"18446744073709551617", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"18446744073709551617", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"18446744073709551617", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"18446744073709551617", "c", "!OverflowError: Python int too large to convert to C long"},
{"18446744073709551617", "5c", "!OverflowError: Python int too large to convert to C long"},
{"18446744073709551617", "05c", "!OverflowError: Python int too large to convert to C long"},
{"18446744073709551617", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"18446744073709551617", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"18446744073709551617", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"18446744073709551617", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"18446744073709551617", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"18446744073709551617", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"18446744073709551617", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"18446744073709551617", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"18446744073709551617", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"18446744073709551617", "n", "18446744073709551617"},
{"18446744073709551617", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"18446744073709551617", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"18446744073709551617", "#n", "18446744073709551617"},
{"18446744073709551617", "e", "1.844674e+19"},
{"18446744073709551617", "E", "1.844674E+19"},
{"18446744073709551617", ".2e", "1.84e+19"},
{"18446744073709551617", "f", "18446744073709551616.000000"},
{"18446744073709551617", ".2f", "18446744073709551616.00"},
{"18446744073709551617", ",.2f", "18,446,744,073,709,551,616.00"},
{"18446744073709551617", "g", "1.84467e+19"},
{"18446744073709551617", "G", "1.84467E+19"},
{"18446744073709551617", "%", "1844674407370955161600.000000%"},
{"18446744073709551617", ".1%", "1844674407370955161600.0%"},
{"18446744073709551617", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"18446744073709551617", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"18446744073709551617", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"18446744073709551617", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"18446744073709551617", ".", "!ValueError: Format specifier missing precision"},
{"18446744073709551617", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"18446744073709551617", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"18446744073709551617", ",,", "!ValueError: Cannot specify ',' with ','."},
{"18446744073709551617", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"18446744073709551617", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"18446744073709551617", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"18446744073709551617", ">>5", "18446744073709551617"},
{"18446744073709551617", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"18446744073709551617", "<>5", "18446744073709551617"},
{"18446744073709551617", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"18446744073709551617", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"18446744073709551617", "\331\241\331\240", "18446744073709551617"},
{"18446744073709551617", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"18446744073709551617", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"18446744073709551617", "=", "18446744073709551617"},
{"18446744073709551617", " =8", "18446744073709551617"},
{"18446744073709551617", "_=8", "18446744073709551617"},
{"18446744073709551617", "^010", "18446744073709551617"},
{"18446744073709551617", "<010", "18446744073709551617"},
{"18446744073709551617", ">010", "18446744073709551617"},
{"-1000000000000000000000000000000", "", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "d", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "5", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "<5", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", ">8", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "^9", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "*^9", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "0", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "08", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "010", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "+", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "-", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", " ", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "+d", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", " d", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "=+8", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "=8", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "x<8", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "x<010", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "\303\251>10,", "-1,000,000,000,000,000,000,000,000,000,000"},
{"-1000000000000000000000000000000", "\360\237\230\200^9", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", ",", "-1,000,000,000,000,000,000,000,000,000,000"},
{"-1000000000000000000000000000000", "_", "-1_000_000_000_000_000_000_000_000_000_000"},
{"-1000000000000000000000000000000", "010,", "-1,000,000,000,000,000,000,000,000,000,000"},
{"-1000000000000000000000000000000", "09,", "-1,000,000,000,000,000,000,000,000,000,000"},
{"-1000000000000000000000000000000", "0=10,", "-1,000,000,000,000,000,000,000,000,000,000"},
{"-1000000000000000000000000000000", "x=10,", "-1,000,000,000,000,000,000,000,000,000,000"},
{"-1000000000000000000000000000000", "020_", "-1_000_000_000_000_000_000_000_000_000_000"},
{"-1000000000000000000000000000000", "x", "-c9f2c9cd04674edea40000000"},
{"-1000000000000000000000000000000", "X", "-C9F2C9CD04674EDEA40000000"},
{"-1000000000000000000000000000000", "o", "-1447626234640431647336510000000000"},
{"-1000000000000000000000000000000", "b", "-1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"},
{"-1000000000000000000000000000000", "#x", "-0xc9f2c9cd04674edea40000000"},
{"-1000000000000000000000000000000", "#X", "-0XC9F2C9CD04674EDEA40000000"},
{"-1000000000000000000000000000000", "#o", "-0o1447626234640431647336510000000000"},
{"-1000000000000000000000000000000", "#b", "-0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"},
{"-1000000000000000000000000000000", "_x", "-c_9f2c_9cd0_4674_edea_4000_0000"},
{"-1000000000000000000000000000000", "_b", "-1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0100_0000_0000_0000_0000_0000_0000_0000"},
{"-1000000000000000000000000000000", "#_x", "-0xc_9f2c_9cd0_4674_edea_4000_0000"},
{"-1000000000000000000000000000000", "#_b", "-0b1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0100_0000_0000_0000_0000_0000_0000_0000"},
{"-1000000000000000000000000000000", "#020_x", "-0xc_9f2c_9cd0_4674_edea_4000_0000"},
{"-1000000000000000000000000000000", "#010x", "-0xc9f2c9cd04674edea40000000"},
{"-1000000000000000000000000000000", "^#10x", "-0xc9f2c9cd04674edea40000000"},
{"-1000000000000000000000000000000", "0=#10x", "-0xc9f2c9cd04674edea40000000"},
{"-1000000000000000000000000000000", "_o", "-14_4762_6234_6404_3164_7336_5100_0000_0000"},
{"-1000000000000000000000000000000", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"-1000000000000000000000000000000", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"-1000000000000000000000000000000", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"-1000000000000000000000000000000", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"-1000000000000000000000000000000", "c", "!OverflowError: Python int too large to convert to C long"},
{"-1000000000000000000000000000000", "5c", "!OverflowError: Python int too large to convert to C long"},
{"-1000000000000000000000000000000", "05c", "!OverflowError: Python int too large to convert to C long"},
{"-1000000000000000000000000000000", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-1000000000000000000000000000000", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-1000000000000000000000000000000", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"-1000000000000000000000000000000", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"-1000000000000000000000000000000", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"-1000000000000000000000000000000", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"-1000000000000000000000000000000", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-1000000000000000000000000000000", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"-1000000000000000000000000000000", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-1000000000000000000000000000000", "n", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"-1000000000000000000000000000000", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"-1000000000000000000000000000000", "#n", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "e", "-1.000000e+30"},
{"-1000000000000000000000000000000", "E", "-1.000000E+30"},
{"-1000000000000000000000000000000", ".2e", "-1.00e+30"},
{"-1000000000000000000000000000000", "f", "-1000000000000000019884624838656.000000"},
{"-1000000000000000000000000000000", ".2f", "-1000000000000000019884624838656.00"},
{"-1000000000000000000000000000000", ",.2f", "-1,000,000,000,000,000,019,884,624,838,656.00"},
{"-1000000000000000000000000000000", "g", "-1e+30"},
{"-1000000000000000000000000000000", "G", "-1E+30"},
{"-1000000000000000000000000000000", "%", "-100000000000000005366162204393472.000000%"},
{"-1000000000000000000000000000000", ".1%", "-100000000000000005366162204393472.0%"},
{"-1000000000000000000000000000000", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"-1000000000000000000000000000000", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"-1000000000000000000000000000000", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"-1000000000000000000000000000000", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"-1000000000000000000000000000000", ".", "!ValueError: Format specifier missing precision"},
{"-1000000000000000000000000000000", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"-1000000000000000000000000000000", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"-1000000000000000000000000000000", ",,", "!ValueError: Cannot specify ',' with ','."},
{"-1000000000000000000000000000000", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"-1000000000000000000000000000000", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"-1000000000000000000000000000000", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"-1000000000000000000000000000000", ">>5", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"-1000000000000000000000000000000", "<>5", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-1000000000000000000000000000000", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"-1000000000000000000000000000000", "\331\241\331\240", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"-1000000000000000000000000000000", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"-1000000000000000000000000000000", "=", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", " =8", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "_=8", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "^010", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", "<010", "-1000000000000000000000000000000"},
{"-1000000000000000000000000000000", ">010", "-1000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "d", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "5", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "<5", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ">8", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "^9", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "*^9", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "0", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "08", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "010", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "+", "+13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "-", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", " ", " 13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "+d", "+13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", " d", " 13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "=+8", "+13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "=8", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "x<8", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "x<010", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "\303\251>10,", "13,582,985,290,493,858,492,773,514,283,592,667,786,034,938,469,317,445,497,485,196,697,278,130,927,542,418,487,205,392,083,207,560,592,298,578,262,953,847,383,475,038,725,543,234,929,971,155,548,342,800,628,721,885,763,499,406,390,331,782,864,144,164,680,730,766,837,160,526,223,176,512,798,435,772,129,956,553,355,286,032,203,080,380,775,759,732,320,198,985,094,884,004,069,116,123,084,147,875,437,183,658,467,465,148,948,790,552,744,165,376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "\360\237\230\200^9", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",", "13,582,985,290,493,858,492,773,514,283,592,667,786,034,938,469,317,445,497,485,196,697,278,130,927,542,418,487,205,392,083,207,560,592,298,578,262,953,847,383,475,038,725,543,234,929,971,155,548,342,800,628,721,885,763,499,406,390,331,782,864,144,164,680,730,766,837,160,526,223,176,512,798,435,772,129,956,553,355,286,032,203,080,380,775,759,732,320,198,985,094,884,004,069,116,123,084,147,875,437,183,658,467,465,148,948,790,552,744,165,376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "_", "13_582_985_290_493_858_492_773_514_283_592_667_786_034_938_469_317_445_497_485_196_697_278_130_927_542_418_487_205_392_083_207_560_592_298_578_262_953_847_383_475_038_725_543_234_929_971_155_548_342_800_628_721_885_763_499_406_390_331_782_864_144_164_680_730_766_837_160_526_223_176_512_798_435_772_129_956_553_355_286_032_203_080_380_775_759_732_320_198_985_094_884_004_069_116_123_084_147_875_437_183_658_467_465_148_948_790_552_744_165_376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "010,", "13,582,985,290,493,858,492,773,514,283,592,667,786,034,938,469,317,445,497,485,196,697,278,130,927,542,418,487,205,392,083,207,560,592,298,578,262,953,847,383,475,038,725,543,234,929,971,155,548,342,800,628,721,885,763,499,406,390,331,782,864,144,164,680,730,766,837,160,526,223,176,512,798,435,772,129,956,553,355,286,032,203,080,380,775,759,732,320,198,985,094,884,004,069,116,123,084,147,875,437,183,658,467,465,148,948,790,552,744,165,376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "09,", "13,582,985,290,493,858,492,773,514,283,592,667,786,034,938,469,317,445,497,485,196,697,278,130,927,542,418,487,205,392,083,207,560,592,298,578,262,953,847,383,475,038,725,543,234,929,971,155,548,342,800,628,721,885,763,499,406,390,331,782,864,144,164,680,730,766,837,160,526,223,176,512,798,435,772,129,956,553,355,286,032,203,080,380,775,759,732,320,198,985,094,884,004,069,116,123,084,147,875,437,183,658,467,465,148,948,790,552,744,165,376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "0=10,", "13,582,985,290,493,858,492,773,514,283,592,667,786,034,938,469,317,445,497,485,196,697,278,130,927,542,418,487,205,392,083,207,560,592,298,578,262,953,847,383,475,038,725,543,234,929,971,155,548,342,800,628,721,885,763,499,406,390,331,782,864,144,164,680,730,766,837,160,526,223,176,512,798,435,772,129,956,553,355,286,032,203,080,380,775,759,732,320,198,985,094,884,004,069,116,123,084,147,875,437,183,658,467,465,148,948,790,552,744,165,376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "x=10,", "13,582,985,290,493,858,492,773,514,283,592,667,786,034,938,469,317,445,497,485,196,697,278,130,927,542,418,487,205,392,083,207,560,592,298,578,262,953,847,383,475,038,725,543,234,929,971,155,548,342,800,628,721,885,763,499,406,390,331,782,864,144,164,680,730,766,837,160,526,223,176,512,798,435,772,129,956,553,355,286,032,203,080,380,775,759,732,320,198,985,094,884,004,069,116,123,084,147,875,437,183,658,467,465,148,948,790,552,744,165,376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "020_", "13_582_985_290_493_858_492_773_514_283_592_667_786_034_938_469_317_445_497_485_196_697_278_130_927_542_418_487_205_392_083_207_560_592_298_578_262_953_847_383_475_038_725_543_234_929_971_155_548_342_800_628_721_885_763_499_406_390_331_782_864_144_164_680_730_766_837_160_526_223_176_512_798_435_772_129_956_553_355_286_032_203_080_380_775_759_732_320_198_985_094_884_004_069_116_123_084_147_875_437_183_658_467_465_148_948_790_552_744_165_376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "x", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "X", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "o", "4000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "b", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#x", "0x100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#X", "0X100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#o", "0o4000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#b", "0b100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "_x", "1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#_x", "0x1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#_b", "0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#020_x", "0x1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#010x", "0x100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "^#10x", "0x100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "0=#10x", "0x100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "_o", "400_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",x", "!ValueError: Cannot specify ',' with 'x'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",b", "!ValueError: Cannot specify ',' with 'b'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",o", "!ValueError: Cannot specify ',' with 'o'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",X", "!ValueError: Cannot specify ',' with 'X'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "c", "!OverflowError: Python int too large to convert to C long"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "5c", "!OverflowError: Python int too large to convert to C long"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "05c", "!OverflowError: Python int too large to convert to C long"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",c", "!ValueError: Cannot specify ',' with 'c'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "_c", "!ValueError: Cannot specify '_' with 'c'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "z.2", "!ValueError: Precision not allowed in integer format specifier"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "zc", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "n", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",n", "!ValueError: Cannot specify ',' with 'n'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "_n", "!ValueError: Cannot specify '_' with 'n'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "#n", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "e", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "E", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ".2e", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "f", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ".2f", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",.2f", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "g", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "G", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "%", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ".1%", "!OverflowError: int too large to convert to float"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "\303\251", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ".2", "!ValueError: Precision not allowed in integer format specifier"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ".", "!ValueError: Format specifier missing precision"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",_", "!ValueError: Cannot specify both ',' and '_'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "_,", "!ValueError: Cannot specify both ',' and '_'."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ",,", "!ValueError: Cannot specify ',' with ','."},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'int'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "c ", "!ValueError: Invalid format specifier 'c ' for object of type 'int'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ">>5", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ">>>5", "!ValueError: Invalid format specifier '>>>5' for object of type 'int'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "<>5", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "\331\241\331\240", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "z+", "!ValueError: Unknown format code '+' for object of type 'int'"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "+z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "=", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", " =8", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "_=8", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "^010", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "<010", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
{"13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", ">010", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"},
// END GENERATED: format_int
    // clang-format on
};

struct BoolCase {
    int value;
    std::string_view spec;
    std::string_view expected;
};

// (int(b), spec, format(b, spec)) for b in (True, False)
constexpr BoolCase bool_cases[] = {
    // clang-format off
// BEGIN GENERATED: format_bool
{1, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'bool'"},
{1, "d", "1"},
{1, "x", "1"},
{1, "5", "    1"},
{1, "s", "!ValueError: Unknown format code 's' for object of type 'bool'"},
{1, "#b", "0b1"},
{1, ">6", "     1"},
{1, "f", "1.000000"},
{1, "c", "\001"},
{1, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
{0, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'bool'"},
{0, "d", "0"},
{0, "x", "0"},
{0, "5", "    0"},
{0, "s", "!ValueError: Unknown format code 's' for object of type 'bool'"},
{0, "#b", "0b0"},
{0, ">6", "     0"},
{0, "f", "0.000000"},
{0, "c", "\000"sv},
{0, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
// END GENERATED: format_bool
    // clang-format on
};

struct FloatCase {
    std::uint64_t bits;
    std::string_view spec;
    std::string_view expected;
};

// (x, spec, format(x, spec))
constexpr FloatCase float_cases[] = {
    // clang-format off
// BEGIN GENERATED: format_float
{0x0000000000000000ULL, "", "0.0"}, // 0.0
{0x0000000000000000ULL, "f", "0.000000"}, // 0.0
{0x0000000000000000ULL, ".0f", "0"}, // 0.0
{0x0000000000000000ULL, ".2f", "0.00"}, // 0.0
{0x0000000000000000ULL, "0.2f", "0.00"}, // 0.0
{0x0000000000000000ULL, ".6f", "0.000000"}, // 0.0
{0x0000000000000000ULL, "08.3f", "0000.000"}, // 0.0
{0x0000000000000000ULL, "+.3f", "+0.000"}, // 0.0
{0x0000000000000000ULL, " .3f", " 0.000"}, // 0.0
{0x0000000000000000ULL, "#.0f", "0."}, // 0.0
{0x0000000000000000ULL, ".30f", "0.000000000000000000000000000000"}, // 0.0
{0x0000000000000000ULL, "e", "0.000000e+00"}, // 0.0
{0x0000000000000000ULL, "E", "0.000000E+00"}, // 0.0
{0x0000000000000000ULL, ".0e", "0e+00"}, // 0.0
{0x0000000000000000ULL, "#.0e", "0.e+00"}, // 0.0
{0x0000000000000000ULL, ".3e", "0.000e+00"}, // 0.0
{0x0000000000000000ULL, ".20e", "0.00000000000000000000e+00"}, // 0.0
{0x0000000000000000ULL, "g", "0"}, // 0.0
{0x0000000000000000ULL, "G", "0"}, // 0.0
{0x0000000000000000ULL, ".3g", "0"}, // 0.0
{0x0000000000000000ULL, "#g", "0.00000"}, // 0.0
{0x0000000000000000ULL, "#.3g", "0.00"}, // 0.0
{0x0000000000000000ULL, ".0g", "0"}, // 0.0
{0x0000000000000000ULL, ".17g", "0"}, // 0.0
{0x0000000000000000ULL, ".3", "0.0"}, // 0.0
{0x0000000000000000ULL, ".5", "0.0"}, // 0.0
{0x0000000000000000ULL, "#.5", "0.0000"}, // 0.0
{0x0000000000000000ULL, ".0", "0e+00"}, // 0.0
{0x0000000000000000ULL, ".17", "0.0"}, // 0.0
{0x0000000000000000ULL, "n", "0"}, // 0.0
{0x0000000000000000ULL, ".3n", "0"}, // 0.0
{0x0000000000000000ULL, "%", "0.000000%"}, // 0.0
{0x0000000000000000ULL, ".1%", "0.0%"}, // 0.0
{0x0000000000000000ULL, ".0%", "0%"}, // 0.0
{0x0000000000000000ULL, "z", "0.0"}, // 0.0
{0x0000000000000000ULL, "z.1f", "0.0"}, // 0.0
{0x0000000000000000ULL, "z.3e", "0.000e+00"}, // 0.0
{0x0000000000000000ULL, "z.0%", "0%"}, // 0.0
{0x0000000000000000ULL, "z%", "0.000000%"}, // 0.0
{0x0000000000000000ULL, "+", "+0.0"}, // 0.0
{0x0000000000000000ULL, "010", "00000000.0"}, // 0.0
{0x0000000000000000ULL, "+010", "+0000000.0"}, // 0.0
{0x0000000000000000ULL, "=+10", "+      0.0"}, // 0.0
{0x0000000000000000ULL, "=10", "       0.0"}, // 0.0
{0x0000000000000000ULL, " =10", "       0.0"}, // 0.0
{0x0000000000000000ULL, "0<10", "0.00000000"}, // 0.0
{0x0000000000000000ULL, "0^10", "0000.00000"}, // 0.0
{0x0000000000000000ULL, "0=10", "00000000.0"}, // 0.0
{0x0000000000000000ULL, ">10", "       0.0"}, // 0.0
{0x0000000000000000ULL, "<10", "0.0       "}, // 0.0
{0x0000000000000000ULL, "^10", "   0.0    "}, // 0.0
{0x0000000000000000ULL, "*^12", "****0.0*****"}, // 0.0
{0x0000000000000000ULL, "\303\251^12", "\303\251\303\251\303\251\303\2510.0\303\251\303\251\303\251\303\251\303\251"}, // 0.0
{0x0000000000000000ULL, ",", "0.0"}, // 0.0
{0x0000000000000000ULL, "_", "0.0"}, // 0.0
{0x0000000000000000ULL, "015,.2f", "0,000,000,000.00"}, // 0.0
{0x0000000000000000ULL, "010_", "0_000_000.0"}, // 0.0
{0x0000000000000000ULL, "011,e", "0.000000e+00"}, // 0.0
{0x0000000000000000ULL, "+015,.1f", "+0,000,000,000.0"}, // 0.0
{0x0000000000000000ULL, "0^20,", "000000000.0000000000"}, // 0.0
{0x0000000000000000ULL, "*^20,", "********0.0*********"}, // 0.0
{0x0000000000000000ULL, ",.0f", "0"}, // 0.0
{0x0000000000000000ULL, "_.2f", "0.00"}, // 0.0
{0x0000000000000000ULL, ",.2f", "0.00"}, // 0.0
{0x0000000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 0.0
{0x0000000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 0.0
{0x0000000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 0.0
{0x0000000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 0.0
{0x0000000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 0.0
{0x0000000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 0.0
{0x0000000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 0.0
{0x0000000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 0.0
{0x0000000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 0.0
{0x0000000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 0.0
{0x0000000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // 0.0
{0x0000000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 0.0
{0x0000000000000000ULL, "#", "0.0"}, // 0.0
{0x0000000000000000ULL, "#.0", "0.e+00"}, // 0.0
{0x0000000000000000ULL, "-", "0.0"}, // 0.0
{0x8000000000000000ULL, "", "-0.0"}, // -0.0
{0x8000000000000000ULL, "f", "-0.000000"}, // -0.0
{0x8000000000000000ULL, ".0f", "-0"}, // -0.0
{0x8000000000000000ULL, ".2f", "-0.00"}, // -0.0
{0x8000000000000000ULL, "0.2f", "-0.00"}, // -0.0
{0x8000000000000000ULL, ".6f", "-0.000000"}, // -0.0
{0x8000000000000000ULL, "08.3f", "-000.000"}, // -0.0
{0x8000000000000000ULL, "+.3f", "-0.000"}, // -0.0
{0x8000000000000000ULL, " .3f", "-0.000"}, // -0.0
{0x8000000000000000ULL, "#.0f", "-0."}, // -0.0
{0x8000000000000000ULL, ".30f", "-0.000000000000000000000000000000"}, // -0.0
{0x8000000000000000ULL, "e", "-0.000000e+00"}, // -0.0
{0x8000000000000000ULL, "E", "-0.000000E+00"}, // -0.0
{0x8000000000000000ULL, ".0e", "-0e+00"}, // -0.0
{0x8000000000000000ULL, "#.0e", "-0.e+00"}, // -0.0
{0x8000000000000000ULL, ".3e", "-0.000e+00"}, // -0.0
{0x8000000000000000ULL, ".20e", "-0.00000000000000000000e+00"}, // -0.0
{0x8000000000000000ULL, "g", "-0"}, // -0.0
{0x8000000000000000ULL, "G", "-0"}, // -0.0
{0x8000000000000000ULL, ".3g", "-0"}, // -0.0
{0x8000000000000000ULL, "#g", "-0.00000"}, // -0.0
{0x8000000000000000ULL, "#.3g", "-0.00"}, // -0.0
{0x8000000000000000ULL, ".0g", "-0"}, // -0.0
{0x8000000000000000ULL, ".17g", "-0"}, // -0.0
{0x8000000000000000ULL, ".3", "-0.0"}, // -0.0
{0x8000000000000000ULL, ".5", "-0.0"}, // -0.0
{0x8000000000000000ULL, "#.5", "-0.0000"}, // -0.0
{0x8000000000000000ULL, ".0", "-0e+00"}, // -0.0
{0x8000000000000000ULL, ".17", "-0.0"}, // -0.0
{0x8000000000000000ULL, "n", "-0"}, // -0.0
{0x8000000000000000ULL, ".3n", "-0"}, // -0.0
{0x8000000000000000ULL, "%", "-0.000000%"}, // -0.0
{0x8000000000000000ULL, ".1%", "-0.0%"}, // -0.0
{0x8000000000000000ULL, ".0%", "-0%"}, // -0.0
{0x8000000000000000ULL, "z", "0.0"}, // -0.0
{0x8000000000000000ULL, "z.1f", "0.0"}, // -0.0
{0x8000000000000000ULL, "z.3e", "0.000e+00"}, // -0.0
{0x8000000000000000ULL, "z.0%", "0%"}, // -0.0
{0x8000000000000000ULL, "z%", "0.000000%"}, // -0.0
{0x8000000000000000ULL, "+", "-0.0"}, // -0.0
{0x8000000000000000ULL, "010", "-0000000.0"}, // -0.0
{0x8000000000000000ULL, "+010", "-0000000.0"}, // -0.0
{0x8000000000000000ULL, "=+10", "-      0.0"}, // -0.0
{0x8000000000000000ULL, "=10", "-      0.0"}, // -0.0
{0x8000000000000000ULL, " =10", "-      0.0"}, // -0.0
{0x8000000000000000ULL, "0<10", "-0.0000000"}, // -0.0
{0x8000000000000000ULL, "0^10", "000-0.0000"}, // -0.0
{0x8000000000000000ULL, "0=10", "-0000000.0"}, // -0.0
{0x8000000000000000ULL, ">10", "      -0.0"}, // -0.0
{0x8000000000000000ULL, "<10", "-0.0      "}, // -0.0
{0x8000000000000000ULL, "^10", "   -0.0   "}, // -0.0
{0x8000000000000000ULL, "*^12", "****-0.0****"}, // -0.0
{0x8000000000000000ULL, "\303\251^12", "\303\251\303\251\303\251\303\251-0.0\303\251\303\251\303\251\303\251"}, // -0.0
{0x8000000000000000ULL, ",", "-0.0"}, // -0.0
{0x8000000000000000ULL, "_", "-0.0"}, // -0.0
{0x8000000000000000ULL, "015,.2f", "-000,000,000.00"}, // -0.0
{0x8000000000000000ULL, "010_", "-000_000.0"}, // -0.0
{0x8000000000000000ULL, "011,e", "-0.000000e+00"}, // -0.0
{0x8000000000000000ULL, "+015,.1f", "-0,000,000,000.0"}, // -0.0
{0x8000000000000000ULL, "0^20,", "00000000-0.000000000"}, // -0.0
{0x8000000000000000ULL, "*^20,", "********-0.0********"}, // -0.0
{0x8000000000000000ULL, ",.0f", "-0"}, // -0.0
{0x8000000000000000ULL, "_.2f", "-0.00"}, // -0.0
{0x8000000000000000ULL, ",.2f", "-0.00"}, // -0.0
{0x8000000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // -0.0
{0x8000000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // -0.0
{0x8000000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // -0.0
{0x8000000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // -0.0
{0x8000000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // -0.0
{0x8000000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // -0.0
{0x8000000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // -0.0
{0x8000000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // -0.0
{0x8000000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // -0.0
{0x8000000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // -0.0
{0x8000000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // -0.0
{0x8000000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // -0.0
{0x8000000000000000ULL, "#", "-0.0"}, // -0.0
{0x8000000000000000ULL, "#.0", "-0.e+00"}, // -0.0
{0x8000000000000000ULL, "-", "-0.0"}, // -0.0
{0x3ff0000000000000ULL, "", "1.0"}, // 1.0
{0x3ff0000000000000ULL, "f", "1.000000"}, // 1.0
{0x3ff0000000000000ULL, ".0f", "1"}, // 1.0
{0x3ff0000000000000ULL, ".2f", "1.00"}, // 1.0
{0x3ff0000000000000ULL, "0.2f", "1.00"}, // 1.0
{0x3ff0000000000000ULL, ".6f", "1.000000"}, // 1.0
{0x3ff0000000000000ULL, "08.3f", "0001.000"}, // 1.0
{0x3ff0000000000000ULL, "+.3f", "+1.000"}, // 1.0
{0x3ff0000000000000ULL, " .3f", " 1.000"}, // 1.0
{0x3ff0000000000000ULL, "#.0f", "1."}, // 1.0
{0x3ff0000000000000ULL, ".30f", "1.000000000000000000000000000000"}, // 1.0
{0x3ff0000000000000ULL, "e", "1.000000e+00"}, // 1.0
{0x3ff0000000000000ULL, "E", "1.000000E+00"}, // 1.0
{0x3ff0000000000000ULL, ".0e", "1e+00"}, // 1.0
{0x3ff0000000000000ULL, "#.0e", "1.e+00"}, // 1.0
{0x3ff0000000000000ULL, ".3e", "1.000e+00"}, // 1.0
{0x3ff0000000000000ULL, ".20e", "1.00000000000000000000e+00"}, // 1.0
{0x3ff0000000000000ULL, "g", "1"}, // 1.0
{0x3ff0000000000000ULL, "G", "1"}, // 1.0
{0x3ff0000000000000ULL, ".3g", "1"}, // 1.0
{0x3ff0000000000000ULL, "#g", "1.00000"}, // 1.0
{0x3ff0000000000000ULL, "#.3g", "1.00"}, // 1.0
{0x3ff0000000000000ULL, ".0g", "1"}, // 1.0
{0x3ff0000000000000ULL, ".17g", "1"}, // 1.0
{0x3ff0000000000000ULL, ".3", "1.0"}, // 1.0
{0x3ff0000000000000ULL, ".5", "1.0"}, // 1.0
{0x3ff0000000000000ULL, "#.5", "1.0000"}, // 1.0
{0x3ff0000000000000ULL, ".0", "1e+00"}, // 1.0
{0x3ff0000000000000ULL, ".17", "1.0"}, // 1.0
{0x3ff0000000000000ULL, "n", "1"}, // 1.0
{0x3ff0000000000000ULL, ".3n", "1"}, // 1.0
{0x3ff0000000000000ULL, "%", "100.000000%"}, // 1.0
{0x3ff0000000000000ULL, ".1%", "100.0%"}, // 1.0
{0x3ff0000000000000ULL, ".0%", "100%"}, // 1.0
{0x3ff0000000000000ULL, "z", "1.0"}, // 1.0
{0x3ff0000000000000ULL, "z.1f", "1.0"}, // 1.0
{0x3ff0000000000000ULL, "z.3e", "1.000e+00"}, // 1.0
{0x3ff0000000000000ULL, "z.0%", "100%"}, // 1.0
{0x3ff0000000000000ULL, "z%", "100.000000%"}, // 1.0
{0x3ff0000000000000ULL, "+", "+1.0"}, // 1.0
{0x3ff0000000000000ULL, "010", "00000001.0"}, // 1.0
{0x3ff0000000000000ULL, "+010", "+0000001.0"}, // 1.0
{0x3ff0000000000000ULL, "=+10", "+      1.0"}, // 1.0
{0x3ff0000000000000ULL, "=10", "       1.0"}, // 1.0
{0x3ff0000000000000ULL, " =10", "       1.0"}, // 1.0
{0x3ff0000000000000ULL, "0<10", "1.00000000"}, // 1.0
{0x3ff0000000000000ULL, "0^10", "0001.00000"}, // 1.0
{0x3ff0000000000000ULL, "0=10", "00000001.0"}, // 1.0
{0x3ff0000000000000ULL, ">10", "       1.0"}, // 1.0
{0x3ff0000000000000ULL, "<10", "1.0       "}, // 1.0
{0x3ff0000000000000ULL, "^10", "   1.0    "}, // 1.0
{0x3ff0000000000000ULL, "*^12", "****1.0*****"}, // 1.0
{0x3ff0000000000000ULL, "\303\251^12", "\303\251\303\251\303\251\303\2511.0\303\251\303\251\303\251\303\251\303\251"}, // 1.0
{0x3ff0000000000000ULL, ",", "1.0"}, // 1.0
{0x3ff0000000000000ULL, "_", "1.0"}, // 1.0
{0x3ff0000000000000ULL, "015,.2f", "0,000,000,001.00"}, // 1.0
{0x3ff0000000000000ULL, "010_", "0_000_001.0"}, // 1.0
{0x3ff0000000000000ULL, "011,e", "1.000000e+00"}, // 1.0
{0x3ff0000000000000ULL, "+015,.1f", "+0,000,000,001.0"}, // 1.0
{0x3ff0000000000000ULL, "0^20,", "000000001.0000000000"}, // 1.0
{0x3ff0000000000000ULL, "*^20,", "********1.0*********"}, // 1.0
{0x3ff0000000000000ULL, ",.0f", "1"}, // 1.0
{0x3ff0000000000000ULL, "_.2f", "1.00"}, // 1.0
{0x3ff0000000000000ULL, ",.2f", "1.00"}, // 1.0
{0x3ff0000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1.0
{0x3ff0000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1.0
{0x3ff0000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1.0
{0x3ff0000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1.0
{0x3ff0000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1.0
{0x3ff0000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1.0
{0x3ff0000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1.0
{0x3ff0000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1.0
{0x3ff0000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1.0
{0x3ff0000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1.0
{0x3ff0000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // 1.0
{0x3ff0000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1.0
{0x3ff0000000000000ULL, "#", "1.0"}, // 1.0
{0x3ff0000000000000ULL, "#.0", "1.e+00"}, // 1.0
{0x3ff0000000000000ULL, "-", "1.0"}, // 1.0
{0xbff8000000000000ULL, "", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "f", "-1.500000"}, // -1.5
{0xbff8000000000000ULL, ".0f", "-2"}, // -1.5
{0xbff8000000000000ULL, ".2f", "-1.50"}, // -1.5
{0xbff8000000000000ULL, "0.2f", "-1.50"}, // -1.5
{0xbff8000000000000ULL, ".6f", "-1.500000"}, // -1.5
{0xbff8000000000000ULL, "08.3f", "-001.500"}, // -1.5
{0xbff8000000000000ULL, "+.3f", "-1.500"}, // -1.5
{0xbff8000000000000ULL, " .3f", "-1.500"}, // -1.5
{0xbff8000000000000ULL, "#.0f", "-2."}, // -1.5
{0xbff8000000000000ULL, ".30f", "-1.500000000000000000000000000000"}, // -1.5
{0xbff8000000000000ULL, "e", "-1.500000e+00"}, // -1.5
{0xbff8000000000000ULL, "E", "-1.500000E+00"}, // -1.5
{0xbff8000000000000ULL, ".0e", "-2e+00"}, // -1.5
{0xbff8000000000000ULL, "#.0e", "-2.e+00"}, // -1.5
{0xbff8000000000000ULL, ".3e", "-1.500e+00"}, // -1.5
{0xbff8000000000000ULL, ".20e", "-1.50000000000000000000e+00"}, // -1.5
{0xbff8000000000000ULL, "g", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "G", "-1.5"}, // -1.5
{0xbff8000000000000ULL, ".3g", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "#g", "-1.50000"}, // -1.5
{0xbff8000000000000ULL, "#.3g", "-1.50"}, // -1.5
{0xbff8000000000000ULL, ".0g", "-2"}, // -1.5
{0xbff8000000000000ULL, ".17g", "-1.5"}, // -1.5
{0xbff8000000000000ULL, ".3", "-1.5"}, // -1.5
{0xbff8000000000000ULL, ".5", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "#.5", "-1.5000"}, // -1.5
{0xbff8000000000000ULL, ".0", "-2e+00"}, // -1.5
{0xbff8000000000000ULL, ".17", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "n", "-1.5"}, // -1.5
{0xbff8000000000000ULL, ".3n", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "%", "-150.000000%"}, // -1.5
{0xbff8000000000000ULL, ".1%", "-150.0%"}, // -1.5
{0xbff8000000000000ULL, ".0%", "-150%"}, // -1.5
{0xbff8000000000000ULL, "z", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "z.1f", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "z.3e", "-1.500e+00"}, // -1.5
{0xbff8000000000000ULL, "z.0%", "-150%"}, // -1.5
{0xbff8000000000000ULL, "z%", "-150.000000%"}, // -1.5
{0xbff8000000000000ULL, "+", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "010", "-0000001.5"}, // -1.5
{0xbff8000000000000ULL, "+010", "-0000001.5"}, // -1.5
{0xbff8000000000000ULL, "=+10", "-      1.5"}, // -1.5
{0xbff8000000000000ULL, "=10", "-      1.5"}, // -1.5
{0xbff8000000000000ULL, " =10", "-      1.5"}, // -1.5
{0xbff8000000000000ULL, "0<10", "-1.5000000"}, // -1.5
{0xbff8000000000000ULL, "0^10", "000-1.5000"}, // -1.5
{0xbff8000000000000ULL, "0=10", "-0000001.5"}, // -1.5
{0xbff8000000000000ULL, ">10", "      -1.5"}, // -1.5
{0xbff8000000000000ULL, "<10", "-1.5      "}, // -1.5
{0xbff8000000000000ULL, "^10", "   -1.5   "}, // -1.5
{0xbff8000000000000ULL, "*^12", "****-1.5****"}, // -1.5
{0xbff8000000000000ULL, "\303\251^12", "\303\251\303\251\303\251\303\251-1.5\303\251\303\251\303\251\303\251"}, // -1.5
{0xbff8000000000000ULL, ",", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "_", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "015,.2f", "-000,000,001.50"}, // -1.5
{0xbff8000000000000ULL, "010_", "-000_001.5"}, // -1.5
{0xbff8000000000000ULL, "011,e", "-1.500000e+00"}, // -1.5
{0xbff8000000000000ULL, "+015,.1f", "-0,000,000,001.5"}, // -1.5
{0xbff8000000000000ULL, "0^20,", "00000000-1.500000000"}, // -1.5
{0xbff8000000000000ULL, "*^20,", "********-1.5********"}, // -1.5
{0xbff8000000000000ULL, ",.0f", "-2"}, // -1.5
{0xbff8000000000000ULL, "_.2f", "-1.50"}, // -1.5
{0xbff8000000000000ULL, ",.2f", "-1.50"}, // -1.5
{0xbff8000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // -1.5
{0xbff8000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // -1.5
{0xbff8000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // -1.5
{0xbff8000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // -1.5
{0xbff8000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // -1.5
{0xbff8000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // -1.5
{0xbff8000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // -1.5
{0xbff8000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // -1.5
{0xbff8000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // -1.5
{0xbff8000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // -1.5
{0xbff8000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // -1.5
{0xbff8000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // -1.5
{0xbff8000000000000ULL, "#", "-1.5"}, // -1.5
{0xbff8000000000000ULL, "#.0", "-2.e+00"}, // -1.5
{0xbff8000000000000ULL, "-", "-1.5"}, // -1.5
{0x3fb999999999999aULL, "", "0.1"}, // 0.1
{0x3fb999999999999aULL, "f", "0.100000"}, // 0.1
{0x3fb999999999999aULL, ".0f", "0"}, // 0.1
{0x3fb999999999999aULL, ".2f", "0.10"}, // 0.1
{0x3fb999999999999aULL, "0.2f", "0.10"}, // 0.1
{0x3fb999999999999aULL, ".6f", "0.100000"}, // 0.1
{0x3fb999999999999aULL, "08.3f", "0000.100"}, // 0.1
{0x3fb999999999999aULL, "+.3f", "+0.100"}, // 0.1
{0x3fb999999999999aULL, " .3f", " 0.100"}, // 0.1
{0x3fb999999999999aULL, "#.0f", "0."}, // 0.1
{0x3fb999999999999aULL, ".30f", "0.100000000000000005551115123126"}, // 0.1
{0x3fb999999999999aULL, "e", "1.000000e-01"}, // 0.1
{0x3fb999999999999aULL, "E", "1.000000E-01"}, // 0.1
{0x3fb999999999999aULL, ".0e", "1e-01"}, // 0.1
{0x3fb999999999999aULL, "#.0e", "1.e-01"}, // 0.1
{0x3fb999999999999aULL, ".3e", "1.000e-01"}, // 0.1
{0x3fb999999999999aULL, ".20e", "1.00000000000000005551e-01"}, // 0.1
{0x3fb999999999999aULL, "g", "0.1"}, // 0.1
{0x3fb999999999999aULL, "G", "0.1"}, // 0.1
{0x3fb999999999999aULL, ".3g", "0.1"}, // 0.1
{0x3fb999999999999aULL, "#g", "0.100000"}, // 0.1
{0x3fb999999999999aULL, "#.3g", "0.100"}, // 0.1
{0x3fb999999999999aULL, ".0g", "0.1"}, // 0.1
{0x3fb999999999999aULL, ".17g", "0.10000000000000001"}, // 0.1
{0x3fb999999999999aULL, ".3", "0.1"}, // 0.1
{0x3fb999999999999aULL, ".5", "0.1"}, // 0.1
{0x3fb999999999999aULL, "#.5", "0.10000"}, // 0.1
{0x3fb999999999999aULL, ".0", "0.1"}, // 0.1
{0x3fb999999999999aULL, ".17", "0.10000000000000001"}, // 0.1
{0x3fb999999999999aULL, "n", "0.1"}, // 0.1
{0x3fb999999999999aULL, ".3n", "0.1"}, // 0.1
{0x3fb999999999999aULL, "%", "10.000000%"}, // 0.1
{0x3fb999999999999aULL, ".1%", "10.0%"}, // 0.1
{0x3fb999999999999aULL, ".0%", "10%"}, // 0.1
{0x3fb999999999999aULL, "z", "0.1"}, // 0.1
{0x3fb999999999999aULL, "z.1f", "0.1"}, // 0.1
{0x3fb999999999999aULL, "z.3e", "1.000e-01"}, // 0.1
{0x3fb999999999999aULL, "z.0%", "10%"}, // 0.1
{0x3fb999999999999aULL, "z%", "10.000000%"}, // 0.1
{0x3fb999999999999aULL, "+", "+0.1"}, // 0.1
{0x3fb999999999999aULL, "010", "00000000.1"}, // 0.1
{0x3fb999999999999aULL, "+010", "+0000000.1"}, // 0.1
{0x3fb999999999999aULL, "=+10", "+      0.1"}, // 0.1
{0x3fb999999999999aULL, "=10", "       0.1"}, // 0.1
{0x3fb999999999999aULL, " =10", "       0.1"}, // 0.1
{0x3fb999999999999aULL, "0<10", "0.10000000"}, // 0.1
{0x3fb999999999999aULL, "0^10", "0000.10000"}, // 0.1
{0x3fb999999999999aULL, "0=10", "00000000.1"}, // 0.1
{0x3fb999999999999aULL, ">10", "       0.1"}, // 0.1
{0x3fb999999999999aULL, "<10", "0.1       "}, // 0.1
{0x3fb999999999999aULL, "^10", "   0.1    "}, // 0.1
{0x3fb999999999999aULL, "*^12", "****0.1*****"}, // 0.1
{0x3fb999999999999aULL, "\303\251^12", "\303\251\303\251\303\251\303\2510.1\303\251\303\251\303\251\303\251\303\251"}, // 0.1
{0x3fb999999999999aULL, ",", "0.1"}, // 0.1
{0x3fb999999999999aULL, "_", "0.1"}, // 0.1
{0x3fb999999999999aULL, "015,.2f", "0,000,000,000.10"}, // 0.1
{0x3fb999999999999aULL, "010_", "0_000_000.1"}, // 0.1
{0x3fb999999999999aULL, "011,e", "1.000000e-01"}, // 0.1
{0x3fb999999999999aULL, "+015,.1f", "+0,000,000,000.1"}, // 0.1
{0x3fb999999999999aULL, "0^20,", "000000000.1000000000"}, // 0.1
{0x3fb999999999999aULL, "*^20,", "********0.1*********"}, // 0.1
{0x3fb999999999999aULL, ",.0f", "0"}, // 0.1
{0x3fb999999999999aULL, "_.2f", "0.10"}, // 0.1
{0x3fb999999999999aULL, ",.2f", "0.10"}, // 0.1
{0x3fb999999999999aULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 0.1
{0x3fb999999999999aULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 0.1
{0x3fb999999999999aULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 0.1
{0x3fb999999999999aULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 0.1
{0x3fb999999999999aULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 0.1
{0x3fb999999999999aULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 0.1
{0x3fb999999999999aULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 0.1
{0x3fb999999999999aULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 0.1
{0x3fb999999999999aULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 0.1
{0x3fb999999999999aULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 0.1
{0x3fb999999999999aULL, ".2147483648f", "!ValueError: precision too big"}, // 0.1
{0x3fb999999999999aULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 0.1
{0x3fb999999999999aULL, "#", "0.1"}, // 0.1
{0x3fb999999999999aULL, "#.0", "0.1"}, // 0.1
{0x3fb999999999999aULL, "-", "0.1"}, // 0.1
{0x4004000000000000ULL, "", "2.5"}, // 2.5
{0x4004000000000000ULL, "f", "2.500000"}, // 2.5
{0x4004000000000000ULL, ".0f", "2"}, // 2.5
{0x4004000000000000ULL, ".2f", "2.50"}, // 2.5
{0x4004000000000000ULL, "0.2f", "2.50"}, // 2.5
{0x4004000000000000ULL, ".6f", "2.500000"}, // 2.5
{0x4004000000000000ULL, "08.3f", "0002.500"}, // 2.5
{0x4004000000000000ULL, "+.3f", "+2.500"}, // 2.5
{0x4004000000000000ULL, " .3f", " 2.500"}, // 2.5
{0x4004000000000000ULL, "#.0f", "2."}, // 2.5
{0x4004000000000000ULL, ".30f", "2.500000000000000000000000000000"}, // 2.5
{0x4004000000000000ULL, "e", "2.500000e+00"}, // 2.5
{0x4004000000000000ULL, "E", "2.500000E+00"}, // 2.5
{0x4004000000000000ULL, ".0e", "2e+00"}, // 2.5
{0x4004000000000000ULL, "#.0e", "2.e+00"}, // 2.5
{0x4004000000000000ULL, ".3e", "2.500e+00"}, // 2.5
{0x4004000000000000ULL, ".20e", "2.50000000000000000000e+00"}, // 2.5
{0x4004000000000000ULL, "g", "2.5"}, // 2.5
{0x4004000000000000ULL, "G", "2.5"}, // 2.5
{0x4004000000000000ULL, ".3g", "2.5"}, // 2.5
{0x4004000000000000ULL, "#g", "2.50000"}, // 2.5
{0x4004000000000000ULL, "#.3g", "2.50"}, // 2.5
{0x4004000000000000ULL, ".0g", "2"}, // 2.5
{0x4004000000000000ULL, ".17g", "2.5"}, // 2.5
{0x4004000000000000ULL, ".3", "2.5"}, // 2.5
{0x4004000000000000ULL, ".5", "2.5"}, // 2.5
{0x4004000000000000ULL, "#.5", "2.5000"}, // 2.5
{0x4004000000000000ULL, ".0", "2e+00"}, // 2.5
{0x4004000000000000ULL, ".17", "2.5"}, // 2.5
{0x4004000000000000ULL, "n", "2.5"}, // 2.5
{0x4004000000000000ULL, ".3n", "2.5"}, // 2.5
{0x4004000000000000ULL, "%", "250.000000%"}, // 2.5
{0x4004000000000000ULL, ".1%", "250.0%"}, // 2.5
{0x4004000000000000ULL, ".0%", "250%"}, // 2.5
{0x4004000000000000ULL, "z", "2.5"}, // 2.5
{0x4004000000000000ULL, "z.1f", "2.5"}, // 2.5
{0x4004000000000000ULL, "z.3e", "2.500e+00"}, // 2.5
{0x4004000000000000ULL, "z.0%", "250%"}, // 2.5
{0x4004000000000000ULL, "z%", "250.000000%"}, // 2.5
{0x4004000000000000ULL, "+", "+2.5"}, // 2.5
{0x4004000000000000ULL, "010", "00000002.5"}, // 2.5
{0x4004000000000000ULL, "+010", "+0000002.5"}, // 2.5
{0x4004000000000000ULL, "=+10", "+      2.5"}, // 2.5
{0x4004000000000000ULL, "=10", "       2.5"}, // 2.5
{0x4004000000000000ULL, " =10", "       2.5"}, // 2.5
{0x4004000000000000ULL, "0<10", "2.50000000"}, // 2.5
{0x4004000000000000ULL, "0^10", "0002.50000"}, // 2.5
{0x4004000000000000ULL, "0=10", "00000002.5"}, // 2.5
{0x4004000000000000ULL, ">10", "       2.5"}, // 2.5
{0x4004000000000000ULL, "<10", "2.5       "}, // 2.5
{0x4004000000000000ULL, "^10", "   2.5    "}, // 2.5
{0x4004000000000000ULL, "*^12", "****2.5*****"}, // 2.5
{0x4004000000000000ULL, "\303\251^12", "\303\251\303\251\303\251\303\2512.5\303\251\303\251\303\251\303\251\303\251"}, // 2.5
{0x4004000000000000ULL, ",", "2.5"}, // 2.5
{0x4004000000000000ULL, "_", "2.5"}, // 2.5
{0x4004000000000000ULL, "015,.2f", "0,000,000,002.50"}, // 2.5
{0x4004000000000000ULL, "010_", "0_000_002.5"}, // 2.5
{0x4004000000000000ULL, "011,e", "2.500000e+00"}, // 2.5
{0x4004000000000000ULL, "+015,.1f", "+0,000,000,002.5"}, // 2.5
{0x4004000000000000ULL, "0^20,", "000000002.5000000000"}, // 2.5
{0x4004000000000000ULL, "*^20,", "********2.5*********"}, // 2.5
{0x4004000000000000ULL, ",.0f", "2"}, // 2.5
{0x4004000000000000ULL, "_.2f", "2.50"}, // 2.5
{0x4004000000000000ULL, ",.2f", "2.50"}, // 2.5
{0x4004000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 2.5
{0x4004000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 2.5
{0x4004000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 2.5
{0x4004000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 2.5
{0x4004000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 2.5
{0x4004000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 2.5
{0x4004000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 2.5
{0x4004000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 2.5
{0x4004000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 2.5
{0x4004000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 2.5
{0x4004000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // 2.5
{0x4004000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 2.5
{0x4004000000000000ULL, "#", "2.5"}, // 2.5
{0x4004000000000000ULL, "#.0", "2.e+00"}, // 2.5
{0x4004000000000000ULL, "-", "2.5"}, // 2.5
{0x3fc0000000000000ULL, "", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "f", "0.125000"}, // 0.125
{0x3fc0000000000000ULL, ".0f", "0"}, // 0.125
{0x3fc0000000000000ULL, ".2f", "0.12"}, // 0.125
{0x3fc0000000000000ULL, "0.2f", "0.12"}, // 0.125
{0x3fc0000000000000ULL, ".6f", "0.125000"}, // 0.125
{0x3fc0000000000000ULL, "08.3f", "0000.125"}, // 0.125
{0x3fc0000000000000ULL, "+.3f", "+0.125"}, // 0.125
{0x3fc0000000000000ULL, " .3f", " 0.125"}, // 0.125
{0x3fc0000000000000ULL, "#.0f", "0."}, // 0.125
{0x3fc0000000000000ULL, ".30f", "0.125000000000000000000000000000"}, // 0.125
{0x3fc0000000000000ULL, "e", "1.250000e-01"}, // 0.125
{0x3fc0000000000000ULL, "E", "1.250000E-01"}, // 0.125
{0x3fc0000000000000ULL, ".0e", "1e-01"}, // 0.125
{0x3fc0000000000000ULL, "#.0e", "1.e-01"}, // 0.125
{0x3fc0000000000000ULL, ".3e", "1.250e-01"}, // 0.125
{0x3fc0000000000000ULL, ".20e", "1.25000000000000000000e-01"}, // 0.125
{0x3fc0000000000000ULL, "g", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "G", "0.125"}, // 0.125
{0x3fc0000000000000ULL, ".3g", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "#g", "0.125000"}, // 0.125
{0x3fc0000000000000ULL, "#.3g", "0.125"}, // 0.125
{0x3fc0000000000000ULL, ".0g", "0.1"}, // 0.125
{0x3fc0000000000000ULL, ".17g", "0.125"}, // 0.125
{0x3fc0000000000000ULL, ".3", "0.125"}, // 0.125
{0x3fc0000000000000ULL, ".5", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "#.5", "0.12500"}, // 0.125
{0x3fc0000000000000ULL, ".0", "0.1"}, // 0.125
{0x3fc0000000000000ULL, ".17", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "n", "0.125"}, // 0.125
{0x3fc0000000000000ULL, ".3n", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "%", "12.500000%"}, // 0.125
{0x3fc0000000000000ULL, ".1%", "12.5%"}, // 0.125
{0x3fc0000000000000ULL, ".0%", "12%"}, // 0.125
{0x3fc0000000000000ULL, "z", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "z.1f", "0.1"}, // 0.125
{0x3fc0000000000000ULL, "z.3e", "1.250e-01"}, // 0.125
{0x3fc0000000000000ULL, "z.0%", "12%"}, // 0.125
{0x3fc0000000000000ULL, "z%", "12.500000%"}, // 0.125
{0x3fc0000000000000ULL, "+", "+0.125"}, // 0.125
{0x3fc0000000000000ULL, "010", "000000.125"}, // 0.125
{0x3fc0000000000000ULL, "+010", "+00000.125"}, // 0.125
{0x3fc0000000000000ULL, "=+10", "+    0.125"}, // 0.125
{0x3fc0000000000000ULL, "=10", "     0.125"}, // 0.125
{0x3fc0000000000000ULL, " =10", "     0.125"}, // 0.125
{0x3fc0000000000000ULL, "0<10", "0.12500000"}, // 0.125
{0x3fc0000000000000ULL, "0^10", "000.125000"}, // 0.125
{0x3fc0000000000000ULL, "0=10", "000000.125"}, // 0.125
{0x3fc0000000000000ULL, ">10", "     0.125"}, // 0.125
{0x3fc0000000000000ULL, "<10", "0.125     "}, // 0.125
{0x3fc0000000000000ULL, "^10", "  0.125   "}, // 0.125
{0x3fc0000000000000ULL, "*^12", "***0.125****"}, // 0.125
{0x3fc0000000000000ULL, "\303\251^12", "\303\251\303\251\303\2510.125\303\251\303\251\303\251\303\251"}, // 0.125
{0x3fc0000000000000ULL, ",", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "_", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "015,.2f", "0,000,000,000.12"}, // 0.125
{0x3fc0000000000000ULL, "010_", "00_000.125"}, // 0.125
{0x3fc0000000000000ULL, "011,e", "1.250000e-01"}, // 0.125
{0x3fc0000000000000ULL, "+015,.1f", "+0,000,000,000.1"}, // 0.125
{0x3fc0000000000000ULL, "0^20,", "00000000.12500000000"}, // 0.125
{0x3fc0000000000000ULL, "*^20,", "*******0.125********"}, // 0.125
{0x3fc0000000000000ULL, ",.0f", "0"}, // 0.125
{0x3fc0000000000000ULL, "_.2f", "0.12"}, // 0.125
{0x3fc0000000000000ULL, ",.2f", "0.12"}, // 0.125
{0x3fc0000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 0.125
{0x3fc0000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 0.125
{0x3fc0000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 0.125
{0x3fc0000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 0.125
{0x3fc0000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 0.125
{0x3fc0000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 0.125
{0x3fc0000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 0.125
{0x3fc0000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 0.125
{0x3fc0000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 0.125
{0x3fc0000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 0.125
{0x3fc0000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // 0.125
{0x3fc0000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 0.125
{0x3fc0000000000000ULL, "#", "0.125"}, // 0.125
{0x3fc0000000000000ULL, "#.0", "0.1"}, // 0.125
{0x3fc0000000000000ULL, "-", "0.125"}, // 0.125
{0x3fd8000000000000ULL, "", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "f", "0.375000"}, // 0.375
{0x3fd8000000000000ULL, ".0f", "0"}, // 0.375
{0x3fd8000000000000ULL, ".2f", "0.38"}, // 0.375
{0x3fd8000000000000ULL, "0.2f", "0.38"}, // 0.375
{0x3fd8000000000000ULL, ".6f", "0.375000"}, // 0.375
{0x3fd8000000000000ULL, "08.3f", "0000.375"}, // 0.375
{0x3fd8000000000000ULL, "+.3f", "+0.375"}, // 0.375
{0x3fd8000000000000ULL, " .3f", " 0.375"}, // 0.375
{0x3fd8000000000000ULL, "#.0f", "0."}, // 0.375
{0x3fd8000000000000ULL, ".30f", "0.375000000000000000000000000000"}, // 0.375
{0x3fd8000000000000ULL, "e", "3.750000e-01"}, // 0.375
{0x3fd8000000000000ULL, "E", "3.750000E-01"}, // 0.375
{0x3fd8000000000000ULL, ".0e", "4e-01"}, // 0.375
{0x3fd8000000000000ULL, "#.0e", "4.e-01"}, // 0.375
{0x3fd8000000000000ULL, ".3e", "3.750e-01"}, // 0.375
{0x3fd8000000000000ULL, ".20e", "3.75000000000000000000e-01"}, // 0.375
{0x3fd8000000000000ULL, "g", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "G", "0.375"}, // 0.375
{0x3fd8000000000000ULL, ".3g", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "#g", "0.375000"}, // 0.375
{0x3fd8000000000000ULL, "#.3g", "0.375"}, // 0.375
{0x3fd8000000000000ULL, ".0g", "0.4"}, // 0.375
{0x3fd8000000000000ULL, ".17g", "0.375"}, // 0.375
{0x3fd8000000000000ULL, ".3", "0.375"}, // 0.375
{0x3fd8000000000000ULL, ".5", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "#.5", "0.37500"}, // 0.375
{0x3fd8000000000000ULL, ".0", "0.4"}, // 0.375
{0x3fd8000000000000ULL, ".17", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "n", "0.375"}, // 0.375
{0x3fd8000000000000ULL, ".3n", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "%", "37.500000%"}, // 0.375
{0x3fd8000000000000ULL, ".1%", "37.5%"}, // 0.375
{0x3fd8000000000000ULL, ".0%", "38%"}, // 0.375
{0x3fd8000000000000ULL, "z", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "z.1f", "0.4"}, // 0.375
{0x3fd8000000000000ULL, "z.3e", "3.750e-01"}, // 0.375
{0x3fd8000000000000ULL, "z.0%", "38%"}, // 0.375
{0x3fd8000000000000ULL, "z%", "37.500000%"}, // 0.375
{0x3fd8000000000000ULL, "+", "+0.375"}, // 0.375
{0x3fd8000000000000ULL, "010", "000000.375"}, // 0.375
{0x3fd8000000000000ULL, "+010", "+00000.375"}, // 0.375
{0x3fd8000000000000ULL, "=+10", "+    0.375"}, // 0.375
{0x3fd8000000000000ULL, "=10", "     0.375"}, // 0.375
{0x3fd8000000000000ULL, " =10", "     0.375"}, // 0.375
{0x3fd8000000000000ULL, "0<10", "0.37500000"}, // 0.375
{0x3fd8000000000000ULL, "0^10", "000.375000"}, // 0.375
{0x3fd8000000000000ULL, "0=10", "000000.375"}, // 0.375
{0x3fd8000000000000ULL, ">10", "     0.375"}, // 0.375
{0x3fd8000000000000ULL, "<10", "0.375     "}, // 0.375
{0x3fd8000000000000ULL, "^10", "  0.375   "}, // 0.375
{0x3fd8000000000000ULL, "*^12", "***0.375****"}, // 0.375
{0x3fd8000000000000ULL, "\303\251^12", "\303\251\303\251\303\2510.375\303\251\303\251\303\251\303\251"}, // 0.375
{0x3fd8000000000000ULL, ",", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "_", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "015,.2f", "0,000,000,000.38"}, // 0.375
{0x3fd8000000000000ULL, "010_", "00_000.375"}, // 0.375
{0x3fd8000000000000ULL, "011,e", "3.750000e-01"}, // 0.375
{0x3fd8000000000000ULL, "+015,.1f", "+0,000,000,000.4"}, // 0.375
{0x3fd8000000000000ULL, "0^20,", "00000000.37500000000"}, // 0.375
{0x3fd8000000000000ULL, "*^20,", "*******0.375********"}, // 0.375
{0x3fd8000000000000ULL, ",.0f", "0"}, // 0.375
{0x3fd8000000000000ULL, "_.2f", "0.38"}, // 0.375
{0x3fd8000000000000ULL, ",.2f", "0.38"}, // 0.375
{0x3fd8000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 0.375
{0x3fd8000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 0.375
{0x3fd8000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 0.375
{0x3fd8000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 0.375
{0x3fd8000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 0.375
{0x3fd8000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 0.375
{0x3fd8000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 0.375
{0x3fd8000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 0.375
{0x3fd8000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 0.375
{0x3fd8000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 0.375
{0x3fd8000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // 0.375
{0x3fd8000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 0.375
{0x3fd8000000000000ULL, "#", "0.375"}, // 0.375
{0x3fd8000000000000ULL, "#.0", "0.4"}, // 0.375
{0x3fd8000000000000ULL, "-", "0.375"}, // 0.375
{0x40934a456d5cfaadULL, "", "1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "f", "1234.567800"}, // 1234.5678
{0x40934a456d5cfaadULL, ".0f", "1235"}, // 1234.5678
{0x40934a456d5cfaadULL, ".2f", "1234.57"}, // 1234.5678
{0x40934a456d5cfaadULL, "0.2f", "1234.57"}, // 1234.5678
{0x40934a456d5cfaadULL, ".6f", "1234.567800"}, // 1234.5678
{0x40934a456d5cfaadULL, "08.3f", "1234.568"}, // 1234.5678
{0x40934a456d5cfaadULL, "+.3f", "+1234.568"}, // 1234.5678
{0x40934a456d5cfaadULL, " .3f", " 1234.568"}, // 1234.5678
{0x40934a456d5cfaadULL, "#.0f", "1235."}, // 1234.5678
{0x40934a456d5cfaadULL, ".30f", "1234.567800000000033833202905952930"}, // 1234.5678
{0x40934a456d5cfaadULL, "e", "1.234568e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, "E", "1.234568E+03"}, // 1234.5678
{0x40934a456d5cfaadULL, ".0e", "1e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, "#.0e", "1.e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, ".3e", "1.235e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, ".20e", "1.23456780000000003383e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, "g", "1234.57"}, // 1234.5678
{0x40934a456d5cfaadULL, "G", "1234.57"}, // 1234.5678
{0x40934a456d5cfaadULL, ".3g", "1.23e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, "#g", "1234.57"}, // 1234.5678
{0x40934a456d5cfaadULL, "#.3g", "1.23e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, ".0g", "1e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, ".17g", "1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, ".3", "1.23e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, ".5", "1234.6"}, // 1234.5678
{0x40934a456d5cfaadULL, "#.5", "1234.6"}, // 1234.5678
{0x40934a456d5cfaadULL, ".0", "1e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, ".17", "1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "n", "1234.57"}, // 1234.5678
{0x40934a456d5cfaadULL, ".3n", "1.23e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, "%", "123456.780000%"}, // 1234.5678
{0x40934a456d5cfaadULL, ".1%", "123456.8%"}, // 1234.5678
{0x40934a456d5cfaadULL, ".0%", "123457%"}, // 1234.5678
{0x40934a456d5cfaadULL, "z", "1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "z.1f", "1234.6"}, // 1234.5678
{0x40934a456d5cfaadULL, "z.3e", "1.235e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, "z.0%", "123457%"}, // 1234.5678
{0x40934a456d5cfaadULL, "z%", "123456.780000%"}, // 1234.5678
{0x40934a456d5cfaadULL, "+", "+1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "010", "01234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "+010", "+1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "=+10", "+1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "=10", " 1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, " =10", " 1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "0<10", "1234.56780"}, // 1234.5678
{0x40934a456d5cfaadULL, "0^10", "1234.56780"}, // 1234.5678
{0x40934a456d5cfaadULL, "0=10", "01234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, ">10", " 1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "<10", "1234.5678 "}, // 1234.5678
{0x40934a456d5cfaadULL, "^10", "1234.5678 "}, // 1234.5678
{0x40934a456d5cfaadULL, "*^12", "*1234.5678**"}, // 1234.5678
{0x40934a456d5cfaadULL, "\303\251^12", "\303\2511234.5678\303\251\303\251"}, // 1234.5678
{0x40934a456d5cfaadULL, ",", "1,234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "_", "1_234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "015,.2f", "0,000,001,234.57"}, // 1234.5678
{0x40934a456d5cfaadULL, "010_", "1_234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "011,e", "1.234568e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, "+015,.1f", "+0,000,001,234.6"}, // 1234.5678
{0x40934a456d5cfaadULL, "0^20,", "000001,234.567800000"}, // 1234.5678
{0x40934a456d5cfaadULL, "*^20,", "*****1,234.5678*****"}, // 1234.5678
{0x40934a456d5cfaadULL, ",.0f", "1,235"}, // 1234.5678
{0x40934a456d5cfaadULL, "_.2f", "1_234.57"}, // 1234.5678
{0x40934a456d5cfaadULL, ",.2f", "1,234.57"}, // 1234.5678
{0x40934a456d5cfaadULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1234.5678
{0x40934a456d5cfaadULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1234.5678
{0x40934a456d5cfaadULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1234.5678
{0x40934a456d5cfaadULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1234.5678
{0x40934a456d5cfaadULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1234.5678
{0x40934a456d5cfaadULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1234.5678
{0x40934a456d5cfaadULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1234.5678
{0x40934a456d5cfaadULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1234.5678
{0x40934a456d5cfaadULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1234.5678
{0x40934a456d5cfaadULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1234.5678
{0x40934a456d5cfaadULL, ".2147483648f", "!ValueError: precision too big"}, // 1234.5678
{0x40934a456d5cfaadULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1234.5678
{0x40934a456d5cfaadULL, "#", "1234.5678"}, // 1234.5678
{0x40934a456d5cfaadULL, "#.0", "1.e+03"}, // 1234.5678
{0x40934a456d5cfaadULL, "-", "1234.5678"}, // 1234.5678
{0xc0934a0000000000ULL, "", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "f", "-1234.500000"}, // -1234.5
{0xc0934a0000000000ULL, ".0f", "-1234"}, // -1234.5
{0xc0934a0000000000ULL, ".2f", "-1234.50"}, // -1234.5
{0xc0934a0000000000ULL, "0.2f", "-1234.50"}, // -1234.5
{0xc0934a0000000000ULL, ".6f", "-1234.500000"}, // -1234.5
{0xc0934a0000000000ULL, "08.3f", "-1234.500"}, // -1234.5
{0xc0934a0000000000ULL, "+.3f", "-1234.500"}, // -1234.5
{0xc0934a0000000000ULL, " .3f", "-1234.500"}, // -1234.5
{0xc0934a0000000000ULL, "#.0f", "-1234."}, // -1234.5
{0xc0934a0000000000ULL, ".30f", "-1234.500000000000000000000000000000"}, // -1234.5
{0xc0934a0000000000ULL, "e", "-1.234500e+03"}, // -1234.5
{0xc0934a0000000000ULL, "E", "-1.234500E+03"}, // -1234.5
{0xc0934a0000000000ULL, ".0e", "-1e+03"}, // -1234.5
{0xc0934a0000000000ULL, "#.0e", "-1.e+03"}, // -1234.5
{0xc0934a0000000000ULL, ".3e", "-1.234e+03"}, // -1234.5
{0xc0934a0000000000ULL, ".20e", "-1.23450000000000000000e+03"}, // -1234.5
{0xc0934a0000000000ULL, "g", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "G", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, ".3g", "-1.23e+03"}, // -1234.5
{0xc0934a0000000000ULL, "#g", "-1234.50"}, // -1234.5
{0xc0934a0000000000ULL, "#.3g", "-1.23e+03"}, // -1234.5
{0xc0934a0000000000ULL, ".0g", "-1e+03"}, // -1234.5
{0xc0934a0000000000ULL, ".17g", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, ".3", "-1.23e+03"}, // -1234.5
{0xc0934a0000000000ULL, ".5", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "#.5", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, ".0", "-1e+03"}, // -1234.5
{0xc0934a0000000000ULL, ".17", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "n", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, ".3n", "-1.23e+03"}, // -1234.5
{0xc0934a0000000000ULL, "%", "-123450.000000%"}, // -1234.5
{0xc0934a0000000000ULL, ".1%", "-123450.0%"}, // -1234.5
{0xc0934a0000000000ULL, ".0%", "-123450%"}, // -1234.5
{0xc0934a0000000000ULL, "z", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "z.1f", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "z.3e", "-1.234e+03"}, // -1234.5
{0xc0934a0000000000ULL, "z.0%", "-123450%"}, // -1234.5
{0xc0934a0000000000ULL, "z%", "-123450.000000%"}, // -1234.5
{0xc0934a0000000000ULL, "+", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "010", "-0001234.5"}, // -1234.5
{0xc0934a0000000000ULL, "+010", "-0001234.5"}, // -1234.5
{0xc0934a0000000000ULL, "=+10", "-   1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "=10", "-   1234.5"}, // -1234.5
{0xc0934a0000000000ULL, " =10", "-   1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "0<10", "-1234.5000"}, // -1234.5
{0xc0934a0000000000ULL, "0^10", "0-1234.500"}, // -1234.5
{0xc0934a0000000000ULL, "0=10", "-0001234.5"}, // -1234.5
{0xc0934a0000000000ULL, ">10", "   -1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "<10", "-1234.5   "}, // -1234.5
{0xc0934a0000000000ULL, "^10", " -1234.5  "}, // -1234.5
{0xc0934a0000000000ULL, "*^12", "**-1234.5***"}, // -1234.5
{0xc0934a0000000000ULL, "\303\251^12", "\303\251\303\251-1234.5\303\251\303\251\303\251"}, // -1234.5
{0xc0934a0000000000ULL, ",", "-1,234.5"}, // -1234.5
{0xc0934a0000000000ULL, "_", "-1_234.5"}, // -1234.5
{0xc0934a0000000000ULL, "015,.2f", "-000,001,234.50"}, // -1234.5
{0xc0934a0000000000ULL, "010_", "-001_234.5"}, // -1234.5
{0xc0934a0000000000ULL, "011,e", "-1.234500e+03"}, // -1234.5
{0xc0934a0000000000ULL, "+015,.1f", "-0,000,001,234.5"}, // -1234.5
{0xc0934a0000000000ULL, "0^20,", "000000-1,234.5000000"}, // -1234.5
{0xc0934a0000000000ULL, "*^20,", "******-1,234.5******"}, // -1234.5
{0xc0934a0000000000ULL, ",.0f", "-1,234"}, // -1234.5
{0xc0934a0000000000ULL, "_.2f", "-1_234.50"}, // -1234.5
{0xc0934a0000000000ULL, ",.2f", "-1,234.50"}, // -1234.5
{0xc0934a0000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // -1234.5
{0xc0934a0000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // -1234.5
{0xc0934a0000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // -1234.5
{0xc0934a0000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // -1234.5
{0xc0934a0000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // -1234.5
{0xc0934a0000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // -1234.5
{0xc0934a0000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // -1234.5
{0xc0934a0000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // -1234.5
{0xc0934a0000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // -1234.5
{0xc0934a0000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // -1234.5
{0xc0934a0000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // -1234.5
{0xc0934a0000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // -1234.5
{0xc0934a0000000000ULL, "#", "-1234.5"}, // -1234.5
{0xc0934a0000000000ULL, "#.0", "-1.e+03"}, // -1234.5
{0xc0934a0000000000ULL, "-", "-1234.5"}, // -1234.5
{0x4132d687e4189375ULL, "", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "f", "1234567.891000"}, // 1234567.891
{0x4132d687e4189375ULL, ".0f", "1234568"}, // 1234567.891
{0x4132d687e4189375ULL, ".2f", "1234567.89"}, // 1234567.891
{0x4132d687e4189375ULL, "0.2f", "1234567.89"}, // 1234567.891
{0x4132d687e4189375ULL, ".6f", "1234567.891000"}, // 1234567.891
{0x4132d687e4189375ULL, "08.3f", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "+.3f", "+1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, " .3f", " 1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "#.0f", "1234568."}, // 1234567.891
{0x4132d687e4189375ULL, ".30f", "1234567.891000000061467289924621582031"}, // 1234567.891
{0x4132d687e4189375ULL, "e", "1.234568e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "E", "1.234568E+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".0e", "1e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "#.0e", "1.e+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".3e", "1.235e+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".20e", "1.23456789100000006147e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "g", "1.23457e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "G", "1.23457E+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".3g", "1.23e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "#g", "1.23457e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "#.3g", "1.23e+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".0g", "1e+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".17g", "1234567.8910000001"}, // 1234567.891
{0x4132d687e4189375ULL, ".3", "1.23e+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".5", "1.2346e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "#.5", "1.2346e+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".0", "1e+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".17", "1234567.8910000001"}, // 1234567.891
{0x4132d687e4189375ULL, "n", "1.23457e+06"}, // 1234567.891
{0x4132d687e4189375ULL, ".3n", "1.23e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "%", "123456789.100000%"}, // 1234567.891
{0x4132d687e4189375ULL, ".1%", "123456789.1%"}, // 1234567.891
{0x4132d687e4189375ULL, ".0%", "123456789%"}, // 1234567.891
{0x4132d687e4189375ULL, "z", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "z.1f", "1234567.9"}, // 1234567.891
{0x4132d687e4189375ULL, "z.3e", "1.235e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "z.0%", "123456789%"}, // 1234567.891
{0x4132d687e4189375ULL, "z%", "123456789.100000%"}, // 1234567.891
{0x4132d687e4189375ULL, "+", "+1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "010", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "+010", "+1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "=+10", "+1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "=10", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, " =10", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "0<10", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "0^10", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "0=10", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, ">10", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "<10", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "^10", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "*^12", "1234567.891*"}, // 1234567.891
{0x4132d687e4189375ULL, "\303\251^12", "1234567.891\303\251"}, // 1234567.891
{0x4132d687e4189375ULL, ",", "1,234,567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "_", "1_234_567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "015,.2f", "0,001,234,567.89"}, // 1234567.891
{0x4132d687e4189375ULL, "010_", "1_234_567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "011,e", "1.234568e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "+015,.1f", "+0,001,234,567.9"}, // 1234567.891
{0x4132d687e4189375ULL, "0^20,", "0001,234,567.8910000"}, // 1234567.891
{0x4132d687e4189375ULL, "*^20,", "***1,234,567.891****"}, // 1234567.891
{0x4132d687e4189375ULL, ",.0f", "1,234,568"}, // 1234567.891
{0x4132d687e4189375ULL, "_.2f", "1_234_567.89"}, // 1234567.891
{0x4132d687e4189375ULL, ",.2f", "1,234,567.89"}, // 1234567.891
{0x4132d687e4189375ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1234567.891
{0x4132d687e4189375ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1234567.891
{0x4132d687e4189375ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1234567.891
{0x4132d687e4189375ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1234567.891
{0x4132d687e4189375ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1234567.891
{0x4132d687e4189375ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1234567.891
{0x4132d687e4189375ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1234567.891
{0x4132d687e4189375ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1234567.891
{0x4132d687e4189375ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1234567.891
{0x4132d687e4189375ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1234567.891
{0x4132d687e4189375ULL, ".2147483648f", "!ValueError: precision too big"}, // 1234567.891
{0x4132d687e4189375ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1234567.891
{0x4132d687e4189375ULL, "#", "1234567.891"}, // 1234567.891
{0x4132d687e4189375ULL, "#.0", "1.e+06"}, // 1234567.891
{0x4132d687e4189375ULL, "-", "1234567.891"}, // 1234567.891
{0x4341c37937e08000ULL, "", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "f", "10000000000000000.000000"}, // 1e+16
{0x4341c37937e08000ULL, ".0f", "10000000000000000"}, // 1e+16
{0x4341c37937e08000ULL, ".2f", "10000000000000000.00"}, // 1e+16
{0x4341c37937e08000ULL, "0.2f", "10000000000000000.00"}, // 1e+16
{0x4341c37937e08000ULL, ".6f", "10000000000000000.000000"}, // 1e+16
{0x4341c37937e08000ULL, "08.3f", "10000000000000000.000"}, // 1e+16
{0x4341c37937e08000ULL, "+.3f", "+10000000000000000.000"}, // 1e+16
{0x4341c37937e08000ULL, " .3f", " 10000000000000000.000"}, // 1e+16
{0x4341c37937e08000ULL, "#.0f", "10000000000000000."}, // 1e+16
{0x4341c37937e08000ULL, ".30f", "10000000000000000.000000000000000000000000000000"}, // 1e+16
{0x4341c37937e08000ULL, "e", "1.000000e+16"}, // 1e+16
{0x4341c37937e08000ULL, "E", "1.000000E+16"}, // 1e+16
{0x4341c37937e08000ULL, ".0e", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "#.0e", "1.e+16"}, // 1e+16
{0x4341c37937e08000ULL, ".3e", "1.000e+16"}, // 1e+16
{0x4341c37937e08000ULL, ".20e", "1.00000000000000000000e+16"}, // 1e+16
{0x4341c37937e08000ULL, "g", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "G", "1E+16"}, // 1e+16
{0x4341c37937e08000ULL, ".3g", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "#g", "1.00000e+16"}, // 1e+16
{0x4341c37937e08000ULL, "#.3g", "1.00e+16"}, // 1e+16
{0x4341c37937e08000ULL, ".0g", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, ".17g", "10000000000000000"}, // 1e+16
{0x4341c37937e08000ULL, ".3", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, ".5", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "#.5", "1.0000e+16"}, // 1e+16
{0x4341c37937e08000ULL, ".0", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, ".17", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "n", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, ".3n", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "%", "1000000000000000000.000000%"}, // 1e+16
{0x4341c37937e08000ULL, ".1%", "1000000000000000000.0%"}, // 1e+16
{0x4341c37937e08000ULL, ".0%", "1000000000000000000%"}, // 1e+16
{0x4341c37937e08000ULL, "z", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "z.1f", "10000000000000000.0"}, // 1e+16
{0x4341c37937e08000ULL, "z.3e", "1.000e+16"}, // 1e+16
{0x4341c37937e08000ULL, "z.0%", "1000000000000000000%"}, // 1e+16
{0x4341c37937e08000ULL, "z%", "1000000000000000000.000000%"}, // 1e+16
{0x4341c37937e08000ULL, "+", "+1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "010", "000001e+16"}, // 1e+16
{0x4341c37937e08000ULL, "+010", "+00001e+16"}, // 1e+16
{0x4341c37937e08000ULL, "=+10", "+    1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "=10", "     1e+16"}, // 1e+16
{0x4341c37937e08000ULL, " =10", "     1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "0<10", "1e+1600000"}, // 1e+16
{0x4341c37937e08000ULL, "0^10", "001e+16000"}, // 1e+16
{0x4341c37937e08000ULL, "0=10", "000001e+16"}, // 1e+16
{0x4341c37937e08000ULL, ">10", "     1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "<10", "1e+16     "}, // 1e+16
{0x4341c37937e08000ULL, "^10", "  1e+16   "}, // 1e+16
{0x4341c37937e08000ULL, "*^12", "***1e+16****"}, // 1e+16
{0x4341c37937e08000ULL, "\303\251^12", "\303\251\303\251\303\2511e+16\303\251\303\251\303\251\303\251"}, // 1e+16
{0x4341c37937e08000ULL, ",", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "_", "1e+16"}, // 1e+16
{0x4341c37937e08000ULL, "015,.2f", "10,000,000,000,000,000.00"}, // 1e+16
{0x4341c37937e08000ULL, "010_", "00_001e+16"}, // 1e+16
{0x4341c37937e08000ULL, "011,e", "1.000000e+16"}, // 1e+16
{0x4341c37937e08000ULL, "+015,.1f", "+10,000,000,000,000,000.0"}, // 1e+16
{0x4341c37937e08000ULL, "0^20,", "00000001e+1600000000"}, // 1e+16
{0x4341c37937e08000ULL, "*^20,", "*******1e+16********"}, // 1e+16
{0x4341c37937e08000ULL, ",.0f", "10,000,000,000,000,000"}, // 1e+16
{0x4341c37937e08000ULL, "_.2f", "10_000_000_000_000_000.00"}, // 1e+16
{0x4341c37937e08000ULL, ",.2f", "10,000,000,000,000,000.00"}, // 1e+16
{0x4341c37937e08000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1e+16
{0x4341c37937e08000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1e+16
{0x4341c37937e08000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1e+16
{0x4341c37937e08000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1e+16
{0x4341c37937e08000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1e+16
{0x4341c37937e08000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1e+16
{0x4341c37937e08000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1e+16
{0x4341c37937e08000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1e+16
{0x4341c37937e08000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1e+16
{0x4341c37937e08000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1e+16
{0x4341c37937e08000ULL, ".2147483648f", "!ValueError: precision too big"}, // 1e+16
{0x4341c37937e08000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1e+16
{0x4341c37937e08000ULL, "#", "1.e+16"}, // 1e+16
{0x4341c37937e08000ULL, "#.0", "1.e+16"}, // 1e+16
{0x4341c37937e08000ULL, "-", "1e+16"}, // 1e+16
{0x430c6bf526340000ULL, "", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "f", "1000000000000000.000000"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".0f", "1000000000000000"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".2f", "1000000000000000.00"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "0.2f", "1000000000000000.00"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".6f", "1000000000000000.000000"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "08.3f", "1000000000000000.000"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "+.3f", "+1000000000000000.000"}, // 1000000000000000.0
{0x430c6bf526340000ULL, " .3f", " 1000000000000000.000"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "#.0f", "1000000000000000."}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".30f", "1000000000000000.000000000000000000000000000000"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "e", "1.000000e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "E", "1.000000E+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".0e", "1e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "#.0e", "1.e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".3e", "1.000e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".20e", "1.00000000000000000000e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "g", "1e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "G", "1E+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".3g", "1e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "#g", "1.00000e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "#.3g", "1.00e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".0g", "1e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".17g", "1000000000000000"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".3", "1e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".5", "1e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "#.5", "1.0000e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".0", "1e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".17", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "n", "1e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".3n", "1e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "%", "100000000000000000.000000%"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".1%", "100000000000000000.0%"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".0%", "100000000000000000%"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "z", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "z.1f", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "z.3e", "1.000e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "z.0%", "100000000000000000%"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "z%", "100000000000000000.000000%"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "+", "+1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "010", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "+010", "+1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "=+10", "+1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "=10", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, " =10", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "0<10", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "0^10", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "0=10", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ">10", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "<10", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "^10", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "*^12", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "\303\251^12", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ",", "1,000,000,000,000,000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "_", "1_000_000_000_000_000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "015,.2f", "1,000,000,000,000,000.00"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "010_", "1_000_000_000_000_000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "011,e", "1.000000e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "+015,.1f", "+1,000,000,000,000,000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "0^20,", "1,000,000,000,000,000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "*^20,", "1,000,000,000,000,000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ",.0f", "1,000,000,000,000,000"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "_.2f", "1_000_000_000_000_000.00"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ",.2f", "1,000,000,000,000,000.00"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1000000000000000.0
{0x430c6bf526340000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1000000000000000.0
{0x430c6bf526340000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1000000000000000.0
{0x430c6bf526340000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1000000000000000.0
{0x430c6bf526340000ULL, ".2147483648f", "!ValueError: precision too big"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "#", "1000000000000000.0"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "#.0", "1.e+15"}, // 1000000000000000.0
{0x430c6bf526340000ULL, "-", "1000000000000000.0"}, // 1000000000000000.0
{0x3ee4f8b588e368f1ULL, "", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "f", "0.000010"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".0f", "0"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".2f", "0.00"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "0.2f", "0.00"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".6f", "0.000010"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "08.3f", "0000.000"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "+.3f", "+0.000"}, // 1e-05
{0x3ee4f8b588e368f1ULL, " .3f", " 0.000"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "#.0f", "0."}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".30f", "0.000010000000000000000818030539"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "e", "1.000000e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "E", "1.000000E-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".0e", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "#.0e", "1.e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".3e", "1.000e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".20e", "1.00000000000000008180e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "g", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "G", "1E-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".3g", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "#g", "1.00000e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "#.3g", "1.00e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".0g", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".17g", "1.0000000000000001e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".3", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".5", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "#.5", "1.0000e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".0", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".17", "1.0000000000000001e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "n", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".3n", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "%", "0.001000%"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".1%", "0.0%"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".0%", "0%"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "z", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "z.1f", "0.0"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "z.3e", "1.000e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "z.0%", "0%"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "z%", "0.001000%"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "+", "+1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "010", "000001e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "+010", "+00001e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "=+10", "+    1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "=10", "     1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, " =10", "     1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "0<10", "1e-0500000"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "0^10", "001e-05000"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "0=10", "000001e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ">10", "     1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "<10", "1e-05     "}, // 1e-05
{0x3ee4f8b588e368f1ULL, "^10", "  1e-05   "}, // 1e-05
{0x3ee4f8b588e368f1ULL, "*^12", "***1e-05****"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "\303\251^12", "\303\251\303\251\303\2511e-05\303\251\303\251\303\251\303\251"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ",", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "_", "1e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "015,.2f", "0,000,000,000.00"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "010_", "00_001e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "011,e", "1.000000e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "+015,.1f", "+0,000,000,000.0"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "0^20,", "00000001e-0500000000"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "*^20,", "*******1e-05********"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ",.0f", "0"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "_.2f", "0.00"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ",.2f", "0.00"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1e-05
{0x3ee4f8b588e368f1ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1e-05
{0x3ee4f8b588e368f1ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1e-05
{0x3ee4f8b588e368f1ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1e-05
{0x3ee4f8b588e368f1ULL, ".2147483648f", "!ValueError: precision too big"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "#", "1.e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "#.0", "1.e-05"}, // 1e-05
{0x3ee4f8b588e368f1ULL, "-", "1e-05"}, // 1e-05
{0x3f1a36e2eb1c432dULL, "", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "f", "0.000100"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".0f", "0"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".2f", "0.00"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "0.2f", "0.00"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".6f", "0.000100"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "08.3f", "0000.000"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "+.3f", "+0.000"}, // 0.0001
{0x3f1a36e2eb1c432dULL, " .3f", " 0.000"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "#.0f", "0."}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".30f", "0.000100000000000000004792173602"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "e", "1.000000e-04"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "E", "1.000000E-04"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".0e", "1e-04"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "#.0e", "1.e-04"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".3e", "1.000e-04"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".20e", "1.00000000000000004792e-04"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "g", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "G", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".3g", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "#g", "0.000100000"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "#.3g", "0.000100"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".0g", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".17g", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".3", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".5", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "#.5", "0.00010000"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".0", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".17", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "n", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".3n", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "%", "0.010000%"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".1%", "0.0%"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".0%", "0%"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "z", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "z.1f", "0.0"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "z.3e", "1.000e-04"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "z.0%", "0%"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "z%", "0.010000%"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "+", "+0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "010", "00000.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "+010", "+0000.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "=+10", "+   0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "=10", "    0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, " =10", "    0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "0<10", "0.00010000"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "0^10", "000.000100"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "0=10", "00000.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ">10", "    0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "<10", "0.0001    "}, // 0.0001
{0x3f1a36e2eb1c432dULL, "^10", "  0.0001  "}, // 0.0001
{0x3f1a36e2eb1c432dULL, "*^12", "***0.0001***"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "\303\251^12", "\303\251\303\251\303\2510.0001\303\251\303\251\303\251"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ",", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "_", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "015,.2f", "0,000,000,000.00"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "010_", "0_000.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "011,e", "1.000000e-04"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "+015,.1f", "+0,000,000,000.0"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "0^20,", "00000000.00010000000"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "*^20,", "*******0.0001*******"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ",.0f", "0"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "_.2f", "0.00"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ",.2f", "0.00"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 0.0001
{0x3f1a36e2eb1c432dULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 0.0001
{0x3f1a36e2eb1c432dULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 0.0001
{0x3f1a36e2eb1c432dULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 0.0001
{0x3f1a36e2eb1c432dULL, ".2147483648f", "!ValueError: precision too big"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "#", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "#.0", "0.0001"}, // 0.0001
{0x3f1a36e2eb1c432dULL, "-", "0.0001"}, // 0.0001
{0x4415af1d78b58c40ULL, "", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "f", "100000000000000000000.000000"}, // 1e+20
{0x4415af1d78b58c40ULL, ".0f", "100000000000000000000"}, // 1e+20
{0x4415af1d78b58c40ULL, ".2f", "100000000000000000000.00"}, // 1e+20
{0x4415af1d78b58c40ULL, "0.2f", "100000000000000000000.00"}, // 1e+20
{0x4415af1d78b58c40ULL, ".6f", "100000000000000000000.000000"}, // 1e+20
{0x4415af1d78b58c40ULL, "08.3f", "100000000000000000000.000"}, // 1e+20
{0x4415af1d78b58c40ULL, "+.3f", "+100000000000000000000.000"}, // 1e+20
{0x4415af1d78b58c40ULL, " .3f", " 100000000000000000000.000"}, // 1e+20
{0x4415af1d78b58c40ULL, "#.0f", "100000000000000000000."}, // 1e+20
{0x4415af1d78b58c40ULL, ".30f", "100000000000000000000.000000000000000000000000000000"}, // 1e+20
{0x4415af1d78b58c40ULL, "e", "1.000000e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "E", "1.000000E+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".0e", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "#.0e", "1.e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".3e", "1.000e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".20e", "1.00000000000000000000e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "g", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "G", "1E+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".3g", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "#g", "1.00000e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "#.3g", "1.00e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".0g", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".17g", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".3", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".5", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "#.5", "1.0000e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".0", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".17", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "n", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ".3n", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "%", "10000000000000000000000.000000%"}, // 1e+20
{0x4415af1d78b58c40ULL, ".1%", "10000000000000000000000.0%"}, // 1e+20
{0x4415af1d78b58c40ULL, ".0%", "10000000000000000000000%"}, // 1e+20
{0x4415af1d78b58c40ULL, "z", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "z.1f", "100000000000000000000.0"}, // 1e+20
{0x4415af1d78b58c40ULL, "z.3e", "1.000e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "z.0%", "10000000000000000000000%"}, // 1e+20
{0x4415af1d78b58c40ULL, "z%", "10000000000000000000000.000000%"}, // 1e+20
{0x4415af1d78b58c40ULL, "+", "+1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "010", "000001e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "+010", "+00001e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "=+10", "+    1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "=10", "     1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, " =10", "     1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "0<10", "1e+2000000"}, // 1e+20
{0x4415af1d78b58c40ULL, "0^10", "001e+20000"}, // 1e+20
{0x4415af1d78b58c40ULL, "0=10", "000001e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, ">10", "     1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "<10", "1e+20     "}, // 1e+20
{0x4415af1d78b58c40ULL, "^10", "  1e+20   "}, // 1e+20
{0x4415af1d78b58c40ULL, "*^12", "***1e+20****"}, // 1e+20
{0x4415af1d78b58c40ULL, "\303\251^12", "\303\251\303\251\303\2511e+20\303\251\303\251\303\251\303\251"}, // 1e+20
{0x4415af1d78b58c40ULL, ",", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "_", "1e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "015,.2f", "100,000,000,000,000,000,000.00"}, // 1e+20
{0x4415af1d78b58c40ULL, "010_", "00_001e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "011,e", "1.000000e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "+015,.1f", "+100,000,000,000,000,000,000.0"}, // 1e+20
{0x4415af1d78b58c40ULL, "0^20,", "00000001e+2000000000"}, // 1e+20
{0x4415af1d78b58c40ULL, "*^20,", "*******1e+20********"}, // 1e+20
{0x4415af1d78b58c40ULL, ",.0f", "100,000,000,000,000,000,000"}, // 1e+20
{0x4415af1d78b58c40ULL, "_.2f", "100_000_000_000_000_000_000.00"}, // 1e+20
{0x4415af1d78b58c40ULL, ",.2f", "100,000,000,000,000,000,000.00"}, // 1e+20
{0x4415af1d78b58c40ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1e+20
{0x4415af1d78b58c40ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1e+20
{0x4415af1d78b58c40ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1e+20
{0x4415af1d78b58c40ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1e+20
{0x4415af1d78b58c40ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1e+20
{0x4415af1d78b58c40ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1e+20
{0x4415af1d78b58c40ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1e+20
{0x4415af1d78b58c40ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1e+20
{0x4415af1d78b58c40ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1e+20
{0x4415af1d78b58c40ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1e+20
{0x4415af1d78b58c40ULL, ".2147483648f", "!ValueError: precision too big"}, // 1e+20
{0x4415af1d78b58c40ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1e+20
{0x4415af1d78b58c40ULL, "#", "1.e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "#.0", "1.e+20"}, // 1e+20
{0x4415af1d78b58c40ULL, "-", "1e+20"}, // 1e+20
{0x4480f0cf064dd592ULL, "", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "f", "10000000000000000000000.000000"}, // 1e+22
{0x4480f0cf064dd592ULL, ".0f", "10000000000000000000000"}, // 1e+22
{0x4480f0cf064dd592ULL, ".2f", "10000000000000000000000.00"}, // 1e+22
{0x4480f0cf064dd592ULL, "0.2f", "10000000000000000000000.00"}, // 1e+22
{0x4480f0cf064dd592ULL, ".6f", "10000000000000000000000.000000"}, // 1e+22
{0x4480f0cf064dd592ULL, "08.3f", "10000000000000000000000.000"}, // 1e+22
{0x4480f0cf064dd592ULL, "+.3f", "+10000000000000000000000.000"}, // 1e+22
{0x4480f0cf064dd592ULL, " .3f", " 10000000000000000000000.000"}, // 1e+22
{0x4480f0cf064dd592ULL, "#.0f", "10000000000000000000000."}, // 1e+22
{0x4480f0cf064dd592ULL, ".30f", "10000000000000000000000.000000000000000000000000000000"}, // 1e+22
{0x4480f0cf064dd592ULL, "e", "1.000000e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "E", "1.000000E+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".0e", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "#.0e", "1.e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".3e", "1.000e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".20e", "1.00000000000000000000e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "g", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "G", "1E+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".3g", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "#g", "1.00000e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "#.3g", "1.00e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".0g", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".17g", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".3", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".5", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "#.5", "1.0000e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".0", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".17", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "n", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ".3n", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "%", "999999999999999983222784.000000%"}, // 1e+22
{0x4480f0cf064dd592ULL, ".1%", "999999999999999983222784.0%"}, // 1e+22
{0x4480f0cf064dd592ULL, ".0%", "999999999999999983222784%"}, // 1e+22
{0x4480f0cf064dd592ULL, "z", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "z.1f", "10000000000000000000000.0"}, // 1e+22
{0x4480f0cf064dd592ULL, "z.3e", "1.000e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "z.0%", "999999999999999983222784%"}, // 1e+22
{0x4480f0cf064dd592ULL, "z%", "999999999999999983222784.000000%"}, // 1e+22
{0x4480f0cf064dd592ULL, "+", "+1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "010", "000001e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "+010", "+00001e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "=+10", "+    1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "=10", "     1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, " =10", "     1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "0<10", "1e+2200000"}, // 1e+22
{0x4480f0cf064dd592ULL, "0^10", "001e+22000"}, // 1e+22
{0x4480f0cf064dd592ULL, "0=10", "000001e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, ">10", "     1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "<10", "1e+22     "}, // 1e+22
{0x4480f0cf064dd592ULL, "^10", "  1e+22   "}, // 1e+22
{0x4480f0cf064dd592ULL, "*^12", "***1e+22****"}, // 1e+22
{0x4480f0cf064dd592ULL, "\303\251^12", "\303\251\303\251\303\2511e+22\303\251\303\251\303\251\303\251"}, // 1e+22
{0x4480f0cf064dd592ULL, ",", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "_", "1e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "015,.2f", "10,000,000,000,000,000,000,000.00"}, // 1e+22
{0x4480f0cf064dd592ULL, "010_", "00_001e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "011,e", "1.000000e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "+015,.1f", "+10,000,000,000,000,000,000,000.0"}, // 1e+22
{0x4480f0cf064dd592ULL, "0^20,", "00000001e+2200000000"}, // 1e+22
{0x4480f0cf064dd592ULL, "*^20,", "*******1e+22********"}, // 1e+22
{0x4480f0cf064dd592ULL, ",.0f", "10,000,000,000,000,000,000,000"}, // 1e+22
{0x4480f0cf064dd592ULL, "_.2f", "10_000_000_000_000_000_000_000.00"}, // 1e+22
{0x4480f0cf064dd592ULL, ",.2f", "10,000,000,000,000,000,000,000.00"}, // 1e+22
{0x4480f0cf064dd592ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1e+22
{0x4480f0cf064dd592ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1e+22
{0x4480f0cf064dd592ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1e+22
{0x4480f0cf064dd592ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1e+22
{0x4480f0cf064dd592ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1e+22
{0x4480f0cf064dd592ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1e+22
{0x4480f0cf064dd592ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1e+22
{0x4480f0cf064dd592ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1e+22
{0x4480f0cf064dd592ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1e+22
{0x4480f0cf064dd592ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1e+22
{0x4480f0cf064dd592ULL, ".2147483648f", "!ValueError: precision too big"}, // 1e+22
{0x4480f0cf064dd592ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1e+22
{0x4480f0cf064dd592ULL, "#", "1.e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "#.0", "1.e+22"}, // 1e+22
{0x4480f0cf064dd592ULL, "-", "1e+22"}, // 1e+22
{0x437b69b4ba630f35ULL, "", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "f", "123456789012345680.000000"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".0f", "123456789012345680"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".2f", "123456789012345680.00"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "0.2f", "123456789012345680.00"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".6f", "123456789012345680.000000"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "08.3f", "123456789012345680.000"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "+.3f", "+123456789012345680.000"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, " .3f", " 123456789012345680.000"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "#.0f", "123456789012345680."}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".30f", "123456789012345680.000000000000000000000000000000"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "e", "1.234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "E", "1.234568E+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".0e", "1e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "#.0e", "1.e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".3e", "1.235e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".20e", "1.23456789012345680000e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "g", "1.23457e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "G", "1.23457E+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".3g", "1.23e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "#g", "1.23457e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "#.3g", "1.23e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".0g", "1e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".17g", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".3", "1.23e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".5", "1.2346e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "#.5", "1.2346e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".0", "1e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".17", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "n", "1.23457e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".3n", "1.23e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "%", "12345678901234567168.000000%"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".1%", "12345678901234567168.0%"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".0%", "12345678901234567168%"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "z", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "z.1f", "123456789012345680.0"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "z.3e", "1.235e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "z.0%", "12345678901234567168%"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "z%", "12345678901234567168.000000%"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "+", "+1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "010", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "+010", "+1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "=+10", "+1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "=10", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, " =10", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "0<10", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "0^10", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "0=10", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ">10", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "<10", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "^10", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "*^12", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "\303\251^12", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ",", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "_", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "015,.2f", "123,456,789,012,345,680.00"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "010_", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "011,e", "1.234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "+015,.1f", "+123,456,789,012,345,680.0"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "0^20,", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "*^20,", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ",.0f", "123,456,789,012,345,680"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "_.2f", "123_456_789_012_345_680.00"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ",.2f", "123,456,789,012,345,680.00"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, ".2147483648f", "!ValueError: precision too big"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "#", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "#.0", "1.e+17"}, // 1.2345678901234568e+17
{0x437b69b4ba630f35ULL, "-", "1.2345678901234568e+17"}, // 1.2345678901234568e+17
{0x0000000000000001ULL, "", "5e-324"}, // 5e-324
{0x0000000000000001ULL, "f", "0.000000"}, // 5e-324
{0x0000000000000001ULL, ".0f", "0"}, // 5e-324
{0x0000000000000001ULL, ".2f", "0.00"}, // 5e-324
{0x0000000000000001ULL, "0.2f", "0.00"}, // 5e-324
{0x0000000000000001ULL, ".6f", "0.000000"}, // 5e-324
{0x0000000000000001ULL, "08.3f", "0000.000"}, // 5e-324
{0x0000000000000001ULL, "+.3f", "+0.000"}, // 5e-324
{0x0000000000000001ULL, " .3f", " 0.000"}, // 5e-324
{0x0000000000000001ULL, "#.0f", "0."}, // 5e-324
{0x0000000000000001ULL, ".30f", "0.000000000000000000000000000000"}, // 5e-324
{0x0000000000000001ULL, "e", "4.940656e-324"}, // 5e-324
{0x0000000000000001ULL, "E", "4.940656E-324"}, // 5e-324
{0x0000000000000001ULL, ".0e", "5e-324"}, // 5e-324
{0x0000000000000001ULL, "#.0e", "5.e-324"}, // 5e-324
{0x0000000000000001ULL, ".3e", "4.941e-324"}, // 5e-324
{0x0000000000000001ULL, ".20e", "4.94065645841246544177e-324"}, // 5e-324
{0x0000000000000001ULL, "g", "4.94066e-324"}, // 5e-324
{0x0000000000000001ULL, "G", "4.94066E-324"}, // 5e-324
{0x0000000000000001ULL, ".3g", "4.94e-324"}, // 5e-324
{0x0000000000000001ULL, "#g", "4.94066e-324"}, // 5e-324
{0x0000000000000001ULL, "#.3g", "4.94e-324"}, // 5e-324
{0x0000000000000001ULL, ".0g", "5e-324"}, // 5e-324
{0x0000000000000001ULL, ".17g", "4.9406564584124654e-324"}, // 5e-324
{0x0000000000000001ULL, ".3", "4.94e-324"}, // 5e-324
{0x0000000000000001ULL, ".5", "4.9407e-324"}, // 5e-324
{0x0000000000000001ULL, "#.5", "4.9407e-324"}, // 5e-324
{0x0000000000000001ULL, ".0", "5e-324"}, // 5e-324
{0x0000000000000001ULL, ".17", "4.9406564584124654e-324"}, // 5e-324
{0x0000000000000001ULL, "n", "4.94066e-324"}, // 5e-324
{0x0000000000000001ULL, ".3n", "4.94e-324"}, // 5e-324
{0x0000000000000001ULL, "%", "0.000000%"}, // 5e-324
{0x0000000000000001ULL, ".1%", "0.0%"}, // 5e-324
{0x0000000000000001ULL, ".0%", "0%"}, // 5e-324
{0x0000000000000001ULL, "z", "5e-324"}, // 5e-324
{0x0000000000000001ULL, "z.1f", "0.0"}, // 5e-324
{0x0000000000000001ULL, "z.3e", "4.941e-324"}, // 5e-324
{0x0000000000000001ULL, "z.0%", "0%"}, // 5e-324
{0x0000000000000001ULL, "z%", "0.000000%"}, // 5e-324
{0x0000000000000001ULL, "+", "+5e-324"}, // 5e-324
{0x0000000000000001ULL, "010", "00005e-324"}, // 5e-324
{0x0000000000000001ULL, "+010", "+0005e-324"}, // 5e-324
{0x0000000000000001ULL, "=+10", "+   5e-324"}, // 5e-324
{0x0000000000000001ULL, "=10", "    5e-324"}, // 5e-324
{0x0000000000000001ULL, " =10", "    5e-324"}, // 5e-324
{0x0000000000000001ULL, "0<10", "5e-3240000"}, // 5e-324
{0x0000000000000001ULL, "0^10", "005e-32400"}, // 5e-324
{0x0000000000000001ULL, "0=10", "00005e-324"}, // 5e-324
{0x0000000000000001ULL, ">10", "    5e-324"}, // 5e-324
{0x0000000000000001ULL, "<10", "5e-324    "}, // 5e-324
{0x0000000000000001ULL, "^10", "  5e-324  "}, // 5e-324
{0x0000000000000001ULL, "*^12", "***5e-324***"}, // 5e-324
{0x0000000000000001ULL, "\303\251^12", "\303\251\303\251\303\2515e-324\303\251\303\251\303\251"}, // 5e-324
{0x0000000000000001ULL, ",", "5e-324"}, // 5e-324
{0x0000000000000001ULL, "_", "5e-324"}, // 5e-324
{0x0000000000000001ULL, "015,.2f", "0,000,000,000.00"}, // 5e-324
{0x0000000000000001ULL, "010_", "0_005e-324"}, // 5e-324
{0x0000000000000001ULL, "011,e", "4.940656e-324"}, // 5e-324
{0x0000000000000001ULL, "+015,.1f", "+0,000,000,000.0"}, // 5e-324
{0x0000000000000001ULL, "0^20,", "00000005e-3240000000"}, // 5e-324
{0x0000000000000001ULL, "*^20,", "*******5e-324*******"}, // 5e-324
{0x0000000000000001ULL, ",.0f", "0"}, // 5e-324
{0x0000000000000001ULL, "_.2f", "0.00"}, // 5e-324
{0x0000000000000001ULL, ",.2f", "0.00"}, // 5e-324
{0x0000000000000001ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 5e-324
{0x0000000000000001ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 5e-324
{0x0000000000000001ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 5e-324
{0x0000000000000001ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 5e-324
{0x0000000000000001ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 5e-324
{0x0000000000000001ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 5e-324
{0x0000000000000001ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 5e-324
{0x0000000000000001ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 5e-324
{0x0000000000000001ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 5e-324
{0x0000000000000001ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 5e-324
{0x0000000000000001ULL, ".2147483648f", "!ValueError: precision too big"}, // 5e-324
{0x0000000000000001ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 5e-324
{0x0000000000000001ULL, "#", "5.e-324"}, // 5e-324
{0x0000000000000001ULL, "#.0", "5.e-324"}, // 5e-324
{0x0000000000000001ULL, "-", "5e-324"}, // 5e-324
{0x7fefffffffffffffULL, "", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".0f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".2f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "0.2f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".6f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "08.3f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "+.3f", "+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, " .3f", " 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "#.0f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368."}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".30f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000000000000000000000000000"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "e", "1.797693e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "E", "1.797693E+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".0e", "2e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "#.0e", "2.e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".3e", "1.798e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".20e", "1.79769313486231570815e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "g", "1.79769e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "G", "1.79769E+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".3g", "1.8e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "#g", "1.79769e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "#.3g", "1.80e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".0g", "2e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".17g", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".3", "1.8e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".5", "1.7977e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "#.5", "1.7977e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".0", "2e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".17", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "n", "1.79769e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".3n", "1.8e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "%", "inf%"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".1%", "inf%"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".0%", "inf%"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "z", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "z.1f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "z.3e", "1.798e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "z.0%", "inf%"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "z%", "inf%"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "+", "+1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "010", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "+010", "+1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "=+10", "+1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "=10", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, " =10", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "0<10", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "0^10", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "0=10", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ">10", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "<10", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "^10", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "*^12", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "\303\251^12", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ",", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "_", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "015,.2f", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "010_", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "011,e", "1.797693e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "+015,.1f", "+179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.0"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "0^20,", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "*^20,", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ",.0f", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "_.2f", "179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368.00"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ",.2f", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, ".2147483648f", "!ValueError: precision too big"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "#", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "#.0", "2.e+308"}, // 1.7976931348623157e+308
{0x7fefffffffffffffULL, "-", "1.7976931348623157e+308"}, // 1.7976931348623157e+308
{0x81a56e1fc2f8f359ULL, "", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "f", "-0.000000"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".0f", "-0"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".2f", "-0.00"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "0.2f", "-0.00"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".6f", "-0.000000"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "08.3f", "-000.000"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "+.3f", "-0.000"}, // -1e-300
{0x81a56e1fc2f8f359ULL, " .3f", "-0.000"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "#.0f", "-0."}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".30f", "-0.000000000000000000000000000000"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "e", "-1.000000e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "E", "-1.000000E-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".0e", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "#.0e", "-1.e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".3e", "-1.000e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".20e", "-1.00000000000000002506e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "g", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "G", "-1E-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".3g", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "#g", "-1.00000e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "#.3g", "-1.00e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".0g", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".17g", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".3", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".5", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "#.5", "-1.0000e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".0", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".17", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "n", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".3n", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "%", "-0.000000%"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".1%", "-0.0%"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".0%", "-0%"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "z", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "z.1f", "0.0"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "z.3e", "-1.000e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "z.0%", "0%"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "z%", "0.000000%"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "+", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "010", "-0001e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "+010", "-0001e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "=+10", "-   1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "=10", "-   1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, " =10", "-   1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "0<10", "-1e-300000"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "0^10", "0-1e-30000"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "0=10", "-0001e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ">10", "   -1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "<10", "-1e-300   "}, // -1e-300
{0x81a56e1fc2f8f359ULL, "^10", " -1e-300  "}, // -1e-300
{0x81a56e1fc2f8f359ULL, "*^12", "**-1e-300***"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "\303\251^12", "\303\251\303\251-1e-300\303\251\303\251\303\251"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ",", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "_", "-1e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "015,.2f", "-000,000,000.00"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "010_", "-0_001e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "011,e", "-1.000000e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "+015,.1f", "-0,000,000,000.0"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "0^20,", "000000-1e-3000000000"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "*^20,", "******-1e-300*******"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ",.0f", "-0"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "_.2f", "-0.00"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ",.2f", "-0.00"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // -1e-300
{0x81a56e1fc2f8f359ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // -1e-300
{0x81a56e1fc2f8f359ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // -1e-300
{0x81a56e1fc2f8f359ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // -1e-300
{0x81a56e1fc2f8f359ULL, ".2147483648f", "!ValueError: precision too big"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "#", "-1.e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "#.0", "-1.e-300"}, // -1e-300
{0x81a56e1fc2f8f359ULL, "-", "-1e-300"}, // -1e-300
{0xbf50624dd2f1a9fcULL, "", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "f", "-0.001000"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".0f", "-0"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".2f", "-0.00"}, // -0.001
{0xbf50624dd2f1a9fcULL, "0.2f", "-0.00"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".6f", "-0.001000"}, // -0.001
{0xbf50624dd2f1a9fcULL, "08.3f", "-000.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "+.3f", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, " .3f", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "#.0f", "-0."}, // -0.001
{0xbf50624dd2f1a9fcULL, ".30f", "-0.001000000000000000020816681712"}, // -0.001
{0xbf50624dd2f1a9fcULL, "e", "-1.000000e-03"}, // -0.001
{0xbf50624dd2f1a9fcULL, "E", "-1.000000E-03"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".0e", "-1e-03"}, // -0.001
{0xbf50624dd2f1a9fcULL, "#.0e", "-1.e-03"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".3e", "-1.000e-03"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".20e", "-1.00000000000000002082e-03"}, // -0.001
{0xbf50624dd2f1a9fcULL, "g", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "G", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".3g", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "#g", "-0.00100000"}, // -0.001
{0xbf50624dd2f1a9fcULL, "#.3g", "-0.00100"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".0g", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".17g", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".3", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".5", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "#.5", "-0.0010000"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".0", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".17", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "n", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".3n", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "%", "-0.100000%"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".1%", "-0.1%"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".0%", "-0%"}, // -0.001
{0xbf50624dd2f1a9fcULL, "z", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "z.1f", "0.0"}, // -0.001
{0xbf50624dd2f1a9fcULL, "z.3e", "-1.000e-03"}, // -0.001
{0xbf50624dd2f1a9fcULL, "z.0%", "0%"}, // -0.001
{0xbf50624dd2f1a9fcULL, "z%", "-0.100000%"}, // -0.001
{0xbf50624dd2f1a9fcULL, "+", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "010", "-00000.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "+010", "-00000.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "=+10", "-    0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "=10", "-    0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, " =10", "-    0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "0<10", "-0.0010000"}, // -0.001
{0xbf50624dd2f1a9fcULL, "0^10", "00-0.00100"}, // -0.001
{0xbf50624dd2f1a9fcULL, "0=10", "-00000.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, ">10", "    -0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "<10", "-0.001    "}, // -0.001
{0xbf50624dd2f1a9fcULL, "^10", "  -0.001  "}, // -0.001
{0xbf50624dd2f1a9fcULL, "*^12", "***-0.001***"}, // -0.001
{0xbf50624dd2f1a9fcULL, "\303\251^12", "\303\251\303\251\303\251-0.001\303\251\303\251\303\251"}, // -0.001
{0xbf50624dd2f1a9fcULL, ",", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "_", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "015,.2f", "-000,000,000.00"}, // -0.001
{0xbf50624dd2f1a9fcULL, "010_", "-0_000.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "011,e", "-1.000000e-03"}, // -0.001
{0xbf50624dd2f1a9fcULL, "+015,.1f", "-0,000,000,000.0"}, // -0.001
{0xbf50624dd2f1a9fcULL, "0^20,", "0000000-0.0010000000"}, // -0.001
{0xbf50624dd2f1a9fcULL, "*^20,", "*******-0.001*******"}, // -0.001
{0xbf50624dd2f1a9fcULL, ",.0f", "-0"}, // -0.001
{0xbf50624dd2f1a9fcULL, "_.2f", "-0.00"}, // -0.001
{0xbf50624dd2f1a9fcULL, ",.2f", "-0.00"}, // -0.001
{0xbf50624dd2f1a9fcULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // -0.001
{0xbf50624dd2f1a9fcULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // -0.001
{0xbf50624dd2f1a9fcULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // -0.001
{0xbf50624dd2f1a9fcULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // -0.001
{0xbf50624dd2f1a9fcULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // -0.001
{0xbf50624dd2f1a9fcULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // -0.001
{0xbf50624dd2f1a9fcULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // -0.001
{0xbf50624dd2f1a9fcULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // -0.001
{0xbf50624dd2f1a9fcULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // -0.001
{0xbf50624dd2f1a9fcULL, ".2147483648f", "!ValueError: precision too big"}, // -0.001
{0xbf50624dd2f1a9fcULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // -0.001
{0xbf50624dd2f1a9fcULL, "#", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "#.0", "-0.001"}, // -0.001
{0xbf50624dd2f1a9fcULL, "-", "-0.001"}, // -0.001
{0x4023fd70a3d70a3dULL, "", "9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "f", "9.995000"}, // 9.995
{0x4023fd70a3d70a3dULL, ".0f", "10"}, // 9.995
{0x4023fd70a3d70a3dULL, ".2f", "9.99"}, // 9.995
{0x4023fd70a3d70a3dULL, "0.2f", "9.99"}, // 9.995
{0x4023fd70a3d70a3dULL, ".6f", "9.995000"}, // 9.995
{0x4023fd70a3d70a3dULL, "08.3f", "0009.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "+.3f", "+9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, " .3f", " 9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "#.0f", "10."}, // 9.995
{0x4023fd70a3d70a3dULL, ".30f", "9.994999999999999218402990663890"}, // 9.995
{0x4023fd70a3d70a3dULL, "e", "9.995000e+00"}, // 9.995
{0x4023fd70a3d70a3dULL, "E", "9.995000E+00"}, // 9.995
{0x4023fd70a3d70a3dULL, ".0e", "1e+01"}, // 9.995
{0x4023fd70a3d70a3dULL, "#.0e", "1.e+01"}, // 9.995
{0x4023fd70a3d70a3dULL, ".3e", "9.995e+00"}, // 9.995
{0x4023fd70a3d70a3dULL, ".20e", "9.99499999999999921840e+00"}, // 9.995
{0x4023fd70a3d70a3dULL, "g", "9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "G", "9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, ".3g", "9.99"}, // 9.995
{0x4023fd70a3d70a3dULL, "#g", "9.99500"}, // 9.995
{0x4023fd70a3d70a3dULL, "#.3g", "9.99"}, // 9.995
{0x4023fd70a3d70a3dULL, ".0g", "1e+01"}, // 9.995
{0x4023fd70a3d70a3dULL, ".17g", "9.9949999999999992"}, // 9.995
{0x4023fd70a3d70a3dULL, ".3", "9.99"}, // 9.995
{0x4023fd70a3d70a3dULL, ".5", "9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "#.5", "9.9950"}, // 9.995
{0x4023fd70a3d70a3dULL, ".0", "1e+01"}, // 9.995
{0x4023fd70a3d70a3dULL, ".17", "9.9949999999999992"}, // 9.995
{0x4023fd70a3d70a3dULL, "n", "9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, ".3n", "9.99"}, // 9.995
{0x4023fd70a3d70a3dULL, "%", "999.500000%"}, // 9.995
{0x4023fd70a3d70a3dULL, ".1%", "999.5%"}, // 9.995
{0x4023fd70a3d70a3dULL, ".0%", "999%"}, // 9.995
{0x4023fd70a3d70a3dULL, "z", "9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "z.1f", "10.0"}, // 9.995
{0x4023fd70a3d70a3dULL, "z.3e", "9.995e+00"}, // 9.995
{0x4023fd70a3d70a3dULL, "z.0%", "999%"}, // 9.995
{0x4023fd70a3d70a3dULL, "z%", "999.500000%"}, // 9.995
{0x4023fd70a3d70a3dULL, "+", "+9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "010", "000009.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "+010", "+00009.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "=+10", "+    9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "=10", "     9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, " =10", "     9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "0<10", "9.99500000"}, // 9.995
{0x4023fd70a3d70a3dULL, "0^10", "009.995000"}, // 9.995
{0x4023fd70a3d70a3dULL, "0=10", "000009.995"}, // 9.995
{0x4023fd70a3d70a3dULL, ">10", "     9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "<10", "9.995     "}, // 9.995
{0x4023fd70a3d70a3dULL, "^10", "  9.995   "}, // 9.995
{0x4023fd70a3d70a3dULL, "*^12", "***9.995****"}, // 9.995
{0x4023fd70a3d70a3dULL, "\303\251^12", "\303\251\303\251\303\2519.995\303\251\303\251\303\251\303\251"}, // 9.995
{0x4023fd70a3d70a3dULL, ",", "9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "_", "9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "015,.2f", "0,000,000,009.99"}, // 9.995
{0x4023fd70a3d70a3dULL, "010_", "00_009.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "011,e", "9.995000e+00"}, // 9.995
{0x4023fd70a3d70a3dULL, "+015,.1f", "+0,000,000,010.0"}, // 9.995
{0x4023fd70a3d70a3dULL, "0^20,", "00000009.99500000000"}, // 9.995
{0x4023fd70a3d70a3dULL, "*^20,", "*******9.995********"}, // 9.995
{0x4023fd70a3d70a3dULL, ",.0f", "10"}, // 9.995
{0x4023fd70a3d70a3dULL, "_.2f", "9.99"}, // 9.995
{0x4023fd70a3d70a3dULL, ",.2f", "9.99"}, // 9.995
{0x4023fd70a3d70a3dULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 9.995
{0x4023fd70a3d70a3dULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 9.995
{0x4023fd70a3d70a3dULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 9.995
{0x4023fd70a3d70a3dULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 9.995
{0x4023fd70a3d70a3dULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 9.995
{0x4023fd70a3d70a3dULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 9.995
{0x4023fd70a3d70a3dULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 9.995
{0x4023fd70a3d70a3dULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 9.995
{0x4023fd70a3d70a3dULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 9.995
{0x4023fd70a3d70a3dULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 9.995
{0x4023fd70a3d70a3dULL, ".2147483648f", "!ValueError: precision too big"}, // 9.995
{0x4023fd70a3d70a3dULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 9.995
{0x4023fd70a3d70a3dULL, "#", "9.995"}, // 9.995
{0x4023fd70a3d70a3dULL, "#.0", "1.e+01"}, // 9.995
{0x4023fd70a3d70a3dULL, "-", "9.995"}, // 9.995
{0x4058ff5c28f5c28fULL, "", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "f", "99.990000"}, // 99.99
{0x4058ff5c28f5c28fULL, ".0f", "100"}, // 99.99
{0x4058ff5c28f5c28fULL, ".2f", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "0.2f", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, ".6f", "99.990000"}, // 99.99
{0x4058ff5c28f5c28fULL, "08.3f", "0099.990"}, // 99.99
{0x4058ff5c28f5c28fULL, "+.3f", "+99.990"}, // 99.99
{0x4058ff5c28f5c28fULL, " .3f", " 99.990"}, // 99.99
{0x4058ff5c28f5c28fULL, "#.0f", "100."}, // 99.99
{0x4058ff5c28f5c28fULL, ".30f", "99.989999999999994884092302527279"}, // 99.99
{0x4058ff5c28f5c28fULL, "e", "9.999000e+01"}, // 99.99
{0x4058ff5c28f5c28fULL, "E", "9.999000E+01"}, // 99.99
{0x4058ff5c28f5c28fULL, ".0e", "1e+02"}, // 99.99
{0x4058ff5c28f5c28fULL, "#.0e", "1.e+02"}, // 99.99
{0x4058ff5c28f5c28fULL, ".3e", "9.999e+01"}, // 99.99
{0x4058ff5c28f5c28fULL, ".20e", "9.99899999999999948841e+01"}, // 99.99
{0x4058ff5c28f5c28fULL, "g", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "G", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, ".3g", "100"}, // 99.99
{0x4058ff5c28f5c28fULL, "#g", "99.9900"}, // 99.99
{0x4058ff5c28f5c28fULL, "#.3g", "100."}, // 99.99
{0x4058ff5c28f5c28fULL, ".0g", "1e+02"}, // 99.99
{0x4058ff5c28f5c28fULL, ".17g", "99.989999999999995"}, // 99.99
{0x4058ff5c28f5c28fULL, ".3", "1e+02"}, // 99.99
{0x4058ff5c28f5c28fULL, ".5", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "#.5", "99.990"}, // 99.99
{0x4058ff5c28f5c28fULL, ".0", "1e+02"}, // 99.99
{0x4058ff5c28f5c28fULL, ".17", "99.989999999999995"}, // 99.99
{0x4058ff5c28f5c28fULL, "n", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, ".3n", "100"}, // 99.99
{0x4058ff5c28f5c28fULL, "%", "9999.000000%"}, // 99.99
{0x4058ff5c28f5c28fULL, ".1%", "9999.0%"}, // 99.99
{0x4058ff5c28f5c28fULL, ".0%", "9999%"}, // 99.99
{0x4058ff5c28f5c28fULL, "z", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "z.1f", "100.0"}, // 99.99
{0x4058ff5c28f5c28fULL, "z.3e", "9.999e+01"}, // 99.99
{0x4058ff5c28f5c28fULL, "z.0%", "9999%"}, // 99.99
{0x4058ff5c28f5c28fULL, "z%", "9999.000000%"}, // 99.99
{0x4058ff5c28f5c28fULL, "+", "+99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "010", "0000099.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "+010", "+000099.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "=+10", "+    99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "=10", "     99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, " =10", "     99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "0<10", "99.9900000"}, // 99.99
{0x4058ff5c28f5c28fULL, "0^10", "0099.99000"}, // 99.99
{0x4058ff5c28f5c28fULL, "0=10", "0000099.99"}, // 99.99
{0x4058ff5c28f5c28fULL, ">10", "     99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "<10", "99.99     "}, // 99.99
{0x4058ff5c28f5c28fULL, "^10", "  99.99   "}, // 99.99
{0x4058ff5c28f5c28fULL, "*^12", "***99.99****"}, // 99.99
{0x4058ff5c28f5c28fULL, "\303\251^12", "\303\251\303\251\303\25199.99\303\251\303\251\303\251\303\251"}, // 99.99
{0x4058ff5c28f5c28fULL, ",", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "_", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "015,.2f", "0,000,000,099.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "010_", "000_099.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "011,e", "9.999000e+01"}, // 99.99
{0x4058ff5c28f5c28fULL, "+015,.1f", "+0,000,000,100.0"}, // 99.99
{0x4058ff5c28f5c28fULL, "0^20,", "000000099.9900000000"}, // 99.99
{0x4058ff5c28f5c28fULL, "*^20,", "*******99.99********"}, // 99.99
{0x4058ff5c28f5c28fULL, ",.0f", "100"}, // 99.99
{0x4058ff5c28f5c28fULL, "_.2f", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, ",.2f", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 99.99
{0x4058ff5c28f5c28fULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 99.99
{0x4058ff5c28f5c28fULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 99.99
{0x4058ff5c28f5c28fULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 99.99
{0x4058ff5c28f5c28fULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 99.99
{0x4058ff5c28f5c28fULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 99.99
{0x4058ff5c28f5c28fULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 99.99
{0x4058ff5c28f5c28fULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 99.99
{0x4058ff5c28f5c28fULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 99.99
{0x4058ff5c28f5c28fULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 99.99
{0x4058ff5c28f5c28fULL, ".2147483648f", "!ValueError: precision too big"}, // 99.99
{0x4058ff5c28f5c28fULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 99.99
{0x4058ff5c28f5c28fULL, "#", "99.99"}, // 99.99
{0x4058ff5c28f5c28fULL, "#.0", "1.e+02"}, // 99.99
{0x4058ff5c28f5c28fULL, "-", "99.99"}, // 99.99
{0x3fe0000000000000ULL, "", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "f", "0.500000"}, // 0.5
{0x3fe0000000000000ULL, ".0f", "0"}, // 0.5
{0x3fe0000000000000ULL, ".2f", "0.50"}, // 0.5
{0x3fe0000000000000ULL, "0.2f", "0.50"}, // 0.5
{0x3fe0000000000000ULL, ".6f", "0.500000"}, // 0.5
{0x3fe0000000000000ULL, "08.3f", "0000.500"}, // 0.5
{0x3fe0000000000000ULL, "+.3f", "+0.500"}, // 0.5
{0x3fe0000000000000ULL, " .3f", " 0.500"}, // 0.5
{0x3fe0000000000000ULL, "#.0f", "0."}, // 0.5
{0x3fe0000000000000ULL, ".30f", "0.500000000000000000000000000000"}, // 0.5
{0x3fe0000000000000ULL, "e", "5.000000e-01"}, // 0.5
{0x3fe0000000000000ULL, "E", "5.000000E-01"}, // 0.5
{0x3fe0000000000000ULL, ".0e", "5e-01"}, // 0.5
{0x3fe0000000000000ULL, "#.0e", "5.e-01"}, // 0.5
{0x3fe0000000000000ULL, ".3e", "5.000e-01"}, // 0.5
{0x3fe0000000000000ULL, ".20e", "5.00000000000000000000e-01"}, // 0.5
{0x3fe0000000000000ULL, "g", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "G", "0.5"}, // 0.5
{0x3fe0000000000000ULL, ".3g", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "#g", "0.500000"}, // 0.5
{0x3fe0000000000000ULL, "#.3g", "0.500"}, // 0.5
{0x3fe0000000000000ULL, ".0g", "0.5"}, // 0.5
{0x3fe0000000000000ULL, ".17g", "0.5"}, // 0.5
{0x3fe0000000000000ULL, ".3", "0.5"}, // 0.5
{0x3fe0000000000000ULL, ".5", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "#.5", "0.50000"}, // 0.5
{0x3fe0000000000000ULL, ".0", "0.5"}, // 0.5
{0x3fe0000000000000ULL, ".17", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "n", "0.5"}, // 0.5
{0x3fe0000000000000ULL, ".3n", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "%", "50.000000%"}, // 0.5
{0x3fe0000000000000ULL, ".1%", "50.0%"}, // 0.5
{0x3fe0000000000000ULL, ".0%", "50%"}, // 0.5
{0x3fe0000000000000ULL, "z", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "z.1f", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "z.3e", "5.000e-01"}, // 0.5
{0x3fe0000000000000ULL, "z.0%", "50%"}, // 0.5
{0x3fe0000000000000ULL, "z%", "50.000000%"}, // 0.5
{0x3fe0000000000000ULL, "+", "+0.5"}, // 0.5
{0x3fe0000000000000ULL, "010", "00000000.5"}, // 0.5
{0x3fe0000000000000ULL, "+010", "+0000000.5"}, // 0.5
{0x3fe0000000000000ULL, "=+10", "+      0.5"}, // 0.5
{0x3fe0000000000000ULL, "=10", "       0.5"}, // 0.5
{0x3fe0000000000000ULL, " =10", "       0.5"}, // 0.5
{0x3fe0000000000000ULL, "0<10", "0.50000000"}, // 0.5
{0x3fe0000000000000ULL, "0^10", "0000.50000"}, // 0.5
{0x3fe0000000000000ULL, "0=10", "00000000.5"}, // 0.5
{0x3fe0000000000000ULL, ">10", "       0.5"}, // 0.5
{0x3fe0000000000000ULL, "<10", "0.5       "}, // 0.5
{0x3fe0000000000000ULL, "^10", "   0.5    "}, // 0.5
{0x3fe0000000000000ULL, "*^12", "****0.5*****"}, // 0.5
{0x3fe0000000000000ULL, "\303\251^12", "\303\251\303\251\303\251\303\2510.5\303\251\303\251\303\251\303\251\303\251"}, // 0.5
{0x3fe0000000000000ULL, ",", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "_", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "015,.2f", "0,000,000,000.50"}, // 0.5
{0x3fe0000000000000ULL, "010_", "0_000_000.5"}, // 0.5
{0x3fe0000000000000ULL, "011,e", "5.000000e-01"}, // 0.5
{0x3fe0000000000000ULL, "+015,.1f", "+0,000,000,000.5"}, // 0.5
{0x3fe0000000000000ULL, "0^20,", "000000000.5000000000"}, // 0.5
{0x3fe0000000000000ULL, "*^20,", "********0.5*********"}, // 0.5
{0x3fe0000000000000ULL, ",.0f", "0"}, // 0.5
{0x3fe0000000000000ULL, "_.2f", "0.50"}, // 0.5
{0x3fe0000000000000ULL, ",.2f", "0.50"}, // 0.5
{0x3fe0000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // 0.5
{0x3fe0000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // 0.5
{0x3fe0000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // 0.5
{0x3fe0000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // 0.5
{0x3fe0000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // 0.5
{0x3fe0000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // 0.5
{0x3fe0000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // 0.5
{0x3fe0000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // 0.5
{0x3fe0000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // 0.5
{0x3fe0000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // 0.5
{0x3fe0000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // 0.5
{0x3fe0000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // 0.5
{0x3fe0000000000000ULL, "#", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "#.0", "0.5"}, // 0.5
{0x3fe0000000000000ULL, "-", "0.5"}, // 0.5
{0x7ff0000000000000ULL, "", "inf"}, // inf
{0x7ff0000000000000ULL, "f", "inf"}, // inf
{0x7ff0000000000000ULL, ".0f", "inf"}, // inf
{0x7ff0000000000000ULL, ".2f", "inf"}, // inf
{0x7ff0000000000000ULL, "0.2f", "inf"}, // inf
{0x7ff0000000000000ULL, ".6f", "inf"}, // inf
{0x7ff0000000000000ULL, "08.3f", "00000inf"}, // inf
{0x7ff0000000000000ULL, "+.3f", "+inf"}, // inf
{0x7ff0000000000000ULL, " .3f", " inf"}, // inf
{0x7ff0000000000000ULL, "#.0f", "inf"}, // inf
{0x7ff0000000000000ULL, ".30f", "inf"}, // inf
{0x7ff0000000000000ULL, "e", "inf"}, // inf
{0x7ff0000000000000ULL, "E", "INF"}, // inf
{0x7ff0000000000000ULL, ".0e", "inf"}, // inf
{0x7ff0000000000000ULL, "#.0e", "inf"}, // inf
{0x7ff0000000000000ULL, ".3e", "inf"}, // inf
{0x7ff0000000000000ULL, ".20e", "inf"}, // inf
{0x7ff0000000000000ULL, "g", "inf"}, // inf
{0x7ff0000000000000ULL, "G", "INF"}, // inf
{0x7ff0000000000000ULL, ".3g", "inf"}, // inf
{0x7ff0000000000000ULL, "#g", "inf"}, // inf
{0x7ff0000000000000ULL, "#.3g", "inf"}, // inf
{0x7ff0000000000000ULL, ".0g", "inf"}, // inf
{0x7ff0000000000000ULL, ".17g", "inf"}, // inf
{0x7ff0000000000000ULL, ".3", "inf"}, // inf
{0x7ff0000000000000ULL, ".5", "inf"}, // inf
{0x7ff0000000000000ULL, "#.5", "inf"}, // inf
{0x7ff0000000000000ULL, ".0", "inf"}, // inf
{0x7ff0000000000000ULL, ".17", "inf"}, // inf
{0x7ff0000000000000ULL, "n", "inf"}, // inf
{0x7ff0000000000000ULL, ".3n", "inf"}, // inf
{0x7ff0000000000000ULL, "%", "inf%"}, // inf
{0x7ff0000000000000ULL, ".1%", "inf%"}, // inf
{0x7ff0000000000000ULL, ".0%", "inf%"}, // inf
{0x7ff0000000000000ULL, "z", "inf"}, // inf
{0x7ff0000000000000ULL, "z.1f", "inf"}, // inf
{0x7ff0000000000000ULL, "z.3e", "inf"}, // inf
{0x7ff0000000000000ULL, "z.0%", "inf%"}, // inf
{0x7ff0000000000000ULL, "z%", "inf%"}, // inf
{0x7ff0000000000000ULL, "+", "+inf"}, // inf
{0x7ff0000000000000ULL, "010", "0000000inf"}, // inf
{0x7ff0000000000000ULL, "+010", "+000000inf"}, // inf
{0x7ff0000000000000ULL, "=+10", "+      inf"}, // inf
{0x7ff0000000000000ULL, "=10", "       inf"}, // inf
{0x7ff0000000000000ULL, " =10", "       inf"}, // inf
{0x7ff0000000000000ULL, "0<10", "inf0000000"}, // inf
{0x7ff0000000000000ULL, "0^10", "000inf0000"}, // inf
{0x7ff0000000000000ULL, "0=10", "0000000inf"}, // inf
{0x7ff0000000000000ULL, ">10", "       inf"}, // inf
{0x7ff0000000000000ULL, "<10", "inf       "}, // inf
{0x7ff0000000000000ULL, "^10", "   inf    "}, // inf
{0x7ff0000000000000ULL, "*^12", "****inf*****"}, // inf
{0x7ff0000000000000ULL, "\303\251^12", "\303\251\303\251\303\251\303\251inf\303\251\303\251\303\251\303\251\303\251"}, // inf
{0x7ff0000000000000ULL, ",", "inf"}, // inf
{0x7ff0000000000000ULL, "_", "inf"}, // inf
{0x7ff0000000000000ULL, "015,.2f", "000000000000inf"}, // inf
{0x7ff0000000000000ULL, "010_", "0000000inf"}, // inf
{0x7ff0000000000000ULL, "011,e", "00000000inf"}, // inf
{0x7ff0000000000000ULL, "+015,.1f", "+00000000000inf"}, // inf
{0x7ff0000000000000ULL, "0^20,", "00000000inf000000000"}, // inf
{0x7ff0000000000000ULL, "*^20,", "********inf*********"}, // inf
{0x7ff0000000000000ULL, ",.0f", "inf"}, // inf
{0x7ff0000000000000ULL, "_.2f", "inf"}, // inf
{0x7ff0000000000000ULL, ",.2f", "inf"}, // inf
{0x7ff0000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // inf
{0x7ff0000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // inf
{0x7ff0000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // inf
{0x7ff0000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // inf
{0x7ff0000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // inf
{0x7ff0000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // inf
{0x7ff0000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // inf
{0x7ff0000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // inf
{0x7ff0000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // inf
{0x7ff0000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // inf
{0x7ff0000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // inf
{0x7ff0000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // inf
{0x7ff0000000000000ULL, "#", "inf"}, // inf
{0x7ff0000000000000ULL, "#.0", "inf"}, // inf
{0x7ff0000000000000ULL, "-", "inf"}, // inf
{0xfff0000000000000ULL, "", "-inf"}, // -inf
{0xfff0000000000000ULL, "f", "-inf"}, // -inf
{0xfff0000000000000ULL, ".0f", "-inf"}, // -inf
{0xfff0000000000000ULL, ".2f", "-inf"}, // -inf
{0xfff0000000000000ULL, "0.2f", "-inf"}, // -inf
{0xfff0000000000000ULL, ".6f", "-inf"}, // -inf
{0xfff0000000000000ULL, "08.3f", "-0000inf"}, // -inf
{0xfff0000000000000ULL, "+.3f", "-inf"}, // -inf
{0xfff0000000000000ULL, " .3f", "-inf"}, // -inf
{0xfff0000000000000ULL, "#.0f", "-inf"}, // -inf
{0xfff0000000000000ULL, ".30f", "-inf"}, // -inf
{0xfff0000000000000ULL, "e", "-inf"}, // -inf
{0xfff0000000000000ULL, "E", "-INF"}, // -inf
{0xfff0000000000000ULL, ".0e", "-inf"}, // -inf
{0xfff0000000000000ULL, "#.0e", "-inf"}, // -inf
{0xfff0000000000000ULL, ".3e", "-inf"}, // -inf
{0xfff0000000000000ULL, ".20e", "-inf"}, // -inf
{0xfff0000000000000ULL, "g", "-inf"}, // -inf
{0xfff0000000000000ULL, "G", "-INF"}, // -inf
{0xfff0000000000000ULL, ".3g", "-inf"}, // -inf
{0xfff0000000000000ULL, "#g", "-inf"}, // -inf
{0xfff0000000000000ULL, "#.3g", "-inf"}, // -inf
{0xfff0000000000000ULL, ".0g", "-inf"}, // -inf
{0xfff0000000000000ULL, ".17g", "-inf"}, // -inf
{0xfff0000000000000ULL, ".3", "-inf"}, // -inf
{0xfff0000000000000ULL, ".5", "-inf"}, // -inf
{0xfff0000000000000ULL, "#.5", "-inf"}, // -inf
{0xfff0000000000000ULL, ".0", "-inf"}, // -inf
{0xfff0000000000000ULL, ".17", "-inf"}, // -inf
{0xfff0000000000000ULL, "n", "-inf"}, // -inf
{0xfff0000000000000ULL, ".3n", "-inf"}, // -inf
{0xfff0000000000000ULL, "%", "-inf%"}, // -inf
{0xfff0000000000000ULL, ".1%", "-inf%"}, // -inf
{0xfff0000000000000ULL, ".0%", "-inf%"}, // -inf
{0xfff0000000000000ULL, "z", "-inf"}, // -inf
{0xfff0000000000000ULL, "z.1f", "-inf"}, // -inf
{0xfff0000000000000ULL, "z.3e", "-inf"}, // -inf
{0xfff0000000000000ULL, "z.0%", "-inf%"}, // -inf
{0xfff0000000000000ULL, "z%", "-inf%"}, // -inf
{0xfff0000000000000ULL, "+", "-inf"}, // -inf
{0xfff0000000000000ULL, "010", "-000000inf"}, // -inf
{0xfff0000000000000ULL, "+010", "-000000inf"}, // -inf
{0xfff0000000000000ULL, "=+10", "-      inf"}, // -inf
{0xfff0000000000000ULL, "=10", "-      inf"}, // -inf
{0xfff0000000000000ULL, " =10", "-      inf"}, // -inf
{0xfff0000000000000ULL, "0<10", "-inf000000"}, // -inf
{0xfff0000000000000ULL, "0^10", "000-inf000"}, // -inf
{0xfff0000000000000ULL, "0=10", "-000000inf"}, // -inf
{0xfff0000000000000ULL, ">10", "      -inf"}, // -inf
{0xfff0000000000000ULL, "<10", "-inf      "}, // -inf
{0xfff0000000000000ULL, "^10", "   -inf   "}, // -inf
{0xfff0000000000000ULL, "*^12", "****-inf****"}, // -inf
{0xfff0000000000000ULL, "\303\251^12", "\303\251\303\251\303\251\303\251-inf\303\251\303\251\303\251\303\251"}, // -inf
{0xfff0000000000000ULL, ",", "-inf"}, // -inf
{0xfff0000000000000ULL, "_", "-inf"}, // -inf
{0xfff0000000000000ULL, "015,.2f", "-00000000000inf"}, // -inf
{0xfff0000000000000ULL, "010_", "-000000inf"}, // -inf
{0xfff0000000000000ULL, "011,e", "-0000000inf"}, // -inf
{0xfff0000000000000ULL, "+015,.1f", "-00000000000inf"}, // -inf
{0xfff0000000000000ULL, "0^20,", "00000000-inf00000000"}, // -inf
{0xfff0000000000000ULL, "*^20,", "********-inf********"}, // -inf
{0xfff0000000000000ULL, ",.0f", "-inf"}, // -inf
{0xfff0000000000000ULL, "_.2f", "-inf"}, // -inf
{0xfff0000000000000ULL, ",.2f", "-inf"}, // -inf
{0xfff0000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // -inf
{0xfff0000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // -inf
{0xfff0000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // -inf
{0xfff0000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // -inf
{0xfff0000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // -inf
{0xfff0000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // -inf
{0xfff0000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // -inf
{0xfff0000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // -inf
{0xfff0000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // -inf
{0xfff0000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // -inf
{0xfff0000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // -inf
{0xfff0000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // -inf
{0xfff0000000000000ULL, "#", "-inf"}, // -inf
{0xfff0000000000000ULL, "#.0", "-inf"}, // -inf
{0xfff0000000000000ULL, "-", "-inf"}, // -inf
{0x7ff8000000000000ULL, "", "nan"}, // nan
{0x7ff8000000000000ULL, "f", "nan"}, // nan
{0x7ff8000000000000ULL, ".0f", "nan"}, // nan
{0x7ff8000000000000ULL, ".2f", "nan"}, // nan
{0x7ff8000000000000ULL, "0.2f", "nan"}, // nan
{0x7ff8000000000000ULL, ".6f", "nan"}, // nan
{0x7ff8000000000000ULL, "08.3f", "00000nan"}, // nan
{0x7ff8000000000000ULL, "+.3f", "+nan"}, // nan
{0x7ff8000000000000ULL, " .3f", " nan"}, // nan
{0x7ff8000000000000ULL, "#.0f", "nan"}, // nan
{0x7ff8000000000000ULL, ".30f", "nan"}, // nan
{0x7ff8000000000000ULL, "e", "nan"}, // nan
{0x7ff8000000000000ULL, "E", "NAN"}, // nan
{0x7ff8000000000000ULL, ".0e", "nan"}, // nan
{0x7ff8000000000000ULL, "#.0e", "nan"}, // nan
{0x7ff8000000000000ULL, ".3e", "nan"}, // nan
{0x7ff8000000000000ULL, ".20e", "nan"}, // nan
{0x7ff8000000000000ULL, "g", "nan"}, // nan
{0x7ff8000000000000ULL, "G", "NAN"}, // nan
{0x7ff8000000000000ULL, ".3g", "nan"}, // nan
{0x7ff8000000000000ULL, "#g", "nan"}, // nan
{0x7ff8000000000000ULL, "#.3g", "nan"}, // nan
{0x7ff8000000000000ULL, ".0g", "nan"}, // nan
{0x7ff8000000000000ULL, ".17g", "nan"}, // nan
{0x7ff8000000000000ULL, ".3", "nan"}, // nan
{0x7ff8000000000000ULL, ".5", "nan"}, // nan
{0x7ff8000000000000ULL, "#.5", "nan"}, // nan
{0x7ff8000000000000ULL, ".0", "nan"}, // nan
{0x7ff8000000000000ULL, ".17", "nan"}, // nan
{0x7ff8000000000000ULL, "n", "nan"}, // nan
{0x7ff8000000000000ULL, ".3n", "nan"}, // nan
{0x7ff8000000000000ULL, "%", "nan%"}, // nan
{0x7ff8000000000000ULL, ".1%", "nan%"}, // nan
{0x7ff8000000000000ULL, ".0%", "nan%"}, // nan
{0x7ff8000000000000ULL, "z", "nan"}, // nan
{0x7ff8000000000000ULL, "z.1f", "nan"}, // nan
{0x7ff8000000000000ULL, "z.3e", "nan"}, // nan
{0x7ff8000000000000ULL, "z.0%", "nan%"}, // nan
{0x7ff8000000000000ULL, "z%", "nan%"}, // nan
{0x7ff8000000000000ULL, "+", "+nan"}, // nan
{0x7ff8000000000000ULL, "010", "0000000nan"}, // nan
{0x7ff8000000000000ULL, "+010", "+000000nan"}, // nan
{0x7ff8000000000000ULL, "=+10", "+      nan"}, // nan
{0x7ff8000000000000ULL, "=10", "       nan"}, // nan
{0x7ff8000000000000ULL, " =10", "       nan"}, // nan
{0x7ff8000000000000ULL, "0<10", "nan0000000"}, // nan
{0x7ff8000000000000ULL, "0^10", "000nan0000"}, // nan
{0x7ff8000000000000ULL, "0=10", "0000000nan"}, // nan
{0x7ff8000000000000ULL, ">10", "       nan"}, // nan
{0x7ff8000000000000ULL, "<10", "nan       "}, // nan
{0x7ff8000000000000ULL, "^10", "   nan    "}, // nan
{0x7ff8000000000000ULL, "*^12", "****nan*****"}, // nan
{0x7ff8000000000000ULL, "\303\251^12", "\303\251\303\251\303\251\303\251nan\303\251\303\251\303\251\303\251\303\251"}, // nan
{0x7ff8000000000000ULL, ",", "nan"}, // nan
{0x7ff8000000000000ULL, "_", "nan"}, // nan
{0x7ff8000000000000ULL, "015,.2f", "000000000000nan"}, // nan
{0x7ff8000000000000ULL, "010_", "0000000nan"}, // nan
{0x7ff8000000000000ULL, "011,e", "00000000nan"}, // nan
{0x7ff8000000000000ULL, "+015,.1f", "+00000000000nan"}, // nan
{0x7ff8000000000000ULL, "0^20,", "00000000nan000000000"}, // nan
{0x7ff8000000000000ULL, "*^20,", "********nan*********"}, // nan
{0x7ff8000000000000ULL, ",.0f", "nan"}, // nan
{0x7ff8000000000000ULL, "_.2f", "nan"}, // nan
{0x7ff8000000000000ULL, ",.2f", "nan"}, // nan
{0x7ff8000000000000ULL, ",n", "!ValueError: Cannot specify ',' with 'n'."}, // nan
{0x7ff8000000000000ULL, "_n", "!ValueError: Cannot specify '_' with 'n'."}, // nan
{0x7ff8000000000000ULL, ",_", "!ValueError: Cannot specify both ',' and '_'."}, // nan
{0x7ff8000000000000ULL, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"}, // nan
{0x7ff8000000000000ULL, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"}, // nan
{0x7ff8000000000000ULL, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"}, // nan
{0x7ff8000000000000ULL, "s", "!ValueError: Unknown format code 's' for object of type 'float'"}, // nan
{0x7ff8000000000000ULL, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"}, // nan
{0x7ff8000000000000ULL, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"}, // nan
{0x7ff8000000000000ULL, ".1.1", "!ValueError: Invalid format specifier '.1.1' for object of type 'float'"}, // nan
{0x7ff8000000000000ULL, ".2147483648f", "!ValueError: precision too big"}, // nan
{0x7ff8000000000000ULL, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"}, // nan
{0x7ff8000000000000ULL, "#", "nan"}, // nan
{0x7ff8000000000000ULL, "#.0", "nan"}, // nan
{0x7ff8000000000000ULL, "-", "nan"}, // nan
// END GENERATED: format_float
    // clang-format on
};

struct StrCase {
    std::string_view value;
    std::string_view spec;
    std::string_view expected;
};

// (s, spec, format(s, spec))
constexpr StrCase str_cases[] = {
    // clang-format off
// BEGIN GENERATED: format_str
{"", "", ""},
{"", "s", ""},
{"", "5", "     "},
{"", "<5", "     "},
{"", ">5", "     "},
{"", "^5", "     "},
{"", "^6", "      "},
{"", "*^9", "*********"},
{"", "x<5.1", "xxxxx"},
{"", ".1", ""},
{"", ".0", ""},
{"", ".10", ""},
{"", "10.3", "          "},
{"", "05", "00000"},
{"", "0>5", "00000"},
{"", "\303\251^7", "\303\251\303\251\303\251\303\251\303\251\303\251\303\251"},
{"", "\360\237\230\200^5", "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"},
{"", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"", "z5", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"", "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
{"", "+", "!ValueError: Sign not allowed in string format specifier"},
{"", "-", "!ValueError: Sign not allowed in string format specifier"},
{"", " ", "!ValueError: Space not allowed in string format specifier"},
{"", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
{"", ",", "!ValueError: Cannot specify ',' with 's'."},
{"", "_", "!ValueError: Cannot specify '_' with 's'."},
{"", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"", ".", "!ValueError: Format specifier missing precision"},
{"", "5x5", "!ValueError: Invalid format specifier '5x5' for object of type 'str'"},
{"", "+z", "!ValueError: Sign not allowed in string format specifier"},
{"", "z#", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"", "#=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"", "=+", "!ValueError: Sign not allowed in string format specifier"},
{"", "+=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"", "=.1", "!ValueError: '=' alignment not allowed in string format specifier"},
{"", "+d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"", ",d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"", "\331\241\331\240", "          "},
{"", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"", "1111111111111111111111111", "!ValueError: Too many decimal digits in format string"},
{"ab", "", "ab"},
{"ab", "s", "ab"},
{"ab", "5", "ab   "},
{"ab", "<5", "ab   "},
{"ab", ">5", "   ab"},
{"ab", "^5", " ab  "},
{"ab", "^6", "  ab  "},
{"ab", "*^9", "***ab****"},
{"ab", "x<5.1", "axxxx"},
{"ab", ".1", "a"},
{"ab", ".0", ""},
{"ab", ".10", "ab"},
{"ab", "10.3", "ab        "},
{"ab", "05", "ab000"},
{"ab", "0>5", "000ab"},
{"ab", "\303\251^7", "\303\251\303\251ab\303\251\303\251\303\251"},
{"ab", "\360\237\230\200^5", "\360\237\230\200ab\360\237\230\200\360\237\230\200"},
{"ab", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"ab", "z5", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"ab", "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
{"ab", "+", "!ValueError: Sign not allowed in string format specifier"},
{"ab", "-", "!ValueError: Sign not allowed in string format specifier"},
{"ab", " ", "!ValueError: Space not allowed in string format specifier"},
{"ab", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
{"ab", ",", "!ValueError: Cannot specify ',' with 's'."},
{"ab", "_", "!ValueError: Cannot specify '_' with 's'."},
{"ab", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"ab", ".", "!ValueError: Format specifier missing precision"},
{"ab", "5x5", "!ValueError: Invalid format specifier '5x5' for object of type 'str'"},
{"ab", "+z", "!ValueError: Sign not allowed in string format specifier"},
{"ab", "z#", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"ab", "#=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"ab", "=+", "!ValueError: Sign not allowed in string format specifier"},
{"ab", "+=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"ab", "=.1", "!ValueError: '=' alignment not allowed in string format specifier"},
{"ab", "+d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"ab", ",d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"ab", "\331\241\331\240", "ab        "},
{"ab", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"ab", "1111111111111111111111111", "!ValueError: Too many decimal digits in format string"},
{"h\303\251llo", "", "h\303\251llo"},
{"h\303\251llo", "s", "h\303\251llo"},
{"h\303\251llo", "5", "h\303\251llo"},
{"h\303\251llo", "<5", "h\303\251llo"},
{"h\303\251llo", ">5", "h\303\251llo"},
{"h\303\251llo", "^5", "h\303\251llo"},
{"h\303\251llo", "^6", "h\303\251llo "},
{"h\303\251llo", "*^9", "**h\303\251llo**"},
{"h\303\251llo", "x<5.1", "hxxxx"},
{"h\303\251llo", ".1", "h"},
{"h\303\251llo", ".0", ""},
{"h\303\251llo", ".10", "h\303\251llo"},
{"h\303\251llo", "10.3", "h\303\251l       "},
{"h\303\251llo", "05", "h\303\251llo"},
{"h\303\251llo", "0>5", "h\303\251llo"},
{"h\303\251llo", "\303\251^7", "\303\251h\303\251llo\303\251"},
{"h\303\251llo", "\360\237\230\200^5", "h\303\251llo"},
{"h\303\251llo", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"h\303\251llo", "z5", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"h\303\251llo", "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
{"h\303\251llo", "+", "!ValueError: Sign not allowed in string format specifier"},
{"h\303\251llo", "-", "!ValueError: Sign not allowed in string format specifier"},
{"h\303\251llo", " ", "!ValueError: Space not allowed in string format specifier"},
{"h\303\251llo", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
{"h\303\251llo", ",", "!ValueError: Cannot specify ',' with 's'."},
{"h\303\251llo", "_", "!ValueError: Cannot specify '_' with 's'."},
{"h\303\251llo", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"h\303\251llo", ".", "!ValueError: Format specifier missing precision"},
{"h\303\251llo", "5x5", "!ValueError: Invalid format specifier '5x5' for object of type 'str'"},
{"h\303\251llo", "+z", "!ValueError: Sign not allowed in string format specifier"},
{"h\303\251llo", "z#", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"h\303\251llo", "#=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"h\303\251llo", "=+", "!ValueError: Sign not allowed in string format specifier"},
{"h\303\251llo", "+=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"h\303\251llo", "=.1", "!ValueError: '=' alignment not allowed in string format specifier"},
{"h\303\251llo", "+d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"h\303\251llo", ",d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"h\303\251llo", "\331\241\331\240", "h\303\251llo     "},
{"h\303\251llo", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"h\303\251llo", "1111111111111111111111111", "!ValueError: Too many decimal digits in format string"},
{"\360\237\230\200", "", "\360\237\230\200"},
{"\360\237\230\200", "s", "\360\237\230\200"},
{"\360\237\230\200", "5", "\360\237\230\200    "},
{"\360\237\230\200", "<5", "\360\237\230\200    "},
{"\360\237\230\200", ">5", "    \360\237\230\200"},
{"\360\237\230\200", "^5", "  \360\237\230\200  "},
{"\360\237\230\200", "^6", "  \360\237\230\200   "},
{"\360\237\230\200", "*^9", "****\360\237\230\200****"},
{"\360\237\230\200", "x<5.1", "\360\237\230\200xxxx"},
{"\360\237\230\200", ".1", "\360\237\230\200"},
{"\360\237\230\200", ".0", ""},
{"\360\237\230\200", ".10", "\360\237\230\200"},
{"\360\237\230\200", "10.3", "\360\237\230\200         "},
{"\360\237\230\200", "05", "\360\237\230\2000000"},
{"\360\237\230\200", "0>5", "0000\360\237\230\200"},
{"\360\237\230\200", "\303\251^7", "\303\251\303\251\303\251\360\237\230\200\303\251\303\251\303\251"},
{"\360\237\230\200", "\360\237\230\200^5", "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"},
{"\360\237\230\200", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"\360\237\230\200", "z5", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"\360\237\230\200", "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
{"\360\237\230\200", "+", "!ValueError: Sign not allowed in string format specifier"},
{"\360\237\230\200", "-", "!ValueError: Sign not allowed in string format specifier"},
{"\360\237\230\200", " ", "!ValueError: Space not allowed in string format specifier"},
{"\360\237\230\200", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
{"\360\237\230\200", ",", "!ValueError: Cannot specify ',' with 's'."},
{"\360\237\230\200", "_", "!ValueError: Cannot specify '_' with 's'."},
{"\360\237\230\200", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"\360\237\230\200", ".", "!ValueError: Format specifier missing precision"},
{"\360\237\230\200", "5x5", "!ValueError: Invalid format specifier '5x5' for object of type 'str'"},
{"\360\237\230\200", "+z", "!ValueError: Sign not allowed in string format specifier"},
{"\360\237\230\200", "z#", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"\360\237\230\200", "#=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"\360\237\230\200", "=+", "!ValueError: Sign not allowed in string format specifier"},
{"\360\237\230\200", "+=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"\360\237\230\200", "=.1", "!ValueError: '=' alignment not allowed in string format specifier"},
{"\360\237\230\200", "+d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"\360\237\230\200", ",d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"\360\237\230\200", "\331\241\331\240", "\360\237\230\200         "},
{"\360\237\230\200", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"\360\237\230\200", "1111111111111111111111111", "!ValueError: Too many decimal digits in format string"},
{"x", "", "x"},
{"x", "s", "x"},
{"x", "5", "x    "},
{"x", "<5", "x    "},
{"x", ">5", "    x"},
{"x", "^5", "  x  "},
{"x", "^6", "  x   "},
{"x", "*^9", "****x****"},
{"x", "x<5.1", "xxxxx"},
{"x", ".1", "x"},
{"x", ".0", ""},
{"x", ".10", "x"},
{"x", "10.3", "x         "},
{"x", "05", "x0000"},
{"x", "0>5", "0000x"},
{"x", "\303\251^7", "\303\251\303\251\303\251x\303\251\303\251\303\251"},
{"x", "\360\237\230\200^5", "\360\237\230\200\360\237\230\200x\360\237\230\200\360\237\230\200"},
{"x", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"x", "z5", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"x", "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
{"x", "+", "!ValueError: Sign not allowed in string format specifier"},
{"x", "-", "!ValueError: Sign not allowed in string format specifier"},
{"x", " ", "!ValueError: Space not allowed in string format specifier"},
{"x", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
{"x", ",", "!ValueError: Cannot specify ',' with 's'."},
{"x", "_", "!ValueError: Cannot specify '_' with 's'."},
{"x", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"x", ".", "!ValueError: Format specifier missing precision"},
{"x", "5x5", "!ValueError: Invalid format specifier '5x5' for object of type 'str'"},
{"x", "+z", "!ValueError: Sign not allowed in string format specifier"},
{"x", "z#", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"x", "#=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"x", "=+", "!ValueError: Sign not allowed in string format specifier"},
{"x", "+=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"x", "=.1", "!ValueError: '=' alignment not allowed in string format specifier"},
{"x", "+d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"x", ",d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"x", "\331\241\331\240", "x         "},
{"x", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"x", "1111111111111111111111111", "!ValueError: Too many decimal digits in format string"},
{"tab\011here", "", "tab\011here"},
{"tab\011here", "s", "tab\011here"},
{"tab\011here", "5", "tab\011here"},
{"tab\011here", "<5", "tab\011here"},
{"tab\011here", ">5", "tab\011here"},
{"tab\011here", "^5", "tab\011here"},
{"tab\011here", "^6", "tab\011here"},
{"tab\011here", "*^9", "tab\011here*"},
{"tab\011here", "x<5.1", "txxxx"},
{"tab\011here", ".1", "t"},
{"tab\011here", ".0", ""},
{"tab\011here", ".10", "tab\011here"},
{"tab\011here", "10.3", "tab       "},
{"tab\011here", "05", "tab\011here"},
{"tab\011here", "0>5", "tab\011here"},
{"tab\011here", "\303\251^7", "tab\011here"},
{"tab\011here", "\360\237\230\200^5", "tab\011here"},
{"tab\011here", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"tab\011here", "z5", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"tab\011here", "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
{"tab\011here", "+", "!ValueError: Sign not allowed in string format specifier"},
{"tab\011here", "-", "!ValueError: Sign not allowed in string format specifier"},
{"tab\011here", " ", "!ValueError: Space not allowed in string format specifier"},
{"tab\011here", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
{"tab\011here", ",", "!ValueError: Cannot specify ',' with 's'."},
{"tab\011here", "_", "!ValueError: Cannot specify '_' with 's'."},
{"tab\011here", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"tab\011here", ".", "!ValueError: Format specifier missing precision"},
{"tab\011here", "5x5", "!ValueError: Invalid format specifier '5x5' for object of type 'str'"},
{"tab\011here", "+z", "!ValueError: Sign not allowed in string format specifier"},
{"tab\011here", "z#", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
{"tab\011here", "#=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"tab\011here", "=+", "!ValueError: Sign not allowed in string format specifier"},
{"tab\011here", "+=", "!ValueError: '=' alignment not allowed in string format specifier"},
{"tab\011here", "=.1", "!ValueError: '=' alignment not allowed in string format specifier"},
{"tab\011here", "+d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"tab\011here", ",d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
{"tab\011here", "\331\241\331\240", "tab\011here  "},
{"tab\011here", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
{"tab\011here", "1111111111111111111111111", "!ValueError: Too many decimal digits in format string"},
// END GENERATED: format_str
    // clang-format on
};

} // namespace

TEST(FormatSpec, IntMatchesCPython) {
    for (auto const& c : int_cases) {
        SCOPED_TRACE(std::string(c.value) + " with '" + std::string(c.spec) + "'");
        BigInt value = BigInt::from_string(c.value, 10, 0).value();
        EXPECT_EQ(describe(weft::rt::format_int(value, c.spec)), c.expected);
        if (value.fits_int64()) {
            EXPECT_EQ(describe(weft::rt::format_int(value.to_int64(), c.spec)), c.expected);
        }
        // The same through a spec parsed once, as a cached f-string spec would be.
        auto parsed = weft::rt::parse_format_spec(c.spec);
        if (!parsed) {
            EXPECT_EQ(describe_error(parsed), c.expected);
            continue;
        }
        EXPECT_EQ(describe(weft::rt::format_int(value, *parsed)), c.expected);
        if (value.fits_int64()) {
            EXPECT_EQ(describe(weft::rt::format_int(value.to_int64(), *parsed)), c.expected);
        }
    }
}

TEST(FormatSpec, BoolUsesItsTypeName) {
    for (auto const& c : bool_cases) {
        SCOPED_TRACE(std::string(c.spec));
        EXPECT_EQ(describe(weft::rt::format_int(c.value, c.spec, "bool")), c.expected);
    }
}

TEST(FormatSpec, FloatMatchesCPython) {
    for (auto const& c : float_cases) {
        double value = std::bit_cast<double>(c.bits);
        SCOPED_TRACE(weft::rt::float_repr(value) + " with '" + std::string(c.spec) + "'");
        EXPECT_EQ(describe(weft::rt::format_float(value, c.spec)), c.expected);
        auto parsed = weft::rt::parse_format_spec(c.spec);
        if (!parsed) {
            EXPECT_EQ(describe_error(parsed), c.expected);
            continue;
        }
        EXPECT_EQ(describe(weft::rt::format_float(value, *parsed)), c.expected);
    }
}

TEST(FormatSpec, StrMatchesCPython) {
    for (auto const& c : str_cases) {
        SCOPED_TRACE("'" + std::string(c.value) + "' with '" + std::string(c.spec) + "'");
        EXPECT_EQ(describe(weft::rt::format_str(c.value, c.spec)), c.expected);
        auto parsed = weft::rt::parse_format_spec(c.spec);
        if (!parsed) {
            EXPECT_EQ(describe_error(parsed), c.expected);
            continue;
        }
        EXPECT_EQ(describe(weft::rt::format_str(c.value, *parsed)), c.expected);
    }
}

TEST(FormatSpec, CommonFStringSpecs) {
    // python3 -c "elapsed = 1.23456;
    // print(f'{elapsed:0.2f}|{elapsed:.6f}|{\"ab\":>10}|{\"ab\":<5}|{\"ab\":^9}|')"
    //   1.23|1.234560|        ab|ab   |   ab    |
    EXPECT_EQ(describe(weft::rt::format_float(1.23456, "0.2f")), "1.23");
    EXPECT_EQ(describe(weft::rt::format_float(1.23456, ".6f")), "1.234560");
    EXPECT_EQ(describe(weft::rt::format_str("ab", ">10")), "        ab");
    EXPECT_EQ(describe(weft::rt::format_str("ab", "<5")), "ab   ");
    EXPECT_EQ(describe(weft::rt::format_str("ab", "^9")), "   ab    ");
    // python3 -c "print(f'{0.1:}|{1e20:}|{1.0:}|{1234567:,}|{255:#x}|{5:+d}|{0.25:%}')"
    //   0.1|1e+20|1.0|1,234,567|0xff|+5|25.000000%
    EXPECT_EQ(describe(weft::rt::format_float(0.1, "")), "0.1");
    EXPECT_EQ(describe(weft::rt::format_float(1e20, "")), "1e+20");
    EXPECT_EQ(describe(weft::rt::format_float(1.0, "")), "1.0");
    EXPECT_EQ(describe(weft::rt::format_int(1234567, ",")), "1,234,567");
    EXPECT_EQ(describe(weft::rt::format_int(255, "#x")), "0xff");
    EXPECT_EQ(describe(weft::rt::format_int(5, "+d")), "+5");
    EXPECT_EQ(describe(weft::rt::format_float(0.25, "%")), "25.000000%");
}

TEST(FormatSpec, ParsedFields) {
    auto parsed = weft::rt::parse_format_spec("*^+z#012_.3f");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->fill, U'*');
    EXPECT_TRUE(parsed->fill_specified);
    EXPECT_EQ(parsed->align, '^');
    EXPECT_EQ(parsed->sign, '+');
    EXPECT_TRUE(parsed->no_negative_zero);
    EXPECT_TRUE(parsed->alternate);
    EXPECT_FALSE(parsed->zero_padding); // an explicit fill turns "0" into part of the width
    EXPECT_EQ(parsed->width, 12);
    EXPECT_EQ(parsed->grouping, weft::rt::Grouping::Underscore);
    EXPECT_EQ(parsed->precision, 3);
    EXPECT_EQ(parsed->type, U'f');
    EXPECT_FALSE(parsed->invalid);

    auto zero = weft::rt::parse_format_spec("08");
    ASSERT_TRUE(zero);
    EXPECT_TRUE(zero->zero_padding);
    EXPECT_EQ(zero->fill, U'0');
    EXPECT_EQ(zero->align, '\0');
    EXPECT_EQ(zero->width, 8);
    EXPECT_EQ(zero->type, U'\0');
}

TEST(FormatSpec, TypeSpecificParseReportsEveryParserError) {
    // python3 -c "format('ab', ',')"  ->  ValueError: Cannot specify ',' with 's'.
    auto for_str = weft::rt::parse_format_spec(",", FormatTarget::Str);
    ASSERT_FALSE(for_str);
    EXPECT_EQ(for_str.error().message, "Cannot specify ',' with 's'.");
    EXPECT_TRUE(weft::rt::parse_format_spec(",", FormatTarget::Int));
    EXPECT_TRUE(weft::rt::parse_format_spec(",", FormatTarget::Float));
    // python3 -c "format(1.5, 'xx')"  ->  ValueError: Invalid format specifier 'xx' for object of type
    // 'float'
    auto invalid = weft::rt::parse_format_spec("xx", FormatTarget::Float);
    ASSERT_FALSE(invalid);
    EXPECT_EQ(invalid.error().message, "Invalid format specifier 'xx' for object of type 'float'");
    // The plain parser leaves that error to the formatter, which knows the type's name.
    auto deferred = weft::rt::parse_format_spec("xx");
    ASSERT_TRUE(deferred);
    EXPECT_TRUE(deferred->invalid);
}

TEST(FormatSpec, DigitLimitAppliesToDecimalTypesOnly) {
    BigInt huge = BigInt::from_string("1" + std::string(5000, '0'), 10, 0).value();
    // python3 -c "format(10**5000, ',')"  ->  ValueError: Exceeds the limit (4300 digits) for integer string
    //   conversion; use sys.set_int_max_str_digits() to increase the limit
    EXPECT_EQ(describe(weft::rt::format_int(huge, ",")),
              "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
              "sys.set_int_max_str_digits() to increase the limit");
    EXPECT_EQ(describe(weft::rt::format_int(huge, "")), describe(weft::rt::format_int(huge, ",")));
    // python3 -c "print(len(format(10**5000, 'x')))"  ->  4153
    auto hex = weft::rt::format_int(huge, "x");
    ASSERT_TRUE(hex);
    EXPECT_EQ(hex->size(), 4153u);
    // With sys.set_int_max_str_digits(0) there is no limit: 5001 digits and 1666 commas.
    auto unlimited = weft::rt::format_int(huge, ",", "int", 0);
    ASSERT_TRUE(unlimited);
    EXPECT_EQ(unlimited->size(), 5001u + 1666u);
}
