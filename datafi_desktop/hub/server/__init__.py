"""Serving the API: connection and log limits, observability, the in-process hub."""
