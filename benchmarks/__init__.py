"""LendingDesk benchmarks (``make bench``): see benchmarks/__main__.py and docs/performance.md."""
