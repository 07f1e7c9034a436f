# parse_intermixed_args: positionals may follow options interleaved; parse_args stops at the first option.
import argparse

p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
argv = 'doit 1 --foo bar 2 3'.split()
print(p.parse_known_args(argv))
print(p.parse_intermixed_args(argv))
print(p.parse_known_intermixed_args(argv + ['--zz']))
for bad in (['--foo', 'x'], ['doit', 'x']):
    try:
        p.parse_intermixed_args(bad)
    except SystemExit as e:
        print('exit', e.code)
r = argparse.ArgumentParser(prog='rem')
r.add_argument('x', nargs=argparse.REMAINDER)
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)
print(p.usage)
