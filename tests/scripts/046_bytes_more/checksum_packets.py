# building and parsing a tiny binary packet format with bytearray, int.to_bytes and a XOR checksum
def build(kind, payload):
    body = bytearray()
    body.append(kind)
    body += len(payload).to_bytes(2, "big")
    body += payload
    chk = 0
    for b in body:
        chk ^= b
    body.append(chk)
    return bytes(body)
def parse(pkt):
    kind, size = pkt[0], int.from_bytes(pkt[1:3], "big")
    payload, chk = pkt[3:3 + size], pkt[3 + size]
    calc = 0
    for b in pkt[:3 + size]:
        calc ^= b
    return kind, payload, chk == calc
packets = [build(1, b"hello"), build(2, "héllo".encode()), build(3, bytes(range(5)))]
for p in packets:
    print(p.hex(" "), parse(p))
stream = b"".join(packets)
pos = 0
while pos < len(stream):
    size = int.from_bytes(stream[pos + 1:pos + 3], "big")
    print(parse(stream[pos:pos + 4 + size])[1])
    pos += 4 + size
corrupt = bytearray(packets[0])
corrupt[4] ^= 0xFF
print(parse(bytes(corrupt)))
