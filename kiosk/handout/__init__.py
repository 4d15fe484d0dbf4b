"""`kiosk handout`: the deck as a printable PDF, laid out for paper rather than copied from the screen.

A layer above `kiosk.ui`: it starts Qt through `ui.qt_app` and draws with the bundled
fonts, but builds no window and no QML. `panels` turns each panel into boxes of text,
pictures and rules; `flow` cuts the boxes into pages; `document` draws the pages.
"""
