#!/usr/bin/env python3
"""Golden values for the numeric unit tests, produced by CPython 3.11 itself.

    python3 tests/tools/gen_numeric_golden.py           # print every generated block
    python3 tests/tools/gen_numeric_golden.py --write   # rewrite the blocks inside tests/unit/*_test.cpp

A block sits between "// BEGIN GENERATED: <name>" and "// END GENERATED: <name>" in a test file; --write replaces
what is between the markers and leaves the rest of the file alone. Never edit a block by hand.
"""

import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cstr(text):
    """A C++ string literal for a Python str, as UTF-8; octal escapes keep it unambiguous. Text holding a NUL gets
    the sv suffix, so a std::string_view field keeps its full length."""
    out = '"'
    for byte in text.encode("utf-8", "surrogatepass"):
        ch = chr(byte)
        if ch in '"\\':
            out += "\\" + ch
        elif 0x20 <= byte < 0x7F:
            out += ch
        else:
            out += "\\%03o" % byte
    return out + ('"sv' if "\0" in text else '"')


def bits(x):
    return "0x%016xULL" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def outcome(thunk, render=str):
    """The value rendered as a string, or '!Kind: message' for an exception (messages with a trailing colon and no
    text, such as MemoryError's, keep the colon)."""
    try:
        value = thunk()
    except Exception as error:  # noqa: BLE001 - every exception is a golden value here
        return "!%s: %s" % (type(error).__name__, error)
    # The value was computed under the default digit limit; printing it must not be.
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return render(value)
    finally:
        sys.set_int_max_str_digits(limit)


def float_outcome(thunk):
    try:
        value = thunk()
    except Exception as error:  # noqa: BLE001
        return "0, " + cstr("!%s: %s" % (type(error).__name__, error))
    return "%s, %s" % (bits(value), cstr(repr(value)))


# ---------------------------------------------------------------------------------------------------------------
# bigint_test.cpp

INTS = [0, 1, -1, 7, -7, 2**63 - 1, -2**63, 2**64, -(2**64) + 3, 10**30 + 7, -(10**25) - 3, 2**100 - 1]


