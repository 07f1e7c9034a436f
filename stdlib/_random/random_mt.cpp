// CPython's Mersenne Twister (Modules/_randommodule.c, itself MT19937 by Matsumoto and Nishimura with the
// 2002 init_by_array) and the integer algorithms of Lib/random.py 3.11, reproduced bit for bit.
#include "stdlib/_random/random_mt.hpp"

#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace weft::rt {

namespace {

// Period parameters: these are all magic. Don't change.
constexpr std::size_t mt_m = 397;
constexpr std::uint32_t matrix_a = 0x9908b0dfU;   // constant vector a
constexpr std::uint32_t upper_mask = 0x80000000U; // most significant w-r bits
constexpr std::uint32_t lower_mask = 0x7fffffffU; // least significant r bits

NumericError value_error(std::string message) {
    return {NumericErrorKind::ValueError, std::move(message)};
}

std::string int128_to_string(__int128 value) {
    if (value == 0)
        return "0";
    bool negative = value < 0;
    auto magnitude =
        negative ? -static_cast<unsigned __int128>(value) : static_cast<unsigned __int128>(value);
    std::string digits;
    while (magnitude != 0) {
        digits.push_back(static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    }
    if (negative)
        digits.push_back('-');
    return std::string(digits.rbegin(), digits.rend());
}

// Python's a // b on __int128; b != 0 and no overflow for the ranges used here.
__int128 floor_div128(__int128 a, __int128 b) {
    __int128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::string empty_range_message(std::string const& start, std::string const& stop, std::string const& width) {
    return "empty range for randrange() (" + start + ", " + stop + ", " + width + ")";
}

} // namespace

MersenneTwister::MersenneTwister() {
    seed_from_entropy();
}

MersenneTwister::MersenneTwister(std::int64_t seed_value) {
    seed(seed_value);
}

// CPython: init_genrand. See Knuth TAOCP Vol2. 3rd Ed. P.106 for the multiplier.
void MersenneTwister::init_genrand(std::uint32_t seed_value) {
    m_state[0] = seed_value;
    for (std::size_t i = 1; i < state_size; ++i) {
        m_state[i] = 1812433253U * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
    }
    m_index = state_size;
}

// CPython: init_by_array (key_length may be any size; at least one word is always passed).
void MersenneTwister::init_by_array(std::span<std::uint32_t const> key) {
    init_genrand(19650218U);
    std::size_t i = 1;
    std::size_t j = 0;
    std::size_t const key_length = key.size();
    for (std::size_t k = state_size > key_length ? state_size : key_length; k != 0; --k) {
        // non linear
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525U)) + key[j] +
                     static_cast<std::uint32_t>(j);
        ++i;
        ++j;
        if (i >= state_size) {
            m_state[0] = m_state[state_size - 1];
            i = 1;
        }
        if (j >= key_length)
            j = 0;
    }
    for (std::size_t k = state_size - 1; k != 0; --k) {
        // non linear
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941U)) -
                     static_cast<std::uint32_t>(i);
        ++i;
        if (i >= state_size) {
            m_state[0] = m_state[state_size - 1];
            i = 1;
        }
    }
    m_state[0] = 0x80000000U; // MSB is 1; assuring non-zero initial array
}

// CPython: random_seed for an int: the absolute value, split into 32-bit words from the right.
void MersenneTwister::seed(std::int64_t value) {
    std::uint64_t magnitude =
        value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::array<std::uint32_t, 2> key = {static_cast<std::uint32_t>(magnitude),
                                        static_cast<std::uint32_t>(magnitude >> 32)};
    init_by_array(std::span<std::uint32_t const>(key.data(), key[1] != 0 ? 2 : 1));
}

void MersenneTwister::seed(BigInt const& value) {
    std::vector<std::uint32_t> key = value.abs_words_le();
    init_by_array(key);
}

// CPython: random_seed for a non-int: n = PyLong_FromSize_t((size_t)hash), no absolute value.
void MersenneTwister::seed_from_hash(std::int64_t hash) {
    auto bits = static_cast<std::uint64_t>(hash);
    std::array<std::uint32_t, 2> key = {static_cast<std::uint32_t>(bits),
                                        static_cast<std::uint32_t>(bits >> 32)};
    init_by_array(std::span<std::uint32_t const>(key.data(), key[1] != 0 ? 2 : 1));
}

