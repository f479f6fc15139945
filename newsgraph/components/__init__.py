"""Pipeline components. Built-in ones are registered in :mod:`newsgraph.components.registry`."""

from newsgraph.components.base import Component

__all__ = ["Component"]
