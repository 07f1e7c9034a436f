# type=: any callable; ValueError/TypeError give "invalid NAME value", ArgumentTypeError its own text, others propagate.
import argparse

def port(text):
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError('port %d out of range' % value)
    return value

class Point:
    def __init__(self, text):
        self.x, self.y = map(int, text.split(','))
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

p = argparse.ArgumentParser(prog='types')
p.add_argument('--port', type=port)
p.add_argument('--pt', type=Point)
p.add_argument('--hex', type=lambda s: int(s, 16))
p.add_argument('--bytes', type=str.encode)
p.add_argument('--div', type=lambda s: 1 // int(s))
print(p.parse_args(['--port', '80', '--pt', '1,2', '--hex', 'ff', '--bytes', 'abc']))
for argv in (['--port', '0'], ['--port', 'http'], ['--pt', '1'], ['--hex', 'zz']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
try:
    p.parse_args(['--div', '0'])
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
for bad in ('int', 3):
    try:
        p.add_argument('--bad', type=bad)
    except ValueError as e:
        print('ValueError:', e)
