# A group of more than 15 exceptions prints the first 15 and a count of the rest; nested groups nest their boxes.
inner = ExceptionGroup("inner", [KeyError(k) for k in "ab"])
errors = [ValueError(i) for i in range(17)] + [inner]
raise ExceptionGroup("many", errors)
