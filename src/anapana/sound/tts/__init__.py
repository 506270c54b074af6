"""Text to speech rendered to PCM: engines behind one small interface (`engine`).

No Qt here except in `qt_engine` (speech-dispatcher through QTextToSpeech, the last resort).
"""
