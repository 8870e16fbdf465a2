"""LendingDesk: the desk application of a lending service for innovative care products."""

__version__ = "0.1.0"
