"""The review form on the professional's own phone: a small web application (Flask on the
waitress server) over the same services as the desk. No Qt here: the desk starts it in a
background thread (:mod:`lendingdesk.web.server`), the command line as ``lendingdesk serve``.
"""
