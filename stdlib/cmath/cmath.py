# cmath -- mathematical functions for complex numbers, written for weft.
# Each function works on the (real, imag) float pair with weft's math module, following the
# algorithms and C99 Annex G special-value tables of CPython's Modules/cmathmodule.c so that
# results are bit-identical; kernels return (re, im, err) where err mimics C's errno.

import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
infj = complex(0.0, math.inf)
nan = math.nan
nanj = complex(0.0, math.nan)

_isfinite = math.isfinite
_isinf = math.isinf
_isnan = math.isnan
_copysign = math.copysign

_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e308 / 4.0          # CM_LARGE_DOUBLE
_SQRT_LARGE = math.sqrt(_LARGE)
_LOG_LARGE = math.log(_LARGE)
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_MANT = 53                                       # DBL_MANT_DIG
_SCALE_UP = 53                                   # odd, turns subnormals into normals
_SCALE_DOWN = -27

_OK, _EDOM, _ERANGE = 0, 1, 2


# ---------------------------------------------------------------- arguments

def _real_arg(x):
    """Convert x to a float the way PyFloat_AsDouble does."""
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        return float(x)
    f = getattr(type(x), '__float__', None)
    if f is not None:
        r = f(x)
        if not isinstance(r, float):
            raise TypeError('%s.__float__ returned non-float (type %s)'
                            % (type(x).__name__, type(r).__name__))
        return r
    if getattr(type(x), '__index__', None) is not None:
        return float(x.__index__())
    raise TypeError('must be real number, not ' + type(x).__name__)


def _complex_arg(z):
    """Convert z to a (real, imag) pair the way PyComplex_AsCComplex does."""
    if isinstance(z, complex):
        return z.real, z.imag
    c = getattr(type(z), '__complex__', None)
    if c is not None:
        r = c(z)
        if not isinstance(r, complex):
            raise TypeError('__complex__ returned non-complex (type %s)' % type(r).__name__)
        return r.real, r.imag
    return _real_arg(z), 0.0


def _one_arg(name, args, kwargs):
    if kwargs:
        raise TypeError('cmath.%s() takes no keyword arguments' % name)
    if len(args) != 1:
        raise TypeError('cmath.%s() takes exactly one argument (%d given)' % (name, len(args)))
    return _complex_arg(args[0])


def _raise(err):
    if err == _EDOM:
        raise ValueError('math domain error')
    raise OverflowError('math range error')


# ---------------------------------------------------------------- special values

def _special_type(d):
    """Index into the 7x7 tables: -inf, neg, -0, +0, pos, +inf, nan."""
    if _isfinite(d):
        if d != 0.0:
            return 4 if _copysign(1.0, d) == 1.0 else 1
        return 3 if _copysign(1.0, d) == 1.0 else 2
    if _isnan(d):
        return 6
    return 5 if d > 0 else 0


