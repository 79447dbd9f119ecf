"""DataFi Desktop: offline-first labeling with a built-in wallet."""

__version__ = "0.1.0"
