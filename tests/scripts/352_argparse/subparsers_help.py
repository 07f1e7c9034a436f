# Subcommand help layout: metavar= for the choices, per-command help lines, ArgumentDefaultsHelpFormatter, a wrapped choice list.
import argparse

p = argparse.ArgumentParser(prog='multi', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--jobs', type=int, default=4, help='parallel jobs')
sub = p.add_subparsers(title='available commands', metavar='<command>', help='what to do', dest='cmd')
for name in ('build', 'test', 'deploy-to-production-servers', 'clean'):
    sp = sub.add_parser(name, help='the %s step, described in a sentence long enough to wrap' % name,
                        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    sp.add_argument('--dry-run', action='store_true', help='only pretend')
p.print_help()
sub.choices['build'].print_help()
q = argparse.ArgumentParser(prog='many-commands')
qs = q.add_subparsers()
for i in range(12):
    qs.add_parser('command-number-%d' % i)
q.print_usage()
try:
    q.parse_args(['command-number-99'])
except SystemExit as e:
    print('exit', e.code)