def block_bigint_binary():
    lines = []
    for a in INTS:
        for b in INTS:
            fields = [a + b, a - b, a * b]
            fields.append(outcome(lambda: a // b))
            fields.append(outcome(lambda: a % b))
            fields += [a & b, a | b, a ^ b]
            fields.append(outcome(lambda: a / b, lambda v: "%s %s" % (bits(v), repr(v))))
            lines.append("{%s, %s, %s}," % (cstr(str(a)), cstr(str(b)), ", ".join(cstr(str(f)) for f in fields)))
    return lines


def block_bigint_unary():
    values = INTS + [2**61 - 1, 2**61, -(2**61), 2**61 - 2, -(2**61) + 1, 2**53 + 1, 2**54 + 3, 2**1023 * 3 // 2,
                     2**1024 - 2**970, 2**1024 - 2**971, 2**1024, -(2**1024), 12345678901234567890123, 255, -256]
    lines = []
    for v in values:
        fields = [-v, abs(v), ~v, str(v), hex(v), oct(v), bin(v), v.bit_length(), v.bit_count(), hash(v)]
        lines.append("{%s, %s, %s}," % (cstr(str(v)), ", ".join(cstr(str(f)) for f in fields),
                                         float_outcome(lambda: float(v))))
    return lines


def block_bigint_shift():
    lines = []
    for v in [0, 1, -1, 5, -5, 2**64 + 1, -(2**64) - 1, 10**30]:
        for count in [0, 1, 3, 63, 64, 65, 200, -1]:
            lines.append("{%s, %d, %s, %s}," % (cstr(str(v)), count, cstr(outcome(lambda: v << count)),
                                               cstr(outcome(lambda: v >> count))))
    return lines


def block_bigint_pow():
    lines = []
    for base in [0, 1, -1, 2, -3, 10, 2**64 + 1]:
        for exponent in [0, 1, 2, 5, 64, 100]:
            lines.append("{%s, %s, %s}," % (cstr(str(base)), cstr(str(exponent)), cstr(str(base**exponent))))
    return lines


def block_bigint_pow_mod():
    lines = []
    for base in [0, 2, 3, -3, 10**20 + 1]:
        for exponent in [0, 5, -1, 10**20]:
            for modulus in [7, -7, 1, 0, 2**64 + 13, 4]:
                lines.append("{%s, %s, %s, %s}," % (cstr(str(base)), cstr(str(exponent)), cstr(str(modulus)),
                                                     cstr(outcome(lambda: pow(base, exponent, modulus)))))
    return lines


def block_bigint_true_divide():
    pairs = [(1, 3), (-1, 3), (0, -5), (0, 10**30), (10**30, 3), (2**53 + 1, 1), (2**53 + 1, 2), (10**400, 10**399),
             (10**400, 1), (1, 10**400), (-(10**22), 7), (2**1074, 2**2148), (1, 2**1074), (1, 2**1075),
             (3, 2**1076), (1, 2**1076), (2**1024 - 2**970, 1), (2**1024 - 2**971, 1), (123456789 * 10**30, 10**28 + 1),
             (2**63 - 1, 2**63), (-(2**63), 3), (7, 0)]
    lines = []
    for a, b in pairs:
        lines.append("{%s, %s, %s}," % (cstr(str(a)), cstr(str(b)), float_outcome(lambda: a / b)))
    return lines


def block_int_parse():
    cases = []
    texts = ["abc", " 12 ", "1_000", "_1", "1_", "1__0", "0x1f", "0x_1f", "0X1F", "0_0", "00", "010", "+ 1", "- 1",
             "-0", "+17", "-17", "\u0661\u0662", " \u00a012\u2003", "12\x1c", "0b", "0x", "", "  ", "1 2", "0o17",
             "0O17", "0B11", "9" * 25, "-" + "9" * 25, "\u00e9", "a'b", 'a"b', "a'\"b", "\t1x\n", "ab\x00", "1\u200b",
             "z", "Z", "zz", "0b102", "0b_1", "0b__1", "0_x1", "0 ", " 0x10 ", "-0x10", "0x-10", "1" * 4300,
             "1" * 4301, "0" * 4301, "x" * 300, "\u00e9" * 300]
    for text in texts:
        for base in [10, 0, 16, 2, 36]:
            cases.append((text, base))
    cases += [("1", 1), ("1", 37), ("1", -1), ("10", 3), ("f" * 5000, 16), ("1" * 5000, 8), ("1" * 5000, 3)]
    lines = []
    for text, base in cases:
        expected = outcome(lambda: int(text, base))
        if len(text) > 100:
            # Keep the test file readable: long inputs are rebuilt in the test from (piece, count).
            piece, count = split_repeat(text)
            lines.append("{%s, %d, %d, %s, %d}," % (cstr(piece), count, base, cstr(expected[:120]),
                                                    len(expected.encode())))
        else:
            lines.append("{%s, 1, %d, %s, %d}," % (cstr(text), base, cstr(expected), len(expected.encode())))
    return lines


def split_repeat(text):
    for size in range(1, 8):
        piece = text[:size]
        if len(text) % size == 0 and piece * (len(text) // size) == text:
            return piece, len(text) // size
    # A prefix and a repeated tail: encode as the whole text (rare; none of the cases above need it).
    raise ValueError("cannot encode %r" % text[:20])


def block_int_parse_mixed():
    """Long inputs that are not one repeated piece: (head, piece, count, tail)."""
    cases = [("", "1", 4301, "x", 10), ("1__", "1", 5000, "", 10), ("", "0", 4300, "1", 0), ("-", "9", 4300, "", 10),
             ("", "1", 4301, "_", 10), (" ", "7", 5000, "\u00e9", 10)]
    lines = []
    for head, piece, count, tail, base in cases:
        text = head + piece * count + tail
        expected = outcome(lambda: int(text, base))
        lines.append("{%s, %s, %d, %s, %d, %s, %d}," % (cstr(head), cstr(piece), count, cstr(tail), base,
                                                        cstr(expected[:120]), len(expected.encode())))
    return lines


def block_hash_double():
    values = [0.0, -0.0, 0.5, 1.0, -1.0, 1.5, -1.5, 2.0**61, 2.0**62, 1e300, -1e300, 1.5e-300, 5e-324, 0.1,
              3.141592653589793, 1e16, 123456.789, float("inf"), float("-inf"), 2.0**-1074 * 3, 1.7976931348623157e308]
    return ["{%s, %dLL}, // %r" % (bits(v), hash(v), v) for v in values]


def block_hash_int64():
    values = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61) + 1, -(2**61), 2**62, 2**63 - 1, -(2**63),
              -(2**63) + 1, 123456789, -123456789]
    return ["{%dLL, %dLL}," % (v, hash(v)) if v != -(2**63) else "{INT64_MIN, %dLL}," % hash(v) for v in values]


def block_int64_division():
    values = [0, 1, -1, 7, -7, 3, -3, 2**63 - 1, -(2**63), -(2**63) + 1, 10**18]
    lines = []
    for a in values:
        for b in values:
            if b == 0:
                continue
            q = a // b
            q_text = "%dLL" % q if -(2**63) <= q < 2**63 else "overflow"
            lit = lambda v: "INT64_MIN" if v == -(2**63) else "%dLL" % v  # noqa: E731
            lines.append("{%s, %s, %s, %s, %s}," % (lit(a), lit(b), "false" if q_text == "overflow" else "true",
                                                    lit(q) if q_text != "overflow" else "0", lit(a % b)))
    return lines


def block_int64_checked():
    lit = lambda v: "INT64_MIN" if v == -(2**63) else "%dLL" % v  # noqa: E731
    fits = lambda v: -(2**63) <= v < 2**63  # noqa: E731
    shown = lambda v: (("true", lit(v)) if fits(v) else ("false", "0"))  # noqa: E731
    values = [0, 1, -1, 2, -2, 3037000499, 3037000500, -3037000500, 2**62, -(2**62), 2**63 - 1, -(2**63)]
    lines = []
    for a in values:
        for b in values:
            fields = shown(a + b) + shown(a - b) + shown(a * b)
            lines.append("{%s, %s, %s}," % (lit(a), lit(b), ", ".join(fields)))
    return lines


def block_int64_pow_shift():
    lit = lambda v: "INT64_MIN" if v == -(2**63) else "%dLL" % v  # noqa: E731
    fits = lambda v: -(2**63) <= v < 2**63  # noqa: E731
    lines = []
    for base in [0, 1, -1, 2, -2, 3, -(2**21), -(2**9), 2**31, 10]:
        for exponent in [0, 1, 2, 3, 7, 19, 62, 63, 64, 1000]:
            p = base ** exponent
            lines.append("{%s, %d, %s, %s, %s, %s}," % (lit(base), exponent, "true" if fits(p) else "false",
                                                         lit(p) if fits(p) else "0",
                                                         "true" if fits(base << min(exponent, 70)) else "false",
                                                         lit(base << exponent) if fits(base << min(exponent, 70))
                                                         else "0"))
    return lines


def block_int64_shr():
    lit = lambda v: "INT64_MIN" if v == -(2**63) else "%dLL" % v  # noqa: E731
    return ["{%s, %d, %s}," % (lit(a), n, lit(a >> n)) for a in [0, 1, -1, 5, -5, 2**63 - 1, -(2**63)]
            for n in [0, 1, 2, 62, 63, 64, 1000]]


def block_from_double():
    values = [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e16, 1.5e300, -2.0**63, 2.0**63, 2.0**64, 5e-324,
              float("inf"), float("-inf"), float("nan")]
    return ["{%s, %s}, // %r" % (bits(v), cstr(outcome(lambda: int(v))), v) for v in values]


def block_compare_double():
    ints = [0, 1, -1, 2**53 + 1, 2**64, -(2**64), 10**400]
    floats = [0.0, -0.0, 1.0, 0.5, 9007199254740992.0, 9007199254740994.0, 2.0**64, -(2.0**64), 1e308,
              float("inf"), float("-inf"), float("nan")]
    lines = []
    for i in ints:
        for f in floats:
            rel = "unordered" if f != f else ("less" if i < f else "greater" if i > f else "equivalent")
            lines.append("{%s, %s, std::partial_ordering::%s}," % (cstr(str(i)), bits(f), rel))
    return lines


def block_bytes():
    cases = [(0, 0, "big", False), (0, 1, "little", True), (255, 1, "big", False), (256, 1, "big", False),
             (-1, 1, "big", False), (-1, 1, "big", True), (-128, 1, "big", True), (-129, 1, "little", True),
             (128, 1, "big", True), (127, 1, "big", True), (2**64 + 5, 9, "big", False), (2**64 + 5, 9, "little", False),
             (-(2**64), 9, "little", True), (-(2**64), 8, "little", True), (1, 0, "big", False)]
    lines = []
    for value, length, order, signed in cases:
        result = outcome(lambda: value.to_bytes(length, order, signed=signed), lambda b: b.hex())
        lines.append("{%s, %d, %s, %s, %s}," % (cstr(str(value)), length, "true" if order == "big" else "false",
                                                "true" if signed else "false", cstr(result)))
    return lines


def block_from_bytes():
    cases = [("", "big", True), ("ff", "big", False), ("ff", "big", True), ("0080", "big", True), ("8000", "big", True),
             ("8000", "little", True), ("0102030405060708090a", "little", False), ("ffffffffffffffffff", "big", True)]
    return ["{%s, %s, %s, %s}," % (cstr(h), "true" if order == "big" else "false", "true" if signed else "false",
                                   cstr(str(int.from_bytes(bytes.fromhex(h), order, signed=signed))))
            for h, order, signed in cases]


# ---------------------------------------------------------------------------------------------------------------
# float_format_test.cpp

def repr_values():
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.5, 100.0, 1e15, 1e16, 1e17, 9999999999999998.0,
              123456789012345.0, 1234567890123456.0, 12345678901234567.0, 1.2345678901234567e16, 0.0001, 0.00001,
              0.00012345, 1e-4, 9.999999999999999e-5, 1e22, 1e23, 2.0**53, 2.0**53 + 2, 2e16 + 8, 5e-324, 1e-323,
              2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, float("inf"),
              float("-inf"), float("nan"), 3.141592653589793, 2.718281828459045, 1 / 3, 2 / 3, 0.1 + 0.2, 1e100,
              1.5e300, -2.5e-300, 123.456, 4.35, 0.035, 1e-7, 100000000000000000000.0]
    rng = random.Random(20240611)
    for _ in range(300):
        value = from_bits(rng.getrandbits(64))
        if value == value:
            values.append(value)
    for _ in range(150):
        values.append(round(rng.uniform(-1000, 1000), rng.randrange(0, 8)))
    for _ in range(50):
        values.append(rng.randrange(1, 10**6) * 10.0 ** rng.randrange(-25, 25))
    return values


