# Allocations a script sizes beyond the machine end in MemoryError / OverflowError, never an abort.
cases = [
    ("'x' * 10**12", lambda: 'x' * 10**12),
    ("b'x' * 10**12", lambda: b'x' * 10**12),
    ("[0] * 10**12", lambda: [0] * 10**12),
    ("(0,) * 10**12", lambda: (0,) * 10**12),
    ("'ab' * 2**62", lambda: 'ab' * 2**62),
    ("'x' * 10**20", lambda: 'x' * 10**20),
    ("'x'.ljust(10**12)", lambda: 'x'.ljust(10**12)),
    ("'x'.center(10**12, '*')", lambda: 'x'.center(10**12, '*')),
    ("'-1'.zfill(10**12)", lambda: '-1'.zfill(10**12)),
    ("b'x'.rjust(10**12)", lambda: b'x'.rjust(10**12)),
    ("b'1'.zfill(10**12)", lambda: b'1'.zfill(10**12)),
    ("'a\\tb'.expandtabs(10**10)", lambda: 'a\tb'.expandtabs(10**10)),
    ("b'a\\tb'.expandtabs(-10**10)", lambda: b'a\tb'.expandtabs(-10**10)),
    ("bytes(10**12)", lambda: bytes(10**12)),
    ("bytearray(10**12)", lambda: bytearray(10**12)),
    ("1 << 10**12", lambda: 1 << 10**12),
    ("format(1, '1000000000000')", lambda: format(1, '1000000000000')),
    ("format(10**30, '>1000000000000')", lambda: format(10**30, '>1000000000000')),
    ("'{:1000000000000}'.format('x')", lambda: '{:1000000000000}'.format('x')),
    ("f'{1.5:1000000000000}'", lambda: f'{1.5:1000000000000}'),
    ("format(1j, '1000000000000')", lambda: format(1j, '1000000000000')),
    ("'%*d' % (10**12, 1)", lambda: '%*d' % (10**12, 1)),
    ("'%1000000000000s' % 'x'", lambda: '%1000000000000s' % 'x'),
    ("b'%1000000000000d' % 1", lambda: b'%1000000000000d' % 1),
    ("format(1, '100000000000000000000')", lambda: format(1, '100000000000000000000')),
]
for name, make in cases[-1:]:
    try:
        make()
    except ValueError as e:
        print(name, type(e).__name__, e)
cases.pop()
for name, make in cases:
    try:
        make()
        print(name, "made")
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, e)
print("still running")
