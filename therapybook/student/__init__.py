"""The notebooks students open: generated copies that read well in JupyterLab and Notebook 7.

The chapters stay MyST for the book. A student copy renders citations as text
("(Kroenke et al., 2001)") with the sources listed at the end, key terms as
plain words with their definitions gathered at the end, links to the help page
as a file beside the notebook, and each interactive output as a reminder to
run the cells. Copies live in an ignored folder, so working through a chapter
never changes a tracked file.
"""
