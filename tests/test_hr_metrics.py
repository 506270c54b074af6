"""HRV metrics against pyhrv on real MIT-BIH data, and against known signals."""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys
import warnings
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from anapana.hr.metrics import frequency_domain, resample, spectrum, time_domain


def pyhrv_files() -> Path:
    """pyhrv's sample data (MIT-BIH normal sinus rhythm NN intervals), found without
    importing pyhrv."""
    spec = importlib.util.find_spec("pyhrv")
    assert spec is not None and spec.submodule_search_locations, "pyhrv is in the test extra"
    return Path(next(iter(spec.submodule_search_locations))) / "files"


def sample(name: str) -> list[float]:
    return [float(v) for v in np.load(pyhrv_files() / f"SampleNNISeries{name}.npy")]


def pyhrv_module(name: str) -> ModuleType:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pyhrv's dependencies warn as they import
        return importlib.import_module(f"pyhrv.{name}")


@pytest.mark.parametrize("name", ["Short", "Long"])
def test_time_domain_agrees_with_pyhrv_on_real_data(name: str) -> None:
    nni = sample(name)
    assert len(nni) in (337, 4684)
    td = pyhrv_module("time_domain")
    ours = time_domain(nni)
    reference = {
        "rmssd": td.rmssd(nni=nni)["rmssd"],
        "sdnn": td.sdnn(nni=nni)["sdnn"],
        "pnn50": td.nn50(nni=nni)["pnn50"],
        "hr_mean": td.hr_parameters(nni=nni)["hr_mean"],
    }
    assert ours.rmssd_ms == pytest.approx(reference["rmssd"], rel=0.005)
    assert ours.sdnn_ms == pytest.approx(reference["sdnn"], rel=0.005)
    assert ours.pnn50_pct == pytest.approx(reference["pnn50"], rel=0.005)
    assert ours.mean_hr_bpm == pytest.approx(reference["hr_mean"], rel=0.005)


def test_time_domain_by_hand() -> None:
    td = time_domain([800, 900, 800, 900])
    assert td.rmssd_ms == pytest.approx(100.0)
    assert td.sdnn_ms == pytest.approx(math.sqrt(4 * 50**2 / 3))
    assert td.pnn50_pct == pytest.approx(100.0)
    assert td.mean_hr_bpm == pytest.approx((75 + 200 / 3) / 2)
    with pytest.raises(ValueError, match="at least two"):
        time_domain([800])


def test_frequency_domain_near_pyhrv_on_an_hour_of_real_data() -> None:
    # Spectral estimates depend on window and segment choices (pyhrv: Hamming, 256
    # samples; here Hann, 256 s), so agreement within 10 % is what to expect.
    nni = sample("Long")
    fd = pyhrv_module("frequency_domain")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference = fd.welch_psd(nni=nni, show=False, mode="dev")[0]
    ours = frequency_domain(nni)
    lf_ref, hf_ref = reference["fft_abs"][1], reference["fft_abs"][2]
    assert ours.lf_power_ms2 == pytest.approx(lf_ref, rel=0.10)
    assert ours.hf_power_ms2 == pytest.approx(hf_ref, rel=0.10)
    assert ours.lf_peak_hz == pytest.approx(reference["fft_peak"][1], abs=0.005)


def test_a_pure_rhythm_lands_in_its_band_with_its_power() -> None:
    # RR swinging ±50 ms at 0.1 Hz: power A²/2 = 1250 ms², all of it in LF.
    rr: list[float] = []
    t = 0.0
    while t < 600:
        value = 1000.0 + 50.0 * math.sin(2 * math.pi * 0.1 * t)
        rr.append(value)
        t += value / 1000
    fd = frequency_domain(rr)
    assert fd.lf_peak_hz == pytest.approx(0.1, abs=0.003)
    assert fd.lf_power_ms2 == pytest.approx(1250, rel=0.08)
    assert fd.hf_power_ms2 < 0.02 * fd.lf_power_ms2
    # The same at 0.25 Hz is HF.
    rr2 = [1000.0 + 50.0 * math.sin(2 * math.pi * 0.25 * k) for k in range(600)]
    fd2 = frequency_domain(rr2)
    assert fd2.hf_power_ms2 == pytest.approx(1250, rel=0.08)
    assert fd2.lf_power_ms2 < 0.02 * fd2.hf_power_ms2


def test_resampling_is_even_at_4_hz() -> None:
    grid, values = resample([0.0, 1.0, 2.0, 3.0, 4.0], [1, 2, 3, 4, 5])
    assert np.allclose(np.diff(grid), 0.25)
    assert np.allclose(values, grid + 1)
    freqs, psd = spectrum(np.zeros(400))
    assert freqs[0] == 0 and psd.max() == 0


def test_without_scipy_the_analysis_says_how_to_enable_it(tmp_path: Path) -> None:
    rr_file = tmp_path / "rr.txt"
    rr_file.write_text("\n".join(["800", "820"] * 60))
    script = (
        "import sys\n"
        "sys.modules['scipy'] = None\n"
        "import anapana.hr as hr\n"
        "from anapana.hr.metrics import MissingScipy, frequency_domain\n"
        "print(round(hr.time_domain([800, 900, 800]).rmssd_ms))\n"
        "try:\n"
        "    frequency_domain([800.0, 820.0] * 200)\n"
        "except MissingScipy as e:\n"
        "    print(e)\n"
        "from anapana.cli import main\n"
        f"sys.exit(main(['hrv', 'assess', {str(rr_file)!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={"ANAPANA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2, done.stderr
    assert done.stdout.splitlines() == [
        "100", "heart-rate spectra need scipy: pip install 'anapana[hr]'"]
    assert "pip install 'anapana[hr]'" in done.stderr
    assert "Traceback" not in done.stderr
