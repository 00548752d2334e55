"""``python -m spacerec``: the command line of the ``spacerec`` script, for a venv whose scripts are not on PATH."""

from spacerec.cli import main

if __name__ == "__main__":
    main()
