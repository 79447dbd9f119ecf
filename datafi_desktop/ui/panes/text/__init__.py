"""Helpers of the text pane: the text view with its span highlights, the label chips,
the list of spans."""
