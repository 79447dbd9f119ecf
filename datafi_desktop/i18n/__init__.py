"""The app's translations: ``datafi_<code>.ts`` sources (Qt Linguist XML, committed) and
the ``.qm`` files ``pyside6-lrelease`` compiles from them (built, never committed).

``python -m datafi_desktop.i18n update`` (or ``scripts/i18n.sh``) extracts every ``tr()``
/ ``QCoreApplication.translate()`` string of ``datafi_desktop/ui`` into each ``.ts``;
``python -m datafi_desktop.i18n compile`` writes the ``.qm`` files; ``status`` prints how
complete each language is. See :mod:`.tools` and docs/i18n.md.
"""
