# Usage of mutually exclusive groups: brackets or parentheses, suppressed members, positionals in a group, groups not together.
import argparse

p = argparse.ArgumentParser(prog='mu')
g = p.add_mutually_exclusive_group()
g.add_argument('--a', action='store_true')
g.add_argument('--b', help=argparse.SUPPRESS)
g.add_argument('--c', nargs='?', metavar='C')
g.add_argument('pos', nargs='?', default='dflt')
p.print_usage()
print(p.parse_args([]), p.parse_args(['--c']), p.parse_args(['P']))
try:
    p.parse_args(['--a', 'P'])
except SystemExit as e:
    print('exit', e.code)
q = argparse.ArgumentParser(prog='apart')
h = q.add_mutually_exclusive_group(required=True)
h.add_argument('--x', action='store_true')
q.add_argument('--between')
h.add_argument('--y', action='store_true')
q.print_usage()
r = argparse.ArgumentParser(prog='two')
for req in (True, False):
    m = r.add_mutually_exclusive_group(required=req)
    m.add_argument('--p%d' % req, action='store_true')
    m.add_argument('--q%d' % req, action='store_true')
r.print_help()
try:
    r.parse_args(['--p0', '--q0'])
except SystemExit as e:
    print('exit', e.code)
