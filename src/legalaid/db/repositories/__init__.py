"""Every select, insert and update of the case database lives in this package.

Services call these functions inside their own unit of work (a ``Session`` or its ``Connection``);
nothing here commits. Reads that build lists use Core rows, never ORM objects per row.
"""
