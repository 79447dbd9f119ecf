"""Parts of the collection pane: the metadata form, the media area, the text inputs."""
