# A text editor buffer with command objects, an undo/redo stack, and a macro recorder built from closures.
from abc import ABC, abstractmethod
from collections import deque


class Command(ABC):
    @abstractmethod
    def do(self, buf): ...

    @abstractmethod
    def undo(self, buf): ...

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{v!r}' for v in vars(self).values())})"


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, buf):
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]

    def undo(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]


class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length, self.removed = pos, length, None

    def do(self, buf):
        self.removed = buf.text[self.pos:self.pos + self.length]
        buf.text = buf.text[:self.pos] + buf.text[self.pos + self.length:]

    def undo(self, buf):
        buf.text = buf.text[:self.pos] + self.removed + buf.text[self.pos:]


class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new, self.count = old, new, 0

    def do(self, buf):
        self.count = buf.text.count(self.old)
        buf.text = buf.text.replace(self.old, self.new)

    def undo(self, buf):
        buf.text = buf.text.replace(self.new, self.old)


class Buffer:
    def __init__(self, text="", history=50):
        self.text = text
        self.undo_stack = deque(maxlen=history)
        self.redo_stack = []

    def run(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
        return self

    def undo(self):
        if not self.undo_stack:
            print("  nothing to undo")
            return self
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return self

    def redo(self):
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)
        return self


def recorder():
    steps = []

    def record(factory, *args):
        steps.append((factory, args))

    def replay(buf):
        for factory, args in steps:
            buf.run(factory(*args))
        return len(steps)
    return record, replay


buf = Buffer("hello world", history=3)
buf.run(Insert(5, ",")).run(Insert(len(buf.text), "!"))
print(repr(buf.text))
buf.run(Replace("o", "0"))
print(repr(buf.text), buf.undo_stack[-1].count)
buf.run(Delete(0, 7))
print(repr(buf.text), list(buf.undo_stack))
for _ in range(4):
    buf.undo()
    print("  undo ->", repr(buf.text))
buf.redo().redo()
print("redo x2 ->", repr(buf.text), len(buf.redo_stack))
record, replay = recorder()
record(Insert, 0, ">> ")
record(Replace, "l", "L")
record(Delete, 3, 1)
b2 = Buffer("small lesson")
print(replay(b2), repr(b2.text), [type(c).__name__ for c in b2.undo_stack])
b2.undo().undo()
print(repr(b2.text))
b2.redo().redo().redo()
