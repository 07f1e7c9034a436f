# Allocations a script sizes beyond the machine end in MemoryError / OverflowError, never an abort.
cases = [
    ("'x' * 10**12", lambda: 'x' * 10**12),
    ("b'x' * 10**12", lambda: b'x' * 10**12),
    ("[0] * 10**12", lambda: [0] * 10**12),
    ("(0,) * 10**12", lambda: (0,) * 10**12),
    ("'ab' * 2**62", lambda: 'ab' * 2**62),
    ("'x' * 10**20", lambda: 'x' * 10**20),
]
for name, make in cases:
    try:
        make()
        print(name, "made")
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, e)
print("still running")
