"""`python -m anapana` runs the same entry point as the `anapana` command."""

from anapana.cli import main

raise SystemExit(main())
