"""Helpers of the ``content`` plugin, as modules of their own (no hooks here: not plugins)."""
