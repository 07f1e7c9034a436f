# Subcommand errors: required=True, an unknown command (invalid choice), title=/description=/metavar=, dest unset.
import argparse

p = argparse.ArgumentParser(prog='req')
sub = p.add_subparsers(title='commands', description='Pick one of these.', dest='cmd', required=True, metavar='CMD')
sub.add_parser('start', help='start it')
sub.add_parser('stop', help='stop it')
p.print_help()
for argv in ([], ['restart'], ['start', 'extra']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
q = argparse.ArgumentParser(prog='nodest')
qs = q.add_subparsers(required=True)
qs.add_parser('a')
qs.add_parser('b')
q.print_usage()
for argv in ([], ['c'], ['a']):
    try:
        print(q.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
