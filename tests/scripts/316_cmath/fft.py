# Realistic program: recursive FFT of a small signal, inverse, and spectrum printed rounded.
import cmath, math

def fft(x, sign=-1):
    n = len(x)
    if n == 1:
        return list(x)
    even = fft(x[0::2], sign)
    odd = fft(x[1::2], sign)
    out = [0j] * n
    for k in range(n // 2):
        w = cmath.exp(sign * 2j * cmath.pi * k / n) * odd[k]
        out[k] = even[k] + w
        out[k + n // 2] = even[k] - w
    return out

def ifft(X):
    return [v / len(X) for v in fft(X, +1)]

N = 16
signal = [math.sin(2 * math.pi * 3 * t / N) + 0.5 * math.cos(2 * math.pi * 5 * t / N) + 0.25
          for t in range(N)]
spec = fft(signal)
for k, v in enumerate(spec):
    mag, ph = cmath.polar(v)
    print(k, '%8.4f %8.4f' % (round(mag, 4) + 0.0, round(ph, 3) + 0.0 if mag > 1e-9 else 0.0))
back = ifft(spec)
print(max(abs(b - s) for b, s in zip(back, signal)) < 1e-12)
print([round(b.real, 6) for b in back[:6]])
print(repr(spec[3]), repr(spec[5]))
# twiddle factors bit for bit
print([repr(cmath.exp(-2j * cmath.pi * k / 8)) for k in range(4)])
print([repr(cmath.rect(1, -2 * math.pi * k / 8)) for k in range(4)])
