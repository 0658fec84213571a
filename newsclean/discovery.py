"""Finding plugins: entry points, the built-ins of a source checkout, plugin objects.

Installed plugins (the built-ins included) are declared under the
``newsclean`` entry-point group. An entry point may name a module, a class
(instantiated with no arguments) or an object; whatever it names must carry
``@newsclean.hookimpl`` functions.

When newsclean runs from a source checkout that was never installed, there
are no entry points at all: the built-in plugin modules are then found in
the ``plugins/`` folder beside the package, with a warning that installed
third-party plugins cannot be discovered that way. When entry points exist
but name ``newsclean.plugins.*`` that the imported newsclean lacks (Python run
from a checkout beside a wheel or a leftover egg-info), the package is read
from that same ``plugins/`` folder, with one warning.
"""
from __future__ import annotations

import importlib
import importlib.util
import inspect
import logging
import pkgutil
import sys
import types
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import pluggy

from .hookspecs import PROJECT

__all__ = [
    "ENTRY_POINT_GROUP", "BUILTIN_PACKAGE", "Candidate", "candidates", "builtin_modules",
    "plugin_object", "has_hooks", "hook_classes", "PluginManager",
]

log = logging.getLogger("newsclean")

ENTRY_POINT_GROUP = "newsclean"
#: Where the built-in plugins live once installed (``plugins/`` in the source tree).
BUILTIN_PACKAGE = "newsclean.plugins"
#: The attribute pluggy's HookimplMarker sets on a marked function.
_IMPL_ATTR = f"{PROJECT}_impl"

_warned_uninstalled = False
_warned_mismatch = False


@dataclass(frozen=True)
class Candidate:
    """A plugin the Cleaner may load: its name, how to load it, where it comes from."""

    name: str
    value: str  # "module" or "module:attr"
    version: str
    origin: str  # "entry point" or "built-in (not installed)"
    load: Callable[[], Any]


def candidates() -> list[Candidate]:
    """Every plugin of the ``newsclean`` entry-point group, by name.

    Without any entry point of the built-in package (newsclean is not
    installed, e.g. imported from a source checkout), the built-in modules
    are added from the source tree and a warning is logged once.
    """
    eps = sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
    versions: dict[int, str] = {}  # id of a distribution -> its version (each read parses its metadata file)

    def version(dist: Any) -> str:
        if dist is None:
            return ""
        got = versions.get(id(dist))
        if got is None:
            got = versions[id(dist)] = dist.version
        return got

    found = [Candidate(ep.name, ep.value, version(ep.dist), "entry point", ep.load) for ep in eps]
    if any(ep.value.startswith(BUILTIN_PACKAGE + ".") for ep in eps):
        _ensure_builtin_package()
        return found
    names = {c.name for c in found}
    modules = builtin_modules()
    global _warned_uninstalled
    if not _warned_uninstalled:
        _warned_uninstalled = True
        log.warning("newsclean is not installed (no entry points of its built-in plugins were found): "
                    "loading the %d built-in plugins from the source tree; installed third-party plugins "
                    "need an install to be found (pip install -e .)", len(modules))
    from . import __version__

    for name, modname in modules:
        if name not in names:
            found.append(Candidate(name, modname, __version__, "built-in (not installed)",
                                   lambda m=modname: importlib.import_module(m)))
    return sorted(found, key=lambda c: c.name)


def builtin_modules() -> list[tuple[str, str]]:
    """(plugin name, module name) of every built-in plugin module that has hooks.

    Modules without hooks (vocabulary data, helpers) are not plugins.
    """
    package = _builtin_package()
    if package is None:
        return []
    out = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.ispkg:
            continue
        modname = f"{BUILTIN_PACKAGE}.{info.name}"
        try:
            module = importlib.import_module(modname)
        except Exception as e:  # reported like a broken entry point
            out.append((info.name, modname))
            log.debug("built-in %s does not import: %s", modname, e)
            continue
        if has_hooks(module):
            out.append((info.name, modname))
    return out


def _ensure_builtin_package() -> None:
    """Make the entry points' ``newsclean.plugins.*`` importable when this newsclean lacks them.

    Python run from a source checkout imports ``newsclean`` from the checkout even
    when a wheel (or a leftover ``newsclean.egg-info``) supplies the entry points;
    the checkout's package has no ``plugins`` subpackage, so every built-in would
    fail to load. The built-ins are then read from the checkout's ``plugins/``
    folder, with one warning.
    """
    global _warned_mismatch
    if BUILTIN_PACKAGE in sys.modules:
        return
    try:
        if importlib.util.find_spec(BUILTIN_PACKAGE) is not None:
            return
    except (ImportError, ValueError):
        pass
    if _source_tree_package() is not None and not _warned_mismatch:
        _warned_mismatch = True
        log.warning("the entry points name %s.*, but the newsclean imported from %s has no such package "
                    "(Python run from a source checkout beside another install or a leftover egg-info?): "
                    "loading the built-in plugins from the source tree's plugins/ folder",
                    BUILTIN_PACKAGE, Path(__file__).resolve().parent)


def _builtin_package() -> ModuleType | None:
    try:
        return importlib.import_module(BUILTIN_PACKAGE)
    except ModuleNotFoundError:
        pass
    return _source_tree_package()


def _source_tree_package() -> ModuleType | None:
    """The ``plugins/`` folder beside the package folder (a source checkout), imported
    as :data:`BUILTIN_PACKAGE`; None when there is no such folder."""
    folder = Path(__file__).resolve().parent.parent / "plugins"
    init = folder / "__init__.py"
    if not init.is_file():
        return None
    spec = importlib.util.spec_from_file_location(BUILTIN_PACKAGE, init, submodule_search_locations=[str(folder)])
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[BUILTIN_PACKAGE] = module
    spec.loader.exec_module(module)
    return module


def plugin_object(obj: Any) -> Any:
    """What to register for ``obj``: a class is instantiated, anything else is itself."""
    if inspect.isclass(obj):
        return obj()
    return obj


def has_hooks(obj: Any) -> bool:
    """Whether ``obj`` (module, class or instance) has a ``@newsclean.hookimpl`` function."""
    for attr in dir(obj):
        if attr.startswith("newsclean_") and hasattr(getattr(obj, attr, None), _IMPL_ATTR):
            return True
    return False


def hook_classes(module: Any) -> list[str]:
    """Names of the classes defined in ``module`` that carry hooks (for a helpful message)."""
    if not inspect.ismodule(module):
        return []
    return sorted(name for name, v in vars(module).items()
                  if inspect.isclass(v) and getattr(v, "__module__", None) == module.__name__ and has_hooks(v))


# what pluggy can take a hook implementation from (a function; a method, static or class method)
_HOOKABLE = (types.FunctionType, types.MethodType, staticmethod, classmethod)
_ABSENT = object()


class PluginManager(pluggy.PluginManager):
    """pluggy's PluginManager, quicker to register a module: pluggy looks every name of a plugin up
    statically (``inspect.getattr_static``), and a plugin module has hundreds of names (its patterns,
    vocabularies, constants). A name the module binds to anything but a function or a method is no
    hook implementation whatever pluggy would find: it is told apart from the module's dict at once;
    every other name goes through pluggy as before."""

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> Any:
        if isinstance(plugin, types.ModuleType) and not name.startswith("__"):
            value = vars(plugin).get(name, _ABSENT)
            if value is not _ABSENT and not isinstance(value, _HOOKABLE):
                return None
        return super().parse_hookimpl_opts(plugin, name)
