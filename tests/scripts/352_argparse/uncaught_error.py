# A mistake in the parser's definition is an ordinary exception: uncaught, argparse.ArgumentError ends the program (status 1).
import argparse

parser = argparse.ArgumentParser(prog='broken')
parser.add_argument('-f', '--file')
print('first argument added')
parser.add_argument('--output', '-f')
print('never printed')
