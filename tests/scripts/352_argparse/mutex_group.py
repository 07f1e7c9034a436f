# Mutually exclusive groups: "not allowed with argument", required groups ("one of the arguments ... is required"), usage.
import argparse

p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('-q', '--quiet', action='store_true')
g.add_argument('-v', '--verbose', action='count')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--json', action='store_const', const='json', dest='fmt')
r.add_argument('--csv', action='store_const', const='csv', dest='fmt')
r.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
p.print_usage()
print(p.parse_args(['--csv', '-vv']))
for argv in (['-q'], ['--json', '-q', '-v'], ['--csv', '--json'], ['--json', '--verbose', '--quiet']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
one = argparse.ArgumentParser(prog='one')
solo = one.add_mutually_exclusive_group(required=True)
solo.add_argument('--only')
one.print_usage()
try:
    one.parse_args([])
except SystemExit as e:
    print('exit', e.code)
