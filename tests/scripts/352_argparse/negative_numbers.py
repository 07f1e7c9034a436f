# Negative numbers are arguments unless the parser has options that look like negative numbers.
import argparse

p = argparse.ArgumentParser(prog='neg')
p.add_argument('-x', type=float)
p.add_argument('values', nargs='*', type=float)
print(p.parse_args(['-x', '-1', '-2.5', '-.5', '3']))
print(p.parse_args(['-5', '-x', '-0.25']))
q = argparse.ArgumentParser(prog='negopt')
q.add_argument('-1', dest='one', action='store_true')
q.add_argument('n', nargs='?')
print(q.parse_args(['-1']))
for argv in (['-2'], ['-1', '-3']):
    try:
        print(q.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
print(q.parse_args(['--', '-2']))
print(p.parse_args(['-x', '1e3', '--', '-7']))
try:
    p.parse_args(['-1e3'])
except SystemExit as e:
    print('exit', e.code)
