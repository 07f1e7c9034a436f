# Each task runs in a copy of the context current when it was created: changes made later by the creator are not
# seen, the child's set() does not leak back, and a Token resets only in the context that made it
import asyncio
import contextvars

user = contextvars.ContextVar("user")
level = contextvars.ContextVar("level", default=0)


async def child(name):
    print(name, "starts with", user.get("<unset>"), level.get())
    user.set(name)
    level.set(level.get() + 10)
    await asyncio.sleep(0)
    print(name, "after its own set:", user.get(), level.get())
    return contextvars.copy_context()


async def main():
    user.set("alice")
    t1 = asyncio.create_task(child("t1"))
    user.set("bob")
    level.set(1)
    t2 = asyncio.create_task(child("t2"))
    ctx1, ctx2 = await asyncio.gather(t1, t2)
    print("main still sees", user.get(), level.get())
    print("t1's context:", ctx1[user], ctx1[level])
    print("t2's context:", ctx2[user], ctx2[level])
    print(user in ctx1, len(list(ctx1)) == 2)

    token = user.set("carol")
    print(token.var is user, token.old_value)
    fresh = level.set(5)
    print(fresh.old_value, contextvars.Token.MISSING)
    level.reset(fresh)
    print("reset level:", level.get())
    try:
        level.reset(fresh)
    except RuntimeError as e:
        print("RuntimeError: ...", str(e).rsplit("> ", 1)[1])

    async def reset_in_child():
        try:
            user.reset(token)
        except ValueError as e:
            print("ValueError: ...", str(e).rsplit("> ", 1)[1])

    await asyncio.create_task(reset_in_child())
    user.reset(token)
    print("after reset:", user.get())


asyncio.run(main())
