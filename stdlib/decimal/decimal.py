# decimal: arbitrary-precision decimal floating point after the General Decimal Arithmetic
# specification, behaving like CPython 3.11's C `_decimal`.  Written in weft on Python ints:
# a finite Decimal is (sign, integer coefficient, exponent); specials are infinities and
# quiet/signalling NaNs carrying an integer payload.  Operations return (result, status bits)
# internally; the context then records flags and raises the first trapped signal.

import collections as _collections

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---- signals ---------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

# One status bit per condition, in the order the C module lists them in trap messages.
_CONDS = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
          InvalidContext, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
          Inexact, Rounded, Clamped)
_IO, _CS, _DI, _DU, _IC, _FO, _DZ, _OV, _UF, _SUB, _INEX, _RND, _CLMP = [1 << i for i in range(13)]
_INVALID = _IO | _CS | _DI | _DU | _IC
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGMASK = {InvalidOperation: _INVALID, FloatOperation: _FO, DivisionByZero: _DZ,
            Overflow: _OV, Underflow: _UF, Subnormal: _SUB, Inexact: _INEX,
            Rounded: _RND, Clamped: _CLMP}

# Context.__repr__ lists status bits in libmpdec's bit order, InvalidOperation only once.
_REPR_ORDER = ((_CLMP, 'Clamped'), (_CS, 'InvalidOperation'), (_DZ, 'DivisionByZero'),
               (_DI, 'InvalidOperation'), (_DU, 'InvalidOperation'), (_INEX, 'Inexact'),
               (_IC, 'InvalidOperation'), (_IO, 'InvalidOperation'), (_FO, 'FloatOperation'),
               (_OV, 'Overflow'), (_RND, 'Rounded'), (_SUB, 'Subnormal'), (_UF, 'Underflow'))

_FIN, _INF, _QNAN, _SNAN = 0, 1, 2, 3


def _dec(sign, coef, exp, kind=_FIN):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._kind = kind
    return d


def _nlen(n):
    return len(str(n)) if n else 1


def _nan_result(payload=0, status=_IO):
    return _dec(0, payload, 0, _QNAN), status


def _round_coef(coef, drop, rounding, sign):
    # Drop `drop` > 0 trailing digits of coef under `rounding`: (new coef, inexact?).
    if drop > _nlen(coef) + 1:
        coef, drop = (1 if coef else 0), 2
    p = 10 ** drop
    q, r = divmod(coef, p)
    if not r:
        return q, False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_05UP:
        up = q % 5 == 0
    else:
        h = 2 * r
        if h != p:
            up = h > p
        elif rounding == ROUND_HALF_UP:
            up = True
        elif rounding == ROUND_HALF_DOWN:
            up = False
        else:
            up = q & 1 == 1
    return q + up, True


