# Defaults: dest inferred from option names, set_defaults/get_default, argument_default, string defaults converted by type.
import argparse

p = argparse.ArgumentParser(prog='dflt', argument_default=7)
p.add_argument('-f', '--foo-bar')
p.add_argument('-x')
p.add_argument('--y-z', dest='custom')
p.add_argument('--num', type=int, default='12')
p.add_argument('--list', type=int, default=[1, 2], nargs='*')
p.add_argument('--given', type=int, default='3')
p.set_defaults(extra='set', x='from set_defaults')
print(p.parse_args(['--given', '4']))
print(p.get_default('x'), p.get_default('num'), p.get_default('extra'), p.get_default('missing'))
p.set_defaults(num='99')
print(p.parse_args([]))
q = argparse.ArgumentParser(prog='late')
q.set_defaults(v='early')
q.add_argument('--v')
q.add_argument('--w', default=None)
print(q.parse_args([]), q.get_default('v'))
r = argparse.ArgumentParser(prog='bad-default')
r.add_argument('--n', type=int, default='abc')
try:
    r.parse_args([])
except SystemExit as e:
    print('exit', e.code)
print(r.parse_args(['--n', '5']))
