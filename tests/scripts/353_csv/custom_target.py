# writer() accepts any object with a write() method and returns what write() returns
import csv


class Collector:
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)
        return f"<{len(text)} chars>"


c = Collector()
w = csv.writer(c, lineterminator="\n")
print(w.writerow(["a", "b"]))
print(w.writerows([[1], [2, 3]]))
print(c.chunks)
lines = []
w = csv.writer(type("Sink", (), {"write": staticmethod(lines.append)})())
print(w.writerow(["x", "y,z"]), lines)


def numbered(rows):
    for i, row in enumerate(rows, 1):
        yield [i] + row


c = Collector()
csv.writer(c).writerows(numbered([["a"], ["b", "c"]]))
print("".join(c.chunks), end="")
print(list(csv.reader(line.rstrip("\r\n") for line in c.chunks)))
