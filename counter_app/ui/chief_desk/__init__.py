"""The chief representative's desk (首席代表工作台): one module per panel, gathered by
ui/pages/chief_desk_page.py."""
