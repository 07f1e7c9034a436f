# add_parser(aliases=...): aliases in the help listing and the choices; parsing through an alias records the alias.
import argparse

p = argparse.ArgumentParser(prog='pkg')
sub = p.add_subparsers(dest='action')
inst = sub.add_parser('install', aliases=['i', 'add'], help='install packages')
inst.add_argument('names', nargs='+')
rem = sub.add_parser('remove', aliases=['rm'], help='remove packages')
rem.add_argument('name')
sub.add_parser('list', aliases=['ls'])
print(p.parse_args(['i', 'a', 'b']))
print(p.parse_args(['rm', 'x']))
print(p.parse_args(['ls']))
p.print_help()
try:
    p.parse_args(['uninstall'])
except SystemExit as e:
    print('exit', e.code)
try:
    sub.add_parser('other', aliases=['rm'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    sub.add_parser('list')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
