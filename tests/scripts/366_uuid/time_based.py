# uuid1: version 1, increasing timestamps, the given node and clock_seq, getnode() stable and 48-bit
import uuid

a = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
b = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(a.version, a.variant, hex(a.node), hex(a.clock_seq), a.is_safe)
print(a.time < b.time, a < b, str(a)[-12:])
# 1 Jan 2020 or later, in 100 ns units since 15 Oct 1582
print(a.time > (1577836800 * 10_000_000 + 0x01b21dd213814000))
node = uuid.getnode()
print(node == uuid.getnode(), 0 <= node < (1 << 48), type(node).__name__)
c = uuid.uuid1()
print(c.version, c.node == node, c.variant)
d = uuid.uuid1(clock_seq=0xffff)
print(hex(d.clock_seq), d.clock_seq_hi_variant >> 6)
stamps = [uuid.uuid1().time for _ in range(50)]
print(all(x < y for x, y in zip(stamps, stamps[1:])))
