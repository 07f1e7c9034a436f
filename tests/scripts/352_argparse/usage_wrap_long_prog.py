# When prog takes more than three quarters of the width it stands alone on the usage line; the items follow under "usage: ".
import argparse

p = argparse.ArgumentParser(prog='a-very-long-program-name-that-goes-on-and-on-and-on-forever-x')
p.add_argument('--first', metavar='FIRST_VALUE')
p.add_argument('--second', metavar='SECOND_VALUE')
p.add_argument('--third', metavar='THIRD_VALUE')
p.add_argument('files', nargs='*')
p.print_usage()
q = argparse.ArgumentParser(prog='another-very-long-program-name-for-the-usage-line-test-xyz')
q.add_argument('--a')
q.add_argument('b')
q.print_usage()
r = argparse.ArgumentParser(prog='p' * 70, add_help=False)
r.add_argument('only_positional_argument_with_a_long_name')
r.print_usage()
s = argparse.ArgumentParser(prog='s' * 60)
s.print_usage()
