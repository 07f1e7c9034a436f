# A program whose fixed argument list has a bad value: the usage and error on stderr, exit status 2, nothing after it runs.
import argparse
import sys

sys.argv[1:] = ['--count', 'many', 'word']
parser = argparse.ArgumentParser()
parser.add_argument('-n', '--count', type=int, default=1)
parser.add_argument('words', nargs='+')
print('before')
try:
    parser.parse_args()
finally:
    print('finally runs')
print('never printed')
