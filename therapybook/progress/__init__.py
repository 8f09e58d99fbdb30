"""A student's quiz progress: what is kept per question, the review deck's spacing rule, the summary to hand in,
and the private file it is kept in (Jupyter). The book keeps the same records in the browser (kinds/progress/page.js).
"""
