// MersenneTwister against CPython 3.11's random module, bit for bit. The tables between the GENERATED markers
// come from `python3 tests/tools/gen_numeric_golden.py --write`; never edit them by hand.
#include "stdlib/_random/random_mt.hpp"

#include "runtime/types/bigint.hpp"
#include "runtime/types/float_format.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <numeric>
#include <set>
#include <vector>

using weft::rt::BigInt;
using weft::rt::MersenneTwister;
using weft::rt::NumericResult;

namespace {

// random.seed(444); [random.randint(0, 10) for _ in range(20)]
constexpr std::int64_t seed444_randint[] = {
    // clang-format off
// BEGIN GENERATED: seed444_randint
4, 4, 0, 4, 7, 4, 4, 8, 10, 7, 8, 4, 7, 1, 6, 9, 3, 9, 7, 10
// END GENERATED: seed444_randint
    // clang-format on
};

struct DoubleCase {
    std::uint64_t bits;
    char const* repr;
};

// random.seed(12345); [random.random() for _ in range(10)]
constexpr DoubleCase seed12345_random[] = {
    // clang-format off
// BEGIN GENERATED: seed12345_random
{0x3fdaa9e665dc8a18ULL, "0.41661987254534116"},
{0x3f84d392d1f6f840ULL, "0.010169169457068361"},
{0x3fea68177b361de3ULL, "0.8252065092537432"},
{0x3fd31cea56d752c4ULL, "0.2986398551995928"},
{0x3fd7940e9f744b88ULL, "0.3684116894884757"},
{0x3fc8c9e52452ec40ULL, "0.19366134904507426"},
{0x3fe21cbd29beb2a9ULL, "0.5660081687288613"},
{0x3fc4b22fc5f811c8ULL, "0.1616878239293682"},
{0x3fbfcff45bf93c70ULL, "0.12426688428353017"},
{0x3fdbb53a5216b65aULL, "0.4329362680099159"},
// END GENERATED: seed12345_random
    // clang-format on
};

struct SeedCase {
    char const* seed;
    std::uint32_t words[3];
    std::uint64_t random_bits;
};

// random.seed(n); three random.getrandbits(32), then random.random()
constexpr SeedCase seed_cases[] = {
    // clang-format off
// BEGIN GENERATED: seeds
{"0", {3626764237u, 1654615998u, 3255389356u}, 0x3fec7ce0d1aeaa51ULL}, // 0.890243920837131
{"1", {577090037u, 2444712010u, 3639700191u}, 0x3fe9ac27c70e1aefULL}, // 0.8022650611681835
{"444", {1326692461u, 1236154736u, 56854717u}, 0x3fd3c8e0d3e020c8ULL}, // 0.3091356343361551
{"-444", {1326692461u, 1236154736u, 56854717u}, 0x3fd3c8e0d3e020c8ULL}, // 0.3091356343361551
{"4294967295", {2728839433u, 2661025012u, 872737089u}, 0x3fcb905fd9b7c608ULL}, // 0.21534345751528883
{"4294967296", {485306839u, 1508871100u, 1794561286u}, 0x3fede93c9811139cULL}, // 0.9347212762883035
{"4294967297", {991850117u, 2151679444u, 2200792185u}, 0x3feaf1513da8885cULL}, // 0.841957683969905
{"-4294967296", {485306839u, 1508871100u, 1794561286u}, 0x3fede93c9811139cULL}, // 0.9347212762883035
{"9223372036854775807", {1359979423u, 2819855560u, 2711238091u}, 0x3fc0fbd3bcdb5bb0ULL}, // 0.1326851532128024
{"-9223372036854775808", {2377109768u, 1691753470u, 4039908392u}, 0x3fcacb7723df356cULL}, // 0.20933427096899082
{"18446744073709551615", {93740670u, 1068495656u, 1452108352u}, 0x3fe3cccf60d90e01ULL}, // 0.6187512294349632
{"18446744073709551616", {4198958755u, 3158798261u, 1593907883u}, 0x3fb78d1deffd34a8ULL}, // 0.09199702366932405
{"18446744073709551621", {2192917427u, 3085273184u, 3778534651u}, 0x3fe2277d7e0f4b85ULL}, // 0.56732058163685
{"-18446744073709551621", {2192917427u, 3085273184u, 3778534651u}, 0x3fe2277d7e0f4b85ULL}, // 0.56732058163685
{"1267650600228229401496703217721", {1910715478u, 278772827u, 1297592944u}, 0x3fe314e122c6fcc7ULL}, // 0.5962987593883547
{"-1000000000000000000000000000000", {4012147334u, 2100903950u, 2256175901u}, 0x3fbfb823cb2c6048ULL}, // 0.12390350065504763
{"1000000000000000000000000000000", {4012147334u, 2100903950u, 2256175901u}, 0x3fbfb823cb2c6048ULL}, // 0.12390350065504763
// END GENERATED: seeds
    // clang-format on
};

struct HashSeedCase {
    std::uint64_t seed_bits;
    std::uint64_t random_bits;
};

// random.seed(x) for a float x, then random.random()
constexpr HashSeedCase hash_seed_cases[] = {
    // clang-format off
// BEGIN GENERATED: hash_seeds
{0x3ff8000000000000ULL, 0x3fe1a80c674aba1aULL}, // random.seed(1.5); random.random() == 0.551763726942059
{0xbff8000000000000ULL, 0x3fe6b943c9c3f231ULL}, // random.seed(-1.5); random.random() == 0.7101153317194698
{0x4004000000000000ULL, 0x3fdacd3792b0b848ULL}, // random.seed(2.5); random.random() == 0.41877545666909954
{0x3fb999999999999aULL, 0x3fe9ccdd8cf794a7ULL}, // random.seed(0.1); random.random() == 0.8062579873336703
{0x8000000000000000ULL, 0x3feb0580f98a7dbeULL}, // random.seed(-0.0); random.random() == 0.8444218515250481
{0x7e37e43c8800759cULL, 0x3fd0bb03504c5e90ULL}, // random.seed(1e+300); random.random() == 0.2614143642581235
// END GENERATED: hash_seeds
    // clang-format on
};

struct GetrandbitsCase {
    std::uint64_t k;
    char const* value;
};

// random.seed(7); then random.getrandbits(k) for each k in turn
constexpr GetrandbitsCase getrandbits_cases[] = {
    // clang-format off
// BEGIN GENERATED: getrandbits
{0, "0"},
{1, "0"},
{2, "3"},
{31, "323946139"},
{32, "1695753998"},
{33, "2795742288"},
{63, "7574918311415852851"},
{64, "1736392818365009963"},
{65, "10750541312280087032"},
{96, "17010142571352656441948396948"},
{100, "509725926018754320960493015256"},
{128, "187511663845513135275015529792981306255"},
{200, "363742037109667397264687907952121288871079739232945628334630"},
{1000, "3984164964975490382936919963367223963459137676857627046338719409878203048125819980089736573265584253936532218317715605450629831698431061226226943261112830868696253424837488763355435645916706552599836128802393444949012710208278076152599400956319327557773434998765882468614563794280133152898357969072952"},
// END GENERATED: getrandbits
    // clang-format on
};

struct RandbelowCase {
    char const* n;
    char const* value;
};

// random.seed(99); then random._inst._randbelow(n) for each n in turn
constexpr RandbelowCase randbelow_cases[] = {
    // clang-format off
// BEGIN GENERATED: randbelow
{"1", "0"},
{"2", "1"},
{"3", "0"},
{"10", "9"},
{"1000", "183"},
{"2147483648", "988970880"},
{"4294967296", "1067004398"},
{"4294967297", "3263648760"},
{"9223372036854775808", "1657187101678213466"},
{"18446744073709551615", "11509286212866766626"},
{"18446744073709551616", "3679537422758125483"},
{"18446744073709551617", "2809006258578545357"},
{"1000000000000000000000000000000", "780394801666837910310623050332"},
{"515377520732011331036461129765621272702107522001", "386359771417849168149177177798061808192654674379"},
// END GENERATED: randbelow
    // clang-format on
};

struct RandrangeCase {
    bool is_randint;
    int argument_count;
    char const* arguments[3];
    char const* expected; // the result, or "!ValueError: ..."
};

// random.seed(2024); then each call in turn (a failing call draws nothing)
constexpr RandrangeCase randrange_cases[] = {
    // clang-format off
// BEGIN GENERATED: randrange
{false, 1, {"10"}, "7"},
{false, 2, {"5", "50"}, "16"},
{false, 3, {"0", "100", "7"}, "77"},
{false, 3, {"100", "0", "-3"}, "43"},
{false, 3, {"-10", "10", "4"}, "-6"},
{false, 2, {"-9223372036854775808", "9223372036854775807"}, "4123121457819941542"},
{true, 2, {"-9223372036854775808", "9223372036854775807"}, "-31333986584701098"},
{true, 2, {"9223372036854775806", "9223372036854775807"}, "9223372036854775807"},
{false, 3, {"-9223372036854775808", "9223372036854775807", "4611686018427387904"}, "-4611686018427387904"},
{false, 3, {"9223372036854775807", "-9223372036854775808", "-2305843009213693952"}, "-1"},
{true, 2, {"0", "10"}, "8"},
{true, 2, {"-5", "-5"}, "-5"},
{false, 1, {"1"}, "0"},
{false, 2, {"0", "1"}, "0"},
{false, 3, {"3", "4", "5"}, "3"},
{false, 1, {"0"}, "!ValueError: empty range for randrange()"},
{false, 1, {"-3"}, "!ValueError: empty range for randrange()"},
{false, 2, {"0", "0"}, "!ValueError: empty range for randrange() (0, 0, 0)"},
{false, 2, {"5", "1"}, "!ValueError: empty range for randrange() (5, 1, -4)"},
{false, 3, {"0", "10", "0"}, "!ValueError: zero step for randrange()"},
{false, 3, {"10", "0", "2"}, "!ValueError: empty range for randrange()"},
{false, 3, {"0", "10", "-2"}, "!ValueError: empty range for randrange()"},
{true, 2, {"5", "1"}, "!ValueError: empty range for randrange() (5, 2, -3)"},
{true, 2, {"9223372036854775807", "0"}, "!ValueError: empty range for randrange() (9223372036854775807, 1, -9223372036854775806)"},
{true, 2, {"-9223372036854775808", "-9223372036854775808"}, "-9223372036854775808"},
// END GENERATED: randrange
    // clang-format on
};

// random.seed(2024); then each call in turn, with arguments beyond int64
constexpr RandrangeCase randrange_big_cases[] = {
    // clang-format off
// BEGIN GENERATED: randrange_big
{false, 3, {"100000000000000000000", "100000000000000001000", "3"}, "100000000000000000720"},
{true, 2, {"-1000000000000000000000000000000", "1000000000000000000000000000000"}, "-241124705913125614236800366226"},
{false, 1, {"1180591620717411303424"}, "839295521367199897430"},
{false, 3, {"18446744073709551616", "0", "-1152921504606846976"}, "3458764513820540928"},
{true, 2, {"100000000000000000000", "100000000000000000000"}, "100000000000000000000"},
{false, 1, {"-1180591620717411303424"}, "!ValueError: empty range for randrange()"},
{false, 2, {"100000000000000000000", "10000000000000000000"}, "!ValueError: empty range for randrange() (100000000000000000000, 10000000000000000000, -90000000000000000000)"},
{false, 3, {"0", "100000000000000000000", "0"}, "!ValueError: zero step for randrange()"},
{false, 3, {"100000000000000000000", "0", "2"}, "!ValueError: empty range for randrange()"},
{true, 2, {"18446744073709551616", "18446744073709551611"}, "!ValueError: empty range for randrange() (18446744073709551616, 18446744073709551612, -4)"},
{true, 2, {"-9223372036854775808", "-9223372036854775809"}, "!ValueError: empty range for randrange() (-9223372036854775808, -9223372036854775808, 0)"},
// END GENERATED: randrange_big
    // clang-format on
};

// clang-format off
// BEGIN GENERATED: sequences
constexpr std::size_t shuffle_seed5[] = {4, 9, 6, 5, 14, 17, 18, 1, 2, 15, 10, 3, 12, 7, 13, 0, 16, 11, 8, 19};
constexpr std::size_t choice_seed6[] = {812, 587, 841, 82, 496, 780, 267, 37};
constexpr std::uint64_t uniform_seed8[] = {0x3ffba09652bda6a0ULL, 0x4003b2c7bd601836ULL, 0x3ffa05738c62e02fULL, 0x4001a3770e0b3510ULL};
constexpr std::uint32_t state_seed1_words[] = {2145931878u, 2812664348u, 2124062512u, 3757238068u};
constexpr std::size_t state_seed1_index = 2;
// END GENERATED: sequences
// clang-format on

BigInt big(char const* text) {
    return BigInt::from_string(text, 10, 0).value();
}

template <class T> std::string describe(NumericResult<T> const& result) {
    if (!result)
        return "!ValueError: " + result.error().message;
    if constexpr (std::is_same_v<T, BigInt>)
        return result->to_string();
    else
        return std::to_string(*result);
}

} // namespace

