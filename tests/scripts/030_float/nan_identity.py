# NaN: never equal to itself, but containers compare items by identity first
import math
nan = float("nan")
print(nan == nan, nan != nan, nan is nan)
print([nan] == [nan], nan in [nan], (nan,) == (nan,), nan in {nan}, {1: nan} == {1: nan})
print([nan].count(nan), [nan].index(nan), (1, nan).index(nan))
print([float("nan")] == [float("nan")], float("nan") in [float("nan")])
print(math.nan in [math.nan], math.isnan(nan), -nan, float("-nan"), f"{nan:8.2f}|")
print(sorted([3.0, 1.0, 2.0]), max(1.0, 2.0))
d = {nan: "x"}
print(d[nan], nan in d, float("nan") in d)
