# Short options: clusters (-abc), attached values (-n5, -abn5), '=' forms, and single-dash long options.
import argparse

p = argparse.ArgumentParser(prog='short')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='count', default=0)
p.add_argument('-n', type=int)
p.add_argument('-long', dest='lng')
print(p.parse_args(['-abb', '-n5']))
print(p.parse_args(['-ban', '7']))
print(p.parse_args(['-bn9', '-n=3']))
print(p.parse_args(['-long', 'L']))
print(p.parse_args(['-lo', 'abbrev']))
print(p.parse_args(['-long=eq']))
for argv in (['-ax'], ['-a=1'], ['-nx']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
