# fractions: exact rational numbers (the Fraction class of CPython 3.11), written in weft's Python.
# A Fraction keeps a normalised (numerator, denominator) pair of ints; mixed arithmetic with float/complex
# falls back to those types, and hashing follows CPython's numeric-hash rule modulo 2**61 - 1.
# decimal is never imported here: Decimal inputs are recognised only when the program already loaded it.
import math
import numbers
import operator
import re
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = 2 ** 61 - 1      # sys.hash_info.modulus on 64-bit CPython
_HASH_INF = 314159               # sys.hash_info.inf

# sign, integer part, then either '/denominator' or '.fraction' and exponent. The fraction alternative keeps
# CPython 3.11.2's literal 'd*' slip, so '1.' and '1.d' behave as there. (CPython: fractions._RATIONAL_FORMAT)
_LITERAL = re.compile(r"""
    \A\s*(?P<sign>[-+]?)(?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?: (?:/(?P<denom>\d+(_\d+)*))?
      | (?:\.(?P<decimal>d*|\d+(_\d+)*))? (?:E(?P<exp>[-+]?\d+(_\d+)*))? )
    \s*\Z""", re.VERBOSE | re.IGNORECASE)


def _is_decimal(x):
    mod = sys.modules.get("decimal")
    return mod is not None and isinstance(x, mod.Decimal)


def _parse(text):
    m = _LITERAL.match(text)
    if m is None:
        raise ValueError("Invalid literal for Fraction: %r" % text)
    num = int(m.group("num") or "0")
    den = 1
    if m.group("denom"):
        den = int(m.group("denom"))
    else:
        frac = m.group("decimal")
        if frac:
            frac = frac.replace("_", "")
            scale = 10 ** len(frac)
            num = num * scale + int(frac)
            den = scale
        exp = m.group("exp")
        if exp:
            exp = int(exp)
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
    if m.group("sign") == "-":
        num = -num
    return num, den


class Fraction(numbers.Rational):
    """An exact rational number numerator/denominator, built from ints, Rationals, floats, Decimals or strings."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator, self._denominator = numerator.numerator, numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            numerator, denominator = _parse(numerator)
        elif type(numerator) is not int or type(denominator) is not int:
            if not (isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational)):
                raise TypeError("both arguments should be Rational instances")
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator, self._denominator = numerator, denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (ints are accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (ints are accepted too)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest self whose denominator is at most max_denominator."""
        # Walk the continued-fraction convergents until the next one would exceed the limit, then pick the
        # closer of the last convergent and the largest admissible semiconvergent; ties go to the convergent.
        # (CPython: fractions.Fraction.limit_denominator)
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Each binary operator comes as a forward/reverse pair: exact when both sides are Rational, otherwise the
    # Fraction is converted to float or complex and the builtin operator does the work.
    # (CPython: fractions.Fraction._operator_fallbacks)
    def _pair(exact, fallback, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented
        forward.__name__ = "__%s__" % name
        reverse.__name__ = "__r%s__" % name
        return forward, reverse

    def _add(a, b):
        da, db = a.denominator, b.denominator
        return Fraction(a.numerator * db + b.numerator * da, da * db)

    def _sub(a, b):
        da, db = a.denominator, b.denominator
        return Fraction(a.numerator * db - b.numerator * da, da * db)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        # Cancel the common factors first, as CPython does, so the "Fraction(n, 0)" message for a zero
        # divisor names the same n. (CPython: fractions.Fraction._div)
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _pair(_add, operator.add, "add")
    __sub__, __rsub__ = _pair(_sub, operator.sub, "sub")
    __mul__, __rmul__ = _pair(_mul, operator.mul, "mul")
    __truediv__, __rtruediv__ = _pair(_div, operator.truediv, "truediv")
    __floordiv__, __rfloordiv__ = _pair(_floordiv, operator.floordiv, "floordiv")
    __divmod__, __rdivmod__ = _pair(_divmod, divmod, "divmod")
    __mod__, __rmod__ = _pair(_mod, operator.mod, "mod")
    del _pair, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

    def __pow__(a, b):
        """a ** b: exact for integral b, a float (or complex) for any other exponent."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            p = b.numerator
            n, d = a._numerator, a._denominator
            if p >= 0:
                return Fraction(n ** p, d ** p, _normalize=False)
            if n >= 0:
                return Fraction(d ** -p, n ** -p, _normalize=False)
            return Fraction((-d) ** -p, (-n) ** -p, _normalize=False)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b with a Fraction exponent: an int base stays int for non-negative integral b."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        return _index(a.__trunc__())

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """Round half to even; an int without ndigits, else a Fraction. (CPython: Fraction.__round__)"""
        if ndigits is None:
            q, r = divmod(self.numerator, self.denominator)
            twice = 2 * r
            if twice < self.denominator or (twice == self.denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # hash(n/d) = n * d**-1 mod P, or the infinity hash when P divides d. (CPython: Fraction.__hash__)
        try:
            inv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inv)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        # Rationals compare by cross-multiplying; a non-finite float compares as if self were 0.
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
