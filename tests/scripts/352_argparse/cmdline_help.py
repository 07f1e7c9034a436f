# A program whose fixed argument list asks for --help: the help goes to stdout and the program ends with status 0.
import argparse
import sys

sys.argv[1:] = ['--help']
parser = argparse.ArgumentParser(epilog='See the manual for more.')
parser.add_argument('-n', '--count', type=int, default=1, help='repeat this many times (default: %(default)s)')
parser.add_argument('words', nargs='+', help='words to echo')
args = parser.parse_args()
print('never printed', args)
