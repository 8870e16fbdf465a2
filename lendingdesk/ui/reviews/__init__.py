"""Reviews in the desk window: the review form (generated from the instrument), the Reviews
screen (pending loans, moderation, per-product figures with charts), catalogue import and
the export of the platform bundle.

The strings of these widgets live in resources/translations/reviews_nl.ts; the wording of
questions and answers comes from the instrument itself (Dutch and English there).

Import the modules directly (``lendingdesk.ui.reviews.review_form`` and so on): this package
imports nothing itself, so the screens package and the form can import each other freely.
"""
