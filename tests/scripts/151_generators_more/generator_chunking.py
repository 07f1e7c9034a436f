# batching and windowing generators: fixed-size chunks, sliding windows, run-length encoding
from itertools import islice, groupby
from collections import deque
def chunks(iterable, size):
    it = iter(iterable)
    while batch := list(islice(it, size)):
        yield batch
def windows(iterable, n):
    win = deque(maxlen=n)
    for x in iterable:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
def rle(s):
    for ch, grp in groupby(s):
        yield f"{sum(1 for _ in grp)}{ch}"
print(list(chunks(range(7), 3)), list(chunks([], 2)))
print(list(windows("abcde", 3)))
print("".join(rle("aaabccddddd")))
print([sum(w) / len(w) for w in windows([2, 4, 6, 8], 2)])
