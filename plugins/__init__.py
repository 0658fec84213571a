"""newsclean's built-in plugins, one module per kind of noise.

Installed as ``newsclean.plugins``; each module is declared under the
``newsclean`` entry-point group in pyproject.toml and discovered exactly like
a third-party plugin. Each module keeps its vocabulary as data at its top.
"""
