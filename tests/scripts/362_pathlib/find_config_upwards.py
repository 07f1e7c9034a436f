# pathlib: look for a config file in a directory and its parents, as tools like git or tox do
import os


def remove_tree(top):
    """Delete a directory tree (shutil is not available): links are removed, never followed."""
    for entry in os.scandir(top):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(top)


def in_scratch_dir(name, body):
    if os.path.lexists(name):
        remove_tree(name)
    os.mkdir(name)
    os.chdir(name)
    try:
        body()
    finally:
        os.chdir("..")
        remove_tree(name)


from pathlib import Path


def find_upwards(start, name):
    start = start.absolute()
    for folder in (start, *start.parents):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def main():
    here = Path.cwd()
    Path("repo/pkg/sub/deep").mkdir(parents=True)
    Path("repo/setup.cfg").write_text("[tool]\nlevel = repo\n")
    Path("repo/pkg/setup.cfg").write_text("[tool]\nlevel = pkg\n")
    Path("repo/.marker").mkdir()
    for start in ["repo/pkg/sub/deep", "repo/pkg", "repo", "repo/pkg/sub/deep/../.."]:
        found = find_upwards(Path(start), "setup.cfg")
        print(f"{start:26} -> {found.relative_to(here)} ({found.read_text().split('= ')[1].strip()})")
    print(find_upwards(Path("repo/pkg/sub"), "no-such-file.toml"))
    marker = next(p for p in (Path("repo/pkg/sub/deep").absolute(), *Path("repo/pkg/sub/deep").absolute().parents)
                  if (p / ".marker").is_dir())
    print("project root:", marker.relative_to(here))
    print([str(p.relative_to(here)) for p in Path("repo/pkg/sub/deep").absolute().parents if p.is_relative_to(here)])


in_scratch_dir("_tmp_find_config_upwards", main)
