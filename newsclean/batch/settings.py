"""A job's settings: given now, saved in ``job.json``, and merged on ``--resume``.

A new job saves every setting in ``job.json``. On resume, a setting not given
again is taken from there, so ``newsclean batch -o OUT --resume`` is enough.
Settings that decide the output (inputs, shard size, field names, cleaner)
must not change: giving a different value is a conflict, refused with a
message naming it. Settings of the run only (engine, workers, time limit,
recycling) may change: a value given again wins.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields as dc_fields, replace
from typing import Any

from .pool import BatchError
from .records import CleanerSpec, Fields

__all__ = ["Settings", "RUN_DEFAULTS", "resolve", "cleaner_from_dict", "fields_from_dict", "overlay_cleaner",
           "overlay_fields", "SettingsConflict"]

#: Settings of one run, with their defaults (a value given again on resume wins).
RUN_DEFAULTS: dict[str, Any] = {
    "engine": "local",
    "jobs": None,
    "scheduler": None,
    "timeout": 30.0,
    "max_pages_per_worker": 2000,
    "max_worker_memory_mb": None,
}
#: Settings that decide the output (a different value given on resume is a conflict).
JOB_DEFAULTS: dict[str, Any] = {"input_format": "auto", "shard_size": 1000}


class SettingsConflict(BatchError):
    """A setting given on resume differs from the one the job was started with."""


@dataclass(frozen=True)
class Settings:
    """Every setting of a job, resolved."""

    engine: str
    jobs: int | None
    scheduler: str | None
    timeout: float
    max_pages_per_worker: int
    max_worker_memory_mb: float | None
    input_format: str
    shard_size: int
    fields: Fields
    cleaner: CleanerSpec

    def saved(self) -> dict[str, Any]:
        """What ``job.json`` keeps under ``options`` (fields and cleaner have their own keys)."""
        return {k: getattr(self, k) for k in (*RUN_DEFAULTS, *JOB_DEFAULTS)}


def cleaner_from_dict(d: dict[str, Any]) -> CleanerSpec:
    """A :class:`CleanerSpec` from its ``to_dict()`` form (as saved in ``job.json``)."""
    names = {f.name for f in dc_fields(CleanerSpec)}
    kw = {k: v for k, v in d.items() if k in names}
    for k in ("plugins", "disable"):
        if k in kw:
            kw[k] = tuple(kw[k] or ())
    if "options" in kw:
        kw["options"] = dict(kw["options"] or {})
    return CleanerSpec(**kw)


def fields_from_dict(d: dict[str, Any]) -> Fields:
    names = {f.name for f in dc_fields(Fields)}
    return Fields(**{k: v for k, v in d.items() if k in names})


def overlay_cleaner(stored: dict[str, Any] | None, given: dict[str, Any]) -> CleanerSpec | None:
    """The job's cleaner with the fields given now put over it (None when nothing is given).

    ``given`` holds CleanerSpec fields; its ``options`` are put over the stored
    options key by key (``None`` takes an option out: its default given explicitly).
    """
    if not given:
        return None
    base = cleaner_from_dict(stored["cleaner"]) if stored and "cleaner" in stored else CleanerSpec()
    options = {k: v for k, v in {**base.options, **given.get("options", {})}.items() if v is not None}
    rest = {k: v for k, v in given.items() if k != "options"}
    return replace(base, options=options, **rest)


def overlay_fields(stored: dict[str, Any] | None, given: dict[str, str]) -> Fields | None:
    """The job's JSONL field names with those given now put over them (None when none is given)."""
    if not given:
        return None
    base = fields_from_dict(stored["fields"]) if stored and "fields" in stored else Fields()
    return replace(base, **given)


def _differs(name: str, now: Any, then: Any, shown: str | None = None, plural: bool = False) -> SettingsConflict:
    return SettingsConflict(
        f"{shown or name} {'differ' if plural else 'differs'} from the job's: {now!r} given, {then!r} when "
        "the job started; leave it out to resume with the job's own, or choose another output folder")


def resolve(stored: dict[str, Any] | None, given: dict[str, Any]) -> Settings:
    """Merge the settings given now (``None`` = not given) with those of a stored job.

    Raises :class:`SettingsConflict` when a setting that decides the output
    differs from the stored one.
    """
    saved = dict((stored or {}).get("options") or {})
    if stored is not None:  # jobs from before the options were saved still have these
        saved.setdefault("shard_size", stored.get("shard_size"))
    values: dict[str, Any] = {}
    for name, default in RUN_DEFAULTS.items():
        now = given.get(name)
        values[name] = now if now is not None else saved.get(name, default)
    for name, default in JOB_DEFAULTS.items():
        now, then = given.get(name), saved.get(name)
        if now is not None and then is not None and now != then:
            raise _differs(name, now, then, "--" + name.replace("_", "-").replace("input-", ""))
        values[name] = now if now is not None else then if then is not None else default
    if stored is not None and "fields" in stored:
        then_fields = fields_from_dict(stored["fields"])
        if given.get("fields") is not None and given["fields"] != then_fields:
            raise _differs("fields", asdict(given["fields"]), asdict(then_fields), "the JSONL field names", True)
        values["fields"] = then_fields
    else:
        values["fields"] = given.get("fields") or Fields()
    if stored is not None and "cleaner" in stored:
        then_cleaner = cleaner_from_dict(stored["cleaner"])
        now_cleaner = given.get("cleaner")
        if now_cleaner is not None and now_cleaner.to_dict() != then_cleaner.to_dict():
            a, b = now_cleaner.to_dict(), then_cleaner.to_dict()
            diff = sorted(k for k in a if a[k] != b.get(k))
            raise _differs("cleaner", {k: a[k] for k in diff}, {k: b.get(k) for k in diff},
                           "the cleaner settings", True)
        values["cleaner"] = then_cleaner
    else:
        values["cleaner"] = given.get("cleaner") or CleanerSpec()
    return Settings(**values)
