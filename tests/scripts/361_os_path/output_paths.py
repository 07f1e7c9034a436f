# a realistic use: derive output file names from input names with splitext/join/basename/dirname/relpath
import os.path

inputs = ['photos/2023/beach.JPG', 'photos/2023/family.portrait.png', 'docs/readme', '.config', 'photos/x/',
          'archive.tar.gz']


def thumbnail_name(src, out_dir='thumbs'):
    folder, name = os.path.split(src)
    stem, ext = os.path.splitext(name)
    if not stem:
        return None
    rel = os.path.relpath(folder or '.', 'photos') if folder.startswith('photos') else folder
    return os.path.normpath(os.path.join(out_dir, rel, f'{stem}_thumb{ext.lower() or ".bin"}'))


for src in inputs:
    print(f'{src:32} -> {thumbnail_name(src)}')
print(os.path.commonpath(inputs[:2]), os.path.commonprefix(inputs[:2]))
