# bisect: binary search in sorted sequences and insertion keeping them sorted, with lo/hi bounds and key= (3.10+:
# the key applies to the sequence's items; insort applies it to the new item too). Comparisons are `<` only, in
# the order CPython's _bisect module makes them (bisect_right_impl, bisect_left_impl); the code is weft's own.

__all__ = ["bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"]


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    return lo, len(a) if hi is None else hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where x would go in sorted a, after any items equal to it."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where x would go in sorted a, before any items equal to it."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a after any items equal to it."""
    a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a before any items equal to it."""
    a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