TEST(Random, Seed444RandintMatchesCPython) {
    MersenneTwister mt(444);
    for (std::int64_t expected : seed444_randint) {
        auto value = mt.randint(0, 10);
        ASSERT_TRUE(value);
        EXPECT_EQ(*value, expected);
    }
}

TEST(Random, Seed12345RandomIsBitExact) {
    MersenneTwister mt(0);
    mt.seed(12345);
    for (auto const& c : seed12345_random) {
        double value = mt.random();
        EXPECT_EQ(std::bit_cast<std::uint64_t>(value), c.bits) << c.repr;
        EXPECT_EQ(weft::rt::float_repr(value), c.repr);
    }
}

TEST(Random, SeedsOfAnySizeAndSign) {
    for (auto const& c : seed_cases) {
        SCOPED_TRACE(c.seed);
        BigInt seed = big(c.seed);
        MersenneTwister mt(0);
        mt.seed(seed);
        for (std::uint32_t word : c.words)
            EXPECT_EQ(mt.genrand_uint32(), word);
        EXPECT_EQ(std::bit_cast<std::uint64_t>(mt.random()), c.random_bits);
        if (seed.fits_int64()) {
            MersenneTwister small(seed.to_int64());
            for (std::uint32_t word : c.words)
                EXPECT_EQ(small.getrandbits(32), word);
            EXPECT_EQ(std::bit_cast<std::uint64_t>(small.random()), c.random_bits);
        }
    }
}

