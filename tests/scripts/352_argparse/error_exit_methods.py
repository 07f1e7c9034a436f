# error() prints usage and "prog: error: msg" to stderr and exits 2; exit(status, message); a subclass may override error.
import argparse
import sys

p = argparse.ArgumentParser(prog='errs', usage='%(prog)s [options] FILE')
p.add_argument('file')
try:
    p.error('custom problem')
except SystemExit as e:
    print('exit', e.code)
for args in ((), (3,), (4, 'bye\n'), (0, 'quiet exit\n')):
    try:
        p.exit(*args)
    except SystemExit as e:
        print('exit', e.code)
p.print_usage(sys.stderr)
p.print_help(file=sys.stdout)
print(repr(p.format_usage()))

class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('parse failed: ' + message)

r = Raising(prog='raise')
r.add_argument('--n', type=int, required=True)
for argv in ([], ['--n', 'x'], ['--n', '1', 'extra']):
    try:
        r.parse_args(argv)
    except ValueError as e:
        print(e)
