# parents=[...]: a parent's arguments, groups, mutually exclusive groups and defaults copied into each child.
import argparse

base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='app.cfg')
auth = base.add_argument_group('authentication')
auth.add_argument('--user')
ex = base.add_mutually_exclusive_group()
ex.add_argument('--fast', action='store_true')
ex.add_argument('--safe', action='store_true')
base.set_defaults(origin='base')
child = argparse.ArgumentParser(prog='child', parents=[base], description='Uses a parent.')
child.add_argument('item')
print(child.parse_args(['x', '--user', 'me']))
child.print_help()
try:
    child.parse_args(['x', '--fast', '--safe'])
except SystemExit as e:
    print('exit', e.code)
try:
    argparse.ArgumentParser(prog='clash', parents=[argparse.ArgumentParser()])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