def block_float_repr():
    return ["{%s, %s}," % (bits(v), cstr(repr(v))) for v in repr_values()]


def block_double_to_string():
    values = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 0.125, 0.375, 1234.5678, 1e-5, 1e16, 1e22, 123456789.0, 5e-324,
              1.7976931348623157e308, 9.995, 0.00001234, float("inf"), float("-inf"), float("nan"), -1e-300]
    lines = []
    for v in values:
        for code in "eEfFgG":
            for precision in [0, 3, 17]:
                for flags in ["", "+#"]:
                    spec = "%s.%d%s" % (flags, precision, code)
                    lines.append("{%s, '%s', %d, %s, %s, %s}," % (bits(v), code, precision,
                                                                  "true" if "+" in flags else "false",
                                                                  "true" if "#" in flags else "false",
                                                                  cstr(format(v, spec))))
    return lines


def block_parse_float():
    texts = ["1_000.5", "1e1_0", "1__0", "_1", "1_", "1_.5", "1._5", "1.5_", "in_f", "+inf", "-Infinity", "nAn",
             "-nan", "+nan", "infinit", "infinityx", "  1.5\n", "\u00a01.5\u3000", "1e500", "-1e500", "1e-500",
             "-1e-500", "0x10", ".5", "5.", ".", "e5", "1e", "1e+", "1e+5", "1E-5", "\u0661.\u0665", "", " ", "1.5e+3_0",
             "0_0.0_0", "1_e5", "1e_5", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
             "1.7976931348623158e308", "1.7976931348623159e308", "00001.5", "1" * 400, "0." + "0" * 400 + "1",
             "nan(123)", "infinity_", "1,5", "+-1", "--1", "+.5e-3", "12\x1c", "1.5\x00", "0.1", "3.14159",
             "123456789012345678901234567890", "1e-320", "-0", "-0.0", "+0e10", "1e99999999999999999999",
             "1e-99999999999999999999", "0e99999999999999999999", "0.000001e1000000", "INF", "Nan", "iNfInItY",
             "\u00e9", "1\u00e9", "5e-324", "2.5e-324", "1.5 2", "1.5e3.2", "+", "-", "1e+-3", "0001e-0003",
             "9007199254740993", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999"]
    lines = []
    for text in texts:
        try:
            value = float(text)
            expected = "%s, %s, true" % (bits(value), cstr(repr(value)))
        except ValueError as error:
            expected = "0, %s, false" % cstr(str(error))
        lines.append("{%s, %s}," % (cstr(text), expected))
    return lines


# ---------------------------------------------------------------------------------------------------------------
# format_spec_test.cpp

INT_SPECS = ["", "d", "5", "<5", ">8", "^9", "*^9", "0", "08", "010", "+", "-", " ", "+d", " d", "=+8", "=8",
             "x<8", "x<010", "\u00e9>10,", "\U0001F600^9", ",", "_", "010,", "09,", "0=10,", "x=10,", "020_",
             "x", "X", "o", "b", "#x", "#X", "#o", "#b", "_x", "_b", "#_x", "#_b", "#020_x", "#010x", "^#10x",
             "0=#10x", "_o", ",x", ",b", ",o", ",X", "c", "5c", "05c", "+c", " c", "-c", "#c", ",c", "_c", "z", "z.2", "zc",
             "n", ",n", "_n", "#n", "e", "E", ".2e", "f", ".2f", ",.2f", "g", "G", "%", ".1%", "s", "\u00e9", "\x01",
             ".2", ".", ",_", "_,", ",,", "xx", "x5", "c ", ">>5", ">>>5", "<>5", "99999999999999999999",
             ".99999999999999999999", "\u0661\u0660", "z+", "+z", "=", " =8", "_=8", "^010", "<010", ">010"]
INT_VALUES = [0, 5, -5, 65, 255, -255, 1234, -1234, 1234567, 1114112, 2**63 - 1, -(2**63), 2**64 + 1, -(10**30),
              2**1100]


def block_format_int():
    lines = []
    for value in INT_VALUES:
        for spec in INT_SPECS:
            lines.append("{%s, %s, %s}," % (cstr(str(value)), cstr(spec), cstr(outcome(lambda: format(value, spec)))))
    return lines


FLOAT_SPECS = ["", "f", ".0f", ".2f", "0.2f", ".6f", "08.3f", "+.3f", " .3f", "#.0f", ".30f", "e", "E", ".0e",
               "#.0e", ".3e", ".20e", "g", "G", ".3g", "#g", "#.3g", ".0g", ".17g", ".3", ".5", "#.5", ".0", ".17",
               "n", ".3n", "%", ".1%", ".0%", "z", "z.1f", "z.3e", "z.0%", "z%", "+", "010", "+010", "=+10", "=10",
               " =10", "0<10", "0^10", "0=10", ">10", "<10", "^10", "*^12", "\u00e9^12", ",", "_", "015,.2f",
               "010_", "011,e", "+015,.1f", "0^20,", "*^20,", ",.0f", "_.2f", ",.2f", ",n", "_n", ",_", "d", "x",
               "c", "s", "xx", "%%", ".1.1", ".2147483648f", "z+", "#", "#.0", "-"]
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 0.125, 0.375, 1234.5678, -1234.5, 1234567.891, 1e16, 1e15, 1e-5,
                0.0001, 1e20, 1e22, 123456789012345678.0, 5e-324, 1.7976931348623157e308, -1e-300, -0.001, 9.995,
                99.99, 0.5, float("inf"), float("-inf"), float("nan")]


