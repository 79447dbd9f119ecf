"""Packaging glue that pyproject.toml cannot express: ship ``resources/`` inside the
wheel as the package ``datafi_desktop.resources`` (contracts, demo campaign, icons),
so an installed app finds them the same way a source checkout does."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["datafi_desktop", "datafi_desktop.*"]),
              "datafi_desktop.resources"],
    package_dir={"datafi_desktop.resources": "resources"},
    package_data={
        "datafi_desktop.resources": ["**/*"],
        "datafi_desktop.hub": ["migrations/*.py", "migrations/versions/*.py"],
    },
    exclude_package_data={"datafi_desktop.resources": ["**/node_modules/**"]},
)