# Tables of C99 Annex G results, rows by the real part's type, columns by the imaginary
# part's type (see _special_type).  Tokens: P=pi, P34/P12/P14 = 3pi/4, pi/2, pi/4,
# I=inf, N=nan; U marks an entry that is never looked up (finite nonzero input).
_TABLE_SRC = {
    'acos': "P34,I P,I P,I P,-I P,-I P34,-I N,I;P12,I U U U U P12,-I N,N;"
            "P12,I U P12,0 P12,-0 U P12,-I P12,N;P12,I U P12,0 P12,-0 U P12,-I P12,N;"
            "P12,I U U U U P12,-I N,N;P14,I 0,I 0,I 0,-I 0,-I P14,-I N,I;"
            "N,I N,N N,N N,N N,N N,-I N,N",
    'acosh': "I,-P34 I,-P I,-P I,P I,P I,P34 I,N;I,-P12 U U U U I,P12 N,N;"
             "I,-P12 U 0,-P12 0,P12 U I,P12 N,N;I,-P12 U 0,-P12 0,P12 U I,P12 N,N;"
             "I,-P12 U U U U I,P12 N,N;I,-P14 I,-0 I,-0 I,0 I,0 I,P14 I,N;"
             "I,N N,N N,N N,N N,N I,N N,N",
    'asinh': "-I,-P14 -I,-0 -I,-0 -I,0 -I,0 -I,P14 -I,N;-I,-P12 U U U U -I,P12 N,N;"
             "-I,-P12 U -0,-0 -0,0 U -I,P12 N,N;I,-P12 U 0,-0 0,0 U I,P12 N,N;"
             "I,-P12 U U U U I,P12 N,N;I,-P14 I,-0 I,-0 I,0 I,0 I,P14 I,N;"
             "I,N N,N N,-0 N,0 N,N I,N N,N",
    'atanh': "-0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N;-0,-P12 U U U U -0,P12 N,N;"
             "-0,-P12 U -0,-0 -0,0 U -0,P12 -0,N;0,-P12 U 0,-0 0,0 U 0,P12 0,N;"
             "0,-P12 U U U U 0,P12 N,N;0,-P12 0,-P12 0,-P12 0,P12 0,P12 0,P12 0,N;"
             "0,-P12 N,N N,N N,N N,N 0,P12 N,N",
    'cosh': "I,N U I,0 I,-0 U I,N I,N;N,N U U U U N,N N,N;"
            "N,0 U 1,0 1,-0 U N,0 N,0;N,0 U 1,-0 1,0 U N,0 N,0;"
            "N,N U U U U N,N N,N;I,N U I,-0 I,0 U I,N I,N;"
            "N,N N,N N,0 N,0 N,N N,N N,N",
    'exp': "0,0 U 0,-0 0,0 U 0,0 0,0;N,N U U U U N,N N,N;"
           "N,N U 1,-0 1,0 U N,N N,N;N,N U 1,-0 1,0 U N,N N,N;"
           "N,N U U U U N,N N,N;I,N U I,-0 I,0 U I,N I,N;"
           "N,N N,N N,-0 N,0 N,N N,N N,N",
    'log': "I,-P34 I,-P I,-P I,P I,P I,P34 I,N;I,-P12 U U U U I,P12 N,N;"
           "I,-P12 U -I,-P -I,P U I,P12 N,N;I,-P12 U -I,-0 -I,0 U I,P12 N,N;"
           "I,-P12 U U U U I,P12 N,N;I,-P14 I,-0 I,-0 I,0 I,0 I,P14 I,N;"
           "I,N N,N N,N N,N N,N I,N N,N",
    'sinh': "I,N U -I,-0 -I,0 U I,N I,N;N,N U U U U N,N N,N;"
            "0,N U -0,-0 -0,0 U 0,N 0,N;0,N U 0,-0 0,0 U 0,N 0,N;"
            "N,N U U U U N,N N,N;I,N U I,-0 I,0 U I,N I,N;"
            "N,N N,N N,-0 N,0 N,N N,N N,N",
    'sqrt': "I,-I 0,-I 0,-I 0,I 0,I I,I N,I;I,-I U U U U I,I N,N;"
            "I,-I U 0,-0 0,0 U I,I N,N;I,-I U 0,-0 0,0 U I,I N,N;"
            "I,-I U U U U I,I N,N;I,-I I,-0 I,-0 I,0 I,0 I,I I,N;"
            "I,-I N,N N,N N,N N,N I,I N,N",
    # (CPython 3.11 values; later versions changed tanh(+-0 + nan/inf j), acosh(+-0 + nan j))
    'tanh': "-1,0 U -1,-0 -1,0 U -1,0 -1,0;N,N U U U U N,N N,N;"
            "N,N U -0,-0 -0,0 U N,N N,N;N,N U 0,-0 0,0 U N,N N,N;"
            "N,N U U U U N,N N,N;1,0 U 1,-0 1,0 U 1,0 1,0;"
            "N,N N,N N,-0 N,0 N,N N,N N,N",
    'rect': "I,N U -I,0 -I,-0 U I,N I,N;N,N U U U U N,N N,N;"
            "0,0 U -0,0 -0,-0 U 0,0 0,0;0,0 U 0,-0 0,0 U 0,0 0,0;"
            "N,N U U U U N,N N,N;I,N U I,-0 I,0 U I,N I,N;"
            "N,N N,N N,0 N,0 N,N N,N N,N",
}
_tables = {}


def _table_value(tok):
    neg = tok.startswith('-')
    v = {'P': math.pi, 'P34': 0.75 * math.pi, 'P12': 0.5 * math.pi, 'P14': 0.25 * math.pi,
         'I': math.inf, 'N': math.nan, '0': 0.0, '1': 1.0, 'U': math.nan}[tok.lstrip('-')]
    return -v if neg else v


