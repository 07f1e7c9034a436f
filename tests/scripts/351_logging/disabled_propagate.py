# A disabled logger drops everything; propagate=False stops records at that logger's handlers.
import logging
import sys

root_out = logging.StreamHandler(sys.stdout)
root_out.setFormatter(logging.Formatter("root saw %(name)s: %(message)s"))
logging.root.addHandler(root_out)
parent = logging.getLogger("parent")
parent_out = logging.StreamHandler(sys.stdout)
parent_out.setFormatter(logging.Formatter("parent saw %(name)s: %(message)s"))
parent.addHandler(parent_out)
child = logging.getLogger("parent.child")
child.warning("propagates to both")
parent.propagate = False
child.warning("stops at parent")
print(child.hasHandlers(), parent.hasHandlers())
parent.propagate = True
child.disabled = True
child.error("dropped: disabled")
print(child.isEnabledFor(logging.CRITICAL))
child.disabled = False
child.propagate = False
child.error("child has no handler and does not propagate: last resort")
print(child.hasHandlers())
