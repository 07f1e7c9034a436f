# os.statvfs and shutil.disk_usage: the struct sequence, the named tuple, and the error for a missing path.
import os, shutil
s = os.statvfs("/")
print(type(s), os.statvfs_result.n_fields, os.statvfs_result.n_sequence_fields, os.statvfs_result.__match_args__, len(s), s.f_bsize > 0, isinstance(s.f_fsid, int))
u = shutil.disk_usage("/")
print(type(u).__name__, u._fields, u.total >= u.used, u.total == s.f_blocks * s.f_frsize)
try: os.statvfs("/nonexistent")
except OSError as e: print(e)
try: shutil.disk_usage("/nonexistent")
except OSError as e: print(e)
