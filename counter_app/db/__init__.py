"""Alembic migrations (one history for the local and the hall schema) and demo hall data."""