// CPython: random_seed_urandom, falling back on random_seed_time_pid.
void MersenneTwister::seed_from_entropy() {
    std::array<std::uint32_t, state_size> key;
    auto* bytes = reinterpret_cast<unsigned char*>(key.data());
    std::size_t filled = 0;
    while (filled < sizeof key) {
        ssize_t n = getrandom(bytes + filled, sizeof key - filled, 0);
        if (n <= 0)
            break;
        filled += static_cast<std::size_t>(n);
    }
    if (filled == sizeof key) {
        init_by_array(key);
        return;
    }
    // Reading system entropy failed: fall back on the worst entropy, the current time and process identifier.
    auto now = static_cast<std::uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());
    auto monotonic = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    std::array<std::uint32_t, 5> fallback = {
        static_cast<std::uint32_t>(now),
        static_cast<std::uint32_t>(now >> 32),
        static_cast<std::uint32_t>(getpid()),
        static_cast<std::uint32_t>(monotonic),
        static_cast<std::uint32_t>(monotonic >> 32),
    };
    init_by_array(fallback);
}

// CPython: genrand_uint32: generate N words at one time, then temper one.
std::uint32_t MersenneTwister::genrand_uint32() {
    static constexpr std::uint32_t mag01[2] = {0x0U, matrix_a}; // mag01[x] = x * MATRIX_A for x = 0, 1
    std::uint32_t y;
    if (m_index >= state_size) {
        std::size_t kk = 0;
        for (; kk < state_size - mt_m; ++kk) {
            y = (m_state[kk] & upper_mask) | (m_state[kk + 1] & lower_mask);
            m_state[kk] = m_state[kk + mt_m] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < state_size - 1; ++kk) {
            y = (m_state[kk] & upper_mask) | (m_state[kk + 1] & lower_mask);
            m_state[kk] = m_state[kk + mt_m - state_size] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (m_state[state_size - 1] & upper_mask) | (m_state[0] & lower_mask);
        m_state[state_size - 1] = m_state[mt_m - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        m_index = 0;
    }
    y = m_state[m_index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

// CPython: random_random (genrand_res53): 27 random bits shifted left 26, plus 26 more, divided by 2**53.
double MersenneTwister::random() {
    std::uint32_t a = genrand_uint32() >> 5;
    std::uint32_t b = genrand_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// CPython: _random_Random_getrandbits_impl, for up to two words.
std::uint64_t MersenneTwister::getrandbits(unsigned k) {
    if (k == 0)
        return 0;
    if (k <= 32)
        return genrand_uint32() >> (32 - k);
    std::uint64_t low = genrand_uint32();
    std::uint64_t high = genrand_uint32() >> (64 - k); // drop the least significant bits of the last word
    return low | (high << 32);
}

// CPython: _random_Random_getrandbits_impl: fill the int by 32-bit words, least significant first.
BigInt MersenneTwister::getrandbits_bigint(std::uint64_t k) {
    if (k <= 64)
        return BigInt(getrandbits(static_cast<unsigned>(k)));
    std::vector<std::uint32_t> words(static_cast<std::size_t>((k - 1) / 32 + 1));
    std::uint64_t left = k;
    for (auto& word : words) {
        std::uint32_t r = genrand_uint32();
        if (left < 32)
            r >>= (32 - left);
        word = r;
        left -= left < 32 ? left : 32;
    }
    return BigInt::from_words_le(words);
}

// Lib/random.py _randbelow_with_getrandbits. k = n.bit_length(), not (n-1).bit_length(), because n can be 1.
std::uint64_t MersenneTwister::randbelow(std::uint64_t n) {
    auto k = static_cast<unsigned>(64 - __builtin_clzll(n));
    std::uint64_t r = getrandbits(k); // 0 <= r < 2**k
    while (r >= n)
        r = getrandbits(k);
    return r;
}

BigInt MersenneTwister::randbelow(BigInt const& n) {
    if (n.bit_length() <= 64 && !n.is_negative())
        return BigInt(randbelow(static_cast<std::uint64_t>(mpz_get_ui(n.raw()))));
    std::uint64_t k = n.bit_length();
    BigInt r = getrandbits_bigint(k);
    while (r >= n)
        r = getrandbits_bigint(k);
    return r;
}

// randbelow for 0 < n <= 2**64 (randint(INT64_MIN, INT64_MAX) needs n == 2**64): getrandbits(65) is three
// words, the last shifted right by 31, assembled without a BigInt.
unsigned __int128 MersenneTwister::randbelow_wide(unsigned __int128 n) {
    if (n <= UINT64_MAX)
        return randbelow(static_cast<std::uint64_t>(n));
    for (;;) {
        unsigned __int128 r = genrand_uint32();
        r |= static_cast<unsigned __int128>(genrand_uint32()) << 32;
        r |= static_cast<unsigned __int128>(genrand_uint32() >> 31) << 64;
        if (r < n)
            return r;
    }
}

// Lib/random.py Random.randrange (3.11), computed in 128 bits so that no int64 arguments can overflow.
NumericResult<std::int64_t> MersenneTwister::randrange_wide(__int128 start, __int128 stop, __int128 step,
                                                            bool single_argument) {
    if (single_argument) {
        if (start > 0)
            return static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(start)));
        return value_error("empty range for randrange()");
    }
    __int128 width = stop - start;
    // Fast path.
    if (step == 1) {
        if (width > 0)
            return static_cast<std::int64_t>(
                start + static_cast<__int128>(randbelow_wide(static_cast<unsigned __int128>(width))));
        return value_error(
            empty_range_message(int128_to_string(start), int128_to_string(stop), int128_to_string(width)));
    }
    // Non-unit step argument supplied.
    __int128 n;
    if (step > 0)
        n = floor_div128(width + step - 1, step);
    else if (step < 0)
        n = floor_div128(width + step + 1, step);
    else
        return value_error("zero step for randrange()");
    if (n <= 0)
        return value_error("empty range for randrange()");
    return static_cast<std::int64_t>(
        start + step * static_cast<__int128>(randbelow_wide(static_cast<unsigned __int128>(n))));
}

NumericResult<std::int64_t> MersenneTwister::randrange(std::int64_t stop) {
    return randrange_wide(stop, 0, 1, true);
}

NumericResult<std::int64_t> MersenneTwister::randrange(std::int64_t start, std::int64_t stop,
                                                       std::int64_t step) {
    return randrange_wide(start, stop, step, false);
}

// Lib/random.py Random.randint: randrange(a, b+1).
NumericResult<std::int64_t> MersenneTwister::randint(std::int64_t a, std::int64_t b) {
    return randrange_wide(a, static_cast<__int128>(b) + 1, 1, false);
}

NumericResult<BigInt> MersenneTwister::randrange(BigInt const& stop) {
    if (stop > 0)
        return randbelow(stop);
    return value_error("empty range for randrange()");
}

NumericResult<BigInt> MersenneTwister::randrange(BigInt const& start, BigInt const& stop,
                                                 BigInt const& step) {
    BigInt width = stop - start;
    if (step == 1) {
        if (width > 0)
            return start + randbelow(width);
        return value_error(empty_range_message(start.to_string(), stop.to_string(), width.to_string()));
    }
    BigInt n;
    if (step > 0)
        n = floor_div(width + step - 1, step).value();
    else if (step < 0)
        n = floor_div(width + step + 1, step).value();
    else
        return value_error("zero step for randrange()");
    if (n <= 0)
        return value_error("empty range for randrange()");
    return start + step * randbelow(n);
}

NumericResult<BigInt> MersenneTwister::randint(BigInt const& a, BigInt const& b) {
    return randrange(a, b + 1);
}

// Lib/random.py Random.uniform.
double MersenneTwister::uniform(double a, double b) {
    return a + (b - a) * random();
}

// Lib/random.py Random.choice: seq[self._randbelow(len(seq))].
std::size_t MersenneTwister::choice_index(std::size_t size) {
    return static_cast<std::size_t>(randbelow(static_cast<std::uint64_t>(size)));
}

// CPython: _random_Random_setstate: index may be anything in 0..N.
bool MersenneTwister::set_state(std::span<std::uint32_t const, state_size> words, std::size_t index) {
    if (index > state_size)
        return false;
    std::copy(words.begin(), words.end(), m_state.begin());
    m_index = index;
    return true;
}

} // namespace weft::rt
