# module surface: __all__, type objects, ProxyTypes, class reprs, generic aliases
import weakref

print(sorted(weakref.__all__))
print(weakref.ReferenceType is weakref.ref, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(weakref.ProxyType, weakref.CallableProxyType, weakref.ref, weakref.WeakMethod)
print(weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.finalize, weakref.KeyedRef)
print(weakref.WeakKeyDictionary[str, int], weakref.WeakValueDictionary[int, object])
print(issubclass(weakref.WeakMethod, weakref.ref), issubclass(weakref.KeyedRef, weakref.ref))
print(callable(weakref.proxy), callable(weakref.getweakrefs), callable(weakref.getweakrefcount))
for name in ("data", "_remove"):
    print(name, hasattr(weakref.WeakSet(), name), hasattr(weakref.WeakValueDictionary(), name))
print(weakref.finalize.__slots__, hasattr(weakref.finalize, "_registry"))
