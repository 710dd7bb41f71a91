"""The staff register's table and dialogs (进驻人员名册)."""
