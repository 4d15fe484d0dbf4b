"""The content layer: a folder of Markdown, YAML front matter and images, loaded into a Deck.

Pure Python, no Qt: `kiosk check`, the tests and the renderer use it without a display.
`loader.load_deck` reads a folder; `model` holds what it returns.
"""
