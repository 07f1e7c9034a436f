# memoryview over bytes and bytearray: indexing, slices, writes, exports blocking resizes, release and with.
b = bytearray(b'hello world')
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[0:5]), m[6:].tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize, m.shape, m.obj is b)
m[0] = 72
m[6:11] = b'WORLD'
print(b, m == b'Hello WORLD', m[::2].tobytes(), list(m[:3]), m.hex())
try:
    b.append(33)
except BufferError as e:
    print("BufferError", e)
m.release()
b.append(33)
print(b, repr(m).startswith('<released memory at 0x'))
ro = memoryview(b'abc')
print(ro.readonly, bytes(ro), ro[1:].tobytes(), b'x' + ro, bytearray(ro))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
with memoryview(bytearray(b'xy')) as v:
    print(v[1])
try:
    v[0]
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: memoryview('str'), lambda: memoryview(b'ab')[5], lambda: memoryview(bytearray(b'a')).__setitem__(0, 300)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(m, memoryview), type(m).__name__)
