# Logging from asyncio tasks: funcName and lineno name the coroutine's line; adapters carry a task's context.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout,
                    format="%(levelname)s %(name)s %(funcName)s:%(lineno)d [%(task)s] %(message)s")
log = logging.getLogger("workers")
log.setLevel(logging.DEBUG)  # not the root: asyncio logs its selector at DEBUG in CPython


async def worker(name, delay):
    adapter = logging.LoggerAdapter(log, {"task": name})
    adapter.info("starting, sleeping %.1f", delay)
    await asyncio.sleep(delay)
    adapter.debug("woke up")
    if name == "b":
        try:
            raise asyncio.TimeoutError()
        except asyncio.TimeoutError:
            adapter.exception("timed out")
    return name


async def main():
    results = await asyncio.gather(worker("a", 0.2), worker("b", 0.1))
    log.info("results %s", results, extra={"task": "main"})


asyncio.run(main())
