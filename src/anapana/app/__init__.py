"""The desktop app: the library window, the pacing player, check-ins and settings (Qt).

Nothing here is imported by the command-line tools that only read files; `main.run_app`
is the entry point `anapana` and `anapana run` call.
"""

import os

# numpy's OpenBLAS keeps worker threads spinning after each call; the app does no
# heavy linear algebra, and those idle spins cost a few % of a core while a session plays.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
