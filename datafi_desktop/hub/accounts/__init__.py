"""Accounts: Sign-In with Ethereum, sessions, roles, upload and nonce quotas."""
