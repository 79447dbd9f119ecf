"""Helpers of the comparison pane: the output cards, the A / tie / B choice, the
rating scales and the reason field."""
