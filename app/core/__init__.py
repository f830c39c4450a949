"""The basics every layer builds on: domain types, errors, progress, text normalising and
tokens, the JSON contract, where workspaces live. Imports nothing of the project above it."""
