# os.get_terminal_size without a terminal (stdin is /dev/null, stdout a file) and os.terminal_size
import os

for args in [(), (0,), (1,)]:
    try:
        os.get_terminal_size(*args)
        print(args, 'got a size')
    except OSError as e:
        print(args, type(e).__name__, e.errno, e)
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e)
size = os.terminal_size((120, 40))
print(size, size.columns, size.lines, size[0], tuple(size), len(size))
cols, rows = size
print(cols * rows, type(size).__name__, isinstance(size, tuple))
for bad in [(1,), (1, 2, 3)]:
    try:
        os.terminal_size(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(os.isatty(0), os.isatty(1))
