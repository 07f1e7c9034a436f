# __file__ and sys.argv for a script named by a relative, unnormalised path
import sys
print(__file__)
print(sys.argv)
print(__name__)
