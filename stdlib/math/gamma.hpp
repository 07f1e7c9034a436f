// The gamma function and the log of its absolute value, as CPython computes them (gamma.cpp).
#pragma once

namespace weft::rt {

double lanczos_gamma(double x);   // NaN at the poles, HUGE_VAL on overflow
double lanczos_lgamma(double x);  // HUGE_VAL at the poles and on overflow

} // namespace weft::rt
