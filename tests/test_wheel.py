"""The wheel carries templates/ and schemas/: install it in a fresh venv and convert from elsewhere."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

from factlib import SEEDS

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_and_converts_outside_the_source_tree(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True)
    (wheel,) = wheels.glob("doc2xbrl-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    subprocess.run([str(env_dir / "bin" / "pip"), "install", "-q", str(wheel)], check=True, capture_output=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    result = subprocess.run(
        [str(env_dir / "bin" / "doc2xbrl"), "convert", str(SEEDS / "hanaro-6k-cover-nov-2002.txt"), "-o", "out"],
        cwd=work, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    instance = work / "out" / "hanaro-6k-cover-nov-2002.xml"
    assert instance.is_file()
    check = subprocess.run([str(env_dir / "bin" / "doc2xbrl"), "validate", str(instance)],
                           cwd=work, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    # The installed package must not be reading the source checkout's folders.
    where = subprocess.run([str(env_dir / "bin" / "python"), "-c",
                            "from converter.resources import schemas_dir, templates_dir;"
                            "print(schemas_dir()); print(templates_dir())"],
                           cwd=work, capture_output=True, text=True, check=True).stdout
    assert str(ROOT) not in where
