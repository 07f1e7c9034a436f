# parsing a length-prefixed message whose declared length is too long: IndexError escapes
msg = bytes([3]) + b"abc" + bytes([5]) + b"hi"
pos = 0
while pos < len(msg):
    n = msg[pos]
    field = msg[pos + 1:pos + 1 + n]
    print("field", field, "declared", n)
    last = msg[pos + n]
    print("last byte", last)
    pos += 1 + n
