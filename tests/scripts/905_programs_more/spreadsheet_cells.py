# A spreadsheet with formula cells evaluated lazily with dependency tracking; a reference cycle ends the run.
import re
from functools import reduce

REF = re.compile(r"\b([A-Z])(\d+)\b")


class CycleError(Exception):
    pass


class Sheet:
    FUNCS = {"SUM": lambda *a: sum(a), "MAX": max, "MIN": min, "AVG": lambda *a: sum(a) / len(a),
             "PROD": lambda *a: reduce(lambda x, y: x * y, a, 1)}

    def __init__(self):
        self.cells = {}
        self.cache = {}
        self.evaluating = []

    def set(self, ref, value):
        self.cells[ref] = value
        self.cache.clear()

    def expand(self, formula):
        def rng(m):
            c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            refs = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
            return ",".join(refs)
        return re.sub(r"([A-Z])(\d+):([A-Z])(\d+)", rng, formula)

    def get(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            cycle = self.evaluating[self.evaluating.index(ref):] + [ref]
            raise CycleError(" -> ".join(cycle))
        raw = self.cells.get(ref, 0)
        self.evaluating.append(ref)
        try:
            if isinstance(raw, str) and raw.startswith("="):
                value = self.evaluate(raw[1:])
            else:
                value = raw
        finally:
            self.evaluating.pop()
        self.cache[ref] = value
        return value

    def evaluate(self, formula):
        expr = self.expand(formula)
        expr = REF.sub(lambda m: f"_get({m.group(0)!r})", expr)
        return eval(expr, {"__builtins__": {}}, {"_get": self.get, **self.FUNCS})

    def show(self, rows, cols):
        print("    " + "".join(f"{c:>9}" for c in cols))
        for r in rows:
            vals = []
            for c in cols:
                v = self.get(f"{c}{r}")
                vals.append(f"{v:>9.2f}" if isinstance(v, float) else f"{v!s:>9}")
            print(f"{r:>3} " + "".join(vals))


sheet = Sheet()
data = {"A1": 12, "A2": 7.5, "A3": 30, "B1": 3, "B2": 4, "B3": "=B1+B2",
        "C1": "=A1*B1", "C2": "=A2*B2", "C3": "=A3*B3", "D1": "=SUM(C1:C3)", "D2": "=AVG(A1:A3)",
        "D3": "=MAX(A1:B3) - MIN(A1, A2, B1)", "E1": "=PROD(B1:B3)", "E2": "=D1 / E1", "E3": "'label"}
for k, v in data.items():
    sheet.set(k, v)
sheet.show(range(1, 4), "ABCDE")
print(sheet.expand("SUM(A1:B2)"), len(sheet.cache))
sheet.set("A1", 100)
print("after A1=100:", sheet.get("D1"), sheet.get("E2"))
sheet.set("B1", "=C3/10")
print(sheet.get("A1"), sheet.get("B2"))
print(sheet.get("D1"))
