"""The ``gijiroku`` command: ``app.cli.main`` parses the arguments and hands each sub-command to its module."""
