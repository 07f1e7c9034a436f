# A real command line with a required argument missing: parse_args() exits the program with status 2 and the usage on stderr.
import argparse

parser = argparse.ArgumentParser(description='Needs an input file.')
parser.add_argument('input', help='the file to read')
parser.add_argument('--verbose', action='store_true')
print('parsing')
args = parser.parse_args()
print('never printed', args)
