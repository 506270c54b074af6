"""Sound: built-in cues, playback backends, cue timing and spoken guidance.

The Qt-free parts are importable without a display: `synth`, `library`, `mixer`,
`output`, `backends` (`open_output`), `cues` (`CueScheduler`), `preview`.
`qt_output` and `speech` need PySide6.
"""