def block_format_float():
    lines = []
    for value in FLOAT_VALUES:
        for spec in FLOAT_SPECS:
            lines.append("{%s, %s, %s}, // %r" % (bits(value), cstr(spec), cstr(outcome(lambda: format(value, spec))),
                                                   value))
    return lines


STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "*^9", "x<5.1", ".1", ".0", ".10", "10.3", "05", "0>5", "\u00e9^7",
             "\U0001F600^5", "z", "z5", "=5", "+", "-", " ", "#", ",", "_", "d", ".", "5x5", "+z", "z#", "#=", "=+",
             "+=", "=.1", "+d", ",d", "\u0661\u0660", ".99999999999999999999", "1" * 25]
STR_VALUES = ["", "ab", "h\u00e9llo", "\U0001F600", "x", "tab\there"]


def block_format_bool():
    lines = []
    for value in [True, False]:
        for spec in ["xx", "d", "x", "5", "s", "#b", ">6", "f", "c", "z"]:
            lines.append("{%d, %s, %s}," % (int(value), cstr(spec), cstr(outcome(lambda: format(value, spec)))))
    return lines


def block_format_str():
    lines = []
    for value in STR_VALUES:
        for spec in STR_SPECS:
            lines.append("{%s, %s, %s}," % (cstr(value), cstr(spec), cstr(outcome(lambda: format(value, spec)))))
    return lines


