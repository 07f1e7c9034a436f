# cmath.isclose: default and custom tolerances, infinities, NaNs, error messages.
import cmath, math

INF, NAN = math.inf, math.nan
def t(*a, **k):
    try:
        print(a, k, cmath.isclose(*a, **k))
    except Exception as e:
        print(a, k, type(e).__name__ + ":", e)

t(1, 1)
t(1 + 1j, 1 + 1.0000000001j)
t(1 + 1j, 1 + 1.00000001j)
t(1 + 1j, 1 + 1.00000001j, rel_tol=1e-7)
t(0, 1e-10)
t(0, 1e-10, abs_tol=1e-9)
t(1e-10j, 0, abs_tol=1e-10)
t(complex(INF, 0), complex(INF, 0))
t(complex(INF, 0), complex(-INF, 0))
t(complex(INF, 1), complex(INF, 2))
t(complex(NAN, 0), complex(NAN, 0))
t(complex(1, NAN), 1)
t(INF, 1e308)
t(1e308, 1.7e308)
t(-1e308 + 1e308j, 1e308 - 1e308j, rel_tol=1.0)
t(1, 2, rel_tol=0.5)
t(1, 2, rel_tol=0.49)
t(1, 2, rel_tol=-1)
t(1, 2, abs_tol=-0.0)
t(1, 2, abs_tol=-1e-300)
t(1, 2, rel_tol='x')
t(1, 2, rel_tol=1, abs_tol=INF)
t(1, 2, rel_tol=NAN)
t(True, 1.0)
t(3, 3 + 0j, rel_tol=0)
