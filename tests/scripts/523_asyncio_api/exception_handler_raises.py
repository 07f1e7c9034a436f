# A custom exception handler that itself raises: the loop reports "Unhandled error in exception handler" with the
# original context through the default handler and keeps running; get/set_exception_handler type checks
import asyncio


def bad_handler(loop, context):
    print("bad handler called:", context["message"])
    raise RuntimeError("handler is broken")


async def main():
    loop = asyncio.get_running_loop()
    for bad in (1, "x"):
        try:
            loop.set_exception_handler(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(loop.get_exception_handler())
    loop.set_exception_handler(bad_handler)
    loop.call_exception_handler({"message": "first report", "code": 1})
    print("loop survives")
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "back to default"})
    print("end")


asyncio.run(main())
