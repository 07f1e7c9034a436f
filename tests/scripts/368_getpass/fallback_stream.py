# fallback_getpass() writes its notice and prompt to the given stream and reads stdin; GetPassWarning is a
# UserWarning that filters can turn into an error
import getpass
import io
import warnings

out = io.StringIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pw = getpass.fallback_getpass("Secret? ", out)
print(repr(pw), repr(out.getvalue()))
print(len(caught), caught[0].category.__name__, caught[0].message)
with warnings.catch_warnings():
    warnings.simplefilter("error", getpass.GetPassWarning)
    try:
        getpass.fallback_getpass("never shown", out)
    except getpass.GetPassWarning as e:
        print("raised", type(e).__name__, e, isinstance(e, UserWarning))
print(repr(out.getvalue()))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(repr(getpass.fallback_getpass("again: ", out)), repr(out.getvalue()[-7:]))
