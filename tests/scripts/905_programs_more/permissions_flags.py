# Role-based permissions with enum.Flag, a class decorator, __slots__ users and a checking decorator.
from enum import Flag, auto
from functools import wraps


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = auto()
    EDITOR = READ | WRITE
    OWNER = READ | WRITE | DELETE


ROLES = {"guest": Perm.READ, "editor": Perm.EDITOR, "owner": Perm.OWNER, "root": Perm.OWNER | Perm.ADMIN}


class PermissionDenied(Exception):
    pass


def requires(perm):
    def deco(fn):
        @wraps(fn)
        def wrapper(self, user, *args, **kwargs):
            missing = perm & ~user.perms
            if missing:
                names = "|".join(sorted(p.name for p in Perm if p in missing and p.name in ("READ", "WRITE", "DELETE", "ADMIN")))
                raise PermissionDenied(f"{user.name} lacks {names} for {fn.__name__}")
            return fn(self, user, *args, **kwargs)
        wrapper.required = perm
        return wrapper
    return deco


def audited(cls):
    cls.audit_log = []
    for name, attr in list(vars(cls).items()):
        if callable(attr) and hasattr(attr, "required"):
            def make(f, name=name):
                @wraps(f)
                def logged(self, user, *a):
                    try:
                        result = f(self, user, *a)
                        cls.audit_log.append(f"ok {user.name}.{name}")
                        return result
                    except PermissionDenied:
                        cls.audit_log.append(f"DENIED {user.name}.{name}")
                        raise
                return logged
            setattr(cls, name, make(attr))
    return cls


class User:
    __slots__ = ("name", "perms")

    def __init__(self, name, role):
        self.name = name
        self.perms = ROLES[role]


@audited
class Document:
    def __init__(self, text):
        self.text = text

    @requires(Perm.READ)
    def read(self, user):
        return self.text

    @requires(Perm.WRITE)
    def append(self, user, more):
        self.text += more
        return len(self.text)

    @requires(Perm.DELETE | Perm.WRITE)
    def clear(self, user):
        self.text = ""

    @requires(Perm.ADMIN)
    def purge(self, user):
        return "purged"


doc = Document("hello")
users = [User("gus", "guest"), User("eve", "editor"), User("olga", "owner"), User("rita", "root")]
for u in users:
    for action, args in [("read", ()), ("append", ("!",)), ("clear", ()), ("purge", ())]:
        try:
            res = getattr(doc, action)(u, *args)
            print(f"{u.name:>4} {action:<6} -> {res!r}")
        except PermissionDenied as e:
            print(f"{u.name:>4} {action:<6} !! {e}")
print(len(Document.audit_log), Document.audit_log[:3])
print(Perm.EDITOR in Perm.OWNER, Perm.ADMIN in ROLES["owner"], bool(Perm.READ & Perm.WRITE))
print(Perm.read.__doc__ if hasattr(Perm, "read") else Document.clear.__name__, Document.clear.__wrapped__.required)
try:
    users[0].role = "root"
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(p.name for p in Perm.OWNER), Perm(3), repr(Perm.WRITE | Perm.ADMIN))
