# The help width follows $COLUMNS (minus 2) when set to a positive number, read each time a formatter is made.
import argparse
import os

p = argparse.ArgumentParser(prog='cols', description='A description long enough to need wrapping at narrow widths, '
                                                      'and at most widths really.')
p.add_argument('--first-option', metavar='VALUE', help='help text for the first option, also somewhat long')
p.add_argument('--second', nargs='+', help='second')
p.add_argument('inputs', nargs='*', help='input files')
for columns in ('40', '120', '0', 'wide', '25'):
    os.environ['COLUMNS'] = columns
    print('COLUMNS=%s' % columns)
    p.print_help()
del os.environ['COLUMNS']
print(p.format_usage(), end='')
