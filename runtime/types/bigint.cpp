// BigInt over GMP, the int64 fast-path helpers and CPython's numeric hashes (Objects/longobject.c,
// Python/pyhash.c). Text helpers for int()/float() parsing sit at the end.
#include "interpreter/text.hpp"
#include "interpreter/unicode.hpp"
#include "runtime/types/bigint.hpp"
#include "runtime/memory_account.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>

namespace weft::rt {

static_assert(sizeof(long) == 8 && sizeof(unsigned long) == 8,
              "GMP's si/ui functions must take 64-bit values");

namespace {

NumericError value_error(std::string message) {
    return {NumericErrorKind::ValueError, std::move(message)};
}
NumericError overflow_error(std::string message) {
    return {NumericErrorKind::OverflowError, std::move(message)};
}
NumericError zero_division_error(std::string_view message) {
    return {NumericErrorKind::ZeroDivisionError, std::string(message)};
}
NumericError memory_error() {
    return {NumericErrorKind::MemoryError, std::string()};
}

// GMP aborts the process when a number outgrows its limb count, where CPython would raise MemoryError.
// Results are refused well before that point (2**36 bits is 8 GiB).
constexpr std::uint64_t max_result_bits = std::uint64_t{1} << 36;

// CPython: _MAX_STR_DIGITS_ERROR_FMT_TO_INT / _TO_STR in Objects/longobject.c.
std::string digits_limit_to_int_message(int limit, std::size_t digits) {
    return "Exceeds the limit (" + std::to_string(limit) +
           " digits) for integer string conversion: value has " + std::to_string(digits) +
           " digits; use sys.set_int_max_str_digits() to increase the limit";
}

std::string digits_limit_to_str_message(int limit) {
    return "Exceeds the limit (" + std::to_string(limit) +
           " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}

// The magnitude of a possibly negative int64 as uint64 (INT64_MIN included).
std::uint64_t magnitude(std::int64_t value) {
    return value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value)
                     : static_cast<std::uint64_t>(value);
}

// Rounds q * 2**exponent to a double, where q carries two extra bits below the final precision plus a sticky
// flag for anything below those: round half to even, as CPython's long_true_divide and _PyLong_Frexp do.
double round_scaled(std::uint64_t q, bool sticky, long exponent) {
    std::uint64_t low = q & 3;
    q >>= 2;
    if (low > 2 || (low == 2 && (sticky || (q & 1))))
        ++q;
    return std::ldexp(static_cast<double>(q), static_cast<int>(exponent + 2));
}

} // namespace

// CPython: Objects/longobject.c long_hash. The hash of n is n mod (2**61 - 1), with the sign of n; -1 is
// reserved for errors and becomes -2.
std::int64_t hash_int64(std::int64_t value) {
    std::int64_t x = static_cast<std::int64_t>(magnitude(value) % hash_modulus);
    if (value < 0)
        x = -x;
    return x == -1 ? -2 : x;
}

// CPython: Python/pyhash.c _Py_HashDouble, line for line: 28 bits of mantissa at a time, then the exponent
// applied as a rotation modulo 2**61 - 1.
std::int64_t hash_double(double value) {
    if (!std::isfinite(value)) {
        if (std::isinf(value))
            return value > 0 ? hash_inf : -hash_inf;
        return 0;
    }
    int e = 0;
    double m = std::frexp(value, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    std::uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & hash_modulus) | x >> (hash_bits - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= hash_modulus)
            x -= hash_modulus;
    }
    e = e >= 0 ? e % hash_bits : hash_bits - 1 - ((-1 - e) % hash_bits);
    x = ((x << e) & hash_modulus) | x >> (hash_bits - e);
    x = x * static_cast<std::uint64_t>(static_cast<std::int64_t>(sign));
    if (x == static_cast<std::uint64_t>(-1))
        x = static_cast<std::uint64_t>(-2);
    return static_cast<std::int64_t>(x);
}

std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b) {
    std::int64_t result;
    if (__builtin_add_overflow(a, b, &result))
        return std::nullopt;
    return result;
}

