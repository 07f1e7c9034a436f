# int.to_bytes and int.from_bytes, str(bytes, encoding).
print((255).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (5).to_bytes())
print(int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2]), int.from_bytes(bytearray(b'\x10')))
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle')]:
    try: bad()
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'x', encoding='ascii'), str(object=3))
