"""The Review page's parts: the list of leased submissions, the item with its labels
side by side, the keys, the reject dialog and the signing of verdicts."""
