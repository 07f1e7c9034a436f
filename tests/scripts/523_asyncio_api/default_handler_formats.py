# loop.default_exception_handler writes to stderr through logging: the message, then every other key in sorted
# order as "key: repr", and the exception's traceback; also what call_exception_handler does with no custom handler
import asyncio


def raiser():
    raise ValueError("raised for a traceback")


async def main():
    loop = asyncio.get_running_loop()
    print("handler:", loop.get_exception_handler())
    loop.default_exception_handler({"message": "just a message"})
    loop.default_exception_handler({"message": "extra keys", "beta": 2, "alpha": "one", "gamma": [3]})
    loop.default_exception_handler({"message": "exception without traceback", "exception": KeyError("k")})
    try:
        raiser()
    except ValueError as e:
        loop.default_exception_handler({"message": "exception with traceback", "exception": e})
    fut = loop.create_future()
    fut.set_result(7)
    loop.default_exception_handler({"message": "with a future", "future": fut})
    loop.default_exception_handler({})
    loop.call_exception_handler({"message": "via call_exception_handler", "note": "n"})
    print("done")


asyncio.run(main())
