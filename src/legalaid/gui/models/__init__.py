"""Qt item models: thin adapters over lists of the frozen rows that services return."""
