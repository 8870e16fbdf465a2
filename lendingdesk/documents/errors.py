"""Refusals of the document renderers, each with a Dutch and an English message.

A document that would print an unscannable code or text that does not fit is refused
before a single page is written: a wasted label sheet costs more than a clear message.
"""

from __future__ import annotations

from lendingdesk.errors import InvalidInput, LendingError


class DocumentError(LendingError):
    """Base of every refusal raised while laying out a label, badge or slip."""

    code = "document_error"


class QRCodeTooDense(DocumentError):
    """The QR payload needs modules smaller than the printable minimum on this medium."""

    code = "qr_too_dense"


class BarcodeDoesNotFit(DocumentError):
    """The Code128 barcode would be too narrow or too low on this medium to scan."""

    code = "barcode_does_not_fit"


class LabelTooSmall(DocumentError):
    """The label has no room for the readable code text next to or under the QR code."""

    code = "label_too_small"


class InvalidTemplate(DocumentError, InvalidInput):
    """A label template (custom grid) that does not fit its page or makes no sense."""

    code = "invalid_template"


class InvalidDocumentInput(DocumentError, InvalidInput):
    """Input data for a document that cannot be printed as given (bad code, bad position)."""

    code = "invalid_document_input"
