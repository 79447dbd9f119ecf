"""The application's core: domain types, protocol, wallet, cache and sync.

Nothing below this package imports Qt; every user action has a function here
that a test can call without a display.
"""