def _overflow(sign, ctx, rounding):
    if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (rounding == ROUND_CEILING and not sign) or (rounding == ROUND_FLOOR and sign):
        res = _dec(sign, 0, 0, _INF)
    else:
        res = _dec(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    return res, _OV | _INEX | _RND


def _finish(sign, coef, exp, ctx, status=0, rounding=None):
    # Fit an exact finite value into ctx: round to precision, handle overflow, subnormals
    # and clamping (CPython: _pydecimal.Decimal._fix).
    rounding = rounding or ctx.rounding
    prec, emax = ctx.prec, ctx.Emax
    etiny = ctx.Emin - prec + 1
    etop = emax - prec + 1
    if not coef:
        hi = etop if ctx.clamp else emax
        e = min(max(exp, etiny), hi)
        return _dec(sign, 0, e), status | (_CLMP if e != exp else 0)
    nd = _nlen(coef)
    emin_needed = exp + nd - prec          # smallest exponent keeping prec digits
    if emin_needed > etop:
        r, st = _overflow(sign, ctx, rounding)
        return r, status | st
    sub = emin_needed < etiny
    target = etiny if sub else emin_needed
    if exp < target:
        coef, inexact = _round_coef(coef, target - exp, rounding, sign)
        exp = target
        if _nlen(coef) > prec:
            coef //= 10
            exp += 1
        if exp > etop:
            r, st = _overflow(sign, ctx, rounding)
            return r, status | st
        status |= _RND
        if inexact:
            status |= _INEX | (_UF if sub else 0)
        if sub:
            status |= _SUB
        if not coef:
            status |= _CLMP
        return _dec(sign, coef, exp), status
    if sub:
        status |= _SUB
    if ctx.clamp and exp > etop:
        return _dec(sign, coef * 10 ** (exp - etop), etop), status | _CLMP
    return _dec(sign, coef, exp), status


def _fixed(d, ctx):
    # A finite or special Decimal fitted to the context (NaN payloads trimmed).
    if d._kind == _FIN:
        return _finish(d._sign, d._int, d._exp, ctx)
    if d._kind >= _QNAN and d._int and _nlen(d._int) > ctx.prec - ctx.clamp:
        return _dec(d._sign, d._int % 10 ** (ctx.prec - ctx.clamp), 0, d._kind), 0
    return d, 0


def _nans(ctx, *ops):
    for x in ops:
        if x._kind == _SNAN:
            return _fixed(_dec(x._sign, x._int, 0, _QNAN), ctx)[0], _IO
    for x in ops:
        if x._kind == _QNAN:
            return _fixed(x, ctx)[0], 0
    return None


# ---- number parsing ----------------------------------------------------------------------

def _parse(s, strip=True):
    # Decimal string syntax (underscores are ignored, like the C module); None if invalid.
    s = (s.strip() if strip else s).replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _dec(sign, 0, 0, _INF)
    for pre, kind in (('snan', _SNAN), ('nan', _QNAN)):
        if low.startswith(pre):
            tail = low[len(pre):]
            if tail and not (tail.isdigit() and tail.isascii()):
                return None
            return _dec(sign, int(tail) if tail else 0, 0, kind)
    mant, e, expo = low.partition('e')
    exp = 0
    if e:
        digs = expo[1:] if expo[:1] in ('+', '-') else expo
        if not digs or not digs.isdigit():
            return None
        exp = int(expo)
    ip, dot, fp = mant.partition('.')
    digits = ip + fp
    if not digits or not digits.isdigit():
        return None
    if not digits.isascii():
        digits = ''.join(str(int(ch)) for ch in digits)
    return _dec(sign, int(digits), exp - len(fp))


def _from_float(f):
    if f != f:
        return _dec(0, 0, 0, _QNAN)
    sign = 1 if (f < 0 or (f == 0 and str(f)[0] == '-')) else 0
    if f in (float('inf'), float('-inf')):
        return _dec(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1                 # d == 2**k
    return _dec(sign, n * 5 ** k, -k)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if sign not in (0, 1) or type(sign) is not int:
        raise ValueError('sign must be an integer with the value 0 or 1')
    coef = 0
    for dg in digits:
        if type(dg) is not int or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    if exp == 'F':
        return _dec(sign, 0, 0, _INF)
    if exp in ('n', 'N'):
        return _dec(sign, coef, 0, _QNAN if exp == 'n' else _SNAN)
    if type(exp) is not int:
        raise ValueError('exponent must be an integer')
    return _dec(sign, coef, exp)


def _convert(v, ctx, strip=True):
    # Value -> (Decimal, status) for the constructor and Context.create_decimal.
    if isinstance(v, Decimal):
        return _dec(v._sign, v._int, v._exp, v._kind), 0
    if isinstance(v, str):
        d = _parse(v, strip)
        if d is None:
            return _nan_result(0, _CS)
        return d, 0
    if isinstance(v, bool) or isinstance(v, int):
        return _dec(1 if v < 0 else 0, abs(int(v)), 0), 0
    if isinstance(v, float):
        return _from_float(v), _FO
    if isinstance(v, (tuple, list)):
        return _from_tuple(tuple(v)), 0
    raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)


def _operand(v):
    # Operand coercion for arithmetic: Decimal and int only.
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _dec(1 if v < 0 else 0, abs(v), 0)
    return NotImplemented


# ---- exact-rational helpers for comparisons -------------------------------------------------

def _cmp_finite(a, b):
    # Compare two finite or infinite non-NaN Decimals: -1, 0, 1.
    if a._kind == _INF or b._kind == _INF:
        va = (-1 if a._sign else 1) * (a._kind == _INF)
        vb = (-1 if b._sign else 1) * (b._kind == _INF)
        if a._kind == _INF and b._kind == _INF:
            return (va > vb) - (va < vb)
        if a._kind == _INF:
            return va
        return -vb
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa, ba = a._exp + _nlen(a._int), b._exp + _nlen(b._int)
    if aa != ba:
        return s if aa > ba else -s
    e = min(a._exp, b._exp)
    ca, cb = a._int * 10 ** (a._exp - e), b._int * 10 ** (b._exp - e)
    return s * ((ca > cb) - (ca < cb))


def _ratio_cmp(a, num, den):
    # Compare finite Decimal a with num/den (den > 0) exactly.
    if a._kind == _INF:
        return -1 if a._sign else 1
    n, d = a._int * (-1 if a._sign else 1), 1
    if a._exp >= 0:
        n *= 10 ** a._exp
    else:
        d = 10 ** -a._exp
    l, r = n * den, num * d
    return (l > r) - (l < r)


_HASH_MOD = (1 << 61) - 1
_HASH_INF = 314159


# ---- fixed-point transcendental kernels (values scaled by 10**W) ------------------------------

_CONST = {}


def _atanh_inv(k, S):
    # atanh(1/k) * S for integer k > 1
    x = S // k
    total, n, k2 = x, 1, k * k
    while x:
        x //= k2
        n += 2
        total += x // n
    return total


def _ln_consts(W):
    # (ln 2, ln 10) scaled by 10**W, cached at the largest precision seen.
    got = _CONST.get('ln')
    if got is None or got[0] < W:
        g = W + 10
        S = 10 ** g
        l2 = 2 * _atanh_inv(3, S)
        l10 = 3 * l2 + 2 * _atanh_inv(9, S)
        got = _CONST['ln'] = (W, l2 // 10 ** 10, l10 // 10 ** 10)
    sh = 10 ** (got[0] - W)
    return got[1] // sh, got[2] // sh


def _exp_fixed(x, W):
    # exp(x/10**W) * 10**W for 0 <= x < 3*10**W; error below 10 ulps.
    g = 12
    S = 10 ** (W + g)
    r = (x * 10 ** g) >> 12
    s = term = S
    n = 1
    while term:
        term = term * r // (S * n)
        s += term
        n += 1
    for _ in range(12):
        s = s * s // S
    return s // 10 ** g


def _ln_fixed(coef, adj, W):
    # ln(coef * 10**(adj + 1 - len(coef))) * 10**W (may be negative); error a few ulps.
    g = 10
    Wg = W + g
    S = 10 ** Wg
    sh = Wg - (_nlen(coef) - 1)
    m = coef * 10 ** sh if sh >= 0 else coef // 10 ** -sh     # mantissa in [1, 10)
    k = 0
    while m > 3 * S // 2:
        m //= 2
        k += 1
    for _ in range(8):
        m = _isqrt(m * S)
    z = abs(m - S) * S // (m + S)
    z2 = z * z // S
    total, t, n = z, z, 1
    while t:
        t = t * z2 // S
        n += 2
        total += t // n
    if m < S:
        total = -total
    l2, l10 = _ln_consts(Wg)
    return (k * l2 + (total << 9) + adj * l10) // 10 ** g


def _isqrt(n):
    if n <= 0:
        return 0
    x = 1 << ((n.bit_length() + 1) >> 1)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            return x
        x = y


def _fixed_of(d, W):
    # Finite Decimal -> value * 10**W truncated toward zero, signed.
    sh = d._exp + W
    v = d._int * 10 ** sh if sh >= 0 else d._int // 10 ** -sh
    return -v if d._sign else v


def _exp_scaled(xf, W):
    # exp(xf/10**W) as (M, E) with the true value inside (M-1, M+2) * 10**E.
    lq = _nlen(abs(xf) // 10 ** W) + 1
    Wx = W + lq
    xf = xf * 10 ** lq
    l10 = _ln_consts(Wx + 2)[1] // 100
    q = xf // l10
    y = _exp_fixed(xf - q * l10, Wx)
    cut = lq + 2
    return y // 10 ** cut, q - Wx + cut


def _ziv(approx, sign, ctx, rounding, w0):
    # Correctly round a transcendental value: approx(w) gives (M, E) with the true value
    # in (M-1, M+2)*10**E and about w digits; widen until both ends round alike.
    w = w0
    for _ in range(6):
        M, E = approx(w)
        lo = _finish(sign, M - 1, E, ctx, 0, rounding)
        hi = _finish(sign, M + 2, E, ctx, 0, rounding)
        if (lo[0]._kind, lo[0]._int, lo[0]._exp) == (hi[0]._kind, hi[0]._int, hi[0]._exp):
            return lo[0], lo[1] | _INEX | _RND
        w *= 2
    # Only exact values get here: snap to the nearest short value and round that.
    cut = max(0, _nlen(M) - w // 2)
    M, _ = _round_coef(M, cut, ROUND_HALF_EVEN, 0) if cut else (M, 0)
    r, st = _finish(sign, M, E + cut, ctx, 0, rounding)
    return r, st | _INEX | _RND


def _exp_dec(a, ctx, rounding=ROUND_HALF_EVEN):
    # exp of a finite non-zero Decimal (result sign always positive).
    prec = ctx.prec
    adj = a._exp + _nlen(a._int) - 1
    if adj < -(prec + 2):                 # exp(x) = 1 +- tiny
        n = prec + 3
        return _finish(0, 10 ** n + (-1 if a._sign else 1), -n, ctx, _INEX | _RND, rounding)
    if adj > len(str(max(ctx.Emax, -ctx.Emin + prec))) + 1:
        if a._sign:
            return _finish(0, 1, ctx.Emin - prec - 2, ctx, _INEX | _RND, rounding)
        return _overflow(0, ctx, rounding)
    return _ziv(lambda w: _exp_scaled(_fixed_of(a, w + 2 + max(0, -adj)), w + 2 + max(0, -adj)),
                0, ctx, rounding, prec + 3)


def _ln_approx(a, w, base10=False):
    # ln(a) (or log10) for finite a > 0 as (M, E, sign) with about w significant digits.
    adj = a._exp + _nlen(a._int) - 1
    W = w + _nlen(abs(adj)) + 3
    while True:
        T = _ln_fixed(a._int, adj, W + 3)
        if base10:
            T = T * 10 ** (W + 3) // _ln_consts(W + 3)[1]
        sign = 1 if T < 0 else 0
        M = abs(T) // 1000
        if M and _nlen(M) >= w:
            return M, -W, sign
        W += (w - _nlen(M) + 2) if M else W


def _underflow_zero(sign, ctx):
    return _finish(sign, 0, ctx.Emin - ctx.prec + 1, ctx, _UF | _SUB | _INEX | _RND | _CLMP)


def _power_general(a, b, sign, ctx):
    # |a| ** b through exp(b * ln|a|), correctly rounded under the context rounding.
    prec = ctx.prec
    adj = a._exp + _nlen(a._int) - 1
    badj = b._exp + _nlen(b._int) - 1
    lead = a._int / 10 ** (_nlen(a._int) - 1) if _nlen(a._int) < 300 else float(str(a._int)[:15]) / 1e14
    import math
    lnest = (adj + math.log10(lead)) * 2.302585092994046
    if badj > 400:
        est = float('inf') if lnest else 0.0
        est = est if (lnest > 0) != bool(b._sign) else -est
    else:
        est = lnest * float(str(_dec(b._sign, b._int, b._exp)))
    if est / 2.302585 > ctx.Emax + 2:
        return _overflow(sign, ctx, ctx.rounding)
    if est / 2.302585 < ctx.Emin - prec - 3:
        return _finish(sign, 1, ctx.Emin - prec - 2, ctx, _INEX | _RND)
    extra = max(0, badj + 1) + max(0, _nlen(abs(adj) + 1)) + 4

    def approx(w):
        W = w + 2 * extra
        T = _ln_fixed(a._int, adj, W)
        P = T * b._int * (10 ** b._exp if b._exp >= 0 else 1)
        if b._exp < 0:
            P = P // 10 ** -b._exp if P >= 0 else -((-P) // 10 ** -b._exp)
        if b._sign:
            P = -P
        return _exp_scaled(P, W)
    return _ziv(approx, sign, ctx, ctx.rounding, prec + 3)


# ---- arithmetic kernels: each returns (Decimal, status) --------------------------------------

def _add(a, b, ctx, negate_b=False, rounding=None):
    r = _nans(ctx, a, b)
    if r:
        return r
    bsign = b._sign ^ negate_b
    if a._kind == _INF:
        if b._kind == _INF and a._sign != bsign:
            return _nan_result()
        return a, 0
    if b._kind == _INF:
        return _dec(bsign, 0, 0, _INF), 0
    exp = min(a._exp, b._exp)
    rounding = rounding or ctx.rounding
    if not a._int and not b._int:
        sign = a._sign & bsign if a._sign == bsign or rounding != ROUND_FLOOR else 1
        return _finish(sign, 0, exp, ctx, 0, rounding)
    if not a._int or not b._int:
        x, xs = (b, bsign) if not a._int else (a, a._sign)
        exp = max(exp, x._exp - ctx.prec - 1)
        return _finish(xs, x._int * 10 ** (x._exp - exp), exp, ctx, 0, rounding)
    terms = [(a._sign, a._int, a._exp), (bsign, b._int, b._exp)]
    terms.sort(key=lambda t: t[2] + _nlen(t[1]))
    (ls, lc, le), (hs, hc, he) = terms
    lim = min(he, he + _nlen(hc) - 1 - ctx.prec) - 2
    if le + _nlen(lc) - 1 < lim:          # the small operand only acts as a sticky digit
        lc, le = 1, lim
    exp = min(he, le)
    s = (-1 if hs else 1) * hc * 10 ** (he - exp) + (-1 if ls else 1) * lc * 10 ** (le - exp)
    if s == 0:
        return _finish(1 if rounding == ROUND_FLOOR else 0, 0, exp, ctx, 0, rounding)
    return _finish(1 if s < 0 else 0, abs(s), exp, ctx, 0, rounding)


def _mul(a, b, ctx):
    r = _nans(ctx, a, b)
    if r:
        return r
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FIN and not a._int) or (b._kind == _FIN and not b._int):
            return _nan_result()
        return _dec(sign, 0, 0, _INF), 0
    return _finish(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    r = _nans(ctx, a, b)
    if r:
        return r
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        return _nan_result() if b._kind == _INF else (_dec(sign, 0, 0, _INF), 0)
    if b._kind == _INF:
        return _finish(sign, 0, ctx.Emin - ctx.prec + 1, ctx, _CLMP)
    if not b._int:
        return _nan_result(0, _DU) if not a._int else (_dec(sign, 0, 0, _INF), _DZ)
    ideal = a._exp - b._exp
    if not a._int:
        return _finish(sign, 0, ideal, ctx)
    shift = ctx.prec + 1 + _nlen(b._int) - _nlen(a._int)
    if shift >= 0:
        q, rem = divmod(a._int * 10 ** shift, b._int)
    else:
        q, rem = divmod(a._int, b._int * 10 ** -shift)
    exp = ideal - shift
    if rem:
        q, exp = q * 10 + 1, exp - 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(sign, q, exp, ctx)


def _divmod_core(a, b, ctx):
    # Finite a, finite non-zero b: ((qsign, q), remainder triple) or None when impossible.
    ideal = min(a._exp, b._exp)
    qsign = a._sign ^ b._sign
    if not a._int:
        return (qsign, 0), (a._sign, 0, ideal)
    expdiff = (a._exp + _nlen(a._int)) - (b._exp + _nlen(b._int))
    if expdiff <= -2:
        return (qsign, 0), (a._sign, a._int * 10 ** (a._exp - ideal), ideal)
    if expdiff > ctx.prec + 1:
        return None
    q, r = divmod(a._int * 10 ** (a._exp - ideal), b._int * 10 ** (b._exp - ideal))
    if _nlen(q) > ctx.prec:
        return None
    return (qsign, q), (a._sign, r, ideal)


def _divint(a, b, ctx):
    r = _nans(ctx, a, b)
    if r:
        return r
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        return _nan_result() if b._kind == _INF else (_dec(sign, 0, 0, _INF), 0)
    if b._kind == _INF:
        return _dec(sign, 0, 0), 0
    if not b._int:
        return _nan_result(0, _DU) if not a._int else (_dec(sign, 0, 0, _INF), _DZ)
    got = _divmod_core(a, b, ctx)
    if got is None:
        return _nan_result(0, _DI)
    return _finish(got[0][0], got[0][1], 0, ctx)


def _rem(a, b, ctx):
    r = _nans(ctx, a, b)
    if r:
        return r
    if a._kind == _INF:
        return _nan_result()
    if b._kind == _INF:
        return _fixed(a, ctx)
    if not b._int:
        return _nan_result(0, _DU if not a._int else _IO)
    got = _divmod_core(a, b, ctx)
    if got is None:
        return _nan_result(0, _DI)
    return _finish(*got[1], ctx)


def _remainder_near(a, b, ctx):
    r = _nans(ctx, a, b)
    if r:
        return r
    if a._kind == _INF:
        return _nan_result()
    if b._kind == _INF:
        return _fixed(a, ctx)
    if not b._int:
        return _nan_result(0, _DU if not a._int else _IO)
    ideal = min(a._exp, b._exp)
    expdiff = (a._exp + _nlen(a._int)) - (b._exp + _nlen(b._int))
    if expdiff > ctx.prec + 1 and a._int:
        return _nan_result(0, _DI)
    if expdiff <= -2 or not a._int:
        return _finish(a._sign, a._int * 10 ** (a._exp - ideal), ideal, ctx)
    ca, cb = a._int * 10 ** (a._exp - ideal), b._int * 10 ** (b._exp - ideal)
    q, r = divmod(ca, cb)
    if 2 * r > cb or (2 * r == cb and q & 1):
        q, r = q + 1, r - cb
    if _nlen(q) > ctx.prec:
        return _nan_result(0, _DI)
    sign = a._sign ^ (r < 0)
    return _finish(sign, abs(r), ideal, ctx)


def _is_integral(d):
    return d._kind == _FIN and (d._exp >= 0 or d._int % 10 ** -d._exp == 0)


def _to_int(d):
    v = d._int * 10 ** d._exp if d._exp >= 0 else d._int // 10 ** -d._exp
    return -v if d._sign else v


def _pow(a, b, ctx):
    r = _nans(ctx, a, b)
    if r:
        return r
    b_int = _is_integral(b)
    odd = b_int and _to_int(b) & 1
    sign = a._sign if odd else 0
    if a._kind == _FIN and not a._int:
        if b._kind == _FIN and not b._int:
            return _nan_result()
        return _dec(sign, 0, 0, _INF if b._sign else _FIN), 0
    if a._sign and not b_int:
        return _nan_result()
    if a._kind == _INF:
        if b._kind == _FIN and not b._int:
            return _dec(0, 1, 0), 0
        return (_dec(sign, 0, 0), 0) if b._sign else (_dec(sign, 0, 0, _INF), 0)
    if b._kind == _FIN and not b._int:
        return _dec(0, 1, 0), 0
    aadj = a._exp + _nlen(a._int) - 1
    is_one = a._int == 10 ** -a._exp if a._exp <= 0 else False
    if b._kind == _INF:
        if is_one:
            return _finish(0, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx, _INEX | _RND)
        big = aadj >= 0
        return (_dec(0, 0, 0, _INF), 0) if big != bool(b._sign) else (_dec(0, 0, 0), 0)
    if b_int:
        n = _to_int(b)
        if _nlen(a._int) * abs(n) <= 4 * ctx.prec + 200 or is_one:
            if is_one:
                coef, e = 1, 0
                if n > 0:
                    e = a._exp * n
                    if e < 1 - ctx.prec:
                        return _finish(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx, _INEX | _RND)
                    coef = 10 ** -e
                    return _finish(sign, coef, e, ctx)
            if n > 0:
                return _finish(sign, a._int ** n, a._exp * n, ctx)
            p = _dec(sign, a._int ** -n, a._exp * -n)
            # the reciprocal is taken half-even first, so deep underflow flushes to 0
            if -p.adjusted() < ctx.Emin - ctx.prec:
                return _underflow_zero(sign, ctx)
            return _div(_dec(0, 1, 0), p, ctx)
    return _power_general(a, b, sign, ctx)


def _sqrt(a, ctx):
    r = _nans(ctx, a)
    if r:
        return r
    if a._kind == _FIN and not a._int:
        return _finish(a._sign, 0, a._exp >> 1, ctx)
    if a._sign:
        return _nan_result()
    if a._kind == _INF:
        return a, 0
    ideal = a._exp >> 1
    c, e = a._int, a._exp
    if e & 1:
        c, e = c * 10, e - 1
    k = max(0, (2 * ctx.prec + 3 - _nlen(c)) // 2)
    c, e = c * 100 ** k, e - 2 * k
    root = _isqrt(c)
    e //= 2
    if root * root == c:
        while e < ideal and root % 10 == 0:
            root //= 10
            e += 1
    else:
        root, e = root * 10 + 1, e - 1
    return _finish(0, root, e, ctx, 0, ROUND_HALF_EVEN)


def _exp(a, ctx):
    r = _nans(ctx, a)
    if r:
        return r
    if a._kind == _INF:
        return (_dec(0, 0, 0), 0) if a._sign else (a, 0)
    if not a._int:
        return _dec(0, 1, 0), 0
    return _exp_dec(a, ctx)


def _log(a, ctx, base10):
    r = _nans(ctx, a)
    if r:
        return r
    if a._kind == _FIN and not a._int:
        return _dec(1, 0, 0, _INF), 0
    if a._sign:
        return _nan_result()
    if a._kind == _INF:
        return a, 0
    adj = a._exp + _nlen(a._int) - 1
    if a._int == 10 ** (_nlen(a._int) - 1) and (base10 or adj == 0):
        if not adj:
            return _dec(0, 0, 0), 0
        return _finish(1 if adj < 0 else 0, abs(adj), 0, ctx)
    return _ziv(lambda w: _ln_approx(a, w, base10)[:2], 1 if adj < 0 else 0, ctx,
                ROUND_HALF_EVEN, ctx.prec + 3)


def _rescale(a, exp, rounding):
    # Finite a re-expressed with exponent exp: (coef, inexact?).
    if exp <= a._exp:
        return a._int * 10 ** (a._exp - exp), False
    return _round_coef(a._int, exp - a._exp, rounding, a._sign)


def _quantize(a, b, ctx, rounding=None):
    r = _nans(ctx, a, b)
    if r:
        return r
    if a._kind == _INF or b._kind == _INF:
        return (a, 0) if a._kind == b._kind else _nan_result()
    exp = b._exp
    prec = ctx.prec
    if not (ctx.Emin - prec + 1 <= exp <= ctx.Emax):
        return _nan_result()
    if a._int and a._exp + _nlen(a._int) - exp > prec:
        return _nan_result()
    coef, inexact = _rescale(a, exp, rounding or ctx.rounding)
    if _nlen(coef) > prec or (coef and exp + _nlen(coef) - 1 > ctx.Emax):
        return _nan_result()
    st = 0
    if coef and exp + _nlen(coef) - 1 < ctx.Emin:
        st |= _SUB
    if exp > a._exp and a._int:
        st |= _RND | (_INEX if inexact else 0)
    return _finish(a._sign, coef, exp, ctx, st)


def _to_integral(a, ctx, rounding, exact):
    r = _nans(ctx, a)
    if r:
        return r
    if a._kind == _INF or a._exp >= 0:
        return a, 0
    coef, inexact = _rescale(a, 0, rounding or ctx.rounding)
    st = (_RND | (_INEX if inexact else 0)) if exact and a._int else 0
    return _dec(a._sign, coef, 0), st


def _total_key(d):
    # Ordering key for compare_total among same-sign values (CPython: Decimal.compare_total).
    if d._kind == _QNAN:
        return (3, d._int)
    if d._kind == _SNAN:
        return (2, d._int)
    if d._kind == _INF:
        return (1, 0)
    return (0, 0)


def _compare_total(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    ka, kb = _total_key(a), _total_key(b)
    if ka != kb:
        return s if ka > kb else -s
    if a._kind != _FIN:
        return 0
    c = _cmp_finite(a, b)
    if c:
        return c
    return s * ((a._exp > b._exp) - (a._exp < b._exp))


def _minmax(a, b, ctx, want, absolute=False):
    sa = a._kind == _SNAN or b._kind == _SNAN
    if sa or a._kind == _QNAN and b._kind == _QNAN:
        return _nans(ctx, a, b)
    if a._kind == _QNAN:
        return _fixed(b, ctx)
    if b._kind == _QNAN:
        return _fixed(a, ctx)
    x, y = (a.copy_abs(), b.copy_abs()) if absolute else (a, b)
    c = _cmp_finite(x, y) or _compare_total(a, b)
    return _fixed(a if c == want else b, ctx)


def _next(a, ctx, up):
    r = _nans(ctx, a)
    if r:
        return r
    if a._kind == _INF:
        if a._sign == (0 if up else 1):
            return a, 0
        return _dec(a._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1), 0
    rounding = ROUND_CEILING if up else ROUND_FLOOR
    f = _finish(a._sign, a._int, a._exp, ctx, 0, rounding)[0]
    if _cmp_finite(f, a) != 0:
        return f, 0
    etiny = ctx.Emin - ctx.prec + 1
    tiny = _dec(0 if up else 1, 1, etiny - 1)
    return _add(a, tiny, ctx, False, rounding)[0], 0


# ---- the Decimal type ----------------------------------------------------------------------

DecimalTuple = _collections.namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _tname(x):
    t = type(x)
    return 'decimal.Decimal' if t is Decimal else t.__name__


def _unsupported(self, other, sym, swap):
    # NotImplemented, or the TypeError CPython's C type reports for builtin operands.
    if type(other).__module__ != 'builtins':
        return NotImplemented
    names = (_tname(other), _tname(self)) if swap else (_tname(self), _tname(other))
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % ((sym,) + names))


def _binop(fn, sym, swap=False):
    # Operator method; fn(a, b, ctx) -> (result, status), or None for divmod.
    def method(self, other, context=None):
        o = _operand(other)
        if o is NotImplemented:
            return _unsupported(self, other, sym, swap)
        a, b = (o, self) if swap else (self, o)
        ctx = context or getcontext()
        return ctx._divmod(a, b) if fn is None else ctx._apply(fn(a, b, ctx))
    return method


def _unop(fn, binary=False):
    # Named method applying kernel fn under the context (second operand via _need).
    if binary:
        def method(self, other, context=None):
            ctx = context or getcontext()
            return ctx._apply(fn(self, _need(other), ctx))
    else:
        def method(self, context=None):
            ctx = context or getcontext()
            return ctx._apply(fn(self, ctx))
    return method


class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value="0", context=None):
        ctx = context or getcontext()
        d, st = _convert(value, ctx)
        if st & _FO:
            ctx._apply((None, _FO))
        elif st:
            d = ctx._apply((d, st))
        if cls is not Decimal:
            x = object.__new__(cls)
            x._sign, x._int, x._exp, x._kind = d._sign, d._int, d._exp, d._kind
            return x
        return d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _dec(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- conversion to text --
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._kind != _FIN:
            return sign + ('sNaN' if self._kind == _SNAN else 'NaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
        left = self._exp + len(digits)          # position of the decimal point
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif not self._int:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            body = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            body = digits + '0' * (dot - len(digits))
        else:
            body = digits[:dot] + '.' + digits[dot:]
        if left != dot:
            caps = (context or getcontext()).capitals
            body += ('E' if caps else 'e') + '%+d' % (left - dot)
        return sign + body

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in str(self._int)) if self._int or self._kind == _FIN else ()
        exp = {_FIN: self._exp, _QNAN: 'n', _SNAN: 'N'}[self._kind]
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FIN:
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _gcd(n, d)
        return n // g, d // g

    # -- predicates and simple queries --
    def adjusted(self):
        return self._exp + _nlen(self._int) - 1 if self._kind == _FIN else 0

    def is_finite(self):
        return self._kind == _FIN

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FIN and not self._int

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._kind != _FIN or not self._int:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if self._kind != _FIN or not self._int:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def number_class(self, context=None):
        s = '-' if self._sign else '+'
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        if self._kind == _INF:
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        return s + ('Subnormal' if self.is_subnormal(context) else 'Normal')

    def canonical(self):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _dec(0, 0, 0)

    def radix(self):
        return _dec(0, 10, 0)

    def same_quantum(self, other, context=None):
        other = _need(other)
        if self._kind != _FIN or other._kind != _FIN:
            return (self._kind >= _QNAN and other._kind >= _QNAN) or \
                (self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _need(other)
        return _dec(other._sign, self._int, self._exp, self._kind)

    def __bool__(self):
        return self._kind != _FIN or self._int != 0

    # -- numeric conversions --
    def __int__(self):
        if self._kind >= _QNAN:
            raise ValueError('cannot convert NaN to integer')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        return _to_int(self)

    __trunc__ = __int__

    def _rounded_int(self, rounding):
        if self._kind != _FIN:
            return int(self)                # raises the NaN/Infinity error
        coef, _ = _rescale(self, 0, rounding) if self._exp < 0 else (self._int * 10 ** self._exp, 0)
        return -coef if self._sign else coef

    def __floor__(self):
        return self._rounded_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._rounded_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._rounded_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_dec(0, 1, -n))

    def __float__(self):
        if self._kind >= _QNAN:
            if self._kind == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        # Equal to hash() of an equal int, float or Fraction (CPython: Decimal.__hash__).
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _QNAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            m = pow(10, self._exp, _HASH_MOD)
        else:
            m = pow(pow(10, _HASH_MOD - 2, _HASH_MOD), -self._exp, _HASH_MOD)
        h = self._int * m % _HASH_MOD
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # -- comparisons --
    def _compare_with(self, other, op):
        # -> comparison int, or None for unordered, or NotImplemented.
        ctx = getcontext()
        if isinstance(other, Decimal) or isinstance(other, int):
            o = _operand(other)
            num = None
        elif isinstance(other, float):
            if op not in ('eq', 'ne'):
                ctx._apply((None, _FO))
            else:
                ctx._flags |= _FO
            o = _from_float(other)
            num = None
        elif isinstance(other, complex):
            if op not in ('eq', 'ne') or other.imag:
                return NotImplemented
            return self._compare_with(other.real, op)
        elif hasattr(other, 'numerator') and hasattr(other, 'denominator'):
            o = None
            num, den = other.numerator, other.denominator
        elif op in ('eq', 'ne') or type(other).__module__ != 'builtins':
            return NotImplemented
        else:
            sym = {'lt': '<', 'le': '<=', 'gt': '>', 'ge': '>='}[op]
            raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                            % (sym, _tname(self), _tname(other)))
        if self._kind >= _QNAN or (o is not None and o._kind >= _QNAN):
            signal = op not in ('eq', 'ne') or self._kind == _SNAN or (o is not None and o._kind == _SNAN)
            if signal:
                ctx._apply((None, _IO))
            return None
        if o is None:
            return _ratio_cmp(self, num, den)
        return _cmp_finite(self, o)

    def __eq__(self, other):
        c = self._compare_with(other, 'eq')
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._compare_with(other, 'ne')
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._compare_with(other, 'lt')
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._compare_with(other, 'le')
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._compare_with(other, 'gt')
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._compare_with(other, 'ge')
        return c if c is NotImplemented else (c is not None and c >= 0)

    def compare(self, other, context=None):
        ctx = context or getcontext()
        other = _need(other)
        r = _nans(ctx, self, other)
        if r:
            return ctx._apply(r)
        return _dec_int(_cmp_finite(self, other))

    def compare_signal(self, other, context=None):
        ctx = context or getcontext()
        other = _need(other)
        if self._kind >= _QNAN or other._kind >= _QNAN:
            return ctx._apply(_nan_result())
        return self.compare(other, ctx)

    def compare_total(self, other, context=None):
        return _dec_int(_compare_total(self, _need(other)))

    def compare_total_mag(self, other, context=None):
        return _dec_int(_compare_total(self.copy_abs(), _need(other).copy_abs()))

    # -- arithmetic --
    __add__ = _binop(_add, '+')
    __radd__ = _binop(_add, '+', True)
    __mul__ = _binop(_mul, '*')
    __rmul__ = _binop(_mul, '*', True)
    __truediv__ = _binop(_div, '/')
    __rtruediv__ = _binop(_div, '/', True)
    __floordiv__ = _binop(_divint, '//')
    __rfloordiv__ = _binop(_divint, '//', True)
    __mod__ = _binop(_rem, '%')
    __rmod__ = _binop(_rem, '%', True)
    __sub__ = _binop(lambda a, b, ctx: _add(a, b, ctx, True), '-')
    __rsub__ = _binop(lambda a, b, ctx: _add(a, b, ctx, True), '-', True)
    __divmod__ = _binop(None, 'divmod()')
    __rdivmod__ = _binop(None, 'divmod()', True)
    __rpow__ = _binop(_pow, '** or pow()', True)

    def __pow__(self, other, modulo=None, context=None):
        o = _operand(other)
        if o is NotImplemented:
            return _unsupported(self, other, '** or pow()', False)
        other = o
        ctx = context or getcontext()
        if modulo is not None:
            return ctx._powmod(self, other, _need(modulo))
        return ctx._apply(_pow(self, other, ctx))

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._kind >= _QNAN:
            return ctx._apply(_nans(ctx, self))
        if self._kind == _FIN and not self._int and ctx.rounding != ROUND_FLOOR:
            return ctx._apply(_finish(0, 0, self._exp, ctx))
        return ctx._apply(_plus(self.copy_negate(), ctx))

    def __pos__(self, context=None):
        ctx = context or getcontext()
        return ctx._apply(_plus(self, ctx))

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if not round:
            return self.copy_abs()
        return ctx._apply(_plus(self if self._kind >= _QNAN else self.copy_abs(), ctx))

    sqrt = _unop(_sqrt)
    exp = _unop(_exp)
    ln = _unop(lambda a, ctx: _log(a, ctx, False))
    log10 = _unop(lambda a, ctx: _log(a, ctx, True))
    next_plus = _unop(lambda a, ctx: _next(a, ctx, True))
    next_minus = _unop(lambda a, ctx: _next(a, ctx, False))
    max = _unop(lambda a, b, ctx: _minmax(a, b, ctx, 1), True)
    min = _unop(lambda a, b, ctx: _minmax(a, b, ctx, -1), True)
    max_mag = _unop(lambda a, b, ctx: _minmax(a, b, ctx, 1, True), True)
    min_mag = _unop(lambda a, b, ctx: _minmax(a, b, ctx, -1, True), True)
    remainder_near = _unop(_remainder_near, True)

    def logb(self, context=None):
        ctx = context or getcontext()
        r = _nans(ctx, self)
        if r:
            return ctx._apply(r)
        if self._kind == _INF:
            return _dec(0, 0, 0, _INF)
        if not self._int:
            return ctx._apply((_dec(1, 0, 0, _INF), _DZ))
        a = self.adjusted()
        return ctx._apply(_finish(1 if a < 0 else 0, abs(a), 0, ctx))

    def scaleb(self, other, context=None):
        ctx = context or getcontext()
        other = _need(other)
        r = _nans(ctx, self, other)
        if r:
            return ctx._apply(r)
        lim = 2 * (ctx.Emax + ctx.prec)
        if other._kind != _FIN or other._exp != 0 or not -lim <= _to_int(other) <= lim:
            return ctx._apply(_nan_result())
        if self._kind == _INF:
            return self
        return ctx._apply(_finish(self._sign, self._int, self._exp + _to_int(other), ctx))

    def fma(self, other, third, context=None):
        ctx = context or getcontext()
        other, third = _need(other), _need(third)
        if self._kind == _SNAN or other._kind == _SNAN:
            return ctx._apply(_nans(ctx, self, other))
        if self._kind == _QNAN or other._kind == _QNAN:
            return ctx._apply(_nans(ctx, self, other, third))
        if self._kind == _INF or other._kind == _INF:
            product, st = _mul(self, other, ctx)
            if st:
                return ctx._apply((product, st))
        else:
            product = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return ctx._apply(_add(product, third, ctx))

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        return ctx._apply(_quantize(self, _need(exp), ctx, rounding))

    def normalize(self, context=None):
        ctx = context or getcontext()
        r = _nans(ctx, self)
        if r:
            return ctx._apply(r)
        d, st = _fixed(self, ctx)
        if d._kind == _INF:
            return ctx._apply((d, st))
        if not d._int:
            return ctx._apply((_dec(d._sign, 0, 0), st))
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        coef, exp = d._int, d._exp
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return ctx._apply((_dec(d._sign, coef, exp), st))

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        return ctx._apply(_to_integral(self, ctx, rounding, False))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        return ctx._apply(_to_integral(self, ctx, rounding, True))

    def next_toward(self, other, context=None):
        ctx = context or getcontext()
        other = _need(other)
        r = _nans(ctx, self, other)
        if r:
            return ctx._apply(r)
        c = _cmp_finite(self, other)
        if c == 0:
            return self.copy_sign(other)
        res, st = _next(self, ctx, c < 0)
        if res._kind == _INF:
            st |= _OV | _INEX | _RND
        elif res.adjusted() < ctx.Emin:
            st |= _UF | _SUB | _INEX | _RND | (0 if res._int else _CLMP)
        return ctx._apply((res, st))

    # -- formatting --
    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, getcontext())

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _plus(d, ctx):
    r = _nans(ctx, d)
    if r:
        return r
    if d._kind == _FIN and not d._int and ctx.rounding != ROUND_FLOOR:
        return _finish(0, 0, d._exp, ctx)
    return _fixed(d, ctx)


def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _dec_int(n):
    return _dec(1 if n < 0 else 0, abs(n), 0)


def _need(v):
    # Operand for named methods: Decimal or int, else TypeError (CPython: convert_op_raise).
    d = _operand(v)
    if d is NotImplemented:
        raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)
    return d


# ---- __format__ ------------------------------------------------------------------------------

def _parse_spec(spec):
    i, n = 0, len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in '<>=^':
        align, i = spec[0], 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign, i = spec[i], i + 1
    zcoerce = zero = False
    if i < n and spec[i] == 'z':
        zcoerce, i = True, i + 1
    if i < n and spec[i] == '0':
        if align is not None:
            raise ValueError('invalid format string')
        zero, i = True, i + 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep, i = spec[i], i + 1
    prec = None
    if i < n and spec[i] == '.':
        j = i = i + 1
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n and spec[i] in 'eEfFgGn%':
        typ, i = spec[i], i + 1
    if i != n or (typ == 'n' and sep):
        raise ValueError('invalid format string')
    if zero and align is None:
        fill, align = '0', '='
    return fill, align or '>', sign, zcoerce, zero, width, sep, prec, typ


def _group(digits, sep, min_width):
    # Insert sep every three digits from the right, zero-padding up to min_width.
    groups = []
    while True:
        ln = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (ln - len(digits)) + digits[-ln:])
        digits = digits[:-ln]
        min_width -= ln
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format(d, spec, ctx):
    fill, align, signopt, zcoerce, zero, width, sep, prec, typ = _parse_spec(spec)
    rounding = ctx.rounding
    if d._kind != _FIN:
        if zero:
            fill, align, zero = ' ', '>', False
        body = str(d.copy_abs())
        if typ == '%':
            body += '%'
        exp_part, intpart, frac = '', body, ''
        sep = ''
    else:
        sign, coef, exp = d._sign, d._int, d._exp
        if typ == '%':
            exp += 2
        x = _dec(sign, coef, exp)
        if typ in ('e', 'E'):
            if prec is not None and coef:
                target = x.adjusted() - prec
                coef, _ = _rescale(x, target, rounding)
                exp = target
                if _nlen(coef) > prec + 1:
                    coef, exp = coef // 10, exp + 1
        elif typ in ('f', 'F', '%'):
            if prec is not None:
                coef, _ = _rescale(x, -prec, rounding)
                exp = -prec
            elif not coef and exp > 0:
                exp = 0
        elif prec is not None and coef:
            p = max(prec, 1)
            if _nlen(coef) > p:
                target = x.adjusted() + 1 - p
                coef, _ = _rescale(x, target, rounding)
                exp = target
                if _nlen(coef) > p:
                    coef, exp = coef // 10, exp + 1
        digits = str(coef)
        left = exp + len(digits)
        if typ in ('e', 'E'):
            dot = 1 if coef or prec is None else 1 - prec
        elif typ in ('f', 'F', '%'):
            dot = left
        elif exp <= 0 and left > -6:
            dot = left
        else:
            dot = 1
        if dot <= 0:
            intpart, frac = '0', '0' * -dot + digits
        elif dot >= len(digits):
            intpart, frac = digits + '0' * (dot - len(digits)), ''
        else:
            intpart, frac = digits[:dot], digits[dot:]
        e = left - dot
        if typ in ('e', 'E') or e:
            if typ in ('e', 'E', 'G'):
                ech = 'E' if typ in ('E', 'G') else 'e'
            elif typ is None:
                ech = 'E' if ctx.capitals else 'e'
            else:
                ech = 'e'
            exp_part = ech + '%+d' % e
        else:
            exp_part = ''
        if typ == '%':
            exp_part += '%'
        if zcoerce and not coef:
            d = d.copy_abs()
    sgn = '-' if d._sign else ('' if signopt == '-' else signopt)
    tail = ('.' + frac if frac else '') + exp_part
    if sep or zero:
        mw = width - len(sgn) - len(tail) if zero else 0
        if sep:
            intpart = _group(intpart, sep, mw)
        elif mw > len(intpart):
            intpart = '0' * (mw - len(intpart)) + intpart
    body = intpart + tail
    pad = width - len(sgn) - len(body)
    if pad <= 0:
        return sgn + body
    if align == '<':
        return sgn + body + fill * pad
    if align == '>':
        return fill * pad + sgn + body
    if align == '=':
        return sgn + fill * pad + body
    half = pad // 2
    return fill * half + sgn + body + fill * (pad - half)


# ---- contexts --------------------------------------------------------------------------------

class _SignalDict(object):
    # Mapping view of a context's flag or trap bits, keyed by signal classes.
    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, sig):
        if sig not in _SIGMASK:
            raise KeyError(sig)
        return bool(self._bits() & _SIGMASK[sig])

    def __setitem__(self, sig, value):
        if sig not in _SIGMASK:
            raise KeyError(sig)
        bits = self._bits()
        bits = bits | _SIGMASK[sig] if value else bits & ~_SIGMASK[sig]
        setattr(self._ctx, self._attr, bits)

    def __contains__(self, sig):
        return sig in _SIGMASK

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[s] for s in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s in _SIGNALS]

    def get(self, sig, default=None):
        return self[sig] if sig in _SIGMASK else default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other.copy()
        return self.copy() == other

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (s, self[s]) for s in _SIGNALS) + '}'