TEST(Random, FloatSeedsUseTheHash) {
    for (auto const& c : hash_seed_cases) {
        MersenneTwister mt(0);
        mt.seed_from_hash(weft::rt::hash_double(std::bit_cast<double>(c.seed_bits)));
        EXPECT_EQ(std::bit_cast<std::uint64_t>(mt.random()), c.random_bits);
    }
}

TEST(Random, GetrandbitsMatchesCPython) {
    MersenneTwister mt(7);
    for (auto const& c : getrandbits_cases) {
        EXPECT_EQ(mt.getrandbits_bigint(c.k).to_string(), c.value) << "k = " << c.k;
    }
    // The uint64 version draws the same words.
    MersenneTwister small(7);
    for (auto const& c : getrandbits_cases) {
        if (c.k > 64)
            break;
        EXPECT_EQ(std::to_string(small.getrandbits(static_cast<unsigned>(c.k))), c.value) << "k = " << c.k;
    }
}

TEST(Random, RandbelowMatchesCPython) {
    MersenneTwister mt(99);
    for (auto const& c : randbelow_cases) {
        EXPECT_EQ(mt.randbelow(big(c.n)).to_string(), c.value) << "n = " << c.n;
    }
    MersenneTwister small(99);
    for (auto const& c : randbelow_cases) {
        BigInt n = big(c.n);
        if (n.bit_length() > 64)
            break;
        EXPECT_EQ(std::to_string(small.randbelow(static_cast<std::uint64_t>(mpz_get_ui(n.raw())))), c.value);
    }
}

