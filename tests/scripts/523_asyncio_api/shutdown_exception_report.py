# A task left over when asyncio.run's main returns is cancelled; if it raises something other than CancelledError
# while being cancelled, the loop's exception handler gets "unhandled exception during asyncio.run() shutdown"
import asyncio


def handler(loop, context):
    print("handler:", context["message"])
    print("  keys:", sorted(context))
    print("  exception:", repr(context["exception"]), "task:", context["task"].get_name())


async def stubborn():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("stubborn cancelled, raising instead")
        raise LookupError("refused to die quietly")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    print("main returns")
    return "main result"


print(asyncio.run(main()))


async def main_default():
    asyncio.create_task(stubborn(), name="stubborn-default")
    await asyncio.sleep(0)
    return "second result"


print(asyncio.run(main_default()))
