# loop.set_exception_handler receives context for a callback that raises
import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], type(exc).__name__, exc)

def bad_callback():
    raise ZeroDivisionError("in callback")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler() is None)
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom message"})
    loop.set_exception_handler(None)
    print("reset", loop.get_exception_handler())

asyncio.run(main())
