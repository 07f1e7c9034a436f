# sys.exit with a string message: message to stderr, exit status 1
import sys
def main():
    try:
        print("working")
        return 1 / 0
    except ZeroDivisionError:
        sys.exit("fatal: division failed")
    finally:
        print("finally in main")
main()