# ---------------------------------------------------------------------------------------------------------------
# random_test.cpp

def block_random_seed444_randint():
    random.seed(444)
    return [", ".join(str(random.randint(0, 10)) for _ in range(20))]


def block_random_seed12345_random():
    random.seed(12345)
    return ["{%s, %s}," % (bits(x), cstr(repr(x))) for x in (random.random() for _ in range(10))]


def block_random_seeds():
    seeds = [0, 1, 444, -444, 2**32 - 1, 2**32, 2**32 + 1, -(2**32), 2**63 - 1, -(2**63), 2**64 - 1, 2**64,
             2**64 + 5, -(2**64) - 5, 2**100 + 12345, -(10**30), 10**30]
    lines = []
    for seed in seeds:
        random.seed(seed)
        words = [random.getrandbits(32) for _ in range(3)]
        value = random.random()
        lines.append("{%s, {%s}, %s}, // %r" % (cstr(str(seed)), ", ".join("%du" % w for w in words), bits(value),
                                                  value))
    return lines


def block_random_hash_seeds():
    lines = []
    for x in [1.5, -1.5, 2.5, 0.1, -0.0, 1e300]:
        random.seed(x)
        value = random.random()
        lines.append("{%s, %s}, // random.seed(%r); random.random() == %r" % (bits(x), bits(value), x, value))
    return lines


