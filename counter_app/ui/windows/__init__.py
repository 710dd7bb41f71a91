"""The windows page's dialogs and words: opening and closing windows, the operating rules (窗口管理, 运行参数)."""
