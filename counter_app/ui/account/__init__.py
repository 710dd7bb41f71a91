"""The Account menu's dialogs: one's own PIN, and the hall administrator's PIN reset."""
