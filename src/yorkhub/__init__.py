"""York practice knowledge hub: the content model, validation and generated indexes.

Everything here is plain Python over plain data. MkDocs is reached only through
the thin adapters in the project's ``hooks/`` folder, so this package outlives
the site generator.
"""
