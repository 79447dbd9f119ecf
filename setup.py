"""Packaging glue that pyproject.toml cannot express:

- ship ``resources/`` inside the wheel as the package ``datafi_desktop.resources``
  (contracts, demo campaign, icons), so an installed app finds them the same way a source
  checkout does;
- compile the translations (``datafi_desktop/i18n/*.ts`` → ``.qm``) with PySide6's
  ``lrelease`` into the wheel (PySide6-Essentials is a build requirement for this). Without
  it the build still succeeds and the app compiles them on first use
  (``datafi_desktop/ui/translations.py``)."""

import importlib.util
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class build_py_with_translations(build_py):
    def run(self) -> None:
        super().run()
        spec = importlib.util.spec_from_file_location(
            "datafi_i18n_tools", ROOT / "datafi_desktop" / "i18n" / "tools.py")
        assert spec is not None and spec.loader is not None
        tools = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = tools  # its dataclasses look their module up
        spec.loader.exec_module(tools)
        dest = Path(self.build_lib) / "datafi_desktop" / "i18n"
        try:
            for qm in tools.compile_all(ROOT / "datafi_desktop" / "i18n", dest):
                print(f"compiled {qm}")
        except tools.ToolError as exc:
            print(f"warning: translations not compiled ({exc}); the app compiles them "
                  "on first use")


setup(
    packages=[*find_packages(include=["datafi_desktop", "datafi_desktop.*"]),
              "datafi_desktop.resources"],
    package_dir={"datafi_desktop.resources": "resources"},
    package_data={
        "datafi_desktop.resources": ["**/*"],
        "datafi_desktop.hub": ["migrations/*.py", "migrations/versions/*.py"],
        "datafi_desktop.i18n": ["*.ts"],
    },
    exclude_package_data={"datafi_desktop.resources": ["**/node_modules/**"]},
    cmdclass={"build_py": build_py_with_translations},
)
