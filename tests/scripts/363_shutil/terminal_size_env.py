# shutil.get_terminal_size: COLUMNS/LINES first, then the terminal (none here), then the fallback
import os
import shutil

for key in ('COLUMNS', 'LINES'):
    os.environ.pop(key, None)
size = shutil.get_terminal_size()
print(size, type(size).__name__, type(size) is os.terminal_size)
print(shutil.get_terminal_size((132, 50)), shutil.get_terminal_size(fallback=(0, 0)))
os.environ['COLUMNS'] = '100'
print(shutil.get_terminal_size())
os.environ['LINES'] = '40'
print(shutil.get_terminal_size((1, 1)))
for columns, lines in [('abc', '30'), ('-5', '30'), ('0', '0'), ('  90 ', '+12')]:
    os.environ['COLUMNS'], os.environ['LINES'] = columns, lines
    print(repr(columns), repr(lines), tuple(shutil.get_terminal_size((70, 20))))
del os.environ['COLUMNS'], os.environ['LINES']
cols, rows = shutil.get_terminal_size()
print('-' * (cols // 4), rows)
