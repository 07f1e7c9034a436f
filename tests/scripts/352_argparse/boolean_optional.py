# BooleanOptionalAction: --flag/--no-flag pairs in parsing, usage and help (with ArgumentDefaultsHelpFormatter too).
import argparse

p = argparse.ArgumentParser(prog='bool')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colorize output')
p.add_argument('--cache', action=argparse.BooleanOptionalAction)
p.add_argument('-x', '--extra', action=argparse.BooleanOptionalAction, default=False)
print(p.parse_args([]))
print(p.parse_args(['--no-color', '--cache', '-x']))
print(p.parse_args(['--color', '--no-cache', '--no-extra', '--no-co']))
try:
    p.parse_args(['--no-c'])
except SystemExit as e:
    print('exit', e.code)
p.print_help()
d = argparse.ArgumentParser(prog='bool2', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--fast', action=argparse.BooleanOptionalAction, default=False, help='go fast')
d.add_argument('--slow', action=argparse.BooleanOptionalAction)
d.print_help()
try:
    d.parse_args(['--no-fast=1'])
except SystemExit as e:
    print('exit', e.code)
