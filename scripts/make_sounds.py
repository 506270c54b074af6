#!/usr/bin/env python3
"""Write the built-in cue sounds into assets/sounds/NAME.wav (16-bit mono, 44100 Hz).

The sounds are synthesized by `anapana.sound.synth`; edit a function there to tune a cue,
then run `python scripts/make_sounds.py` (or `... NAME ...` for some of them) and listen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from anapana.core.wavfile import Sound, write_wav  # noqa: E402
from anapana.sound import synth  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="cues to write (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "sounds")
    args = parser.parse_args(argv)
    names = args.names or list(synth.CUES)
    unknown = [n for n in names if n not in synth.CUES]
    if unknown:
        parser.error(f"unknown cue {', '.join(unknown)}; known: {', '.join(synth.CUES)}")
    args.out.mkdir(parents=True, exist_ok=True)
    for name in names:
        samples = synth.synthesize(name)
        write_wav(args.out / f"{name}.wav", Sound(samples=samples.reshape(-1, 1), rate=synth.RATE))
        peak = 20 * np.log10(float(np.abs(samples).max()))
        print(
            f"{name:6s} {len(samples) / synth.RATE:5.2f} s  peak {peak:5.1f} dBFS  "
            f"loudness {synth.loudness_db(name, samples):5.1f} dBFS"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
