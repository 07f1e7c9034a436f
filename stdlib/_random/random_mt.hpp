// MersenneTwister: CPython's random module, bit for bit: the MT19937 core of Modules/_randommodule.c
// (seeding, genrand_uint32, random(), getrandbits()) and the integer algorithms of Lib/random.py 3.11 built
// on it (randbelow, randrange, randint, choice, shuffle, uniform). The Python-facing module is
// stdlib/random.cpp.
#pragma once

#include "runtime/types/bigint.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace weft::rt {

// CPython's messages for errors the caller detects before calling in.
inline constexpr std::string_view msg_getrandbits_negative = "number of bits must be non-negative";
inline constexpr std::string_view msg_choice_empty = "Cannot choose from an empty sequence";

class MersenneTwister {
  public:
    static constexpr std::size_t state_size = 624; // CPython's N

    // Seeded from system entropy, as random.Random() is.
    MersenneTwister();
    // Seeded as random.Random(seed).
    explicit MersenneTwister(std::int64_t seed);

    // random.seed(n) for an int: abs(n) split into 32-bit words, least significant first, fed to
    // init_by_array.
    void seed(std::int64_t value);
    void seed(BigInt const& value);
    // random.seed(x) for any other hashable x: CPython seeds with hash(x) cast to an unsigned 64-bit integer.
    void seed_from_hash(std::int64_t hash);
    // random.seed(None): 624 words from getrandom(); the time and the process id if that fails.
    void seed_from_entropy();
    // CPython: init_by_array.
    void init_by_array(std::span<std::uint32_t const> key);

    // The next 32 bits of the MT19937 stream.
    std::uint32_t genrand_uint32();
    // random.random(): a double in [0, 1) with 53 random bits (genrand_res53).
    double random();
    // random.getrandbits(k) for 0 <= k <= 64, without allocating.
    std::uint64_t getrandbits(unsigned k);
    // random.getrandbits(k) for any k >= 0: 32-bit words, least significant first, the last one shifted right
    // by 32 - k % 32 (the caller raises ValueError(msg_getrandbits_negative) for k < 0).
    BigInt getrandbits_bigint(std::uint64_t k);

    // Lib/random.py _randbelow_with_getrandbits: an int in [0, n), for n > 0.
    std::uint64_t randbelow(std::uint64_t n);
    BigInt randbelow(BigInt const& n);

    // random.randrange(stop), randrange(start, stop[, step]) and randint(a, b) with CPython 3.11's
    // ValueErrors. The int64 versions never allocate unless they fail.
    NumericResult<std::int64_t> randrange(std::int64_t stop);
    NumericResult<std::int64_t> randrange(std::int64_t start, std::int64_t stop, std::int64_t step = 1);
    NumericResult<std::int64_t> randint(std::int64_t a, std::int64_t b);
    NumericResult<BigInt> randrange(BigInt const& stop);
    NumericResult<BigInt> randrange(BigInt const& start, BigInt const& stop, BigInt const& step = BigInt(1));
    NumericResult<BigInt> randint(BigInt const& a, BigInt const& b);

    // random.uniform(a, b): a + (b - a) * random().
    double uniform(double a, double b);
    // The index random.choice(seq) picks, for size > 0 (the caller raises IndexError(msg_choice_empty) for
    // 0).
    std::size_t choice_index(std::size_t size);
    // random.shuffle(x) for a sequence of `size` items: calls swap(i, j) for i from size - 1 down to 1, with
    // j = randbelow(i + 1), exactly as Lib/random.py does.
    template <class Swap> void shuffle(std::size_t size, Swap&& swap) {
        for (std::size_t i = size; i-- > 1;) {
            auto j = static_cast<std::size_t>(randbelow(static_cast<std::uint64_t>(i) + 1));
            swap(i, j);
        }
    }

    // random.getstate()/setstate() of the core generator: the 624 state words and the position in them.
    std::array<std::uint32_t, state_size> const& state() const { return m_state; }
    std::size_t index() const { return m_index; }
    // Returns false, changing nothing, when index > 624 (CPython's "invalid state").
    [[nodiscard]] bool set_state(std::span<std::uint32_t const, state_size> words, std::size_t index);

  private:
    void init_genrand(std::uint32_t seed);
    unsigned __int128 randbelow_wide(unsigned __int128 n);
    NumericResult<std::int64_t> randrange_wide(__int128 start, __int128 stop, __int128 step,
                                               bool single_argument);

    std::array<std::uint32_t, state_size> m_state{}; // mt[N]
    std::size_t m_index = state_size + 1;            // the next word to temper; state_size means "regenerate"
};

} // namespace weft::rt
