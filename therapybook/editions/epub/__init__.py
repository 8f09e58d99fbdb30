"""The book as an EPUB 3 file for e-readers: ``make epub`` writes ``_build/epub/therapybook-<version>.epub``.

It holds the same parts as the printed book (``editions/parts.py``): the help page first, every chapter with its
quizzes as numbered questions and their answers at the chapter's end, the glossary and the references, one XHTML
file each, with the figures and their alt text. No script, and nothing from another host.

``xhtml.py`` makes a part's HTML into an XHTML content document, ``package.py`` the package document (metadata,
manifest, spine) and the navigation document, ``write.py`` puts them into the zip.
"""
