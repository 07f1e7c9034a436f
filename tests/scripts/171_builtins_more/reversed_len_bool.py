# reversed() on sequences/dicts/custom __reversed__, len() and bool() via __len__/__bool__, and their errors
print(list(reversed([1, 2, 3])), "".join(reversed("stressed")), list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), tuple(reversed((1,))), list(reversed(b"ab")))
class Playlist:
    def __init__(self, songs): self.songs = songs
    def __len__(self): return len(self.songs)
    def __getitem__(self, i): return self.songs[i]
class Countdown:
    def __init__(self, n): self.n = n
    def __reversed__(self): return iter(range(1, self.n + 1))
    def __iter__(self): return iter(range(self.n, 0, -1))
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self): return self.on
p = Playlist(["intro", "verse", "outro"])
print(len(p), bool(p), bool(Playlist([])), list(reversed(p)), list(Countdown(3)), list(reversed(Countdown(3))))
print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(False) else "no", not Flag(True), [bool(x) for x in [0, 0.0, "", (), None, "0", [None]]])
class BadLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
for bad in [lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: len(5), lambda: len(BadLen()), lambda: len(StrLen()), lambda: bool(BadLen())]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
