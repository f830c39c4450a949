from app.cli.main import main

if __name__ == "__main__":  # worker processes of a bulk import re-import this module
    raise SystemExit(main())
