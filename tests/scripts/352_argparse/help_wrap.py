# Help text wraps in its column; an invocation wider than the help position puts the help on the next line.
import argparse

p = argparse.ArgumentParser(prog='wrap')
p.add_argument('-s', help='short option with a help text long enough to wrap onto a second and even a third '
                          'line of the help output, since the column is narrow')
p.add_argument('--a-rather-long-option-name', metavar='WITH_A_LONG_METAVAR',
               help='this help starts on its own line')
p.add_argument('--mid', help='  leading and\n\ttrailing   whitespace is   collapsed   ')
p.add_argument('--empty', help='')
p.add_argument('--blank', help='   ')
p.add_argument('pos_with_long_name_here_and_more', help='positional help')
p.print_help()
