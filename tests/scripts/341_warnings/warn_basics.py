# warnings.warn with stacklevel, the default filters and once-per-location, catch_warnings(record=True), error filters, formatwarning
import warnings
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
old()
warnings.warn("plain")
warnings.warn("plain")
for i in range(2):
    warnings.warn("loop")
warnings.warn(UserWarning("instance"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
warnings.filterwarnings("error", category=FutureWarning)
try:
    warnings.warn("now an error", FutureWarning)
except FutureWarning as e:
    print("raised", e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"))
