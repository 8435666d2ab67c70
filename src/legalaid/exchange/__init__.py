"""Import and export: CSV, XLSX, ICS and JSON, with validation and dry runs."""
