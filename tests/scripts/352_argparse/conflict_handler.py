# conflict_handler: 'error' raises ArgumentError for reused option strings; 'resolve' lets the newer option take them.
import argparse

p = argparse.ArgumentParser(prog='conf')
p.add_argument('-f', '--foo')
for names in (['-f'], ['--foo', '-g'], ['-h']):
    try:
        p.add_argument(*names)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e)
r = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
r.add_argument('-h', '--host', help='host, taking -h from help')
r.add_argument('-x', help='old x')
r.add_argument('-x', help='new x')
r.print_help()
print(r.parse_args(['-f', '1', '--foo', '2', '-h', 'H', '-x', 'X']))
try:
    argparse.ArgumentParser(conflict_handler='merge')
except ValueError as e:
    print('ValueError:', e)
