# os.path.expandvars: $NAME and ${NAME} from os.environ; unknown names stay as they are
import os

os.environ.update(PROJ='weft', VER='3.11', EMPTY='')
for key in ['UNSET_VAR_A', 'UNSET_VAR_B']:
    os.environ.pop(key, None)
for p in ['$PROJ/src', '${PROJ}-${VER}', '$PROJ$VER', '$UNSET_VAR_A/x', '${UNSET_VAR_B}', 'a$', '$', '$$PROJ',
          '${PROJ', '${}', '$PROJ.$VER', '%PROJ%', 'no vars', '', '[$EMPTY]', '$1abc', '$PROJ_suffix', 'x${VER}y',
          '~/$PROJ']:
    print(f'{p!r:18} {os.path.expandvars(p)!r}')
print(os.path.expandvars(b'$PROJ/${VER}'), os.path.expandvars(b'$UNSET_VAR_A'))
for bad in [None, 1]:
    try:
        os.path.expandvars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
