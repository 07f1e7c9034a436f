# basicConfig(force=True) removes and closes the root's handlers before configuring again.
import io
import logging
import sys

first = io.StringIO()
logging.basicConfig(stream=first, format="first: %(message)s")
logging.warning("one")
old = logging.root.handlers[0]
logging.basicConfig(stream=sys.stdout, format="second: %(message)s", force=True)
logging.warning("two")
print(repr(first.getvalue()))
print(old in logging.root.handlers, old._closed, len(logging.root.handlers))
logging.basicConfig(format="{levelname}|{name}|{message}", style="{", stream=sys.stdout, force=True, level=10)
logging.getLogger("x.y").debug("brace style")
logging.basicConfig(format="$levelname/${name}/$message", style="$", stream=sys.stdout, force=True)
logging.getLogger("z").info("dollar style")
