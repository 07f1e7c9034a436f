# docs Sorting HOWTO: key functions, itemgetter/attrgetter, stability, multi-key, cmp_to_key, DSU
from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key
print(sorted([5, 2, 3, 1, 4]))
a = [5, 2, 3, 1, 4]; a.sort(); print(a)
print(sorted({1: 'D', 2: 'B', 3: 'B', 4: 'E', 5: 'A'}))
print(sorted("This is a test string from Andrew".split(), key=str.casefold))
student_tuples = [('john', 'A', 15), ('jane', 'B', 12), ('dave', 'B', 10)]
print(sorted(student_tuples, key=lambda student: student[2]))
class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return repr((self.name, self.grade, self.age))
    def weighted_grade(self):
        return 'CBA'.index(self.grade) / self.age
student_objects = [Student('john', 'A', 15), Student('jane', 'B', 12), Student('dave', 'B', 10)]
print(sorted(student_objects, key=attrgetter('age')))
print(sorted(student_tuples, key=itemgetter(1, 2)), sorted(student_objects, key=attrgetter('grade', 'age')))
print(sorted(student_objects, key=methodcaller('weighted_grade')))
print(sorted(student_tuples, key=itemgetter(2), reverse=True))
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
print(sorted(data, key=itemgetter(0)))
s = sorted(student_objects, key=attrgetter('age'))
print(sorted(s, key=attrgetter('grade'), reverse=True))
def multisort(xs, specs):
    for key, reverse in reversed(specs):
        xs.sort(key=attrgetter(key), reverse=reverse)
    return xs
print(multisort(list(student_objects), (('grade', True), ('age', False))))
decorated = [(student.grade, i, student) for i, student in enumerate(student_objects)]
decorated.sort()
print([student for grade, i, student in decorated])
def compare(x, y):
    return (x > y) - (x < y)
print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(lambda x, y: compare(y, x))))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=lambda w: (w.lower(), w)), sorted(words, key=len))
print(max(words, key=len), min(student_tuples, key=itemgetter(2)))
mixed = [3, 'a', 1]
try:
    mixed.sort()
except Exception as e:
    print(type(e).__name__ + ':', e)