def _bits_of(spec):
    if spec is None:
        return None
    if isinstance(spec, (list, tuple)):
        bits = 0
        for s in spec:
            bits |= _SIGMASK[s]
        return bits
    bits = 0
    for s, v in spec.items():
        if v:
            bits |= _SIGMASK[s]
    return bits


class Context(object):
    """Contains the context for a Decimal instance."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        t = _bits_of(traps)
        self._traps = t if t is not None else (dc._traps if dc else _INVALID | _DZ | _OV)
        f = _bits_of(flags)
        self._flags = f if f is not None else 0

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(value, 1, MAX_PREC, 'prec', '[1, MAX_PREC]')
        elif name == 'Emin':
            _check_int(value, MIN_EMIN, 0, 'Emin', '[MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int(value, 0, MAX_EMAX, 'Emax', '[0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            _check_int(value, 0, 1, name, '[0, 1]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            bits = _bits_of(value)
            object.__setattr__(self, '_' + name, bits)
            return
        elif name not in ('_flags', '_traps'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    def _apply(self, pair):
        # Record status bits; raise the first trapped signal (CPython: dec_addstatus).
        res, status = pair
        if status:
            self._flags |= status
            hit = status & self._traps
            if hit:
                names = [c for i, c in enumerate(_CONDS) if hit & (1 << i)]
                for sig in _SIGNALS:
                    if hit & _SIGMASK[sig]:
                        raise sig(names)
        return res

    def __repr__(self):
        def names(bits):
            out = []
            for bit, name in _REPR_ORDER:
                if bits & bit and name not in out:
                    out.append(name)
            return '[' + ', '.join(out) + ']'
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (self.prec, self.rounding, self.Emin, self.Emax,
                                         self.capitals, self.clamp, names(self._flags),
                                         names(self._traps)))

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        c._flags, c._traps = self._flags, self._traps
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, [s for s in _SIGNALS if self._flags & _SIGMASK[s]],
                          [s for s in _SIGNALS if self._traps & _SIGMASK[s]]))

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        d, st = _convert(num, self, False)
        if st & _FO:
            self._apply((None, _FO))
        elif st:
            return self._apply((d, st))
        if d._kind >= _QNAN:
            if d._int and _nlen(d._int) > self.prec - self.clamp:
                return self._apply(_nan_result(0, _CS))
            return d
        return self._apply(_fixed(d, self))

    def create_decimal_from_float(self, f):
        return self._apply(_fixed(Decimal.from_float(f), self))

    def _divmod(self, a, b):
        # Quotient and remainder; their statuses are recorded together (CPython: mpd_qdivmod).
        r = _nans(self, a, b)
        sign = a._sign ^ b._sign
        if r:
            q, rem, st = r[0], r[0], r[1]
        elif a._kind == _INF:
            q = _dec(0, 0, 0, _QNAN) if b._kind == _INF else _dec(sign, 0, 0, _INF)
            rem, st = _dec(0, 0, 0, _QNAN), _IO
        elif b._kind == _INF:
            (q, rem), st = (_dec(sign, 0, 0), _fixed(a, self)[0]), _fixed(a, self)[1]
        elif not b._int:
            q = _dec(0, 0, 0, _QNAN) if not a._int else _dec(sign, 0, 0, _INF)
            rem, st = _dec(0, 0, 0, _QNAN), (_DU if not a._int else _DZ | _IO)
        else:
            got = _divmod_core(a, b, self)
            if got is None:
                q = rem = _dec(0, 0, 0, _QNAN)
                st = _DI
            else:
                q, st1 = _finish(got[0][0], got[0][1], 0, self)
                rem, st2 = _finish(*got[1], self)
                st = st1 | st2
        self._apply((None, st))
        return q, rem

    def _powmod(self, a, b, m):
        r = _nans(self, a, b, m)
        if r:
            return self._apply(r)
        if not all(_is_integral(x) for x in (a, b, m)) or b._sign or not m._int or \
                (not a._int and not b._int) or _nlen(m._int * 10 ** max(m._exp, 0)) > self.prec:
            return self._apply(_nan_result())
        mv = abs(_to_int(m))
        v = pow(abs(_to_int(a)), _to_int(b), mv)
        sign = a._sign if _to_int(b) & 1 else 0
        return _dec(sign, v, 0)

    # named operations
    def abs(self, a):
        return _need(a).__abs__(context=self)

    def add(self, a, b):
        return self._apply(_add(_need(a), _need(b), self))

    def subtract(self, a, b):
        return self._apply(_add(_need(a), _need(b), self, True))

    def multiply(self, a, b):
        return self._apply(_mul(_need(a), _need(b), self))

    def divide(self, a, b):
        return self._apply(_div(_need(a), _need(b), self))

    def divide_int(self, a, b):
        return self._apply(_divint(_need(a), _need(b), self))

    def remainder(self, a, b):
        return self._apply(_rem(_need(a), _need(b), self))

    def divmod(self, a, b):
        return self._divmod(_need(a), _need(b))

    def power(self, a, b, modulo=None):
        return _need(a).__pow__(_need(b), modulo, self)

    def plus(self, a):
        return _need(a).__pos__(self)

    def minus(self, a):
        return _need(a).__neg__(self)

    def to_sci_string(self, a):
        return _need(a).__str__(False, self)

    def to_eng_string(self, a):
        return _need(a).__str__(True, self)

    def radix(self):
        return _dec(0, 10, 0)


def _delegate(name, with_ctx):
    # Context.<name>(a, ...) == Decimal(a).<name>(..., context=self)
    def method(self, a, *args):
        d = _need(a)
        return getattr(d, name)(*args, context=self) if with_ctx else getattr(d, name)(*args)
    method.__name__ = name
    return method


for _n in ('sqrt exp ln log10 normalize compare compare_signal max min max_mag min_mag fma '
           'remainder_near next_plus next_minus next_toward scaleb logb number_class is_normal '
           'is_subnormal to_integral_value to_integral_exact to_integral quantize').split():
    setattr(Context, _n, _delegate(_n, True))
for _n in ('copy_abs copy_negate copy_sign same_quantum compare_total compare_total_mag is_zero '
           'is_signed is_nan is_qnan is_snan is_finite is_infinite is_canonical canonical').split():
    setattr(Context, _n, _delegate(_n, False))


def _check_int(value, lo, hi, name, rng):
    if not isinstance(value, int):
        raise TypeError('%s must be an integer' % name if name in ('capitals', 'clamp')
                        else 'an integer is required')
    if not lo <= value <= hi:
        if hi == 1:
            raise ValueError('valid values for %s are 0 or 1' % name)
        raise ValueError('valid range for %s is %s' % (name, rng))


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[
    InvalidOperation, DivisionByZero, Overflow, Underflow, Clamped])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

# weft has no threads, so one module-level current context stands in for the context var.
_current = None


def getcontext():
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    c = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(c, k, v)
    return _ContextManager(c)
