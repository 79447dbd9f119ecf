"""Campaigns and their tasks: the catalog, leases, import, export, predictions."""
