"""Pure domain layer: value objects, enums, names and dates. No Qt, no database."""
