// BigInt: Python's arbitrary-precision int over GMP's mpz_t, plus the int64 fast-path helpers and CPython's
// numeric hashes. Plain C++ in and out: errors come back as NumericError values carrying CPython's exact
// message, and the caller turns them into Python exceptions. Formatting with a format spec lives in
// runtime/format_spec.hpp.
#pragma once

#include <gmp.h>

#include <climits>
#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace weft::rt {

// The Python exception class a NumericError stands for.
enum class NumericErrorKind { ValueError, OverflowError, ZeroDivisionError, MemoryError };

// An error to be raised by the caller: the exception class and CPython's message, word for word.
struct NumericError {
    NumericErrorKind kind;
    std::string message;
};

// Either a T or a NumericError. Success never allocates beyond what T itself needs.
template <class T> class [[nodiscard]] NumericResult {
  public:
    NumericResult(T value) : m_storage(std::in_place_index<0>, std::move(value)) {}
    NumericResult(NumericError error) : m_storage(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return m_storage.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(m_storage); }
    T const& value() const& { return std::get<0>(m_storage); }
    T&& value() && { return std::get<0>(std::move(m_storage)); }
    T& operator*() & { return value(); }
    T const& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    T const* operator->() const { return &value(); }

    NumericError const& error() const { return std::get<1>(m_storage); }

  private:
    std::variant<T, NumericError> m_storage;
};

// CPython 3.11: sys.int_info.default_max_str_digits. 0 means "no limit", as sys.set_int_max_str_digits(0).
constexpr int default_max_str_digits = 4300;
// The smallest limit other than 0 (CPython: _PY_LONG_MAX_STR_DIGITS_THRESHOLD), and whether `n` may be the limit
constexpr int max_str_digits_threshold = 640;
constexpr bool valid_max_str_digits(long long n) { return n == 0 || (n >= max_str_digits_threshold && n <= INT_MAX); }

// CPython: Include/pyhash.h. Hashes of numbers are reduced modulo the Mersenne prime 2**61 - 1.
constexpr int hash_bits = 61;
constexpr std::uint64_t hash_modulus = (std::uint64_t{1} << hash_bits) - 1;
constexpr std::int64_t hash_inf = 314159;

// hash(n) for an int that fits in int64, equal to CPython's long_hash (so hash(-1) == -2).
std::int64_t hash_int64(std::int64_t value);

// hash(x) for a float, CPython's _Py_HashDouble: hash(1.0) == hash(1), hash(inf) == 314159. CPython 3.10+
// hashes a NaN by object identity, which this function cannot see: it returns 0 for NaN and the caller hashes
// the object.
std::int64_t hash_double(double value);

