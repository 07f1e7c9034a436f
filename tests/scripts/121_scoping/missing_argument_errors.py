# error messages for missing/extra arguments on functions, methods and lambdas
def area(width, height, *, unit):
    return f"{width * height}{unit}"
class Shape:
    def scale(self, factor, origin=(0, 0)):
        return factor
calls = [
    lambda: area(1),
    lambda: area(),
    lambda: area(1, 2),
    lambda: area(1, 2, 3, unit="m"),
    lambda: Shape().scale(),
    lambda: Shape().scale(1, 2, 3),
    lambda: Shape.scale(2),
    lambda: (lambda a, b: a)(1),
    lambda: area(1, 2, unit="m", units="cm"),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
print(area(2, 3, unit="m2"))
