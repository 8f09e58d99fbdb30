"""One folder per interactive kind; see therapybook/core/contract.py for what each folder holds."""
