"""Packaging only what pyproject.toml cannot say: resources/ (kept at the top of the source tree)
goes into the wheel as the package data ``lendingdesk/_resources``, which lendingdesk/resources.py
resolves. Everything else about the project is in pyproject.toml."""

from setuptools import find_namespace_packages, setup

RESOURCES = "lendingdesk._resources"
# Each folder of resources/ and what a running desk needs from it (not the .ts sources).
DATA = {
    "demo": ["*.json"],
    "fonts": ["*.ttf", "LICENSE-*"],
    "icons": ["*.svg", "*.png", "*.ico"],
    "instruments": ["*.json"],
    "schema": ["*.json"],
    "sounds": ["*.wav"],
    "translations": ["*.qm"],
}

setup(
    packages=[
        *find_namespace_packages(include=["lendingdesk", "lendingdesk.*"]),
        *(f"{RESOURCES}.{folder}" for folder in DATA),
    ],
    package_dir={RESOURCES: "resources"},
    package_data={f"{RESOURCES}.{folder}": patterns for folder, patterns in DATA.items()}
    | {"lendingdesk.store.migrations": ["*.mako"]},
)
