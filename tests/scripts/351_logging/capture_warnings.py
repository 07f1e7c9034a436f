# captureWarnings(True) sends warnings to the "py.warnings" logger; False gives them back to warnings.
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format="%(name)s %(levelname)s: %(message)s")
original = warnings.showwarning
logging.captureWarnings(True)
print(warnings.showwarning is original, logging.getLogger("py.warnings").handlers)
warnings.warn("captured", UserWarning)
warnings.warn("captured runtime warning", RuntimeWarning)
print(logging.getLogger("py.warnings").handlers)
logging.captureWarnings(True)
logging.captureWarnings(False)
print(warnings.showwarning is original)
warnings.warn("back on stderr", UserWarning)
logging.captureWarnings(False)
quiet = logging.getLogger("py.warnings")
quiet.propagate = False
logging.captureWarnings(True)
warnings.warn("dropped: the logger only has its NullHandler")
logging.captureWarnings(False)
