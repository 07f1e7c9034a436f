# divmod() and three-argument pow(): builtin numbers, user classes' __divmod__/__rdivmod__/__pow__, and CPython's messages
for a in [(2.0,3,5),(2,3.0,5),(2,3,5.0),(2,3,'x'),('x',3,5),(2,3,0),(2,-1,5),(2,-1,4), (True, 3, 5), (10**20, 3, 7)]:
  try: print(pow(*a))
  except Exception as e: print(type(e).__name__, e)
for a in [(1,0),(1.0,0),(1,0.0),(1j,1j),('a',1),(1,'a'),(True, 2),(7.5, 2), (-7, 2), (7, -2.5), (10**30, 7)]:
  try: print(divmod(*a))
  except Exception as e: print(type(e).__name__, e)
class I(int):
  def __divmod__(self, o): return "mine"
  def __rdivmod__(self, o): return "rmine"
  def __pow__(self, e, m=None): return ("ipow", e, m)
print(divmod(I(3), 2), divmod(2, I(3)), pow(I(2), 3, 5), pow(I(2), 3))
class F:
  def __rdivmod__(self, o): return ("r", o)
print(divmod(5, F()))
try: pow(F(), 2, 3)
except TypeError as e: print(e)
