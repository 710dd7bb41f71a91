"""Bringing another page of the main window forward (check-in → intake, consultation → intake)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def show_page(page: QWidget) -> None:
    """Select the page in the window's navigation, so that the list and the page agree."""
    window = page.window()
    nav, stack = getattr(window, "nav", None), getattr(window, "stack", None)
    if nav is not None and stack is not None and stack.indexOf(page) >= 0:
        nav.setCurrentRow(stack.indexOf(page))
