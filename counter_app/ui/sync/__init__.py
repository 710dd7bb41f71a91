"""Sync with the hall as the clerk sees it: the background controller, the rejected facts."""
