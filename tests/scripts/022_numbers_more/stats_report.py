# number crunching: mean/median/stdev by hand vs statistics module, percentages formatted to fixed decimals
import statistics
temps = [21.5, 19.0, 23.25, 22.0, 18.75, 25.5, 20.0]
n = len(temps)
mean = sum(temps) / n
var = sum((t - mean) ** 2 for t in temps) / (n - 1)
s = sorted(temps)
median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
print(f"mean={mean:.4f} var={var:.4f} sd={var ** 0.5:.4f} median={median}")
print(statistics.mean(temps), statistics.median(temps), round(statistics.stdev(temps), 10), round(statistics.pstdev(temps), 10))
print(statistics.mode([1, 2, 2, 3, 3, 3]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
counts = {"red": 17, "green": 5, "blue": 28}
total = sum(counts.values())
for color, c in sorted(counts.items(), key=lambda kv: -kv[1]):
    print(f"{color:>6} {c:3d} {c / total:6.1%} {'#' * round(20 * c / total)}")
print(statistics.mean([1, 2, 3, 4]), type(statistics.mean([1, 2])).__name__, statistics.fmean([1, 2, 4]))
