#!/usr/bin/env python3
# countasync.py

import asyncio

# async is used to create a coroutine
async def count():
    print("One")
    await asyncio.sleep(1) # add this coroutine to event queue,and jump to next instruction without pausing
    
    # time.sleep(1) # this wont push the couroutine to event loop as ->`await` describes that this oprn can take time, so the coroutine immediately haults saving its state and python can execute other instructions while the output for this being prepare & later we can check if the output is prepared and starts execution from here only.
    
    print("Two")

async def main():
    await asyncio.gather(count() , count(), count()) # gather all these coroutines

if __name__ == "__main__":
    import time
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
