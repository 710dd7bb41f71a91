"""The evaluation page's parts: its tables, charts, period bar and the annual grading dialog (绩效考核)."""
