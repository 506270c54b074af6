"""What the live heart trace costs the player: frames and CPU with and without it.

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python bench/hr_trace.py [--seconds 20] [--session coherent-breathing-10]

Plays the session in the real main window with the real clock twice, as `bench/frames.py`
does: once as without a strap, once with the simulated heart (`--hr-simulate 5.5`) drawing
the trace under the breath curve. Ends with one line of figures:

    fps_without=… fps_with=… frame_p99_ms_without=… frame_p99_ms_with=… cpu_pct_without=…
    cpu_pct_with=…
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from _util import figures_line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--session", default="coherent-breathing-10")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import anapana.app.composition as composition
    import frames

    plain = composition.build_main_window
    figures: dict[str, float] = {}
    for label, rate in (("without", None), ("with", 5.5)):

        def build(*a: Any, simulate: float | None = rate, **k: Any) -> Any:
            k.setdefault("hr_simulate", simulate)
            return plain(*a, **k)

        composition.build_main_window = build  # type: ignore[assignment]
        result = frames.measure_frames(args.seconds, args.session)
        print(f"{label:>8} the heart trace: {result['fps']:.1f} frames/s,"
              f" p99 {result['frame_p99_ms']:.1f} ms, CPU {result['cpu_pct']:.1f} %")
        figures[f"fps_{label}"] = result["fps"]
        figures[f"frame_p99_ms_{label}"] = result["frame_p99_ms"]
        figures[f"cpu_pct_{label}"] = result["cpu_pct"]
    composition.build_main_window = plain
    print(figures_line(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
