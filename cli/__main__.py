"""`python -m trialdb.cli` runs the command line, as the `trialdb` script does."""

from trialdb.cli.app import main

main()
