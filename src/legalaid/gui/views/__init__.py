"""Pages and widgets of the main window."""
