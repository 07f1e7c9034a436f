# nargs: N, '?', '*', '+' and REMAINDER on positionals and options, with const and default.
import argparse

p = argparse.ArgumentParser(prog='nargs')
p.add_argument('--opt', nargs='?', const='CONST', default='DEFAULT')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+', type=int)
p.add_argument('--two', nargs=2, metavar=('K', 'V'))
p.add_argument('first', nargs=2)
p.add_argument('maybe', nargs='?', default='m-default')
p.add_argument('rest', nargs='*', default=[])
print(p.parse_args(['a', 'b']))
print(p.parse_args(['a', 'b', 'c', 'd', 'e', '--opt']))
print(p.parse_args(['--opt', 'X', 'a', 'b', '--star', 'c', 'd', '--plus', '1', '2']))
try:
    p.parse_args(['--star', 'a', 'b'])
except SystemExit as e:
    print('exit', e.code)
print(p.parse_args(['--star', '--two', 'k', 'v', 'a', 'b', 'c']))
p.print_usage()
r = argparse.ArgumentParser(prog='remainder')
r.add_argument('--flag', action='store_true')
r.add_argument('cmd')
r.add_argument('args', nargs=argparse.REMAINDER)
print(r.parse_args(['--flag', 'ls', '-l', '--flag', 'x']))
print(r.parse_args(['run']))
r.print_help()
