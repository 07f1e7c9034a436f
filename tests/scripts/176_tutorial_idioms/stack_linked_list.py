# textbook data structures: Stack and LinkedList with __len__, __iter__, __contains__, __reversed__, __getitem__
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in expr:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s
print([balanced(e) for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]])
class _Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None; self._n = 0
        for v in reversed(list(iterable)): self.push_front(v)
    def push_front(self, v):
        self.head = _Node(v, self.head); self._n += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self._n
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __reversed__(self):
        return iter(list(self)[::-1])
    __repr__ = lambda self: " -> ".join(map(repr, self)) or "empty"
ll = LinkedList([1, 2, 3])
ll.push_front(0)
print(ll, len(ll), 2 in ll, 9 in ll, ll[2], list(reversed(ll)), sum(ll), sorted(ll, reverse=True))
print(LinkedList(), max(LinkedList("xyz")), list(zip(ll, "abcd")))
s = Stack(); s.push(1)
print(s.pop(), len(s), bool(s))
try:
    s.pop()
except Exception as e:
    print(type(e).__name__ + ':', e)