std::optional<std::int64_t> checked_sub(std::int64_t a, std::int64_t b) {
    std::int64_t result;
    if (__builtin_sub_overflow(a, b, &result))
        return std::nullopt;
    return result;
}

std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b) {
    std::int64_t result;
    if (__builtin_mul_overflow(a, b, &result))
        return std::nullopt;
    return result;
}

std::optional<std::int64_t> checked_neg(std::int64_t a) {
    if (a == std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return -a;
}

std::optional<std::int64_t> checked_pow(std::int64_t base, std::uint64_t exponent) {
    std::int64_t result = 1;
    for (;;) {
        if (exponent & 1) {
            if (__builtin_mul_overflow(result, base, &result))
                return std::nullopt;
        }
        exponent >>= 1;
        if (exponent == 0)
            return result;
        // Squaring may overflow even when the result would not need it; only then is the overflow real.
        if (__builtin_mul_overflow(base, base, &base))
            return std::nullopt;
    }
}

std::optional<std::int64_t> checked_shl(std::int64_t a, std::uint64_t count) {
    if (a == 0)
        return 0;
    if (count >= 63) {
        if (count == 63 && a == -1)
            return std::numeric_limits<std::int64_t>::min();
        return std::nullopt;
    }
    std::int64_t limit = std::numeric_limits<std::int64_t>::max() >> count;
    if (a > limit || a < -limit - 1)
        return std::nullopt;
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << count);
}

std::int64_t arith_shr(std::int64_t a, std::uint64_t count) {
    if (count >= 63)
        return a < 0 ? -1 : 0;
    return a >> count; // arithmetic on gcc: rounds toward minus infinity
}