def _special(name, x, y):
    """Table lookup for a non-finite input (tables are parsed on first use)."""
    t = _tables.get(name)
    if t is None:
        t = [[tuple(_table_value(p) for p in (cell.split(',') if ',' in cell else (cell, cell)))
              for cell in row.split()] for row in _TABLE_SRC[name].split(';')]
        _tables[name] = t
    return t[_special_type(x)][_special_type(y)]


# ---------------------------------------------------------------- kernels

def _hypot(x, y):
    """C hypot() as used by CPython's _Py_c_abs (inf on overflow, no exception)."""
    if _isinf(x) or _isinf(y):
        return math.inf
    try:
        return abs(complex(x, y))
    except OverflowError:
        return math.inf


def _sqrt(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('sqrt', x, y) + (_OK,)
    if x == 0.0 and y == 0.0:
        return 0.0, y, _OK
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot of two subnormals would lose precision: rescale (CPython: cmath_sqrt_impl)
        ax = math.ldexp(ax, _SCALE_UP)
        s = math.ldexp(math.sqrt(ax + _hypot(ax, math.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y), _OK
    return d, _copysign(s, y), _OK


def _log(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('log', x, y) + (_OK,)
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = math.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = (math.log(_hypot(math.ldexp(ax, _MANT), math.ldexp(ay, _MANT)))
                  - _MANT * _LN2)
        else:
            return -math.inf, math.atan2(y, x), _EDOM
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            # near |z| == 1 use log1p for accuracy (CPython: c_log)
            am, an = (ax, ay) if ax > ay else (ay, ax)
            re = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = math.log(h)
    return re, math.atan2(y, x), _OK


def _acos(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('acos', x, y) + (_OK,)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = math.atan2(abs(y), x)
        im = -_copysign(math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        return re, im, _OK
    s1r, s1i, _ = _sqrt(1.0 - x, -y)
    s2r, s2i, _ = _sqrt(1.0 + x, y)
    return 2.0 * math.atan2(s1r, s2r), math.asinh(s2r * s1i - s2i * s1r), _OK


def _acosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('acosh', x, y) + (_OK,)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, math.atan2(y, x), _OK
    s1r, s1i, _ = _sqrt(x - 1.0, y)
    s2r, s2i, _ = _sqrt(x + 1.0, y)
    return math.asinh(s1r * s2r + s1i * s2i), 2.0 * math.atan2(s1i, s2r), _OK


def _asinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('asinh', x, y) + (_OK,)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        m = math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        re = _copysign(m, x) if y >= 0.0 else -_copysign(m, -x)
        return re, math.atan2(y, abs(x)), _OK
    s1r, s1i, _ = _sqrt(1.0 + y, -x)
    s2r, s2i, _ = _sqrt(1.0 - y, x)
    return math.asinh(s1r * s2i - s2r * s1i), math.atan2(y, s1r * s2r - s1i * s2i), _OK


def _asin(x, y):
    # asin(z) = -i asinh(iz)
    r, i, err = _asinh(-y, x)
    return i, -r, err


def _atanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('atanh', x, y) + (_OK,)
    if x < 0.0:
        r, i, err = _atanh(-x, -y)
        return -r, -i, err
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        # large |z|: atanh(z) ~ 1/z +- i*pi/2 (CPython: cmath_atanh_impl)
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, _copysign(math.pi / 2.0, y), _OK
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            return math.inf, y, _EDOM
        re = -math.log(math.sqrt(ay) / math.sqrt(_hypot(ay, 2.0)))
        return re, _copysign(math.atan2(2.0, -ay) / 2, y), _OK
    re = math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return re, im, _OK


def _atan(x, y):
    # atan(z) = -i atanh(iz)
    r, i, err = _atanh(-y, x)
    return i, -r, err


def _inf_edge(kind, x, y):
    """cosh/sinh/exp of +-inf + iy, y finite nonzero: signs come from cos(y), sin(y)."""
    c = math.cos(y)
    s = math.sin(y)
    if kind == 'exp':
        if x > 0:
            return _copysign(math.inf, c), _copysign(math.inf, s)
        return _copysign(0.0, c), _copysign(0.0, s)
    re = _copysign(math.inf, c)
    im = _copysign(math.inf, s)
    if x < 0:
        if kind == 'cosh':
            im = -im
        else:
            re = -re
    return re, im


def _cosh_sinh(kind, x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            re, im = _inf_edge(kind, x, y)
        else:
            re, im = _special(kind, x, y)
        return re, im, (_EDOM if _isinf(y) and not _isnan(x) else _OK)
    if abs(x) > _LOG_LARGE:
        # cosh(x) itself may overflow while the product does not (CPython: cmath_cosh_impl)
        x = x - _copysign(1.0, x)
        scale = math.e
    else:
        scale = 1.0
    ch = math.cosh(x)
    sh = math.sinh(x)
    if kind == 'cosh':
        re = math.cos(y) * ch * scale
        im = math.sin(y) * sh * scale
    else:
        re = math.cos(y) * sh * scale
        im = math.sin(y) * ch * scale
    return re, im, (_ERANGE if _isinf(re) or _isinf(im) else _OK)


def _cosh(x, y):
    return _cosh_sinh('cosh', x, y)


def _sinh(x, y):
    return _cosh_sinh('sinh', x, y)


def _cos(x, y):
    # cos(z) = cosh(iz)
    return _cosh_sinh('cosh', -y, x)


def _sin(x, y):
    # sin(z) = -i sinh(iz)
    r, i, err = _cosh_sinh('sinh', -y, x)
    return i, -r, err


def _exp(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            re, im = _inf_edge('exp', x, y)
        else:
            re, im = _special('exp', x, y)
        bad = _isinf(y) and (_isfinite(x) or (_isinf(x) and x > 0))
        return re, im, (_EDOM if bad else _OK)
    if x > _LOG_LARGE:
        l = math.exp(x - 1.0)
        re = l * math.cos(y) * math.e
        im = l * math.sin(y) * math.e
    else:
        l = math.exp(x)
        re = l * math.cos(y)
        im = l * math.sin(y)
    return re, im, (_ERANGE if _isinf(re) or _isinf(im) else _OK)


def _tanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            re = 1.0 if x > 0 else -1.0
            im = _copysign(0.0, 2.0 * math.sin(y) * math.cos(y))
        else:
            re, im = _special('tanh', x, y)
        return re, im, (_EDOM if _isinf(y) and _isfinite(x) else _OK)
    if abs(x) > _LOG_LARGE:
        return (_copysign(1.0, x),
                4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x)), _OK)
    # 1 - tanh(x)**2 computed as sech(x)**2 (CPython: cmath_tanh_impl)
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx, _OK


def _tan(x, y):
    # tan(z) = -i tanh(iz)
    r, i, err = _tanh(-y, x)
    return i, -r, err


def _log10(x, y):
    r, i, err = _log(x, y)
    return r / _LN10, i / _LN10, err


def _quot(ar, ai, br, bi):
    """Complex division as CPython 3.11's _Py_c_quot (Smith's method); err on 0 divisor."""
    abr = abs(br)
    abi = abs(bi)
    if abr >= abi:
        if abr == 0.0:
            return 0.0, 0.0, _EDOM
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom, _OK
    if abi >= abr:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom, _OK
    return math.nan, math.nan, _OK


# ---------------------------------------------------------------- public functions

def _make(name, kernel):
    def func(*args, **kwargs):
        x, y = _one_arg(name, args, kwargs)
        re, im, err = kernel(x, y)
        if err:
            _raise(err)
        return complex(re, im)
    func.__name__ = func.__qualname__ = name
    return func


acos = _make('acos', _acos)
acosh = _make('acosh', _acosh)
asin = _make('asin', _asin)
asinh = _make('asinh', _asinh)
atan = _make('atan', _atan)
atanh = _make('atanh', _atanh)
cos = _make('cos', _cos)
cosh = _make('cosh', _cosh)
exp = _make('exp', _exp)
log10 = _make('log10', _log10)
sin = _make('sin', _sin)
sinh = _make('sinh', _sinh)
sqrt = _make('sqrt', _sqrt)
tan = _make('tan', _tan)
tanh = _make('tanh', _tanh)


def log(*args, **kwargs):
    """log(z[, base]) -> the logarithm of z to the given base (natural log by default)."""
    if kwargs:
        raise TypeError('cmath.log() takes no keyword arguments')
    n = len(args)
    if n < 1:
        raise TypeError('log expected at least 1 argument, got 0')
    if n > 2:
        raise TypeError('log expected at most 2 arguments, got %d' % n)
    x, y = _complex_arg(args[0])
    re, im, err = _log(x, y)
    if n == 2:
        bx, by = _complex_arg(args[1])
        # the base's log overwrites the error state of the first one (CPython: cmath_log_impl)
        br, bi, err = _log(bx, by)
        re, im, qerr = _quot(re, im, br, bi)
        err = qerr or err
    if err:
        _raise(err)
    return complex(re, im)


def phase(*args, **kwargs):
    """Return the argument (phase angle) of a complex number."""
    x, y = _one_arg('phase', args, kwargs)
    phi = math.atan2(y, x)
    # C's atan2 flags an underflow to zero as ERANGE, which CPython reports (CPython: cmath_phase_impl)
    if phi == 0.0 and y != 0.0 and _isfinite(x):
        _raise(_ERANGE)
    return phi


def polar(*args, **kwargs):
    """Convert a complex number to polar coordinates (r, phi)."""
    x, y = _one_arg('polar', args, kwargs)
    phi = math.atan2(y, x)
    r = _hypot(x, y)
    if _isinf(r) and _isfinite(x) and _isfinite(y):
        _raise(_ERANGE)
    return r, phi


def rect(*args, **kwargs):
    """Convert polar coordinates (r, phi) to a complex number."""
    if kwargs:
        raise TypeError('cmath.rect() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('rect expected 2 arguments, got %d' % len(args))
    r = _real_arg(args[0])
    phi = _real_arg(args[1])
    if not (_isfinite(r) and _isfinite(phi)):
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            c = _copysign(math.inf, math.cos(phi))
            s = _copysign(math.inf, math.sin(phi))
            re, im = (c, s) if r > 0 else (-c, -s)
        else:
            re, im = _special('rect', r, phi)
        if r != 0.0 and not _isnan(r) and _isinf(phi):
            _raise(_EDOM)
        return complex(re, im)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(*args, **kwargs):
    """True if both the real and imaginary parts are finite."""
    x, y = _one_arg('isfinite', args, kwargs)
    return _isfinite(x) and _isfinite(y)


def isnan(*args, **kwargs):
    """True if the real or the imaginary part is a NaN."""
    x, y = _one_arg('isnan', args, kwargs)
    return _isnan(x) or _isnan(y)


def isinf(*args, **kwargs):
    """True if the real or the imaginary part is infinite."""
    x, y = _one_arg('isinf', args, kwargs)
    return _isinf(x) or _isinf(y)


def isclose(*args, **kwargs):
    """isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): are a and b close in value?"""
    n = len(args) + len(kwargs)
    if n > 4:
        raise TypeError('isclose() takes at most 4 arguments (%d given)' % n)
    if len(args) > 2:
        raise TypeError('isclose() takes exactly 2 positional arguments (%d given)' % len(args))
    vals = []
    for pos, name in enumerate(('a', 'b')):
        if pos < len(args):
            vals.append(args[pos])
        elif name in kwargs:
            vals.append(kwargs[name])
        else:
            raise TypeError("isclose() missing required argument '%s' (pos %d)" % (name, pos + 1))
    for k in kwargs:
        if k not in ('a', 'b', 'rel_tol', 'abs_tol'):
            raise TypeError("'%s' is an invalid keyword argument for isclose()" % k)
    ar, ai = _complex_arg(vals[0])
    br, bi = _complex_arg(vals[1])
    rel_tol = _real_arg(kwargs['rel_tol']) if 'rel_tol' in kwargs else 1e-09
    abs_tol = _real_arg(kwargs['abs_tol']) if 'abs_tol' in kwargs else 0.0
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if ar == br and ai == bi:
        return True
    if _isinf(ar) or _isinf(ai) or _isinf(br) or _isinf(bi):
        return False
    diff = _hypot(ar - br, ai - bi)
    return (diff <= rel_tol * _hypot(br, bi) or diff <= rel_tol * _hypot(ar, ai)
            or diff <= abs_tol)