TEST(Random, RandrangeAndRandintMatchCPython) {
    MersenneTwister mt(2024);
    MersenneTwister big_mt(2024);
    for (auto const& c : randrange_cases) {
        SCOPED_TRACE(std::string(c.is_randint ? "randint" : "randrange") + " " + c.arguments[0]);
        std::int64_t a = big(c.arguments[0]).to_int64();
        std::int64_t b = c.argument_count > 1 ? big(c.arguments[1]).to_int64() : 0;
        std::int64_t step = c.argument_count > 2 ? big(c.arguments[2]).to_int64() : 1;
        NumericResult<std::int64_t> result = c.is_randint            ? mt.randint(a, b)
                                             : c.argument_count == 1 ? mt.randrange(a)
                                                                     : mt.randrange(a, b, step);
        EXPECT_EQ(describe(result), c.expected);
        // The BigInt versions agree and draw the same numbers.
        NumericResult<BigInt> big_result = c.is_randint ? big_mt.randint(BigInt(a), BigInt(b))
                                           : c.argument_count == 1
                                               ? big_mt.randrange(BigInt(a))
                                               : big_mt.randrange(BigInt(a), BigInt(b), BigInt(step));
        EXPECT_EQ(describe(big_result), c.expected);
    }
}

TEST(Random, RandrangeBeyondInt64MatchesCPython) {
    MersenneTwister mt(2024);
    for (auto const& c : randrange_big_cases) {
        SCOPED_TRACE(std::string(c.is_randint ? "randint" : "randrange") + " " + c.arguments[0]);
        BigInt a = big(c.arguments[0]);
        BigInt b = c.argument_count > 1 ? big(c.arguments[1]) : BigInt(0);
        BigInt step = c.argument_count > 2 ? big(c.arguments[2]) : BigInt(1);
        NumericResult<BigInt> result = c.is_randint            ? mt.randint(a, b)
                                       : c.argument_count == 1 ? mt.randrange(a)
                                                               : mt.randrange(a, b, step);
        EXPECT_EQ(describe(result), c.expected);
    }
}

