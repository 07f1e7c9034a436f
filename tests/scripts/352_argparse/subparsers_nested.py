# Nested subcommands: each level's prog ("top sub subsub"), parent options before the command, errors from inner parsers.
import argparse

top = argparse.ArgumentParser(prog='top')
top.add_argument('-v', action='store_true')
top.add_argument('target')
level1 = top.add_subparsers(dest='one', title='level one')
db = level1.add_parser('db', help='database commands', description='Database work.')
db.add_argument('--url')
level2 = db.add_subparsers(dest='two')
mig = level2.add_parser('migrate', help='run migrations')
mig.add_argument('--steps', type=int, default=1)
print(mig.prog, '|', db.prog)
print(top.parse_args(['-v', 'T', 'db', '--url', 'u', 'migrate', '--steps', '3']))
print(top.parse_known_args(['T', 'db', 'migrate', '--unknown', 'x']))
for argv in (['T', 'db', 'migrate', '--steps', 'many'], ['T', 'db', '-h'], ['T', 'db', 'migrate', '-h']):
    try:
        top.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
try:
    top.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
