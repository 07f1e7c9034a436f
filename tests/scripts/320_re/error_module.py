# re.error lives in module "re" (its __module__), as shown in tracebacks as re.error
import re
print(re.error.__module__, re.error.__qualname__, repr(re.error("x")))
