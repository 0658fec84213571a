"""Package discovery that pyproject.toml cannot express on its own.

Everything else is in pyproject.toml. ``newsclean/`` and every subpackage
under it are found automatically (``newsclean.batch`` ...), and ``plugins/``
ships as ``newsclean.plugins`` with its subpackages, never as a top-level
``plugins`` package.
"""
from setuptools import find_packages, setup

CORE = find_packages(include=["newsclean", "newsclean.*"])
BUILTIN_PLUGINS = ["newsclean.plugins"] + [f"newsclean.plugins.{p}" for p in find_packages("plugins")]

setup(packages=CORE + BUILTIN_PLUGINS, package_dir={"newsclean.plugins": "plugins"})
