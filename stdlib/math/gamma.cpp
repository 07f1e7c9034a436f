// math.gamma and math.lgamma by the Lanczos approximation with CPython's coefficients (g = 6.0246..., 13
// terms), so that results match CPython's to the last bit on every platform rather than whatever the C
// library's tgamma/lgamma give. The constants are numeric facts from CPython's Modules/mathmodule.c
// (lanczos_num_coeffs, lanczos_den_coeffs, gamma_integral); the formulas follow its m_tgamma and m_lgamma.
#include "stdlib/math/gamma.hpp"

#include <cmath>

namespace weft::rt {

namespace {

constexpr int lanczos_terms = 13;
constexpr double lanczos_g = 6.024680040776729583740234375;
constexpr double lanczos_g_minus_half = 5.524680040776729583740234375;
constexpr double lanczos_numerator[lanczos_terms] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// x*(x+1)*...*(x+11), expanded
constexpr double lanczos_denominator[lanczos_terms] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
    32670.0, 1925.0, 66.0, 1.0};
// (n-1)! for n = 1..23: exact as doubles
constexpr double factorials[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};
constexpr double pi = 3.141592653589793238462643383279502884197;
constexpr double log_pi = 1.144729885849400174143427351353058711647;

// the rational sum of the approximation for x > 0; for large x as a function of 1/x, which cannot overflow
double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = lanczos_terms; --i >= 0;) {
            num = num * x + lanczos_numerator[i];
            den = den * x + lanczos_denominator[i];
        }
    } else {
        for (int i = 0; i < lanczos_terms; ++i) {
            num = num / x + lanczos_numerator[i];
            den = den / x + lanczos_denominator[i];
        }
    }
    return num / den;
}

// sin(pi * x), exact at the integers and half-integers (CPython: m_sinpi)
double sin_pi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    double r = 0;
    switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(pi * y); break;
    case 1: r = std::cos(pi * (y - 0.5)); break;
    case 2: r = std::sin(pi * (1.0 - y)); break;
    case 3: r = -std::cos(pi * (y - 1.5)); break;
    default: r = std::sin(pi * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

} // namespace

double lanczos_gamma(double x) {
    if (!std::isfinite(x)) return std::isnan(x) || x > 0 ? x : NAN;
    if (x == 0.0) return std::copysign(HUGE_VAL, x);
    if (x == std::floor(x)) {
        if (x < 0.0) return NAN;
        if (x <= 23) return factorials[static_cast<int>(x) - 1];
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) return 1.0 / x;
    if (absx > 200.0) return x < 0.0 ? 0.0 / sin_pi(x) : HUGE_VAL;
    double y = absx + lanczos_g_minus_half;
    // the rounding error of y, scaled: a first-order correction (computed in this order on purpose)
    double z = absx > lanczos_g_minus_half ? (y - absx) - lanczos_g_minus_half : (y - lanczos_g_minus_half) - absx;
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= std::pow(y, absx - 0.5);
        } else {
            double half = std::pow(y, absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / std::exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= std::pow(y, absx - 0.5);
        } else {
            double half = std::pow(y, absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

double lanczos_lgamma(double x) {
    if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
    if (x == std::floor(x) && x <= 2.0) return x <= 0.0 ? HUGE_VAL : 0.0;
    double absx = std::fabs(x);
    if (absx < 1e-20) return -std::log(absx);
    double r = std::log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (std::log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = log_pi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;  // reflection
    return r;
}

} // namespace weft::rt
