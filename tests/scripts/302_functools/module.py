# the module's public names, constants and the kinds of objects it hands out
import functools
from functools import *

print(sorted(functools.__all__))
print(all(hasattr(functools, n) for n in functools.__all__))
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
print(type(partial).__name__, partial.__name__, partial.__module__)
print(partialmethod.__name__, cached_property.__name__, singledispatchmethod.__module__)
info = lru_cache(maxsize=2)(abs).cache_info()
print(info, info._asdict(), info._replace(hits=5))
print(type(info).__name__, isinstance(info, tuple), len(info))
key = cmp_to_key(lambda a, b: 0)
print(type(key).__name__, type(key).__module__, callable(key))
sd = singledispatch(lambda x: x)
print(sd.__name__, sorted(n for n in ("register", "dispatch", "registry", "_clear_cache") if hasattr(sd, n)))
print(callable(wraps(abs)), reduce.__name__)
