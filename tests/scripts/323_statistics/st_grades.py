# Realistic: a grade report for a class using most of the statistics module.
import statistics as st
from fractions import Fraction as F
SCORES = {
    "Ada": [88, 92, 79, 95], "Ben": [72, 65, 80, 70], "Cleo": [95, 98, 91, 99], "Dev": [60, 75, 58, 66],
    "Eva": [85, 85, 90, 88], "Finn": [78, 82, 74, 80], "Gus": [91, 87, 94, 90], "Hana": [55, 68, 62, 59],
}
WEIGHTS = [0.2, 0.2, 0.25, 0.35]
final = {name: st.fmean(s, weights=WEIGHTS) for name, s in SCORES.items()}
finals = list(final.values())
dist = st.NormalDist.from_samples(finals)
cuts = st.quantiles(finals, n=4)

def letter(score):
    z = dist.zscore(score)
    return "A" if z >= 1 else "B" if z >= 0.25 else "C" if z >= -0.5 else "D" if z >= -1.25 else "F"

print(f"{'name':<6}{'final':>8}{'z':>7}  grade  quartile")
for name, score in sorted(final.items(), key=lambda kv: -kv[1]):
    q = sum(score > c for c in cuts) + 1
    print(f"{name:<6}{score:8.2f}{dist.zscore(score):7.2f}  {letter(score):^5}  Q{q}")
print("mean", st.mean(finals), "median", st.median(finals), "stdev", st.stdev(finals))
print("pvariance", st.pvariance(finals), "quartiles", [round(c, 3) for c in cuts])
print("grades", st.multimode(letter(s) for s in finals), "mode", st.mode(letter(s) for s in finals))
exam = [s[3] for s in SCORES.values()]
first = [s[0] for s in SCORES.values()]
print("corr(first, exam)", round(st.correlation(first, exam), 6), st.linear_regression(first, exam))
print("expected share above 90:", round(1 - dist.cdf(90), 4), "top 10% cut:", round(dist.inv_cdf(0.9), 2))
exact = [st.mean(F(x) for x in s) for s in SCORES.values()]
print("exact means", [str(m) for m in exact], "overall", st.mean(exact))
