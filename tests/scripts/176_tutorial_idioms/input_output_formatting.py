# docs tutorial ch.7: str.format, f-string alignment, rjust tables, %-formatting, repr vs str
year = 2016; event = 'Referendum'
print(f'Results of the {year} {event}')
yes_votes = 42_572_654; total_votes = 85_705_149
percentage = yes_votes / total_votes
print('{:-9} YES votes  {:2.2%}'.format(yes_votes, percentage))
s = 'Hello, world.'
print(str(s), repr(s), str(1/7))
x = 10 * 3.25; y = 200 * 200
s = 'The value of x is ' + repr(x) + ', and y is ' + repr(y) + '...'
print(s)
hello = 'hello, world\n'
print(repr(hello), repr((x, y, ('spam', 'eggs'))))
import math
print(f'The value of pi is approximately {math.pi:.3f}.')
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 7678}
for name, phone in table.items():
    print(f'{name:10} ==> {phone:10d}')
animals = 'eels'
print(f'My hovercraft is full of {animals}.')
print(f'My hovercraft is full of {animals!r}.')
bugs = 'roaches'; count = 13; area = 'living room'
print(f'Debugging {bugs=} {count=} {area=}')
print('We are the {} who say "{}!"'.format('knights', 'Ni'))
print('{1} and {0}'.format('spam', 'eggs'))
print('This {food} is {adjective}.'.format(food='spam', adjective='absolutely horrible'))
print('The story of {0}, {1}, and {other}.'.format('Bill', 'Manfred', other='Georg'))
print('Jack: {0[Jack]:d}; Sjoerd: {0[Sjoerd]:d}; Dcab: {0[Dcab]:d}'.format(table))
print('Jack: {Jack:d}; Sjoerd: {Sjoerd:d}; Dcab: {Dcab:d}'.format(**table))
for x in range(1, 11):
    print('{0:2d} {1:3d} {2:4d}'.format(x, x*x, x*x*x))
for x in range(1, 6):
    print(repr(x).rjust(2), repr(x*x).rjust(3), end=' ')
    print(repr(x*x*x).rjust(4))
print('12'.zfill(5), '-3.14'.zfill(7), '3.14159265359'.zfill(5))
print('The value of pi is approximately %5.3f.' % math.pi)
print('%s has %d items costing %.2f (%x hex, %o oct, %e)' % ('cart', 3, 9.5, 255, 8, 12345.678))
print('%(name)s is %(age)03d' % {'name': 'Ann', 'age': 7})
