"""The History page, split along its seams.

`page` (the page with its way back), `view` (the layout and what it asks of the log),
`heatmap` (a year of days), `charts` (minutes per week, mood, mood by practice, heart),
`legend`, `table` (the practice list), `files` (export, import, delete), `dialogs` (the
questions it asks) and `words` (Qt's translations for the Qt-free wording in
`anapana.log.history_text`). `charts` and `view` import pyqtgraph: import them lazily.
"""
