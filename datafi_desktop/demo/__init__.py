"""The demo's wiring: an in-process hub and the embedded chain put to work for the app.

It sits above both the hub and the core and below the UI (the import contracts in
``pyproject.toml``): the UI reaches the hub only through here, and never without
``--demo``. No Qt in this package.
"""
