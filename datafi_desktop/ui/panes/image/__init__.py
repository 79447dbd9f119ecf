"""The image pane's parts: zoomable view, shapes, tools, palette, progressive loader."""
