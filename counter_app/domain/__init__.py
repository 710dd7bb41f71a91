"""Pure rules of the hall: no Qt, no SQLAlchemy.

Everything here takes plain values and returns plain values, so that the
services can be tested with a fake unit of work and the rules can be read
without knowing how they are stored or shown.
"""
