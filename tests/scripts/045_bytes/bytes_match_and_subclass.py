# bytes in match statements, as dict keys, sorted, and compared with str (never equal).
for packet in [b"\x01ok", b"\x02", bytearray(b"\x03zz"), b""]:
    match packet[:1]:
        case b"\x01":
            print("hello", packet[1:])
        case b"\x02":
            print("ping")
        case b"":
            print("empty")
        case other:
            print("unknown", other)
print(b"a" == "a", b"a" != "a", sorted([b"b", b"a", b"ab"]), {b"k": 1, "k": 2})
print(bytes(range(5)), bytearray(range(250, 256)), list(bytes(b"\x00\xff")), b"%d" if False else bytes(4))
