"""Reading what the user gives: source files of every format, claims files and drafts, split into sentences with their positions."""
