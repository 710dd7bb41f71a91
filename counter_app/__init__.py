"""Counter: the window clerk's desktop program for an Administrative Approval Service Hall."""

__version__ = "0.1.0"
