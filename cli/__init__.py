"""The typer command-line interface: thin commands that parse options, call the library, and print."""
