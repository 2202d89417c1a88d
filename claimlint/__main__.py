"""The `claimlint` command and `python -m claimlint`."""

import gc


def main() -> None:
    """Import the command line with the collector paused (see claimlint.startup), then run it."""
    gc.disable()
    from claimlint import startup
    from claimlint.cli import main as command_line

    startup.own_process()
    command_line()


if __name__ == "__main__":
    main()
