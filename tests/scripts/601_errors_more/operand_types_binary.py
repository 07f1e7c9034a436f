# TypeError for unsupported operand types across every binary operator
import operator
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv),
       ("//", operator.floordiv), ("%", operator.mod), ("**", operator.pow), ("<<", operator.lshift),
       (">>", operator.rshift), ("&", operator.and_), ("|", operator.or_), ("^", operator.xor),
       ("@", operator.matmul)]
pairs = [(1, "a"), ([1], 2.5), (None, 1), ({}, {})]
for sym, fn in ops:
    for a, b in pairs:
        try:
            fn(a, b)
        except TypeError as e:
            print(sym, type(e).__name__, e)
for a in ["x", None, [1]]:
    for name, fn in [("-", operator.neg), ("+", operator.pos), ("~", operator.invert), ("abs", abs)]:
        try:
            fn(a)
        except TypeError as e:
            print(name, type(e).__name__, e)
