# Realistic: calibrate a temperature sensor against a reference and flag outliers in new readings.
from statistics import linear_regression, correlation, NormalDist, median, stdev, mean, quantiles, StatisticsError
reference = [0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0]
raw = [1.2, 11.0, 21.3, 31.1, 41.9, 51.8, 62.4, 72.1]
fit = linear_regression(raw, reference)
print("fit:", fit, "r =", correlation(raw, reference))
calibrate = lambda v: fit.slope * v + fit.intercept
residuals = [calibrate(r) - t for r, t in zip(raw, reference)]
print("residuals:", [round(x, 4) for x in residuals], "stdev", stdev(residuals))
noise = NormalDist.from_samples(residuals)
readings = [25.3, 25.9, 24.8, 31.0, 25.5, 19.2, 25.1, 25.7]
temps = [calibrate(r) for r in readings]
centre = median(temps)
q1, q2, q3 = quantiles(temps)
iqr = q3 - q1
for r, t in zip(readings, temps):
    out = t < q1 - 1.5 * iqr or t > q3 + 1.5 * iqr
    print(f"raw {r:5.1f} -> {t:7.3f} C {'OUTLIER' if out else ''}".rstrip())
print("median", centre, "iqr", iqr, "mean", mean(temps))
print("95% band:", [round(x, 4) for x in (noise.inv_cdf(0.025), noise.inv_cdf(0.975))])
print("prob |error| < 0.5:", noise.cdf(0.5) - noise.cdf(-0.5))
try:
    linear_regression([5.0] * 3, [1.0, 2.0, 3.0])
except StatisticsError as e:
    print(type(e).__name__ + ":", e)