// CPython: Objects/longobject.c fast_floor_div / l_divmod: C division truncates, so adjust when the signs
// differ and the division is inexact.
std::optional<std::int64_t> floor_div(std::int64_t a, std::int64_t b) {
    if (a == std::numeric_limits<std::int64_t>::min() && b == -1)
        return std::nullopt;
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::int64_t floor_mod(std::int64_t a, std::int64_t b) {
    if (b == -1)
        return 0; // also avoids the trap of INT64_MIN % -1
    std::int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

// CPython: Objects/longobject.c long_true_divide. Both operands exactly representable as doubles: one IEEE
// division is correctly rounded. Otherwise the BigInt algorithm does the rounding.
NumericResult<double> true_divide(std::int64_t a, std::int64_t b) {
    if (b == 0)
        return zero_division_error(msg_division_by_zero);
    constexpr std::uint64_t exact_limit = std::uint64_t{1} << 53;
    if (magnitude(a) <= exact_limit && magnitude(b) <= exact_limit)
        return static_cast<double>(a) / static_cast<double>(b);
    return true_divide(BigInt(a), BigInt(b));
}

BigInt::BigInt() noexcept {
    mpz_init(m_value);
}

BigInt::BigInt(BigInt const& other) {
    mpz_init_set(m_value, other.m_value);
}

BigInt::BigInt(BigInt&& other) noexcept {
    mpz_init(m_value); // GMP 6.2+ allocates nothing here
    mpz_swap(m_value, other.m_value);
}

BigInt& BigInt::operator=(BigInt const& other) {
    if (this != &other)
        mpz_set(m_value, other.m_value);
    return *this;
}

BigInt& BigInt::operator=(BigInt&& other) noexcept {
    mpz_swap(m_value, other.m_value);
    return *this;
}

BigInt::~BigInt() {
    mpz_clear(m_value);
}

void BigInt::set_int64(std::int64_t value) noexcept {
    mpz_set_si(m_value, value);
}

void BigInt::set_uint64(std::uint64_t value) noexcept {
    mpz_set_ui(m_value, value);
}

// CPython: Objects/longobject.c PyLong_FromDouble (messages) — the value is truncated toward zero.
NumericResult<BigInt> BigInt::from_double(double value) {
    if (std::isinf(value))
        return overflow_error("cannot convert float infinity to integer");
    if (std::isnan(value))
        return value_error("cannot convert float NaN to integer");
    BigInt result;
    mpz_set_d(result.m_value, value);
    return result;
}

namespace {

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// CPython: Objects/longobject.c _PyLong_DigitValue: 0-9, then a-z / A-Z as 10-35; anything else is 37.
int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 37;
}

} // namespace

// CPython: Objects/longobject.c PyLong_FromUnicodeObject + PyLong_FromString (3.11). Any syntax error is
// reported with the caller's base and the repr of the original text, cut to 200 characters.
NumericResult<BigInt> BigInt::from_string(std::string_view text, int base, int max_str_digits) {
    if ((base != 0 && base < 2) || base > 36)
        return value_error("int() base must be >= 2 and <= 36, or 0");
    auto invalid_literal = [&]() {
        return value_error("invalid literal for int() with base " + std::to_string(base) + ": " +
                           repr_for_message(text, 200));
    };

    std::string ascii = transform_decimal_and_space_to_ascii(text);
    std::size_t pos = 0;
    std::size_t const end = ascii.size();
    auto at = [&](std::size_t i) { return i < end ? ascii[i] : '\0'; };

    while (pos < end && is_ascii_space(ascii[pos]))
        ++pos;
    bool negative = false;
    if (at(pos) == '+') {
        ++pos;
    } else if (at(pos) == '-') {
        ++pos;
        negative = true;
    }

    int actual_base = base;
    bool error_if_nonzero = false;
    if (actual_base == 0) {
        // No base given: deduce it from the prefix.
        char next = at(pos + 1);
        if (at(pos) != '0')
            actual_base = 10;
        else if (next == 'x' || next == 'X')
            actual_base = 16;
        else if (next == 'o' || next == 'O')
            actual_base = 8;
        else if (next == 'b' || next == 'B')
            actual_base = 2;
        else {
            // "Old" (C-style) octal literal, now invalid; it might still be zero though.
            error_if_nonzero = true;
            actual_base = 10;
        }
    }
    if (at(pos) == '0') {
        char next = at(pos + 1);
        if ((actual_base == 16 && (next == 'x' || next == 'X')) ||
            (actual_base == 8 && (next == 'o' || next == 'O')) ||
            (actual_base == 2 && (next == 'b' || next == 'B'))) {
            pos += 2;
            // One underscore allowed here.
            if (at(pos) == '_')
                ++pos;
        }
    }
    if (at(pos) == '_')
        return invalid_literal(); // may not start with an underscore

    // The run of digits and single underscores.
    std::string digits;
    char prev = '\0';
    while (pos < end && (digit_value(ascii[pos]) < actual_base || ascii[pos] == '_')) {
        if (ascii[pos] == '_') {
            if (prev == '_')
                return invalid_literal(); // only one underscore allowed
        } else {
            digits.push_back(ascii[pos]);
        }
        prev = ascii[pos];
        ++pos;
    }
    if (prev == '_')
        return invalid_literal(); // trailing underscore not allowed
    if (digits.empty())
        return invalid_literal();

    // Limit the size to avoid excessive computation attacks (power-of-two bases are linear, so exempt).
    // CPython checks this before looking at what follows the digits.
    if ((actual_base & (actual_base - 1)) != 0 && max_str_digits > 0 &&
        digits.size() > static_cast<std::size_t>(max_str_digits))
        return value_error(digits_limit_to_int_message(max_str_digits, digits.size()));

    while (pos < end && is_ascii_space(ascii[pos]))
        ++pos;
    if (pos != end)
        return invalid_literal();

    BigInt result;
    mpz_set_str(result.m_value, digits.c_str(), actual_base);
    if (error_if_nonzero && !result.is_zero())
        return invalid_literal();
    if (negative)
        mpz_neg(result.m_value, result.m_value);
    return result;
}

// CPython: Objects/longobject.c int_from_bytes_impl.
BigInt BigInt::from_bytes(std::span<std::uint8_t const> bytes, bool big_endian, bool is_signed) {
    BigInt result;
    if (bytes.empty())
        return result;
    mpz_import(result.m_value, bytes.size(), big_endian ? 1 : -1, 1, 0, 0, bytes.data());
    std::uint8_t top = big_endian ? bytes.front() : bytes.back();
    if (is_signed && (top & 0x80)) {
        mpz_t power;
        mpz_init(power);
        mpz_setbit(power, bytes.size() * 8);
        mpz_sub(result.m_value, result.m_value, power);
        mpz_clear(power);
    }
    return result;
}

BigInt BigInt::from_words_le(std::span<std::uint32_t const> words) {
    BigInt result;
    if (!words.empty())
        mpz_import(result.m_value, words.size(), -1, sizeof(std::uint32_t), 0, 0, words.data());
    return result;
}

bool BigInt::is_zero() const {
    return mpz_sgn(m_value) == 0;
}

bool BigInt::is_negative() const {
    return mpz_sgn(m_value) < 0;
}

int BigInt::sign() const {
    return mpz_sgn(m_value);
}

bool BigInt::fits_int64() const {
    return mpz_fits_slong_p(m_value) != 0;
}

std::int64_t BigInt::to_int64() const {
    return mpz_get_si(m_value);
}

// CPython: Objects/longobject.c PyLong_AsDouble / _PyLong_Frexp: round half to even from the top 55 bits plus
// a sticky bit for everything below them.
NumericResult<double> BigInt::to_double() const {
    std::uint64_t bits = bit_length();
    if (bits <= 53)
        return mpz_get_d(m_value); // exact
    if (bits > 1024)
        return overflow_error("int too large to convert to float");
    // q: the top 55 bits of the magnitude (54 and 55-bit values are shifted up, exactly).
    long shift = static_cast<long>(bits) - 55;
    std::uint64_t q;
    bool sticky = false;
    if (shift < 0) {
        q = mpz_get_ui(m_value) << -shift;
    } else {
        mpz_t top;
        mpz_init(top);
        mpz_tdiv_q_2exp(top, m_value, static_cast<mp_bitcnt_t>(shift));
        q = mpz_get_ui(top);
        mpz_clear(top);
        sticky = mpz_scan1(m_value, 0) < static_cast<mp_bitcnt_t>(shift);
    }
    double result = round_scaled(q, sticky, shift);
    if (std::isinf(result))
        return overflow_error("int too large to convert to float");
    return is_negative() ? -result : result;
}

std::string BigInt::to_string(int base) const {
    std::string out(mpz_sizeinbase(m_value, base) + 2, '\0');
    mpz_get_str(out.data(), base, m_value);
    out.resize(std::strlen(out.c_str()));
    return out;
}

// CPython: Objects/longobject.c long_to_decimal_string_internal: the limit counts digits, not the sign.
NumericResult<std::string> BigInt::to_decimal_string(int max_str_digits) const {
    std::string out = to_string(10);
    std::size_t digits = out.size() - (is_negative() ? 1 : 0);
    if (max_str_digits > 0 && digits > static_cast<std::size_t>(max_str_digits))
        return value_error(digits_limit_to_str_message(max_str_digits));
    return out;
}

namespace {

std::string with_prefix(std::string digits, char const* prefix) {
    if (!digits.empty() && digits[0] == '-')
        return "-" + std::string(prefix) + digits.substr(1);
    return prefix + digits;
}

} // namespace

std::string BigInt::to_hex() const {
    return with_prefix(to_string(16), "0x");
}

std::string BigInt::to_oct() const {
    return with_prefix(to_string(8), "0o");
}

std::string BigInt::to_bin() const {
    return with_prefix(to_string(2), "0b");
}

// CPython: Objects/longobject.c int_to_bytes_impl / _PyLong_AsByteArray messages.
NumericResult<std::vector<std::uint8_t>> BigInt::to_bytes(std::size_t length, bool big_endian,
                                                          bool is_signed) const {
    if (is_negative() && !is_signed)
        return overflow_error("can't convert negative int to unsigned");
    std::uint64_t bits = bit_length();
    bool fits;
    if (!is_signed) {
        fits = bits <= length * 8;
    } else if (!is_negative()) {
        fits = bits < length * 8 || (bits == 0);
    } else {
        // -2**(8L-1) fits; its bit_length is exactly 8L, so compare with the two's complement width.
        BigInt complement = -*this - 1;
        fits = complement.bit_length() < length * 8;
    }
    if (!fits)
        return overflow_error("int too big to convert");
    std::vector<std::uint8_t> out(length, 0);
    if (length == 0)
        return out;
    mpz_t value;
    mpz_init_set(value, m_value);
    if (is_negative()) {
        mpz_t power;
        mpz_init(power);
        mpz_setbit(power, length * 8);
        mpz_add(value, value, power);
        mpz_clear(power);
    }
    std::size_t count = 0;
    std::vector<std::uint8_t> little((mpz_sizeinbase(value, 256) + 1), 0);
    mpz_export(little.data(), &count, -1, 1, 0, 0, value);
    mpz_clear(value);
    for (std::size_t i = 0; i < count && i < length; ++i)
        out[big_endian ? length - 1 - i : i] = little[i];
    return out;
}

std::vector<std::uint32_t> BigInt::abs_words_le() const {
    std::size_t count = (bit_length() + 31) / 32;
    std::vector<std::uint32_t> words(std::max<std::size_t>(count, 1), 0);
    if (count != 0)
        mpz_export(words.data(), &count, -1, sizeof(std::uint32_t), 0, 0, m_value); // sign ignored
    return words;
}

std::uint64_t BigInt::bit_length() const {
    return is_zero() ? 0 : mpz_sizeinbase(m_value, 2);
}

std::uint64_t BigInt::bit_count() const {
    if (!is_negative())
        return mpz_popcount(m_value);
    BigInt magnitude_value = abs(*this);
    return mpz_popcount(magnitude_value.m_value);
}

// CPython: Objects/longobject.c long_hash: abs(n) mod (2**61 - 1), then the sign; -1 becomes -2.
std::int64_t BigInt::hash() const {
    auto x = static_cast<std::int64_t>(mpz_tdiv_ui(m_value, hash_modulus));
    if (is_negative())
        x = -x;
    return x == -1 ? -2 : x;
}

BigInt BigInt::operator-() const {
    BigInt result;
    mpz_neg(result.m_value, m_value);
    return result;
}

BigInt BigInt::operator~() const {
    BigInt result;
    mpz_com(result.m_value, m_value);
    return result;
}

BigInt operator+(BigInt const& a, BigInt const& b) {
    BigInt result;
    mpz_add(result.m_value, a.m_value, b.m_value);
    return result;
}

BigInt operator-(BigInt const& a, BigInt const& b) {
    BigInt result;
    mpz_sub(result.m_value, a.m_value, b.m_value);
    return result;
}

BigInt operator*(BigInt const& a, BigInt const& b) {
    BigInt result;
    mpz_mul(result.m_value, a.m_value, b.m_value);
    return result;
}

BigInt operator&(BigInt const& a, BigInt const& b) {
    BigInt result;
    mpz_and(result.m_value, a.m_value, b.m_value);
    return result;
}

BigInt operator|(BigInt const& a, BigInt const& b) {
    BigInt result;
    mpz_ior(result.m_value, a.m_value, b.m_value);
    return result;
}

BigInt operator^(BigInt const& a, BigInt const& b) {
    BigInt result;
    mpz_xor(result.m_value, a.m_value, b.m_value);
    return result;
}

bool operator==(BigInt const& a, BigInt const& b) {
    return mpz_cmp(a.m_value, b.m_value) == 0;
}

std::strong_ordering operator<=>(BigInt const& a, BigInt const& b) {
    return mpz_cmp(a.m_value, b.m_value) <=> 0;
}

bool operator==(BigInt const& a, std::int64_t b) {
    return mpz_cmp_si(a.m_value, b) == 0;
}

std::strong_ordering operator<=>(BigInt const& a, std::int64_t b) {
    return mpz_cmp_si(a.m_value, b) <=> 0;
}

BigInt abs(BigInt const& a) {
    BigInt result;
    mpz_abs(result.raw(), a.raw());
    return result;
}

NumericResult<BigInt> floor_div(BigInt const& a, BigInt const& b) {
    if (b.is_zero())
        return zero_division_error(msg_integer_division_by_zero);
    BigInt result;
    mpz_fdiv_q(result.raw(), a.raw(), b.raw());
    return result;
}

NumericResult<BigInt> floor_mod(BigInt const& a, BigInt const& b) {
    if (b.is_zero())
        return zero_division_error(msg_integer_modulo_by_zero);
    BigInt result;
    mpz_fdiv_r(result.raw(), a.raw(), b.raw());
    return result;
}

NumericResult<std::pair<BigInt, BigInt>> divmod(BigInt const& a, BigInt const& b) {
    if (b.is_zero())
        return zero_division_error(msg_integer_division_by_zero);
    std::pair<BigInt, BigInt> result;
    mpz_fdiv_qr(result.first.raw(), result.second.raw(), a.raw(), b.raw());
    return result;
}

// CPython: Objects/longobject.c long_true_divide. Find k with 2**k <= |a/b| < 2**(k+1), divide to two bits
// beyond the precision of the result (53 bits, fewer for subnormals) plus a sticky bit, then round half to
// even.
NumericResult<double> true_divide(BigInt const& a, BigInt const& b) {
    if (b.is_zero())
        return zero_division_error(msg_division_by_zero);
    bool negate = a.is_negative() != b.is_negative();
    constexpr std::uint64_t exact_bits = 53;
    BigInt abs_a = abs(a);
    BigInt abs_b = abs(b);
    if (abs_a.bit_length() <= exact_bits && abs_b.bit_length() <= exact_bits)
        return mpz_get_d(a.raw()) / mpz_get_d(b.raw());
    if (a.is_zero())
        return negate ? -0.0 : 0.0;

    long k = static_cast<long>(abs_a.bit_length()) - static_cast<long>(abs_b.bit_length());
    BigInt scratch;
    if (k >= 0) {
        mpz_mul_2exp(scratch.raw(), abs_b.raw(), static_cast<unsigned long>(k));
        if (abs_a < scratch)
            --k;
    } else {
        mpz_mul_2exp(scratch.raw(), abs_a.raw(), static_cast<unsigned long>(-k));
        if (scratch < abs_b)
            --k;
    }
    if (k >= 1024)
        return overflow_error("integer division result too large for a float");
    if (k < -1080)
        return negate ? -0.0 : 0.0; // below half the smallest subnormal

    long ulp_exponent = std::max(k, -1022L) - 52; // the exponent of the result's last bit
    long shift = ulp_exponent - 2;
    BigInt numerator = abs_a;
    BigInt denominator = abs_b;
    if (shift >= 0)
        mpz_mul_2exp(denominator.raw(), denominator.raw(), static_cast<unsigned long>(shift));
    else
        mpz_mul_2exp(numerator.raw(), numerator.raw(), static_cast<unsigned long>(-shift));
    BigInt quotient, remainder;
    mpz_tdiv_qr(quotient.raw(), remainder.raw(), numerator.raw(), denominator.raw());
    double result = round_scaled(mpz_get_ui(quotient.raw()), !remainder.is_zero(), shift);
    if (std::isinf(result))
        return overflow_error("integer division result too large for a float");
    return negate ? -result : result;
}

NumericResult<BigInt> pow(BigInt const& base, BigInt const& exponent) {
    if (exponent.is_negative())
        return value_error("negative exponent");
    BigInt result;
    // 0, 1 and -1 stay small whatever the exponent.
    if (base.is_zero()) {
        mpz_set_ui(result.raw(), exponent.is_zero() ? 1 : 0);
        return result;
    }
    if (base == 1)
        return BigInt(1);
    if (base == -1) {
        result = mpz_odd_p(exponent.raw()) ? -1 : 1;
        return result;
    }
    if (!mpz_fits_ulong_p(exponent.raw()))
        return memory_error();
    unsigned long e = mpz_get_ui(exponent.raw());
    if ((base.bit_length() - 1) > max_result_bits / std::max<unsigned long>(e, 1) ||
        !rt::memory_available(base.bit_length() * std::uint64_t{e} / 8))
        return memory_error();
    mpz_pow_ui(result.raw(), base.raw(), e);
    return result;
}

// CPython: Objects/longobject.c long_pow, three-argument branch (3.8+: a negative exponent means the modular
// inverse). The result takes the sign of the modulus.
NumericResult<BigInt> pow_mod(BigInt const& base, BigInt const& exponent, BigInt const& modulus) {
    if (modulus.is_zero())
        return value_error("pow() 3rd argument cannot be 0");
    BigInt m = abs(modulus);
    BigInt result;
    if (m == 1)
        return result; // everything is 0 modulo 1, checked before the inverse as CPython does
    BigInt b = base;
    BigInt e = exponent;
    if (e.is_negative()) {
        if (mpz_invert(b.raw(), base.raw(), m.raw()) == 0)
            return value_error("base is not invertible for the given modulus");
        e = -e;
    }
    mpz_powm(result.raw(), b.raw(), e.raw(), m.raw());
    if (modulus.is_negative() && !result.is_zero())
        result = result - m;
    return result;
}

NumericResult<BigInt> shift_left(BigInt const& a, std::int64_t count) {
    if (count < 0)
        return value_error(std::string(msg_negative_shift_count));
    if (a.is_zero())
        return BigInt();
    if (static_cast<std::uint64_t>(count) > max_result_bits - a.bit_length() ||
        !rt::memory_available((a.bit_length() + static_cast<std::uint64_t>(count)) / 8))
        return memory_error();
    BigInt result;
    mpz_mul_2exp(result.raw(), a.raw(), static_cast<unsigned long>(count));
    return result;
}

NumericResult<BigInt> shift_left(BigInt const& a, BigInt const& count) {
    if (count.is_negative())
        return value_error(std::string(msg_negative_shift_count));
    if (a.is_zero())
        return BigInt();
    if (!count.fits_int64())
        return memory_error();
    return shift_left(a, count.to_int64());
}

NumericResult<BigInt> shift_right(BigInt const& a, std::int64_t count) {
    if (count < 0)
        return value_error(std::string(msg_negative_shift_count));
    BigInt result;
    mpz_fdiv_q_2exp(result.raw(), a.raw(), static_cast<unsigned long>(count)); // floor, as Python's >>
    return result;
}

NumericResult<BigInt> shift_right(BigInt const& a, BigInt const& count) {
    if (count.is_negative())
        return value_error(std::string(msg_negative_shift_count));
    if (!count.fits_int64())
        return a.is_negative() ? BigInt(-1) : BigInt();
    return shift_right(a, count.to_int64());
}

std::partial_ordering compare(BigInt const& a, double b) {
    if (std::isnan(b))
        return std::partial_ordering::unordered;
    return mpz_cmp_d(a.raw(), b) <=> 0; // exact, and defined for infinities
}

// A code point's decimal digit value, or -1 (the Unicode database's Nd digits)
int unicode_decimal_value(char32_t code_point) { return unicode::decimal_value(code_point); }

std::string transform_decimal_and_space_to_ascii(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
            out.push_back(utf8[pos++]);
            continue;
        }
        char32_t c = text::next_code_point(utf8, pos);
        if (unicode::is_space(c)) {
            out.push_back(' ');
        } else if (int digit = unicode_decimal_value(c); digit >= 0) {
            out.push_back(static_cast<char>('0' + digit));
        } else {
            out.push_back('?');
        }
    }
    return out;
}

// CPython: Objects/unicodeobject.c unicode_repr: single quotes unless the text holds ' and no ".
std::string repr_for_message(std::string_view utf8, std::size_t max_code_points) {
    std::string out = text::repr(utf8);
    if (max_code_points != SIZE_MAX) {
        // Cut the repr itself (quotes included) to max_code_points code points, as "%.200R" does.
        std::size_t count = 0;
        std::size_t cut = 0;
        while (cut < out.size() && count < max_code_points) {
            text::next_code_point(out, cut);
            ++count;
        }
        out.resize(cut);
    }
    return out;
}

} // namespace weft::rt
