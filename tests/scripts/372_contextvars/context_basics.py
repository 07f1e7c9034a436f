# contextvars without asyncio: variables, defaults, tokens, contexts as mappings, Context.run and its errors
import contextvars
from contextvars import Context, ContextVar, Token, copy_context

name = ContextVar("name")
level = ContextVar("level", default=0)
print(type(name), type(Context()), Token, type(Token.MISSING), Token.MISSING)
print(name.name, level.name, level.get(), name.get("fallback"), level.get(5))
try:
    name.get()
except LookupError as e:
    print("LookupError", e.args[0] is name, str(e).startswith("<ContextVar name='name' at 0x"))
print(repr(level).startswith("<ContextVar name='level' default=0 at 0x"))

token = name.set("alice")
print(name.get(), token.var is name, token.old_value is Token.MISSING, repr(token).startswith("<Token var=<ContextVar name='name' at "))
token2 = name.set("bob")
print(name.get(), token2.old_value)
name.reset(token2)
print(name.get())
try:
    name.reset(token2)
except RuntimeError as e:
    print("RuntimeError", str(e).endswith("has already been used once"), repr(token2).startswith("<Token used var="))
try:
    level.reset(token)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
try:
    name.reset("not a token")
except TypeError as e:
    print("TypeError", e)
try:
    ContextVar(3)
except TypeError as e:
    print("TypeError", e)

# a copy sees the values, and its changes stay in it
ctx = copy_context()
print(ctx[name], name in ctx, level in ctx, len(ctx), ctx.get(level), ctx.get(level, "d"))
print(list(ctx) == [name], list(ctx.keys()) == [name], list(ctx.values()), [(k.name, v) for k, v in ctx.items()])


def inside(value):
    name.set(value)
    level.set(level.get() + 1)
    return name.get(), level.get()


print(ctx.run(inside, "carol"), ctx[name], ctx[level])
print(name.get(), level.get())
print(ctx.run(inside, "dave"), ctx[level])
try:
    ctx[3]
except TypeError as e:
    print("TypeError", e)
try:
    Context()[name]
except KeyError as e:
    print("KeyError", e.args[0] is name)
try:
    Context(1)
except TypeError as e:
    print("TypeError", e)


def reenter():
    ctx.run(print, "never")


try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context: <_contextvars.Context object at"), str(e).endswith("is already entered"))

# a token from another context
other = Context()
t = other.run(name.set, "x")
try:
    name.reset(t)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
print(other.run(name.get), name.get())
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)
print(hash(name) == hash(name), name == name, name != level, copy_context().copy()[name])
name.reset(token)
print(name.get(None), len(copy_context()))
