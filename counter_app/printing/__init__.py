"""Documents: plain data in, PDF bytes out (reportlab). Filled by the notices issue."""
