"""Model assistance: Label Studio ML backends, offline ONNX models, rubber-stamp figures.

See docs/models.md.
"""
