"""The assessment pool for graded use (``assessment/pool/<bank>.yml``, ``assessment/cases/<bank>.yml``): its models,
the rules a pool must keep, and its exports (Moodle GIFT, Canvas QTI, printable marking sheets). The pool lives
outside ``data/`` and outside the book: no page of the book or the instructor edition renders it."""
