"""The only Qt code in app/: start-up, undo commands, jobs, settings."""
