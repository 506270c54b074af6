"""The history's small heart chart: shown once a practice had a heart signal, else hidden."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from anapana.app.history.view import HistoryView
from anapana.log import Practice
from anapana.log.heart import HeartRecord, save_heart
from anapana.log.opening import open_log
from tests.fakes import FakeClock

pytestmark = pytest.mark.gui

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def _practice(uuid: str, started: datetime) -> Practice:
    return Practice(uuid=uuid, session="coherent-breathing-10", title="Coherent breathing",
                    sha256="", started_at=started, planned_s=600.0, last_seen_at=started,
                    updated_at=started, practised_s=600.0, status="completed")


def test_heart_chart_over_weeks(qtbot: QtBot, tmp_path: Path) -> None:
    log, _ = open_log(tmp_path / "log.sqlite3", FakeClock(NOW), [])
    try:
        log.save_practice(_practice("no-heart-0001", NOW - timedelta(days=1)))
        view = HistoryView(log, FakeClock(NOW))
        qtbot.addWidget(view)
        view.show()
        view.refresh()
        heart_tab = view.charts.indexOf(view.heart_tab)
        assert not view.charts.isTabVisible(heart_tab)  # without a strap: no heart tab
        assert not view.heart_plot.isVisible()
        for weeks_ago, hr, rmssd in ((3, 66.0, 35.0), (1, 62.0, 44.0), (0, 60.0, 51.0)):
            uuid = f"heart-{weeks_ago:04d}-x"
            log.save_practice(_practice(uuid, NOW - timedelta(weeks=weeks_ago)))
            save_heart(log, HeartRecord(uuid, "Test", 600.0, hr, rmssd, 9.0, (950.0,) * 10),
                       NOW)
        view.refresh()
        assert view.charts.isTabVisible(heart_tab)
        view.charts.setCurrentIndex(heart_tab)  # the charts sit in tabs: choose its tab
        assert view.heart_plot.isVisible() and view.heart_title.isVisible()
        assert [e.text for e in view.heart_chart.legend.entries] == [
            "Heart rate (beats a minute)", "RMSSD (ms, dashed)"]
        curves = view.heart_plot.getPlotItem().listDataItems()
        assert len(curves) == 2
        hr_y = list(curves[0].getData()[1])
        rmssd_y = list(curves[1].getData()[1])
        assert hr_y == [66.0, 62.0, 60.0] and rmssd_y == [35.0, 44.0, 51.0]
    finally:
        log.close()
