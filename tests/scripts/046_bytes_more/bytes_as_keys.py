# bytes as dict keys and in sets, counting byte frequencies, sorting byte strings, bytes vs bytearray hashability
packets = [b"ping", b"pong", b"ping", b"data:1", b"ping", b"data:2", b"pong"]
counts = {}
for p in packets:
    counts[p] = counts.get(p, 0) + 1
print(sorted(counts.items()), sorted(set(packets)), b"ping" in counts)
freq = [0] * 256
for b in b"abracadabra":
    freq[b] += 1
print([(chr(i), n) for i, n in enumerate(freq) if n])
print(sorted([b"b", b"B", b"a", b"\xff", b"", b"ab"]), min(packets), max(packets, key=len))
print(hash(b"abc") == hash(b"abc"), {bytes(bytearray(b"k")): 1}, b"k" == bytearray(b"k"))
print({b"x": 1}.get(bytearray(b"x").__class__.__name__.encode()[:0] + b"x"))
seen = {bytearray(b"mutable")}
