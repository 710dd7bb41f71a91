"""Use cases: one function per user action, each one transaction over a unit of work."""
