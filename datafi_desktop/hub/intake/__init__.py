"""Submission intake: verifying signed submissions and storing each exactly once."""
