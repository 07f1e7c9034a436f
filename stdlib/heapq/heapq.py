# heapq's functions over whole iterables, written in weft on top of the native heap operations. Each keeps
# the documented equivalences with sorted(): nsmallest(n, it, key) == sorted(it, key=key)[:n] and nlargest
# with reverse=True, ties in input order; merge() is stable the same way. (CPython: Lib/heapq.py's
# nsmallest, nlargest and merge; the code here is weft's own.)

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


class _Reversed:
    # an item whose order is the opposite of its key's: a min-heap of these keeps the largest keys
    __slots__ = ("key", "order", "item")

    def __init__(self, key, order, item):
        self.key = key
        self.order = order
        self.item = item

    def __lt__(self, other):
        if self.key == other.key:
            return self.order > other.order
        return other.key < self.key


class _Forward:
    __slots__ = ("key", "order", "item")

    def __init__(self, key, order, item):
        self.key = key
        self.order = order
        self.item = item

    def __lt__(self, other):
        if self.key == other.key:
            return self.order > other.order
        return self.key < other.key


def _select(n, iterable, key, largest):
    # keep the n best items seen so far in a heap whose top is the worst of them
    if n <= 0:
        return []
    if key is None:
        key = _identity
    try:
        size = len(iterable)
    except TypeError:
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)
    wrap = _Forward if largest else _Reversed
    heap = []
    for order, item in enumerate(iterable):
        entry = wrap(key(item), order, item)
        if len(heap) < n:
            heappush(heap, entry)
        elif heap[0] < entry:
            heapreplace(heap, entry)
    heap.sort(reverse=True)
    return [entry.item for entry in heap]


def _identity(x):
    return x


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator; equal items come in the order of their inputs."""
    if key is None:
        key = _identity
    heap = []
    for index, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            heap.append(_MergeEntry(key(item), index, item, it, reverse))
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry.item
        for item in entry.source:
            entry.key = key(item)
            entry.item = item
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)


class _MergeEntry:
    __slots__ = ("key", "index", "item", "source", "reverse")

    def __init__(self, key, index, item, source, reverse):
        self.key = key
        self.index = index
        self.item = item
        self.source = source
        self.reverse = reverse

    def __lt__(self, other):
        if self.key == other.key:
            return self.index < other.index
        return other.key < self.key if self.reverse else self.key < other.key
