# -h and --help print the help on stdout and exit with status 0, even among other arguments or after an error-free prefix.
import argparse

p = argparse.ArgumentParser(prog='hx', description='demo')
p.add_argument('--count', type=int, default=1, help='how many (default: %(default)s)')
p.add_argument('name')
for argv in (['-h'], ['--help'], ['--count', '2', '-h', 'x'], ['--he']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', repr(e.code))
q = argparse.ArgumentParser(prog='nohelp', add_help=False)
q.add_argument('x')
try:
    q.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
q.print_help()
