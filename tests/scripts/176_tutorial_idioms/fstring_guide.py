# Real Python f-string guide: format specs, nested fields, conversions, = specifier, dates-free formatting
name = "Eric"; age = 74
print(f"Hello, {name}. You are {age}.")
print(F"{2 * 37}", f"{name.lower()} is funny.")
def to_lowercase(inp):
    return inp.lower()
print(f"{to_lowercase(name)} is funny.")
class Comedian:
    def __init__(self, first_name, last_name, age):
        self.first_name = first_name; self.last_name = last_name; self.age = age
    def __str__(self):
        return f"{self.first_name} {self.last_name} is {self.age}."
    def __repr__(self):
        return f"{self.first_name} {self.last_name} is {self.age}. Surprise!"
new_comedian = Comedian("Eric", "Idle", "74")
print(f"{new_comedian}")
print(f"{new_comedian!r}")
profession = "comedian"; affiliation = "Monty Python"
message = (f"Hi {name}. "
           f"You are a {profession}. "
           f"You were in {affiliation}.")
print(message)
print(f"{{70 + 4}}", f"{{{70 + 4}}}", f"{{{{70 + 4}}}}")
comedian = {'name': 'Eric Idle', 'age': 74}
print(f"The comedian is {comedian['name']}, aged {comedian['age']}.")
width, precision = 10, 4
value = 12.34567
print(f"result: {value:{width}.{precision}}")
print(f"{value:>{width}.2f}|{value:<{width}.1f}|{value:^{width}.3f}|")
n = 1234567.891
print(f"{n:,}", f"{n:_.2f}", f"{n:,.0f}", f"{1234567:,d}", f"{0xFFFF:_x}")
print(f"{42:b}", f"{42:#b}", f"{42:o}", f"{42:#o}", f"{255:X}", f"{255:#x}")
print(f"{3.14159:e}", f"{0.000123:g}", f"{1e20:g}", f"{0.25:%}", f"{0.256:.1%}")
print(f"{'left':<10}|", f"{'right':>10}|", f"{'mid':*^11}|", f"{-42:=+8}|", f"{42:+}", f"{42: }")
print(f"{'abc'!a}", f"{'é'!a}", f"{3!s:>4}")
x = 10; y = 20
print(f"{x = }", f"{x+y = }", f"{x * y=:>6}", f"{name=!s}")
items = ["a", "b", "c"]
print(f"{', '.join(items)}", f"{len(items)} items", f"{items[-1].upper()}")
print(f"{'yes' if x > 5 else 'no'}", f"{(lambda q: q * 2)(21)}")
print(f"{3.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.0:.1f}", f"{1/3:.10f}")
