# SafeUUID members, copying a UUID (state keeps is_safe), weak references and subclasses
import copy
import uuid
import weakref

print(list(uuid.SafeUUID), uuid.SafeUUID(0), uuid.SafeUUID(None), repr(uuid.SafeUUID.unsafe))
u = uuid.UUID("12345678-1234-5678-1234-567812345678", is_safe=uuid.SafeUUID.safe)
c = copy.copy(u)
d = copy.deepcopy(u)
print(c == u, c is u, c.is_safe, d.is_safe)
print(u.__getstate__(), uuid.UUID(int=1).__getstate__())
r = weakref.ref(u)
print(r() is u)


class Tagged(uuid.UUID):
    __slots__ = ()

    def tag(self):
        return "id-" + self.hex[:8]


t = Tagged(int=255)
print(repr(t), t.tag(), t == uuid.UUID(int=255), isinstance(t, uuid.UUID))
try:
    t.extra = 1
except TypeError as e:
    print(type(e).__name__, e)