def block_random_getrandbits():
    random.seed(7)
    lines = []
    for k in [0, 1, 2, 31, 32, 33, 63, 64, 65, 96, 100, 128, 200, 1000]:
        lines.append("{%d, %s}," % (k, cstr(str(random.getrandbits(k)))))
    return lines


def block_random_randbelow():
    random.seed(99)
    lines = []
    for n in [1, 2, 3, 10, 1000, 2**31, 2**32, 2**32 + 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1, 10**30, 3**100]:
        lines.append("{%s, %s}," % (cstr(str(n)), cstr(str(random._inst._randbelow(n)))))
    return lines


RANDRANGE_CALLS = [
    ("randrange", (10,)), ("randrange", (5, 50)), ("randrange", (0, 100, 7)), ("randrange", (100, 0, -3)),
    ("randrange", (-10, 10, 4)), ("randrange", (-(2**63), 2**63 - 1)), ("randint", (-(2**63), 2**63 - 1)),
    ("randint", (2**63 - 2, 2**63 - 1)), ("randrange", (-(2**63), 2**63 - 1, 2**62)),
    ("randrange", (2**63 - 1, -(2**63), -(2**61))), ("randint", (0, 10)), ("randint", (-5, -5)),
    ("randrange", (1,)), ("randrange", (0, 1)), ("randrange", (3, 4, 5)),
    ("randrange", (0,)), ("randrange", (-3,)), ("randrange", (0, 0)), ("randrange", (5, 1)), ("randrange", (0, 10, 0)),
    ("randrange", (10, 0, 2)), ("randrange", (0, 10, -2)), ("randint", (5, 1)), ("randint", (2**63 - 1, 0)),
    ("randint", (-(2**63), -(2**63))),
]
RANDRANGE_BIG_CALLS = [
    ("randrange", (10**20, 10**20 + 1000, 3)), ("randint", (-(10**30), 10**30)), ("randrange", (2**70,)),
    ("randrange", (2**64, 0, -(2**60))), ("randint", (10**20, 10**20)), ("randrange", (-(2**70),)),
    ("randrange", (10**20, 10**19)), ("randrange", (0, 10**20, 0)), ("randrange", (10**20, 0, 2)),
    ("randint", (2**64, 2**64 - 5)), ("randint", (-(2**63), -(2**63) - 1)),
]