// Fast paths on int64. Each returns nullopt when the exact result does not fit, so the caller redoes the
// operation with BigInt.
std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checked_sub(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checked_neg(std::int64_t a);
// a ** exponent, exponent >= 0.
std::optional<std::int64_t> checked_pow(std::int64_t base, std::uint64_t exponent);
// a << count, count >= 0.
std::optional<std::int64_t> checked_shl(std::int64_t a, std::uint64_t count);
// a >> count, count >= 0: rounds toward minus infinity as Python's >> does; never overflows.
std::int64_t arith_shr(std::int64_t a, std::uint64_t count);
// Python's a // b (rounds toward minus infinity). Precondition: b != 0 (the caller raises ZeroDivisionError).
// nullopt only for INT64_MIN // -1.
std::optional<std::int64_t> floor_div(std::int64_t a, std::int64_t b);
// Python's a % b: the result has the sign of b. Precondition: b != 0. Never overflows.
std::int64_t floor_mod(std::int64_t a, std::int64_t b);
// Python's a / b on ints, correctly rounded as CPython's long_true_divide.
NumericResult<double> true_divide(std::int64_t a, std::int64_t b);

// CPython's messages for the operations above, for callers that detect the condition themselves.
inline constexpr std::string_view msg_integer_division_by_zero = "integer division or modulo by zero";
inline constexpr std::string_view msg_integer_modulo_by_zero = "integer modulo by zero";
inline constexpr std::string_view msg_division_by_zero = "division by zero";
inline constexpr std::string_view msg_negative_shift_count = "negative shift count";

class BigInt {
  public:
    BigInt() noexcept;
    // Any C++ integer converts implicitly, as Python ints mix freely with machine ints.
    template <std::integral T> BigInt(T value) noexcept : BigInt() {
        if constexpr (std::is_signed_v<T>)
            set_int64(static_cast<std::int64_t>(value));
        else
            set_uint64(static_cast<std::uint64_t>(value));
    }
    BigInt(double) = delete; // use from_double(): it can fail
    BigInt(BigInt const& other);
    BigInt(BigInt&& other) noexcept;
    BigInt& operator=(BigInt const& other);
    BigInt& operator=(BigInt&& other) noexcept;
    ~BigInt();

    // int(x) for a float: truncates toward zero. OverflowError for infinities, ValueError for NaN.
    static NumericResult<BigInt> from_double(double value);
    // int(text, base) with CPython's rules: surrounding whitespace, sign, single underscores between digits,
    // a 0x/0o/0b prefix (required to pick the base when base is 0, optional when it matches), Unicode decimal
    // digits. base is 0 or 2..36. max_str_digits is sys.get_int_max_str_digits() (0: no limit).
    static NumericResult<BigInt> from_string(std::string_view text, int base = 10,
                                             int max_str_digits = default_max_str_digits);
    // int.from_bytes(bytes, byteorder, signed=...).
    static BigInt from_bytes(std::span<std::uint8_t const> bytes, bool big_endian, bool is_signed);
    // The unsigned integer whose 32-bit words, least significant first, are `words`.
    static BigInt from_words_le(std::span<std::uint32_t const> words);

    bool is_zero() const;
    bool is_negative() const;
    // -1, 0 or 1.
    int sign() const;
    bool fits_int64() const;
    // Precondition: fits_int64().
    std::int64_t to_int64() const;
    // float(n), correctly rounded (half to even) as CPython's PyLong_AsDouble.
    NumericResult<double> to_double() const;
    // Digits in base 2..36, lowercase, with a leading '-' when negative; no prefix and no digit limit.
    std::string to_string(int base = 10) const;
    // str(n): as to_string(10), but enforcing CPython 3.11's limit on decimal digits (0: no limit).
    NumericResult<std::string> to_decimal_string(int max_str_digits = default_max_str_digits) const;
    // hex(n), oct(n), bin(n): '-0x1f', '0o17', '0b101'.
    std::string to_hex() const;
    std::string to_oct() const;
    std::string to_bin() const;
    // int.to_bytes(length, byteorder, signed=...).
    NumericResult<std::vector<std::uint8_t>> to_bytes(std::size_t length, bool big_endian,
                                                      bool is_signed) const;
    // The 32-bit words of abs(n), least significant first; {0} for zero (random.seed's key).
    std::vector<std::uint32_t> abs_words_le() const;

    std::uint64_t bit_length() const;
    std::uint64_t bit_count() const;
    // hash(n), CPython's long_hash.
    std::int64_t hash() const;

    BigInt operator-() const;
    BigInt operator~() const;
    friend BigInt operator+(BigInt const& a, BigInt const& b);
    friend BigInt operator-(BigInt const& a, BigInt const& b);
    friend BigInt operator*(BigInt const& a, BigInt const& b);
    // Bitwise operations behave as on infinite two's complement, as Python's do.
    friend BigInt operator&(BigInt const& a, BigInt const& b);
    friend BigInt operator|(BigInt const& a, BigInt const& b);
    friend BigInt operator^(BigInt const& a, BigInt const& b);

    friend bool operator==(BigInt const& a, BigInt const& b);
    friend std::strong_ordering operator<=>(BigInt const& a, BigInt const& b);
    friend bool operator==(BigInt const& a, std::int64_t b);
    friend std::strong_ordering operator<=>(BigInt const& a, std::int64_t b);

    // The underlying GMP integer, for code that needs an operation not wrapped here.
    mpz_srcptr raw() const { return m_value; }
    mpz_ptr raw() { return m_value; }

  private:
    void set_int64(std::int64_t value) noexcept;
    void set_uint64(std::uint64_t value) noexcept;

    mpz_t m_value;
};

BigInt abs(BigInt const& a);
// Python's a // b, a % b and divmod(a, b); ZeroDivisionError with CPython's messages.
NumericResult<BigInt> floor_div(BigInt const& a, BigInt const& b);
NumericResult<BigInt> floor_mod(BigInt const& a, BigInt const& b);
NumericResult<std::pair<BigInt, BigInt>> divmod(BigInt const& a, BigInt const& b);
// Python's a / b on ints, correctly rounded (CPython's long_true_divide).
NumericResult<double> true_divide(BigInt const& a, BigInt const& b);
// a ** b for b >= 0 (a negative b is the caller's float path; this returns ValueError for it).
// MemoryError when the result could not be stored, as CPython runs out of memory.
NumericResult<BigInt> pow(BigInt const& base, BigInt const& exponent);
// pow(base, exponent, modulus), including a negative exponent (modular inverse), with CPython's errors.
NumericResult<BigInt> pow_mod(BigInt const& base, BigInt const& exponent, BigInt const& modulus);
// a << n and a >> n: ValueError for a negative n, MemoryError when a << n could not be stored.
NumericResult<BigInt> shift_left(BigInt const& a, std::int64_t count);
NumericResult<BigInt> shift_left(BigInt const& a, BigInt const& count);
NumericResult<BigInt> shift_right(BigInt const& a, std::int64_t count);
NumericResult<BigInt> shift_right(BigInt const& a, BigInt const& count);
// Exact comparison of an int with a float, as CPython's float_richcompare (unordered for NaN).
std::partial_ordering compare(BigInt const& a, double b);

// Text helpers shared by int() and float() parsing and by the format-spec parser.

// CPython: Objects/unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII. ASCII is kept; Unicode
// whitespace becomes ' ', Unicode decimal digits become '0'..'9', anything else (and invalid UTF-8) becomes
// '?'.
std::string transform_decimal_and_space_to_ascii(std::string_view utf8);
// The value 0..9 of a Unicode decimal digit (category Nd), or -1 (CPython's Py_UNICODE_TODECIMAL).
int unicode_decimal_value(char32_t code_point);
// repr() of a str for an error message, cut to max_code_points as CPython's "%.200R" does (text::repr).
std::string repr_for_message(std::string_view utf8, std::size_t max_code_points = SIZE_MAX);

} // namespace weft::rt
