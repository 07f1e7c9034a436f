# Missing required positionals and required options are listed together: "the following arguments are required: ...".
import argparse

p = argparse.ArgumentParser(prog='req')
p.add_argument('src')
p.add_argument('dst', metavar='DEST')
p.add_argument('--token', required=True)
p.add_argument('-u', '--user', required=True)
p.add_argument('more', nargs='+')
p.add_argument('opt', nargs='?')
for argv in ([], ['a'], ['a', 'b', 'c'], ['a', 'b', 'c', '--token', 't'], ['a', 'b', 'c', '--token', 't', '-u', 'me']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
print(p.format_usage(), end='')
