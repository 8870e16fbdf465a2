"""Printing from the desk window: label runs, borrower badges and the print preview.

:class:`PrintPreviewDialog` shows any PDF the app makes and prints it at actual size;
:class:`LabelsDialog` chooses what to put on labels and on which medium.
"""
