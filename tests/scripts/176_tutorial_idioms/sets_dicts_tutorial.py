# docs tutorial ch.5: sets, dicts, looping techniques, comparisons of sequences
basket = {'apple', 'orange', 'apple', 'pear', 'orange', 'banana'}
print(sorted(basket))
print('orange' in basket, 'crabgrass' in basket)
a = set('abracadabra'); b = set('alacazam')
print(sorted(a), sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
print(sorted({x for x in 'abracadabra' if x not in 'abc'}))
tel = {'jack': 4098, 'sape': 4139}
tel['guido'] = 4127
print(tel)
print(tel['jack'])
del tel['sape']
tel['irv'] = 4127
print(tel, list(tel), sorted(tel))
print('guido' in tel, 'jack' not in tel)
print(dict([('sape', 4139), ('guido', 4127), ('jack', 4098)]))
print({x: x**2 for x in (2, 4, 6)})
print(dict(sape=4139, guido=4127, jack=4098))
knights = {'gallahad': 'the pure', 'robin': 'the brave'}
for k, v in knights.items():
    print(k, v)
for i, v in enumerate(['tic', 'tac', 'toe']):
    print(i, v)
questions = ['name', 'quest', 'favorite color']
answers = ['lancelot', 'the holy grail', 'blue']
for q, a in zip(questions, answers):
    print('What is your {0}?  It is {1}.'.format(q, a))
for i in reversed(range(1, 10, 2)):
    print(i, end=' ')
print()
basket = ['apple', 'orange', 'apple', 'pear', 'orange', 'banana']
for i in sorted(set(basket)):
    print(i)
import math
raw_data = [56.2, float('NaN'), 51.7, 55.3, 52.5, float('NaN'), 47.8]
print([v for v in raw_data if not math.isnan(v)])
string1, string2, string3 = '', 'Trondheim', 'Hammer Dance'
non_null = string1 or string2 or string3
print(non_null)
print((1, 2, 3) < (1, 2, 4), [1, 2, 3] < [1, 2, 4], 'ABC' < 'C' < 'Pascal' < 'Python')
print((1, 2, 3, 4) < (1, 2, 4), (1, 2) < (1, 2, -1), (1, 2, 3) == (1.0, 2.0, 3.0))
print((1, 2, ('aa', 'ab')) < (1, 2, ('abc', 'a'), 4))
