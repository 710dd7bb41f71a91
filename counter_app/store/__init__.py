"""SQLAlchemy 2.0 models, engines and the unit of work.

One schema serves the counter's local store and the hall store; a few tables
(outbox, local counters) only ever fill on one side.
"""
