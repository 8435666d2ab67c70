"""Letters: composing one from a template and a client's file (``compose``), the register that
numbers, stores and reprints them with the organisation's letterhead (``register``), and a batch
over many clients (``batch``)."""
