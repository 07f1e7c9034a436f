# SUPPRESS: hidden help entries, defaults left out of the Namespace, argument_default=SUPPRESS, suppressed usage.
import argparse

p = argparse.ArgumentParser(prog='sup', argument_default=argparse.SUPPRESS)
p.add_argument('--shown', help='visible')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--quiet', action='store_true')
p.add_argument('pos', nargs='?')
print(p.parse_args([]))
print(p.parse_args(['--secret', 's', '--quiet', 'P']))
p.print_help()
q = argparse.ArgumentParser(prog='nousage', usage=argparse.SUPPRESS, description='No usage line here.')
q.add_argument('--d', default=argparse.SUPPRESS)
q.add_argument('--e', default=1)
q.print_help()
print(q.parse_args([]), 'd' in q.parse_args([]), repr(q.format_usage()))
try:
    q.parse_args(['zzz'])
except SystemExit as e:
    print('exit', e.code)
