# action='version': prints the version text (with %(prog)s expanded) on stdout and exits with status 0.
import argparse

p = argparse.ArgumentParser(prog='ver')
p.add_argument('-V', '--version', action='version', version='%(prog)s 2.0.1')
p.add_argument('arg')
for argv in (['--version'], ['-V', 'x'], ['x', '--vers']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
p.print_help()
q = argparse.ArgumentParser(prog='ver2')
q.version = 'attribute version'
q.add_argument('--show', action='version', help='print it')
try:
    q.parse_args(['--show'])
except SystemExit as e:
    print('exit', e.code)
q.print_help()
