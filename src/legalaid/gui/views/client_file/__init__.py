"""The client file page (header, status banner, tabs)."""

from legalaid.gui.views.client_file.page import ClientFilePage

__all__ = ["ClientFilePage"]
