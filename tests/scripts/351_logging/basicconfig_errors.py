# basicConfig's ValueErrors: conflicting destinations, an unknown style, unknown keywords, a bad level.
import io
import logging
import sys

def attempt(**kwargs):
    try:
        logging.basicConfig(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    else:
        print("ok", logging.root.handlers)
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)

attempt(stream=sys.stdout, filename="never.log")
attempt(handlers=[logging.StreamHandler()], stream=sys.stdout)
attempt(handlers=[logging.StreamHandler()], filename="never.log")
attempt(style="%%", stream=sys.stdout)
attempt(stream=sys.stdout, colour="red", size=3)
attempt(stream=sys.stdout, level="LOUD")
attempt(stream=sys.stdout, level=1.5)
attempt(stream=sys.stdout, format="no fields")
attempt(stream=sys.stdout, format="{message}")
attempt(stream=sys.stdout, format="{message}", style="{")
print(logging.root.level)
