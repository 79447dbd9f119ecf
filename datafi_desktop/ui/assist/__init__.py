"""Model assistance in the app: asking a campaign's ML backends (Ctrl+P), the offline
model, and interactive help in the image pane (docs/models.md)."""