def randrange_block(calls):
    random.seed(2024)
    lines = []
    for name, args in calls:
        result = outcome(lambda: getattr(random, name)(*args))
        padded = list(args) + [None] * (3 - len(args))
        lines.append("{%s, %d, {%s}, %s}," % ("true" if name == "randint" else "false", len(args),
                                              ", ".join(cstr(str(a)) for a in padded if a is not None), cstr(result)))
    return lines


def block_random_randrange():
    return randrange_block(RANDRANGE_CALLS)


def block_random_randrange_big():
    return randrange_block(RANDRANGE_BIG_CALLS)


def block_random_sequences():
    lines = []
    random.seed(5)
    items = list(range(20))
    random.shuffle(items)
    lines.append("constexpr std::size_t shuffle_seed5[] = {%s};" % ", ".join(map(str, items)))
    random.seed(6)
    picks = [random.choice(range(1000)) for _ in range(8)]
    lines.append("constexpr std::size_t choice_seed6[] = {%s};" % ", ".join(map(str, picks)))
    random.seed(8)
    uniform = [random.uniform(1.5, 2.5) for _ in range(4)]
    lines.append("constexpr std::uint64_t uniform_seed8[] = {%s};" % ", ".join(bits(u) for u in uniform))
    random.seed(1)
    random.random()
    state = random.getstate()[1]
    lines.append("constexpr std::uint32_t state_seed1_words[] = {%s};" % ", ".join("%du" % w for w in state[:4]))
    lines.append("constexpr std::size_t state_seed1_index = %d;" % state[624])
    return lines


BLOCKS = {
    "tests/unit/bigint_test.cpp": [
        ("binary", block_bigint_binary), ("unary", block_bigint_unary), ("shift", block_bigint_shift),
        ("pow", block_bigint_pow), ("pow_mod", block_bigint_pow_mod), ("true_divide", block_bigint_true_divide),
        ("int_parse", block_int_parse), ("int_parse_mixed", block_int_parse_mixed),
        ("hash_double", block_hash_double), ("hash_int64", block_hash_int64),
        ("int64_division", block_int64_division), ("int64_checked", block_int64_checked),
        ("int64_pow_shift", block_int64_pow_shift), ("int64_shr", block_int64_shr), ("from_double", block_from_double),
        ("compare_double", block_compare_double), ("to_bytes", block_bytes), ("from_bytes", block_from_bytes),
    ],
    "tests/unit/float_format_test.cpp": [
        ("float_repr", block_float_repr), ("double_to_string", block_double_to_string),
        ("parse_float", block_parse_float),
    ],
    "tests/unit/format_spec_test.cpp": [
        ("format_int", block_format_int), ("format_bool", block_format_bool), ("format_str", block_format_str),
    ],
    "tests/unit/format_spec_float_test.cpp": [("format_float", block_format_float)],
    "tests/unit/random_test.cpp": [
        ("seed444_randint", block_random_seed444_randint), ("seed12345_random", block_random_seed12345_random),
        ("seeds", block_random_seeds), ("hash_seeds", block_random_hash_seeds),
        ("getrandbits", block_random_getrandbits), ("randbelow", block_random_randbelow),
        ("randrange", block_random_randrange), ("randrange_big", block_random_randrange_big),
        ("sequences", block_random_sequences),
    ],
}


def render(name, function):
    body = "\n".join(function())
    return "// BEGIN GENERATED: %s\n%s\n// END GENERATED: %s" % (name, body, name)


def write_blocks():
    for path, blocks in BLOCKS.items():
        full = os.path.join(ROOT, path)
        with open(full, encoding="utf-8") as handle:
            text = handle.read()
        for name, function in blocks:
            begin = "// BEGIN GENERATED: %s\n" % name
            end = "// END GENERATED: %s" % name
            start = text.index(begin)
            stop = text.index(end, start) + len(end)
            text = text[:start] + render(name, function) + text[stop:]
        with open(full, "w", encoding="utf-8") as handle:
            handle.write(text)
        print("updated", path)


def main():
    if sys.argv[1:] == ["--write"]:
        write_blocks()
        return
    for path, blocks in BLOCKS.items():
        for name, function in blocks:
            print("// %s" % path)
            print(render(name, function))


if __name__ == "__main__":
    main()
