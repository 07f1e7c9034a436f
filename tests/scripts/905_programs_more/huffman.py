# Huffman compression: build the tree with heapq, encode a text to packed bytes, decode it back and verify with sha256.
import heapq
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from itertools import count
from typing import Optional


@dataclass(order=True)
class Node:
    weight: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["Node"] = field(default=None, compare=False, repr=False)
    right: Optional["Node"] = field(default=None, compare=False, repr=False)


def build_tree(text):
    tick = count()
    heap = [Node(w, next(tick), s) for s, w in sorted(Counter(text).items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        a, b = heapq.heappop(heap), heapq.heappop(heap)
        heapq.heappush(heap, Node(a.weight + b.weight, next(tick), None, a, b))
    return heap[0]


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.symbol is not None:
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    bits = "".join(table[c] for c in text)
    pad = -len(bits) % 8
    bits += "0" * pad
    data = int(bits, 2).to_bytes(len(bits) // 8, "big") if bits else b""
    return bytes([pad]) + data


def decode(blob, root):
    pad, data = blob[0], blob[1:]
    bits = "".join(f"{b:08b}" for b in data)
    bits = bits[:len(bits) - pad] if pad else bits
    if root.symbol is not None:
        return root.symbol * len(bits)
    out, node = [], root
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)


TEXTS = [
    "abracadabra",
    "she sells sea shells by the sea shore",
    "aaaaaaaa",
    "Ünïcödé → ✓ ünïcödé",
]
for text in TEXTS:
    root = build_tree(text)
    table = codes(root)
    blob = encode(text, table)
    back = decode(blob, root)
    raw = len(text.encode())
    print(f"{text[:20]!r:<24} {raw:3d}B -> {len(blob):3d}B ({len(blob) / raw:6.1%}) ok={back == text}")
    top = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:4]
    print("   ", " ".join(f"{s!r}={c}" for s, c in top), blob[:6].hex())
digest = hashlib.sha256(encode(TEXTS[1], codes(build_tree(TEXTS[1])))).hexdigest()
print(digest[:16], hashlib.md5(TEXTS[0].encode()).hexdigest())
root = build_tree(TEXTS[0])
print(root, root.left, root.right)
avg = sum(len(codes(root)[c]) for c in TEXTS[0]) / len(TEXTS[0])
print(f"average code length {avg:.3f} bits/char", sorted(Counter(TEXTS[0]).values(), reverse=True))
