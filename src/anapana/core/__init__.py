"""The Qt-free heart of Anapana: session files, plans and the player.

Nothing in this package imports Qt, reads the clock on its own, or keeps global
state; the app, the sound layer and the command line all stand on it.
"""
