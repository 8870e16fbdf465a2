"""Entry script of the frozen LendingDesk: the same main() as the `lendingdesk` command."""

import os
import sys

# A windowed Windows build has no console: print() and logging would fail on None streams.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from lendingdesk.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
