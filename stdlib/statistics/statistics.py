# statistics: the descriptive statistics of CPython 3.11 (averages, spread, quantiles, regression, NormalDist).
# mean and the variance family sum exactly with integer ratios and round once at the end, so the floats
# they return are bit-identical to CPython's; the other functions use math.fsum as CPython does.
# decimal is never imported: Decimal data is handled only when the program already loaded that module.
import math
import numbers
import sys
from fractions import Fraction
from itertools import groupby, repeat
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum
from operator import mul
from collections import Counter, namedtuple, defaultdict

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
           "harmonic_mean", "linear_regression", "mean", "median", "median_grouped", "median_high",
           "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"]

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


def _decimal_type():
    mod = sys.modules.get("decimal")
    return mod.Decimal if mod is not None else None


def _is_decimal_type(T):
    D = _decimal_type()
    return D is not None and issubclass(T, D)


# ---- exact summation --------------------------------------------------------------------------------------

def _ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or NaN. (CPython: statistics._exact_ratio)"""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The type a mix of T and S data is reported in (CPython: statistics._coerce)."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S) or issubclass(S, int):
        return T
    if issubclass(T, int):
        return S
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    """(type, exact total as Fraction or a non-finite value, count); numerators are grouped by denominator."""
    count = 0
    types = []
    by_den = {}
    for typ, group in groupby(data, type):
        if typ not in types:
            types.append(typ)
        for n, d in map(_ratio, group):
            count += 1
            by_den[d] = by_den.get(d, 0) + n
    if None in by_den:
        total = by_den[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_den.items())
    return _result_type(types), total, count


def _ss(data, c=None):
    """(type, sum of squared deviations, centre, count), all exact. (CPython: statistics._ss)"""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    count = 0
    types = []
    sx = defaultdict(int)
    sxx = defaultdict(int)
    for typ, group in groupby(data, type):
        if typ not in types:
            types.append(typ)
        for n, d in map(_ratio, group):
            count += 1
            sx[d] += n
            sxx[d] += n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        squares = sum(Fraction(n, d * d) for d, n in sxx.items())
        ssd = (count * squares - total * total) / count
        c = total / count
    return _result_type(types), ssd, c, count


def _convert(value, T):
    """The exact value rounded into type T (an int result that is not whole becomes a float)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg="negative value"):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _isqrt_frac_rto(n, m):
    """isqrt(n/m) with its low bit set when inexact (round-to-odd), so one later rounding is correct."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BITS = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    """Correctly rounded sqrt(n/m). (CPython: statistics._float_sqrt_of_frac)"""
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        return (_isqrt_frac_rto(n, m << 2 * q) << q) / 1
    return _isqrt_frac_rto(n << -2 * q, m) / (1 << -q)


def _decimal_sqrt_of_frac(n, m):
    """Correctly rounded Decimal sqrt(n/m). (CPython: statistics._decimal_sqrt_of_frac)"""
    D = _decimal_type()
    if n <= 0:
        if not n:
            return D("0.0")
        n, m = -n, -m
    root = (D(n) / D(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np_, dp = plus.as_integer_ratio()
    if 4 * n * (dr * dp) ** 2 > m * (dr * np_ + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


def _sqrt_of_frac(frac, T):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(frac.numerator, frac.denominator)
    return _float_sqrt_of_frac(frac.numerator, frac.denominator)


# ---- averages -----------------------------------------------------------------------------------------------

def mean(data):
    """Arithmetic mean, computed exactly and returned in the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast float mean, optionally weighted."""
    try:
        n = len(data)
    except TypeError:
        # count the items as fsum/map consume them, without materialising the iterable
        n = 0

        def counted(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x
        data = counted(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(map(mul, data, weights))
    if n != num_weights:
        raise StatisticsError("data and weights must be the same length")
    den = fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """Geometric mean as a float, via the mean of logarithms."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """Harmonic mean, optionally weighted; 0 if any value is zero."""
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        D = _decimal_type()
        if isinstance(x, numbers.Real) or (D is not None and isinstance(x, D)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = _sum(_fail_neg(weights, errmsg))[1]
    try:
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, _fail_neg(data, errmsg)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def _sorted_nonempty(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data


def median(data):
    """Middle value, or the mean of the two middle values."""
    data = _sorted_nonempty(data)
    n = len(data)
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = _sorted_nonempty(data)
    n = len(data)
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    data = _sorted_nonempty(data)
    return data[len(data) // 2]


def median_grouped(data, interval=1.0):
    """Median of continuous data grouped in classes of width interval, by interpolation."""
    data = _sorted_nonempty(data)
    n = len(data)
    x = data[n // 2]
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    return x - interval / 2.0 + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """Most common value; the first one met wins a tie."""
    best = Counter(iter(data)).most_common(1)
    if not best:
        raise StatisticsError("no mode for empty data")
    return best[0][0]


def multimode(data):
    """All most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method="exclusive"):
    """n - 1 cut points dividing data into n equal-probability intervals. (CPython: statistics.quantiles)"""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


# ---- spread ---------------------------------------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (n - 1 denominator)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance (n denominator)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of_frac(ss / (n - 1), T)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of_frac(ss / n, T)


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # non-finite data: ss is inf or nan, so this yields nan (CPython: statistics._mean_stdev)
        return float(xbar), float(xbar) / float(ss)


# ---- two variables --------------------------------------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


def covariance(x, y, /):
    """Sample covariance of two equal-length inputs."""
    n = _paired(x, y, "covariance")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient."""
    n = _paired(x, y, "correlation")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x (intercept fixed at 0 when proportional)."""
    n = _paired(x, y, "linear regression")
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- normal distribution --------------------------------------------------------------------------------------

def _poly(coeffs, r):
    """Horner evaluation, highest coefficient first."""
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


# Wichura's AS241 rational approximations (PPND16) for the central region and the two tail regions.
_AS241_CENTRAL = ((2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987,
                   13731.69376550946, 1971.5909503065513, 133.14166789178438, 3.3871328727963665),
                  (5226.495278852854, 28729.085735721943, 39307.89580009271, 21213.794301586597,
                   5394.196021424751, 687.1870074920579, 42.31333070160091, 1.0))
_AS241_NEAR = ((0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684,
                3.6478483247632045, 5.769497221460691, 4.630337846156546, 1.4234371107496835),
               (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457, 0.14810397642748008,
                0.6897673349851, 1.6763848301838038, 2.053191626637759, 1.0))
_AS241_FAR = ((2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784, 0.026532189526576124,
               0.29656057182850487, 1.7848265399172913, 5.463784911164114, 6.657904643501103),
              (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05, 0.0007868691311456133,
               0.014875361290850615, 0.1369298809227358, 0.599832206555888, 1.0))


def _normal_dist_inv_cdf(p, mu, sigma):
    """Inverse normal CDF by AS241. (CPython: statistics._normal_dist_inv_cdf)"""
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        return mu + (_poly(num, r) * q / _poly(den, r)) * sigma
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        num, den = _AS241_NEAR
    else:
        r -= 5.0
        num, den = _AS241_FAR
    x = _poly(num, r) / _poly(den, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    """A normal distribution N(mu, sigma) with its probability functions and exact-arithmetic operators."""

    __slots__ = {"_mu": "Arithmetic mean of a normal distribution",
                 "_sigma": "Standard deviation of a normal distribution"}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution with the sample mean and sample stdev of data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random draws (reproducible when seed is given)."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient of two normal densities. (CPython: NormalDist.overlap)"""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        xv, yv = X.variance, Y.variance
        if not xv or not yv:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = yv - xv
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * yv - Y._mu * xv
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(yv / xv))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
