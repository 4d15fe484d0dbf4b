"""`kiosk stats`: the visitor statistics as a terminal summary, CSV, a chart (QPainter) and a one-file HTML report."""
