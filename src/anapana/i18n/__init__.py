"""The app's translation catalogues (`anapana_<lang>.ts`, compiled to `.qm` at build time)
and the Qt-free tools that read, merge and check them."""

LANGUAGES: tuple[str, ...] = ("de", "fr", "es", "it", "pt_BR", "nl")
"""The languages the app is translated into, as Qt names them (`pt_BR`, not `pt-BR`)."""
