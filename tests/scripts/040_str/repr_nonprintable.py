# repr() escapes what Python does not print: controls, format characters, separators, private use,
# surrogate-free non-characters; printable text outside ASCII stays as it is.
samples = ["caf\u00e9", "\u00a0nbsp", "soft\u00adhyphen", "zero\u200bwidth", "line\u2028sep", "\ufeffbom",
           "\ue000private", "tag\U000e0001", "\u0085next", "\x7fdel", "tab\tnl\n", "\u4e2d\u6587", "\U0001f600",
           "mixed'quote", "both'\"quotes", "\ufffd", "\uffff"]
for s in samples:
    print(repr(s), len(repr(s)), ascii(s))
print([samples[3], samples[4]], {samples[5]: samples[6]})
print(f"{samples[3]!r}", "%r" % samples[4])
