# A Matrix class with operator overloading over Fractions: products, powers, determinant and inverse.
from fractions import Fraction
from functools import reduce
from itertools import product
import operator


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in row] for row in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def det(self):
        if self.n == 1:
            return self[0, 0]
        return sum((-1) ** j * self[0, j] * self.minor(0, j).det() for j in range(self.m))

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

    def inverse(self):
        d = self.det()
        if d == 0:
            raise ZeroDivisionError("matrix is singular")
        cof = [[(-1) ** (i + j) * self.minor(i, j).det() for j in range(self.n)] for i in range(self.n)]
        return Matrix(cof).T() * (1 / d)

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2], [0, 1], [3, -1]])
print(A @ B)
print((A + A.T()) == 2 * A, A.det(), Matrix.identity(2) ** 5 == Matrix.identity(2))
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), inv[0, 0], type(inv[1, 2]).__name__)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1])
trace = sum(A[i, i] for i in range(3))
print("trace", trace, "sum", reduce(operator.add, (A[i, j] for i, j in product(range(3), repeat=2))))
for bad in (lambda: B @ B, lambda: Matrix([[1, 2], [2, 4]]).inverse()):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, "-", e)
print(Matrix([[Fraction(1, 3), 0.5]]) * 6)
