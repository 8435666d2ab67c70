"""PDF letters and referral forms: templates from ``forms/`` rendered with reportlab.

The only package that imports reportlab. Public API: ``loader.load_templates``,
``loader.find_template``, ``context.LetterContext``, ``context.missing_fields``,
``render.render_letter`` and ``render.write_pdf``.
"""
