# math: log/log2/log10 of ints beyond float range (CPython: loghelper uses frexp-style scaling, never float(n)).
import math
big = 10 ** 400
for expr in ["math.log(big)", "math.log10(big)", "math.log2(2 ** 5000)", "math.log(big, 10)", "math.log(3 ** 1000) / math.log(3)",
             "math.log(2 ** 1024)", "math.log10(-big)", "math.log2(big * big)", "round(math.log(big, 7), 9)"]:
    try:
        print(expr, "->", eval(expr))
    except (ValueError, OverflowError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