TEST(Random, ShuffleChoiceUniformMatchCPython) {
    MersenneTwister mt(5);
    std::vector<std::size_t> items(20);
    std::iota(items.begin(), items.end(), 0);
    mt.shuffle(items.size(), [&](std::size_t i, std::size_t j) { std::swap(items[i], items[j]); });
    EXPECT_EQ(items, std::vector<std::size_t>(std::begin(shuffle_seed5), std::end(shuffle_seed5)));

    mt.seed(6);
    for (std::size_t expected : choice_seed6)
        EXPECT_EQ(mt.choice_index(1000), expected);

    mt.seed(8);
    for (std::uint64_t expected : uniform_seed8)
        EXPECT_EQ(std::bit_cast<std::uint64_t>(mt.uniform(1.5, 2.5)), expected);
}

TEST(Random, StateRoundTrip) {
    MersenneTwister mt(1);
    mt.random();
    for (std::size_t i = 0; i < std::size(state_seed1_words); ++i)
        EXPECT_EQ(mt.state()[i], state_seed1_words[i]);
    EXPECT_EQ(mt.index(), state_seed1_index);

    auto saved = mt.state();
    std::size_t saved_index = mt.index();
    double next = mt.random();
    MersenneTwister other(999);
    ASSERT_TRUE(other.set_state(saved, saved_index));
    EXPECT_EQ(std::bit_cast<std::uint64_t>(other.random()), std::bit_cast<std::uint64_t>(next));
    EXPECT_FALSE(other.set_state(saved, MersenneTwister::state_size + 1));
}

TEST(Random, EntropySeedsDiffer) {
    // Not CPython-checked (the values are random by design): two entropy seeds almost surely differ.
    MersenneTwister a;
    MersenneTwister b;
    std::set<std::uint64_t> seen;
    for (int i = 0; i < 4; ++i) {
        seen.insert(a.getrandbits(64));
        seen.insert(b.getrandbits(64));
    }
    EXPECT_EQ(seen.size(), 8u);
}

TEST(Random, Int64PathsDoNotAllocate) {
    // The int64 paths use no BigInt: count GMP allocations around them.
    static std::size_t allocations = 0;
    void* (*old_alloc)(size_t);
    void* (*old_realloc)(void*, size_t, size_t);
    void (*old_free)(void*, size_t);
    mp_get_memory_functions(&old_alloc, &old_realloc, &old_free);
    static void* (*forward_alloc)(size_t) = old_alloc;
    mp_set_memory_functions(
        [](size_t size) {
            ++allocations;
            return forward_alloc(size);
        },
        old_realloc, old_free);
    MersenneTwister mt(444);
    for (int i = 0; i < 1000; ++i) {
        ASSERT_TRUE(mt.randint(-1000000, 1000000));
        ASSERT_TRUE(mt.randrange(INT64_MIN, INT64_MAX, 3));
        mt.randbelow(std::uint64_t{12345});
        mt.getrandbits(64);
    }
    mp_set_memory_functions(old_alloc, old_realloc, old_free);
    EXPECT_EQ(allocations, 0u);
}
