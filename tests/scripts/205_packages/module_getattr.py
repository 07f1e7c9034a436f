# a module's __getattr__ (PEP 562): answers for missing names, its AttributeError propagates
import lazymod as lazy
print(lazy.answer, getattr(lazy, "other", "dflt"), hasattr(lazy, "x"))
from lazymod import answer
print(answer)
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lazymod import missing
except ImportError as e:
    print("ImportError:", e)
