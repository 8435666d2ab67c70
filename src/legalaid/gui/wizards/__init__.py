"""Step-by-step dialogs (intake)."""
