# indexing and slicing bytes/bytearray: ints vs bytes results, steps, negative indices, slice deletion with step
data = b"0123456789"
print(data[3], data[-1], data[3:4], data[::-1], data[::3], data[8:2:-2], data[-3:], data[:-7], data[5:5])
ba = bytearray(data)
del ba[::2]
print(ba, ba[0], ba[-1:], bytes(ba[1::2]))
ba[1:1] = b"--"
print(ba)
ba[-2:] = bytearray(b"END")
print(ba, len(ba))
ba[0] = 0x41
print(ba, ba.startswith(b"A"), ba.rfind(b"-"), ba.isdigit())
chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
print(chunks, b"".join(chunks) == data, [c[0] for c in chunks])
try:
    ba[::2] = b"xy"
except ValueError as e:
    print("ValueError:", e)
try:
    print(data[10])
except IndexError as e:
    print("IndexError:", e)
