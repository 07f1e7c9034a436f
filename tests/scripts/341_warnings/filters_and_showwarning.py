# filterwarnings by message and module, simplefilter actions, a replaced showwarning, warnings as errors uncaught
import warnings
def notify(message, category, filename, lineno, file=None, line=None):
    print("notified:", category.__name__, message, lineno)
warnings.showwarning = notify
warnings.warn("first")
warnings.filterwarnings("ignore", message="noisy")
warnings.warn("noisy thing")
warnings.warn("quiet thing")
warnings.simplefilter("once", UserWarning)
for _ in range(3):
    warnings.warn("once only")
warnings.resetwarnings()
warnings.simplefilter("always")
for _ in range(2):
    warnings.warn("every time", DeprecationWarning)
warnings.showwarning = warnings._showwarning_orig
warnings.simplefilter("error", RuntimeWarning)
warnings.warn("fatal", RuntimeWarning)
